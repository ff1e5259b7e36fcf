"""The tables' Arrow schemas: the Parquet column types, with the HuggingFace ``datasets`` features in their metadata.

``list<struct<kind, text>>`` blocks, ``list<string>`` authors,
``list<list<int64>>`` line spans, ``list<struct<term, weight>>`` keywords,
``list<string>`` tokens. The metadata carries the schema version and the
``datasets`` features (:func:`hf_features`), so
``datasets.load_dataset("parquet", ...)`` restores the same types. The
columns' meanings are :data:`textclean.dataset.schemas.FIELD_DOCS`.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa_arrow

from textclean.analysis.script import TEXT_FIELDS
from textclean.config import SCHEMA_VERSION


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

    Both end up in the Parquet file's key-value metadata (the dataset writer adds
    the run's versions and settings, see :func:`textclean.dataset.manifest.parquet_metadata`).
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
