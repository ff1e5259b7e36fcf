"""Boxes of briefs whose heads are set on lines of their own: no glyph, no run-in separator.

A daily's briefs box (``环球速览``, ``体坛快讯``) prints each brief's bold head on a line of its own over a
one-paragraph text, closed by the writer's name in brackets::

    环球速览
    UNESCO发布粮食报告
    UNESCO16日发布报告说，全球约65亿人面临严重粮
    食不安全。（马舟）
    埃及央行下调利率
    埃及央行23日宣布将基准利率下调25个基点至28%。

Read as one article, the box's label was its column, the first head its title, and the other briefs ran on in its
text with their heads as paragraphs. A glyph (:mod:`~textclean.clean.briefs`) or a run-in separator
(:mod:`~textclean.clean.runinpieces`) marks no head here; the evidence is the box's shape: under a column label and
no byline, every short line without punctuation set under a sentence's end (:func:`~textclean.clean.runinpieces.
own_line_heads`) opens a brief, and every brief, the first too, is short (:data:`~textclean.clean.runinpieces.
MAX_PIECE_CHARS`). A story under a column label (a commentary) has long paragraphs, and its subheadings head long
sections: it stays whole. A run-in head too long for the narrow column wraps onto the next line, up to its
separator (``广东出台稳外贸十条措`` / ``施　广东近日出台…``): :func:`wrapped_head` takes it whole.
"""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

from textclean.clean.briefs import HEAD_SEPARATOR, MAX_HEAD_CHARS
from textclean.clean.chardata import DATELINE_MARKS, DATELINE_PAPER_RE, LIST_NUMBER_RE, ROLE_WORD_RE, text_width
from textclean.clean.repair import join_lines
from textclean.clean.roles import Item
from textclean.clean.runinpieces import (
    DATELINE_END_RE,
    HEAD_PUNCT_RE,
    MAX_LAST_PIECE_CHARS,
    MAX_PIECE_CHARS,
    ends_piece,
    own_line_heads,
    prefix_end,
)
from textclean.clean.typesetting import INDENT, is_column_label
from textclean.models import Article

#: A box holds two briefs or more: the first one (its head read as the article's title) and at least this many
#: heads set alone under it. One short line under one short paragraph is as often a story's subheading under its
#: lead; two such short sections in a row are a box's.
MIN_OWN_HEADS = 2
#: ... or this many under a first brief whose own head is the article's title (no label read as a title): a box's
#: label over a brief's head over a short marked text, then a second head and short marked text (lay17 ec-15's
#: ``产经速递``: two briefs to a draft, the PyMuPDF text read the box's heads in pairs).
MIN_TITLED_OWN_HEADS = 1
#: A brief closed by its writer's name in brackets (``…供应协议。（邵琳秀）``). Under a subtitled first head, a box
#: holds one at least: a subtitled headline heads a story whose subheadings stand over short sections (lay17
#: ec-11's data story, its sections 90-130 characters, three heads in PyMuPDF's text, was parted), while a box's
#: first brief may have a ``——`` line too.
SIGNED_BRIEF_RE = re.compile("[（(][^（）()]{2,8}[）)]$")
#: What closes a line whose sentence goes on: the line under it is that sentence's, not a brief's head.
CLAUSE_GOES_ON = ("；", ";")
#: A paragraph's first line is indented this much (em, :data:`~textclean.clean.typesetting.INDENT`): a line that wide short of the measure, alone as the one
#: head of :data:`MIN_TITLED_OWN_HEADS`, is a paragraph's first line that holds no comma.
PARAGRAPH_INDENT = INDENT  # (the typesetting's own indent: 2 em)
#: ... within this much (em): a justified line's width varies by half a character.
INDENT_SLACK = 0.5
#: A figure or a Latin word opening a line (``125000亩``, ``GDP``): typeset whole, it does not break at a line's end.
UNBROKEN_RUN_RE = re.compile("[0-9A-Za-z０-９.%]+")
#: A head wraps onto the next line only when its own line fills the box's measure: at least this share of the
#: box's median line width (:func:`~textclean.clean.chardata.text_width`). A bold head is set larger, so it fills
#: the measure in fewer characters (lay8 econ-30: a 10-character head over 11-12-character lines); a short head
#: over a dateline (``某国央行下调利率`` / ``新华社电　…``) ends on its own line.
WRAP_WIDTH_SHARE = 0.75
#: A briefs box reports news: a date or a figure, or the writer's name in brackets, in most of its briefs (more
#: than this share of them). A commentary's sections under their subheadings (``街巷更干净`` / ``老旧小区改造后，
#: …``) argue, and hold neither as a rule.
MIN_BRIEF_MARK_SHARE = 0.5
#: A brief's mark: a digit (a date, a figure) or a closing bracket (``（马舟）``).
BRIEF_MARK_RE = re.compile("[0-9０-９）)]")


def _story(article: Article, pieces: list[list[Item]]) -> bool:
    """Whether a subtitled headline heads these pieces with none signed (:data:`SIGNED_BRIEF_RE`): a story's sections."""
    return bool(article.subtitle) and not any(SIGNED_BRIEF_RE.search(piece[-1].text) for piece in pieces if piece)


def own_head_box(items: list[Item], article: Article, bylined: bool) -> list[tuple[int, int, str, str]]:
    """The briefs after the first of a box whose heads stand on lines of their own, as
    :func:`~textclean.clean.runinpieces.runin_pieces` gives pieces (``(first line, head line, head, "")``), else
    ``[]``: the article has a column label, no byline (``bylined``), :data:`MIN_OWN_HEADS` heads or more
    (:func:`~textclean.clean.runinpieces.own_line_heads`; under a subtitle a brief signed, :data:`SIGNED_BRIEF_RE`),
    the text over the first head and every brief between two heads short
    (:data:`~textclean.clean.runinpieces.MAX_PIECE_CHARS`) and ending a sentence, the last one no longer than
    :data:`~textclean.clean.runinpieces.MAX_LAST_PIECE_CHARS`.

    Before (PyMuPDF, lay9 gj-05): an article of column ``环球速览`` titled ``UNESCO发布粮食报告`` whose text went on
    ``埃及央行下调利率``, ``埃及央行23日宣布…``, ``美国举行议会选举``, …; after, one article a brief, each titled
    with its head.

    >>> mk = lambda raw: Item(0, raw, raw, 10.0, False, False)
    >>> box = [mk("UNESCO16日发布报告说，全球约65亿人面临严重粮"), mk("食不安全。（马舟）"), mk("埃及央行下调利率"),
    ...        mk("埃及央行23日宣布将基准利率下调25个基点至28%。"), mk("美国举行议会选举"), mk("美国9月8日举行议会选举。")]
    >>> labelled = Article("a", "p.txt", "0" * 64, "UNESCO发布粮食报告", [], [], None, column="环球速览")
    >>> [s[2] for s in own_head_box(box, labelled, False)]
    ['埃及央行下调利率', '美国举行议会选举']
    >>> own_head_box(box, labelled, True), own_head_box(box[:4], labelled, False)
    ([], [(2, 2, '埃及央行下调利率', '')])

    One head under the first brief suffices where that brief's head is the article's title
    (:data:`MIN_TITLED_OWN_HEADS`), not where the box's label was read as the title, nor where the one head is as
    wide as a paragraph's indented first line (:func:`_indented`):

    >>> untitled = Article("a", "p.txt", "0" * 64, "环球速览", [], [], None, column="环球速览")
    >>> own_head_box(box[:4], untitled, False)
    []

    Numbered heads (``1.``, ``（一）``) head a story's sections, not a box's briefs:
    >>> own_head_box([*box[:2], mk("1.埃及央行下调利率"), box[3], mk("2.美国举行议会选举"), box[5]], labelled, False)
    []

    A commentary under its column label with subheadings over long sections stays whole:

    >>> story = [mk("甲" * 170 + "。"), mk("开放合作是潮流"), mk("乙" * 170 + "。"), mk("互利共赢是方向"), mk("丙" * 20 + "。")]
    >>> own_head_box(story, labelled, False)
    []
    """
    heads = _brief_heads(items) if article.column is not None and not bylined else []
    if len(heads) < (MIN_TITLED_OWN_HEADS if article.title and not is_column_label(article.title) else MIN_OWN_HEADS):
        return []
    bounds = [0, *(h[0] for h in heads), len(items)]
    pieces = [items[a:b] for a, b in pairwise(bounds)]
    if any(sum(len(it.text) for it in piece) > MAX_PIECE_CHARS for piece in pieces[:-1]) or _story(article, pieces):
        return []  # (a long paragraph over a short line: a story's section under its subheading; a subtitled story)
    if sum(len(it.text) for it in pieces[-1]) > MAX_LAST_PIECE_CHARS or not all(map(ends_piece, pieces)):
        return []
    marked = sum(any(BRIEF_MARK_RE.search(it.text) for it in piece) for piece in pieces)
    if marked <= MIN_BRIEF_MARK_SHARE * len(pieces):
        return []  # (no date, figure or name in most pieces: a commentary's short sections)
    heads_at = {h[0] for h in heads}
    measure = median(text_width(it.raw.strip()) for k, it in enumerate(items) if k not in heads_at)
    if len(heads) < MIN_OWN_HEADS and any(
        _indented(items[h[0]], measure) or _cut_short(items[h[0]], items[h[0] + 1], measure) for h in heads
    ):
        return []  # (one short line alone: a paragraph's first line, lay15 fr-01's ``石门县今年种植油菜``)
    return [wrapped_head(items, head, measure) for head in heads]


def _brief_heads(items: list[Item]) -> list[tuple[int, int, str, str]]:
    """The own-line heads of a box (:func:`~textclean.clean.runinpieces.own_line_heads`) that may head briefs: none
    when one is numbered (``1.欧洲市场增长最快``: a story's sections), and none under a line closing on a semicolon
    (the sentence goes on: a narrow column's full line, lay16 op-33's ``…约400个；`` / ``同时协调辖区内``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("新增泊位约400个；"), mk("同时协调辖区内"), mk("8家单位，在夜间"), mk("开放停车场。"), mk("城南区住建"), mk("局负责人表示，")]
    >>> [h[2] for h in _brief_heads(body)], [h[2] for h in _brief_heads([mk("发布数据。"), *body[1:]])]
    (['城南区住建'], ['同时协调辖区内', '城南区住建'])
    >>> _brief_heads([mk("发布数据。"), mk("1.欧洲市场增长最快"), mk("对欧洲出口18万辆，增长41%。")])
    []
    """
    heads = own_line_heads(items, 0)
    if any(LIST_NUMBER_RE.match(items[h[0]].text.strip()) for h in heads):
        return []
    return [h for h in heads if not items[h[0] - 1].text.rstrip().endswith(CLAUSE_GOES_ON)]


def _indented(line: Item, measure: float) -> bool:
    """Whether ``line`` is as wide as a paragraph's first line in a column of ``measure`` (em): the measure less the
    indent (:data:`PARAGRAPH_INDENT`, within :data:`INDENT_SLACK`), or wider than the measure (a bold
    head fills the measure in fewer characters; lay15 fr-05's pdfminer text: ``修缮后的古镇保留了明清时期`` in a
    12-em column, over ``的街巷格局，…``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _indented(mk("石门县今年种植油菜"), 11.0), _indented(mk("印度央行连续第二次降息"), 17.0)
    (True, False)
    >>> _indented(mk("修缮后的古镇保留了明清时期"), 12.0)
    True
    """
    width = text_width(line.raw.strip())
    return abs(width - (measure - PARAGRAPH_INDENT)) <= INDENT_SLACK or width > measure + INDENT_SLACK


def _cut_short(line: Item, under: Item, measure: float) -> bool:
    """Whether ``line`` is a paragraph's indented first line cut short by the figure opening the line ``under`` it:
    narrower than an indented first line (:data:`PARAGRAPH_INDENT` less :data:`INDENT_SLACK`), and that figure
    (:data:`UNBROKEN_RUN_RE`), which breaks at no line's end, would not have fitted after it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _cut_short(mk("今年全市油菜种植"), mk("125000亩，比去年增加一成，"), 12.0)
    True
    >>> _cut_short(mk("印度央行连续第二次降息"), mk("据新华社电　印度储备银行日前"), 16.0), _cut_short(mk("两会速递"), mk("12日，全国"), 12.0)
    (False, False)
    """
    room = measure - PARAGRAPH_INDENT
    width = text_width(line.raw.strip())
    run = UNBROKEN_RUN_RE.match(under.text.strip())
    return run is not None and width < room - INDENT_SLACK and width + text_width(run.group(0)) > room + INDENT_SLACK


def wrapped_head(items: list[Item], head: tuple[int, int, str, str], measure: float) -> tuple[int, int, str, str]:
    """A brief's head of :func:`own_head_box` run on into the next line up to a run-in separator (an ideographic
    space, :data:`~textclean.clean.briefs.HEAD_SEPARATOR`, after a run of no punctuation): a run-in head wrapped in
    a narrow column, ``(first line, separator line, whole head, text after it)``; else ``head`` as it is. Not
    wrapped: a head whose line is narrower than :data:`WRAP_WIDTH_SHARE` of the box's ``measure`` (its median line
    width), a dateline or a byline before the separator (``新华社电``, ``本报讯``, ``本报记者``: the text's start).

    >>> mk = lambda raw: Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)
    >>> box = [mk("续扩大。"), mk("广东出台稳外贸十条措"), mk("施\u3000广东近日出台稳外贸十"), mk("条措施。")]
    >>> wrapped_head(box, (1, 1, "广东出台稳外贸十条措", ""), 12.0)
    (1, 2, '广东出台稳外贸十条措施', '广东近日出台稳外贸十')
    >>> wrapped_head([*box[:2], mk("广东近日，出台\u3000措施")], (1, 1, "广东出台稳外贸十条措", ""), 12.0)[1]
    1
    >>> wrapped_head(box, (1, 1, "广东出台稳外贸十条措", ""), 20.0)[1]
    1
    >>> wrapped_head([*box[:2], mk("新华社电\u3000某国央行23日")], (1, 1, "广东出台稳外贸十条措", ""), 12.0)[1]
    1
    """
    first = head[0]
    if text_width(items[first].raw.strip()) < WRAP_WIDTH_SHARE * measure:
        return head  # (a head short of the measure ends on its own line)
    raw = items[first + 1].raw.strip(" ").lstrip(HEAD_SEPARATOR)
    before = raw.split(HEAD_SEPARATOR, 1)[0] if HEAD_SEPARATOR in raw else ""
    if not before.strip() or HEAD_PUNCT_RE.search(before) or len(head[2]) + len(before) > MAX_HEAD_CHARS:
        return head  # (no separator on the next line, or a clause before it: the head ends on its own line)
    if _dateline_or_byline(before.strip()):
        return head
    text = items[first + 1].text
    n = prefix_end(text, len(re.sub(r"\s", "", before)))
    return first, first + 1, join_lines([head[2], text[:n]]), text[n:].strip()


def _dateline_or_byline(text: str) -> bool:
    """Whether ``text`` before a separator opens a brief's text, not a wrapped head's end: a dateline (``新华社电``,
    ``本报讯``, ``本报北京9月8日电``: a paper or agency, or ``电``/``讯`` at its end) or a byline's role word.

    >>> _dateline_or_byline("新华社电"), _dateline_or_byline("本报讯"), _dateline_or_byline("施")
    (True, True, False)
    """
    return bool(
        DATELINE_PAPER_RE.match(text)
        or text.endswith(DATELINE_MARKS)
        or DATELINE_END_RE.search(text)
        or ROLE_WORD_RE.search(text)
    )


#: A brief's text restates its head's subject at once: the head ends where its first characters, at least this many,
#: are printed again (``加拿大央行下调利率加拿大央行6日宣布…``). Two: a country, an institution, a name.
RESTATED_CHARS = 2
#: A glued head holds at least this many characters (a subject and its verb: ``日内瓦遭遇强降雨``); a shorter prefix
#: printed again is a word the text repeats (``越南`` / ``越南6月…``).
MIN_GLUED_HEAD_CHARS = 4
#: A glued head holds at most this many characters (one line's worth of the box's narrow measure, 4 to 14 on the
#: families' briefs); longer, the restated characters are a sentence's repeated word.
MAX_GLUED_HEAD_CHARS = 20
#: A line ending so ends a brief: a sentence stop, or the writer's name in brackets (``（梁佳昊）``).
BRIEF_END_RE = re.compile("[。！？）)”]$")
#: What no head holds: a clause mark or a stop (a head is one statement).
GLUED_HEAD_PUNCT_RE = re.compile("[，。、；：！？,;:!?（）()“”]")


def glued_head(text: str) -> tuple[str, str] | None:
    """A brief's bold head run in with no separator (PyMuPDF joins its bold span to the text's), told by the text
    restating the head's subject right after it (:data:`RESTATED_CHARS`): ``(head, text)``, else None. The shortest
    such head of :data:`MIN_GLUED_HEAD_CHARS` to :data:`MAX_GLUED_HEAD_CHARS` characters with no clause mark wins.

    >>> glued_head("加拿大央行下调利率加拿大央行6日宣布将基准利率")
    ('加拿大央行下调利率', '加拿大央行6日宣布将基准利率')
    >>> glued_head("OPEC+发布粮食报告OPEC+4日发布报告说"), glued_head("越南举行议会选举越南6月26日举行")[0]
    (('OPEC+发布粮食报告', 'OPEC+4日发布报告说'), '越南举行议会选举')
    >>> glued_head("全国游泳冠军赛开赛，共有"), glued_head("我们认为，我们的目标")
    (None, None)
    """
    lead = text[:RESTATED_CHARS]
    if len(lead) < RESTATED_CHARS or GLUED_HEAD_PUNCT_RE.search(lead):
        return None
    at = text.find(lead, MIN_GLUED_HEAD_CHARS, MAX_GLUED_HEAD_CHARS + len(lead))
    if at < 0 or GLUED_HEAD_PUNCT_RE.search(text[:at]) or not text[at:].strip():
        return None
    return text[:at], text[at:]


def glued_head_box(items: list[Item], article: Article, bylined: bool, titled: bool) -> list[tuple[int, int, str, str]]:
    """The briefs of a labelled box whose heads are run in with no separator (:func:`glued_head`), as
    :func:`~textclean.clean.runinpieces.runin_pieces` gives pieces (``(line, line, head, text after it)``), else ``[]``:
    the article has a column label (or its title is one) and no byline (``bylined``) nor headline other than the
    label over its text (``titled``: a story's), its text opens with a brief, and every line
    under a brief's end (:data:`BRIEF_END_RE`) opens another with such a head, :data:`MIN_OWN_HEADS` briefs or more,
    each short (:data:`~textclean.clean.runinpieces.MAX_PIECE_CHARS`).

    Before (PyMuPDF, a briefs box of an international page): ``环球速览`` over ``日内瓦遭遇强降雨日内瓦近日遭遇强降雨，…``
    / ``加拿大央行下调利率加拿大央行6日宣布…`` read as one article titled with the label; after, one article a
    brief, titled with its head. Not parted: a story's paragraphs (a line under a sentence end that restates
    nothing, a long paragraph), a box under a byline.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> box = [mk("日内瓦遭遇强降雨日内瓦5日遭遇强降雨，部分地区"), mk("发生洪涝。"), mk("加拿大央行下调利率加拿大央行6日宣布"), mk("下调利率。（梁佳昊）")]
    >>> labelled = Article("a", "p.txt", "0" * 64, "环球速览", [], [], None)
    >>> [s[2] for s in glued_head_box(box, labelled, False, False)]
    ['日内瓦遭遇强降雨', '加拿大央行下调利率']
    >>> glued_head_box(box, labelled, True, False), glued_head_box([*box, mk("他说，这很重要。")], labelled, False, False)
    ([], [])

    Not parted either (:func:`verse_not_briefs`): an essay's or a verse's short stanzas under a short title, whose
    lines open alike (anaphora, ``小城的清晨小城的人们…`` / ``小城的夜晚小城的灯火…``: every head opens with the
    same words) or report no news (no date, figure or bracketed name in most of them, :data:`MIN_BRIEF_MARK_SHARE`).
    Before, ``小城故事`` over two such stanzas was parted into two briefs titled ``小城的清晨`` and ``小城的夜晚``.

    >>> verse = [mk("小城的清晨小城的人们早早起来。"), mk("小城的夜晚小城的灯火次第亮起。")]
    >>> glued_head_box(verse, Article("a", "p.txt", "0" * 64, "小城故事", [], [], None), False, False)
    []
    """
    if not items or bylined or titled or not (article.column or is_column_label(article.title)):
        return []
    starts = [0, *(k for k in range(1, len(items)) if BRIEF_END_RE.search(items[k - 1].text.strip()))]
    if len(starts) < MIN_OWN_HEADS:
        return []
    bounds = [*starts, len(items)]
    if any(sum(len(it.text) for it in items[a:b]) > MAX_PIECE_CHARS for a, b in pairwise(bounds)):
        return []
    out = []
    for k in starts:
        found = glued_head(items[k].text.strip())
        if found is None:
            return []
        out.append((k, k, found[0], found[1]))
    return [] if verse_not_briefs([items[a:b] for a, b in pairwise(bounds)], [h[2] for h in out]) else out


def verse_not_briefs(pieces: list[list[Item]], heads: list[str]) -> bool:
    """Whether the pieces :func:`glued_head_box` found are an essay's or a verse's stanzas, not a box's briefs: every
    head opens with the same :data:`RESTATED_CHARS` characters (anaphora: the text restates its own wording, not a
    brief's subject; a box's briefs report on different subjects), or no more than :data:`MIN_BRIEF_MARK_SHARE` of
    the pieces hold a brief's mark (:data:`BRIEF_MARK_RE`: a date, a figure, a bracketed name).

    >>> mk = lambda t: [Item(0, t, t, float(len(t)), False, False)]
    >>> verse_not_briefs([mk("故乡的月亮故乡的风。"), mk("故乡的小路故乡的桥。")], ["故乡的月亮", "故乡的小路"])
    True
    >>> verse_not_briefs([mk("一朵花开了一朵花谢了。"), mk("一片叶绿了一片叶黄了。")], ["一朵花开了", "一片叶绿了"])
    True
    >>> verse_not_briefs([mk("越南举行选举越南6日举行选举。"), mk("美国下调利率美国5日宣布。")], ["越南举行选举", "美国下调利率"])
    False
    """
    if len({head[:RESTATED_CHARS] for head in heads}) == 1:
        return True  # (``小城的清晨`` / ``小城的夜晚``: anaphora)
    marked = sum(any(BRIEF_MARK_RE.search(it.text) for it in piece) for piece in pieces)
    return marked <= MIN_BRIEF_MARK_SHARE * len(pieces)
