"""Fast paths for pull-quote shapes, footer and dateline lines and article ids, each the same as the rule spelt out
plainly (speed work: output byte-identical): a pull quote's shape asks the paragraph's length first; footer and
dateline lines are found by one pattern searched in C (footers: ``tests/clean/test_footers.py``); article ids are
numbered once.
"""

from __future__ import annotations

import random
from pathlib import Path

from textclean.clean.captions import SENTENCE_MARK_RE
from textclean.clean.chardata import DATELINE_MARKS, MAX_DATELINE_LINES, ends_sentence
from textclean.clean.datelineheads import RUN_IN_MARK, _near_dian
from textclean.clean.page import clean_page, read_page
from textclean.clean.quotetwice import (
    MAX_QUOTE_CHARS,
    MAX_QUOTE_SENTENCES,
    MIN_QUOTE_CHARS,
    QUOTATION_MARKS,
    _quote_shaped,
)
from textclean.clean.roles import Item, make_items
from textclean.models import Block

PAGES = sorted((Path(__file__).resolve().parents[1] / "pages").glob("*.txt"))


def _texts() -> list[str]:
    return [ln.text for p in PAGES for ln in read_page(p.name, p.read_bytes()).lines]


def test_quote_shape_asks_the_length_first() -> None:
    """:func:`_quote_shaped` says what its tests say in their first order (marks counted before the length)."""

    def plain(block: Block, text: str) -> bool:
        unquoted = text.translate(str.maketrans("", "", QUOTATION_MARKS))
        return (
            block.kind == "paragraph"
            and MIN_QUOTE_CHARS <= len(unquoted)
            and len(text) <= MAX_QUOTE_CHARS
            and len(SENTENCE_MARK_RE.findall(text)) <= MAX_QUOTE_SENTENCES
            and ends_sentence(text)
        )

    rng = random.Random(41)
    texts = [t for t in _texts() if t.strip()]
    joined = ["".join(rng.sample(texts, rng.randint(1, 6))) for _ in range(400)]
    quoted = ["“" * k + "作风建设永远在路上" + "”" * k + "。" for k in range(0, 12)]
    for text in [*texts, *joined, *quoted, "", "甲" * 91 + "。", "甲" * 9 + "。"]:
        for kind in ("paragraph", "heading"):
            block = Block(kind, text)
            assert _quote_shaped(block, text) == plain(block, text), text


def test_dateline_lines_found_in_c() -> None:
    """:func:`_near_dian` gives what its rule spelt out line by line gives, on the test pages' bodies and on each page
    with a mark put on every fifth line."""

    def plain(items: list[Item]) -> list[int]:
        marks = [k for k, it in enumerate(items) if any(m in it.text for m in (*DATELINE_MARKS, RUN_IN_MARK))]
        return sorted({j for k in marks for j in range(max(1, k - MAX_DATELINE_LINES + 1), k + 1)})

    seen = 0
    for page in PAGES:
        items = make_items(read_page(page.name, page.read_bytes()).lines)
        marked = [
            Item(it.no, it.raw, it.text + ("电" if k % 5 == 0 else ""), it.width, True, True)
            for k, it in enumerate(items)
        ]
        for body in (items, marked, items[:3]):
            assert _near_dian(body) == plain(body)
            seen += bool(plain(body))
    assert seen


def test_article_ids_numbered_in_order() -> None:
    """Each article's id is the input's name, bytes and its place, numbered once at the end: unique, in order."""
    for page in PAGES:
        result = clean_page(page.name, page.read_bytes())
        ids = [a.article_id for a in result.articles]
        assert len(set(ids)) == len(ids)
        again = clean_page(page.name, page.read_bytes())
        assert [a.article_id for a in again.articles] == ids


def test_near_dian_on_a_made_body() -> None:
    """A made body: the lines up to a dateline's mark, none where the body holds none."""
    mk = lambda t: Item(0, t, t, float(len(t)), False, False)  # noqa: E731
    assert _near_dian([mk(t) for t in ["甲", "乙", "丙", "丁", "本报兰州1月10日电", "戊"]]) == [2, 3, 4]
    assert _near_dian([mk(t) for t in ["甲", "乙", "丙", "丁"]]) == []
