"""The dataset card: a ``README.md`` for a written dataset folder, in Markdown.

:func:`render_card` says what each file is, every field with its type and
meaning, the counts, the sources with their sha256, the rejects, the versions
the data came from, and how to load the files with pandas, polars, DuckDB and
HuggingFace ``datasets``. Its output depends only on its arguments (no dates,
no machine paths: sources are named by file name), so the same dataset gives
the same card.

Types come from the Arrow schemas in :mod:`textclean.schemas` (the tables'
single source); meanings come from :data:`FIELD_DOCS` here, because the
schemas carry no descriptions yet. A test fails when the two disagree on the
list of fields.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from .models import BLOCK_KINDS
from .schemas import ARTICLES_ARROW, PARAGRAPHS_ARROW

#: The card's own file name in a dataset folder.
CARD_FILE = "README.md"

#: What each file of a dataset holds: file name -> (one row per, note). The card is not listed: it is the card.
FILE_DOCS: dict[str, tuple[str, str]] = {
    "articles.parquet": ("article", "zstd-compressed Parquet; the main table"),
    "articles.jsonl": (
        "article",
        "the same rows in the same order as `articles.parquet`; UTF-8, one JSON object a line",
    ),
    "paragraphs.parquet": ("block of an article body", "flat table for analysis; joins `articles` on `article_id`"),
    "rejects.jsonl": ("quarantined input or row", "nothing is dropped silently: every input or row set aside is here"),
    "manifest.json": ("run", "inputs with sha256 and status, counts, versions, sha256 of every other file"),
}

#: Meaning of every field, by table. Types are not repeated here: they come from the Arrow schemas,
#: and only the fields those schemas have are rendered (a test fails when one has no meaning here).
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
        # Analysis columns (textclean.script, textclean.tokens): rendered once the schemas have them.
        "script": "`simplified`, `traditional`, `mixed` or `unknown`, detected on the original title and body",
        **{
            f"{name}_original": f"`{name}` before traditional -> simplified conversion; null when conversion left it unchanged"
            for name in (
                "page_banner",
                "column",
                "kicker",
                "title",
                "subtitle",
                "authors",
                "author_note",
                "affiliation",
                "pull_quote",
                "body",
            )
        },
        "keywords": "the body's TF-IDF keywords (jieba's IDF table), heaviest first, ties by term",
    },
    "paragraphs": {
        "article_id": "the article the block belongs to (joins `articles.article_id`)",
        "source": "input file name, as in `articles.source`",
        "block_index": "0-based position of the block in the article's `blocks`",
        "kind": "`paragraph`, `heading` or `attribution`",
        "text": "the block's text",
        "char_count": "`len(text)`",
        "text_original": "`text` before traditional -> simplified conversion; null when conversion left it unchanged",
        "tokens": "the words of `text` (jieba, accurate mode; punctuation and spaces are not words)",
    },
    "rejects": {
        "source": "input file name",
        "stage": "where it was set aside: `read`, `segment`, `validate`",
        "reason": "why, e.g. `empty`, `too_large`, `unreadable`, `no_text`, `duplicate_source`, or a schema check's name",
        "detail": "a readable explanation (the row and every check it failed)",
    },
}

#: The tables documented field by field, with their Arrow schema and the files that hold them.
TABLES: tuple[tuple[str, pa.Schema | None, str], ...] = (
    ("articles", ARTICLES_ARROW, "`articles.parquet`, `articles.jsonl`"),
    ("paragraphs", PARAGRAPHS_ARROW, "`paragraphs.parquet`"),
    ("rejects", None, "`rejects.jsonl`"),
)

#: Manifest keys shown under "Provenance" when present (other keys are summarised elsewhere or omitted).
PROVENANCE_KEYS = (
    "tool",
    "tool_version",
    "schema_version",
    "rules_version",
    "code_digest",
    "config",
    "tokenizer",
    "script",
)

MAX_REJECT_ROWS = 50


# ---------------------------------------------------------------- formatting helpers


def type_name(dtype: pa.DataType) -> str:
    """A short readable name of an Arrow type.

    >>> type_name(pa.list_(pa.field("item", pa.string(), nullable=False)))
    'list<string>'
    >>> type_name(pa.list_(pa.struct([("kind", pa.string()), ("text", pa.string())])))
    'list<struct<kind: string, text: string>>'
    """
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype):
        return f"list<{type_name(dtype.value_type)}>"
    if pa.types.is_struct(dtype):
        return "struct<" + ", ".join(f"{f.name}: {type_name(f.type)}" for f in dtype) + ">"
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return "string"
    return str(dtype)


def field_type(field: pa.Field) -> str:
    """The field's type, ``or null`` when nullable.

    >>> field_type(pa.field("title", pa.string(), nullable=True))
    'string or null'
    """
    return type_name(field.type) + (" or null" if field.nullable else "")


def cell(value: object) -> str:
    """A value as text for one Markdown table cell (pipes escaped, one line).

    >>> cell("a|b\\nc"), cell(None), cell(1234567)
    ('a\\\\|b c', '', '1,234,567')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return " ".join(str(value).split()).replace("|", "\\|")


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """Lines of a Markdown table.

    >>> table(["a", "b"], [[1, "x"]])
    ['| a | b |', '|---|---|', '| 1 | x |']
    """
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines


def _flat(value: object, prefix: str = "") -> list[tuple[str, object]]:
    """Nested mappings as dotted ``(key, value)`` pairs, keys sorted."""
    if isinstance(value, Mapping):
        pairs: list[tuple[str, object]] = []
        for key in sorted(value, key=str):
            pairs += _flat(value[key], f"{prefix}.{key}" if prefix else str(key))
        return pairs
    if isinstance(value, list | tuple):
        return [(prefix, ", ".join(str(v) for v in value))]
    return [(prefix, value)]


# ---------------------------------------------------------------- sections


def _files(articles: Any, paragraphs: Any, rejects: Sequence[Mapping[str, Any]]) -> list[str]:
    rows_of = {
        "articles.parquet": len(articles),
        "articles.jsonl": len(articles),
        "paragraphs.parquet": len(paragraphs),
        "rejects.jsonl": len(rejects),
    }
    rows = [[f"`{name}`", per_row, rows_of.get(name), note] for name, (per_row, note) in FILE_DOCS.items()]
    return ["## Files", "", *table(["file", "one row per", "rows", "notes"], rows), "", f"`{CARD_FILE}` is this card."]


def _counts(manifest: Mapping[str, Any], articles: Any, paragraphs: Any) -> list[str]:
    counts = manifest.get("counts", {})
    kinds = Counter(str(k) for k in paragraphs["kind"]) if len(paragraphs) else Counter[str]()
    by_kind = ", ".join(f"{kinds[k]:,} {k}" for k in (*BLOCK_KINDS, *sorted(set(kinds) - set(BLOCK_KINDS))) if kinds[k])
    n_articles = len(articles)
    chars = int(sum(int(n) for n in articles["char_count"])) if n_articles else 0
    with_authors = sum(1 for names in articles["authors"] if names is not None and len(names)) if n_articles else 0
    with_affiliation = sum(1 for a in articles["affiliation"] if isinstance(a, str)) if n_articles else 0
    reasons = counts.get("rejects_by_reason", {})
    lines = [
        "## Counts",
        "",
        f"- input pages: {cell(counts.get('inputs', 0))} "
        f"({cell(counts.get('processed', 0))} processed, {cell(counts.get('rejected', 0))} rejected)",
        f"- articles: {n_articles:,}, with {chars:,} body characters; "
        f"{with_authors:,} with authors, {with_affiliation:,} with an affiliation",
        f"- body blocks (rows of `paragraphs.parquet`): {len(paragraphs):,}" + (f" ({by_kind})" if by_kind else ""),
        f"- rejects: {cell(counts.get('rejects', 0))}"
        + (" (" + ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())) + ")" if reasons else ""),
    ]
    return lines


def _fields() -> list[str]:
    lines = ["## Fields"]
    for name, schema, files in TABLES:
        docs = FIELD_DOCS[name]
        lines += ["", f"### {name} ({files})", ""]
        if schema is None:
            rows = [[f"`{field}`", "string", meaning] for field, meaning in docs.items()]
        else:
            rows = [[f"`{f.name}`", f"`{field_type(f)}`", docs.get(f.name, "")] for f in schema]
        lines += table(["field", "type", "meaning"], rows)
    lines += [
        "",
        "Optional text fields are null, never the empty string. All text is UTF-8; Chinese full-width",
        "punctuation is kept as it is, and rare Han characters (e.g. `鑛` in `唐鑛`) are kept exactly.",
    ]
    return lines


def _sources(manifest: Mapping[str, Any]) -> list[str]:
    inputs = manifest.get("inputs", [])
    columns = ["source", "sha256", "encoding", "status", "articles", "rejects"]
    if any("decode_errors" in i for i in inputs):
        columns.append("decode_errors")
    rows = [[f"`{i.get(c)}`" if c in ("source", "sha256") else i.get(c) for c in columns] for i in inputs]
    return [
        "## Sources",
        "",
        "Every input page, in the order it was read; sha256 is of its raw bytes.",
        "",
        *table(columns, rows),
    ]


def _rejects(rejects: Sequence[Mapping[str, Any]]) -> list[str]:
    lines = ["## Rejects", ""]
    if not rejects:
        return [*lines, "None: every input was cleaned and every row passed the schema checks."]
    shown = [[f"`{r.get('source')}`", r.get("stage"), f"`{r.get('reason')}`", r.get("detail")] for r in rejects]
    lines += table(["source", "stage", "reason", "detail"], shown[:MAX_REJECT_ROWS])
    if len(rejects) > MAX_REJECT_ROWS:
        lines += ["", f"... and {len(rejects) - MAX_REJECT_ROWS:,} more in `rejects.jsonl`."]
    return lines


def _provenance(manifest: Mapping[str, Any]) -> list[str]:
    rows = [
        [f"`{key}`", value]
        for name in PROVENANCE_KEYS
        if name in manifest
        for key, value in _flat(manifest[name], name)
    ]
    return ["## Provenance", "", *table(["key", "value"], rows)]


def _loading(folder: str) -> list[str]:
    d = folder.rstrip("/") or "."
    return [
        "## Loading",
        "",
        f"Each snippet runs from the folder that holds this dataset as `{d}/`.",
        "",
        "pandas:",
        "",
        "```python",
        "import pandas as pd",
        "",
        f'articles = pd.read_parquet("{d}/articles.parquet")',
        f'paragraphs = pd.read_parquet("{d}/paragraphs.parquet")',
        'print(articles[["title", "char_count"]])',
        "```",
        "",
        "polars:",
        "",
        "```python",
        "import polars as pl",
        "",
        f'articles = pl.read_parquet("{d}/articles.parquet")',
        f'paragraphs = pl.read_parquet("{d}/paragraphs.parquet")',
        'print(paragraphs.join(articles.select("article_id", "title"), on="article_id").group_by("title").len().sort("title"))',
        "```",
        "",
        "DuckDB:",
        "",
        "```python",
        "import duckdb",
        "",
        "print(",
        "    duckdb.sql(",
        f"        \"SELECT a.title, count(*) AS blocks FROM '{d}/articles.parquet' a \"",
        f"        \"JOIN '{d}/paragraphs.parquet' p USING (article_id) GROUP BY a.title ORDER BY a.title\"",
        "    )",
        ")",
        "```",
        "",
        "HuggingFace `datasets` (local files, no download):",
        "",
        "```python",
        "from datasets import load_dataset",
        "",
        f'articles = load_dataset("parquet", data_files={{"train": "{d}/articles.parquet"}}, split="train")',
        f'paragraphs = load_dataset("parquet", data_files={{"train": "{d}/paragraphs.parquet"}}, split="train")',
        "print(articles.num_rows, articles.column_names)",
        "```",
    ]


# ---------------------------------------------------------------- the card


def render_card(
    manifest: Mapping[str, Any],
    articles_df: Any,
    paragraphs_df: Any,
    rejects: Sequence[Mapping[str, Any]],
    *,
    folder: str = "data",
) -> str:
    """The dataset card (Markdown) of a written dataset.

    ``manifest``: the dataset's ``manifest.json``; only its versions, config,
    ``inputs`` and ``counts`` are used, never ``outputs``, so the card can be
    rendered before the manifest lists the files' (and the card's own) sha256;
    ``articles_df``, ``paragraphs_df``: the tables as pandas DataFrames (as
    :func:`textclean.writer.read_dataset` gives them); ``rejects``: the rows
    of ``rejects.jsonl``; ``folder``: the folder name used in the loading snippets.
    """
    counts = manifest.get("counts", {})
    n_inputs = counts.get("inputs", len(manifest.get("inputs", [])))
    header = [
        "# textclean dataset",
        "",
        f"{len(articles_df):,} articles cleaned from {n_inputs:,} raw Chinese newspaper page(s) by "
        f"textclean {manifest.get('tool_version', '?')} (schema {manifest.get('schema_version', '?')}, "
        f"rules {manifest.get('rules_version', '?')}). Each article has its headline parts, authors and "
        "affiliation, and its body as paragraph, heading and attribution blocks.",
        "",
        "This file is generated with the dataset; rerunning `textclean run` rewrites it.",
    ]
    sections = [
        header,
        _files(articles_df, paragraphs_df, rejects),
        _counts(manifest, articles_df, paragraphs_df),
        _fields(),
        _sources(manifest),
        _rejects(rejects),
        _provenance(manifest),
        _loading(folder),
    ]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
