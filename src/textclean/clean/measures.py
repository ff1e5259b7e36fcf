"""Where a run of body text changes its measure: the next article's body, its headline set elsewhere
(:mod:`~textclean.clean.innerheads` cuts the run there).

Each article is set in columns of its own measure. After a sentence end, a change of measure
(:func:`changes_column`) or, where the extractor marks blocks with blank lines, a block of another measure
(:func:`block_of_other_measure`) is another article's column; so is, inside a sentence, a block set an indent's
width off the measure above (:func:`block_breaks_sentence`). A draft's measure is :func:`draft_measure`; a body
read after a box inside a sentence, set in another measure and opening a paragraph, is another article's column
(:func:`opens_after_box`). A block read inside a sentence that resumes in another block opens as after a
sentence end (:func:`resumes_elsewhere`); a short block standing apart inside one, the sentence resuming under it,
is a head read into it (:func:`short_block_in_sentence`).
"""

from __future__ import annotations

import re
from collections import Counter

from textclean.clean.chardata import CJK_PUNCT, NARROW_RE, width_with_wide_digits
from textclean.clean.junctions import junction
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.opening import gapped_body
from textclean.clean.roles import Element, Item, body_column, column_of, fuller_median, is_headline_like
from textclean.clean.typesetting import BODY_FULL_SHARE, FULL_LINE_SLACK, INDENT, INDENTED_LINE
from textclean.clean.windows import BodyWindows
from textclean.clean.wrapped import continues_a_phrase, goes_on

#: Marks of a clause of running text: a line holding one is no head line of a block read inside a sentence
#: (:func:`short_block_in_sentence`; a headline's halves stand apart by a space there, its list words by 、).
CLAUSE_MARK_RE = re.compile("[。！？…；，：:;!?]")
#: A block :func:`short_block_in_sentence` takes for a head is at most this many lines (a title wrapped once, as
#: :data:`~textclean.clean.innerheads.HEAD_BLOCK_LINES`) ...
SHORT_BLOCK_LINES = 2
#: ... and the columns over and under it are read off this many lines each (a head stack's reach, as
#: :data:`~textclean.clean.innerheads.COLUMN_BEFORE_LINES`).
SHORT_BLOCK_WINDOW = 6

#: A draft's measure (its column's width, :func:`~textclean.clean.roles.body_column`) is read off at least
#: this many lines: the median of fewer is a line's width more than a column's.
MEASURE_LINES = 4
#: ... and is the widest width this share of its lines fill (:func:`draft_measure`): lines set beside a box are
#: narrower, a paragraph's last line is short; 0.3 to 0.5 measured alike on the devpages (0.4: pdftotext body
#: CER 14.9% -> 14.1%, extra articles 124 -> 108), a fifth took a few wide lines for the column.
MEASURE_SHARE = 0.4
#: Two drafts are set in one measure when their columns' widths are this close (em). Widths come in half-em
#: steps (an ASCII character is half an em) and one measure reads the same to the half em; allowing one em
#: took other articles' columns (on the devpages, recall fell 0.8 points more on pdfminer's text).
MEASURE_TOLERANCE = 0.5
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

#: A blank line marks a block (a head set apart, not a paragraph break) in a body where fewer than this share of
#: the lines after a sentence end have one: pdftotext prints a blank line only where a block ends (about 0 of
#: its paragraph breaks), the seeds' layout between every paragraph (1), pdfminer after every line (1).
BLOCK_GAP_SHARE = 0.5


def changes_column(body: list[Item], i: int, start: int = 0, windows: BodyWindows | None = None) -> bool:
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
    telling = windows.telling if windows else lambda lo, hi: telling_widths(body[lo:hi])  # (windows: body's, once)
    above = telling(max(start, i - COLUMN_CHANGE_LINES), i)
    if len(above) < MIN_TELLING_LINES:
        return False
    below = telling(i, i + COLUMN_CHANGE_LINES)
    if len(below) < MIN_TELLING_LINES:
        return False
    widths = above + below
    if max(widths) - min(widths) < BLOCK_MEASURE_DIFF:
        return False  # (most sentence ends: no two lines an em apart, so no two measures either)
    # (set measures: its lines are some of these, each side's a width MIN_TELLING_LINES of them share; the cheap test first)
    repeat = MIN_TELLING_LINES - 1
    shared = len(above) - len(set(above)) >= repeat and len(below) - len(set(below)) >= repeat
    if shared and set_measure_changes(body, i, start, windows=windows):
        return True
    if max(widths) - min(widths) < JUSTIFIED_COLUMN_DIFF:
        return False  # (most sentence ends: each column lies between the narrowest and widest line, no medians needed)
    change = abs(fuller_median(above) - fuller_median(below))
    if change >= OTHER_COLUMN_DIFF:
        return True
    return change >= JUSTIFIED_COLUMN_DIFF and _justified(above) and _justified(below)


#: A run of text is set to its measure (:func:`_set_to_measure`) when this share of its lines of Han characters is
#: as wide as most of their neighbours: Chromium's report excerpts (the devpages, LAY) fill 0.7 to 1 of them so
#: (nine runs in ten), text set with its punctuation squeezed (the seeds' newspapers, SYN) 0.1 to 0.6.
SET_TO_MEASURE_SHARE = 0.7
#: ... the neighbours being the lines this many either side.
SET_WINDOW = 3


def set_measure_changes(
    body: list[Item], i: int, start: int = 0, resume: int | None = None, windows: BodyWindows | None = None
) -> bool:
    """Whether the text changes its measure by an em or more at line ``i`` (after a sentence end), in a body set to
    its measure (:func:`_set_to_measure`, asked of the whole run ``body``): another article's column, too close in width for :func:`changes_column`.
    ``resume``: where the text below goes on, past a head at ``i`` (:func:`~textclean.clean.innerheads._closed_head`
    asks whether a one-line head between two such measures is another article's title, not a subheading); the line
    there opens a paragraph, and the running lines are read from the next on. Before (PyMuPDF, devpages gov-1993-02):
    ``…分裂祖国的行动。`` (13 em) / ``关于我国的外交工作`` / ``过去五年，中国政府坚`` / … (12 em): a subheading of one
    column (1 em apart), the next article ran on in the body; after, the line is its title.

    Where each line of a column is set to the measure, the lines that go on inside a paragraph (after a line that
    ends no sentence) fill it exactly, but for one at most (a mark kept off a line's head). Two articles set side by
    side may differ by an em (``…人民的悲惨命运。`` in 19 em, then ``十八大以来，…`` in 18 em, devpages cpc-19-01,
    pdfminer: two articles' columns, read as one body). Each side's measure is the width most of its running
    lines fill (:func:`_set_measure`), :data:`BLOCK_MEASURE_DIFF` apart. Not cut: columns whose running lines
    spread (squeezed punctuation: one measure reads 19 to 21 em), a side of paragraphs' first lines only.

    >>> mk = lambda t, ends=False: Item(0, t, t, float(len(t)), True, ends)
    >>> upper = [mk("甲" * 19) for _ in range(5)] + [mk("甲乙丙。", True)]
    >>> lower = [mk("乙" * 16)] + [mk("乙" * 18) for _ in range(5)]
    >>> set_measure_changes([*upper, *lower], 6), set_measure_changes([*upper, *upper], 6)
    (True, False)
    >>> ragged = [mk("乙" * w) for w in (16, 18, 19, 18, 17, 19)]
    >>> set_measure_changes([*upper, *ragged], 6)
    False
    >>> set_measure_changes([*upper, mk("关于外交工作"), *lower], 6, resume=7)  # (past a head)
    True
    """
    upper = _set_measure(_running_widths(body, max(start, i - COLUMN_CHANGE_LINES), i))
    if not upper:
        return False
    j = i if resume is None else resume + 1
    lower = _set_measure(_running_widths(body, j, j + COLUMN_CHANGE_LINES))
    if not lower or abs(upper - lower) < BLOCK_MEASURE_DIFF:
        return False
    return windows.once(_set_to_measure) if windows else _set_to_measure(body)  # (``windows``: the body's, once)


#: Quotation marks of East Asian Ambiguous width (Unicode UAX 11): one font sets them an em wide, another half an em,
#: so a line holding one tells its column's set measure only to the em (``chardata.char_width`` counts them full).
AMBIGUOUS_WIDTH_RE = re.compile("[“”‘’]")
#: A character :data:`~textclean.clean.chardata.NARROW_RE` or :data:`AMBIGUOUS_WIDTH_RE` finds: one search a line.
_NARROW_OR_CURLY_RE = re.compile(
    f"[^\u2e80-\u2fff\u3001-\U0010ffff{re.escape(CJK_PUNCT.translate(dict.fromkeys(map(ord, '“”‘’'))))}]"
)


def _running_widths(body: list[Item], lo: int, hi: int) -> list[float]:
    """The widths of ``body[lo:hi]``'s lines of Han characters (:func:`_han_widths`) that go on a paragraph (the
    line above ends no sentence): set full, no indent. Not a line holding a curly quote (:data:`AMBIGUOUS_WIDTH_RE`):
    before, a column of 19 em whose lines holding two quotes counted 20 (PyMuPDF, a science page) read as two
    measures an em apart, and a story was cut at a sentence end between them."""
    return [
        it.width
        for j, it in enumerate(body[lo:hi], lo)
        if j and not body[j - 1].ends and it.role == "text" and not it.ends and not _NARROW_OR_CURLY_RE.search(it.text)
    ]  # (as :func:`_han_widths` of the line: asked at every sentence end, so spelt out)


def _set_measure(widths: list[float]) -> float:
    """The width :data:`MIN_TELLING_LINES` or more of ``widths`` share, all but one at most (0: none).

    >>> _set_measure([19, 19, 18, 19]), _set_measure([19, 18, 19, 20]), _set_measure([19, 19])
    (19, 0, 0)
    """
    if len(widths) < MIN_TELLING_LINES:
        return 0
    for width in widths[:2]:  # (all but one share it: the first or the second is it)
        n = widths.count(width)
        if n >= len(widths) - 1:
            return width if n >= MIN_TELLING_LINES else 0
    return 0


def _set_to_measure(body: list[Item]) -> bool:
    """Whether :data:`SET_TO_MEASURE_SHARE` of the run's lines of Han characters are as wide as most lines of
    their window (:data:`SET_WINDOW` either side): a run set to its measure, not one of squeezed punctuation.

    >>> mk = lambda *ws: [Item(0, "文" * w, "文" * w, float(w), True, False) for w in ws]
    >>> _set_to_measure(mk(19, 19, 19, 18, 19, 19, 19, 19)), _set_to_measure(mk(19, 20, 18, 19, 21, 20, 19, 18))
    (True, False)
    """
    widths = _han_widths(body)
    if not widths:
        return False
    same = 0
    for k, w in enumerate(widths):
        window = widths[max(0, k - SET_WINDOW) : k + SET_WINDOW + 1]
        if 2 * window.count(w) > len(window):
            same += 1  # (most lines of the window: the most common, no other counted as often; the usual case)
        else:
            same += w == max(window, key=window.count)  # (Counter(window).most_common(1): the first most common)
    return same >= SET_TO_MEASURE_SHARE * len(widths)


def _justified(widths: list[float]) -> bool:
    """Whether the full lines of a column (its widths at least :data:`~textclean.clean.typesetting.BODY_FULL_SHARE`
    of the widest) lie within :data:`JUSTIFIED_SPREAD` of one another: the column is set justified.

    >>> _justified([16, 16, 17, 16, 9]), _justified([16, 19, 17, 18, 19])
    (True, False)
    """
    full = [w for w in widths if w >= BODY_FULL_SHARE * max(widths)]
    return max(full) - min(full) <= JUSTIFIED_SPREAD


def telling_widths(lines: list[Item]) -> list[float]:
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
    blocks: :func:`blank_marks_block`) is set in another measure than the lines above
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
    :func:`blank_marks_block`), is another article's column: set
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
    """The widths of the ``lines`` that tell their column's measure (:func:`telling_widths`) and hold no character set
    narrower than an em (:data:`~textclean.clean.chardata.NARROW_RE`)."""
    return telling_widths([it for it in lines if not NARROW_RE.search(it.text)])


def draft_measure(items: list[Item]) -> float:
    """A draft's measure, its column's width: the widest width that :data:`MEASURE_SHARE` of its text lines (and
    :data:`MEASURE_LINES` at least) fill to within :data:`MEASURE_TOLERANCE`; else the median of its fuller lines
    (:func:`~textclean.clean.roles.body_column`).

    A column holding a pull-quote box or a picture sets the lines beside it narrower: the median of its lines
    is theirs, not the column's, and the draft then matched no other piece of its article. Before (pdftotext,
    devpages gov-1957-03): a 19 em piece of 关于人民的文化生活问题, 28 of its 63 lines at 17 em beside the box,
    measured 17 em, the measure of 关于国家基本制度: its other pieces (19 em) went to no article.

    >>> mk = lambda *ws: [Item(k, "文", "文", float(w), True, True) for k, w in enumerate(ws)]
    >>> draft_measure(mk(17, 17, 17, 17, 19, 19, 19, 19, 8)), draft_measure(mk(17, 17, 17, 17, 17, 19, 16, 8))
    (19.0, 17.0)
    """
    counts = Counter(round(it.width * 2) / 2 for it in items if it.role == "text")
    least = max(MEASURE_LINES, MEASURE_SHARE * sum(counts.values()))
    step = MEASURE_TOLERANCE
    shared = [w for w, n in counts.items() if n + counts.get(w - step, 0) + counts.get(w + step, 0) >= least]
    return max(shared) if shared else body_column(items)


def opens_after_box(bodies: list[Element], nxt: Element) -> bool:
    """Whether body ``nxt``, read after a box that follows ``bodies`` (a draft's) inside a sentence, is another
    article's column: set in another measure (:func:`draft_measure`, each over :data:`MEASURE_LINES` lines or more;
    the draft's unknown counts as another), it opens a paragraph (its first line falls
    :data:`~textclean.clean.typesetting.INDENTED_LINE` short of its measure), and the words do not carry on across
    the box (no particle that follows a word opens it, nor does it finish a word the draft broke off:
    :func:`~textclean.clean.lexicon.breaks_a_word`). A sentence broken by a box goes on under it in its column.

    Before (pdftotext, devpages gov-1995-01): ``…“三北”防护林二期工程提`` (a 14 em column) / box ``●观 点
    八是支持…`` / ``在１９９５年的经济工作中，要加强和改善宏观调`` (22 em, of a 24 em column) went on as one body:
    the next article's first column was joined to the previous article (on the devpages, each of pdftotext's 9
    joins across a box onto a paragraph's first line took two articles' text). After, it opens a draft.
    Still joined: ``…复辟资本主`` / box / ``义。在国内，…`` (资本主义: one word); a paragraph's first line in the
    draft's own measure (another layout sets a box inside a column: the sentence goes on past the paragraph
    read after the box, one article's text).

    >>> mk = lambda *ts: Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(ts)])
    >>> above = [mk(*["乙" * 14] * 4, "“三北”防护林二期工程提")]
    >>> opens_after_box(above, mk("在一九九五年的经济工作中要加", *["甲" * 16] * 4))
    True
    >>> opens_after_box(above, mk("高了林木覆盖率。在一九九五年的", *["甲" * 16] * 4))  # (a full first line)
    False
    >>> opens_after_box(above, mk("在一九九五年的经济", *["甲" * 14] * 4))  # (the draft's own measure)
    False
    >>> opens_after_box([mk(*["乙" * 14] * 4, "无产阶级专政，复辟资本主")], mk("义。在国内，他们要", *["甲" * 16] * 4))
    False
    """
    lines, above = nxt.items, [it for el in bodies for it in el.items]
    first, last = lines[0], above[-1]
    if len(lines) < MEASURE_LINES or first.role != "text" or last.role != "text":
        return False
    measure = draft_measure(lines)
    if width_with_wide_digits(first.text, first.width) > measure - INDENTED_LINE:
        return False  # (a full first line: the sentence may go on in it)
    if len(above) >= MEASURE_LINES and abs(draft_measure(above) - measure) <= MEASURE_TOLERANCE:
        return False  # (its own column: the paragraph is the article's, its sentence goes on further down)
    return not (continues_a_phrase(first) or breaks_a_word(last.text, first.text))


def resumes_elsewhere(
    body: list[Item], i: int, head_lines: int, gapped: bool | None = None, windows: BodyWindows | None = None
) -> bool:
    """Whether the sentence broken off inside a word at ``body[i - 1]``, over a blank line at ``body[i]``, resumes
    in another block of ``body``: a line after a blank line whose opening finishes the word
    (:func:`~textclean.clean.lexicon.breaks_a_word`), the block at ``i`` finishing none. The block at ``i`` then
    opens as after a sentence end (a head may stand there: :func:`~textclean.clean.innerheads.split_inner_heads`), however few of the
    run's blank lines mark blocks (:func:`blank_marks_block`). ``head_lines``: the most
    lines a head read into a sentence has; ``gapped``: :func:`~textclean.clean.opening.gapped_body` of ``body``,
    and ``windows``: the body's :class:`~textclean.clean.windows.BodyWindows`, when the caller has them (asked of
    each line of one body).

    Before (pdftotext, devpages gov-1981-01): ``…决不放松粮食生产，积极开`` / ∅ / ``把消费品工业的发展放到重要地位``
    / ``进一步调整重工业的服务方向`` / ``农村形势越来越好，农业向轻工业提`` / … / ∅ / ``展多种经营。…``: the two
    title lines stood inside the sentence, as wide as the column above, and the next article ran on in the
    last; after, they are its head. Not so: a block whose first line finishes the word itself (or reads as its
    half, :func:`~textclean.clean.junctions.junction`), a line set tight, a sentence that may resume within a head's
    lines under the blank (``…注定要失败的幻`` / ∅ / ``我们在第二个五年`` / ``计划的第二年`` / ∅ / ``想。…``: a head
    read into it, :func:`~textclean.clean.innerheads.head_before_resumption`), or in two blocks (a word's
    halves may meet by chance), or only in a headline-like line (``改善农`` / ``学思践悟``: a column label).

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> text = [mk("农村形势越来越好，农业向轻工业提"), *[mk("供的原料愈来愈多，城乡人民的。")] * 6]
    >>> body = [mk("决不放松粮食生产，积极开"), mk("把消费品工业的发展", True), *text, mk("展多种经营。", True)]
    >>> resumes_elsewhere(body, 1, 6), resumes_elsewhere([*body[:-1], mk("多种经营。", True)], 1, 6)
    (True, False)
    >>> resumes_elsewhere([*body[:4], mk("展多种经营。", True), *body[4:]], 1, 6)
    False
    """
    above, it = body[i - 1], body[i]
    if not it.gap_before:
        return False
    if gapped_body(body) if gapped is None else gapped:  # (blank lines after most lines mark no blocks: pdfminer's)
        return False
    if above.role != "text" or breaks_a_word(above.text, it.text) or junction(above, it) >= 0:
        return False  # (the words may go on into the block: the lexicon reads the pair as a word's halves)
    starts = (windows or BodyWindows(body)).block_starts()  # (blocks after a sentence end; ``windows``: body's, once)
    resumed = [k for k in starts if k != i and breaks_a_word(above.text, body[k].text)]
    if any(i < k <= i + head_lines for k in resumed):
        return False  # (it may resume there, under a head read into it: lifted out)
    running = [k for k in resumed if not is_headline_like(body[k])]  # (a label's first word may meet it by chance)
    return len(running) == 1  # (one block to resume in: a word's halves met twice tell nothing)


def blank_marks_block(body: list[Item], ends: list[int]) -> bool:
    """Whether a blank line in ``body`` marks a new block (a head set apart) rather than a paragraph break.

    It does where the paragraphs mostly go on, after a sentence end (the
    lines at ``ends``), with no blank line between them (fewer than
    :data:`BLOCK_GAP_SHARE`): pdftotext prints a blank line only where a
    block of text ends, so a short line after a sentence end and a blank line
    is a head in a block of its own (the next article's title), where the
    same line in running text with no blank is a subheading.

    Before/after: ``…任务。 / 面向新世纪的中国共产党 / 加强党的…`` with no blank lines but
    one before ``面向…``: that line stands apart (a head); with a blank line before every paragraph,
    the blank says nothing.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> body = [mk("甲。"), mk("乙" * 13), mk("丙。"), mk("丁" * 13), mk("戊。"), mk("面向新世纪的中国", True)]
    >>> blank_marks_block(body, [1, 3, 5]), blank_marks_block([mk("甲。"), mk("乙", True), mk("丙。"), mk("丁", True)], [1, 3])
    (True, False)
    """
    after_end = [body[k].gap_before for k in ends if body[k].role == "text"]
    return bool(after_end) and sum(after_end) < BLOCK_GAP_SHARE * len(after_end)


def short_block_in_sentence(body: list[Item], i: int) -> int:
    """How many lines from ``body[i]`` (``i`` >= 1), a block of at most :data:`SHORT_BLOCK_LINES` lines standing
    apart inside a sentence where blank lines mark blocks, are a head read into it (0: none): the block holds no clause mark,
    yet its last line falls short of the full line of the column above and of the one below (read over
    :data:`SHORT_BLOCK_WINDOW` lines) by more than a full line's slack, and the sentence resumes under it (its
    next line full, or ending a sentence; the block's words going on into none of it).

    Running text fills its lines until its paragraph ends, and a paragraph ends with a sentence: a block that breaks
    off short of the column with its sentence still open is no column's text. Asked where
    :func:`~textclean.clean.innerheads.head_before_resumption` finds no broken word (the sentence resumes at a word's
    start): in a narrow column a title is as wide as a paragraph's first line, and its shape against the first
    lines tells nothing. The head is lifted out (the sentence reads on across it). Before (pdftotext, devpages
    cpc-15-02, a 14 em column): ``…生产力的羁绊，`` / ∅ / ``加快推进国有企业改革`` / ∅ / ``出现了公有制实现形式多样化`` /
    …: the title stayed in the sentence and the article went untitled; after, a head. Not a head: a block as full
    as the column (the column's own line), one holding a comma (pdftotext's rows of two columns read interleaved,
    a second layout), one over a short line (a column label over a title set tight over its body: ``发展观察`` / ∅ /
    ``2024年政府工作任务``).

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, gap)
    >>> full = [mk("甲乙丙丁戊己庚辛壬癸子丑寅卯") for _ in range(4)]
    >>> body = [*full, mk("加快推进国有企业改革", True), mk("出现了公有制实现形式多样化")]
    >>> other = [*full, mk("甲乙丙丁戊己庚辛壬癸子丑寅卯", True), body[5]]
    >>> short_block_in_sentence(body, 4), short_block_in_sentence(other, 4)
    (1, 0)
    """
    column = column_of(body[max(0, i - SHORT_BLOCK_WINDOW) : i])
    for m in range(1, SHORT_BLOCK_LINES + 1):
        j = i + m - 1
        if j >= len(body) or body[j].role != "text" or CLAUSE_MARK_RE.search(body[j].text):
            return 0  # (a comma too: a clause of running text, a line of another column its rows interleaved)
        if breaks_a_word(body[i - 1].text, body[j].text) or continues_a_phrase(body[j]):
            return 0
        if body[j].gap_after:
            if j + 1 >= len(body) or goes_on(body[j], body[j + 1]):
                return 0  # (its words go on under it: the sentence's own line)
            below = column_of(body[j + 1 : j + 1 + SHORT_BLOCK_WINDOW])
            short = all(c[1] and wide_digit_width(body[j]) < c[1] - FULL_LINE_SLACK for c in (column, below))
            resumes = body[j + 1].ends or wide_digit_width(body[j + 1]) >= below[1] - FULL_LINE_SLACK
            return m if short and resumes else 0  # (the sentence resumes under it: a full line, or its last)
    return 0


def wide_digit_width(item: Item) -> float:
    """The width of ``item`` with its digits counted as wide (:func:`~textclean.clean.chardata.width_with_wide_digits`)."""
    return width_with_wide_digits(item.text, item.width)
