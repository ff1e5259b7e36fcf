"""Columns read row by row -> read column by column.

When the lines of side-by-side columns sit on the same baselines (one body set
in several justified columns, or two bodies of one type size side by side),
pdfminer and pdftotext may read them row by row: the first line of each column,
then the second line of each, and so on. Every line comes out right, but no
line goes on in the line after it. :func:`read_columns` finds such stretches
and puts their lines back column by column.

Whether a line goes on in another is read from the two Han characters across
the break (:func:`~textclean.clean.junctions.junction`).

Which lines form a stretch, and how many columns it has, is the most probable
reading of the whole page (:func:`_runs`): every line either goes on from the
line read before it, or opens one of a stretch's columns, or goes on from the
line a row of ``k`` lines before it, and entering and leaving a stretch costs.
"""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter

import numpy as np

from textclean.clean.columnbands import (
    AHEAD_RATIO,
    MIN_ROWS_AHEAD,
    STORY_OPENING,
    break_fit,
    one_line_boxes,
    opens_paragraph,
    pieces_ahead,
    stitch_bands,
    tight_among_boxes,
)
from textclean.clean.columnorders import left_to_right, order_scores, order_table
from textclean.clean.junctions import junction, junctions_apart, junctions_apart_each, page_pairs
from textclean.clean.roles import Item, run_on
from textclean.clean.rowedges import ragged_end, ragged_start, short_of
from textclean.clean.rowgate import GATE_STEP, MAX_COLUMNS, may_read_rows
from textclean.clean.rowheads import SHORT_SLACK, head_lines, one_head
from textclean.clean.rowshapes import NEAR, full_after_last_read
from textclean.clean.sections import opens_later_section
from textclean.clean.storyfirst import LEAD_LINES, story_first
from textclean.clean.typesetting import FULL_LINE_SLACK

#: Rows a stretch spans at least: fewer are a head's lines, not columns.
MIN_ROWS = 3
#: The cost (log odds) of entering a stretch, and of leaving one: a stretch is read where its lines go on a row
#: later better than as read by more than both (about two rows' worth of pairs in two columns).
ENTER_COST = 8.0
LEAVE_COST = 1.0
#: A line that ends no sentence and falls short of the line in the row before (or after) it by more than
#: :data:`~textclean.clean.rowheads.SHORT_SLACK` is no column's line but a head's, and costs this much (log odds)
#: in a stretch: more than any pair's evidence, so a head line parts two stretches (not a head's lines over each
#: other, one head block in one column: :func:`~textclean.clean.rowheads.one_head`).
SHORT_COST = 10.0
#: How much better (log odds) the breaks of another order of a stretch's columns must read than the order read
#: (:func:`_in_column_order`): pdfminer reads most rows from the left, and one shape cue is no more than a guess.
ORDER_MARGIN = 1.5
#: The cost of a stretch's last column ending inside a sentence that does not go on after the stretch
#: (:func:`_closing`): as a break's shape cue (:func:`~textclean.clean.columnbands.break_fit`). Measured on 100
#: pages set in aligned columns (body CER, pdftotext / pdfminer): .376 / .313 without, .361 / .314 with it (.370 / .311 at 2, the page's end
#: counted too).
CLOSING_COST = 1.0
#: The cost (log odds) of a stretch's column ending before the others (a later row of ``k`` columns, then rows
#: of ``k - 1``): less than leaving the stretch and entering another (:data:`ENTER_COST`, :data:`LEAVE_COST`),
#: whose first row would read as no column's line goes on; about a row's worth of pairs in two columns.
DROP_COST = 4.0
#: The cost of a column opening within a stretch (where a column's lines were read elsewhere for some rows, or
#: a line from elsewhere was read in a row): as :data:`DROP_COST`, the line itself scoring nothing.
RESUME_COST = 4.0
#: The cost (log odds) of a full line read a row after a paragraph's last line (:func:`_full_after_last_line`):
#: against a pair's evidence of about as much; measured on 100 pages set in aligned columns (line links that go
#: wrong after the reading, pdftotext / pdfminer): 1275 / 1206 without, 1245 / 1167 at 2, 1260 / 1173 at 4.
AFTER_PARAGRAPH_COST = 2.0
#: The cost (log odds) of a line set tight with its neighbour in a stretch whose lines stand between blank lines
#: (:func:`~textclean.clean.columnbands.tight_among_boxes`): as a head line's (:data:`SHORT_COST`). Body CER
#: (pdfminer) without / with it: news family .679 / .673, opinion .628 / .621, economy .521 / .506, devpages .147
#: unchanged (the three blind families .005-.015 lower too).
TIGHT_COST = 10.0
#: How much (log odds) a column opening a numbered section past the first counts against being read first
#: (:func:`~textclean.clean.sections.opens_later_section`: no story opens there). Body CER (pdfminer) news / opinion
#: family .598 / .576 without, .596 / .574 at 1.5 (.575 at 3; at 6 opinion titles, authors -.005); devpages same.
LATER_SECTION_COST = 1.5
#: The cost (log odds) of reading on into a full line right after a paragraph's last line
#: (:func:`~textclean.clean.rowshapes.full_after_last_read`): in one column a paragraph's first line (indented) or a head follows a
#: paragraph's last line, never a full one. Body CER (pdfminer) news / opinion / economy family .591 / .569 / .466
#: at 0, .602 / .561 / .462 at 1, .582 / .563 / .462 at 2; the blind families .592 / .489 / .594 -> .592 / .471 /
#: .576; devpages unchanged. Only lines set apart (pdfminer's): with pdftotext's tight blocks too, its blind families
#: .003-.005 higher and pdfminer's news family .585 (.574 set apart). Charged to a stretch's first line too
#: (it also goes on from the line before): worse (broken links 2148 against 2141 at 2).
READ_ON_LAST_COST = 2.0


def read_columns(items: list[Item], gate_step: int = GATE_STEP) -> list[Item]:
    """``items`` with each stretch of columns read row by row put back column by column.

    Before (two columns read row by row): ``加快发展社会事业，改革完善收入分`` / ``省级政府教育统筹改革、高等院校综``
    / ``配制度，千方百计增加居民收入，促`` / ``合改革和考试招生制度改革。加快义`` / …; after: the first column's
    lines, then the second's (:func:`_runs`). A stretch whose columns go on in the next one's, a few lines between
    them, is read as one (:func:`~textclean.clean.columnbands.stitch_bands`), the lines between after it.
    """
    n = len(items)
    if n < max(MIN_ROWS * 2, MAX_COLUMNS + 1):
        return items
    if not may_read_rows(items, gate_step):
        return items
    pairs = page_pairs(items)
    apart = junctions_apart_each(items, range(1, MAX_COLUMNS + 1), pairs)  # (each line's breaks, read once)
    seq = apart[0]
    read = {id(it): x for x, it in enumerate(items)}
    bands: list[tuple[int, int, list[list[Item]]]] = []
    runs = _runs(items, seq, pairs, apart)
    done, moved = 0, set[int]()  # (the lines read before a stretch taken into its columns: ragged_start)
    for (start, k, end, drops), (limit, *_) in itertools.pairwise([*runs, (len(items), 0, 0, ())]):
        cols, at = _columns(items, start, k, end, drops)
        moved |= ragged_start(items, cols, start, done, pairs)
        done = ragged_end(items, cols, end, at, seq, pairs, limit)
        bands.append((start, done, cols))
    out: list[Item] = []
    done = 0
    for start, end, cols, held in stitch_bands(items, bands, read, pairs):
        out.extend(it for it in items[done:start] if id(it) not in moved)
        later = [it for piece in held for it in piece[:1]]
        after = later[0] if later else (items[end] if end < len(items) else None)
        boxes = one_line_boxes(cols)  # (before run_on sets the columns' lines tight)
        ahead = pieces_ahead(cols, read)
        lead = out[-LEAD_LINES:]
        out.extend(
            _in_column_order([run_on(c) for c in cols], pairs, out[-1] if out else None, after, ahead, boxes, lead)
        )
        for piece in held:  # (lines read between the stitched stretches, then the later stretch's other columns)
            out.extend(it for it in piece if id(it) not in moved)
        done = end
    return out + items[done:]


def stretch_spans(items: list[Item]) -> list[tuple[int, int, int]]:
    """The stretches :func:`read_columns` reads column by column, as ``(start, columns, end)`` indices of ``items``
    (before their ragged ends are taken in); none where the quick look lets the page pass. For diagnostics
    (``tools/orderscore.py --causes``): the reading itself goes through :func:`read_columns`.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> stretch_spans([mk(t) for t in ("甲", "乙", "丙")])
    []
    """
    if len(items) < max(MIN_ROWS * 2, MAX_COLUMNS + 1) or not may_read_rows(items, GATE_STEP):
        return []
    pairs = page_pairs(items)
    return [(start, k, end) for start, k, end, _ in _runs(items, junctions_apart(items, 1, pairs), pairs)]


def _columns(
    items: list[Item], start: int, k: int, end: int, turns: tuple[tuple[int, int], ...]
) -> tuple[list[list[Item]], int]:
    """The columns of a stretch of ``k`` columns read row by row from ``start`` to ``end``, where a column ended
    (``(line, -1)`` in ``turns``: :data:`DROP_COST`) or one opened (``(line, 1)``: :data:`RESUME_COST`; it goes on
    from the last column that ended, if any) before a line: a row holds one line fewer or more from there on, and
    each line goes on from the line a row before it; with the column next in the row after the stretch.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> cols, at = _columns([mk(t) for t in "a1 b1 c1 a2 b2 c2 a3 b3 a4 b4 c5 a5 b5".split()], 0, 3, 13, ((8, -1), (10, 1)))
    >>> [[it.text for it in col] for col in cols], at
    ([['a1', 'a2', 'a3', 'a4', 'a5'], ['b1', 'b2', 'b3', 'b4', 'b5'], ['c1', 'c2', 'c5']], 2)
    """
    column: dict[int, int] = {}
    cols: list[list[Item]] = [[] for _ in range(k)]
    ended: list[int] = []
    turn = dict(turns)
    stride = k
    for j in range(start, end):
        stride += turn.get(j, 0)
        if j < start + k:
            c = j - start
        elif turn.get(j) == 1:
            c = ended.pop() if ended else len(cols)
            cols.extend([] for _ in range(c + 1 - len(cols)))
        else:
            c = column[j - stride]
            if turn.get(j) == -1:
                ended.append(column[j - stride - 1])
        column[j] = c
        cols[c].append(items[j])
    return cols, column.get(end - stride, 0)


def _runs(
    items: list[Item], seq: list[float], pairs: Counter[str], apart: list[list[float]] | None = None
) -> list[tuple[int, int, int, tuple[tuple[int, int], ...]]]:
    """The stretches read row by row, as :func:`_stretches`: the most probable reading (Viterbi) where
    each line goes on from the line read before it (state ``(0, 0)``), or opens column ``r`` of a stretch of ``k``
    columns (state ``(k, r)``, the stretch's first row), or goes on from the line ``k`` before it (state
    ``(k, k + 1)``, a later row; from a later row of ``k + 1`` columns too, where a column ended before the others:
    :data:`DROP_COST`), or opens a column in a stretch of a column fewer (state ``(k, 0)``: :data:`RESUME_COST`;
    a column's lines read elsewhere for some rows, or a line from elsewhere read in a row). Each line after the
    first scores :func:`_fit` in its state (the first may open a stretch, at its entering cost). Measured on 100
    pages set in aligned columns (line links that go wrong after the reading, pdftotext / pdfminer): 1549 / 1632
    with neither, 1412 / 1459 with columns ending, 1324 / 1352 with both; on the devpages, none changes."""
    n = len(items)
    index = {s: x for x, s in enumerate(_STATES)}
    score = [0.0] + [-math.inf] * (len(_STATES) - 1)
    heads = head_lines(items)
    for k in range(2, min(n - 1, MAX_COLUMNS) + 1):  # the first line may open a stretch
        short = short_of(items[0], items[k]) and not one_head(items, heads, [junction(items[0], items[k], pairs)], k)[0]
        score[index[k, 1]] = -ENTER_COST - (SHORT_COST if short else 0.0)
    back: list[list[int]] = []
    fits = _page_fits(items, seq, pairs, apart)
    # (each line's fits in one flat tuple: in (0, 0), then each k's three, as _step reads them)
    by_line = zip(fits[0][0], *itertools.chain.from_iterable(fits[2:]), strict=True)
    next(by_line)
    for line in by_line:
        score, ptr = _step(score, line)
        back.append(ptr)
    later = [index[k, k + 1] for k in range(2, MAX_COLUMNS + 1)]
    x = max([*later, 0], key=score.__getitem__)  # (a stretch ends after a later row)
    path = [x]
    for ptr in reversed(back):
        x = ptr[x]
        path.append(x)
    path.reverse()
    return _stretches([_STATES[x] for x in path])


#: The states of :func:`_runs`: ``(0, 0)``, then each ``k``'s in order of ``r`` (``(k, 0)`` for ``k > 2`` only).
_STATES = [(0, 0)] + [(k, r) for k in range(2, MAX_COLUMNS + 1) for r in range(0 if k > 2 else 1, k + 2)]
#: For each ``k`` (from 2), where in :data:`_STATES` its ``(k, 1)`` is (``(k, r)`` at ``r - 1`` after it,
#: ``(k, 0)`` just before), its ``(k, k + 1)``, and the ``(k + 1, k + 2)`` of a column more (0: none).
_BLOCKS = [
    (k, _STATES.index((k, 1)), _STATES.index((k, k + 1)), _STATES.index((k + 1, k + 2)) if k < MAX_COLUMNS else 0)
    for k in range(2, MAX_COLUMNS + 1)
]
#: Where each state comes from in a stretch's first row (the state before it), ``(0, 0)`` elsewhere till known.
_FROM = [x - 1 if 1 < r <= k else 0 for x, (k, r) in enumerate(_STATES)]
#: The ``(k, k + 1)`` states (a later row), from which a stretch is left.
_LATER = tuple(x for _, _, x, _ in _BLOCKS)
#: :data:`_BLOCKS` with where each ``k``'s three fits stand in a line's flat tuple of fits (:func:`_step`).
_BLOCK_FITS = tuple((k, opens, x, wider, 3 * k - 5) for k, opens, x, wider in _BLOCKS)


def _step(score: list[float], fits: tuple[float, ...]) -> tuple[list[float], list[int]]:
    """One line of :func:`_runs`: each state's best score with the line, from the states' ``score`` with the line
    before it, and the state it comes from (of equal scores, the later state). ``fits``: the line's :func:`_fit`
    in ``(0, 0)``, then in each ``k``'s three kinds of state, as :func:`_page_fits` (one flat tuple)."""
    new, ptr = [0.0] * len(score), _FROM.copy()
    best, arg = score[0], 0  # read on, or leave a stretch after a later row
    for x in _LATER:
        if score[x] - LEAVE_COST >= best:
            best, arg = score[x] - LEAVE_COST, x
    new[0], ptr[0] = best + fits[0], arg
    entered = score[0] - ENTER_COST
    for k, opens, x, wider, f in _BLOCK_FITS:
        fit_mid = fits[f + 1]
        if k > 2:  # a column opens in a stretch of a column fewer, after a later row of it
            new[opens - 1], ptr[opens - 1] = score[opens - 2] - RESUME_COST + fit_mid, opens - 2
        new[opens] = entered + fits[f]
        new[opens + 1 : x] = map(fit_mid.__add__, score[opens : x - 1])  # (the first row's other columns)
        best, arg = (score[x - 1], x - 1) if score[x - 1] > score[x] else (score[x], x)
        if wider and score[wider] - DROP_COST > best:  # a column ended: from a later row of k + 1 columns
            best, arg = score[wider] - DROP_COST, wider
        if k > 2 and score[opens - 1] > best:  # (after a column opened)
            best, arg = score[opens - 1], opens - 1
        new[x], ptr[x] = best + fits[f + 2], arg
    return new, ptr


def _page_fits(
    items: list[Item], seq: list[float], pairs: Counter[str], apart: list[list[float]] | None = None
) -> list[list[list[float]]]:
    """Each line's :func:`_fit` in the states of :func:`_runs`, by ``k``, as three lists by line: in ``(k, 1)``, in
    the first row's other states (``(k, 0)`` and ``(k, 2)`` to ``(k, k)``) and in ``(k, k + 1)``; at 0 and 1, in
    ``(0, 0)``. A ``k`` at a time over the page (:func:`~textclean.clean.junctions.junctions_apart`; the tests of
    :func:`~textclean.clean.rowedges.short_of` and the cheap one of :func:`_full_after_last_line` spelt out on the lines' widths)."""
    read_on, ends, widths = [0.0, *seq], [it.ends for it in items], [it.width for it in items]  # (by line)
    heads = head_lines(items)
    after_last = full_after_last_read(items)
    read_on_0 = [x - READ_ON_LAST_COST if a else x for x, a in zip(read_on, after_last, strict=True)]  # (in (0, 0))
    out = [[read_on_0] * 3] * 2
    for k in range(2, MAX_COLUMNS + 1):
        odds = apart[k - 1] if apart is not None else junctions_apart(items, k, pairs)
        one = one_head(items, heads, odds, k)  # (each line and the line a row of k after it: one head's)
        short = [
            not e and w < w_on - SHORT_SLACK and not o
            for e, w, w_on, o in zip(ends, widths, widths[k:], one, strict=False)
        ]
        short += [False] * k  # (the last lines: no line a row after them)
        rows = zip(odds, ends, widths, one, ends[k:], widths[k:], strict=False)
        later = [-math.inf] * k + [
            odds
            - (AFTER_PARAGRAPH_COST if e_up and w_up < w - SHORT_SLACK and _full_after_last_line(items, j, k) else 0.0)
            - (SHORT_COST if not e and w < w_up - SHORT_SLACK and not o else 0.0)
            for j, (odds, e_up, w_up, o, e, w) in enumerate(rows, k)
        ]
        tight = tight_among_boxes(items, k)
        opens = [x - SHORT_COST if s else x for x, s in zip(read_on, short, strict=True)]
        mid = [-SHORT_COST if s else 0.0 for s in short]
        out.append([[x - TIGHT_COST if t else x for x, t in zip(xs, tight, strict=True)] for xs in (opens, mid, later)])
    return out


def _stretches(path: list[tuple[int, int]]) -> list[tuple[int, int, int, tuple[tuple[int, int], ...]]]:
    """The stretches of :func:`_runs`'s most probable ``path`` (each line's state), as ``(start, columns, end,
    turns)``: ``turns`` the lines before which a column ended (``(line, -1)``) or opened (``(line, 1)``).

    >>> _stretches([(0, 0), (2, 1), (2, 2), *[(2, 3)] * 4, (0, 0)])
    [(1, 2, 7, ())]
    """
    n = len(path)
    runs: list[tuple[int, int, int, tuple[tuple[int, int], ...]]] = []
    turns: list[tuple[int, int]] = []
    for j in range(n + 1):
        k, r = path[j] if j < n else (0, 0)
        if (k == 0 or r == 1) and runs and runs[-1][2] < 0:  # the open stretch ends before line j
            start, kk, _, _ = runs.pop()
            if j - start >= kk * MIN_ROWS:
                runs.append((start, kk, j, tuple(turns)))
        if r == 1:
            runs.append((j, k, -1, ()))
            turns = []
        elif r == k + 1 and path[j - 1] == (k + 1, k + 2):
            turns.append((j, -1))
        elif k and not r:
            turns.append((j, 1))
    return runs


def _fit(items: list[Item], seq: list[float], pairs: Counter[str], j: int, k: int, r: int) -> float:
    """How well line ``j`` fits state ``(k, r)`` of :func:`_runs` (log odds): read on, it scores its
    :func:`junction` with the line before it, as the first line of a stretch too (the columns are put in the
    order read, the first one after the lines before); in a later row, its junction with the line ``k`` before
    it; another line of a stretch's first row, nothing (it opens a column); read on, a full line after a paragraph's
    last line costs :data:`READ_ON_LAST_COST`. A line that ends no sentence and
    falls short of its column (:func:`~textclean.clean.rowedges.short_of`) is a head's, not a column's: it costs :data:`SHORT_COST` in a
    stretch; so does one of a box of several lines among one-line boxes (:data:`TIGHT_COST`)."""
    if k == 0 or r == 1:
        emit = seq[j - 1]
        if k == 0 and full_after_last_read(items[max(0, j - NEAR) : j + NEAR + 1])[min(j, NEAR)]:
            emit -= READ_ON_LAST_COST
    elif r <= k:
        emit = 0.0
    elif j < k:
        return -math.inf  # (a later row before a whole first one: no such reading)
    else:
        emit = junction(items[j - k], items[j], pairs)
        if _full_after_last_line(items, j, k):
            emit -= AFTER_PARAGRAPH_COST
    if k:
        other = j - k if r > k else j + k
        up = min(j, other)
        if 0 <= other < len(items) and short_of(items[j], items[other]):
            one = one_head(items[up:], head_lines(items)[up:], [junction(items[up], items[up + k], pairs)], k)[0]
            emit -= 0.0 if one else SHORT_COST
        if tight_among_boxes(items, k)[j]:
            emit -= TIGHT_COST
    return emit


def _full_after_last_line(items: list[Item], j: int, k: int) -> bool:
    """Whether line ``j``, read a row of ``k`` lines after a line that ends a sentence short of it by more than
    :data:`SHORT_SLACK` (a paragraph's last line), is a full line of the rows around it: in one column, a
    paragraph's first line (indented) or a head follows a paragraph's last line, never a full one; so where a
    column ends a paragraph a row or two before the others, the line read in its place goes on from the line a
    row of ``k - 1`` before it (:data:`AFTER_PARAGRAPH_COST`).

    Before (LAY pdftotext lay-089, three columns; the third ends ``3.5%。由此可知，那种说法是完全不符合事实的。``
    two rows before the others): the next rows' ``魂工程师，…根据自愿的`` / ``的教育事业…而不可能`` /
    ``原则，继续进行自我教育…`` were read as a row of three, ``原则，`` under the third column's last line; after:
    rows of two, ``原则，`` under ``根据自愿的``.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> row = [mk("那种说法是完全不符合事实的。"), mk("魂工程师，他们应该在过去思想改造的基础上"), mk("的教育事业只能在生产发展的基础上逐步地")]
    >>> _full_after_last_line([*row, mk("原则，继续进行自我教育和自我改造。过去")], 3, 3)
    True
    >>> _full_after_last_line([*row, mk("我还简单地谈谈派遣出国留学生的")], 3, 3)
    False
    """
    upper, line = items[j - k], items[j]
    if not upper.ends or upper.width >= line.width - SHORT_SLACK:
        return False  # (most lines: the row's widths are not needed)
    return line.width >= max(it.width for it in items[j - k : j + k + 1]) - FULL_LINE_SLACK


def _in_column_order(
    cols: list[list[Item]],
    pairs: Counter[str],
    before: Item | None = None,
    after: Item | None = None,
    ahead: Counter[tuple[int, int]] | None = None,
    boxes: bool = False,
    lead: list[Item] | None = None,
) -> list[Item]:
    """The lines of a stretch's columns ``cols``, column by column, the columns in the order whose breaks read
    best (:func:`~textclean.clean.columnbands.break_fit`, the first column's with the line ``before`` the stretch,
    the last column's with the line ``after`` it: :func:`_closing`; the order read when none does better by
    :data:`ORDER_MARGIN`), among the orders that keep the columns' order across the page where the lines pdftotext
    printed for rows of them tell it (``ahead``: :func:`~textclean.clean.columnbands.pieces_ahead`, :func:`_right_of`).
    Where the columns' lines were each a box of its own (``boxes``: pdfminer's, which may read a story's rows from
    any of its columns, :func:`~textclean.clean.columnbands.one_line_boxes`), the column opening the one story they
    read counts to go first (:data:`~textclean.clean.columnbands.STORY_OPENING`,
    :func:`~textclean.clean.storyfirst.story_first`, the lines read before the stretch ``lead``), and of equals the
    order read begun at a later column goes before other orders (:func:`~textclean.clean.columnbands.rotations_first`).

    Before (pdfminer read the row from the third column): ``实行政务公开…`` / ``状态。广大公务员…`` / ``挥宗教界人士…`` /
    ``我们要全面推进依法治国，加快建设法治`` (a paragraph's first line, 2 em short) …; after: the column that
    opens with that paragraph first.
    """
    k = len(cols)
    measure = statistics.median(it.width for col in cols for it in col)
    # each column's opening and each break's fit, worked out once (the k! orders share them)
    first = story_first(cols, lead or [], after, measure, pairs) if boxes else None
    opening = [
        opens_paragraph(c[0], measure)
        + (STORY_OPENING if x == first else 0.0)
        - (LATER_SECTION_COST if opens_later_section(c[0].text) else 0.0)
        + (max(0.0, junction(before, c[0], pairs)) if before else 0.0)
        for x, c in enumerate(cols)
    ]
    fit = [[break_fit(cols[a][-1], cols[b][0], measure, pairs) if a != b else 0.0 for b in range(k)] for a in range(k)]
    closing = [_closing(c[-1], after, pairs) for c in cols]
    # (the order read first, then, of pdfminer's boxes, its rotations: argmax keeps the first of equals)
    orders, places = order_table(k, boxes)
    if ahead:  # (pieces of lines pdftotext printed for a row: the columns' order across the page, left to right)
        right = [(a, b) for a, b in itertools.permutations(range(k), 2) if _right_of(a, b, ahead)]
        orders = left_to_right(orders, places, right)
    scores = order_scores(orders, np.array(opening), np.array(fit), np.array(closing))
    best = int(scores.argmax())
    if scores[best] < scores[0] + ORDER_MARGIN:
        best = 0
    return [it for c in orders[best].tolist() for it in cols[c]]


def _right_of(a: int, b: int, ahead: Counter[tuple[int, int]]) -> bool:
    """Whether column ``a`` of a stretch stands right of column ``b`` across the page: at least
    :data:`~textclean.clean.columnbands.MIN_ROWS_AHEAD` printed lines hold a piece of ``b`` before one of ``a``, and
    :data:`~textclean.clean.columnbands.AHEAD_RATIO` times as many as hold them the other way
    (:func:`~textclean.clean.columnbands.pieces_ahead`; columns that mix two printed ones tell both orders)."""
    return ahead[b, a] >= MIN_ROWS_AHEAD and ahead[b, a] >= AHEAD_RATIO * ahead[a, b]


def _closing(last: Item, after: Item | None, pairs: Counter[str]) -> float:
    """How well a column ending with ``last`` closes a stretch that the line ``after`` follows: it costs
    :data:`CLOSING_COST` where ``last`` ends no sentence and the words do not run on into ``after`` (a
    sentence left open before a head); nothing at the page's end (the text may go on on another page).

    Before (LAY pdftotext lay-089, three columns under a head ``纵深``): the third column, which opens a
    paragraph, was put first and the second, ending ``…而不可能``, last; after: the order read.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _closing(mk("的教育事业只能在生产发展的基础上逐步地发展，而不可能"), mk("纵深"), Counter())
    -1.0
    >>> _closing(mk("那种说法是完全不符合事实的。"), mk("纵深"), Counter()), _closing(mk("而不可能"), None, Counter())
    (0.0, 0.0)
    """
    return -CLOSING_COST if after is not None and not last.ends and junction(last, after, pairs) <= 0 else 0.0
