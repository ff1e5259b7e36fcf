"""The row grid's beam search (``gridbeam._beam_search``) keeps only back-pointers and builds only the states it
keeps; it must read exactly as the plain beam it replaced (every candidate built with its whole path, all sorted),
on grids of many rows of up to six columns, ties included."""

import itertools
import random
from collections import Counter

from textclean.clean.chardata import text_width
from textclean.clean.gridbeam import BEAM, SKIPS_RUN, _beam_search, _runs_on, fit
from textclean.clean.roles import Item

GLYPHS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def _plain_beam(rows: list[list[Item]], k: int, measure: float, pairs: Counter[str]) -> list[tuple[int, ...]]:
    """The beam as first written: each candidate a full state with its path, every way scored from scratch."""
    beam: list[tuple[float, tuple[Item | None, ...], tuple[tuple[int, ...], ...]]] = [(0.0, (None,) * k, ())]
    for row in rows:
        grown = []
        for score, lasts, path in beam:
            running = [_runs_on(last, measure) for last in lasts]
            for cs in itertools.combinations(range(k), len(row)):
                gain = 0.0
                for c, it in zip(cs, row, strict=True):
                    gain += fit(lasts[c], it, measure, pairs)
                gain -= SKIPS_RUN * (sum(running) - sum(running[c] for c in cs))
                now = list(lasts)
                for c, it in zip(cs, row, strict=True):
                    now[c] = it
                grown.append((score + gain, tuple(now), (*path, cs)))
        grown.sort(key=lambda g: -g[0])
        beam = grown[:BEAM]
    return list(beam[0][2])


def _line(rng: random.Random, no: int, measure: int) -> Item:
    """A column's line: full, an indented first line or a short last one, ending a sentence or not."""
    size = rng.choice([measure, measure, measure, measure - 2, rng.randint(2, measure - 3)])
    text = "".join(rng.choice(GLYPHS) for _ in range(size)) + rng.choice(["", "", "", "。", "，"])
    return Item(no, text, text, text_width(text), False, False)


def test_beam_reads_as_the_plain_beam():
    rng = random.Random(7)
    for trial in range(40):
        k, measure = rng.randint(2, 6), rng.randint(8, 14)
        rows = [[_line(rng, no, measure) for _ in range(rng.randint(1, k))] for no in range(rng.randint(3, 30))]
        assert _beam_search(rows, k, measure, Counter()) == _plain_beam(rows, k, measure, Counter()), trial


def test_ties_keep_the_leftmost_placing():
    # (identical lines in every column: every way ties, the first state and the leftmost way win)
    line = "甲" * 8
    rows = [[Item(no, line, line, 8.0, False, False)] for no in range(4)]
    assert _beam_search(rows, 3, 8.0, Counter()) == _plain_beam(rows, 3, 8.0, Counter())
