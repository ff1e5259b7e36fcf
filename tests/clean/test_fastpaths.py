"""Fast paths of the cleaning, each the same as the plain rule it stands for (speed work: output byte-identical).

The pages read are the test pages and the row reader's own (``tests/pages``); each check compares the fast path
with the rule spelt out, on every line, pair of lines or state.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from textclean.clean.junctions import junction, junctions_apart, page_pairs
from textclean.clean.lexicon import WINDOW, _inner_pairs, breaks_a_word, word_ends
from textclean.clean.page import read_page
from textclean.clean.roles import Item, make_items
from textclean.clean.rowgate import MAX_COLUMNS
from textclean.clean.rowread import _fit, _page_fits

PAGES = Path(__file__).resolve().parents[1] / "pages"


def _page_items() -> list[list[Item]]:
    """The items of every test page (the row reader's pages read row by row among them)."""
    paths = sorted(PAGES.rglob("*.txt"))
    return [make_items(read_page(p.name, p.read_bytes()).lines) for p in paths]


@pytest.fixture(scope="module")
def pages() -> list[list[Item]]:
    items = [page for page in _page_items() if len(page) > MAX_COLUMNS]
    assert len(items) >= 10
    return items


def test_junctions_apart_is_junction(pages: list[list[Item]]) -> None:
    for items in pages:
        pairs = page_pairs(items)
        for k in range(1, MAX_COLUMNS + 1):
            assert junctions_apart(items, k, pairs) == [
                junction(a, b, pairs) for a, b in zip(items, items[k:], strict=False)
            ]


def test_page_fits_are_fit(pages: list[list[Item]]) -> None:
    """Each line's fit in each state of the row reader's Viterbi, worked out a ``k`` at a time, is :func:`_fit`'s
    (``(k, 1)``; ``(k, 0)`` and ``(k, 2)`` to ``(k, k)``, alike; ``(k, k + 1)``)."""
    for items in pages:
        pairs = page_pairs(items)
        seq = junctions_apart(items, 1, pairs)
        fits = _page_fits(items, seq, pairs)
        for j in range(1, len(items)):
            assert fits[0][0][j] == _fit(items, seq, pairs, j, 0, 0)
            for k in range(2, MAX_COLUMNS + 1):
                assert fits[k][0][j] == _fit(items, seq, pairs, j, k, 1)
                assert fits[k][1][j] == _fit(items, seq, pairs, j, k, 2) == _fit(items, seq, pairs, j, k, 0)
                assert fits[k][2][j] == _fit(items, seq, pairs, j, k, k + 1)


def test_pairs_no_word_holds_end_a_word(pages: list[list[Item]]) -> None:
    """Where the two characters across a break are no pair of the lexicon's words (:func:`_inner_pairs`), the
    most probable cut ends a word between them: :func:`breaks_a_word` need not cut the text. Every pair of lines
    of the pages, one after the other and a few apart."""
    inner, looked = _inner_pairs(), 0
    for items in pages:
        texts = [it.text for it in items]
        for upper, lower in itertools.chain(*(zip(texts, texts[k:], strict=False) for k in (1, 2, 5))):
            a, b = upper.rstrip()[-WINDOW:], lower.lstrip()[:WINDOW]
            if a and b and a[-1] + b[0] not in inner:
                assert len(a) in word_ends(a + b)
                looked += 1
    assert looked > 1000


def test_breaks_a_word_pairs() -> None:
    """The pair test passes over no break inside a word, and keeps a break between words between words."""
    assert breaks_a_word("一定要搞好整党整", "风，加强党的建设")
    assert not breaks_a_word("党的十一大报告摘登", "一定要强化人民的国家机器")
    assert "整风" in _inner_pairs() and "登一" not in _inner_pairs()
