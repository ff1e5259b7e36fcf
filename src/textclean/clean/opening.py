"""Where a run's body opens under the headline-like lines that lead it (:mod:`~textclean.clean.layout` asks).

A paragraph's first line is the column less its indent, over full lines
(:func:`is_first_body_line`); full lines with no comma ending the lead are
running text too (:func:`paragraph_in_lead`). A line set tight against the
body says so only where the extractor sets each printed line apart
(:func:`gapped_body`).
"""

from __future__ import annotations

import itertools
import operator
import re

from textclean.clean.chardata import has_halves_space, width_with_wide_digits
from textclean.clean.dangling import opens_on_count
from textclean.clean.lexicon import breaks_a_word, opens_as_clause
from textclean.clean.roles import Item, Neighbour, set_column
from textclean.clean.typesetting import FIRST_LINE_TOLERANCE, FULL_LINE_SLACK, INDENT
from textclean.clean.wrapped import HALF_MIN_WIDTH

#: A first line under a byline may sit this much (em) farther from the column less its indent
#: (:data:`~textclean.clean.typesetting.FIRST_LINE_TOLERANCE`): a body usually starts right under its byline.
BYLINE_TOLERANCE = 1.0
#: A headline-like line's first-line shape is measured against the column of this many lines under it.
FIRST_LINE_COLUMN_LINES = 8
#: A column is measured over at least this many lines before a line above running text is read as its first
#: (two short lines over a byline measure no column).
MIN_COLUMN_LINES = 3
#: A body whose lines have a blank after them at least this often sets each printed line apart (pdfminer at loose
#: leading: 0.98 of its lines on the median devpage; pdftotext 0.04, PyMuPDF 0): half, the majority.
GAPPED_BODY_SHARE = 0.5
#: A line narrower by this much (em) than the full lines under it is indented, a paragraph's first line: the indent
#: less the slack a full line has (:func:`paragraph_in_lead`).
INDENT_STEP = INDENT - FULL_LINE_SLACK


def is_first_body_line(lead: list[Item], rest: list[Item], after: Neighbour, spaced: bool = True) -> bool:
    """Whether the last of the headline-like lines ``lead`` is the first line of the body ``rest``.

    It is when set against the body's next line with no blank between them,
    or when it has the width of a first line (the column less the lost indent)
    over a full line. Widths are compared as type sets them: the column with
    punctuation squeezed (:func:`set_column`), the candidate anywhere between
    its squeezed and full width, the next line with its digits possibly wider
    than half an em. A line that spaces two Han words (:func:`has_halves_space`)
    or stands alone set tight under a column label stays a headline. Being set
    tight says something only over a body whose lines mostly have a blank after them
    (:data:`GAPPED_BODY_SHARE`; pdfminer at loose leading): pdftotext sets a title tight
    over its body as it sets every line (80 titles of 119 lines it took so on the
    devpages), PyMuPDF prints no blank line at all.

    >>> mk = lambda t, gb=True, ga=True: Item(0, t, t, float(len(t)), gb, ga)
    >>> body = [mk("各地要推动改革精神在基层落地见效，让职工"), mk("群众真正感受到改革带来的实惠")]
    >>> is_first_body_line([mk("职业教育是国民教育体系和人力资")], body, None)
    True
    >>> is_first_body_line([mk("推进职业教育高质量发展")], body, None)
    False
    """
    last = lead[-1]
    col = set_column(rest[:FIRST_LINE_COLUMN_LINES])  # the column right under it: the run may change measure
    tolerance = FIRST_LINE_TOLERANCE + (BYLINE_TOLERANCE if after == "byline" else 0.0)
    full_next = width_with_wide_digits(rest[0].text, rest[0].width) >= col - FULL_LINE_SLACK
    lo, hi = last.squeezed, last.width
    first_line = lo - tolerance <= col - INDENT <= hi + tolerance and full_next
    under_label = spaced and after == "column" and len(lead) == 1 and not last.gap_before  # set tight under a label
    tight = spaced and not last.gap_after and gapped_body(rest[:FIRST_LINE_COLUMN_LINES])
    return last.role == "text" and (first_line or tight) and not (under_label or has_halves_space(last.text))


def paragraph_in_lead(lead: list[Item], rest: list[Item], after: Neighbour) -> int:
    """Where the body opens among the headline-like lines ``lead`` over the body ``rest``: at the full lines of the
    body's column that end the lead, or at the line over them as wide as a paragraph's first line; else ``len(lead)``.

    Lines as wide as the column are running text that holds no comma: the top of a column read on from elsewhere,
    or a paragraph's opening lines. Before: ``本报通讯员 赵俊婷`` / ``从去年三月第五届全国人民代表`` (14 em) / ``大会第一次会议
    闭幕到我们这次会议`` (16 em) / ``召开，已经一年零三个月了。这是团`` (16 em) made the two lines a title; after, the
    body's. So too over the paragraph's short last line, which closes a sentence (``党的九大是在毛主席亲自发动`` /
    ``和领导的无产阶级文化大革命取得`` / ``了伟大胜利的时刻举行的。``): only a line that runs on at a first line's width
    opens a paragraph under them. Not so: a lower title line short of the column, a dash subtitle, a lead of full
    lines only, full lines over a paragraph's first line.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> rest = [mk("召开，已经一年零三个月了。这是团"), mk("结战斗的一年零三个月，是波澜壮阔"), mk("的一年零三个月，是成效卓著的一年")]
    >>> paragraph_in_lead([mk("伟大的历史性转变"), mk("从去年三月第五届全国人民代表"), mk("大会第一次会议闭幕到我们这次会议")], rest, None)
    1
    >>> paragraph_in_lead([mk("2020年工作回顾"), mk("面广的中小微企业和个体工商户与")], rest, None)
    1
    >>> paragraph_in_lead([mk("从去年三月第五届全国人民代表"), mk("大会第一次会议闭幕到我们")], rest, None)
    2
    >>> lead = [mk("关于九大路线"), mk("党的九大是在毛主席亲自发动"), mk("和领导的无产阶级文化大革命取得")]
    >>> paragraph_in_lead(lead, [mk("了伟大胜利的时刻举行的。"), *rest], None), paragraph_in_lead(lead, rest[1:], None)
    (1, 3)
    """
    if len(rest) < MIN_COLUMN_LINES:
        return len(lead)
    col = set_column(rest[:FIRST_LINE_COLUMN_LINES])
    widths = [width_with_wide_digits(it.text, it.width) for it in lead]
    m = len(lead)  # (the top of the full lines ending the lead: each as wide as the column and the lines under it)
    while m > 0 and lead[m - 1].role == "text" and widths[m - 1] >= col - FULL_LINE_SLACK:
        if m < len(lead) and widths[m - 1] <= min(widths[m:]) - INDENT_STEP:
            break  # (narrower by an indent: a paragraph's first line over them)
        m -= 1
    under = width_with_wide_digits(rest[0].text, rest[0].width)
    if m in (0, len(lead)) or (under <= min(widths[m:]) - INDENT_STEP and not rest[0].ends):
        return len(lead)  # (none, or a paragraph's first line under them, running on: a line without a stop ends
        # no paragraph; a short line that closes a sentence is rather the paragraph's last)
    tolerance = FIRST_LINE_TOLERANCE + (BYLINE_TOLERANCE if after == "byline" else 0.0)
    first = lead[m - 1]
    indented = widths[m - 1] <= min(widths[m:]) - INDENT_STEP
    return m - 1 if indented and first.squeezed - tolerance <= col - INDENT <= first.width + tolerance else m


#: A line's ``gap_after`` (:func:`gapped_body` reads it of every line of a body).
_GAP_AFTER = operator.attrgetter("gap_after")


def gapped_body(lines: list[Item]) -> bool:
    """Whether at least :data:`GAPPED_BODY_SHARE` of ``lines`` have a blank line after them (the extractor set
    each printed line apart: a line set tight against another is then one block with it).

    >>> mk = lambda ga: Item(0, "", "", 10.0, True, ga)
    >>> gapped_body([mk(True), mk(True), mk(False)]), gapped_body([mk(False), mk(False), mk(True)])
    (True, False)
    """
    return sum(map(_GAP_AFTER, lines)) >= GAPPED_BODY_SHARE * len(lines)  # (each line's flag read in C)


def two_clause_box(body: list[Item], i: int, j: int, box: int) -> bool:
    """Whether the head lines ``body[i:j]`` after a sentence end are one box set tight (``box``: where the tight box
    from ``body[i]`` ends, ``i`` if none; :func:`~textclean.clean.headfit.tight_box` where the body's lines stand
    apart) that holds two clauses: it opens as a clause (:func:`~textclean.clean.lexicon.opens_as_clause`), and a
    comma parts them or a line at least :data:`~textclean.clean.wrapped.HALF_MIN_WIDTH` wide (a clause's width)
    opens as a clause under another as wide that breaks no word into it.

    pdfminer prints each line of running text as a block of its own: lines it printed as one block are another
    kind of text, and a two-part headline is no subheading of the column (a subheading is one phrase). Before
    (pdfminer, devpages gov-2004-03, a 16 em column): ``…方面的投入。`` ∅ ``加大就业和社会保障工作`` /
    ``力度，进一步改善人民生活`` ∅ ``对城乡特殊困难群众，要给予更多`` …: one column above and below, the box read
    as a subheading and the article went untitled; after, a head (the next article's title). Not so: a box of one
    phrase wrapped (``在社会治理中发挥工会劳动法律`` / ``监督作用的必要性``, a subheading of a real page), a clause
    opening a word or two wrapped under the phrase (``当前工会劳动法律监督的实践`` / ``探索``), a phrase opening
    with its subject (``全党、全国人民团结`` / ``起来，争取更大的胜利``), lines not set tight.

    >>> mk = lambda t, gb: Item(0, t, t, float(len(t)), gb, gb)
    >>> box = [mk("加大就业和社会保障工作", True), mk("力度，进一步改善人民生活", False), mk("对城乡特殊困难群众", True)]
    >>> two_clause_box(box, 0, 2, 2), two_clause_box(box, 0, 2, 0)
    (True, False)
    >>> two_clause_box([mk("把消费品工业的发展放到重要地位", True), mk("进一步调整重工业的服务方向", False)], 0, 2, 2)
    True
    >>> two_clause_box([mk("在社会治理中发挥工会劳动法律", True), mk("监督作用的必要性", False)], 0, 2, 2)
    False
    >>> two_clause_box([mk("当前工会劳动法律监督的实践", True), mk("探索", False)], 0, 2, 2)
    False
    >>> two_clause_box([mk("全党、全国人民团结", True), mk("起来，争取更大的胜利", False)], 0, 2, 2)
    False
    """
    if box < i + 2 or j < box or not opens_as_clause(body[i].text):
        return False  # (not a headline opening with its subject: ``全党、全国人民团结`` / ``起来，争取更大的胜利``)
    lines = body[i:box]
    return any("，" in it.text for it in lines) or any(
        min(a.width, b.width) >= HALF_MIN_WIDTH and opens_as_clause(b.text) and not breaks_a_word(a.text, b.text)
        for a, b in itertools.pairwise(lines)
    )


def carries_count(lower: Item, only: Item | None = None) -> bool:
    """Whether the line ``lower``, set tight under a run's line, opens with a count closed at once
    (:func:`~textclean.clean.dangling.opens_on_count`): the line over it is running text broken before that count (a
    figure is never broken), a paragraph's first line short of the column, no head's last line.

    Before (PyMuPDF, an economy page): ``长沙商圈客流创新高`` / ``国庆假期，长沙重点监测商圈客流量达`` /
    ``21583万人次，…`` read the paragraph's first line as the head's second (the title; the title its kicker);
    after, the head ends over it (:func:`~textclean.clean.innerheads._closed_head`). So too for a head's only line:
    before (PyMuPDF, an economy page), ``柳州算力产业集群成形`` / ``本报记者 雷嘉峰`` / ``前10个月，电子信息制造业增加值同比增长``
    / ``3.3%，…`` made the paragraph's first line the title and the real title a kicker; after, the body opens
    there. Not so across a blank line
    (pdfminer sets every line apart: there the extractor gives no sign the two lines are one block).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(0, t, t, text_width(t), gap, False, "text")
    >>> carries_count(mk("21583万人次，销售额3229.4亿元")), carries_count(mk("21583万人次，销售额3229.4亿元", True))
    (True, False)
    >>> carries_count(mk("2024年，全市商圈客流"))
    False

    ``only``: the head's only line over ``lower``, which must then read as a paragraph's first line broken before
    the count (:func:`breaks_before_count`): a one-line subheading over a paragraph opening on a figure stays a head.
    Before, ``数字背后的产业跃升`` / ``1.2万亿元，这是…`` under a byline ran the subheading into the paragraph.

    >>> carries_count(mk("1.2万亿元，这是"), mk("数字背后的产业跃升")), carries_count(mk("3.3%，软件"), mk("前10个月，同比增长"))
    (False, True)
    """
    if only is not None and not breaks_before_count(only.text):
        return False
    return not lower.gap_before and opens_on_count(lower.text)


#: What a paragraph's line ends on when the count it takes is broken onto the next line: a predicate or a preposition
#: taking a figure (``增加值同比增长`` / ``3.3%``, ``客流量达`` / ``21583万人次``, ``（CPI）同比上涨`` / ``0.5%，``).
COUNT_TAKERS = tuple(
    "达 为 至 到 超 超过 逾 约 近 突破 共 计 是 占 有 高于 低于 "
    "增长 下降 上涨 下跌 上升 回落 增加 减少 提高 降低 提升 收窄 扩大".split()
)
#: A clause mark: a paragraph's first line holds one as a rule, a one-line head none.
CLAUSE_MARK_RE = re.compile("[，、；：,;:]")


def breaks_before_count(text: str) -> bool:
    """Whether ``text`` (a head's only line over a line opening on a count) may be a paragraph's first line broken
    before that count: it holds a clause mark (:data:`CLAUSE_MARK_RE`) or ends on a word taking a count
    (:data:`COUNT_TAKERS`).

    >>> breaks_before_count("前10个月，电子信息制造业增加值同比增长"), breaks_before_count("居民消费价格指数（CPI）同比上涨")
    (True, True)
    >>> breaks_before_count("数字背后的产业跃升"), breaks_before_count("算力产业集群成形")
    (False, False)
    """
    return bool(CLAUSE_MARK_RE.search(text)) or text.rstrip().endswith(COUNT_TAKERS)
