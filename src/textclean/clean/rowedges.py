"""The edges of a stretch of columns read row by row: the rows read just before and just after it.

:mod:`~textclean.clean.rowread` finds the stretches where side-by-side columns were read row by row and puts their
lines back column by column. Columns seldom begin and end on one row: a story's columns may open a row or two
above a neighbouring story's (whose head is set in those rows), and balanced columns end a line or two apart. The
lines of those rows are read just before or just after the stretch, among the heads set there:
:func:`ragged_end` takes the lines after a stretch that go on from its columns' last lines, up to a head.
"""

from __future__ import annotations

import statistics
from collections import Counter

from textclean.clean.junctions import junction
from textclean.clean.roles import Item
from textclean.clean.rowheads import SHORT_SLACK
from textclean.clean.typesetting import FULL_LINE_SLACK

#: The cost (log odds) of a line read after a paragraph's last line where it is a full line: as
#: :data:`~textclean.clean.rowread.SHORT_COST`, a head line's cost in a stretch (:func:`ragged_end`).
AFTER_PARAGRAPH_PENALTY = 10.0
#: Rows read after a stretch whose lines may still go on in its columns (:func:`ragged_end`).
RAGGED_ROWS = 2


def ragged_end(
    items: list[Item], cols: list[list[Item]], end: int, at: int, seq: list[float], pairs: Counter[str], limit: int
) -> int:
    """Where a stretch read row by row ends, its last rows taken into its columns ``cols``: the lines from
    ``end`` (up to ``limit``) that go on from the column next in the row (``at``) or from the first (a row
    of fewer lines: the columns after it ended higher) better than from the line read before them
    (:func:`~textclean.clean.junctions.junction`; a full line cannot go on from a paragraph's last line:
    :func:`after_paragraph`), for at most :data:`RAGGED_ROWS` rows; a line read after one so taken goes with it only
    where the words run on. Balanced columns end a line or two apart, so the longer ones' last lines are read after
    the rows of all of them. A line wider than the columns (:func:`wider_than_column`) is a head: the stretch ends
    before it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> rows = [mk(t) for t in ("监管面临新挑战。一", "鼓励社会共治。只有", "些幽灵外卖没有实", "各方共同发力，才能")]
    >>> def ends_at(line):
    ...     return ragged_end([*rows, mk(line)], [rows[0::2], rows[1::2]], 4, 0, [0.0] * 5, Counter(), 5)
    >>> ends_at("体店面，消费者吃"), ends_at("体育强国建设迈出坚实步伐")  # (a title wider than the columns: a head)
    (5, 4)
    """
    j = end
    measure = statistics.median(it.width for col in cols for it in col)
    while j < min(limit, end + len(cols) * RAGGED_ROWS):
        c = max(dict.fromkeys((at, 0)), key=lambda c: junction(cols[c][-1], items[j], pairs))
        tail = cols[c][-1]
        if tail is items[j - 1]:  # (the line before went to that column: this one must run on from it)
            fits = junction(tail, items[j], pairs) > 0 and not after_paragraph(tail, items[j], measure)
        else:
            after = after_paragraph(items[j - 1], items[j], measure)
            read_on = seq[j - 1] - (AFTER_PARAGRAPH_PENALTY if after else 0.0)
            fits = junction(tail, items[j], pairs) > read_on
        if not fits or short_of(items[j], tail) or wider_than_column(items[j], measure):
            break
        cols[c].append(items[j])
        at = (c + 1) % len(cols)
        j += 1
    return j


def wider_than_column(line: Item, measure: float) -> bool:
    """Whether ``line`` is wider than a column ``measure`` em wide (by more than
    :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`): a head set across columns, not a column's line.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> wider_than_column(mk("对网络谣言要“零容忍”"), 8.0), wider_than_column(mk("学课程，应当有明"), 8.0)
    (True, False)
    """
    return line.width > measure + FULL_LINE_SLACK


def after_paragraph(upper: Item, lower: Item, measure: float) -> bool:
    """Whether ``lower``, a full line of a column of ``measure`` em, is read after ``upper``, a paragraph's last
    line (a sentence end, short of the column): in one column, a paragraph's first line (indented) or a head
    follows such a line, never a full one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> after_paragraph(mk("全过程保障食品药品安全。"), mk("的基本需求，我们要不断提高医疗卫"), 16.0)
    True
    >>> after_paragraph(mk("全过程保障食品药品安全。"), mk("加强和创新社会治理。深化社会"), 16.0)
    False
    """
    return upper.ends and upper.width < measure - FULL_LINE_SLACK and lower.width >= measure - FULL_LINE_SLACK


def short_of(line: Item, other: Item) -> bool:
    """Whether ``line`` ends no sentence and is narrower than ``other``, a line of the same column, by more than
    a paragraph's indent (:data:`~textclean.clean.rowheads.SHORT_SLACK`): a head line, not a column's.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> short_of(mk("切实加强政府自身建设"), mk("我们要全面推进依法治国，加快建设法治")), short_of(mk("中的积极作用。"), mk("我们要全面推进依法治国，加快建设法治"))
    (True, False)
    """
    return not line.ends and line.width < other.width - SHORT_SLACK
