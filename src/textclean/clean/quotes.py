"""Pull quotes printed with no marker -> pull-quote boxes, told by the text they restate.

A pull quote lifts a sentence or two out of its article's body and prints them again, in a box set in the column.
Most boxes open with a marker (``●观 点``, :mod:`~textclean.clean.roles` reads them); a box printed without one read
as a few lines of the column (:func:`lift_restated_quotes`): narrower than the column, set between two of its
paragraphs, their sentences printed again in the page's running text.
"""

from __future__ import annotations

import re

from textclean.clean.roles import Element, body_column
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT

#: A pull quote restates at least this many characters of the body (a sentence): a shorter run of lines printed
#: twice on a page (a phrase, a name) says nothing.
MIN_QUOTE_CHARS = 12
#: A pull-quote box holds at least this many lines and at most that many (a sentence or two set in a box narrower
#: than the column; the devpages' run 2 to 7): one narrow line after a sentence end is a paragraph's short piece.
MIN_QUOTE_LINES = 2
MAX_QUOTE_LINES = 8
#: A box's lines are at least this much (em) narrower than its column: more than a paragraph's first line falls
#: short by its indent, give or take a full line's slack (a first line of running text is no box line).
QUOTE_NARROWER = INDENT + FULL_LINE_SLACK

_SPACES_RE = re.compile(r"\s+")


def lift_restated_quotes(elements: list[Element]) -> list[Element]:
    """Each run of lines inside a body that is a pull quote printed with no marker (:func:`_restated_run`) lifted out
    as a ``box`` element set before the body, the body kept whole around it.

    Before (PyMuPDF, a second layout; a 13 em column): ``…积极稳妥地分类推进事业单位改`` / ``革。`` /
    ``扶持公益性文化事`` / ``业，加强文化遗产保`` / ``护、利用和传承。`` (an unmarked box, 9 em) / ``（九）进一步提高对外开放水平``:
    the quote ran in the body, its sentence there twice; after, the article's pull quote. Not lifted: lines as
    wide as the column, lines whose text the page prints once, a run that opens or ends inside a sentence, and
    anything on a page whose boxes open with a marker (pdfminer reads a marked box's lines into the column beside
    it, :func:`~textclean.clean.interleaved.untangle_box`: a narrow run restated there is a piece of such a box).
    PyMuPDF on the second layout: pull quote .80 -> .86, paragraph F1 .87 -> .90; pdftotext on the devpages, pull
    quote .93 -> .95.
    """
    bodies = [e for e in elements if e.kind == "body"]
    if not bodies or any(e.kind == "box" for e in elements):
        return elements  # (a page that marks its boxes: a narrow run restated there is a piece of one, pdfminer's)
    page = _SPACES_RE.sub("", "".join(it.text for e in bodies for it in e.items))
    out: list[Element] = []
    for el in elements:
        run = _restated_run(el, page) if el.kind == "body" else None
        if run is None:
            out.append(el)
            continue
        i, j = run
        quote = el.items[i:j]
        out.append(Element("box", quote, "".join(_SPACES_RE.sub("", it.text) for it in quote)))
        out.append(Element("body", el.items[:i] + el.items[j:]))
    return out


def _restated_run(body: Element, page: str) -> tuple[int, int] | None:
    """The first run ``items[i:j]`` of ``body`` that is an unmarked pull quote, or None: it opens after a sentence end
    (or the body's start) and ends one, :data:`MIN_QUOTE_LINES` to :data:`MAX_QUOTE_LINES` lines all
    :data:`QUOTE_NARROWER` narrower than the body's column, and its text, :data:`MIN_QUOTE_CHARS` characters or more,
    stands on the ``page`` (its bodies' text) twice or more.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> col = [mk("甲" * 13, 13) for _ in range(5)]
    >>> said = [mk("扶持公益性文化事业，加强文化遗产保护、利用和传承。", 13)]
    >>> box = [mk("扶持公益性文化事", 8), mk("业，加强文化遗产保", 9), mk("护、利用和传承。", 8)]
    >>> body = Element("body", [*col[:2], mk("革。", 2), *box, *col, *said])
    >>> page = "".join(it.text for it in body.items)
    >>> _restated_run(body, page), _restated_run(Element("body", [*col[:2], mk("革。", 2), *box, *col]), "")
    ((3, 6), None)
    """
    items = body.items
    limit = body_column(items) - QUOTE_NARROWER
    for i, it in enumerate(items):
        if (i > 0 and not items[i - 1].ends) or it.width > limit or it.role != "text":
            continue
        found = None
        for j in range(i + 1, min(len(items), i + MAX_QUOTE_LINES) + 1):
            last = items[j - 1]
            if last.width > limit or last.role != "text":
                break  # (a line as wide as the column: the box ended above it)
            if last.ends and j - i >= MIN_QUOTE_LINES:
                text = _SPACES_RE.sub("", "".join(x.text for x in items[i:j]))
                if len(text) >= MIN_QUOTE_CHARS and page.count(text) >= 2:
                    found = (i, j)  # (the longest run so restated: a quote of two sentences)
        if found is not None:
            return found
    return None
