"""The dataset card: a ``README.md`` for a written dataset folder, in Markdown.

:func:`render_card` says what each file is, every field with its type and
meaning, the counts, the sources with their sha256, the rejects, the versions
the data came from, and how to load the files with pandas, polars, DuckDB and
HuggingFace ``datasets``, under a YAML header that tells ``datasets`` the
tables, their features and row counts (:mod:`textclean.dataset.hfmeta`). Its
output depends only on its arguments (no dates, no machine paths: sources are
named by file name), so the same dataset gives the same card.

Types come from the Arrow schemas (:mod:`textclean.dataset.arrow`) and meanings
from :data:`~textclean.dataset.schemas.FIELD_DOCS` (the tables' single source).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.hfmeta import front_matter
from textclean.dataset.schemas import FIELD_DOCS
from textclean.models import BLOCK_KINDS

__all__ = ["CARD_FILE", "FIELD_DOCS", "FILE_DOCS", "TABLES", "CardStats", "render_card", "render_card_stats"]

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

#: The columns :class:`CardStats` counts (besides the articles' ``*_original`` columns).
ARTICLE_STAT_COLUMNS = ("char_count", "authors", "affiliation", "script")
PARAGRAPH_STAT_COLUMNS = ("kind", "token_count")


@dataclass
class CardStats:
    """What the card counts in the tables; added up table slice by table slice (:meth:`add_articles`, ...).

    The dataset writer streams the tables and never holds them whole, so it
    counts as it writes; :meth:`of_frames` counts a dataset read back.
    """

    articles: int = 0
    chars: int = 0
    with_authors: int = 0
    with_affiliation: int = 0
    scripts: Counter[str] = field(default_factory=Counter)
    converted: int = 0
    paragraphs: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    #: Whether the paragraphs have a ``token_count`` column, whether any value is set, and their sum.
    has_token_count: bool = False
    tokenised: bool = False
    tokens: int = 0

    @staticmethod
    def article_columns(names: Sequence[str]) -> list[str]:
        """The columns of an articles table (of column ``names``) that :meth:`add_articles` reads.

        >>> CardStats.article_columns(["article_id", "title", "authors", "char_count", "title_original"])
        ['authors', 'char_count', 'title_original']
        """
        return [n for n in names if n in ARTICLE_STAT_COLUMNS or n.endswith("_original")]

    @staticmethod
    def paragraph_columns(names: Sequence[str]) -> list[str]:
        """The columns of a paragraphs table that :meth:`add_paragraphs` reads."""
        return [n for n in names if n in PARAGRAPH_STAT_COLUMNS]

    def add_articles(self, articles: pa.Table) -> None:
        """Count a slice of article rows (an Arrow table of the articles schema, or its :meth:`article_columns`)."""
        n = articles.num_rows
        if not n:
            return
        self.articles += n
        self.chars += int(pc.sum(articles["char_count"]).as_py() or 0)
        self.with_authors += int(
            pc.sum(pc.greater(pc.fill_null(pc.list_value_length(articles["authors"]), 0), 0)).as_py() or 0
        )
        self.with_affiliation += n - articles["affiliation"].null_count
        if "script" in articles.column_names:
            self.scripts.update(_value_counts(articles["script"]))
            originals = [c for c in articles.column_names if c.endswith("_original")]
            if originals:
                mask = pc.is_valid(articles[originals[0]])
                for name in originals[1:]:
                    mask = pc.or_(mask, pc.is_valid(articles[name]))
                self.converted += int(pc.sum(mask).as_py() or 0)

    def add_paragraphs(self, paragraphs: pa.Table) -> None:
        """Count a slice of paragraph rows (an Arrow table of the paragraphs schema, or its :meth:`paragraph_columns`)."""
        n = paragraphs.num_rows
        if not n:
            return
        self.paragraphs += n
        self.kinds.update(_value_counts(paragraphs["kind"]))
        if "token_count" in paragraphs.column_names:
            self.has_token_count = True
            counts = paragraphs["token_count"]
            if counts.null_count < n:
                self.tokenised = True
                self.tokens += int(pc.sum(counts).as_py() or 0)

    @classmethod
    def of_frames(cls, articles: Any, paragraphs: Any) -> CardStats:
        """The counts of tables given as pandas DataFrames (as :func:`textclean.dataset.read.read_dataset` gives them).

        Counted with pandas, independently of the Arrow path the writer takes
        (a test checks that a card rendered from a dataset read back is the one written).
        """
        stats = cls(articles=len(articles), paragraphs=len(paragraphs))
        if len(articles):
            stats.chars = int(sum(int(n) for n in articles["char_count"]))
            stats.with_authors = sum(1 for names in articles["authors"] if names is not None and len(names))
            stats.with_affiliation = sum(1 for a in articles["affiliation"] if isinstance(a, str))
            if "script" in articles:
                stats.scripts = Counter(str(s) for s in articles["script"])
                originals = [c for c in articles.columns if c.endswith("_original")]
                stats.converted = int(articles[originals].notna().any(axis=1).sum()) if originals else 0
        if len(paragraphs):
            stats.kinds = Counter(str(k) for k in paragraphs["kind"])
            if "token_count" in paragraphs:
                counted = [int(n) for n in paragraphs["token_count"] if n is not None and n == n]
                stats.has_token_count, stats.tokenised, stats.tokens = True, bool(counted), sum(counted)
        return stats


def _value_counts(column: Any) -> Counter[str]:
    """How often each value occurs in an Arrow column, values as text (a null counts as ``"None"``).

    >>> _value_counts(pa.chunked_array([["a", "b", "a", None]]))
    Counter({'a': 2, 'b': 1, 'None': 1})
    """
    counts: Counter[str] = Counter()
    for item in pc.value_counts(column).to_pylist():
        counts[str(item["values"])] += item["counts"]
    return counts


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
    >>> cell("工会 法"), cell(" a  b "), cell("a\\u3000b")
    ('工会 法', 'a b', 'a b')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    text = str(value)
    if text.isprintable() and "|" not in text and "  " not in text and text.strip(" ") == text:
        return text  # nothing to change (isprintable: no whitespace but single spaces), at C speed
    return " ".join(text.split()).replace("|", "\\|")


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


def _files(stats: CardStats, rejects: Sequence[Mapping[str, Any]]) -> list[str]:
    rows_of = {
        "articles.parquet": stats.articles,
        "articles.jsonl": stats.articles,
        "paragraphs.parquet": stats.paragraphs,
        "rejects.jsonl": len(rejects),
    }
    rows = [[f"`{name}`", per_row, rows_of.get(name), note] for name, (per_row, note) in FILE_DOCS.items()]
    return ["## Files", "", *table(["file", "one row per", "rows", "notes"], rows), "", f"`{CARD_FILE}` is this card."]


def _counts(manifest: Mapping[str, Any], stats: CardStats) -> list[str]:
    counts = manifest.get("counts", {})
    kinds = stats.kinds
    by_kind = ", ".join(f"{kinds[k]:,} {k}" for k in (*BLOCK_KINDS, *sorted(set(kinds) - set(BLOCK_KINDS))) if kinds[k])
    reasons = counts.get("rejects_by_reason", {})
    # What each input gave (``outcome``; older manifests: ``status``), not what this run did with it:
    # an incremental run that reused an input has the same card as a full run.
    outcomes = Counter(_outcome(i) for i in manifest.get("inputs", []))
    lines = [
        "## Counts",
        "",
        f"- input pages: {cell(counts.get('inputs', 0))} "
        f"({cell(outcomes['processed'])} processed, {cell(outcomes['rejected'])} rejected)",
        f"- articles: {stats.articles:,}, with {stats.chars:,} body characters; "
        f"{stats.with_authors:,} with authors, {stats.with_affiliation:,} with an affiliation",
        f"- body blocks (rows of `paragraphs.parquet`): {stats.paragraphs:,}" + (f" ({by_kind})" if by_kind else ""),
        f"- rejects: {cell(counts.get('rejects', 0))}"
        + (" (" + ", ".join(f"{reason} {n}" for reason, n in sorted(reasons.items())) + ")" if reasons else ""),
        *_analysis_counts(stats),
    ]
    return lines


def _outcome(entry: Mapping[str, Any]) -> object:
    return entry.get("outcome", entry.get("status"))


def _analysis_counts(stats: CardStats) -> list[str]:
    """Scripts, conversions and words, when the tables have those columns."""
    lines = []
    if stats.scripts:
        lines.append(
            "- scripts: "
            + ", ".join(f"{n:,} {script}" for script, n in sorted(stats.scripts.items()))
            + f"; {stats.converted:,} article(s) converted to simplified (originals in the `*_original` fields)"
        )
    if stats.paragraphs and stats.has_token_count:
        lines.append(
            f"- words (`paragraphs.tokens`): {stats.tokens:,}"
            if stats.tokenised
            else "- words: not tokenised (`--no-tokens`)"
        )
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
    rows = [
        [f"`{i.get(c)}`" if c in ("source", "sha256") else _outcome(i) if c == "status" else i.get(c) for c in columns]
        for i in inputs
    ]
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
    :func:`textclean.dataset.read.read_dataset` gives them); ``rejects``: the rows
    of ``rejects.jsonl``; ``folder``: the folder name used in the loading snippets.
    """
    return render_card_stats(manifest, CardStats.of_frames(articles_df, paragraphs_df), rejects, folder=folder)


def render_card_stats(
    manifest: Mapping[str, Any], stats: CardStats, rejects: Sequence[Mapping[str, Any]], *, folder: str = "data"
) -> str:
    """:func:`render_card` from the tables' counts (:class:`CardStats`) rather than the tables."""
    counts = manifest.get("counts", {})
    n_inputs = counts.get("inputs", len(manifest.get("inputs", [])))
    header = [
        "# textclean dataset",
        "",
        f"{stats.articles:,} articles cleaned from {n_inputs:,} raw Chinese newspaper page(s) by "
        f"textclean {manifest.get('tool_version', '?')} (schema {manifest.get('schema_version', '?')}, "
        f"rules {manifest.get('rules_version', '?')}). Each article has its headline parts, authors and "
        "affiliation, and its body as paragraph, heading and attribution blocks.",
        "",
        "This file is generated with the dataset; rerunning `textclean run` rewrites it.",
    ]
    sections = [
        front_matter({"articles": stats.articles, "paragraphs": stats.paragraphs}),
        header,
        _files(stats, rejects),
        _counts(manifest, stats),
        _fields(),
        _sources(manifest),
        _rejects(rejects),
        _provenance(manifest),
        _loading(folder),
    ]
    return "\n\n".join("\n".join(section) for section in sections) + "\n"
