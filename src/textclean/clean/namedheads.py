"""A report's name set tight over its title: a kicker, not the first line of a wrapped headline.

pdfminer prints a kicker and the title under it as one block when nothing but
leading parts them (``党的十六大报告摘编`` / ``文化建设和文化体制改革``); read as
one headline, the two lines became the title ``党的十六大报告摘编文化建设和文化体制改革``.
:func:`part_named_heads` parts a two-line title whose upper line opens as a
name (a date or a count, a word and ``的``: :func:`~textclean.clean.lexicon.opens_as_name`)
and says what the page's running text does not (the bodies never cite the
report's name as such) while the lower line names its body, where nothing
says the headline wraps there: the words do not carry the upper line on
(:func:`~textclean.clean.wrapped.goes_on`, a conjunction opening the lower
line) and the text never reads across the break (the test that joins the
halves of a wrapped headline by text on PyMuPDF's lines, which no blank line
parts). The upper half of a wrapped headline is a phrase its article uses
(``2019年经济社会发展`` / ``总体要求和政策取向``). :mod:`~textclean.clean.units`
then keeps the two apart (a name over a title is its kicker).
"""

from __future__ import annotations

from textclean.clean.lexicon import opens_as_name
from textclean.clean.match import said
from textclean.clean.roles import Element, Item
from textclean.clean.wrapped import HALF_MIN_WIDTH, WRAPPED_HEADLINE_WIDTH, wrapped_halves

#: A name over a title says what no body says (a report's name: ``党的十六大报告摘编``, ``1964年政府工作报告要点``): at
#: most this share of its bigrams is found in the page's running text. On the devpages and the second layout, such
#: kickers read tight over their titles find 0.07 to 0.25 of theirs; the upper halves of wrapped headlines that open
#: with a date or ``…的`` find 0.3 to 0.83 (``2019年经济社会发展`` / ``总体要求和政策取向``: 0.8).
MAX_NAME_SAID = 0.25
#: ... while the title under it names its body: at least this share of its bigrams is in the running text (0.5 to
#: 1.0 for those kickers' titles). A page whose text says neither line tells nothing (a short page's head).
MIN_TITLE_SAID = 0.5
#: Lines of a parted title: a kicker over a one-line title (a taller stack is a wrapped title under its kicker,
#: which :func:`~textclean.clean.wrapped.kicker_off` parts already).
PARTED_LINES = 2


def part_named_heads(elements: list[Element]) -> list[Element]:
    """Each title of :data:`PARTED_LINES` text lines that is a name over a title (:func:`name_over_title`) made
    two titles, the name first (a title over a title is a kicker: :mod:`~textclean.clean.units`).

    Before (pdfminer, devpages cpc-16-06): ``title 党的十六大报告摘编文化建设和文化体制改革`` (two lines set tight),
    the body not reading ``摘编文化``; after, ``title 党的十六大报告摘编`` and ``title 文化建设和文化体制改革``. Not
    parted: ``2019年经济社会发展`` / ``总体要求和政策取向`` where the body reads ``发展总体``.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), k == 0, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> els = [mk("title", "党的十六大报告摘编", "文化建设和文化体制改革"), mk("body", "文化建设和文化体制改革是…")]
    >>> [e.text for e in part_named_heads(els)]
    ['党的十六大报告摘编', '文化建设和文化体制改革', '文化建设和文化体制改革是…']
    >>> els = [mk("title", "2019年经济社会发展", "总体要求和政策取向"), mk("body", "经济社会发展总体要求是…发展总体")]
    >>> [e.text for e in part_named_heads(els)]
    ['2019年经济社会发展总体要求和政策取向', '经济社会发展总体要求是…发展总体']
    """
    text = "".join([it.text for e in elements if e.kind == "body" for it in e.items])
    out: list[Element] = []
    for el in elements:
        if el.kind == "title" and len(el.items) == PARTED_LINES and name_over_title(el.items[0], el.items[1], text):
            out.extend(Element("title", [it], it.text) for it in el.items)
        else:
            out.append(el)
    return out


def name_over_title(upper: Item, lower: Item, text: str) -> bool:
    """Whether headline lines ``upper`` over ``lower``, set tight, are a name over a title: text lines of one
    headline's width at most (:data:`~textclean.clean.wrapped.WRAPPED_HEADLINE_WIDTH`), the lower at least a
    clause's (:data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`: ``1994年政府工作报告`` / ``原文节选`` is one name), the
    upper opening as a name and saying what the page's running ``text`` does not (:data:`MAX_NAME_SAID`), the lower
    what it does (:data:`MIN_TITLE_SAID`), neither
    the words nor the text joining them (the test by text of :func:`~textclean.clean.wrapped.join_wrapped_titles`).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap: Item(0, t, t, text_width(t), gap, True, "text")
    >>> name_over_title(mk("1964年政府工作报告要点", True), mk("调整国民经济的任务已经基本完成", False), "调整国民经济的任务已经基本完成。")
    True
    >>> name_over_title(mk("2019年经济社会发展", True), mk("总体要求和政策取向", False), "经济社会发展的要求")
    False
    """
    return (
        upper.role == lower.role == "text"
        and not lower.gap_before
        and HALF_MIN_WIDTH <= lower.width
        and max(upper.width, lower.width) <= WRAPPED_HEADLINE_WIDTH
        and said(upper.text, text) <= MAX_NAME_SAID
        and said(lower.text, text) >= MIN_TITLE_SAID
        and opens_as_name(upper.text)
        and not wrapped_halves(upper, lower, text, True, 0)
    )
