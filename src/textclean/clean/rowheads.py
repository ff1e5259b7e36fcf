"""A head block standing in one column of a row of columns read row by row (:mod:`~textclean.clean.rowread`).

A head's lines are short, end no sentence, and stand over a paragraph's indented first line or a byline. Where
its block stands in one column of rows the other columns fill, pdftotext and pdfminer read its lines one a row,
among the other columns' lines: the head is that column's opening, kept together, not a head line parting two
stretches of columns (:func:`one_head`).
"""

from __future__ import annotations

import itertools
import statistics

from textclean.clean.masthead import SUBTITLE_DASH
from textclean.clean.roles import Item

#: A line that ends no sentence and falls short of the line in the row before (or after) it, or of the page's
#: measure, by more than this (em: a paragraph's 2-em indent and a kinsoku em) is no column's line but a head's.
SHORT_SLACK = 3.0


def one_head(items: list[Item], heads: list[bool], odds: list[float], k: int) -> list[bool]:
    """For each line ``i`` (as far as ``odds``, its :func:`junction` with the line ``i + k``), whether it and the line
    a row of ``k`` after it are lines of one head block: a subtitle's dash line under a head line, a head line (a
    short byline, a head's line) under a subtitle's dash line (not a column's line: a subtitle stacked under its title
    over columns read row by row would open the last column), or two head lines (:func:`head_lines`) whose
    words run on; and no head line read between them (a head stacked as read, kicker, title, subtitle and byline one
    after another, is no column's: read as two columns, its lines would cost nothing). Not a dash line under a column's full line (another story's first words read
    in the row over it). Such a pair costs no :data:`~textclean.clean.rowread.SHORT_COST` (:func:`head_lines` says
    why); the junction itself still scores it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True)
    >>> lines = [mk(t) for t in ("实验室里的成果走", "加快发展社会事业，改革完善收入分", "上生产线", "配制度，千方百计增加居民收入，促")]
    >>> one_head(lines, head_lines(lines), [1.7, -1.15], 2), one_head(lines, head_lines(lines), [-1.15, -1.15], 2)
    ([True, False], [False, False])
    """
    dash = [it.text.startswith(SUBTITLE_DASH) for it in items]
    before = list(itertools.accumulate(heads, initial=0))  # (head lines before each line)
    return [
        before[i + k] == before[i + 1]  # (no head line between: a head stacked as read is no column's)
        and (
            (dash[i + k] and heads[i])  # (a subtitle under its title's line)
            or (dash[i] and heads[i + k])  # (a short byline, a head's line under a subtitle; no column's: review CV)
            or (o > 0 and heads[i] and heads[i + k])  # (a head's line going on in its next line)
        )
        for i, o in enumerate(odds[: max(0, len(items) - k)])
    ]


def head_lines(items: list[Item]) -> list[bool]:
    """Which of a page's lines are a head's lines, not a column's: ending no sentence, narrower than the page's
    measure (the median line) by more than :data:`SHORT_SLACK`, or opening with a subtitle's dash. A head line
    under (or over) such a line costs no :data:`~textclean.clean.rowread.SHORT_COST`: a head block stands in one column of a row as a unit,
    its lines going on in each other (the junction tells), not a head line parting two stretches.

    Before (LAY pdftotext, a head of two lines and a subtitle in the first of six columns: ``上生产线`` read a row
    after ``实验室里的成果走``, ``——一批“卡脖子”难题实现突破`` a row after it): the short ``上生产线`` cost
    :data:`~textclean.clean.rowread.SHORT_COST` against the subtitle and the byline's first line against the subtitle, and the stretch was
    read from another column, each column's lines going on in the next one's; after: the head's lines one column.

    >>> mk = lambda t, w=None: Item(0, t, t, float(w or len(t)), t.endswith("。"), True)
    >>> head_lines([mk("实验室里的成果走"), mk("——一批难题实现突破"), mk("衔接。今年一季度，南浦市各"), mk("示范带动作用，已形成5个可")]*2)
    [True, True, False, False, True, True, False, False]
    """
    measure = statistics.median(it.width for it in items) if items else 0.0
    return [not it.ends and (it.width < measure - SHORT_SLACK or it.text.startswith(SUBTITLE_DASH)) for it in items]
