"""The tables' schemas: the single source for what a valid dataset holds.

Two views of the same tables:

* pandera schemas (:data:`ARTICLES`, :data:`PARAGRAPHS`) carry the checks
  (ids unique, kinds allowed, counts consistent with the body...; named in
  :mod:`textclean.dataset.checks`). A row that fails is quarantined under the
  check's name (:func:`validate_articles`), it never stops a run.
* Arrow schemas (:mod:`textclean.dataset.arrow`) fix the Parquet column types.

:data:`FIELD_DOCS` is the meaning of every column: the pandera columns'
descriptions and the dataset card's field tables (:mod:`textclean.dataset.card`).

``python -m textclean.dataset.schemas --write schemas/`` exports both as JSON; a test
fails when those files drift from this module.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow

import textclean.dataset.checks  # noqa: F401  (registers the named checks the schemas use)
from textclean.analysis.script import SCRIPTS, TEXT_FIELDS
from textclean.config import SCHEMA_VERSION
from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.models import BLOCK_KINDS, Reject

_ORIGINAL = (
    "`{}` before traditional -> simplified conversion (`textclean run --convert`); null unless conversion changed it"
)

#: Meaning of every column, by table: the pandera columns' descriptions and the dataset card's field tables.
#: Types are not repeated here: they come from the Arrow schemas.
FIELD_DOCS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "stable id: the same input bytes give the same id on every run and machine",
        "source": "input file name, e.g. `000_341eea174fccb12b.txt`",
        "source_sha256": "sha256 of the raw input bytes (64 hex digits)",
        "page_banner": "page-wide banner, e.g. `认真学习贯彻党的二十大精神`",
        "column": "column label, e.g. `前沿观察`",
        "kicker": "line set above the title (引题)",
        "title": "the headline; a wrapped headline is joined, a deliberate space between two halves kept; "
        '`""` when the page prints no headline for this body (the article is still written, never quarantined for it)',
        "subtitle": "副题, when present",
        "authors": "names from the byline, or the compiler of `（张菁 整理）`; may be empty",
        "author_note": "the closing parenthetical without its brackets, e.g. `作者单位：中国工运研究所`",
        "affiliation": "the institution when the note is `作者单位：X`",
        "pull_quote": "text of the `●观点` box, without its label",
        "blocks": "the body in reading order; `kind` is `paragraph`, `heading` (小标题) or `attribution`",
        "body": "the blocks' texts joined by a newline",
        "char_count": "`len(body)`",
        "paragraph_count": "number of blocks of kind `paragraph`",
        "line_spans": "0-based `[first, last]` raw line numbers the article was built from (provenance)",
        "decode_errors": "true when some bytes of the input page could not be decoded and were dropped "
        "(every article of that page); text never holds U+FFFD",
        "script": "`simplified`, `traditional`, `mixed` or `unknown`: the script of the original title and body",
        **{f"{name}_original": _ORIGINAL.format(name) for name in TEXT_FIELDS},
        "keywords": "the body's TF-IDF keywords (jieba's IDF table) as `{term, weight}`, heaviest first, ties by "
        "term, weights rounded to 6 decimals; null when keywords are off (`--keywords 0`)",
    },
    "paragraphs": {
        "article_id": "the article the block belongs to (joins `articles.article_id`)",
        "source": "input file name, as in `articles.source`",
        "block_index": "0-based position of the block in the article's `blocks`; with `article_id` the row's key",
        "kind": "`paragraph`, `heading` or `attribution`",
        "text": "the block's text",
        "char_count": "`len(text)`",
        "text_original": _ORIGINAL.format("text"),
        "tokens": "the words of `text` in order (jieba, accurate mode; punctuation and spaces are not words); "
        "null when tokens are off (`--no-tokens`)",
        "token_count": "`len(tokens)`; null when tokens are off",
    },
    "rejects": {
        "source": "input file name",
        "stage": "where it was set aside: `read`, `decode`, `segment`, `validate`",
        "reason": "why, e.g. `empty`, `too_large`, `binary`, `no_text`, `duplicate_source`, or for a row (set aside "
        "alone, its page's other articles are kept) a schema check's name or `malformed_article`",
        "detail": "a readable explanation (the row and every check it failed)",
    },
}

SHA256_RE = r"^[0-9a-f]{64}$"
ID_RE = r"^\S+$"

#: Article columns in the contract's order, with their pandas dtype.
ARTICLE_DTYPES: dict[str, str] = {
    "article_id": "str",
    "source": "str",
    "source_sha256": "str",
    "page_banner": "str",
    "column": "str",
    "kicker": "str",
    "title": "str",
    "subtitle": "str",
    "authors": "object",
    "author_note": "str",
    "affiliation": "str",
    "pull_quote": "str",
    "blocks": "object",
    "body": "str",
    "char_count": "int64",
    "paragraph_count": "int64",
    "line_spans": "object",
    "decode_errors": "bool",
    "script": "str",
    **{f"{name}_original": ("object" if name == "authors" else "str") for name in TEXT_FIELDS},
    "keywords": "object",
}

PARAGRAPH_DTYPES: dict[str, str] = {
    "article_id": "str",
    "source": "str",
    "block_index": "int64",
    "kind": "str",
    "text": "str",
    "char_count": "int64",
    "text_original": "str",
    "tokens": "object",
    "token_count": "Int64",
}


def _optional_text() -> pa.Column:
    return pa.Column(str, [pa.Check.nonblank(allow_empty=False), pa.Check.clean_chars()], nullable=True)


def _text() -> pa.Column:
    return pa.Column(str, [pa.Check.nonblank(allow_empty=False), pa.Check.clean_chars()])


def _title() -> pa.Column:
    """The title: text, or ``""`` for a body printed without a headline (CONTRACT.md); never spaces alone."""
    return pa.Column(str, [pa.Check.nonblank(allow_empty=True), pa.Check.clean_chars()])


def _original(name: str) -> pa.Column:
    """The column ``<name>_original``: null, or the field's value before conversion (checked as the field is)."""
    if name == "authors":
        return pa.Column(object, [pa.Check.names_list(), pa.Check.clean_chars()], nullable=True)
    if name == "body":
        return pa.Column(str, pa.Check.clean_chars_multiline(), nullable=True)
    if name == "title":
        return pa.Column(str, [pa.Check.nonblank(allow_empty=True), pa.Check.clean_chars()], nullable=True)
    return _optional_text()


def _describe_columns(schema: pa.DataFrameSchema, table: str) -> pa.DataFrameSchema:
    """``schema`` with each column's description from :data:`FIELD_DOCS` (KeyError for an undocumented column)."""
    for name, column in schema.columns.items():
        column.description = FIELD_DOCS[table][name]
    return schema


ARTICLES = _describe_columns(
    pa.DataFrameSchema(
        {
            "article_id": pa.Column(str, pa.Check.str_matches(ID_RE), unique=True),
            "source": _text(),
            "source_sha256": pa.Column(str, pa.Check.str_matches(SHA256_RE)),
            "page_banner": _optional_text(),
            "column": _optional_text(),
            "kicker": _optional_text(),
            "title": _title(),
            "subtitle": _optional_text(),
            "authors": pa.Column(object, [pa.Check.names_list(), pa.Check.clean_chars()]),
            "author_note": _optional_text(),
            "affiliation": _optional_text(),
            "pull_quote": _optional_text(),
            "blocks": pa.Column(
                object,
                [
                    pa.Check.blocks_well_formed(),
                    pa.Check.block_kinds_in(allowed=list(BLOCK_KINDS)),
                    pa.Check.clean_chars(),
                ],
            ),
            "body": pa.Column(str, pa.Check.clean_chars_multiline()),
            "char_count": pa.Column("int64", pa.Check.ge(0)),
            "paragraph_count": pa.Column("int64", pa.Check.ge(0)),
            "line_spans": pa.Column(object, pa.Check.line_spans_well_formed()),
            "decode_errors": pa.Column(bool),
            "script": pa.Column(str, pa.Check.isin(list(SCRIPTS))),
            **{f"{name}_original": _original(name) for name in TEXT_FIELDS},
            "keywords": pa.Column(object, pa.Check.keywords_well_formed(), nullable=True),
        },
        checks=[
            pa.Check.body_joins_blocks(),
            pa.Check.char_count_is_body_length(),
            pa.Check.paragraph_count_matches_blocks(),
            pa.Check.originals_only_when_changed(),
        ],
        strict=True,
        ordered=True,
        name="articles",
        description=f"One row per article (textclean schema {SCHEMA_VERSION}).",
    ),
    "articles",
)

PARAGRAPHS = _describe_columns(
    pa.DataFrameSchema(
        {
            "article_id": pa.Column(str, pa.Check.str_matches(ID_RE)),
            "source": _text(),
            "block_index": pa.Column("int64", pa.Check.ge(0)),
            "kind": pa.Column(str, pa.Check.isin(list(BLOCK_KINDS))),
            "text": _text(),
            "char_count": pa.Column("int64", pa.Check.ge(0)),
            "text_original": _optional_text(),
            "tokens": pa.Column(object, [pa.Check.tokens_well_formed(), pa.Check.clean_chars()], nullable=True),
            "token_count": pa.Column("Int64", pa.Check.ge(0), nullable=True),
        },
        checks=[
            pa.Check.char_count_is_text_length(),
            pa.Check.token_count_matches_tokens(),
            pa.Check.originals_only_when_changed(),
        ],
        unique=["article_id", "block_index"],
        strict=True,
        ordered=True,
        name="paragraphs",
        description=f"One row per block of an article body; joins articles on article_id (textclean schema {SCHEMA_VERSION}).",
    ),
    "paragraphs",
)


class TableShapeError(ValueError):
    """A table whose columns or dtypes are wrong: no single row is to blame."""


def _frame(records: Iterable[Mapping[str, Any]], dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Records as a frame with exactly the columns of ``dtypes``; a key a record lacks is null (None)."""
    columns = list(dtypes)
    rows = [[r.get(c) for c in columns] for r in records]
    df = pd.DataFrame(rows, columns=columns, dtype=object) if rows else pd.DataFrame(columns=columns)
    return df.astype({c: t for c, t in dtypes.items() if t != "object"})


def articles_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Article records (``Article.to_record()`` dicts) as a typed DataFrame.

    >>> articles_frame([]).dtypes["char_count"]
    dtype('int64')
    """
    return _frame(records, ARTICLE_DTYPES)


def paragraphs_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Paragraph records as a typed DataFrame."""
    return _frame(records, PARAGRAPH_DTYPES)


def failures(schema: pa.DataFrameSchema, df: pd.DataFrame) -> dict[int, list[tuple[str, str, object]]]:
    """Lazily validate ``df``; return ``{row label: [(check, column, failure case), ...]}``.

    Frame-wide checks (those comparing columns) have no column: ``(check, "", None)``.

    Checks that no row can be blamed for (a missing column, a wrong dtype)
    raise :class:`TableShapeError` instead.
    """
    try:
        schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    else:
        return {}
    unplaced = cases[cases["index"].isna()]
    if len(unplaced):
        problems = [f"{r.column}: {r.check} ({r.failure_case})" for r in unplaced.itertuples()]
        raise TableShapeError(f"{schema.name}: " + "; ".join(problems))
    by_row: dict[int, list[tuple[str, str, object]]] = {}
    for r in cases.itertuples():
        found = by_row.setdefault(int(r.index), [])
        check = re.sub(r"\(.*", "", str(r.check))  # `str_matches('^...$')` -> `str_matches`
        if any(check == c for c, _, _ in found):  # a frame-wide check reports every column: keep one
            continue
        frame_wide = r.schema_context == "DataFrameSchema"
        found.append((check, "" if frame_wide else str(r.column), None if frame_wide else r.failure_case))
    return dict(sorted(by_row.items()))


def _describe(found: list[tuple[str, str, object]]) -> str:
    return "; ".join(f"{check} on {column}={_short(case)}" if column else check for check, column, case in found)


def _short(value: object, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quarantine(schema: pa.DataFrameSchema, df: pd.DataFrame, key: str) -> tuple[pd.DataFrame, list[Reject]]:
    """Split ``df`` into the rows that pass ``schema`` and a :class:`Reject` for each row that does not.

    The reject's reason is the first failing check's name; its detail names
    the row (by ``key``) and every check it failed.
    """
    bad = failures(schema, df)
    rejects = [
        Reject(
            source=str(df.at[i, "source"]),
            stage="validate",
            reason=found[0][0],
            detail=f"{schema.name} {key}={df.at[i, key]}: {_describe(found)}",
        )
        for i, found in bad.items()
    ]
    return df.drop(index=list(bad)), rejects


def validate_articles(df: pd.DataFrame) -> tuple[pd.DataFrame, list[Reject]]:
    """Valid articles and one reject per failing row; never raises for bad rows.

    >>> ok, rejects = validate_articles(articles_frame([]))
    >>> len(ok), rejects
    (0, [])
    """
    return quarantine(ARTICLES, df, "article_id")


def validate_paragraphs(df: pd.DataFrame) -> tuple[pd.DataFrame, list[Reject]]:
    """Valid paragraph rows and one reject per failing row."""
    return quarantine(PARAGRAPHS, df, "article_id")


def arrow_schema_json(schema: pa_arrow.Schema) -> dict[str, Any]:
    """A readable JSON description of an Arrow schema."""
    return {
        "fields": [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in schema],
        "metadata": {
            k.decode(): json.loads(v) if k == b"huggingface" else v.decode() for k, v in (schema.metadata or {}).items()
        },
    }


def schema_files() -> dict[str, str]:
    """The contents of ``schemas/``: file name -> JSON text."""
    files = {
        "articles.pandera.json": json.loads(ARTICLES.to_json()),
        "paragraphs.pandera.json": json.loads(PARAGRAPHS.to_json()),
        "articles.arrow.json": arrow_schema_json(ARTICLES_ARROW),
        "paragraphs.arrow.json": arrow_schema_json(PARAGRAPHS_ARROW),
    }
    return {name: json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n" for name, doc in files.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textclean.dataset.schemas", description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", metavar="DIR", type=Path, help="write the JSON exports into DIR")
    parser.add_argument("--check", metavar="DIR", type=Path, help="exit 1 when DIR's exports differ from the code")
    args = parser.parse_args(argv)
    stale = []
    for name, text in schema_files().items():
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            (args.write / name).write_text(text, encoding="utf-8")
        if args.check:
            path = args.check / name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        if not (args.write or args.check):
            print(f"== {name}\n{text}")
    if stale:
        print("out of date (run `make schemas`): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
