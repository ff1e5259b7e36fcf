"""Short tails: the last word or two of a headline wrapped onto a line of its own.

A headline that just overflows its measure wraps its last word onto a line of
its own (``保障国家粮食安全，大力实施乡村振兴`` / ``战略``): a line of one word far narrower
than the line over it. A label or kicker stands over its title, never under a
line so much wider, so such a tail is the end of the headline over it,
whatever the width of that line and however it opens. The upper half of a two-part headline
wrapped so, a full line and its tail, goes on in the clause set tight under it (:func:`join_tailed_halves`).
"""

from __future__ import annotations

from textclean.clean.chardata import DATELINE_PAPER_RE, YEAR_RE, ends_sentence, has_halves_space
from textclean.clean.lexicon import first_word, opens_as_label, opens_with_date
from textclean.clean.roles import Element, Item

#: A tail is at most this part of the line over it: a word or two (2 to 4 em) under a full line of a headline
#: (the second layout's tails: 2 em under 11 and 17 em); a kicker's end wraps under a line barely wider than
#: twice it (``1964年政府工作报`` / ``告选读``).
TAIL_RATIO = 4.0


def short_tail(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``lower``, set tight under ``upper``, is its wrapped last word: one word
    (:func:`~textclean.clean.lexicon.first_word`) at most a :data:`TAIL_RATIO` th of the width of ``upper``,
    which ends no sentence.

    Before (PyMuPDF, the second layout): ``过去五年的工作和历史性`` (11 em) over ``变革`` (2 em) stood as a kicker
    and its title (the upper opens with a time word, as a label); after, one title. Not a tail: ``学习专刊`` under
    a title (two words), ``告选读`` under ``1964年政府工作报`` (not narrow enough), a line after a blank.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(0, t, t, text_width(t), gap, True, "text")
    >>> short_tail(mk("过去五年的工作和历史性"), mk("变革")), short_tail(mk("保障国家粮食安全，大力实施乡村振兴"), mk("战略"))
    (True, True)
    >>> short_tail(mk("过去五年的工作和历史性"), mk("学习专刊")), short_tail(mk("1964年政府工作报"), mk("告选读"))
    (False, False)
    >>> short_tail(mk("过去五年的工作和历史性"), mk("变革", True))
    False
    """
    word = lower.text.strip()
    return (
        not lower.gap_before
        and word != ""
        and first_word(word) == word
        and lower.width * TAIL_RATIO <= upper.width
        and not ends_sentence(upper.text)
    )


#: Each line of a half of a two-part headline is at most this wide (em): a clause of a headline set over two to
#: four narrow columns (the fourth layout's halves hold 8 to 15 characters); as wide as a wrapped headline's line.
TAILED_HALF_MAX_WIDTH = 16.0
#: Each half is a clause, a verb and what it acts on: its widest line at least this wide (em); a narrower line under
#: a title is the next article's label (``走进基层``, 4 em).
TAILED_HALF_MIN_WIDTH = 5.0
#: A half's tail is at most this part of its full line: the fourth layout's halves wrap 2 to 4 em under 8 to 15 em
#: (``…经济`` / ``发展战略``, 15 and 4: a word or two, looser than :data:`TAIL_RATIO`'s one word).
HALF_TAIL_RATIO = 3.0


def join_tailed_halves(elements: list[Element]) -> list[Element]:
    """Each title that is the upper half of a two-part headline, wrapped into a tail (:func:`_tailed_half`), joined
    with the clause set tight under it, with the space that parts the halves.

    Before (PyMuPDF, the fourth layout, a headline over two narrow columns): ``不失时机地加快实施沿海地区经济`` /
    ``发展战略`` over ``进一步扩大对外开放`` stood as a kicker and its title; after, one title
    ``不失时机地加快实施沿海地区经济发展战略 进一步扩大对外开放``; so ``聚焦重点领域和关键环节深化`` / ``改革`` over
    ``更大激发市场活力和社`` / ``会创造力`` (two titles, the second an article of its own). Not joined: a lower
    line that opens as a label or with a date, holds a year or a dateline's paper (a subtitle without its dash,
    ``各地认真落实2023年政府工作报告``, or the body's dateline), a lower line narrower than a clause (the next
    article's label), lines across a blank line, the page's top line (a kicker).

    >>> mk = lambda no, *ts: Element("title", [Item(no + k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> [e.text for e in join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "进一步扩大对外开放")])]
    ['聚焦', '不失时机地加快实施沿海地区经济发展战略 进一步扩大对外开放']
    >>> len(join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "各地认真落实2023年政府工作报告")]))
    3
    >>> len(join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "走进基层")]))
    3
    """
    top = elements[0].first if elements and elements[0].items else 0
    out: list[Element] = []
    for el in elements:
        upper = out[-1] if out else None
        if upper is not None and upper.first > top and _tailed_half(upper) and _lower_half(el):
            out[-1] = Element("title", [*upper.items, *el.items], upper.text + " " + el.text)
        else:
            out.append(el)
    return out


def _tailed_half(title: Element) -> bool:
    """Whether the title is a clause wrapped at its measure into a tail: two lines, the second a short tail of the
    first (:data:`HALF_TAIL_RATIO`), ending no sentence, no comma (none of the devpages' 92 two-part headlines' halves holds one), no year and
    no opening as a label (a kicker's way: ``落实1988年政府工作报告部署``)."""
    if title.kind != "title" or len(title.items) != 2 or "，" in title.text:
        return False
    line, tail = title.items
    return (
        line.role == tail.role == "text"
        and TAILED_HALF_MIN_WIDTH <= line.width <= TAILED_HALF_MAX_WIDTH
        and not tail.gap_before
        and tail.width * HALF_TAIL_RATIO <= line.width
        and not ends_sentence(title.text)
        and not YEAR_RE.search(title.text)
        and not has_halves_space(title.text)
        and not opens_as_label(title.text)
    )


def _lower_half(title: Element) -> bool:
    """Whether the title set tight under an upper half may be the lower half: one line, or one clause wrapped into
    a shorter line, each line a headline's (:data:`TAILED_HALF_MAX_WIDTH`), a clause's width, no comma, no year,
    opening neither as a label, with a date nor with a dateline's paper."""
    if title.kind != "title" or not 1 <= len(title.items) <= 2 or "，" in title.text or title.items[0].gap_before:
        return False
    widths = [it.width for it in title.items]
    text = title.text
    return (
        all(it.role == "text" and not it.gap_before for it in title.items)
        and TAILED_HALF_MIN_WIDTH <= widths[0] <= TAILED_HALF_MAX_WIDTH
        and widths[-1] <= widths[0]
        and not YEAR_RE.search(text)
        and not DATELINE_PAPER_RE.match(text)
        and not has_halves_space(text)
        and not opens_with_date(text)
        and not opens_as_label(text)
    )
