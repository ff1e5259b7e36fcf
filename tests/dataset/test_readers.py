"""Every output file loads in pandas, polars and DuckDB, and the readers agree on the rows."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq

from textclean.dataset.files import ARTICLES_JSONL, ARTICLES_PARQUET, PARAGRAPHS_PARQUET, REJECTS_JSONL
from textclean.dataset.read import read_jsonl


def test_pandas_loads_every_file(dataset_dir: Path) -> None:
    articles = pd.read_parquet(dataset_dir / ARTICLES_PARQUET)
    lines = pd.read_json(dataset_dir / ARTICLES_JSONL, lines=True, dtype=False)
    paragraphs = pd.read_parquet(dataset_dir / PARAGRAPHS_PARQUET)
    assert len(articles) == len(lines) > 0
    assert list(articles.columns) == list(lines.columns)
    for column in ("article_id", "title", "body", "char_count"):
        assert articles[column].tolist() == lines[column].tolist()
    assert len(paragraphs) == sum(len(b) for b in articles["blocks"])
    assert paragraphs["article_id"].isin(articles["article_id"]).all()
    assert articles["char_count"].tolist() == articles["body"].str.len().tolist()


def test_polars_parquet_and_jsonl_hold_the_same_rows_in_order(dataset_dir: Path) -> None:
    parquet = pl.read_parquet(dataset_dir / ARTICLES_PARQUET)
    jsonl = pl.read_ndjson(dataset_dir / ARTICLES_JSONL, schema=parquet.schema)
    assert parquet.equals(jsonl)
    assert parquet.schema["blocks"] == pl.List(pl.Struct({"kind": pl.String, "text": pl.String}))
    assert parquet.schema["line_spans"] == pl.List(pl.List(pl.Int64))
    paragraphs = pl.read_parquet(dataset_dir / PARAGRAPHS_PARQUET)
    assert paragraphs.height == parquet["blocks"].list.len().sum()
    assert paragraphs.join(parquet, on="article_id", how="anti").height == 0


def test_duckdb_reads_and_joins(dataset_dir: Path) -> None:
    con = duckdb.connect()
    a, p = dataset_dir / ARTICLES_PARQUET, dataset_dir / PARAGRAPHS_PARQUET
    n_articles = con.sql(f"SELECT count(*) FROM '{a}'").fetchall()[0]
    n_lines = con.sql(
        f"SELECT count(*) FROM read_json('{dataset_dir / ARTICLES_JSONL}', format='newline_delimited')"
    ).fetchall()[0]
    assert n_articles == n_lines
    mismatched = con.sql(
        f"""
        SELECT a.article_id FROM '{a}' a JOIN '{p}' p USING (article_id)
        GROUP BY a.article_id, len(a.blocks) HAVING count(*) <> len(a.blocks)
        """
    ).fetchall()
    assert mismatched == []
    first_span = con.sql(f"SELECT line_spans[1][1] FROM '{a}' LIMIT 1").fetchall()[0]
    assert isinstance(first_span[0], int)


def test_jsonl_is_utf8_one_object_a_line_same_order_as_parquet(dataset_dir: Path) -> None:
    raw = (dataset_dir / ARTICLES_JSONL).read_bytes()
    text = raw.decode("utf-8")
    assert "\\u" not in text  # ensure_ascii=False: Chinese stays readable
    lines = text.splitlines()
    assert all(isinstance(json.loads(line), dict) for line in lines)
    assert [json.loads(line) for line in lines] == pq.read_table(dataset_dir / ARTICLES_PARQUET).to_pylist()


def test_rejects_jsonl_loads_everywhere(dataset_copy: Path) -> None:
    row = {"source": "x.txt", "stage": "read", "reason": "empty", "detail": "3 bytes, no text"}
    (dataset_copy / REJECTS_JSONL).write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert read_jsonl(dataset_copy / REJECTS_JSONL) == [row]
    assert pd.read_json(dataset_copy / REJECTS_JSONL, lines=True).to_dict("records") == [row]
    assert pl.read_ndjson(dataset_copy / REJECTS_JSONL).to_dicts() == [row]
    assert duckdb.sql(f"SELECT reason FROM read_json('{dataset_copy / REJECTS_JSONL}')").fetchall() == [("empty",)]
