"""Runs of digits and Latin letters that type never breaks across lines (``1997``, ``（CPTPP）``, ``20.36%。``).

A line followed by such a run may end short of its column by the run's width without ending its paragraph: the
run did not fit at its end and went whole to the next line (:func:`~textclean.clean.blocks.body_blocks` counts
such a line as wide as it would be with the run).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re

from textclean.clean.chardata import text_width, width_with_wide_digits
from textclean.clean.roles import Item

#: A run of digits, Latin letters and what clings to them (a bracket or quote before, a unit, a closing mark after)
#: that type never breaks across lines: ``1997``, ``（CPTPP）``, ``20.36%。``.
_UNBREAKABLE_LEAD_RE = re.compile(
    r"[（(“‘《〈\[]*[0-9A-Za-z][0-9A-Za-z.．,，%％/\-]*[0-9A-Za-z%％]?[）)”’》〉\]]*[，。、；：？！,.;:?!%％]?"
)


#: The characters such a run may open with (a cheap first test: most lines open otherwise).
UNBREAKABLE_FIRST = frozenset("（(“‘《〈[0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=1024)  # (a line is asked once a body it is read in, and bodies are read more than once)
def unbreakable_lead_width(text: str) -> float:
    """The width (em) of the run ``text`` opens with that type cannot break (:data:`_UNBREAKABLE_LEAD_RE`), its digits
    counted as wide as a font may set them (:func:`~textclean.clean.chardata.width_with_wide_digits`); 0 when it opens
    with a Han character.

    The line over such a line may end short by that much without ending its paragraph: the run did not fit at its
    end and went whole to the next line. Before (PyMuPDF): ``经济持续较快增长。国内生产总值从`` (16 em in a 19 em column) /
    ``1997年的7.4万亿元增加到…`` stood as two paragraphs; after, one (the line short by less than ``1997`` takes). Not so:
    a line shorter than the run explains (:func:`~textclean.clean.blocks.body_blocks` asks), or a line opening with a
    Han character.

    >>> unbreakable_lead_width("1997年的7.4万亿元"), unbreakable_lead_width("（CPTPP）等高标准"), unbreakable_lead_width("法律是")
    (4.0, 4.5, 0.0)
    """
    m = _UNBREAKABLE_LEAD_RE.match(text)
    if not m:
        return 0.0
    run = m.group(0)
    return width_with_wide_digits(run, text_width(run))


#: A line's raw text, as printed (:func:`keeps_printed_indents` reads it in C).
_RAW = operator.attrgetter("raw")
#: How a printed indent opens a line's raw text (an ideographic space, or two spaces): a body whose first lines keep
#: theirs lost none, so a short line under a sentence end there is no first line whose indent went missing.
PRINTED_INDENTS = ("\u3000", "  ")


def keeps_printed_indents(items: list[Item]) -> bool:
    """Whether any line of the body opens with a printed indent (:data:`PRINTED_INDENTS`): its first lines keep
    their indents, so none lost one (:func:`~textclean.clean.blocks.opens_before_held` infers none there).

    >>> mk = lambda t: Item(0, t, t.strip(), float(len(t.strip())), False, False)
    >>> keeps_printed_indents([mk("\u3000\u3000今年前三季度"), mk("持平稳增长")]), keeps_printed_indents([mk("持平稳增长")])
    (True, False)
    """
    return any(map(str.startswith, map(_RAW, items), itertools.repeat(PRINTED_INDENTS)))
