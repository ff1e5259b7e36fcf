"""How a newspaper column is set: the typesetting facts several cleaning rules rely on.

Widths are in em, as :func:`~textclean.clean.chardata.text_width` measures
them (a Han character or full-width mark 1, an ASCII character 0.5); line
numbers are the page's raw ones, from 0. A threshold that only one rule uses
stays at the top of that rule's module.
"""

from __future__ import annotations

#: A paragraph's first line is indented two characters; extraction drops the indent,
#: so the line shows up 2 em short of the column.
INDENT = 2.0

#: A full line (running text broken at the column's edge) comes within 1 em of the
#: column: justification never leaves a character's room at its end.
FULL_LINE_SLACK = 1.0

#: A line at least this much (em) short of the column may be a paragraph's first line
#: that lost its indent (:data:`INDENT`, less the half em a squeezed mark may win back).
INDENTED_LINE = 1.5

#: The column's width is the median of its fuller lines, those at least this share of
#: the widest, so that short last lines and headings do not count. Over a whole body
#: (or a run of lines: :func:`~textclean.clean.roles.body_column`, ``set_column``):
BODY_FULL_SHARE = 0.7
#: ... and over the few lines around one line (``columns.local_columns``, ``WINDOW``
#: either side), where each short line moves the median more, a stricter share.
WINDOW_FULL_SHARE = 0.75
#: Lines either side used to estimate the local column width: enough for a median, few enough to follow
#: a column whose width changes down the page.
WINDOW = 8

#: The widest line (em) that can still be a headline line: a wider one is running text
#: set across several columns.
MAX_HEADLINE_WIDTH = 32.0

#: A page banner (the page's own name, above everything) stands on one of its first
#: lines: raw line numbers 0 to this (at most two blank or logo lines above it).
BANNER_LAST_LINE = 2

#: How far (em) a paragraph's first line may be from the column less :data:`INDENT` (type sets widths loosely).
FIRST_LINE_TOLERANCE = 1.5
#: A column label holds at most this many characters, set one em each (the devpages' 219 labels hold 3 to 5, their
#: 137 kickers 6 or more; the second layout's labels are 4 and 5 em: ``深度阅读``, ``要闻·综合``).
COLUMN_LABEL_CHARS = 5


def is_column_label(text: str) -> bool:
    """Whether a headline line over a title is a column label rather than a kicker: a name of at most
    :data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS` characters, no digit in it (``理论视点``, ``读报告``, ``要闻·综合``). A kicker is
    a phrase, a report's name or a slogan: the devpages' 137 kickers hold 6 to 28 characters, their 219 column
    labels 3 to 5. A page sets its labels with a logo (``G 学习园地``, read by its shape); another sets them
    plain, and the label was the kicker (the second layout: column/kicker 0.59 on PyMuPDF).

    >>> is_column_label("理论视点"), is_column_label("要闻·综合"), is_column_label("党的十九大报告摘编"), is_column_label("2014年")
    (True, True, False, False)
    """
    return 0 < len(text) <= COLUMN_LABEL_CHARS and not any(ch.isdigit() for ch in text) and " " not in text
