"""A spare headline line read at the page's top whose words pick an article far below it heads no article.

:func:`~textclean.clean.assign.assign_headlines` gives every headline unit left over (no body's title, no pull
quote) to the draft it fits best, its titles made kickers. A topical line printed at the page's top between rules
(``聚焦一季度经济数据``, ``稳外贸　促消费``), not taken for the page's banner, shares a word with some brief far down
the page (``一季度``) and became that brief's kicker: the brief is then no box item (a box item has no kicker,
:func:`~textclean.clean.boxitems.is_box_item`) and the box's label stops at it. Such a line heads the page, not
an article set under other articles: it is left to none (:func:`stranded_top`).
"""

from __future__ import annotations

from textclean.clean.units import Unit

#: The longest body a stranded top line is taken off: a brief or a short piece (lay17's briefs hold 81-113
#: characters, its side pieces from 217). Measured: at 120 (a box item's length) the line stayed the kicker of short
#: stories it was not printed over (lay15 PyMuPDF and lay19 pdfminer column/kicker .016 and .011 lower than at 450);
#: at 600 a devpages story's piece (pdftotext) lost its head and an article; 450 keeps both.
MAX_STRANDED_CHARS = 450


def stranded_top(u: Unit, units: list[Unit], where: dict[int, int], pick: int, pick_chars: int) -> bool:
    """Whether leftover unit ``u``, given by its words to draft ``pick`` (its body of ``pick_chars`` characters), is
    a page's top line stranded there: titles alone, read before any body (``where``: the element index of each
    body's elements, by draft) and any other unit, and ``pick`` is a brief or a short piece (at most
    :data:`MAX_STRANDED_CHARS` characters) with a title of its own, not the draft of the page's
    first body (the story set under it, whose kicker it may be).

    Before (PyMuPDF, lay17 ec-22): ``聚焦一季度经济数据`` (the page's top line) was the kicker of the last brief
    ``上海港集装箱吞吐量一季度突破…`` of the 财经简讯 box, which lost its column; after, it is no article's.

    >>> from textclean.clean.roles import Element, Item
    >>> def unit(kind: str, at: int) -> Unit:
    ...     return Unit([Element(kind, [Item(at, "甲乙", "甲乙", 2.0, True, True)], "甲乙")], at, at)  # type: ignore[arg-type]
    >>> top, label, brief = unit("title", 0), unit("column", 1), unit("title", 5)
    >>> brief.draft = 2
    >>> where = {2: 0, 4: 1, 6: 2}
    >>> stranded_top(top, [top, label, brief], where, 2, 90), stranded_top(top, [top, label, brief], where, 0, 90)
    (True, False)
    >>> stranded_top(top, [top, label, brief], where, 2, 900)  # (a story below: its kicker, as it may be)
    False
    >>> stranded_top(top, [top, label, brief], where, 1, 90)  # (draft 1 has no title: the line may be its head)
    False
    >>> stranded_top(unit("title", 5), [top, label], where, 2, 90)  # (read below a body: a kicker in place)
    False
    >>> stranded_top(unit("byline", 0), [label, brief], where, 2, 90)  # (no title: a byline goes by its own rules)
    False
    """
    if u.kinds() != {"title"} or not where:
        return False
    if any(at < u.start for at in where) or any(v is not u and v.start < u.start for v in units):
        return False
    if pick_chars > MAX_STRANDED_CHARS or pick == where[min(where)]:
        return False  # (a story's: a report's name over its excerpts is their kicker, :mod:`~textclean.clean.units`)
    return any(v is not u and v.draft == pick and v.get("title") is not None for v in units)
