"""Where a column read to its foot inside a sentence is followed, with no blank line, by another article's column.

pdftotext prints a column to its foot, then whatever column it meets next; where blank lines mark blocks
(:func:`~textclean.clean.measures.blank_marks_block`) a block of another measure after one is another article's
(:func:`~textclean.clean.measures.block_breaks_sentence`), and with no blank line a paragraph opening in another
measure is (:func:`paragraph_opens_other_column`). The sentence goes on in a later piece of its own measure
(:func:`~textclean.clean.drafts.continuation_targets` joins them).
"""

from __future__ import annotations

from textclean.clean.measures import (
    COLUMN_CHANGE_LINES,
    MIN_TELLING_LINES,
    block_breaks_sentence,
    changes_column,
    telling_widths,
)
from textclean.clean.roles import Item, fuller_median
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE
from textclean.clean.wrapped import goes_on


def column_breaks_sentence(body: list[Item], i: int, start: int = 0) -> bool:
    """Whether line ``i``, inside a sentence where blank lines mark blocks, is another article's column: a block
    after a blank line (:func:`~textclean.clean.measures.block_breaks_sentence`), else a paragraph opening in another measure
    (:func:`paragraph_opens_other_column`)."""
    return (block_breaks_sentence if body[i].gap_before else paragraph_opens_other_column)(body, i, start)


def paragraph_opens_other_column(body: list[Item], i: int, start: int = 0) -> bool:
    """Whether line ``i``, read inside a sentence with no blank line over it, opens a paragraph of another
    article's column: it is short of the measure below by a paragraph's indent and the measure changes there as
    after a sentence end (:func:`~textclean.clean.measures.changes_column`). Within one column a line that goes on a sentence never has an
    indented line under it; pdftotext reads a column to its foot, then the next column it meets, with no blank line.

    Before (pdftotext, devpages gov-1997-01): ``…甘肃疏勒河农`` (36 em, the sentence goes on in a later column) /
    ``今年要保持国民经济持续…`` (20 em in a 22 em column), one body of two articles; after, the 22 em column is cut
    off. Not cut: a full line under the sentence (the column's next line), a paragraph's first line in one measure,
    a short line that ends a sentence (a paragraph's last: ``…运用`` / ``信贷杠杆，…积极支持经济增长。``, 26 em in 30),
    one under a line short of its measure (a head read into the text) or whose words run on (:func:`~textclean.clean.wrapped.goes_on`), one
    over fewer than :data:`~textclean.clean.measures.MIN_TELLING_LINES` full lines before a blank line (a column's last lines, set narrower
    beside a box: ``…高度重视安全`` / ``生产，保护国家财产…`` / ∅).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> wide, narrow = [mk("甲" * 36) for _ in range(5)], [mk("乙" * 22) for _ in range(5)]
    >>> paragraph_opens_other_column([*wide, mk("乙" * 20), *narrow], 5)
    True
    >>> paragraph_opens_other_column([*wide, mk("甲" * 34), *wide], 5), paragraph_opens_other_column([*wide, *narrow], 5)
    (False, False)
    """
    upper, lower = body[i - 1], body[i]
    if lower.ends:
        return False  # (a paragraph's last line: the cheap test first, it is asked inside every sentence)
    end = min(len(body), i + 1 + COLUMN_CHANGE_LINES)
    end = next((j for j in range(i + 1, end) if body[j].gap_before), end)  # (its block only)
    below = telling_widths(body[i + 1 : end])
    if len(below) < MIN_TELLING_LINES:
        return False
    measure = fuller_median(below)
    if not measure - INDENT - FULL_LINE_SLACK <= lower.width <= measure - INDENTED_LINE:
        return False  # (not shaped as a paragraph's first line: most lines, the cheap test first)
    above = telling_widths(body[max(start, i - COLUMN_CHANGE_LINES) : i])  # (measured only for such a line)
    if len(above) < MIN_TELLING_LINES:
        return False
    if upper.width < fuller_median(above) - FULL_LINE_SLACK or goes_on(upper, lower):
        return False  # (a head line over the text, or words that run on: no column's edge)
    return changes_column(body, i, start)
