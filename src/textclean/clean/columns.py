"""Each body line's local column: the measure of the lines around it, where a body may run from one column into
another (:mod:`~textclean.clean.blocks` asks).

A column is the median (or another quantile) of the fuller lines in a window of
lines around each line (:func:`local_columns`); where the measure changes, a line
takes the column on its side of the change (:func:`split_columns`).
"""

from __future__ import annotations

import functools
import itertools

import numpy as np

from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, WINDOW, WINDOW_FULL_SHARE

#: The column of a dense piece is this quantile of its fuller lines: kinsoku leaves some full lines
#: one em short and none wider, so the median of a window full of such lines is low by an em.
DENSE_COLUMN_QUANTILE = 0.75
#: Columns before and after a line this much (em) apart are two columns: more than an indent and a
#: kinsoku em tell apart the lines of one column.
COLUMN_CHANGE = INDENT + FULL_LINE_SLACK
#: ... when the narrower one holds this many full lines: fewer may be paragraphs' short last lines.
COLUMN_LINES = 3


def local_columns(items: list[Item], quantile: float = 0.5, before: int = WINDOW, after: int = WINDOW) -> list[float]:
    """For each line, the column width around it: the median (or another ``quantile``) of the
    fuller text lines nearby (``before`` and ``after`` it).

    Only running-text lines measure the column: an attribution line
    (``——…``) is set to its own width, often wider than a narrow column,
    and would pass for the column's width. A line that is not running text
    gets the column of the text lines around it.

    >>> [round(c) for c in local_columns([Item(i, "", "", w, True, True) for i, w in enumerate([18, 18, 12, 19, 18])])]
    [18, 18, 18, 18, 18]
    >>> mk = lambda w, role="text": Item(0, "", "", w, True, True, role)
    >>> [round(c) for c in local_columns([mk(14), mk(15), mk(24, "attribution"), mk(14), mk(10)])]
    [14, 14, 14, 14, 14]
    >>> [round(c) for c in local_columns([mk(w) for w in [16, 15, 16, 15, 16, 15]], DENSE_COLUMN_QUANTILE)]
    [16, 16, 16, 16, 16, 16]
    """
    return _columns(items, (quantile,), before, after)[0].tolist()


def _columns(items: list[Item], quantiles: tuple[float, ...], before: int, after: int) -> list[np.ndarray]:
    """:func:`local_columns` for several quantiles at once (one pass over the lines)."""
    widths, index = _text_widths(items)
    rows = np.array([-np.inf] * before + widths + [-np.inf] * after, dtype=float)
    per_width = _sliding_columns(rows, before + after + 1, quantiles)
    return per_width if index is None else [cols[index] for cols in per_width]


def _one_sided_columns(items: list[Item], quantiles: tuple[float, ...]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """``(back, ahead)``: :func:`local_columns` over the ``WINDOW`` lines up to each line, and over those from it
    on, for several quantiles. One pass: the lines from a line on are the lines up to the one ``WINDOW`` below it.
    """
    widths, index = _text_widths(items)
    rows = np.array([-np.inf] * WINDOW + widths + [-np.inf] * WINDOW, dtype=float)
    per_window = _sliding_columns(rows, WINDOW + 1, quantiles)  # a window ending at each line, and WINDOW more
    back = [cols[: len(widths)] for cols in per_window]
    ahead = [cols[WINDOW:] for cols in per_window]
    if index is None:
        return back, ahead
    return [cols[index] for cols in back], [cols[index] for cols in ahead]


def _text_widths(items: list[Item]) -> tuple[list[float], np.ndarray | None]:
    """The widths the columns are measured on: of the text lines among ``items`` and, for each line, the
    index of the text line at or after it (the last one past the end); of all lines (and None) when all or
    none are text."""
    text = [i for i, it in enumerate(items) if it.role == "text"]
    if not text or len(text) == len(items):
        return [it.width for it in items], None
    return [items[i].width for i in text], np.minimum(np.searchsorted(text, np.arange(len(items))), len(text) - 1)


def _sliding_columns(rows: np.ndarray, span: int, quantiles: tuple[float, ...]) -> list[np.ndarray]:
    """For each quantile, for each window of ``span`` consecutive widths of ``rows``, that quantile (0.5: the
    median) of its fuller widths (``rows`` padded with ``-inf`` where a window runs past either end: padding is
    never among the fuller widths).

    All windows at once: row ``k`` holds the widths of window ``k``, sorted, its fuller widths read in
    place from the first one, ``lo``.
    """
    n = len(rows) - span + 1
    index, starts = _first_windows(span) if n <= CACHED_WINDOWS else _window_index(span, n)
    win = rows[index[:n]]
    win.sort(axis=1)
    lo = (win >= (WINDOW_FULL_SHARE * win[:, -1])[:, None]).argmax(axis=1)  # the first fuller width
    size = span - lo  # how many fuller widths
    flat, start = win.ravel(), starts[:n] + lo
    out = []
    for quantile in quantiles:
        if quantile == 0.5:
            mid = start + (size >> 1)
            upper = flat[mid]
            out.append(np.where(size & 1, upper, (flat[mid - 1] + upper) / 2))
        else:
            out.append(flat[np.minimum(start - lo + span - 1, start + (quantile * size).astype(np.intp))])
    return out


#: Bodies of up to this many lines (nearly all) take their windows' indices from a table made once per window size.
CACHED_WINDOWS = 4096


def _window_index(span: int, n: int) -> tuple[np.ndarray, np.ndarray]:
    """For ``n`` windows of ``span`` values: the indices of each (row ``k``: ``k`` to ``k + span - 1``) and where
    each starts among the values of all, one row after another.

    >>> index, starts = _window_index(3, 2)
    >>> index.tolist(), starts.tolist()
    ([[0, 1, 2], [1, 2, 3]], [0, 3])
    """
    first = np.arange(n)
    return first[:, None] + np.arange(span), first * span


@functools.lru_cache(maxsize=8)
def _first_windows(span: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_window_index` of the first :data:`CACHED_WINDOWS` windows of ``span`` values, made once (read-only)."""
    index, starts = _window_index(span, CACHED_WINDOWS)
    index.flags.writeable = starts.flags.writeable = False
    return index, starts


def split_columns(items: list[Item], quantile: float = 0.5) -> list[float]:
    """For each line, the column it is set in, where a body runs on from one column into a wider or
    narrower one (a window across the change would measure a narrow column's lines against the wide
    one): when the fuller lines up to a line and those from it on give columns
    :data:`COLUMN_CHANGE` apart (:data:`COLUMN_LINES`), the narrower of the two unless the line is
    wider than that; elsewhere :func:`local_columns`. ``quantile`` as there.

    >>> mk = lambda w: Item(0, "", "", w, False, False)
    >>> [round(c) for c in split_columns([mk(w) for w in [14, 14, 14, 14, 10, 18, 20, 20, 20]], 0.75)]
    [14, 14, 14, 14, 14, 20, 20, 20, 20]
    """
    return columns_at(items, (quantile,))[0][0]


def columns_at(items: list[Item], quantiles: tuple[float, ...]) -> tuple[list[list[float]], list[list[float]]]:
    """:func:`split_columns` for several quantiles, and :func:`local_columns` for the same ones."""
    both = _columns(items, quantiles, WINDOW, WINDOW)
    lists = [cols.tolist() for cols in both]
    if len(items) > 2 * WINDOW + 1 and all(max(cols) - min(cols) < COLUMN_CHANGE for cols in lists):
        return lists, lists  # one column all along (the usual case): no need for one-sided windows
    back, ahead = _one_sided_columns(items, quantiles)
    widths = np.array([it.width for it in items], dtype=float)
    text_widths = np.array([it.width if it.role == "text" else np.nan for it in items], dtype=float)
    out: list[list[float]] = []
    for q_both, q_back, q_ahead in zip(both, back, ahead, strict=True):
        narrow, wide = np.minimum(q_back, q_ahead), np.maximum(q_back, q_ahead)
        change = wide - narrow >= COLUMN_CHANGE
        change[change] = _full_lines(text_widths, np.flatnonzero(change), narrow[change]) >= COLUMN_LINES
        out.append(np.where(change, np.where(widths <= narrow + FULL_LINE_SLACK, narrow, wide), q_both).tolist())
    return out, lists


def _full_lines(text_widths: np.ndarray, ks: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """For each line ``k`` of ``ks``, how many text lines within ``WINDOW`` of it fill a column ``cols[k]``
    wide (``text_widths``: each line's width, NaN for a line that is not text)."""
    pad = np.full(WINDOW, np.nan)
    near = np.concatenate((pad, text_widths, pad))[ks[:, None] + np.arange(2 * WINDOW + 1)]
    col = cols[:, None]
    return np.count_nonzero((col - FULL_LINE_SLACK <= near) & (near <= col), axis=1)


#: A body's measure is read off its running lines where at least this many in a window tell it (two agreeing lines:
#: in a column of short paragraphs few lines run on from a running line); one alone may be a line held short (a run
#: of digits pushed to the next line), set beside a box, or one whose digits or squeezed marks measure wide.
RUNNING_LINES = 2
#: ... and only where they are at least this much (em) wider than the column read off its fuller lines: a column read
#: off first lines is low by an indent, while less is the spread kinsoku and squeezed marks leave in full lines (and a
#: ragged column's), which that column's quantile already allows for.
RUNNING_RAISE = FULL_LINE_SLACK
#: ... and only where they agree: justified running lines are full, one width, so the middle half of a window's
#: (and of the body's) lie within this much (em), digits and squeezed marks rounding; a ragged body's stop anywhere,
#: an em apart or more (review CU: OCR'd or ragged text set tight got false breaks), and lines of two columns of
#: different measures read as one body part into two widths (a narrower part's full lines looked short).
RUNNING_AGREE = 0.5


def running_measures(items: list[Item], ends: list[bool], cols: list[float]) -> list[float]:
    """``cols`` (each line's column in a dense piece), raised where the piece's running lines are set wider.

    A running line (text that ends no sentence, under a text line that ends none and fills its column but for less
    than an indent) is full in justified type: no paragraph opens or closes at it. A column read off all fuller lines
    is instead low by an indent where paragraphs are short: half the fuller lines are then first lines, short by
    their lost indent, and the last lines nearly full. Where the median of the running lines in a line's window
    (:data:`~textclean.clean.typesetting.WINDOW` either side; of the body's when fewer than :data:`RUNNING_LINES` are
    in the window, at least that many in the body) is wider than its column by :data:`RUNNING_RAISE` and less than
    :data:`COLUMN_CHANGE` (more is another column's measure), that median is its column.

    Before (PyMuPDF, a 31 em column of one- and two-line paragraphs, read as 29 em): ``园面积虽小，…幸福感明显提升。``
    (28 em) / ``没有调查就没有发言权，…很有必要。`` (29 em, a first line) stood in one paragraph; after, two. Not so:
    where the running lines are less than an em wider than the column, fewer than :data:`RUNNING_LINES` in the body,
    wider by an indent and an em (another column's lines in the window), or where they do not agree
    (:data:`RUNNING_AGREE`, their interquartile range: a ragged body's, or two measures' read as one body).

    >>> mk = lambda t, w: Item(0, t, t, w, False, False)
    >>> lines = [mk("甲，乙", 29), mk("丙，丁", 31), mk("戊。", 28), mk("己，庚", 29), mk("辛，壬", 31), mk("癸。", 30)]
    >>> lines += [mk("子，丑", 29), mk("寅，卯", 31.5), mk("辰。", 29)]
    >>> ends = [it.text.endswith("。") for it in lines]
    >>> running_measures(lines, ends, [29.0] * 9)
    [31.0, 31.0, 31.0, 31.0, 31.0, 31.0, 31.0, 31.0, 31.0]
    >>> running_measures(lines, ends, [27.0] * 9), running_measures(lines, ends, [30.5] * 9) == [30.5] * 9
    ([27.0, 27.0, 27.0, 27.0, 27.0, 27.0, 27.0, 27.0, 27.0], True)
    """
    text = np.array([it.role == "text" for it in items])
    widths = np.array([it.width for it in items], dtype=float)
    runs_on = ~np.array(ends, dtype=bool) & text
    col = np.array(cols, dtype=float)
    # a running line: it and the line above run on, the line above near its column
    running = np.flatnonzero(runs_on[1:] & runs_on[:-1] & (col[:-1] - widths[:-1] < INDENT)) + 1
    if len(running) < RUNNING_LINES:
        return cols
    told = sorted(widths[running].tolist())
    upper, lower = quantile(told, 0.75), quantile(told, 0.25)
    if upper - lower > RUNNING_AGREE or told[-1] < col.min() + RUNNING_RAISE:
        return cols  # (the cheap tests first: the body's running lines disagree, or none is wide enough to raise)
    # each line's window of running lines (WINDOW either side), read once for each run of lines sharing it; a window
    # that tells too little takes the body's
    lines = np.arange(len(items))
    first = np.searchsorted(running, lines - WINDOW, "left")
    past = np.searchsorted(running, lines + WINDOW, "right")
    medians = np.full(len(items), quantile(told, 0.5))
    spread = np.full(len(items), upper - lower)
    in_order = widths[running].tolist()
    starts = [0, *(np.flatnonzero((np.diff(first) != 0) | (np.diff(past) != 0)) + 1).tolist(), len(items)]
    for s, e in itertools.pairwise(starts):
        a, b = int(first[s]), int(past[s])
        if b - a >= RUNNING_LINES:
            near = sorted(in_order[a:b])
            medians[s:e], spread[s:e] = quantile(near, 0.5), quantile(near, 0.75) - quantile(near, 0.25)
    wider = medians - col
    agree = spread <= RUNNING_AGREE
    return np.where(agree & (wider >= RUNNING_RAISE) & (wider < COLUMN_CHANGE), medians, col).tolist()


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile of the sorted ``values``, interpolated as numpy's ``percentile`` does (linearly between
    the two values around rank ``q * (n - 1)``), in plain Python for the few values of a window.

    >>> quantile([1.0, 2.0, 3.0, 4.0], 0.5), quantile([1.0, 2.0, 3.0, 4.0], 0.25), quantile([5.0], 0.75)
    (2.5, 1.75, 5.0)
    """
    rank = q * (len(values) - 1)
    low = int(rank)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (rank - low)


def blank_paragraphs(items: list[Item]) -> bool:
    """Whether blank lines part the body's paragraphs: there are some, each after a sentence end. A ragged body so
    printed (the seeds' layout) reads no measure off its running lines, which stop anywhere
    (:func:`running_measures`); a justified one, or one whose blank lines fall inside
    sentences too (pdftotext's blocks) or not at all (PyMuPDF), does.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, False)
    >>> blank_paragraphs([mk("甲乙。", True), mk("丙丁", True), mk("戊。", False)])
    True
    >>> blank_paragraphs([mk("甲乙", True), mk("丙丁", True), mk("戊。", False)]), blank_paragraphs([mk("甲乙。", True)])
    (False, False)
    """
    blanks = [a.ends for a, b in itertools.pairwise(items) if b.gap_before]
    return bool(blanks) and all(blanks)
