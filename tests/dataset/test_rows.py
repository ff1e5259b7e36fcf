"""Cleaned pages -> rows (``textclean.dataset.rows.build_tables``): a row is quarantined alone, never its page.

An article the page prints without a headline is a row like any other
(``title == ""``, CONTRACT.md); a row that fails validation is set aside with
its reason, and the other articles of its page are written.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.files import ARTICLES_JSONL
from textclean.dataset.read import read_jsonl
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.models import Article, Block, PageResult

ROOT = Path(__file__).resolve().parents[2]
NO_HEADLINE = ROOT / "tests" / "pages" / "no_headline.txt"
CONFIG = Config(tokens=False, keywords_top_k=0)


def _article(i: int, **changes: Any) -> Article:
    article = Article(
        article_id=f"{i:016x}",
        source="page.txt",
        source_sha256="ab" * 32,
        title=f"第{i}篇的标题",
        blocks=[Block("paragraph", f"第{i}篇的正文。")],
        line_spans=[(10 * i, 10 * i + 5)],
    )
    return dataclasses.replace(article, **changes)


def _page(*articles: Article) -> PageResult:
    return PageResult("page.txt", "ab" * 32, "utf-8", articles=list(articles))


def test_an_article_without_a_headline_is_written_with_an_empty_title(tmp_path: Path) -> None:
    result = clean_page(NO_HEADLINE.name, NO_HEADLINE.read_bytes())
    assert [a.title for a in result.articles] == [""]
    tables = build_tables([result], CONFIG)
    assert [(a["title"], a["paragraph_count"]) for a in tables.articles] == [("", 2)]
    assert tables.rejects == []
    assert tables.inputs[0]["status"] == "processed"
    write_dataset(tmp_path, tables)
    assert [a["title"] for a in read_jsonl(tmp_path / ARTICLES_JSONL)] == [""]
    assert validate_dataset(tmp_path) == []


def test_untitled_and_titled_articles_of_one_page_are_all_written() -> None:
    tables = build_tables([_page(_article(0), _article(1, title=""), _article(2))], CONFIG)
    assert [a["title"] for a in tables.articles] == ["第0篇的标题", "", "第2篇的标题"]
    assert tables.rejects == []


def test_a_title_of_spaces_alone_is_still_quarantined() -> None:
    tables = build_tables([_page(_article(0), _article(1, title="  "))], CONFIG)
    assert [a["article_id"] for a in tables.articles] == [_article(0).article_id]
    assert [r.reason for r in tables.rejects] == ["nonblank"]


# Rows that fail in ways that used to stop the whole batch (every page in it): a value that makes a
# check raise, an article whose record cannot even be made. Each is quarantined alone, with its reason.
BAD_ROWS: dict[str, tuple[dict[str, Any], str]] = {
    "a block kind a check cannot hash": ({"blocks": [Block(["paragraph"], "正文。")]}, "blocks_well_formed"),  # type: ignore[arg-type]
    "a block text that is not a string": ({"blocks": [Block("paragraph", None)]}, "malformed_article"),  # type: ignore[arg-type]
    "authors that are not a list": ({"authors": None}, "malformed_article"),
    "blocks that are not a list": ({"blocks": None}, "malformed_article"),
}


@pytest.mark.parametrize("bad", list(BAD_ROWS), ids=list(BAD_ROWS))
def test_a_bad_row_is_quarantined_alone_and_its_page_keeps_its_other_articles(bad: str) -> None:
    changes, reason = BAD_ROWS[bad]
    broken = _article(1, **changes)
    other = PageResult("other.txt", "cd" * 32, "utf-8", articles=[_article(3, source="other.txt")])
    tables = build_tables([_page(_article(0), broken, _article(2, title="")), other], CONFIG)
    assert [a["article_id"] for a in tables.articles] == [_article(i).article_id for i in (0, 2, 3)]
    assert [(r.source, r.stage, r.reason) for r in tables.rejects] == [("page.txt", "validate", reason)]
    assert broken.article_id in tables.rejects[0].detail
    assert [(i["source"], i["status"], i["articles"], i["rejects"]) for i in tables.inputs] == [
        ("page.txt", "processed", 2, 1),
        ("other.txt", "processed", 1, 0),
    ]
    assert {p["article_id"] for p in tables.paragraphs} == {_article(i).article_id for i in (0, 2, 3)}
