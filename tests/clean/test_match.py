"""The best assignment of headline material to bodies (``textclean.clean.match``)."""

from __future__ import annotations

import math

from textclean.clean.match import EXHAUSTIVE_CHOICES, best_assignment

#: Headline units and bodies enough that :func:`best_assignment` is greedy.
UNITS, BODIES = 9, 10


def test_greedy_assignment_breaks_ties_in_page_order() -> None:
    assert math.perm(BODIES, UNITS) > EXHAUSTIVE_CHOICES
    # every unit fits every body equally: the first unit takes the first body, and so on down the page
    equal = [[0.5] * BODIES for _ in range(UNITS)]
    assert best_assignment(equal) == list(range(UNITS))
    # negative: unequal scores are followed, whatever the page order
    crossed = [[1.0 if c == BODIES - 1 - r else 0.5 for c in range(BODIES)] for r in range(UNITS)]
    assert best_assignment(crossed) == [BODIES - 1 - r for r in range(UNITS)]
