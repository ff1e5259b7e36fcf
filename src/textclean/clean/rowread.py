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
from functools import lru_cache
from operator import sub

from textclean.clean.junctions import LEXICON_CLASSES, junction, page_pairs, pair_classes, rough_ends, rough_row
from textclean.clean.roles import Item, run_on
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE

#: Most columns a row is read across: a broadsheet sets a body in at most six.
MAX_COLUMNS = 6
#: Rows a stretch spans at least: fewer are a head's lines, not columns.
MIN_ROWS = 3
#: The cost (log odds) of entering a stretch, and of leaving one: a stretch is read where its lines go on a row
#: later better than as read by more than both (about two rows' worth of pairs in two columns).
ENTER_COST = 8.0
LEAVE_COST = 1.0
#: A line that ends no sentence and falls short of the line in the row before (or after) it by more than this
#: (em: a paragraph's 2-em indent and a kinsoku em) is no column's line but a head's ...
SHORT_SLACK = 3.0
#: ... and costs this much (log odds) in a stretch: more than any pair's evidence, so a head line parts two stretches.
SHORT_COST = 10.0
#: How much better (log odds) the breaks of another order of a stretch's columns must read than the order read
#: (:func:`_in_column_order`): pdfminer reads most rows from the left, and one shape cue is no more than a guess.
ORDER_MARGIN = 1.5
#: The cost of a stretch's last column ending inside a sentence that does not go on after the stretch
#: (:func:`_closing`): as a break's shape cue (:func:`_break_fit`). Measured on 100 pages set in aligned columns
#: (body CER, pdftotext / pdfminer): .376 / .313 without, .361 / .314 with it (.370 / .311 at 2, the page's end
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
#: Rows read after a stretch whose lines may still go on in its columns (:func:`_ragged_end`).
RAGGED_ROWS = 2
#: Of the pairs of lines read one after the other, every :data:`GATE_STEP`-th is looked at first; where
#: :data:`GATE_PAIRS` of those that meet at two Han characters in a row hold no more than :data:`GATE_HITS`
#: common pairs (:func:`_common_pairs`: counted :data:`GATE_PAIR_COUNT` times or more), a stretch may start:
#: 55% of Han pairs where lines run on are common, 6% of random ones, so running text seldom has none in seven.
#: One such pair is allowed in the seven: 6% of random pairs are common, so a window across columns read row by
#: row holds one by chance in 30% of cases (none 65%, at most one 94%), and running text passes 4% of windows;
#: seven pairs at every third span 21-30 lines, about all a piece's two columns of 8-10 rows hold (a loose pitch,
#: each line its own box: ``…促进城乡`` / ``村流通网络…`` closed the only window). Line links gone wrong (pdfminer /
#: pdftotext), none / one: a commentary family 596 / 720 -> 540 / 663, LAY 564 / 552 -> 535 / 552, LAY2 980 /
#: 1285 -> 969 / 1273, LAY3 397 / 590 -> 393 / 590, devpages 251 / 210 -> 247 / 210 (a pull quote beside a body).
#: (Every pair looked at, or every second, reads a page of 666 one-line articles as columns.) ...
GATE_STEP = 3
GATE_PAIRS = 7
GATE_HITS = 1
GATE_PAIR_COUNT = 100
#: ... and there, the lines of the next rows (:data:`GATE_ROWS` of them) must run on a row later better than
#: as read, by this much a line (:func:`junction`, the dictionary alone; about 1.6 where they were so read).
#: The full reading (:func:`_runs`) is then tried on 2 of the 600 devpages and 2 of 400 pages of
#: ``textclean synth`` (finding no stretch on any), and on half of 100 pages set in aligned columns.
GATE_ROWS = 4
GATE_GAIN = 0.8


def read_columns(items: list[Item], gate_step: int = GATE_STEP) -> list[Item]:
    """``items`` with each stretch of columns read row by row put back column by column.

    Before (two columns read row by row): ``加快发展社会事业，改革完善收入分`` / ``省级政府教育统筹改革、高等院校综``
    / ``配制度，千方百计增加居民收入，促`` / ``合改革和考试招生制度改革。加快义`` / …; after: the first column's
    lines, then the second's (:func:`_runs`).
    """
    n = len(items)
    if n < max(MIN_ROWS * 2, MAX_COLUMNS + 1):
        return items
    if not _may_read_rows(items, gate_step):
        return items
    pairs = page_pairs(items)
    seq = [junction(a, b, pairs) for a, b in itertools.pairwise(items)]
    out: list[Item] = []
    done = 0
    runs = _runs(items, seq, pairs)
    for (start, k, end, drops), (limit, *_) in itertools.pairwise([*runs, (len(items), 0, 0, ())]):
        out.extend(items[done:start])
        cols, at = _columns(items, start, k, end, drops)
        done = _ragged_end(items, cols, end, at, seq, pairs, limit)
        after = items[done] if done < len(items) else None
        out.extend(_in_column_order([run_on(c) for c in cols], pairs, out[-1] if out else None, after))
    return out + items[done:]


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


def _ragged_end(
    items: list[Item], cols: list[list[Item]], end: int, at: int, seq: list[float], pairs: Counter[str], limit: int
) -> int:
    """Where a stretch read row by row ends, its last rows taken into its columns ``cols``: the lines from
    ``end`` (up to ``limit``) that go on from the column next in the row (``at``) or from the first (a row
    of fewer lines: the columns after it ended higher) better than from the line read before them
    (:func:`junction`; a full line cannot go on from a paragraph's last line: :func:`_after_paragraph`), for at
    most :data:`RAGGED_ROWS` rows; a line read after one so taken goes with it only where the words run on.
    Balanced columns end a line or two apart, so the longer ones' last lines are read after the rows of all of
    them."""
    j = end
    measure = statistics.median(it.width for col in cols for it in col)
    while j < min(limit, end + len(cols) * RAGGED_ROWS):
        c = max(dict.fromkeys((at, 0)), key=lambda c: junction(cols[c][-1], items[j], pairs))
        tail = cols[c][-1]
        if tail is items[j - 1]:  # (the line before went to that column: this one must run on from it)
            fits = junction(tail, items[j], pairs) > 0 and not _after_paragraph(tail, items[j], measure)
        else:
            read_on = seq[j - 1] - (SHORT_COST if _after_paragraph(items[j - 1], items[j], measure) else 0.0)
            fits = junction(tail, items[j], pairs) > read_on
        if not fits or _short_of(items[j], tail):
            break
        cols[c].append(items[j])
        at = (c + 1) % len(cols)
        j += 1
    return j


def _may_read_rows(items: list[Item], step: int = GATE_STEP) -> bool:
    """Whether the lines may hold a stretch read row by row: a quick look that passes over most pages (where
    the lines run on as read) with a few look-ups.

    Every ``step``-th pair of lines read one after the other is looked at (:data:`GATE_STEP`); where :data:`GATE_PAIRS`
    of those that meet at two letters (Han characters, near enough) in a row meet at no more than
    :data:`GATE_HITS` of the pairs jieba's dictionary words hold often (:func:`_common_pairs`), the lines of the
    next :data:`GATE_ROWS` rows from any of those pairs (:func:`_in_quiet_windows`) must run on a row later better
    than as read (:data:`GATE_GAIN`).
    """
    common = _common_pairs()
    pairs = [a.text[-1] + b.text[0] for a, b in zip(items[:-1:step], items[1::step], strict=False)]
    informative = [k for k, pair in enumerate(pairs) if pair.isalpha()]
    acc = list(itertools.accumulate(map(common.__contains__, map(pairs.__getitem__, informative)), initial=0))
    window = list(map(sub, acc[GATE_PAIRS:], acc))
    if min(window, default=GATE_HITS + 1) > GATE_HITS:
        return False
    starts = [at * step for at in _in_quiet_windows(informative, window)]
    span = GATE_ROWS * MAX_COLUMNS
    cuts = [k for k in range(1, len(starts)) if starts[k] - starts[k - 1] >= span]  # (windows apart: looked at apart)
    return any(_run_on_later(items, starts[a:b]) for a, b in itertools.pairwise([0, *cuts, len(starts)]))


def _run_on_later(items: list[Item], starts: list[int]) -> bool:
    """Whether, from one of the lines ``starts`` (in order, each within :data:`GATE_ROWS` rows of
    :data:`MAX_COLUMNS` lines of the one before), the lines of the next :data:`GATE_ROWS` rows of ``k`` columns run
    on from the line ``k`` before them better than from the line read before them (:data:`GATE_GAIN` a line, the
    dictionary alone: :func:`~textclean.clean.junctions.rough_row`). Each pair of lines is weighed once, the
    windows from neighbouring starts overlapping, and each window's gain summed exactly only near the bar.
    """
    span = GATE_ROWS * MAX_COLUMNS
    first, end = starts[0], min(len(items), starts[-1] + span)
    after_tails, heads = rough_ends(items[first:end])
    # after[k - 1][j - k]: line first + j read after line first + j - k (k from 1: a line is not read after itself)
    after = [rough_row(after_tails, heads[k:]) for k in range(1, MAX_COLUMNS + 1)]
    # gains[k][j - k]: what line first + j gains read a row of k later (each line's once, however many windows)
    gains = {k: list(map(sub, after[k - 1], after[0][k - 1 :])) for k in range(2, MAX_COLUMNS + 1)}
    sums = {k: list(itertools.accumulate(row, initial=0.0)) for k, row in gains.items()}
    for i in starts:
        near = min(end, i + span) - i
        for k in range(2, MAX_COLUMNS + 1):
            a, b = i - first, i - first + min(near, GATE_ROWS * k) - k  # (the rows' lines, less k)
            if b <= a or sums[k][b] - sums[k][a] < GATE_GAIN * (b - a) - _SUM_SLACK:
                continue  # (the running sums tell most windows; near the bar, the exact sum decides)
            if math.fsum(gains[k][a:b]) >= GATE_GAIN * (b - a):
                return True
    return False


#: A difference of running sums of a page's gains (each under 6 in size:
#: :data:`~textclean.clean.junctions.PAIR_LOG_ODDS`) is off the exact sum of the gains between by far less than this
#: (under 1e-7 over 10,000 lines): a window this far under the bar is under it.
_SUM_SLACK = 1e-6


def _in_quiet_windows(informative: list[int], window: list[int]) -> list[int]:
    """The pairs looked at (their index among every :data:`GATE_STEP`-th pair) that the windows of
    :data:`GATE_PAIRS` pairs meeting at two letters with no more than :data:`GATE_HITS` common ones span, each
    once, in order: ``informative``, the index of each pair meeting at two letters; ``window``, how many common
    pairs each window opening at one of those holds. A stretch may start anywhere in a window, not only where it
    does: a window opens where the lines read one after the other stop meeting at common pairs, often a head's
    lines (short, ending no words) read before the stretch.

    Before, only each window's first pair was looked at, and a window opening within :data:`GATE_PAIRS` pairs
    of one so looked at was passed over: two articles set side by side in different measures (19 em and 17 em)
    and read row by row from a page's ninth line, under a kicker, a byline and a head read first, were never
    looked at where the rows begin (the window opens at the page's first line); after, every pair of the
    windows is looked at, the rows found and read back column by column.

    >>> _in_quiet_windows([0, 1, 2, 4, 5, 6, 7, 8, 9], [2, 1, 0])
    [1, 2, 4, 5, 6, 7, 8, 9]
    """
    quiet = itertools.compress(itertools.count(), map(GATE_HITS.__ge__, window))
    return sorted({informative[w] for start in quiet for w in range(start, start + GATE_PAIRS)})


@lru_cache(maxsize=1)
def _common_pairs() -> frozenset[str]:
    """The Han pairs jieba's dictionary words hold at least :data:`GATE_PAIR_COUNT` times (one of the
    :data:`LEXICON_CLASSES` bounds): 55% of lines that run on meet at one, 6% of random pairs of lines."""
    return frozenset(pair for pair, cls in pair_classes().items() if LEXICON_CLASSES[cls] >= GATE_PAIR_COUNT)


def _runs(
    items: list[Item], seq: list[float], pairs: Counter[str]
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
    states = [(0, 0)] + [(k, r) for k in range(2, MAX_COLUMNS + 1) for r in range(0 if k > 2 else 1, k + 2)]
    index = {s: x for x, s in enumerate(states)}
    later = [index[k, k + 1] for k in range(2, MAX_COLUMNS + 1)]
    dropped = {k: index[k, k + 1] for k in range(2, MAX_COLUMNS + 1)}  # (a later row, by columns)
    score = [0.0] + [-math.inf] * (len(states) - 1)
    for k in range(2, min(n - 1, MAX_COLUMNS) + 1):  # the first line may open a stretch
        score[index[k, 1]] = -ENTER_COST - (SHORT_COST if _short_of(items[0], items[k]) else 0.0)
    back: list[list[int]] = []
    # the states a line fits alike (:func:`_fit`: a stretch's first row but its first line, state (k, 2) for all)
    alike = [(k, 2) if 1 < r <= k or (k and not r) else (k, r) for k, r in states]
    for j in range(1, n):
        new, ptr = [-math.inf] * len(states), [0] * len(states)
        fits: dict[tuple[int, int], float] = {}
        for x, (k, r) in enumerate(states):
            if k == 0:  # read on, or leave a stretch
                best, arg = max([(score[0], 0)] + [(score[y] - LEAVE_COST, y) for y in later])
            elif r == 1:
                best, arg = score[0] - ENTER_COST, 0
            elif r == 0:  # a column opens in a stretch of a column fewer
                best, arg = score[dropped[k - 1]] - RESUME_COST, dropped[k - 1]
            elif r <= k or score[x - 1] > score[x]:  # (of equal scores, the later state, as max of the pairs)
                best, arg = score[x - 1], x - 1
            else:
                best, arg = score[x], x
            if r == k + 1 and k < MAX_COLUMNS and score[dropped[k + 1]] - DROP_COST > best:  # a column ended
                best, arg = score[dropped[k + 1]] - DROP_COST, dropped[k + 1]
            if r == k + 1 and k > 2 and score[index[k, 0]] > best:  # (after a column opened)
                best, arg = score[index[k, 0]], index[k, 0]
            fit = fits.get(alike[x])
            if fit is None:
                fit = fits[alike[x]] = _fit(items, seq, pairs, j, k, r)
            new[x], ptr[x] = best + fit, arg
        score = new
        back.append(ptr)
    x = max([*later, 0], key=score.__getitem__)  # (a stretch ends after a later row)
    path = [x]
    for ptr in reversed(back):
        x = ptr[x]
        path.append(x)
    path.reverse()
    return _stretches([states[x] for x in path])


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
    it; another line of a stretch's first row, nothing (it opens a column). A line that ends no sentence and
    falls short of its column (:func:`_short_of`) is a head's, not a column's: it costs :data:`SHORT_COST` in a
    stretch."""
    if k == 0 or r == 1:
        emit = seq[j - 1]
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
        if 0 <= other < len(items) and _short_of(items[j], items[other]):
            emit -= SHORT_COST
    return emit


def _after_paragraph(upper: Item, lower: Item, measure: float) -> bool:
    """Whether ``lower``, a full line of a column of ``measure`` em, is read after ``upper``, a paragraph's last
    line (a sentence end, short of the column): in one column, a paragraph's first line (indented) or a head
    follows such a line, never a full one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _after_paragraph(mk("全过程保障食品药品安全。"), mk("的基本需求，我们要不断提高医疗卫"), 16.0)
    True
    >>> _after_paragraph(mk("全过程保障食品药品安全。"), mk("加强和创新社会治理。深化社会"), 16.0)
    False
    """
    return upper.ends and upper.width < measure - FULL_LINE_SLACK and lower.width >= measure - FULL_LINE_SLACK


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


def _short_of(line: Item, other: Item) -> bool:
    """Whether ``line`` ends no sentence and is narrower than ``other``, a line of the same column, by more than
    a paragraph's indent (:data:`SHORT_SLACK`): a head line, not a column's.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _short_of(mk("切实加强政府自身建设"), mk("我们要全面推进依法治国，加快建设法治")), _short_of(mk("中的积极作用。"), mk("我们要全面推进依法治国，加快建设法治"))
    (True, False)
    """
    return not line.ends and line.width < other.width - SHORT_SLACK


def _in_column_order(
    cols: list[list[Item]], pairs: Counter[str], before: Item | None = None, after: Item | None = None
) -> list[Item]:
    """The lines of a stretch's columns ``cols``, column by column, the columns in the order whose breaks read
    best (:func:`_break_fit`, the first column's with the line ``before`` the stretch, the last column's with the
    line ``after`` it: :func:`_closing`; the order read when none does better by :data:`ORDER_MARGIN`).

    Before (pdfminer read the row from the third column): ``实行政务公开…`` / ``状态。广大公务员…`` / ``挥宗教界人士…`` /
    ``我们要全面推进依法治国，加快建设法治`` (a paragraph's first line, 2 em short) …; after: the column that
    opens with that paragraph first.
    """
    k = len(cols)
    measure = statistics.median(it.width for col in cols for it in col)
    # each column's opening and each break's fit, worked out once (the k! orders share them)
    opening = [
        _opens_paragraph(c[0], measure) + (max(0.0, junction(before, c[0], pairs)) if before else 0.0) for c in cols
    ]
    fit = {(a, b): _break_fit(cols[a][-1], cols[b][0], measure, pairs) for a in range(k) for b in range(k) if a != b}
    closing = [_closing(c[-1], after, pairs) for c in cols]

    def score(order: tuple[int, ...]) -> float:
        return opening[order[0]] + sum(fit[pair] for pair in itertools.pairwise(order)) + closing[order[-1]]

    orders = list(itertools.permutations(range(k)))  # (the order read first: max keeps the first of equals)
    best = max(orders, key=score)
    if score(best) < score(orders[0]) + ORDER_MARGIN:
        best = orders[0]
    return [it for c in best for it in cols[c]]


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


def _break_fit(last: Item, first: Item, measure: float, pairs: Counter[str]) -> float:
    """How well a column ending with ``last`` reads on into one opening with ``first`` (log odds, roughly): the
    evidence that the words run on across the break (:func:`junction`; none against it: a column that seems to
    end inside a sentence may go on past the stretch, where a box set in it ended the stretch), and one for a
    paragraph's first line after a sentence end (one against it after a line that ends none).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _break_fit(mk("卫生水平，打造健康中国。"), mk("我们要全面推进依法治国，加快建设"), 18.0, Counter())
    1.0
    >>> _break_fit(mk("我们要全面推进依法治国，加快建设法治"), mk("我们要全面推进依法治国，加快建设"), 18.0, Counter())
    -1.0
    """
    opens = _opens_paragraph(first, measure)
    if last.ends:
        return 1.0 if opens else -1.0
    return max(0.0, junction(last, first, pairs)) - opens


def _opens_paragraph(line: Item, measure: float) -> float:
    """1 when ``line`` is shaped as a paragraph's first line in a column of ``measure`` em (short of it by about
    the indent: :data:`~textclean.clean.typesetting.INDENTED_LINE` to
    :data:`~textclean.clean.typesetting.INDENT` and an em), else 0."""
    return 1.0 if measure - INDENT - FULL_LINE_SLACK <= line.width <= measure - INDENTED_LINE else 0.0
