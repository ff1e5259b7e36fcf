"""A story's run-in dateline at the head of its text: the reporters it names, and the text without it.

:func:`run_in_dateline` reads the dateline opening an article's first paragraph (``本报武汉2月10日电（记者 卢岫璟）``);
:func:`dateline_after_stray` the one opening its second, under a paragraph of another story's read in before it.
"""

from __future__ import annotations

import re

from textclean.clean.bylines import closing_names, run_in_reports_byline
from textclean.clean.captions import MAX_CAPTION_CHARS
from textclean.clean.chardata import DATELINE_PAPERS, DATELINE_RE, HAN
from textclean.models import Block

#: A photo caption read into the first paragraph over the story's dateline, up to its credit: the photographer
#: after the caption's last sentence (``图为工人在生产线上忙碌。记者 王荻芊 摄``), or the register's credit of an
#: archive photo, ``（资料图片）``. Every Chinese paper credits a photo so.
CAPTION_OVER_DATELINE_RE = re.compile(
    f"^[^。！？]{{2,{MAX_CAPTION_CHARS}}}[。！？](?:(?:本报)?(?:记者)?[ \u3000]*[{HAN}]{{2,4}}[ \u3000]*摄|[（(]资料图片[）)])"
    f"[ \u3000]*(?={'|'.join(DATELINE_PAPERS)})"
)


def run_in_dateline(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The reporters a dateline names at the head of an article's first paragraph, and the blocks without the
    dateline; ``[]`` and the blocks as they are when there is none or its brackets name no one. A news story opens
    so where it prints no byline: the dateline is the story's furniture (where and when it was filed, by whom),
    not its text. Its names come before a byline's (:mod:`~textclean.clean.articles`): a story prints its reporters once, in its
    dateline or its byline, and where both are read the dateline is surely the story's, a byline beside it often
    another piece's line read as one. Measured against taking both (the dateline's names, then the byline's
    others): authors on a city daily's pages (pdfminer) .605 against .578, on a national daily's .672 against .660.

    Before (a national daily's page): ``本报武汉2月10日电（记者 卢岫璟）建设生态文明，是关系人民福祉…`` kept the
    dateline in the text and the article had no author; after, authors ``['卢岫璟']`` and the paragraph opens
    ``建设生态文明，…``. Not so: a bracket that names no one (``（综合报道）``), a date that is no dateline. A city
    daily's undated dateline reads the same (:data:`~textclean.clean.chardata.UNDATED_MARK`): before,
    ``本报讯（记者 陶芊 通讯员 韩钊泓）我国第一个…`` stayed in the text; after, authors ``['陶芊', '韩钊泓']``.
    A photo caption read in over the dateline (:data:`CAPTION_OVER_DATELINE_RE`) leaves the text with it: before,
    ``图为工人在生产线上忙碌。记者 王荻芊 摄本报讯（记者 陶漾）社会主义…`` kept both; after, ``社会主义…``.

    >>> run_in_dateline([Block("paragraph", "本报武汉2月10日电（记者 卢岫璟）建设生态文明。")])
    (['卢岫璟'], [Block(kind='paragraph', text='建设生态文明。')])
    >>> run_in_dateline([Block("paragraph", "新华社北京3月5日电（记者 崔湄 王霏苓）　国务院…")])[0]
    ['崔湄', '王霏苓']
    >>> run_in_dateline([Block("paragraph", "本报讯（记者 陶芊 通讯员 韩钊泓）我国第一个…")])[0]
    ['陶芊', '韩钊泓']
    >>> run_in_dateline([Block("paragraph", "图为工人在生产线上忙碌。记者 王荻芊 摄本报讯（记者 陶漾）社会主义…")])
    (['陶漾'], [Block(kind='paragraph', text='社会主义…')])
    >>> run_in_dateline([Block("paragraph", "3月5日电（一）加强组织建设。")])[0], run_in_dateline([Block("paragraph", "3月5日，国务院…")])[0]
    ([], [])
    >>> run_in_dateline([Block("paragraph", "本报北京3月5日电（综合报道）国务院…")])[0]
    []
    >>> run_in_dateline([Block("paragraph", "本报讯（记者招待会）今天召开。")])[0]
    []

    A byline run in and closed by ``报道`` reads so too (:func:`~textclean.clean.bylines.run_in_reports_byline`).

    >>> run_in_dateline([Block("paragraph", "记者 马露帅 报道　去年，…")])
    (['马露帅'], [Block(kind='paragraph', text='去年，…')])
    """
    if not blocks or blocks[0].kind != "paragraph":
        return [], blocks
    first = blocks[0]
    caption = CAPTION_OVER_DATELINE_RE.match(first.text)
    text = first.text[caption.end() :] if caption else first.text
    m = DATELINE_RE.match(text)
    names, rest = (closing_names(m.group(1)), text[m.end() :]) if m else run_in_reports_byline(text)
    return (names, [Block(first.kind, rest), *blocks[1:]]) if names else ([], blocks)


def dateline_after_stray(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The reporters a dateline names at the head of an article's second paragraph, under a first paragraph that
    opens with none, and the blocks without the dateline; ``[]`` and the blocks as they are otherwise. For an
    article that names no one (no byline, signature or dateline of its own): a dateline opens a story's text, so
    a paragraph set before it is a piece of another story read in between the head and its text (pdftotext and
    pdfminer read a neighbouring column's last lines there), and the dateline's names are the story's.

    Before (pdftotext, lay6-010): a head over ``今年前两个月，永和县…`` (another story's paragraph) / ``本报讯（记者
    周娥、薛竹岚）去年，白河市…`` had no author; after, authors ``['周娥', '薛竹岚']``. Not so: a dateline in the
    third paragraph or further (the article runs two stories together), a first paragraph that is a heading, a later
    paragraph that opens with a dateline too (:func:`later_dateline`: a run of briefs read as one article, whose
    second brief's reporter is not the others'; before, a box of three briefs, the second and third dated, was
    credited to the second's reporter alone).

    >>> stray, dated = Block("paragraph", "今年前两个月，新增外贸企业97家。"), Block("paragraph", "本报讯（记者 周娥、薛竹岚）去年，…")
    >>> dateline_after_stray([stray, dated])
    (['周娥', '薛竹岚'], [Block(kind='paragraph', text='今年前两个月，新增外贸企业97家。'), Block(kind='paragraph', text='去年，…')])
    >>> dateline_after_stray([stray, stray, dated])[0], dateline_after_stray([Block("heading", "一、"), dated])[0]
    ([], [])
    >>> dateline_after_stray([stray, dated, Block("paragraph", "本报讯（记者 赵强）日前，…")])[0]
    []
    """
    if len(blocks) < 2 or blocks[0].kind != "paragraph" or run_in_dateline(blocks[:1])[0] or later_dateline(blocks[2:]):
        return [], blocks
    names, rest = run_in_dateline(blocks[1:])
    return (names, [blocks[0], *rest]) if names else ([], blocks)


def later_dateline(blocks: list[Block]) -> bool:
    """Whether a paragraph of ``blocks`` opens with a dateline (:data:`~textclean.clean.chardata.DATELINE_RE`): the
    blocks hold another story's head of text, and the article is a run of stories read as one.

    >>> later_dateline([Block("paragraph", "本报讯（记者 赵强）日前，…")]), later_dateline([Block("paragraph", "日前，…")])
    (True, False)
    """
    return any(b.kind == "paragraph" and DATELINE_RE.match(b.text) for b in blocks)
