"""The schemas: every named check catches what it names, and the exports in schemas/ match the code."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from textclean.analysis.script import Converter, convert_article
from textclean.dataset import schemas
from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.rows import paragraph_records
from textclean.dataset.schemas import (
    TableShapeError,
    articles_frame,
    paragraphs_frame,
    validate_articles,
    validate_paragraphs,
)
from textclean.models import Article, Block

SCHEMAS_DIR = Path(__file__).resolve().parents[2] / "schemas"


def make_article(i: int = 0, **changes: Any) -> Article:
    article = Article(
        article_id=f"{i:016x}",
        source=f"page_{i}.txt",
        source_sha256="ab" * 32,
        title="以法治化建设推进工会工作高质量发展",
        blocks=[Block("heading", "一、以习近平法治思想为引领"), Block("paragraph", "法律是治国之重器，唐鑛说。")],
        line_spans=[(0, 3), (5, 9)],
        authors=["苏炜", "刘景芝"],
        author_note="作者单位：中国工运研究所",
        affiliation="中国工运研究所",
    )
    for name, value in changes.items():
        setattr(article, name, value)
    return article


def row(article: Article) -> dict[str, Any]:
    """An article's row as the writer validates it: converted (mode none), with ``script`` and ``*_original``."""
    return convert_article(article.to_record(), Converter())


@pytest.fixture
def records() -> list[dict[str, Any]]:
    return [row(make_article(i)) for i in range(3)]


def test_well_formed_articles_pass(records: list[dict[str, Any]]) -> None:
    valid, rejects = validate_articles(articles_frame(records))
    assert rejects == []
    assert list(valid["article_id"]) == [r["article_id"] for r in records]


def test_seed_articles_pass(seed_results) -> None:
    records = [row(a) for r in seed_results for a in r.articles]
    assert records
    _, rejects = validate_articles(articles_frame(records))
    assert rejects == []


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda rec: rec.__setitem__(field, value)


TAMPERINGS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "char_count off by one": (lambda r: r.__setitem__("char_count", r["char_count"] + 1), "char_count_is_body_length"),
    "paragraph_count wrong": (lambda r: r.__setitem__("paragraph_count", 2), "paragraph_count_matches_blocks"),
    "body not the blocks": (_set("body", "别的内容"), "body_joins_blocks"),
    "unknown block kind": (lambda r: r["blocks"][0].__setitem__("kind", "footnote"), "block_kinds_in"),
    "blank block text": (lambda r: r["blocks"][1].__setitem__("text", " "), "blocks_well_formed"),
    "block with extra key": (lambda r: r["blocks"][1].__setitem__("style", "bold"), "blocks_well_formed"),
    "sha256 not hex": (_set("source_sha256", "xyz"), "str_matches"),
    "sha256 too short": (_set("source_sha256", "ab" * 31), "str_matches"),
    "blank title": (_set("title", "  "), "nonblank"),
    "empty optional text": (_set("kicker", ""), "nonblank"),
    "blank author": (_set("authors", ["苏炜", ""]), "names_list"),
    "authors not a list": (_set("authors", "苏炜"), "names_list"),
    "span reversed": (_set("line_spans", [[9, 5]]), "line_spans_well_formed"),
    "span not a pair": (_set("line_spans", [[1, 2, 3]]), "line_spans_well_formed"),
    "no spans": (_set("line_spans", []), "line_spans_well_formed"),
    "negative span": (_set("line_spans", [[-1, 2]]), "line_spans_well_formed"),
    "id with space": (_set("article_id", "a b"), "str_matches"),
    "unknown script": (_set("script", "latin"), "isin"),
    "original kept though unchanged": (
        lambda r: r.__setitem__("title_original", r["title"]),
        "originals_only_when_changed",
    ),
    "authors original unchanged": (
        lambda r: r.__setitem__("authors_original", list(r["authors"])),
        "originals_only_when_changed",
    ),
    "blank original": (_set("kicker_original", " "), "nonblank"),
    "keywords out of order": (
        _set("keywords", [{"term": "工会", "weight": 0.1}, {"term": "法治", "weight": 0.2}]),
        "keywords_well_formed",
    ),
    "keyword repeated": (
        _set("keywords", [{"term": "工会", "weight": 0.2}, {"term": "工会", "weight": 0.1}]),
        "keywords_well_formed",
    ),
    "keyword without weight": (_set("keywords", [{"term": "工会"}]), "keywords_well_formed"),
    "negative keyword weight": (_set("keywords", [{"term": "工会", "weight": -1.0}]), "keywords_well_formed"),
}


@pytest.mark.parametrize("tamper", list(TAMPERINGS), ids=list(TAMPERINGS))
def test_each_check_quarantines_its_row(tamper: str, records: list[dict[str, Any]]) -> None:
    change, check = TAMPERINGS[tamper]
    bad = copy.deepcopy(records)
    change(bad[1])
    valid, rejects = validate_articles(articles_frame(bad))
    assert list(valid["article_id"]) == [records[0]["article_id"], records[2]["article_id"]]
    assert len(rejects) == 1
    reject = rejects[0]
    assert (reject.source, reject.stage) == (records[1]["source"], "validate")
    assert check in {reject.reason} | set(reject.detail.replace(";", " ").split())
    assert bad[1]["article_id"] in reject.detail


def test_duplicate_ids_quarantine_both(records: list[dict[str, Any]]) -> None:
    records[2]["article_id"] = records[0]["article_id"]
    valid, rejects = validate_articles(articles_frame(records))
    assert list(valid.index) == [1]
    assert [r.reason for r in rejects] == ["field_uniqueness", "field_uniqueness"]


def test_negative_count_is_named(records: list[dict[str, Any]]) -> None:
    records[0]["char_count"] = -1
    _, rejects = validate_articles(articles_frame(records))
    assert "greater_than_or_equal_to" in rejects[0].detail


def test_a_missing_column_is_not_blamed_on_rows(records: list[dict[str, Any]]) -> None:
    frame = articles_frame(records).drop(columns=["kicker"])
    with pytest.raises(TableShapeError, match="kicker"):
        validate_articles(frame)


def test_wrong_dtype_is_a_table_error(records: list[dict[str, Any]]) -> None:
    frame = articles_frame(records)
    frame["char_count"] = frame["char_count"].astype(float)
    with pytest.raises(TableShapeError, match="char_count"):
        validate_articles(frame)


def test_paragraph_checks(records: list[dict[str, Any]]) -> None:
    rows = [row for r in records for row in paragraph_records(r)]
    valid, rejects = validate_paragraphs(paragraphs_frame(rows))
    assert (len(valid), rejects) == (len(rows), [])
    rows[0]["kind"] = "caption"
    rows[1]["char_count"] = 0
    rows[3]["block_index"] = rows[2]["block_index"]  # same article, same index twice
    _, rejects = validate_paragraphs(paragraphs_frame(rows))
    reasons = {r.reason for r in rejects}
    assert {"isin", "char_count_is_text_length", "multiple_fields_uniqueness"} <= reasons


def test_paragraph_token_and_original_checks(records: list[dict[str, Any]]) -> None:
    rows = [
        {**p, "text_original": None, "tokens": list(p["text"]), "token_count": len(p["text"])}
        for r in records
        for p in paragraph_records(r)
    ]
    valid, rejects = validate_paragraphs(paragraphs_frame(rows))
    assert (len(valid), rejects) == (len(rows), [])
    off = [{**p, "tokens": None, "token_count": None} for p in rows]  # tokens off: both null
    assert validate_paragraphs(paragraphs_frame(off))[1] == []
    rows[0]["token_count"] += 1
    rows[1]["tokens"] = ["工 会"]
    rows[1]["token_count"] = 1
    rows[2]["text_original"] = rows[2]["text"]
    rows[3]["token_count"] = None
    _, rejects = validate_paragraphs(paragraphs_frame(rows))
    assert [r.reason for r in rejects] == [
        "token_count_matches_tokens",
        "tokens_well_formed",
        "originals_only_when_changed",
        "token_count_matches_tokens",
    ]


def test_record_fields_match_the_schemas() -> None:
    """The cleaned record's fields come first, in order; the analysis columns follow."""
    record = make_article().to_record()
    assert ARTICLES_ARROW.names == list(schemas.ARTICLES.columns) == list(schemas.ARTICLE_DTYPES)
    assert ARTICLES_ARROW.names[: len(record)] == list(record)
    assert ARTICLES_ARROW.names == [*row(make_article()), "keywords"]
    paragraph = paragraph_records(record)[0]
    assert PARAGRAPHS_ARROW.names == list(schemas.PARAGRAPHS.columns) == list(schemas.PARAGRAPH_DTYPES)
    assert PARAGRAPHS_ARROW.names == [*paragraph, "text_original", "tokens", "token_count"]


def test_every_column_is_documented() -> None:
    """FIELD_DOCS is the single source of the columns' meanings: pandera descriptions and the card."""
    for name, pandera_schema, arrow in (
        ("articles", schemas.ARTICLES, ARTICLES_ARROW),
        ("paragraphs", schemas.PARAGRAPHS, PARAGRAPHS_ARROW),
    ):
        assert list(schemas.FIELD_DOCS[name]) == arrow.names
        assert {c: col.description for c, col in pandera_schema.columns.items()} == schemas.FIELD_DOCS[name]


def test_arrow_schemas_carry_the_huggingface_features() -> None:
    import json

    for arrow in (ARTICLES_ARROW, PARAGRAPHS_ARROW):
        meta = arrow.metadata
        assert meta[b"textclean.schema_version"] == schemas.SCHEMA_VERSION.encode()
        features = json.loads(meta[b"huggingface"])["info"]["features"]
        assert list(features) == arrow.names
    features = json.loads(ARTICLES_ARROW.metadata[b"huggingface"])["info"]["features"]
    assert features["keywords"] == {
        "feature": {"term": {"dtype": "string", "_type": "Value"}, "weight": {"dtype": "float64", "_type": "Value"}},
        "_type": "List",
    }


def test_schema_exports_are_current() -> None:
    expected = schemas.schema_files()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS_DIR.glob("*.json")}
    assert set(on_disk) == set(expected), "run `make schemas`"
    for name, text in expected.items():
        assert on_disk[name] == text, f"schemas/{name} is out of date: run `make schemas`"


def test_schema_cli_check_detects_drift(tmp_path: Path) -> None:
    assert schemas.main(["--write", str(tmp_path)]) == 0
    assert schemas.main(["--check", str(tmp_path)]) == 0
    (tmp_path / "articles.arrow.json").write_text("{}", encoding="utf-8")
    assert schemas.main(["--check", str(tmp_path)]) == 1
