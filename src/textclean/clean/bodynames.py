"""Which of the page's bodies a headline line names: a kicker names none in particular, a title its own, and an
upper half several pieces of one article share names the body its lower half names (:mod:`~textclean.clean.units`
asks)."""

from __future__ import annotations

from textclean.clean.chardata import has_halves_space
from textclean.clean.lexicon import opens_with_date
from textclean.clean.match import BigramIdf, coverage_margin
from textclean.clean.roles import Element

#: A headline line that fits its best body by less than this more than the next best is the
#: kicker of the title set below it (:func:`~textclean.clean.units.join_kickers`).
KICKER_MARGIN = 0.3


def best_body(idf: BigramIdf, text: str) -> int:
    """The body ``text``'s words fit best (the first of equals)."""
    return max(range(idf.n), key=lambda d: (idf.coverage(text, d), -d))


def names_no_body(idf: BigramIdf, text: str) -> bool:
    """Whether headline line ``text`` tells the bodies apart by less than :data:`KICKER_MARGIN`
    (:func:`~textclean.clean.match.coverage_margin`; margins are exact: :meth:`~textclean.clean.match.BigramIdf.coverage`, so
    the answer is the same on every run). Asking also that the title under it name its body more
    clearly (the rule before) kept 2005年政府工作报告摘编 and the like as titles: on the devpages,
    without it, column/kicker rose 0.646 / 0.673 / 0.716 -> 0.660 / 0.688 / 0.732.

    >>> idf = BigramIdf(["工会推进法治建设", "工会服务职工"])
    >>> names_no_body(idf, "工会"), names_no_body(idf, "法治建设")
    (True, False)
    """
    return coverage_margin(idf, text) < KICKER_MARGIN


def shared_upper_half(top: Element, title: Element, idf: BigramIdf, max_lines: int) -> bool:
    """Whether ``top``, a title already under its kicker or label, and ``title`` set tight under it (at most
    ``max_lines`` lines, no halves' space in either, ``top`` opening with no date) are one headline's two halves
    though ``top`` names no one body: it fits the body ``title`` names best (a clear best) at least as well as
    ``title`` does, and fits no other body better. A kicker is vaguer than its title; an upper half that several
    bodies say as fully is the headline of one article the page cut in pieces (a pull quote after a sentence end
    parts its body), each piece saying the headline's words.

    Before (PyMuPDF, lay7-18): ``科学眼`` / ``基础研究`` / ``要坐得住冷板凳`` over a body cut at its pull quote,
    ``基础研究`` said in both pieces: two titles, each taking a piece; after, one title ``基础研究 要坐得住冷板凳``
    under the label. Not joined: a label's kicker that fits the body less than the title under it (``艺文志`` /
    ``书香社会`` / ``在诗里看见彼此``: 0.25 against 0.41).

    >>> from textclean.clean.roles import Item
    >>> head = lambda t: Element("title", [Item(0, t, t, float(len(t)), False, True)], t)
    >>> idf = BigramIdf(["基础研究是源头，冷板凳要坐得住。", "基础研究需要耐心。", "古籍修复用宣纸。"])
    >>> shared_upper_half(head("基础研究"), head("要坐得住冷板凳"), idf, 2)
    True
    >>> shared_upper_half(head("书香社会"), head("坐得住冷板凳"), idf, 2)
    False
    """
    if title.kind != "title" or title.items[0].gap_before or len(title.items) > max_lines or idf.n < 2:
        return False
    if has_halves_space(top.text) or has_halves_space(title.text) or opens_with_date(top.text):
        return False
    if coverage_margin(idf, title.text) <= 0:
        return False
    best = best_body(idf, title.text)
    fit = idf.coverage(top.text, best)
    return fit >= idf.coverage(title.text, best) and all(idf.coverage(top.text, d) <= fit for d in range(idf.n))
