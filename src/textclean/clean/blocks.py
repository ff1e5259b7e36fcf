"""Body lines -> blocks: paragraphs, subheadings and attribution lines.

Two settings occur, often on one page, and every extractor's text shows one or both:

* *sparse* text puts a blank line after every printed line (pdfminer at loose
  leading); a paragraph break is then only visible in the shapes of the lines
  (:func:`is_paragraph_break`): the first line of a paragraph lost its
  two-character indent, so it is about two characters short of the column,
  and the last line of a paragraph is short or ends a sentence;
* *dense* text sets line under line (pdftotext and PyMuPDF everywhere, pdfminer
  in boxes at tight leading). The same shapes mark its paragraphs
  (:func:`is_dense_break`); a blank line there adds a break only after a
  sentence end, as pdftotext also leaves one where a column ends mid-sentence.

Widths are measured against the local column (:func:`~textclean.clean.columns.split_columns`), as a
page holds columns of several widths and a body may run from one into another.
Subheadings are found by :mod:`textclean.clean.subheads`.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator

from textclean.clean.chardata import (
    NEW_PARAGRAPH_OPENER_RE,
    NUMERAL,
    SECTION_NUMBER_RE,
    dateline_lines,
    ends_sentence,
    has_halves_space,
)
from textclean.clean.columns import DENSE_COLUMN_QUANTILE, blank_paragraphs, columns_at, running_measures
from textclean.clean.heldruns import UNBREAKABLE_FIRST, keeps_printed_indents, unbreakable_lead_width
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.repair import join_lines, join_paragraph
from textclean.clean.roles import Item
from textclean.clean.speakers import speaker_turns
from textclean.clean.subheads import MAX_HEADING_LINES, heading_spans, mark_numbered_headings, numbered_lead
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE
from textclean.models import Block, BlockKind

#: A line this much (em) short of the column, beyond its indent, ends its paragraph.
SHORT_LINE = 2.0
#: A line that ends no sentence still ends its paragraph when this many times :data:`SHORT_LINE` short
#: (beyond its indent): justified running text fills the column but for the last line.
UNFINISHED_SHORTFALL = 2
#: In a dense piece a line set against the next ends its paragraph when it ends a sentence and is this
#: much (em) short of the column beyond its indent: kinsoku (no line may open with a mark) leaves a
#: full line up to 1 em short, and a digit-holding line measures up to 1 em short more.
DENSE_SHORT_LINE = 2.5
#: A body is set justified when at least this share of its running lines (text ending no sentence) reach its widest
#: lines (:data:`JUSTIFIED_EDGE_QUANTILE`) within half :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`: of the devpages'
#: bodies (Chromium, justified; pdfminer's text) the median has 0.80 of them, the 5th percentile 0.47; of the seeds'
#: layouts (OCR'd, ragged; 200 synthetic pages) the median 0.24, the 95th percentile 0.39. Halfway between.
JUSTIFIED_SHARE = 0.43
#: ... counted over at least this many running lines (fewer tell nothing) ...
JUSTIFIED_MIN_LINES = 8
#: ... its widest lines being this quantile of the running lines' widths (a few lines overhang: digits set wide).
JUSTIFIED_EDGE_QUANTILE = 0.9
#: The characters a section number (:data:`~textclean.clean.chardata.SECTION_NUMBER_RE`) starts with.
SECTION_NUMBER_FIRST = f"第（{NUMERAL}"


def _section_numbered(text: str) -> bool:
    """Whether a section number (:data:`~textclean.clean.chardata.SECTION_NUMBER_RE`) opens ``text``; its first
    character is tested first (most lines open otherwise).

    >>> _section_numbered("（四）加快改革"), _section_numbered("第五，一定要"), _section_numbered("四是加快")
    (True, True, False)
    """
    return text[:1] in SECTION_NUMBER_FIRST and bool(SECTION_NUMBER_RE.match(text))


def is_paragraph_break(
    a: Item,
    b: Item,
    col: float,
    a_starts: bool,
    dense: bool | None = None,
    a_ends: bool | None = None,
    lead: bool = False,
    b_last: bool = False,
) -> bool:
    """Whether a paragraph ends between consecutive body lines ``a`` and ``b``.

    In sparse text: after a sentence end (or a lead-in ``：``) when ``a`` is short beyond its indent
    (``a_starts``), ``b`` is short by its lost indent (unless ``b_last``: it is rather the paragraph's
    short last line, see :func:`has_first_line_shape`), or ``b`` opens with a new paragraph's number
    or connective (:data:`~textclean.clean.chardata.NEW_PARAGRAPH_OPENER_RE`); otherwise when ``a``
    is far short of the column, a section number opens ``b`` under a short ``a``, or ``a`` ends a
    numbered subheading set without a final mark (``lead``). In a dense piece a blank line breaks.
    ``dense`` (whether the lines are set in a dense piece) and ``a_ends``
    (whether ``a`` ends a sentence) are worked out from the lines when not given.

    >>> col = 19.0
    >>> mk = lambda t, w, gb=True, ga=True: Item(0, t, t, w, gb, ga)
    >>> is_paragraph_break(mk("事业和工会工作高质量发展。", 13), mk("习近平法治思想是习近平新时代中国", 16), col, False)
    True
    >>> is_paragraph_break(mk("式推动工会工作高质量发展的思想支撑。", 18), mk("要注重提升政治能力。坚持把党的领导作", 18), 18.0, False)
    False
    >>> is_paragraph_break(mk("三是企业健全技能人才岗位使用机制。", 17), mk("实现技能操作岗位、专业技术岗位和经营管", 19), col, True)
    False
    """
    if a.role == "attribution" or b.role == "attribution":
        return True
    if not b.gap_before:
        return False
    if dense is None:
        dense = not a.gap_before or not b.gap_after
    if dense:
        return True  # dense piece: a blank line separates paragraphs
    shortfall = col - a.width - (INDENT if a_starts else 0.0)
    if (ends_sentence(a.text) if a_ends is None else a_ends) or a.text.endswith(LEAD_IN_MARKS):
        return (
            shortfall >= SHORT_LINE
            or (col - b.width >= INDENTED_LINE and not b_last)
            or bool(NEW_PARAGRAPH_OPENER_RE.match(b.text))
        )
    numbered = col - a.width >= SHORT_LINE and _section_numbered(b.text)
    return lead or numbered or shortfall >= UNFINISHED_SHORTFALL * SHORT_LINE


#: Marks that end a lead-in sentence (``以下几项工作：``): after one, a new paragraph may start.
LEAD_IN_MARKS = ("：", ":")


def is_dense_break(
    a: Item,
    b: Item,
    col_a: float,
    a_starts: bool,
    b_opens: bool,
    lead: bool = False,
    b_after_short: bool = True,
    a_ends: bool | None = None,
) -> bool:
    """Whether a paragraph ends between lines ``a`` and ``b`` of a dense piece, seen in the shapes of lines.

    pdftotext and PyMuPDF set every printed line against the next, pdfminer does so in boxes at
    tight leading; a blank line there marks a layout block, not a paragraph (pdftotext leaves one
    where a column ends mid-sentence). A paragraph ends where ``a`` ends a sentence (or a
    lead-in ``：``) and either a blank line follows, or ``b`` has the shape of a first line
    (``b_opens``, :func:`has_first_line_shape`), or ``a`` is short of the column ``col_a`` beyond
    its own indent (``a_starts``), or ``b`` is numbered. A line far short of the column ends its
    paragraph whatever its last mark unless a short line follows (``b_after_short`` false: a run
    of short lines), a short line ends it before a section number, and a numbered subheading set
    without a final mark ends where a paragraph opens under it (``lead``). ``a_ends``: whether ``a``
    ends a sentence, when the caller knows.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> is_dense_break(mk("下硬功夫打造好发展软环境。"), mk("以简审批优服务便利投资兴业。市"), 17, False, True)
    True
    >>> is_dense_break(mk("是促进经济平稳增长的关键所在。要深"), mk("化放管服改革降低制度性交易成本下硬"), 17, False, False)
    False
    >>> is_dense_break(mk("改革完善公平竞争审查和公正监管制"), mk("度，加快清理妨碍统一市场", gap=True), 16, False, True)
    False
    """
    if a.role == "attribution" or b.role == "attribution":
        return True
    a_short = col_a - a.width - (INDENT if a_starts else 0.0)
    if (ends_sentence(a.text) if a_ends is None else a_ends) or a.text.endswith(LEAD_IN_MARKS):
        return b.gap_before or b_opens or a_short >= DENSE_SHORT_LINE or _section_numbered(b.text)
    numbered = col_a - a.width >= SHORT_LINE and _section_numbered(b.text)
    return lead or numbered or (a_short >= UNFINISHED_SHORTFALL * SHORT_LINE and b_after_short)


def in_dense_piece(items: list[Item]) -> list[bool]:
    """For each line, whether it is set against another text line with no blank between
    (a dense piece).  An attribution set against the last line does not count.

    >>> mk = lambda gb, ga, role="text": Item(0, "", "", 10.0, gb, ga, role)
    >>> in_dense_piece([mk(True, False), mk(False, True), mk(True, False), mk(False, True, "attribution")])
    [True, True, False, False]
    """
    out = []
    above_text = False  # whether the line above is text
    for it, below in zip(items, [*items[1:], None], strict=True):
        text = it.role == "text"
        # a text line set against the text line above, or the one below
        out.append(
            text
            and (
                (not it.gap_before and above_text) or (not it.gap_after and below is not None and below.role == "text")
            )
        )
        above_text = text
    return out


def has_first_line_shape(items: list[Item], k: int, cols: list[float], strict: bool = False) -> bool:
    """``items[k]`` has the shape of a paragraph's first line: short of the column
    (``cols[k]``) by its lost indent, and it runs on (ends no sentence) or a full line is set against
    it: a short line that ends a sentence over another short one is rather a paragraph's last line.
    ``strict``: it runs on and a full line follows (under a subheading, whose own last line may be short).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> full, first = mk("甲乙丙丁戊己庚辛壬癸子丑"), mk("乙丙丁戊己庚辛壬癸，")
    >>> has_first_line_shape([full, first, full], 1, [12.0] * 3), has_first_line_shape([full, first], 1, [12.0] * 2)
    (True, True)
    >>> has_first_line_shape([full, first], 1, [12.0] * 2, strict=True)
    False
    >>> last = mk("乙丙丁戊己庚辛壬。")
    >>> has_first_line_shape([full, last, first], 1, [12.0] * 3), has_first_line_shape([full, last, full], 1, [12.0] * 3)
    (False, True)
    """
    if cols[k] - items[k].width < INDENTED_LINE:
        return False
    nxt = items[k + 1] if k + 1 < len(items) else None
    runs_on = not ends_sentence(items[k].text)
    next_full = nxt is not None and cols[k + 1] - nxt.width < INDENTED_LINE
    return runs_on and next_full if strict else runs_on or next_full


def is_running_dash_line(item: Item) -> bool:
    """An ``attribution``-shaped line (``——…``) that is running text: it names no one, set apart by a
    space as an attribution's name is (``——研究员 王文珍``), so it opens a paragraph of a ``——`` list.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True, "attribution")
    >>> is_running_dash_line(mk("——必须坚持系统观念。万事万")), is_running_dash_line(mk("——研究员 王文珍"))
    (True, False)
    """
    return item.role == "attribution" and not has_halves_space(item.text)


@dataclasses.dataclass(frozen=True, slots=True)
class _Shape:
    """What :func:`body_blocks` measures once per body: per line, whether it ends a sentence, whether
    it is set in a dense piece, the column (for sparse and for dense pieces) and its width as printed;
    and the lines that open an interview's turns (:func:`~textclean.clean.speakers.speaker_turns`)."""

    ends: list[bool]
    dense: list[bool]
    cols: list[float]
    dense_cols: list[float]
    widths: list[float]
    turns: frozenset[int]


def _may_lead(parts: list[str]) -> bool:
    """:func:`~textclean.clean.subheads.numbered_lead`, with its cheap tests first (it runs for most lines)."""
    return len(parts) <= MAX_HEADING_LINES and parts[0][:1] in SECTION_NUMBER_FIRST and numbered_lead(parts)


def _runs_on(items: list[Item], shape: _Shape) -> list[bool]:
    """For each line, whether the line above runs on into it, so no paragraph ends between them unless
    the paragraph may still be a numbered subheading (:func:`_may_lead`): both are text, and the line
    above ends no sentence nor lead-in and is near its column (the dense one in a dense piece)."""
    ends, dense, cols, dense_cols = shape.ends, shape.dense, shape.cols, shape.dense_cols
    # each pair of neighbouring lines (one fewer than lines, hence not strict)
    lines = zip(items, items[1:], ends, dense, dense[1:], dense_cols, cols[1:], strict=False)
    return [False] + [
        not a_ends
        and (col_dense if a_dense or b_dense else col) - a.width < SHORT_LINE
        and a.role == b.role == "text"
        and not a.text.endswith(LEAD_IN_MARKS)
        for a, b, a_ends, a_dense, b_dense, col_dense, col in lines
    ]


def broken_inside_word(a: Item, b: Item, a_ends: bool) -> bool:
    """Whether body lines ``a`` and ``b`` are parted inside a word (:func:`~textclean.clean.lexicon.breaks_a_word`),
    ``a`` ending no sentence (``a_ends``): no paragraph ends there, however far ``a`` falls short of its column.

    A line falls short without ending its paragraph where it is set beside a box floated into the column, or is
    the last of a piece the extractor read apart from the rest of its column; nor does a numbered subheading end
    inside a word (``（六）从上到下建立和健全`` / ``农业科学研究和技术推广的系`` / ``统，…`` is a paragraph). Before (pdfminer): ``城，是建设有中国特色社``
    (11 em in a 16 em column) / ``会主义的重要力量。`` stood as two paragraphs; after, one. Not so: a line that
    ends a sentence, or one parted from the next between words (``推进工会工作`` / ``法律是治国之重器``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> broken_inside_word(mk("城，是建设有中国特色社"), mk("会主义的重要力量。"), False)
    True
    >>> broken_inside_word(mk("推进工会工作"), mk("法律是治国之重器，法治是治国"), False)
    False
    >>> broken_inside_word(mk("城，是建设有中国特色社"), mk("会主义的重要力量。"), True)
    False
    """
    return not a_ends and a.role == b.role == "text" and breaks_a_word(a.text, b.text)


def _breaks_before(items: list[Item], i: int, lead: bool, starts: bool, shape: _Shape, runs_on: bool) -> bool:
    """Whether a paragraph ends between ``items[i - 1]`` and ``items[i]``, ``lead`` being whether the
    paragraph's lines so far may be a numbered subheading (:func:`_may_lead`), ``starts`` whether
    ``items[i - 1]`` is its first and ``runs_on`` whether it runs on into ``items[i]`` (:func:`_runs_on`).
    A paragraph the shapes of the lines end is asked last whether the break falls inside a word
    (:func:`broken_inside_word`: few breaks are)."""
    if runs_on and not lead:
        return False  # a full line runs on (most lines), decided before anything else is measured
    if i in shape.turns and shape.ends[i - 1]:
        return True  # an interview's next turn (speakers.py)
    return _shapes_break(items, i, lead, starts, shape) and not broken_inside_word(
        items[i - 1], items[i], shape.ends[i - 1]
    )


def _shapes_break(items: list[Item], i: int, lead: bool, starts: bool, shape: _Shape) -> bool:
    """:func:`_breaks_before` as the shapes of the lines tell it."""
    a, b = items[i - 1], items[i]
    a_ends = shape.ends[i - 1]
    dense = shape.dense[i - 1] or shape.dense[i]
    if dense:
        cols = shape.dense_cols
        lead = not a_ends and lead and has_first_line_shape(items, i, cols, True)
        opens = (a_ends or a.text.endswith(LEAD_IN_MARKS)) and has_first_line_shape(items, i, cols)
        if a_ends and not opens and b.width != shape.widths[i]:
            opens = opens_before_held(items, i, cols, shape.widths[i])
        after_short = cols[i] - b.width <= INDENT + FULL_LINE_SLACK
        return is_dense_break(a, b, cols[i - 1], starts, opens, lead, after_short, a_ends)
    lead = not a_ends and lead and has_first_line_shape(items, i, shape.cols, True)
    b_last = (
        shape.ends[i] and shape.cols[i] - b.width >= INDENTED_LINE and not has_first_line_shape(items, i, shape.cols)
    )
    return is_paragraph_break(a, b, shape.cols[i], starts, False, a_ends, lead, b_last)


#: A line's text, and the slice of its first character (:func:`_held_widths` reads them in C).
_TEXT, _FIRST_CHAR = operator.attrgetter("text"), slice(0, 1)


def _held_widths(items: list[Item], shape: _Shape) -> list[Item]:
    """The lines with each one short of its column by no more than the run the next line opens with that type
    cannot break (:func:`unbreakable_lead_width`), and a full line's slack, counted as wide as it would be with that
    run: the run did not fit at its end. So it neither ends its paragraph (a line over ``1997年…``) nor passes for
    a paragraph's first line (a letter-spaced line stretched over ``25.6%。``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lines = [mk("经济持续较快增长。国内生产总"), mk("1997年的7.4万亿元"), mk("全国财政收入达到较快增长。")]
    >>> shape = _Shape([False] * 3, [True] * 3, [17.0] * 3, [17.0] * 3, [14.0, 12.0, 13.0], frozenset())
    >>> [it.width for it in _held_widths(lines, shape)]
    [18.0, 12.0, 13.0]
    """
    out = items
    first = UNBREAKABLE_FIRST
    # (most lines open with a Han character: nothing held; the others are few)
    firsts = map(operator.getitem, map(_TEXT, items[1:]), itertools.repeat(_FIRST_CHAR))  # (each line's, in C)
    for k in itertools.compress(itertools.count(), list(map(first.__contains__, firsts))):
        held = unbreakable_lead_width(items[k + 1].text)
        if not held:
            continue
        if out is items:
            out = list(items)
        it = items[k]
        col = (shape.dense_cols if shape.dense[k] else shape.cols)[k]
        if 0 < col - it.width <= held + FULL_LINE_SLACK:
            out[k] = dataclasses.replace(it, width=it.width + held)
    return out


#: A line held (:func:`_held_widths`) under a sentence end still opens a paragraph when it is this much (em) short of
#: its column as printed: a paragraph's first line is short by its lost indent and by the run that did not fit after
#: it, while a running line is short by that run alone, mostly less than an indent.
OPENS_HELD_SHORTFALL = INDENT


def opens_before_held(items: list[Item], i: int, cols: list[float], width: float) -> bool:
    """Whether ``items[i]``, counted wider by :func:`_held_widths` (``width``: as printed), opens a paragraph
    under a line ending a sentence: as printed it is :data:`OPENS_HELD_SHORTFALL` short of its column and
    has a first line's shape (:func:`has_first_line_shape`). The run it did not hold hid the indent it lost.

    Before (PyMuPDF, a 16 em column): ``的净利润3086.4亿元，增长21.5%。`` (a full line) /
    ``公司海外业务收入占比提升至`` (13 em) / ``16.8%，在东南亚…`` stood in one paragraph, the second line
    counted full with ``16.8%，``; after, a paragraph opens at it. Not so: a line short by less than an
    indent (``其中，出口1.97 万亿元，增长`` in a 14.5 em column), the run alone explains it; nor a line of a body
    whose first lines keep their printed indents (:func:`keeps_printed_indents`): ``其中，机电产品出口增长了约`` (13 em
    in a 16 em column) over ``12.5%，高于…``, under ``　　今年前三季度…`` and a sentence end, is a running line.

    >>> mk = lambda t, w: Item(0, t, t, w, False, False)
    >>> lines = [mk("增长21.5%。", 15.5), mk("公司海外业务收入占比提升至", 16.0), mk("16.8%，在东南亚中东欧等地新设", 15.5)]
    >>> opens_before_held(lines, 1, [16.0] * 3, 13.0), opens_before_held(lines, 1, [16.0] * 3, 14.5)
    (True, False)
    """
    if cols[i] - width < OPENS_HELD_SHORTFALL or keeps_printed_indents(items):
        return False
    printed = dataclasses.replace(items[i], width=width)
    return has_first_line_shape([printed, *items[i + 1 : i + 2]], 0, cols[i : i + 2])


def set_justified(items: list[Item]) -> bool | None:
    """Whether the body's running lines are set justified (:data:`JUSTIFIED_SHARE`), None when too few tell
    (:data:`JUSTIFIED_MIN_LINES`). A justified body is measured at its lines' :data:`DENSE_COLUMN_QUANTILE`:
    kinsoku leaves some full lines an em short, so the median of a window full of them is an em low, and a
    paragraph's first line, short by its lost indent, read as a full line. A ragged one (the seeds' OCR'd
    columns) is measured at the median, its pieces set line under line too: there lines 2 em short of the
    widest run on.

    Before (pdfminer, a 16 em justified column): ``牢固的基础，国家才能长治久安。`` (15 em) / ``千方百计扩大就业。这是保障和``
    (14 em, a first line) stood in one paragraph, the column read as 15 em; after, two. Before (the seeds'
    layout printed without blank lines): a line ending a sentence over a line 2 em short of a ragged column's
    fuller lines was a paragraph break; after, the paragraph runs on.

    >>> mk = lambda w: Item(0, "文" * w, "文" * w, float(w), True, True)
    >>> set_justified([mk(16), mk(15), mk(16), mk(16), mk(14), mk(16), mk(16), mk(15), mk(16)])
    True
    >>> set_justified([mk(20), mk(21), mk(22), mk(19), mk(20), mk(21), mk(22), mk(20), mk(21)])
    False
    >>> set_justified([mk(16), mk(15), mk(16)]) is None
    True
    """
    if len(items) < JUSTIFIED_MIN_LINES:
        return None
    running = [it.width for it in items if not it.ends and it.role == "text"]
    if len(running) < JUSTIFIED_MIN_LINES:
        return None
    running.sort()
    widest = running[int(JUSTIFIED_EDGE_QUANTILE * len(running))]
    at_edge = len(running) - bisect.bisect_left(running, widest - FULL_LINE_SLACK / 2)
    return at_edge >= JUSTIFIED_SHARE * len(running)


def _dateline_held(texts: list[str]) -> range:
    """The lines of a body opening with a dateline (:func:`~textclean.clean.chardata.dateline_lines`) before which
    no paragraph ends: the dateline's later lines, and the line under a dateline that ends its line (the story's
    text goes on in the paragraph the dateline opens). Before (PyMuPDF, a 13 em column): ``本报兰州5月20日电`` /
    ``（记者 史晏峄 孙桐翎`` (short of the column) / ``董奕）我们党同…`` broke into two paragraphs after the first
    reporter's line, and the dateline named no one; after, one paragraph.

    >>> _dateline_held(["本报兰州5月20日电", "（记者 史晏峄 孙桐翎", "董奕）我们党同王张江姚"]), _dateline_held(["甲。", "乙"])
    (range(1, 3), range(1, 0))
    >>> _dateline_held(["本报南京11月1日电", "（记者 钟莳朗 史鹏玥）", "第十届全国人民代表大会"])
    range(1, 3)
    """
    n, ends_line = dateline_lines(texts)
    return range(1, n + ends_line)


def _dense_columns(
    items: list[Item], dense: list[bool], split: list[list[float]], justified: bool | None
) -> list[float]:
    """The columns of a body's dense lines: a ragged body's median ones, else their upper quantile, raised to its
    running lines' measure (:func:`~textclean.clean.columns.running_measures`) unless it is ragged and its blank
    lines part its paragraphs (:func:`~textclean.clean.columns.blank_paragraphs`)."""
    cols = split[0] if justified is False else split[-1]
    if any(dense) and (justified is not False or not blank_paragraphs(items)):
        return running_measures(items, [it.ends for it in items], cols)
    return cols


def body_blocks(items: list[Item]) -> list[Block]:
    """Assemble the lines of one article body into blocks in reading order.

    A pair of lines either of which is set in a dense piece (:func:`in_dense_piece`) breaks as
    :func:`is_dense_break` says, other pairs as :func:`is_paragraph_break` does; subheadings are
    found by :func:`~textclean.clean.subheads.heading_spans` and
    :func:`~textclean.clean.subheads.mark_numbered_headings`.
    """
    if not items:
        return []
    items = [
        dataclasses.replace(it, role="text") if it.role == "attribution" and is_running_dash_line(it) else it
        for it in items
    ]
    ends = [it.ends for it in items]
    dense = in_dense_piece(items)
    justified = set_justified(items)  # (None: too few lines tell; sparse pieces then take the median, dense ones not)
    split = columns_at(items, (0.5, DENSE_COLUMN_QUANTILE) if justified or any(dense) else (0.5,))[0]
    heads = heading_spans(items, split[0], ends)
    texts = [it.text for it in items]
    cols = split[-1] if justified else split[0], _dense_columns(items, dense, split, justified)
    shape = _Shape(ends, dense, *cols, [it.width for it in items], speaker_turns(texts))
    items = _held_widths(items, shape)
    runs_on = _runs_on(items, shape)
    # the lines the rules must look at: all others run on from the line above (unless in a lead, below)
    looks = [*(i for i, r in enumerate(runs_on) if not r or i in heads), len(items)]
    blocks: list[Block] = []
    lines: list[int] = []  # printed lines of each block
    first = i = 0  # the current paragraph's first line, and the line at hand
    numbered = _section_numbered(texts[0])  # (whether it opens with a section number: else it is no lead)
    held = _dateline_held(texts)

    def flush(end: int) -> None:
        if first < end:
            blocks.append(Block("paragraph", join_paragraph(texts[first:end])))
            lines.append(end - first)

    while i < len(items):
        if i in heads or items[i].role in ("attribution", "heading"):  # (a section label: sectionlabels.py)
            flush(i)
            end = heads.get(i, i)
            kind: BlockKind = "attribution" if items[i].role == "attribution" and i not in heads else "heading"
            blocks.append(Block(kind, join_lines(texts[i : end + 1])))
            lines.append(end + 1 - i)
            first = i = end + 1
            numbered = i < len(texts) and _section_numbered(texts[i])
            continue
        lead = numbered and i - first <= MAX_HEADING_LINES
        if (
            first < i
            and i not in held
            and _breaks_before(items, i, lead and _may_lead(texts[first:i]), i - first == 1, shape, runs_on[i])
        ):
            flush(i)
            first = i
            lead = numbered = _section_numbered(texts[i])
        # on to the next line that may break, or the next line while the paragraph may be a lead
        i = i + 1 if lead else looks[bisect.bisect_left(looks, i + 1)]
    flush(len(items))
    return mark_numbered_headings(blocks, lines)
