"""Headline boxes wrapped line after full line: the pieces of one narrow box's headline joined again.

A headline set in a narrow box fills each line to the box's measure but its last; extraction may give it as
several titles (the words joined some lines, not all), which :func:`join_filled` joins again.
"""

from __future__ import annotations

from textclean.clean.roles import Element, Item

#: Lines of one headline wrapped at its measure are equally wide to within this much (em): full lines of one
#: box; an ASCII character (digits) moves a line's width half an em.
SAME_MEASURE_SLACK = 0.5


def join_filled(elements: list[Element]) -> list[Element]:
    """Each title whose lines fill one measure joined with the title set tight under it that it wraps into
    (:func:`fills_into`), once the wrapped lines are paired (:func:`~textclean.clean.wrapped.join_wrapped_titles`)."""
    out: list[Element] = []
    for el in elements:
        if out and fills_into(out[-1], el):
            out[-1] = Element("title", [*out[-1].items, *el.items], out[-1].text + el.text)
        else:
            out.append(el)
    return out


def fills_into(upper: Element, lower: Element) -> bool:
    """Whether the title ``upper``, of several lines, wraps into the title ``lower`` set tight under it: its
    lines equally wide (:data:`SAME_MEASURE_SLACK`: each filled the headline's measure), the lower's lines at that
    measure too but its last, which is no wider. A title that ends before its measure does ends short; one whose
    every line is full goes on (the mirror of a one-line title wrapping into the box under it, asked by
    :func:`~textclean.clean.wrapped.join_wrapped_titles`). Asked after the words' pass too, before shape pairs a
    line over either piece: the box's pieces the words joined are one box again (PyMuPDF, lay10 pl-04, a 4 em box:
    ``让科研人`` / ``员把精力`` and ``放在科研`` / ``上`` made the second piece the title and the first a two-part
    half of the kicker ``高质量发展笔谈`` over it; after, the title ``让科研人员把精力放在科研上``).

    Before (PyMuPDF, a headline set beside its body in a 7 em side column): ``着力保障和改善`` / ``民生，促进社会`` over
    ``和谐进步`` stood as kicker and title; after, one title. Not joined: an upper title whose last line is shorter
    than its first (it ended), a lower line wider than the measure, lines across a blank line.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> fills_into(mk("着力保障和改善", "民生，促进社会"), mk("和谐进步"))
    True
    >>> fills_into(mk("着力保障和改善", "民生"), mk("和谐进步")), fills_into(mk("着力保障和改善", "民生，促进社会"), mk("和谐进步和谐进步和谐进步"))
    (False, False)
    >>> fills_into(mk("让科研人", "员把精力"), mk("放在科研", "上")), fills_into(mk("让科研人", "员把精力"), mk("放在", "科研上"))
    (True, False)
    """
    if upper.kind != "title" or lower.kind != "title" or len(upper.items) < 2:
        return False
    if lower.items[0].gap_before:
        return False
    measure = upper.items[0].width
    return (
        at_measure(upper.items[1:], measure)
        and at_measure(lower.items[:-1], measure)
        and lower.items[-1].width <= measure + SAME_MEASURE_SLACK
    )


def at_measure(lines: list[Item], measure: float) -> bool:
    """Whether every line of ``lines`` is as wide as ``measure`` (:data:`SAME_MEASURE_SLACK`): each filled it."""
    return all(abs(it.width - measure) <= SAME_MEASURE_SLACK for it in lines)
