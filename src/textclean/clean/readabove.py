"""Which bodies a headline was read over only by the row reader's order, not printed over.

pdfminer writes each line as a box of its own and the row reader (:mod:`~textclean.clean.rowread`) puts a stretch's
columns back in order; a head printed below the stretch (the next story's) may then be read right before a column of
it (:func:`read_after_body`).
"""

from __future__ import annotations

from textclean.clean.roles import Element


def read_after_body(elements: list[Element], where: dict[int, int]) -> dict[int, int]:
    """``where`` (body element index -> draft) less the bodies whose headline right above was written by the
    extractor after the body's first line: the element list sets it over the body, the page does not.

    The row reader read column 3 of a story after a title printed under the story (``守护好青少年的“诗和远方”``,
    written after all the stretch's lines): the title sat right over the column, and set so took it by position
    (:func:`~textclean.clean.assign._position_bonus`), an article of its own; left out, the words choose.

    >>> from textclean.clean.roles import Item
    >>> el = lambda kind, no: Element(kind, [Item(no, "甲", "甲", 1.0, True, True)], "甲")
    >>> body = lambda a, b: Element("body", [Item(n, "甲", "甲", 1.0, True, True) for n in (a, b)], "甲")
    >>> read_after_body([body(31, 93), el("title", 99), el("body", 35), el("title", 100), el("body", 101)], {0: 0, 2: 1, 4: 2})
    {0: 0, 4: 2}
    >>> read_after_body([el("title", 9), el("body", 10)], {1: 0})  # (the title printed above: kept)
    {1: 0}
    """
    out = dict(where)
    spans: list[tuple[int, int]] = []  # (the line span of each body read so far)
    for k, el in enumerate(elements):
        if el.kind != "body" or not el.items:
            continue
        first = el.items[0].no
        above = elements[k - 1] if k > 0 else None
        inside = any(lo < first < hi for lo, hi in spans)
        if inside and above is not None and above.kind == "title" and above.items and first < above.items[0].no:
            out.pop(k, None)
        nos = [it.no for it in el.items]
        spans.append((min(nos), max(nos)))
    return out
