"""Issue 7 wired in: script conversion, tokens and keywords in the written dataset, its metadata and card.

Library runs (build_tables / write_dataset) for the properties; one ``textclean run`` with every
analysis option for the wiring through the CLI and the flow.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from textclean.analysis import tokens as tokens_module
from textclean.analysis.script import TEXT_FIELDS, script_counts
from textclean.clean.page import clean_page
from textclean.cli import app
from textclean.config import SCHEMA_VERSION, Config
from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.assemble import write_dataset
from textclean.dataset.card import CARD_FILE, render_card
from textclean.dataset.files import ARTICLES_JSONL, ARTICLES_PARQUET, MANIFEST_JSON, PARAGRAPHS_PARQUET
from textclean.dataset.read import read_dataset, read_jsonl, read_records
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset

#: A page set in traditional characters by two authors; 唐鑛's 鑛 is a character newer OpenCC tables map to 矿.
TRADITIONAL = """以數字技術賦能職工技能培訓

唐鑛 劉景芝

近年來，各級工會積極推動職工技能培訓數

字化轉型，開發線上學習平臺，讓廣大職工

隨時隨地學習新知識、掌握新技能。

實踐證明，數字化培訓既降低了學習成本，

也擴大了覆蓋範圍。下一步，要繼續完善課

程體系，加強師資隊伍建設。

（作者單位：中國勞動關係學院）
"""

#: Every text field of an article row and a paragraph row (what conversion may change).
ARTICLE_TEXT = (*TEXT_FIELDS, "blocks")


def texts(rows: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{f: r[f] for f in fields} for r in rows]


@pytest.fixture(scope="module")
def traditional_result():
    result = clean_page("trad.txt", TRADITIONAL.encode("utf-8"))
    assert [a.authors for a in result.articles] == [["唐鑛", "劉景芝"]], result.rejects
    return result


# ---------------------------------------------------------------- reading the written dataset


def test_pandas_reads_tokens_and_keywords(dataset_dir: Path) -> None:
    articles = pd.read_parquet(dataset_dir / ARTICLES_PARQUET)
    paragraphs = pd.read_parquet(dataset_dir / PARAGRAPHS_PARQUET)
    assert list(articles.columns) == ARTICLES_ARROW.names and list(paragraphs.columns) == PARAGRAPHS_ARROW.names
    assert set(articles["script"]) == {"simplified"}
    first = articles["keywords"].iloc[0]
    assert len(first) == 10 and set(first[0]) == {"term", "weight"}
    assert all(len(t) == n for t, n in zip(paragraphs["tokens"], paragraphs["token_count"], strict=True))
    # tokens join back to their paragraph on (article_id, block_index), and are words of its text
    words = paragraphs.explode("tokens")[["article_id", "block_index", "tokens"]].dropna()
    joined = words.merge(paragraphs[["article_id", "block_index", "text"]], on=["article_id", "block_index"])
    assert len(joined) == paragraphs["token_count"].sum() > 0
    assert all(token in text for token, text in zip(joined["tokens"], joined["text"], strict=True))


def test_polars_reads_tokens_and_keywords(dataset_dir: Path) -> None:
    articles = pl.read_parquet(dataset_dir / ARTICLES_PARQUET)
    paragraphs = pl.read_parquet(dataset_dir / PARAGRAPHS_PARQUET)
    assert articles.schema["keywords"] == pl.List(pl.Struct({"term": pl.String, "weight": pl.Float64}))
    assert paragraphs.schema["tokens"] == pl.List(pl.String) and paragraphs.schema["token_count"] == pl.Int64
    assert articles.schema["authors_original"] == pl.List(pl.String)
    top = articles.select("article_id", pl.col("keywords").list.first().struct.field("term").alias("top"))
    per_article = (
        paragraphs.explode("tokens")
        .group_by("article_id")
        .agg(pl.col("tokens").alias("words"))
        .join(top, on="article_id")
    )
    assert per_article.height == articles.height
    assert all(t in words for t, words in zip(per_article["top"], per_article["words"], strict=True))


def test_duckdb_reads_tokens_and_keywords(dataset_dir: Path) -> None:
    a, p = dataset_dir / ARTICLES_PARQUET, dataset_dir / PARAGRAPHS_PARQUET
    rows = duckdb.sql(
        f"""
        SELECT p.article_id, p.block_index, t.token
        FROM '{p}' AS p, unnest(p.tokens) AS t(token)
        """
    ).fetchall()
    assert len(rows) == duckdb.sql(f"SELECT sum(token_count) FROM '{p}'").fetchall()[0][0]
    terms = duckdb.sql(f"SELECT k.term, k.weight FROM (SELECT unnest(keywords) AS k FROM '{a}')").fetchall()
    assert terms and all(isinstance(t, str) and w > 0 for t, w in terms)
    types = dict(duckdb.sql(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{a}')").fetchall())
    assert types["keywords"] == "STRUCT(term VARCHAR, weight DOUBLE)[]"


def test_keywords_are_the_bodys(dataset_dir: Path) -> None:
    """An article's keywords (from its paragraphs' tokens) are those of its body cut again, rounded."""
    tokenizer = tokens_module.Tokenizer()
    for row in read_records(dataset_dir / ARTICLES_PARQUET):
        expected = [(t, round(w, 6)) for t, w in tokenizer.keywords(row["body"], top_k=None)]
        expected.sort(key=lambda tw: (-tw[1], tw[0]))
        assert [(k["term"], k["weight"]) for k in row["keywords"]] == expected[:10]


# ---------------------------------------------------------------- conversion


def test_the_default_run_changes_no_text(seed_results) -> None:
    """Default, --convert none and --convert auto give the same text on the (simplified) seeds: what cleaning gave."""
    cleaned = [a.to_record() for r in seed_results for a in r.articles]
    default, none, auto = (
        build_tables(seed_results, config) for config in (None, Config(script_mode="none"), Config(script_mode="auto"))
    )
    assert texts(default.articles, ARTICLE_TEXT) == texts(cleaned, ARTICLE_TEXT)
    assert default.articles == none.articles == auto.articles
    assert default.paragraphs == none.paragraphs == auto.paragraphs
    for row in default.articles:
        assert row["script"] == "simplified"
        assert all(row[f"{f}_original"] is None for f in TEXT_FIELDS)
    assert all(p["text_original"] is None for p in default.paragraphs)


def test_t2s_converts_a_traditional_page_and_keeps_the_originals(traditional_result, tmp_path: Path) -> None:
    config = Config(script_mode="t2s", protect=frozenset({"唐鑛", "劉景芝"}))
    tables = build_tables([traditional_result], config)
    assert tables.rejects == []
    (article,) = tables.articles
    original = traditional_result.articles[0].to_record()
    assert article["script"] == "traditional"
    assert article["title"] == "以数字技术赋能职工技能培训" and article["title_original"] == original["title"]
    assert article["author_note"] == "作者单位：中国劳动关系学院"
    assert article["author_note_original"] == "作者單位：中國勞動關係學院"
    assert article["affiliation_original"] == "中國勞動關係學院"
    assert article["body_original"] == original["body"] and script_counts(article["body"])[0] == 0
    assert article["authors"] == ["唐鑛", "劉景芝"] and article["authors_original"] is None  # protected: unchanged
    assert article["char_count"] == original["char_count"]
    assert [p["text_original"] for p in tables.paragraphs] == [b["text"] for b in original["blocks"]]
    assert [p["text"] for p in tables.paragraphs] == [b["text"] for b in article["blocks"]]
    assert "数字化" in [k["term"] for k in article["keywords"]]  # keywords and tokens of the converted text
    assert "数字化" in tables.paragraphs[0]["tokens"] or "数字化" in tables.paragraphs[1]["tokens"]

    write_dataset(tmp_path, tables, config)
    assert validate_dataset(tmp_path) == []
    assert read_jsonl(tmp_path / ARTICLES_JSONL) == read_records(tmp_path / ARTICLES_PARQUET) == tables.articles

    unprotected = build_tables([traditional_result], Config(script_mode="t2s")).articles[0]
    assert unprotected["authors"] == ["唐鑛", "刘景芝"] and unprotected["authors_original"] == ["唐鑛", "劉景芝"]
    untouched = build_tables([traditional_result], Config()).articles[0]
    assert untouched["title"] == original["title"] and untouched["title_original"] is None


def test_tokens_and_keywords_off(seed_results, tmp_path: Path) -> None:
    tables = build_tables(seed_results, Config(tokens=False, keywords_top_k=0))
    assert {p["tokens"] for p in tables.paragraphs} == {None} == {p["token_count"] for p in tables.paragraphs}
    assert {a["keywords"] is None for a in tables.articles} == {True}
    write_dataset(tmp_path, tables, Config(tokens=False, keywords_top_k=0))
    assert validate_dataset(tmp_path) == []
    manifest = json.loads((tmp_path / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert manifest["tokenizer"] == {"tokens": False, "keywords_top_k": 0}
    three = build_tables(seed_results, Config(tokens=False, keywords_top_k=3))
    assert {len(a["keywords"]) for a in three.articles} == {3} and three.paragraphs[0]["tokens"] is None


def test_small_inputs_never_start_worker_processes(seed_results, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker process was started for two pages")

    monkeypatch.setattr(tokens_module, "ProcessPoolExecutor", no_pool)
    assert build_tables(seed_results, Config(workers=4)).paragraphs == build_tables(seed_results).paragraphs


def test_workers_give_the_same_tables(seed_results, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens_module, "PARALLEL_MIN_CHARS", 0)
    assert build_tables(seed_results, Config(workers=2)).paragraphs == build_tables(seed_results).paragraphs


# ---------------------------------------------------------------- metadata, manifest, card


def test_parquet_metadata_names_versions_and_settings(dataset_dir: Path) -> None:
    for name, schema in ((ARTICLES_PARQUET, ARTICLES_ARROW), (PARAGRAPHS_PARQUET, PARAGRAPHS_ARROW)):
        meta = pq.read_schema(dataset_dir / name).metadata
        assert meta[b"textclean.schema_version"] == SCHEMA_VERSION.encode()
        assert meta[b"textclean.tool_version"] and meta[b"textclean.rules_version"]
        tokenizer = json.loads(meta[b"textclean.tokenizer"])
        assert (tokenizer["name"], tokenizer["version"], tokenizer["tokens"]) == ("jieba", "0.42.1", True)
        script = json.loads(meta[b"textclean.script"])
        assert script["mode"] == "none" and script["converter"] == "opencc-python-reimplemented"
        assert meta[b"huggingface"] == schema.metadata[b"huggingface"]
        # the same key-value pairs in the Parquet footer itself, for readers that ignore the Arrow schema
        footer = pq.ParquetFile(dataset_dir / name).metadata.metadata
        assert footer[b"textclean.tokenizer"] == meta[b"textclean.tokenizer"]


def test_manifest_settings_force_a_rebuild(seed_results, seed_paths: list[Path], tmp_path: Path) -> None:
    from textclean.dataset.read import is_current
    from textclean.run.inputs import fingerprint

    files = fingerprint(seed_paths)
    write_dataset(tmp_path, build_tables(seed_results), paths=[str(p) for p in seed_paths])
    assert is_current(tmp_path, files, Config()) is not None
    assert is_current(tmp_path, files, Config(workers=3)) is not None  # changes no output
    for changed in (
        Config(script_mode="auto"),
        Config(protect=frozenset({"唐鑛"})),
        Config(tokens=False),
        Config(keywords_top_k=5),
        Config(token_config=tokens_module.TokenConfig(hmm=False)),
    ):
        assert is_current(tmp_path, files, changed) is None, changed
    user_dict = tmp_path / "user.txt"
    user_dict.write_text("工运事业 10\n", encoding="utf-8")
    with_dict = Config(token_config=tokens_module.TokenConfig(user_dict=user_dict))
    assert is_current(tmp_path, files, with_dict) is None


def test_the_card_is_written_with_the_dataset(dataset_dir: Path) -> None:
    card = (dataset_dir / CARD_FILE).read_text(encoding="utf-8")
    dataset = read_dataset(dataset_dir)
    assert card == render_card(dataset.manifest, dataset.articles, dataset.paragraphs, dataset.rejects)
    assert dataset.manifest["outputs"][CARD_FILE]["sha256"]
    assert "| `keywords` | `list<struct<term: string, weight: double>> or null` |" in card
    assert "| `tokens` | `list<string> or null` |" in card
    assert "- scripts: 8 simplified; 0 article(s) converted" in card
    assert "| `tokenizer.name` | jieba |" in card and "| `script.mode` | none |" in card


def test_a_dataset_without_a_card_still_validates(dataset_copy: Path) -> None:
    """Datasets written before the card existed: README.md is optional when the manifest does not list it."""
    (dataset_copy / CARD_FILE).unlink()
    manifest = json.loads((dataset_copy / MANIFEST_JSON).read_text(encoding="utf-8"))
    del manifest["outputs"][CARD_FILE]
    (dataset_copy / MANIFEST_JSON).write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    assert validate_dataset(dataset_copy) == []
    assert len(read_dataset(dataset_copy).articles) == manifest["counts"]["articles"]


def test_a_listed_card_must_match(dataset_copy: Path) -> None:
    (dataset_copy / CARD_FILE).write_text("# edited\n", encoding="utf-8")
    assert validate_dataset(dataset_copy) == [f"{CARD_FILE}: sha256 differs from the manifest (changed after the run?)"]
    (dataset_copy / CARD_FILE).unlink()
    assert validate_dataset(dataset_copy) == [f"{CARD_FILE}: missing"]


def test_paragraph_originals_must_agree_with_the_articles(traditional_result, tmp_path: Path) -> None:
    config = Config(script_mode="t2s")
    write_dataset(tmp_path, build_tables([traditional_result], config), config)
    path = tmp_path / PARAGRAPHS_PARQUET
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows[0]["text_original"] = rows[0]["text_original"][:-1] + "！"
    pq.write_table(table.from_pylist(rows, schema=table.schema), path)
    problems = validate_dataset(tmp_path)
    assert any("not one per article block" in p and "first difference at row 0" in p for p in problems), problems


# ---------------------------------------------------------------- the command line


def test_run_with_every_analysis_option(prefect_harness: None, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "trad.txt").write_text(TRADITIONAL, encoding="utf-8")
    protect = tmp_path / "protect.txt"
    protect.write_text("# names kept as written\n唐鑛\n劉景芝\n", encoding="utf-8")
    user_dict = tmp_path / "words.txt"
    user_dict.write_text("技能培训数字化 100 n\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(pages), "--out", str(out), "--convert", "t2s", "--protect", str(protect)]
    args += ["--userdict", str(user_dict), "--keywords", "3", "--workers", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"dataset: {out}/ (articles.parquet, articles.jsonl, paragraphs.parquet, rejects.jsonl, README.md" in (
        result.output
    )
    assert validate_dataset(out) == []
    (article,) = read_records(out / ARTICLES_PARQUET)
    assert (
        article["title"] == "以数字技术赋能职工技能培训" and article["title_original"] == "以數字技術賦能職工技能培訓"
    )
    assert article["authors"] == ["唐鑛", "劉景芝"]
    assert len(article["keywords"]) == 3
    paragraphs = read_records(out / PARAGRAPHS_PARQUET)
    assert "技能培训数字化" in paragraphs[0]["tokens"]  # the user dictionary's word
    manifest = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert manifest["script"]["mode"] == "t2s" and manifest["script"]["protect"]["names"] == 2
    assert manifest["tokenizer"]["user_dict"]["name"] == "words.txt" and manifest["tokenizer"]["keywords_top_k"] == 3
    assert str(tmp_path) not in (out / CARD_FILE).read_text(encoding="utf-8")

    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "up to date" in again.output
    plain = CliRunner().invoke(app, ["run", str(pages), "--out", str(out), "--no-tokens", "--keywords", "0"])
    assert plain.exit_code == 0 and "up to date" not in plain.output  # other settings: rebuilt
    (article,) = read_records(out / ARTICLES_PARQUET)
    assert article["title"] == "以數字技術賦能職工技能培訓" and article["keywords"] is None
    assert {p["tokens"] for p in read_records(out / PARAGRAPHS_PARQUET)} == {None}


@pytest.mark.parametrize("option", ["--protect", "--userdict"])
def test_a_missing_file_is_a_usage_error(option: str, seed_paths: list[Path], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    result = CliRunner().invoke(app, ["run", str(seed_paths[0]), "--out", str(tmp_path / "out"), option, str(missing)])
    assert result.exit_code == 2
    assert str(missing) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_convert_takes_one_of_three_modes(seed_paths: list[Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(seed_paths[0]), "--out", str(tmp_path / "o"), "--convert", "s2t"])
    assert result.exit_code == 2 and "s2t" in result.output
