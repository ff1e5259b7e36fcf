"""A two-part headline whose second half the line's end cut: the half goes on in the headline line under it.

A two-part headline printed on one line parts its halves with a gap (an ideographic or a plain space); where the
box is too narrow for both, the line ends inside the second half and the rest wraps onto the next line
(``高标准农田里的丰收账　农村电`` / ``商激活“田间经济”``). :func:`second_half_wraps` tells such a pair by the cut
half's width; :func:`~textclean.clean.wrapped.wrapped_halves` joins them.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import has_halves_space, text_width
from textclean.clean.roles import Item

#: Each half of a two-part headline is a clause, a verb and what it acts on: at least 4 characters on the devpages
#: (184 halves hold 4 to 20, 3 of them 4; ``wrapped.HALF_MIN_WIDTH``). A part after the gap narrower than this (em)
#: is a half the line's end cut, not a half.
CUT_HALF_WIDTH = 4.0
#: The gap between the halves: white space between two printed characters.
HALVES_GAP_RE = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
#: Clause and sentence marks: a line holding one is a sentence's or a two-clause headline's, no halves' line.
CLAUSE_MARKS_RE = re.compile("[，。；：！？,;:!?]")


def second_half_wraps(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``upper``, two parts parted by one gap, wraps its second half into the headline
    line ``lower`` set tight under it: the part after the gap is narrower than a half (:data:`CUT_HALF_WIDTH`) and
    than the part before it (the line's end cut it), and ``lower`` holds no gap of its own (it is no two-part
    headline) and neither line a clause mark.

    Before (PyMuPDF, an economy page): ``高标准农田里的丰收账　农村电`` / ``商激活“田间经济”`` stood as two titles,
    the upper then joined to the kicker over it; after, one title ``高标准农田里的丰收账 农村电商激活“田间经济”``
    (so ``加时赛定胜负 西`` / ``岭飞鹰客场取胜``). Not so: halves of like width (``明白账　暖人心``), a part after the
    gap of a half's width (``让科学　走近大众``), a line of three parts (a guide box's ``新学期　新气象　5``).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(1, t, t, text_width(t), gap, False, "text")
    >>> second_half_wraps(mk("高标准农田里的丰收账\\u3000农村电"), mk("商激活“田间经济”"))
    True
    >>> second_half_wraps(mk("加时赛定胜负 西"), mk("岭飞鹰客场取胜")), second_half_wraps(mk("明白账\\u3000暖人心"), mk("乡村"))
    (True, False)
    >>> second_half_wraps(mk("让科学\\u3000走近大众"), mk("记者")), second_half_wraps(mk("新学期\\u3000新气象\\u30005"), mk("乡村"))
    (False, False)
    >>> second_half_wraps(mk("高标准农田里的丰收账\\u3000农村电"), mk("商激活“田间经济”", True))
    False
    """
    if lower.gap_before or upper.role != "text" or lower.role != "text":
        return False
    parts = HALVES_GAP_RE.split(upper.text.strip())
    if len(parts) != 2 or has_halves_space(lower.text) or CLAUSE_MARKS_RE.search(upper.text + lower.text):
        return False
    cut = text_width(parts[1])
    return cut < CUT_HALF_WIDTH and cut < text_width(parts[0])
