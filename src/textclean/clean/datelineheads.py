"""Body elements -> the headlines read into them over a dateline: where a news story's head stands in the text.

A news story opens with a dateline, ``本报兰州1月10日电（记者 韦晗 严骥）`` at the head of its first
paragraph (:data:`~textclean.clean.chardata.DATELINE_RE`). On a page of narrow columns an extractor reads
the story's headline, set in the module under the story above, as lines of that story's text: short lines
that end no sentence, after a line that ends one, and the dateline under them. Running text cannot hold them:
a paragraph does not open with the headline-shaped lines of another story's head and then the story's
dateline. :func:`heads_over_datelines` cuts the body there: the body above, the head lines as headline
elements, the dateline's story as a body of its own.

A city daily's undated dateline, ``本报讯（记者 X）`` (:data:`~textclean.clean.chardata.UNDATED_MARK`), is read the
same way (:data:`~textclean.clean.chardata.DATELINE_MARKS`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from textclean.clean.bylines import opens_with_run_in_byline, run_in_reports_byline
from textclean.clean.chardata import (
    DATELINE_MARKS,
    DATELINE_PAPER_RE,
    DATELINE_PAPERS,
    HAN,
    MAX_DATELINE_LINES,
    dateline_lines,
    reads_dateline,
)
from textclean.clean.innerheads import MAX_HEAD_COMMAS, MAX_INNER_HEAD_LINES
from textclean.clean.lexicon import ends_with_preposition, word_ends
from textclean.clean.roles import Element, Item
from textclean.clean.subtitlestack import HEAD_LEAD_RE

#: A head over a dateline is at most this many lines (column label, kicker, a title wrapped twice, subtitle), as a
#: head read into a body elsewhere.
MAX_HEAD_LINES = MAX_INNER_HEAD_LINES
#: What ends a sentence or clause inside a line: a head line holds none.
STOP_RE = re.compile("[。！？…；：]")


#: What a run-in byline holds (``本报记者蒋薇报道：…``, :func:`~textclean.clean.bylines.run_in_reports_byline`): it
#: opens a story as a dateline does, a head read into the body above it heads that story.
RUN_IN_MARK = "报道"


#: A line ending so cites the dateline under it as its source (``…记者了解到，据`` / ``新华社北京3月5日电…``): the
#: sentence goes on through it (:data:`~textclean.clean.chardata._CITED` where the citing word opens the line).
CITING_END_RE = re.compile("(?:据|另据)[ \u3000]*$")


def cites_dateline(text: str) -> bool:
    """Whether a line ends citing the dateline under it (:data:`CITING_END_RE`): its ``据`` a word of its own, as
    jieba cuts the line (:func:`~textclean.clean.lexicon.word_ends`), or the end of a preposition (``根据``,
    :func:`~textclean.clean.lexicon.ends_with_preposition`). A noun ending in ``据`` cites nothing: before (PyMuPDF,
    a sports page), ``外援费尔南多·贝尔纳贡献两双数据`` (a subtitle) over ``本报青岛6月19日电（记`` kept the
    dateline from opening its story, the title and subtitle read as the body's first paragraph; after, they head it.

    >>> cites_dateline("记者了解到，据"), cites_dateline("另据"), cites_dateline("根据"), cites_dateline("贡献两双数据")
    (True, True, True, False)
    """
    if CITING_END_RE.search(text) is None:
        return False
    stem = text.rstrip(" \u3000")
    return len(stem) - 1 in word_ends(stem) or len(stem) == 1 or ends_with_preposition(stem)


#: A dateline with no reporters' bracket opening a line: the paper or agency (or an agency's story the paper reprints,
#: ``据新华社``), the place (at most 8 characters), the date, ``电``, then a space or the line's end before the text:
#: ``本报北京11月3日电　国家统计局…`` / ``据新华社北京5月19日电　在青川市…``. The space (or line end) after ``电`` is how a
#: paper sets a dateline apart from its text; inside a sentence (``据新华社北京3月5日电，…``) a comma or the text follows.
#: Not ``另据…电　`` (``another report says``): it goes on from a story above, a linked item under a box label
#: (``相关链接``) or a story's later part, and opens none.
BARE_DATELINE_RE = re.compile(
    f"^据?(?:{'|'.join(DATELINE_PAPERS)})[{HAN}]{{0,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日电(?:[ \u3000]|$)"
)
#: So too a city daily's dated ``讯`` and the paper's own news without a place or date: ``本报北京3月12日讯　…``,
#: ``本报讯　国家金融监督管理总局…`` (an economy daily's briefs under their titles), but only under a head wrapped
#: over two lines or more (:func:`heads_over_datelines`): a one-line head over one is a briefs box's, which
#: :mod:`~textclean.clean.ownheadbox` parts whole. Not a reprint's undated ``据新华社电　…``: a roundup cites it under
#: each country's name inside one report (review RL).
BARE_NEWS_RE = re.compile(
    f"^(?:{'|'.join(DATELINE_PAPERS)})(?:[{HAN}]{{0,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?讯(?:[ \u3000]|$)"
)
#: A reprint's undated dateline, ``据新华社电　…``: a brief's opening under its headline (an economy daily's briefs),
#: but under a place's name a section of a roundup that cites each country's news (``巴西`` / ``据新华社电　巴西经济学
#: 家…``, review RL): read so only under a head of :data:`CITED_HEAD_CHARS` characters or more.
CITED_NEWS_RE = re.compile(f"^据(?:{'|'.join(DATELINE_PAPERS)})电(?:[ \u3000]|$)")
#: The shortest head a reprint's undated dateline opens a story under (a headline; a place's name is shorter).
CITED_HEAD_CHARS = 6
#: A head over a bare ``讯`` dateline (:data:`BARE_NEWS_RE`) is read into the body over this many lines or more ...
BARE_NEWS_HEAD_LINES = 2
#: ... or on one line at least this share of the text's measure under it: a shorter one is a briefs box's head on a
#: line of its own, which :mod:`~textclean.clean.ownheadbox` reads with the box's other heads (its
#: ``WRAP_WIDTH_SHARE``: a head ends its line well short of the box's measure).
NEWS_HEAD_WIDTH_SHARE = 0.6


def reads_bare_dateline(text: str) -> bool:
    """Whether the line ``text`` opens with a dateline that holds no reporters' bracket (:data:`BARE_DATELINE_RE`):
    a story the paper files without naming its reporters there, or an agency's story it reprints. Under a head
    read into the body above (:func:`head_over_dateline`) it opens a story as a bracketed dateline does. Before
    (PyMuPDF, a front page): ``…改造农村厕所499户。`` / ``“高效办成一件事”提速增效`` / ``据新华社北京5月19日电　在青川市…``
    read as one body, the head a paragraph of the story above; after, the head heads the story.

    >>> reads_bare_dateline("据新华社北京5月19日电　在青川市"), reads_bare_dateline("本报北京11月3日电")
    (True, True)
    >>> reads_bare_dateline("据新华社北京3月5日电，国家统计局"), reads_bare_dateline("本报记者 何屾桐")
    (False, False)
    >>> reads_bare_dateline("另据新华社北京5月19日电　截至目前")
    False
    >>> reads_bare_dateline("本报讯　国家金融监督管理总局"), reads_bare_dateline("据新华社电　新加坡贸工部")
    (True, True)
    >>> reads_bare_dateline("本报北京3月12日讯　国家统计局"), reads_bare_dateline("本报讯息显示，")
    (True, False)
    """
    return any(r.match(text) is not None for r in (BARE_DATELINE_RE, BARE_NEWS_RE, CITED_NEWS_RE))


def dateline_starts_at(items: list[Item], j: int) -> bool:
    """Whether ``items[j]`` is the first line of a dateline: the dateline reads from it over the next lines
    (:func:`~textclean.clean.chardata.reads_dateline`, :data:`~textclean.clean.chardata.MAX_DATELINE_LINES`), and
    not from the line after it (the dateline's own later lines, ``（记者 X）``, or a head's last line run into it:
    ``会创造力`` / ``本报北京1月22日电`` opens at the second line), unless the line opens with the paper: the paper
    and place wrapped on a line of their own (``本报北京`` / ``1月22日电…``) open it, not the date under them.
    Unlike :func:`~textclean.clean.chardata.opens_dateline` the line need not open with the paper. Not a dateline
    of the page's own: one the line above cites (:data:`CITING_END_RE`: ``…据`` / ``新华社北京3月5日电``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lines = [mk("会创造力"), mk("本报北京1月22日电"), mk("（记者 罗桐樾）今年是"), mk("全面建成小康社会")]
    >>> [dateline_starts_at(lines, j) for j in range(4)]
    [False, True, False, False]
    >>> wrapped = [mk("聚焦报告"), mk("本报北京"), mk("1月22日电"), mk("（记者 罗桐樾）今年是")]
    >>> [dateline_starts_at(wrapped, j) for j in range(4)]  # (was: at the date's line, the paper's a head line)
    [False, True, False, False]
    >>> dateline_starts_at([mk("记者了解到，据"), mk("新华社北京3月5日电"), mk("（记者 王某）国家统计局")], 1)
    False

    A run-in byline opens a story as a dateline does (:data:`RUN_IN_MARK`):

    >>> [dateline_starts_at([mk("重大项目集中开工"), mk(t), mk("生产车间，一条条")], 1) for t in ("本报记者蒋薇报道：走进", "据新华社报道，")]
    [True, False]
    """

    def reads(k: int) -> bool:
        texts = [it.text for it in items[k : k + MAX_DATELINE_LINES]]
        joined = "".join(texts)
        if reads_dateline(texts) or reads_bare_dateline(texts[0]):
            return True
        return RUN_IN_MARK in joined and bool(run_in_reports_byline(joined)[0])

    def paper(k: int) -> bool:
        return DATELINE_PAPER_RE.match(items[k].text) is not None

    if not reads(j) or (j > 0 and paper(j - 1) and reads(j - 1)):
        return False  # (the paper and place on a line of their own above: the dateline opens there)
    if j > 0 and cites_dateline(items[j - 1].text):
        return False  # (``…记者了解到，据`` / ``新华社北京3月5日电…``: a dateline cited inside a sentence)
    return paper(j) or not (j + 1 < len(items) and reads(j + 1))


def is_head_line(it: Item) -> bool:
    """A line a headline may be: no sentence or clause stop, few commas and none at its end (a comma between a
    headline's halves, not a clause going on), not the end of a sentence. A head's lead and its colon
    (:data:`~textclean.clean.subtitlestack.HEAD_LEAD_RE`) stop no clause: before (PyMuPDF, a provincial daily), ``…栽下各类苗木293万株。`` /
    ``新塘区：古村落里迎客来`` / ``本报讯（记者 郝博辰）截至目前…`` stayed one body, the head in the story above;
    after, the head heads the story its dateline opens.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> is_head_line(mk("新塘区：古村落里迎客来")), is_head_line(mk("促进经济又好又快发展"))
    (True, True)

    So is an exclaimed lead: before (PyMuPDF, a sports page), ``补时绝杀！滨城浪花力克西岭飞鹰`` over
    ``本报重庆3月26日电（记者 邱`` opened the body under a column label; after, it is the story's title.

    >>> is_head_line(mk("补时绝杀！滨城浪花力克西岭飞鹰")), is_head_line(mk("“太好了！”他说")), is_head_line(mk("太好了！"))
    (True, False, False)
    >>> is_head_line(mk("他告诉记者：“今年")), is_head_line(mk("的做法很简单：先修路，再引产业，")), is_head_line(mk("措施："))
    (False, False, False)
    """
    text = HEAD_LEAD_RE.sub("", it.text) if "：" in it.text or "！" in it.text else it.text
    return not it.ends and not STOP_RE.search(text) and text.count("，") <= MAX_HEAD_COMMAS and text[-1:] != "，"


def head_over_dateline(items: list[Item], j: int) -> int:
    """Where the head over the dateline opening at ``items[j]`` starts (``j``: no head). The lines above it back to
    a sentence end or a line-final colon, to a line not printed right over them (a line read apart between them, a
    column label taken for a title, or a blank: ``…中央委员和其他同志们，`` / (``权威发布``) / ``学习贯彻党的十一大报告``
    / ``我们党的第十一次路线斗争`` / ``本报兰州5月20日电``) or to the body's first line are a head when they are few and
    each may be one (:func:`is_head_line`).

    Before (PyMuPDF, a news page): ``…状况得到改善。`` / ``聚焦2007年政府工作报告`` / ``促进经济又好又快发展`` /
    ``本报兰州1月10日电`` / ``（记者 韦晗 严骥）　通`` / ``观全局，…`` read as one paragraph, the kicker and the title
    in it; after, they head the story the dateline opens. Not a head: lines over the dateline that run on from a
    sentence above (no sentence end before them within :data:`MAX_HEAD_LINES`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("状况得到改善。"), mk("聚焦2007年政府工作报告"), mk("促进经济又好又快发展"), mk("本报兰州1月10日电")]
    >>> head_over_dateline([*body, mk("（记者 韦晗）通观全局")], 3)
    1
    >>> run = [mk("甲乙丙丁戊己庚辛"), *[mk("甲乙丙丁戊己庚辛壬")] * 6, *body[3:], mk("（记者 韦晗）通")]
    >>> head_over_dateline([Item(n, it.raw, it.text, it.width, False, False) for n, it in enumerate(run)], 7)
    7
    """
    k = j
    while k > 0 and j - k < MAX_HEAD_LINES and is_head_line(items[k - 1]):
        k -= 1
    after_stop = k > 0 and (items[k - 1].ends or STOP_RE.match(items[k - 1].text[-1:]) is not None)
    if k == j or (k > 0 and not after_stop and items[k].no == items[k - 1].no + 1):
        return j
    return k


def may_hold_dateline(elements: list[Element]) -> bool:
    """Whether the lines of ``elements`` hold a paper's or agency's name
    (:data:`~textclean.clean.chardata.DATELINE_PAPERS`) or a dateline's ``电`` or ``讯``
    (:data:`~textclean.clean.chardata.DATELINE_MARKS`), in one search of the page's text in C: a page holding none
    has no dateline opening a line (:func:`_paper_lines`) nor near one (:func:`_near_dian`).

    >>> mk = lambda *ts: [Element("body", [Item(0, t, t, float(len(t)), False, False) for t in ts])]
    >>> may_hold_dateline(mk("推进改革。", "本报")), may_hold_dateline(mk("推进改革。", "加强建设。"))
    (True, False)
    """
    text = "".join([it.text for el in elements for it in el.items])
    return any(word in text for word in (*DATELINE_PAPERS, *DATELINE_MARKS, RUN_IN_MARK))


#: Any of the marks :func:`_near_dian` looks for (a line holding one, found by one search).
_NEAR_DIAN_RE = re.compile("|".join(map(re.escape, (*DATELINE_MARKS, RUN_IN_MARK))))


def _near_dian(items: list[Item]) -> list[int]:
    """The lines (but the first) from which a dateline may read: within
    :data:`~textclean.clean.chardata.MAX_DATELINE_LINES` lines above a line holding ``电`` or ``讯``
    (:data:`~textclean.clean.chardata.DATELINE_MARKS`: every dateline, dated or not, holds one; most bodies hold few
    such lines), in order; found in C first. Before, a line holding only ``讯`` was passed over: the undated
    ``本报讯（记者 X）`` under a head read into the body above it did not cut the body there.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _near_dian([mk(t) for t in ["甲", "乙", "丙", "丁", "本报兰州1月10日电", "戊"]])
    [2, 3, 4]
    >>> _near_dian([mk(t) for t in ["甲", "乙", "丙", "本报讯（记者 陶芊）按照", "戊"]])
    [1, 2, 3]
    """
    texts = [it.text for it in items]
    text = "".join(texts)
    if not any(mark in text for mark in (*DATELINE_MARKS, RUN_IN_MARK)):
        return []  # (most bodies: one search in C per mark)
    marks = list(itertools.compress(itertools.count(), map(_NEAR_DIAN_RE.search, texts)))  # (the lines, found in C)
    return sorted({j for k in marks for j in range(max(1, k - MAX_DATELINE_LINES + 1), k + 1)})


def _set_apart(items: list[Item], j: int) -> bool:
    """Whether the dateline at ``items[j]`` (no head read over it) opens with the paper and is not set under the
    line before it in the body: a line or a blank stood between (its head, read apart as a title)."""
    return DATELINE_PAPER_RE.match(items[j].text) is not None and items[j].no != items[j - 1].no + 1


def heads_over_datelines(
    elements: list[Element], headline_elements: Callable[[list[Item]], list[Element]]
) -> list[Element]:
    """``elements`` with each body cut at the heads read into it over a dateline (:func:`head_over_dateline`): the
    body above, the head's lines as ``headline_elements`` makes them, the body from the dateline on; datelines
    wrapped across elements made their story's body's head first (:func:`datelines_into_bodies`)."""
    if not may_hold_dateline(elements):
        return list(elements)  # (most pages: no paper's name and no 电 or 讯, so no dateline anywhere)
    out: list[Element] = []
    for el in run_in_bylines_into_bodies(datelines_into_bodies(elements, headline_elements)):
        if el.kind != "body":
            out.append(el)
            continue
        items, start = el.items, 0
        for j in _near_dian(items):
            opens = dateline_starts_at(items, j)
            k = head_over_dateline(items, j) if opens else j
            if (k == j and not (opens and _set_apart(items, j))) or k < start or _lone_news_head(items, k, j):
                continue
            if k > start:
                out.append(Element("body", items[start:k]))
            out.extend(headline_elements(items[k:j]))
            start = j
        out.append(Element("body", items[start:]) if start else el)
    return out


def _lone_news_head(items: list[Item], k: int, j: int) -> bool:
    """Whether the head ``items[k:j]`` over the dateline at ``j`` is shorter than :data:`BARE_NEWS_HEAD_LINES` and
    :data:`NEWS_HEAD_WIDTH_SHARE` of the measure over a bare ``讯`` one (:data:`BARE_NEWS_RE`) that no other dateline
    form reads: a briefs box's one-line head, left to :mod:`~textclean.clean.ownheadbox`; or shorter than :data:`CITED_HEAD_CHARS` over a reprint's undated one
    (:data:`CITED_NEWS_RE`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lines = [mk("某国央行下调利率"), mk("本报讯　某国央行23日宣布将基准利率下调。")]
    >>> _lone_news_head(lines, 0, 1), _lone_news_head([mk("12家银行获批开展科技企业并购贷"), mk("款试点"), *lines[1:]], 0, 2)
    (True, False)
    >>> _lone_news_head([mk("某国央行宣布下调基准利率"), mk("本报讯　某国央行23日宣布")], 0, 1)  # (a head of the measure)
    False

    A reprint's undated dateline under a place's name (a roundup's section), not under a headline:

    >>> cited = [mk("据新华社电　巴西经济学家认为，")]
    >>> _lone_news_head([mk("巴西"), *cited], 0, 1), _lone_news_head([mk("新加坡下调今年经济增长预期"), *cited], 0, 1)
    (True, False)
    """
    text = items[j].text
    if CITED_NEWS_RE.match(text):
        return len("".join("".join(it.text.split()) for it in items[k:j])) < CITED_HEAD_CHARS
    if BARE_NEWS_RE.match(text) is None or BARE_DATELINE_RE.match(text) or j - k >= BARE_NEWS_HEAD_LINES:
        return False
    measure = max(it.width for it in items[j : j + MAX_DATELINE_LINES])
    return items[k].width < NEWS_HEAD_WIDTH_SHARE * measure


#: The elements a dateline's lines may have been read into, by their shape: a short line ``本报南京11月1日电`` a
#: title, a bracketed line ``（记者 钟莳朗 史鹏玥）`` a note, the story's first line under them a title.
DATELINE_PART_KINDS = ("title", "subtitle", "kicker", "note", "body")


def _story_after(elements: list[Element], e: int, open_end: bool) -> int | None:
    """The index past the elements a dateline ending in ``elements[e]`` takes with it: through the body it runs
    into, or (a dateline that ends its line, ``open_end`` False) the body under it, and a one-line element over
    that body (the story's first line, too short for the body's measure); ``None``: no story under it."""
    if elements[e].kind == "body":
        return e + 1
    if open_end or e + 1 >= len(elements):
        return None
    nxt = elements[e + 1]
    if nxt.kind == "body":
        return e + 2
    if nxt.kind in DATELINE_PART_KINDS and len(nxt.items) == 1 and e + 2 < len(elements):
        return e + 3 if elements[e + 2].kind == "body" else None
    return None


def _dateline_span(elements: list[Element], i: int) -> tuple[int, int] | None:
    """Where a dateline wrapped across elements opens in ``elements[i]`` (a line opening with the paper, whose
    lines through the element's end and the next elements' read one) and the index past the elements that go into
    its story's body (:func:`_story_after`); ``None``: none."""
    el = elements[i]
    for j in _paper_lines(el.items):
        flat, owner = list(el.items[j:]), [i] * (len(el.items) - j)
        for e in range(i + 1, min(len(elements), i + MAX_DATELINE_LINES + 1)):
            if elements[e].kind not in DATELINE_PART_KINDS:
                break
            flat.extend(elements[e].items)
            owner.extend([e] * len(elements[e].items))
        n, ends_line = dateline_lines([x.text for x in flat])
        if not n or n < len(el.items) - j or (el.kind == "body" and owner[n - 1] == i):
            continue  # (none, or one the element holds whole: a body's own, a head's text)
        at_end = ends_line and (n == len(flat) or owner[n] != owner[n - 1])
        end = _story_after(elements, owner[n - 1], not at_end)
        if end is not None:
            return j, end
    return None


def _paper_lines(items: list[Item]) -> list[int]:
    """The lines of ``items`` that open with the paper or agency (:data:`~textclean.clean.chardata.DATELINE_PAPER_RE`),
    in order; found in C first (most elements hold none: it is asked of every element of a page).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _paper_lines([mk(t) for t in ["本报记者", "甲本报", "新华社北京", "乙"]]), _paper_lines([mk("甲本报")])
    ([0, 2], [])
    """
    text = "\n" + "\n".join([it.text for it in items])
    if not any("\n" + paper in text for paper in DATELINE_PAPERS):
        return []
    return [j for j, it in enumerate(items) if DATELINE_PAPER_RE.match(it.text) is not None]


def datelines_into_bodies(
    elements: list[Element], headline_elements: Callable[[list[Item]], list[Element]]
) -> list[Element]:
    """``elements`` with each dateline wrapped across elements (:func:`_dateline_span`) made the head of its
    story's body: a narrow column wraps ``本报南京11月1日电（记者 钟莳朗 史鹏玥）`` at any point, and its lines, read
    by shape, become a title (a short line), a note (a bracketed line), a head's last line (``…学习笔记`` /
    ``本报兰州2月16日``), and the story's first line under a dateline that ends its line a title too.

    Before (PyMuPDF, a 11 em column): ``过去五年工作回顾`` / ``本报南京11月1日电`` / ``（记者 钟莳朗 史鹏玥）`` /
    ``第十届全国人民代表大会`` / ``第一次会议以来的五年，…`` read as a title, a title, a note, a title and a body
    (the story lost under a title of its dateline); after, the title and a body opening with the dateline.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> els = [Element("title", [mk("过去五年工作回顾")]), Element("title", [mk("本报南京11月1日电")]),
    ...        Element("note", [mk("（记者 钟莳朗 史鹏玥）")]), Element("title", [mk("第十届全国人民代表大会")]),
    ...        Element("body", [mk("第一次会议以来的五年，"), mk("是不平凡的五年。")])]
    >>> heads = lambda lines: [Element("title", lines)]
    >>> [(e.kind, len(e.items)) for e in datelines_into_bodies(els, heads)]
    [('title', 1), ('body', 5)]
    >>> els[1:3] = [Element("title", [mk("本报记者 钟莳朗")])]
    >>> [(e.kind, len(e.items)) for e in datelines_into_bodies(els, heads)]
    [('title', 1), ('title', 1), ('title', 1), ('body', 2)]
    """
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        span = _dateline_span(elements, i) if el.kind in DATELINE_PART_KINDS else None
        if span is None:
            out.append(el)
            i += 1
            continue
        j, end = span
        if j:
            out.extend([Element("body", el.items[:j])] if el.kind == "body" else headline_elements(el.items[:j]))
        out.append(Element("body", [*el.items[j:], *(it for e in elements[i + 1 : end] for it in e.items)]))
        i = end
    return out


#: The kinds of the headline elements a story's first line may be read into (:func:`run_in_bylines_into_bodies`): a box,
#: a note, a byline or a run of text is never a head line over the body.
RUN_IN_HEAD_KINDS = ("title", "subtitle", "kicker", "column")


def run_in_bylines_into_bodies(elements: list[Element]) -> list[Element]:
    """``elements`` with a headline element's line that opens with a run-in byline and goes on with text
    (:func:`~textclean.clean.bylines.opens_with_run_in_byline`), and the element's lines under it, moved to the head
    of the body right under it: the story's first line, which a narrow column left short, read as a head line.

    Before (PyMuPDF, lay6-008): ``——前两月进出口总值增长22.2%`` / ``记者 周文 魏明斌 报道　在东`` / ``陵市综合保税区，…``
    made the short line a title of its own (the article lost its authors and its first words); after, it opens the
    body, and the names are the authors (:func:`~textclean.clean.articles.run_in_dateline`). Not moved: a byline
    alone on its line (``记者 周文 报道``), a line over no body, a line of no headline kind (:data:`RUN_IN_HEAD_KINDS`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> els = [Element("title", [mk("跨境电商跑出加速度")]), Element("title", [mk("记者 周文 报道　在东")]),
    ...        Element("body", [mk("陵市综合保税区，"), mk("满载电子产品。")])]
    >>> [(e.kind, len(e.items)) for e in run_in_bylines_into_bodies(els)]
    [('title', 1), ('body', 3)]
    >>> els[1] = Element("title", [mk("记者 周文 报道")])
    >>> [(e.kind, len(e.items)) for e in run_in_bylines_into_bodies(els)]
    [('title', 1), ('title', 1), ('body', 2)]
    """
    out: list[Element] = []
    carried: list[Item] = []  # (the lines moved to the head of the next element, a body)
    for i, el in enumerate(elements):
        if carried:
            el, carried = Element("body", [*carried, *el.items]), []
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        heads = el.kind in RUN_IN_HEAD_KINDS and nxt is not None and nxt.kind == "body"  # (head lines over a body)
        j = (
            next((j for j, it in enumerate(el.items) if opens_with_run_in_byline(it.text, it.raw)), None)
            if heads
            else None
        )
        if j is None:
            out.append(el)
            continue
        if j:
            out.append(Element(el.kind, el.items[:j], " ".join([it.text for it in el.items[:j]])))
        carried = el.items[j:]
    return out
