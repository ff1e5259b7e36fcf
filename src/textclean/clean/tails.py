"""Short tails: the last word or two of a headline wrapped onto a line of its own.

A headline that just overflows its measure wraps its last word onto a line of
its own (``保障国家粮食安全，大力实施乡村振兴`` / ``战略``): a line of one word far narrower
than the line over it. A label or kicker stands over its title, never under a
line so much wider, so such a tail is the end of the headline over it,
whatever the width of that line and however it opens.
"""

from __future__ import annotations

from textclean.clean.chardata import ends_sentence
from textclean.clean.lexicon import first_word
from textclean.clean.roles import Item

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
