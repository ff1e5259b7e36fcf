"""Where a run of body text changes its measure: the next article's body, its headline set elsewhere
(:mod:`~textclean.clean.innerheads` cuts the run there).

Each article is set in columns of its own measure. After a sentence end, a change of measure
(:func:`changes_column`) or, where the extractor marks blocks with blank lines, a block of another measure
(:func:`block_of_other_measure`) is another article's column; so is, inside a sentence, a block set an indent's
width off the measure above (:func:`block_breaks_sentence`).
"""

from __future__ import annotations

from textclean.clean.chardata import NARROW_RE
from textclean.clean.roles import Item, fuller_median
from textclean.clean.typesetting import BODY_FULL_SHARE, FULL_LINE_SLACK, INDENT

#: Columns above and below a line that differ by this much (em) or more are surely two columns: twice a paragraph's
#: indent, beyond what ragged lines (digits, Latin, squeezed marks) move a column's measure.
OTHER_COLUMN_DIFF = 2 * INDENT
#: A change of measure of this much (em) already tells another article's column where both columns are set
#: justified (:func:`_justified`): more than a paragraph's indent and the slack a full line has. On the devpages
#: (justified) it cut 20 more moves into the next article's body than :data:`OTHER_COLUMN_DIFF` alone (recall
#: +1.0 / +0.5 / +0.2 points); in ragged columns (the seeds' OCR'd text) the measure of a few lines moves as much.
JUSTIFIED_COLUMN_DIFF = INDENT + FULL_LINE_SLACK
#: A justified column's full lines lie within this much (em) of one another: each within
#: :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of the measure, either way (digits and Latin letters set at
#: half an em move a line's width that much); ragged ones spread 3 em and more.
JUSTIFIED_SPREAD = 2 * FULL_LINE_SLACK
#: The measure on either side of a sentence end is taken over this many lines (a column's worth of a paragraph).
COLUMN_CHANGE_LINES = 6
#: ... of which at least this many must be full lines on each side (fewer measure nothing).
MIN_TELLING_LINES = 3


def changes_column(body: list[Item], i: int, start: int = 0) -> bool:
    """Whether the text changes its measure at line ``i`` (after a sentence end): another article's body.
    The measure above is read from line ``start`` on (the first line of the piece cut last).

    Each article is set in columns of its own measure; within one, a paragraph
    ends and the next begins in the same column. A change of measure of
    :data:`OTHER_COLUMN_DIFF` or more between the lines above and below a sentence
    end (each side measured over at least :data:`MIN_TELLING_LINES` full lines) is,
    four times in five on the devpages (pdfminer 62 of 78, PyMuPDF 41 of 47), a
    headless move into the next article's body (its headline stands elsewhere).
    Between two justified columns (:func:`_justified`) a change of
    :data:`JUSTIFIED_COLUMN_DIFF` is one already.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> narrow, wide = [mk("甲" * 11) for _ in range(5)] + [mk("甲乙丙丁。")], [mk("乙" * 18) for _ in range(5)]
    >>> changes_column([*narrow, *wide], 6), changes_column([*narrow, *narrow], 6)
    (True, False)
    >>> changes_column([*narrow, *[mk("乙" * 14) for _ in range(5)]], 6)  # 3 em, both justified
    True
    >>> changes_column([*narrow, *[mk("乙" * w) for w in (14, 17, 13, 16, 14)]], 6)  # 3 em, below ragged
    False
    """
    above = _telling(body[max(start, i - COLUMN_CHANGE_LINES) : i])
    if len(above) < MIN_TELLING_LINES:
        return False
    below = _telling(body[i : i + COLUMN_CHANGE_LINES])
    if len(below) < MIN_TELLING_LINES:
        return False
    widths = above + below
    if max(widths) - min(widths) < JUSTIFIED_COLUMN_DIFF:
        return False  # (most sentence ends: each column lies between the narrowest and widest line, no medians needed)
    change = abs(fuller_median(above) - fuller_median(below))
    if change >= OTHER_COLUMN_DIFF:
        return True
    return change >= JUSTIFIED_COLUMN_DIFF and _justified(above) and _justified(below)


def _justified(widths: list[float]) -> bool:
    """Whether the full lines of a column (its widths at least :data:`~textclean.clean.typesetting.BODY_FULL_SHARE`
    of the widest) lie within :data:`JUSTIFIED_SPREAD` of one another: the column is set justified.

    >>> _justified([16, 16, 17, 16, 9]), _justified([16, 19, 17, 18, 19])
    (True, False)
    """
    full = [w for w in widths if w >= BODY_FULL_SHARE * max(widths)]
    return max(full) - min(full) <= JUSTIFIED_SPREAD


def _telling(lines: list[Item]) -> list[float]:
    """The widths of the ``lines`` that tell their column's measure (text lines that end no sentence: set full);
    their :func:`~textclean.clean.roles.fuller_median` is the column's (:func:`~textclean.clean.roles.column_of`)."""
    return [it.width for it in lines if it.role == "text" and not it.ends]


#: Where blank lines mark blocks, a block whose measure differs from the one above by this much (em) or more is
#: another column: widths come in half-em steps, and the full lines of one justified column set in Han characters
#: alone measure the same to the half em (pdftotext's ``…变成真正富强的中国。`` ∅ ``我国第一个五年计划的基本任务…``,
#: 26 then 25 em, is two articles' columns). A change of 1 em cut 3 of pdftotext's devpages in 10 better than 1.5.
BLOCK_MEASURE_DIFF = 1.0


def block_of_other_measure(body: list[Item], i: int, start: int = 0, diff: float = BLOCK_MEASURE_DIFF) -> bool:
    """Whether the block of text at line ``i`` (after a sentence end and a blank line, where blank lines mark
    blocks: :func:`~textclean.clean.innerheads.blank_marks_block`) is set in another measure than the lines above
    it (from ``start`` on): another article's column, which pdftotext printed after this one with no headline
    between (its headline stands elsewhere on the page).

    pdftotext prints a blank line only where a block of text ends: at the foot of a column, the article going on
    in the next block or another article's column following. Two columns of one article keep one measure; one
    of another article may differ by an em only, less than :func:`changes_column` asks of running text. Only
    lines of Han characters and full-width marks measure here: digits and Latin letters are set narrower than
    half an em, and extractors print spaces around them (a justified column's lines then spread over 3 em).

    Before (pdftotext, devpages gov-1955-02): ``…变成真正富强的中国。`` (26 em column) / ∅ /
    ``现在我想就关于工业和运输业…`` (26 em) … ``…帮助国家的建设。`` / ∅ / ``我国第一个五年计划的基本任务…``
    (25 em) was one body of three articles' pieces; after, the 25 em block is cut off (the next article's).
    Not cut: a block of the same measure, or one measured over fewer than :data:`MIN_TELLING_LINES` such lines.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> above = [mk("甲" * 26) for _ in range(4)] + [mk("甲乙丙。")]
    >>> below = [mk("乙" * 25, True)] + [mk("乙" * 25) for _ in range(4)]
    >>> block_of_other_measure([*above, *below], 5), block_of_other_measure([*above, *above], 5)
    (True, False)
    >>> block_of_other_measure([*above, *[mk("乙2021年" + "乙" * 20) for _ in range(5)]], 5)  # (digits measure nothing)
    False
    """
    above = _han_widths(body[max(start, i - COLUMN_CHANGE_LINES) : i])
    below = _han_widths(body[i : i + COLUMN_CHANGE_LINES])
    if len(above) < MIN_TELLING_LINES or len(below) < MIN_TELLING_LINES:
        return False
    return abs(fuller_median(above) - fuller_median(below)) >= diff


#: Inside a sentence, a block whose measure differs from the one above by this much (em) or more is another
#: article's column: a paragraph's indent, more than the half-em steps one column's measure reads in. On
#: pdftotext's devpages, 37 blank-line breaks inside a sentence had the block below 1.5 em or more off the measure
#: above, and the text went on across none of them; across 209 of the 235 an em off or less, it went on. Cutting
#: there took pdftotext's body CER from 12.8% to 10.3% (title accuracy +1.5 points, perfect articles +3.8).
SENTENCE_BLOCK_DIFF = INDENT


def block_breaks_sentence(body: list[Item], i: int, start: int = 0) -> bool:
    """Whether the block at line ``i``, after a blank line inside a sentence (where blank lines mark blocks:
    :func:`~textclean.clean.innerheads.blank_marks_block`), is another article's column: set
    :data:`SENTENCE_BLOCK_DIFF` or more off the measure of the lines above it (from ``start`` on). The sentence goes
    on in a later piece of its own measure (:func:`~textclean.clean.drafts.continuation_targets` joins them).

    pdftotext prints an article's column, then, after a blank line, whatever block it reads next: where the
    column stops inside a sentence, a block of another measure is another article's.

    Before (pdftotext, devpages cpc-11-02): ``阶级斗争、生产斗争和科学…`` (14 em) … ``…也要解决人民`` / ∅ /
    ``整党整风，加强党的建设的一个关键问题…`` (35 em), one body of two articles' columns; after, the 35 em block
    is cut off (the titled article above it), the 14 em column goes on in ``内部的资本主义倾向问题。…`` further
    down. Not cut: a block of the same measure (the column's next block), one off by an em (a column beside a
    box, digits and Latin letters), or one of fewer than :data:`MIN_TELLING_LINES` full lines, measured up to the
    next blank line (a head and a paragraph's first line read into the sentence measure no column).

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> above = [mk("甲" * 14) for _ in range(5)]
    >>> below = [mk("乙" * 35, True)] + [mk("乙" * 35) for _ in range(4)]
    >>> block_breaks_sentence([*above, *below], 5), block_breaks_sentence([*above, mk("乙" * 15, True), *above], 5)
    (True, False)
    """
    end = next((j for j in range(i + 1, len(body)) if body[j].gap_before), len(body))  # (the block only)
    return block_of_other_measure(body[:end], i, start, SENTENCE_BLOCK_DIFF)


def _han_widths(lines: list[Item]) -> list[float]:
    """The widths of the ``lines`` that tell their column's measure (:func:`_telling`) and hold no character set
    narrower than an em (:data:`~textclean.clean.chardata.NARROW_RE`)."""
    return _telling([it for it in lines if not NARROW_RE.search(it.text)])
