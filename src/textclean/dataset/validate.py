"""A written dataset folder re-checked against the schemas and against itself: the problems found, in words."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from textclean.config import SCHEMA_VERSION
from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.commit import settle
from textclean.dataset.files import (
    ARTICLES_JSONL,
    ARTICLES_PARQUET,
    DATASET_FILES,
    MANIFEST_JSON,
    OPTIONAL_FILES,
    PARAGRAPHS_PARQUET,
    REJECT_FIELDS,
    REJECTS_JSONL,
    Record,
)
from textclean.dataset.manifest import mismatched_files
from textclean.dataset.read import read_jsonl, read_manifest
from textclean.dataset.rows import paragraph_records
from textclean.dataset.safeio import read_regular
from textclean.dataset.schemas import ARTICLES, PARAGRAPHS, TableShapeError, articles_frame, failures, paragraphs_frame


def validate_dataset(out_dir: str | Path) -> list[str]:
    """Re-check a written dataset against the schemas and itself; return the problems found (none: valid).

    Checks every file exists; the Parquet column types; every row against the
    pandera checks (naming row and check); that articles.jsonl holds the same
    rows in the same order as articles.parquet; that paragraphs.parquet has
    exactly one row per article block; the rejects' fields; and that the
    manifest's counts and checksums match the files. Finishes an interrupted
    commit first (:func:`~textclean.dataset.commit.settle`), and reports one it cannot finish.
    """
    out = Path(out_dir)
    if not out.is_dir():
        return [f"{out}: no such folder"]
    pending = settle(out)
    if pending is not None:
        return [pending]
    for _ in range(3):  # a run that commits while we read shows as a changed manifest: read again
        before = _manifest_bytes(out)
        problems = _dataset_problems(out)
        if _manifest_bytes(out) == before:
            break
    return problems


def _manifest_bytes(out: Path) -> bytes | None:
    try:
        return read_regular(out / MANIFEST_JSON)
    except OSError:
        return None


def _expected_files(out: Path) -> list[str]:
    """The files the dataset must have: :data:`DATASET_FILES`, optional ones only when the manifest lists them."""
    listed = (read_manifest(out) or {}).get("outputs")
    listed = listed if isinstance(listed, dict) else {}
    return [name for name in DATASET_FILES if name not in OPTIONAL_FILES or name in listed]


def expected_paragraphs(articles: Iterable[Mapping[str, Any]]) -> list[Record]:
    """The paragraph rows the articles imply (without tokens): one per block, with ``text_original``.

    An article's ``body_original`` (when conversion changed its body) holds the
    original blocks joined by newlines; a block's ``text_original`` is its
    original text when that differs from ``text``.
    """
    rows = []
    for article in articles:
        original = article.get("body_original")
        texts = original.split("\n") if isinstance(original, str) else None
        for row in paragraph_records(article):
            before = texts[row["block_index"]] if texts and row["block_index"] < len(texts) else row["text"]
            rows.append({**row, "text_original": before if before != row["text"] else None})
    return rows


def _dataset_problems(out: Path) -> list[str]:
    missing = [f"{name}: missing" for name in _expected_files(out) if not (out / name).is_file()]
    if missing:
        return missing
    articles, problems = _table_problems(out)
    problems += _jsonl_problems(out, articles)
    problems += _rejects_problems(out)
    problems += _manifest_problems(out)
    return problems


def _table_problems(out: Path) -> tuple[list[Record] | None, list[str]]:
    """The Parquet files' problems (columns, rows, one paragraph row per block) and the article rows, when readable."""
    problems: list[str] = []
    articles: list[Record] | None = None
    for name, arrow, schema_name, key in (
        (ARTICLES_PARQUET, ARTICLES_ARROW, "articles", "article_id"),
        (PARAGRAPHS_PARQUET, PARAGRAPHS_ARROW, "paragraphs", "article_id"),
    ):
        try:
            table = pq.read_table(out / name)
        except (OSError, pa_arrow.ArrowException) as exc:
            problems.append(f"{name}: not readable as Parquet ({exc})")
            continue
        shape = _schema_problems(name, table.schema, arrow)
        problems += shape
        if shape:
            continue
        records = table.to_pylist()
        frame = articles_frame(records) if schema_name == "articles" else paragraphs_frame(records)
        problems += _limit(_row_problems(name, schema_name, records, frame, key))
        if schema_name == "articles":
            articles = records
        elif articles is not None:
            problems += _block_problems(name, records, articles)
    return articles, problems


def _block_problems(name: str, records: list[Record], articles: list[Record]) -> list[str]:
    """Whether the paragraph rows ``records`` are exactly one per block of ``articles``."""
    expected = expected_paragraphs(articles)
    found = [{k: r.get(k) for k in e} for r, e in zip(records, expected, strict=False)]
    if len(records) != len(expected) or found != expected:
        diff = [i for i, (a, b) in enumerate(zip(found, expected, strict=False)) if a != b]
        where = f"first difference at row {diff[0]}" if diff else "rows missing or extra at the end"
        return [f"{name}: {len(records)} rows, not one per article block ({len(expected)} blocks); {where}"]
    return []


def _jsonl_problems(out: Path, articles: list[Record] | None) -> list[str]:
    """Whether ``articles.jsonl`` holds the rows of ``articles.parquet`` (``articles``), in order."""
    try:
        lines = read_jsonl(out / ARTICLES_JSONL)
    except (OSError, ValueError) as exc:
        return [f"{ARTICLES_JSONL}: not readable as JSONL ({exc})"]
    problems: list[str] = []
    if articles is not None and lines != articles:
        diff = [i for i, (a, b) in enumerate(zip(lines, articles, strict=False)) if a != b]
        if diff:
            problems += _limit([f"{ARTICLES_JSONL} row {i}: differs from {ARTICLES_PARQUET} row {i}" for i in diff], 10)
        if len(lines) != len(articles):
            problems.append(f"{ARTICLES_JSONL}: {len(lines)} rows, {ARTICLES_PARQUET} has {len(articles)}")
    return problems


def _rejects_problems(out: Path) -> list[str]:
    """Whether every row of ``rejects.jsonl`` has the reject fields, in order, all strings."""
    try:
        rejects = read_jsonl(out / REJECTS_JSONL)
    except (OSError, ValueError) as exc:
        return [f"{REJECTS_JSONL}: not readable as JSONL ({exc})"]
    return _limit(
        [
            f"{REJECTS_JSONL} row {i}: fields must be {list(REJECT_FIELDS)}, all strings"
            for i, r in enumerate(rejects)
            if not isinstance(r, dict)
            or list(r) != list(REJECT_FIELDS)
            or not all(isinstance(v, str) for v in r.values())
        ]
    )


def _manifest_problems(out: Path) -> list[str]:
    manifest = read_manifest(out)
    if manifest is None:
        return [f"{MANIFEST_JSON}: not a JSON object"]
    problems = []
    if manifest.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            f"{MANIFEST_JSON}: schema_version {manifest.get('schema_version')!r}, expected {SCHEMA_VERSION!r}"
        )
    outputs = manifest.get("outputs", {})
    names = _expected_files(out)[:-1]
    # the entries that are objects, each with its sha256 (None, matching no file, when it has none)
    listed = {name: {"sha256": meta.get("sha256")} for name in names if isinstance(meta := outputs.get(name), dict)}
    changed = set(mismatched_files(listed, listed, lambda name: hashlib.sha256(read_regular(out / name)).hexdigest()))
    for name in names:
        if name not in listed:
            problems.append(f"{MANIFEST_JSON}: no entry for {name}")
        elif name in changed:
            problems.append(f"{name}: sha256 differs from the manifest (changed after the run?)")
    return problems


def _schema_problems(name: str, actual: pa_arrow.Schema, expected: pa_arrow.Schema) -> list[str]:
    if actual.names != expected.names:
        return [f"{name}: columns {actual.names}, expected {expected.names}"]
    return [
        f"{name}: column {e.name} is {a.type}{'' if a.nullable else ' not null'}, "
        f"expected {e.type}{'' if e.nullable else ' not null'}"
        for a, e in zip(actual, expected, strict=True)
        if not a.type.equals(e.type) or (a.nullable and not e.nullable)
    ]


def _row_problems(name: str, schema_name: str, records: list[Record], frame: pd.DataFrame, key: str) -> list[str]:
    schema = ARTICLES if schema_name == "articles" else PARAGRAPHS
    try:
        bad = failures(schema, frame)
    except TableShapeError as exc:
        return [f"{name}: {exc}"]
    out = []
    for i, found in bad.items():
        checks = "; ".join(f"{c} ({col}={case!r})" if col else c for c, col, case in found)
        out.append(f"{name} row {i} ({key}={records[i].get(key)}): failed {checks}")
    return out


def _limit(problems: list[str], n: int = 50) -> list[str]:
    return problems if len(problems) <= n else [*problems[:n], f"... and {len(problems) - n} more"]
