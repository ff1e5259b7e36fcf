"""The widths (em) a page sets its body lines in, counted on the pieces of its printed lines (pdftotext joins a row of
side-by-side columns' lines into one line, single spaces between them): :func:`page_measures` (one measure per
body, for :func:`~textclean.clean.joinedrows.column_parts`), :func:`cell_measures` (the cells of a mosaic, for
:func:`~textclean.clean.mixedrows.mixed_parts`), :func:`narrow_measures` (a page of six or seven narrow columns).
"""

from __future__ import annotations

import math
from collections import Counter

from textclean.clean.chardata import text_width
from textclean.clean.columnbands import BOXED_SHARE
from textclean.clean.columnlines import piece_width
from textclean.clean.repair import HAS_SPACE_RE
from textclean.clean.roles import Item

#: A body measure holds at least this many characters: narrower widths shared by many lines are bylines' names,
#: column labels and headline halves (a label holds at most 5, ``typesetting.COLUMN_LABEL_CHARS``), not a
#: newspaper column (the narrowest hold 8 to 10).
MIN_MEASURE = 8
#: A page of six or seven narrow columns sets 5 to 7 em lines (lay16's six-column opinion pages; pdftotext joins
#: each row of them into one line): such a width is a measure where at least :data:`NARROW_PIECES` pieces of lines
#: holding :data:`ROW_PIECES` or more pieces are that wide. Counted on the devpages and the three studied families:
#: 14 to 66 such pieces on the pages of 5- and 7-em columns, none elsewhere past 11 (a caption's ``本报记者 X 摄``
#: or a folio's parts are one a line, a row of narrow columns holds several).
NARROW_MEASURE = 5
NARROW_PIECES = 12
ROW_PIECES = 3
#: A width is one of the page's body measures when at least this many of its lines (or pieces of lines with
#: spaces) are that wide: a column runs down a page in a dozen lines or more, a headline or a byline is one.
MEASURE_LINES = 6
#: A width is rounded to whole ems half up: ``floor(width + HALF_UP)`` (13.5 em is 14, 13.4 em 13).
HALF_UP = 0.5


def page_measures(items: list[Item], ems: Counter[int] | None = None) -> list[int]:
    """The widths (em, rounded) the page sets its body lines in, most common first: widths of at least
    :data:`MIN_MEASURE` shared by :data:`MEASURE_LINES` or more lines, each piece of a line with spaces counted
    as a line (a joined row's pieces are its columns' lines; a spaced-out line's are narrower than a measure), and
    the page's :func:`narrow_measures`, by how many pieces are that wide; ``ems``: the page's :func:`line_widths`,
    where counted already.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True)
    >>> page_measures([mk("甲" * 12)] * 3 + [mk("甲" * 10)] * 5 + [mk("甲" * 12 + " " + "乙" * 12)] * 2 + [mk("甲乙")] * 9)
    [12]
    """
    ems = line_widths(items) if ems is None else ems
    found = [(w, n) for w, n in ems.most_common() if n >= MEASURE_LINES and w >= MIN_MEASURE]
    found += narrow_measures(items).items()
    return [w for w, _ in sorted(found, key=lambda wn: -wn[1])]


def narrow_measures(items: list[Item]) -> dict[int, int]:
    """The narrow widths (em, rounded, :data:`NARROW_MEASURE` to :data:`MIN_MEASURE` less one) the page sets rows
    of narrow columns in, with how many pieces are that wide: pieces of lines holding :data:`ROW_PIECES` or more
    pieces, at least :data:`NARROW_PIECES` of them.

    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True)
    >>> narrow_measures([mk("命不是挂在 把群众的事 当作自己的 事，把群众")] * 3), narrow_measures([mk("图为会议现场。 本报记者 张强 摄")] * 11)
    ({5: 12}, {})
    >>> narrow_measures([mk("城镇居民收入 15620元 12.5亿美元 6.8%")] * 12)  # (no 4-em figure: narrower than any column)
    {6: 12, 5: 12}
    """
    ems: Counter[int] = Counter()
    for it in items:
        if " " in it.raw and len(pieces := it.raw.split()) >= ROW_PIECES:
            wide = (piece_width(p) for p in pieces if len(p) >= NARROW_MEASURE)
            ems.update(w for w in (math.floor(x + HALF_UP) for x in wide) if NARROW_MEASURE <= w < MIN_MEASURE)
    return {w: n for w, n in ems.most_common() if n >= NARROW_PIECES}


def cell_measures(items: list[Item], ems: Counter[int] | None = None) -> list[int]:
    """The widths (em, rounded) a page of cells sets its lines in (:func:`mixed_rows`), most common first: widths
    of at least :data:`MIN_MEASURE` that :data:`MEASURE_LINES` or more lines share with those an em wider or
    narrower. A cell's justified lines holding digits or Latin letters run half an em off its measure, so a
    cell of 18.4 em rounds its lines to 18 and 19: a small cell's dozen lines make neither count alone. ``ems``: the
    page's :func:`line_widths`, where counted already.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True)
    >>> cell_measures([mk("甲" * 18)] * 3 + [mk("甲" * 18 + "12")] * 3 + [mk("甲" * 12)] * 2)
    [18, 19]
    """
    ems = line_widths(items) if ems is None else ems
    return [
        w
        for w, n in ems.most_common()
        if w >= MIN_MEASURE and n + max(ems.get(w - 1, 0), ems.get(w + 1, 0)) >= MEASURE_LINES
    ]


def line_widths(items: list[Item]) -> Counter[int]:
    """How many of the page's lines are how wide (em, rounded half up), each piece of a line with spaces counted
    as a line (a joined row's pieces are its columns' lines) where it holds :data:`MIN_MEASURE` characters or
    more (a spaced-out line's pieces are narrower than a measure)."""
    widths: list[float] = []
    spaced = HAS_SPACE_RE.search
    for it in items:
        if spaced(it.raw) and spaced(raw := it.raw.strip()) and (pieces := raw.split()):
            # (a piece of fewer characters than a measure's ems is narrower than one: not measured)
            widths.extend([text_width(p) for p in pieces if len(p) >= MIN_MEASURE])
        else:  # (most lines: no space, the line's own width)
            widths.append(it.width)
    return Counter(map(math.floor, map(HALF_UP.__add__, widths)))  # (each rounded to whole ems, half up, in C)


def apart_from_rows(items: list[Item]) -> set[int]:
    """The lines of ``items`` (by index) that stand between blank lines on a page whose lines mostly are set tight
    (fewer than :data:`~textclean.clean.columnbands.BOXED_SHARE` stand so: pdftotext's, pymupdf's): a headline, a
    banner or a kicker set apart, not a row of narrow columns (pdftotext prints those rows tight, one under the
    other), so :func:`narrow_measures` are not tried on them (a two-part headline's halves are as wide as two
    narrow columns' lines: ``倾听群众呼声 回应社会关切``).

    >>> mk = lambda t, before, after: Item(0, t, t, text_width(t), before, after)
    >>> rows = [mk("命不是挂在 把群众的事 当作自己的", False, False)] * 4
    >>> apart_from_rows([mk("倾听群众呼声 回应社会关切", True, True), *rows])
    {0}
    >>> apart_from_rows([mk("倾听群众呼声 回应社会关切", True, True)] * 5)  # (every line boxed: pdfminer's)
    set()
    """
    apart = {k for k, it in enumerate(items) if it.gap_before and it.gap_after}
    return apart if len(apart) < BOXED_SHARE * len(items) else set()
