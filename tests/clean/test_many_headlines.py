"""A crafted page of 1,600 headlines (about 400 KB) is cleaned in bounded windows and still read as articles.

Matching headlines to bodies grows faster than linearly with the headlines compared: cleaned whole, such a
page would take minutes. ``bench/many_headlines.py`` times it (200 to 1,600 headlines); this test checks what
bounds the work, the windows of :data:`~textclean.clean.page.TITLES_PER_WINDOW` titles, never a time.
"""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

from textclean.clean.layout import page_elements
from textclean.clean.lines import split_lines
from textclean.clean.page import MANY_LINES, TITLES_PER_WINDOW, clean_page, form_feed_lines, page_parts

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold"
#: Lines of one block: headline, byline, three body lines, each followed by a blank line (as pdfminer sets them).
BLOCK_LINES = 10


def _gold_text() -> tuple[list[str], list[str]]:
    """Long paragraphs and author names of the hand-checked gold articles, in a fixed order."""
    articles = [a for p in sorted(GOLD.glob("*.json")) for a in json.loads(p.read_text(encoding="utf-8"))["articles"]]
    paragraphs = [b["text"] for a in articles for b in a["blocks"] if b["kind"] == "paragraph" and len(b["text"]) > 62]
    return paragraphs, sorted({name for a in articles for name in a["authors"]})


def headline_block(i: int, paragraphs: list[str], names: list[str]) -> list[str]:
    """Block ``i``: a 12-character headline cut from a paragraph, a byline, and a body of three lines."""
    source = paragraphs[(i * 7) % len(paragraphs)]
    title = "".join(ch for ch in source[(i * 3) % 40 :] if ch not in "，。、；：“”（）《》")[:12]
    p = paragraphs[i % len(paragraphs)]
    body = ["　　" + p[:24], p[24:50], p[50:62] + "。"]
    return [x for line in [title, names[i % len(names)], *body] for x in (line, "")]


def many_headlines_page(n: int) -> bytes:
    """A page of ``n`` blocks of headline, byline and three body lines (1,600 blocks: about 400 KB), UTF-8."""
    paragraphs, names = _gold_text()
    return "\n".join(itertools.chain.from_iterable(headline_block(i, paragraphs, names) for i in range(n))).encode()


def test_a_page_of_1600_headlines_is_cleaned_in_windows_and_read_as_articles() -> None:
    data = many_headlines_page(1600)
    assert 380_000 <= len(data) <= 420_000
    text = data.decode()
    lines = split_lines(text)
    assert sum(not ln.blank for ln in lines) > MANY_LINES  # longer than a printed page: windows apply
    titles = [el for el in page_elements(lines) if el.kind == "title"]
    assert len(titles) >= 1500  # the layout sees (nearly) every headline

    parts = page_parts(lines, form_feed_lines(text))
    assert len(parts) == math.ceil(len(titles) / TITLES_PER_WINDOW)  # bounded work: a window per 30 titles
    assert max(len(part) for _, part in parts) <= (TITLES_PER_WINDOW + 1) * BLOCK_LINES
    assert [offset for offset, _ in parts] == sorted({offset for offset, _ in parts})

    articles = clean_page("headlines.txt", data).articles
    assert len(articles) >= 0.9 * 1600  # most of its articles
    paragraphs, names = _gold_text()
    blocks = [headline_block(i, paragraphs, names) for i in range(1600)]
    assert {a.title for a in articles} <= {block[0] for block in blocks}  # titles are the page's headlines
    bylines = {(block[4].strip() + block[6], block[2]) for block in blocks}
    found = [(a.body[:50], " ".join(a.authors)) for a in articles]
    assert sum(pair in bylines for pair in found) >= 0.9 * 1600  # each body with its own byline
    assert len({a.article_id for a in articles}) == len(articles)


def test_a_page_shorter_than_many_lines_but_of_hundreds_of_headlines_is_cleaned_in_windows() -> None:
    # 666 one-line articles (headline, byline, one body line) in under 2,000 lines: cleaned whole it took 8-18 s
    paragraphs, names = _gold_text()
    blocks = [x for i in range(666) for x in headline_block(i, paragraphs, names)[:6]]
    lines = split_lines("\n".join(blocks))
    assert sum(not ln.blank for ln in lines) <= MANY_LINES
    parts = page_parts(lines, [])
    assert len(parts) > 1
    assert all(sum(el.kind == "title" for el in page_elements(part)) <= TITLES_PER_WINDOW + 1 for _, part in parts)
    # negative: a printed page's worth of headlines is cleaned whole
    few = split_lines("\n".join(x for i in range(40) for x in headline_block(i, paragraphs, names)))
    assert page_parts(few, []) == [(0, few)]
