"""An input of many printed pages is cleaned page by page (form feeds), and in bounded windows when it has none."""

from __future__ import annotations

from pathlib import Path

from textclean.clean.lines import split_lines
from textclean.clean.page import MANY_LINES, TITLES_PER_WINDOW, clean_page, page_parts

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]


def test_pages_joined_by_form_feeds_give_each_pages_articles() -> None:
    copies = 1 + MANY_LINES // 300  # a multi-page input: more lines than a printed page holds
    alone = [clean_page("p.txt", seed).articles for seed in SEEDS] * copies
    joined = clean_page("p.txt", b"\f".join(SEEDS * copies)).articles
    assert [a.title for a in joined] == [a.title for page in alone for a in page]
    assert [a.body for a in joined] == [a.body for page in alone for a in page]
    assert len({a.article_id for a in joined}) == len(joined)
    offset = len(SEEDS[0].decode().splitlines())  # the second page's lines keep the input's numbers
    assert joined[len(alone[0])].line_spans[0][0] >= offset - 1


def test_form_feeds_in_a_single_page_are_junk() -> None:
    page = SEEDS[0].replace("。".encode(), "。\f".encode())
    assert [a.title for a in clean_page("p.txt", page).articles] == [
        a.title for a in clean_page("p.txt", SEEDS[0]).articles
    ]


def test_a_form_feed_at_the_end_changes_nothing_but_the_ids() -> None:
    ended = [a.to_record() for a in clean_page("p.txt", SEEDS[0] + b"\n\f").articles]
    plain = [a.to_record() for a in clean_page("p.txt", SEEDS[0]).articles]
    ignore = ("article_id", "source_sha256")
    assert [{k: v for k, v in a.items() if k not in ignore} for a in ended] == [
        {k: v for k, v in a.items() if k not in ignore} for a in plain
    ]


def test_pages_run_together_without_form_feeds_are_cleaned_in_windows() -> None:
    copies = 1 + MANY_LINES // 200
    text = b"\n\n".join(SEEDS * copies).decode()
    lines = split_lines(text)
    parts = page_parts(lines, [])
    assert len(parts) > 1  # windows: matching work is bounded, whatever the input's size
    assert sum(len(part) for _, part in parts) <= len(lines)  # every line in one part at most
    titles_per_copy = sum(len(clean_page("p.txt", seed).articles) for seed in SEEDS)
    assert titles_per_copy * copies > TITLES_PER_WINDOW
    articles = clean_page("p.txt", text.encode()).articles
    assert len(articles) >= 0.8 * titles_per_copy * copies  # the text is still read as articles
    assert len({a.article_id for a in articles}) == len(articles)


def test_a_short_page_is_one_part() -> None:
    lines = split_lines(SEEDS[0].decode())
    assert page_parts(lines, []) == [(0, lines)]
