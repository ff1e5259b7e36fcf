"""A label between two box glyphs alike, read as a title of its own right over a title -> that title's column label.

A paper prints a column's label between two glyphs (``●环球财经●``, ``■公司■``). Read on a line of its own, it stands
as a one-line title element when no rule took it for a label (:func:`~textclean.clean.ornaments.ornament_label_over_head`
asks for a headline under it that a body line is wider than, or at most three head lines; a story's wrapped dateline
under a title spanning columns fails both). The unit of that line alone then had no body of its own: a leftover,
given to a brief far down the page (the article under it holds a kicker, and a title leftover may not join a kicker).
:func:`glyph_labels_over_titles` makes it a ``column`` element, which opens the head stack of the title under it
(:func:`~textclean.clean.units.head_units`).
"""

from __future__ import annotations

from textclean.clean.chardata import BOX_GLYPHS
from textclean.clean.ornaments import label_of
from textclean.clean.roles import Element

#: The title under the label is the next line read (at most this many lines on), set tight under it: no blank line
#: between them (pdftotext and pdfminer part blocks so; a label in a block of its own may be read over another
#: column's title: on the blind city family, pdftotext, taking such labels lost an article).
MAX_LABEL_GAP = 2


def glyph_labels_over_titles(elements: list[Element]) -> list[Element]:
    """The page's elements, each one-line title that is a label between two box glyphs alike (:func:`boxed_label`)
    and set tight right over another title (:data:`MAX_LABEL_GAP`) made a ``column`` element.

    Before (PyMuPDF, lay17 ec-16): ``●环球财经●`` / ``美联储维持利率不变`` / ``鲍威尔称将保持耐心观察经济数据`` / the
    dateline: three titles; the label went, a leftover, to the 环球速览 briefs below, whose column it took. After,
    column ``●环球财经●`` of the Fed story. Not so: the label over a body (a box's label over its text), one between
    middle dots (``·记者手记·``, a box's label inside a story), a title of words.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, no: Element(kind, [Item(no, t, t, float(len(t)), False, False)], t)
    >>> els = [mk("title", "●环球财经●", 4), mk("title", "美联储维持利率不变", 5), mk("body", "新华社华盛顿3月19日", 7)]
    >>> [e.kind for e in glyph_labels_over_titles(els)]
    ['column', 'title', 'body']
    >>> [e.kind for e in glyph_labels_over_titles([els[0], els[2]])]  # (over a body: a box's label)
    ['title', 'body']
    >>> [e.kind for e in glyph_labels_over_titles([mk("title", "·记者手记·", 4), els[1]])]
    ['title', 'title']
    >>> apart = Element("title", [Item(6, "美联储维持利率不变", "美联储维持利率不变", 9.0, True, False)], "美联储维持利率不变")
    >>> [e.kind for e in glyph_labels_over_titles([els[0], apart])]  # (a blank line between: another block)
    ['title', 'title']
    """
    out = list(elements)
    for k, el in enumerate(elements[:-1]):
        below = elements[k + 1]
        if el.kind != "title" or len(el.items) != 1 or below.kind != "title" or not boxed_label(el.text):
            continue
        if 0 < below.items[0].no - el.items[0].no <= MAX_LABEL_GAP and not below.items[0].gap_before:
            out[k] = Element("column", el.items, el.text)
    return out


def boxed_label(text: str) -> bool:
    """Whether ``text`` is a label between two box glyphs alike (``●环球财经●``; not ``·记者手记·``, ``·一·``).

    >>> boxed_label("●环球财经●"), boxed_label("■公司■"), boxed_label("·记者手记·"), boxed_label("●观点")
    (True, True, False, False)
    """
    text = text.strip()
    return label_of(text) is not None and text[:1] in BOX_GLYPHS and text[:1] == text[-1:]
