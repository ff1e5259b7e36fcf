"""The tables' schemas: the single source for what a valid dataset holds.

Two views of the same tables:

* pandera schemas (:data:`ARTICLES`, :data:`PARAGRAPHS`) carry the checks
  (ids unique, kinds allowed, counts consistent with the body...).  Every check
  has a name; a row that fails is quarantined under that name
  (:func:`validate_articles`), it never stops a run.
* Arrow schemas (:data:`ARTICLES_ARROW`, :data:`PARAGRAPHS_ARROW`) fix the
  Parquet column types: ``list<struct<kind, text>>`` blocks, ``list<string>``
  authors, ``list<list<int64>>`` line spans, ``list<struct<term, weight>>``
  keywords, ``list<string>`` tokens. Their metadata carries the schema version
  and the HuggingFace ``datasets`` features (:func:`hf_features`), so
  ``datasets.load_dataset("parquet", ...)`` restores the same types.

:data:`FIELD_DOCS` is the meaning of every column: the pandera columns'
descriptions and the dataset card's field tables (:mod:`textclean.dataset.card`).

``python -m textclean.dataset.schemas --write schemas/`` exports both as JSON; a test
fails when those files drift from this module.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeGuard

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
from pandera.extensions import register_check_method

from textclean.analysis.script import SCRIPTS, TEXT_FIELDS
from textclean.config import SCHEMA_VERSION
from textclean.models import BLOCK_KINDS, Reject

# ---------------------------------------------------------------- named checks
# Registered checks are serialisable (they appear by name in schemas/*.json)
# and their name is the ``reason`` of a quarantined row.


def _is_list(value: object) -> TypeGuard[Sequence[Any]]:
    return isinstance(value, list | tuple)


def _each(series: pd.Series, ok: Callable[[Any], bool]) -> pd.Series:
    """``ok`` of every value of ``series``, as a boolean Series on its index."""
    return pd.Series([ok(v) for v in series.tolist()], index=series.index, dtype=bool)


def value_check(ok: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """Register ``ok`` (one value -> bool) as the pandera check named like it without its ``_``; return ``ok``.

    ``pa.Check.nonblank()`` then tests every value of a column with
    ``_nonblank``, in one list comprehension: a vectorized check, because
    pandera's element-wise checks go through ``Series.map`` and a wrapper per
    value (half the validation time).
    """

    def check(series: pd.Series) -> pd.Series:
        return _each(series, ok)

    check.__name__ = check.__qualname__ = ok.__name__.lstrip("_")
    check.__doc__ = ok.__doc__
    register_check_method(check_type="vectorized")(check)
    return ok


@value_check
def _nonblank(value: object) -> bool:
    """A string with at least one non-space character."""
    return isinstance(value, str) and bool(value.strip())


#: What no text field may hold: C0 controls (the body's newlines aside), DEL,
#: C1 controls, BOM / zero-width no-break space, U+FFFD (textclean drops
#: undecodable bytes and says so in ``decode_errors``).
FORBIDDEN_CHARS_RE = re.compile("[\x00-\x1f\x7f-\x9f\ufeff\ufffd]")


def _clean(value: object, allow_newline: bool = False) -> bool:
    if not isinstance(value, str):
        return False
    return FORBIDDEN_CHARS_RE.search(value.replace("\n", "") if allow_newline else value) is None


@value_check
def _clean_chars(value: object) -> bool:
    """No control character, BOM or U+FFFD in a text (or in any text of a list of names or blocks).

    A text that may span blocks (``body``) may hold newlines.
    """
    if _is_list(value):
        try:  # a list of strings (names, tokens: hundreds a paragraph): one join, no per-item checks
            return _clean("".join(value))
        except TypeError:  # blocks ({kind, text}) or something else
            pass
        texts = [b.get("text") if isinstance(b, Mapping) else b for b in value]
        strings = [t for t in texts if isinstance(t, str)]
        return len(strings) == len(texts) and _clean("".join(strings))  # one search: tokens are many
    return _clean(value)


@value_check
def _clean_chars_multiline(value: object) -> bool:
    """As :func:`_clean_chars`, newlines allowed (the body joins its blocks with them)."""
    return _clean(value, allow_newline=True)


@value_check
def _names_list(value: object) -> bool:
    """A list of non-blank names (may be empty)."""
    return _is_list(value) and all(_nonblank(v) for v in value)


@value_check
def _blocks_well_formed(value: object) -> bool:
    """A list of ``{"kind": str, "text": non-blank str}`` objects."""
    return _is_list(value) and all(
        isinstance(b, Mapping) and set(b) == {"kind", "text"} and isinstance(b["kind"], str) and _nonblank(b["text"])
        for b in value
    )


@register_check_method(statistics=["allowed"], check_type="vectorized")
def block_kinds_in(series: pd.Series, *, allowed: Sequence[str]) -> pd.Series:
    """Every block's kind is one of ``allowed``."""
    kinds = frozenset(allowed)
    return _each(series, lambda v: _is_list(v) and all(isinstance(b, Mapping) and b.get("kind") in kinds for b in v))


@value_check
def _line_spans_well_formed(value: object) -> bool:
    """A non-empty list of ``[first, last]`` 0-based line numbers, first <= last."""
    return (
        _is_list(value)
        and len(value) > 0
        and all(
            _is_list(s)
            and len(s) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in s)
            and 0 <= s[0] <= s[1]
            for s in value
        )
    )


def _texts(blocks: object) -> list[str] | None:
    if not _is_list(blocks):
        return None
    try:
        return [str(b["text"]) for b in blocks]
    except (KeyError, TypeError):
        return None


def _body_of(blocks: object) -> str | None:
    texts = _texts(blocks)
    return None if texts is None else "\n".join(texts)


def _values(df: pd.DataFrame, name: str) -> list[Any]:
    """The values of column ``name`` as a list (the same values iterating the column gives, at
    a fraction of the cost: iterating an Arrow-backed string column converts one value at a time)."""
    return df[name].tolist()


@register_check_method(check_type="vectorized")
def body_joins_blocks(df: pd.DataFrame) -> pd.Series:
    """``body`` is the blocks' texts joined by newlines."""
    return pd.Series(
        [_body_of(b) == body for b, body in zip(_values(df, "blocks"), _values(df, "body"), strict=True)],
        index=df.index,
    )


@register_check_method(check_type="vectorized")
def char_count_is_body_length(df: pd.DataFrame) -> pd.Series:
    """``char_count`` is ``len(body)``."""
    return _char_count_is_length_of(df, "body")


@register_check_method(check_type="vectorized")
def paragraph_count_matches_blocks(df: pd.DataFrame) -> pd.Series:
    """``paragraph_count`` is the number of blocks of kind ``paragraph``."""

    def count(blocks: object) -> int | None:
        if not _is_list(blocks):
            return None
        return sum(1 for b in blocks if isinstance(b, Mapping) and b.get("kind") == "paragraph")

    return pd.Series(
        [count(b) == n for b, n in zip(_values(df, "blocks"), _values(df, "paragraph_count"), strict=True)],
        index=df.index,
    )


@register_check_method(check_type="vectorized")
def char_count_is_text_length(df: pd.DataFrame) -> pd.Series:
    """``char_count`` is ``len(text)``."""
    return _char_count_is_length_of(df, "text")


def _char_count_is_length_of(df: pd.DataFrame, column: str) -> pd.Series:
    """Row by row: ``char_count`` is the length of the text in ``column``."""
    return pd.Series(
        [
            isinstance(t, str) and len(t) == n
            for t, n in zip(_values(df, column), _values(df, "char_count"), strict=True)
        ],
        index=df.index,
    )


@value_check
def _tokens_well_formed(value: object) -> bool:
    """A list of tokens: non-empty strings without white space (may be empty)."""
    if not _is_list(value):
        return False
    try:
        joined = "".join(value)  # TypeError unless every token is a string
    except TypeError:
        return False
    return all(value) and not _SPACE_RE.search(joined)  # no empty token; one search over all tokens


_SPACE_RE = re.compile(r"\s")


@value_check
def _keywords_well_formed(value: object) -> bool:
    """A list of ``{"term": non-blank str, "weight": number >= 0}``, distinct terms, heaviest first, ties by term."""
    if not _is_list(value):
        return False
    ok = all(
        isinstance(k, Mapping)
        and set(k) == {"term", "weight"}
        and _nonblank(k["term"])
        and isinstance(k["weight"], int | float)
        and not isinstance(k["weight"], bool)
        and math.isfinite(k["weight"])
        and k["weight"] >= 0
        for k in value
    )
    if not ok:
        return False
    keys = [(-k["weight"], k["term"]) for k in value]
    return keys == sorted(keys) and len({k["term"] for k in value}) == len(value)


def _changed(original: object, value: object) -> bool:
    """An ``*_original`` cell is null, or differs from the converted value."""
    if original is None or (not _is_list(original) and pd.isna(original)):
        return True
    if _is_list(original) and _is_list(value):
        return list(original) != list(value)
    return bool(original != value)


@register_check_method(check_type="vectorized")
def originals_only_when_changed(df: pd.DataFrame) -> pd.Series:
    """Every ``<field>_original`` is null unless conversion changed ``<field>`` (then it differs from it)."""
    ok = [True] * len(df)
    for name in (*TEXT_FIELDS, "text"):
        if f"{name}_original" in df.columns:
            originals, values = _values(df, f"{name}_original"), _values(df, name)
            ok = [k and _changed(o, v) for k, o, v in zip(ok, originals, values, strict=True)]
    return pd.Series(ok, index=df.index, dtype=bool)


@register_check_method(check_type="vectorized")
def token_count_matches_tokens(df: pd.DataFrame) -> pd.Series:
    """``token_count`` is ``len(tokens)``; both are null when tokens are off."""

    def ok(tokens: object, n: object) -> bool:
        if _is_list(tokens):
            return not pd.isna(n) and bool(n == len(tokens))
        return tokens is None and pd.isna(n)

    return pd.Series(
        [ok(t, n) for t, n in zip(_values(df, "tokens"), _values(df, "token_count"), strict=True)], index=df.index
    )


# ---------------------------------------------------------------- what each column means

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
        "title": "the headline; a wrapped headline is joined, a deliberate space between two halves kept",
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
        "reason": "why, e.g. `empty`, `too_large`, `binary`, `no_text`, `duplicate_source`, or a schema check's name",
        "detail": "a readable explanation (the row and every check it failed)",
    },
}


# ---------------------------------------------------------------- pandera schemas

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
    return pa.Column(str, [pa.Check.nonblank(), pa.Check.clean_chars()], nullable=True)


def _text() -> pa.Column:
    return pa.Column(str, [pa.Check.nonblank(), pa.Check.clean_chars()])


def _original(name: str) -> pa.Column:
    """The column ``<name>_original``: null, or the field's value before conversion (checked as the field is)."""
    if name == "authors":
        return pa.Column(object, [pa.Check.names_list(), pa.Check.clean_chars()], nullable=True)
    if name == "body":
        return pa.Column(str, pa.Check.clean_chars_multiline(), nullable=True)
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
            "title": _text(),
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

# ---------------------------------------------------------------- Arrow schemas


def _str(name: str, nullable: bool = False) -> pa_arrow.Field:
    return pa_arrow.field(name, pa_arrow.string(), nullable=nullable)


def _strings(name: str, nullable: bool = False) -> pa_arrow.Field:
    """A ``list<string>`` column (the list may be null when ``nullable``; its items never are)."""
    return pa_arrow.field(name, pa_arrow.list_(pa_arrow.field("item", pa_arrow.string(), nullable=False)), nullable)


BLOCK_ARROW = pa_arrow.struct([_str("kind"), _str("text")])
KEYWORD_ARROW = pa_arrow.struct([_str("term"), pa_arrow.field("weight", pa_arrow.float64(), nullable=False)])

_HF_VALUE_TYPES = {"string": "string", "int64": "int64", "bool": "bool", "double": "float64"}


def hf_feature(dtype: pa_arrow.DataType) -> Any:
    """The HuggingFace ``datasets`` feature of an Arrow type, as ``Features.to_dict()`` writes it.

    >>> hf_feature(pa_arrow.list_(pa_arrow.string()))
    {'feature': {'dtype': 'string', '_type': 'Value'}, '_type': 'List'}
    """
    if pa_arrow.types.is_list(dtype):
        return {"feature": hf_feature(dtype.value_type), "_type": "List"}
    if pa_arrow.types.is_struct(dtype):
        return {f.name: hf_feature(f.type) for f in dtype}
    return {"dtype": _HF_VALUE_TYPES[str(dtype)], "_type": "Value"}


def hf_features(schema: pa_arrow.Schema) -> dict[str, Any]:
    """The ``datasets`` features of a table, column by column (a test compares them with ``datasets``' own)."""
    return {f.name: hf_feature(f.type) for f in schema}


def _with_metadata(schema: pa_arrow.Schema) -> pa_arrow.Schema:
    """``schema`` carrying the schema version and the ``huggingface`` features key, as ``datasets`` writes it.

    Both end up in the Parquet file's key-value metadata (the writer adds the
    run's versions and settings, see :func:`textclean.dataset.manifest.parquet_metadata`).
    """
    features = {"info": {"features": hf_features(schema)}}
    return schema.with_metadata(
        {
            b"textclean.schema_version": SCHEMA_VERSION.encode(),
            b"huggingface": json.dumps(features, ensure_ascii=False).encode("utf-8"),
        }
    )


ARTICLES_ARROW = _with_metadata(
    pa_arrow.schema(
        [
            _str("article_id"),
            _str("source"),
            _str("source_sha256"),
            _str("page_banner", True),
            _str("column", True),
            _str("kicker", True),
            _str("title"),
            _str("subtitle", True),
            _strings("authors"),
            _str("author_note", True),
            _str("affiliation", True),
            _str("pull_quote", True),
            pa_arrow.field(
                "blocks", pa_arrow.list_(pa_arrow.field("item", BLOCK_ARROW, nullable=False)), nullable=False
            ),
            _str("body"),
            pa_arrow.field("char_count", pa_arrow.int64(), nullable=False),
            pa_arrow.field("paragraph_count", pa_arrow.int64(), nullable=False),
            pa_arrow.field(
                "line_spans",
                pa_arrow.list_(
                    pa_arrow.field(
                        "item", pa_arrow.list_(pa_arrow.field("item", pa_arrow.int64(), nullable=False)), nullable=False
                    )
                ),
                nullable=False,
            ),
            pa_arrow.field("decode_errors", pa_arrow.bool_(), nullable=False),
            _str("script"),
            *(_strings(f"{n}_original", True) if n == "authors" else _str(f"{n}_original", True) for n in TEXT_FIELDS),
            pa_arrow.field(
                "keywords", pa_arrow.list_(pa_arrow.field("item", KEYWORD_ARROW, nullable=False)), nullable=True
            ),
        ]
    )
)

PARAGRAPHS_ARROW = _with_metadata(
    pa_arrow.schema(
        [
            _str("article_id"),
            _str("source"),
            pa_arrow.field("block_index", pa_arrow.int64(), nullable=False),
            _str("kind"),
            _str("text"),
            pa_arrow.field("char_count", pa_arrow.int64(), nullable=False),
            _str("text_original", True),
            _strings("tokens", True),
            pa_arrow.field("token_count", pa_arrow.int64(), nullable=True),
        ]
    )
)

# ---------------------------------------------------------------- frames and validation


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


# ---------------------------------------------------------------- JSON export


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
    parser = argparse.ArgumentParser(prog="python -m textclean.schemas", description=__doc__.split("\n\n")[0])
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
