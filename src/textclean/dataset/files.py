"""The files of a dataset folder: their names, and rows as Parquet or JSONL bytes.

A dataset folder holds ``articles.parquet`` and ``articles.jsonl`` (the same
rows in the same order), ``paragraphs.parquet`` (one row per body block),
``rejects.jsonl``, ``README.md`` (the dataset card, :mod:`textclean.dataset.card`)
and ``manifest.json`` (:mod:`textclean.dataset.manifest`); beside them, hidden,
the folder's lock (:mod:`textclean.dataset.lock`) and, while a commit is under
way, its journal (:mod:`textclean.dataset.commit`). The same rows always give
the same bytes.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa_arrow
import pyarrow.parquet as pq

from textclean.dataset.card import CARD_FILE

ARTICLES_PARQUET = "articles.parquet"
ARTICLES_JSONL = "articles.jsonl"
PARAGRAPHS_PARQUET = "paragraphs.parquet"
REJECTS_JSONL = "rejects.jsonl"
MANIFEST_JSON = "manifest.json"

#: Every file of a dataset, in the order they are written (manifest last).
DATASET_FILES = (ARTICLES_PARQUET, ARTICLES_JSONL, PARAGRAPHS_PARQUET, REJECTS_JSONL, CARD_FILE, MANIFEST_JSON)

#: Files a dataset written by an older textclean may lack (its manifest then does not list them).
OPTIONAL_FILES = (CARD_FILE,)

#: The fields of a reject, in order (``rejects.jsonl``).
REJECT_FIELDS = ("source", "stage", "reason", "detail")

#: The lock file and the commit journal (hidden files in the dataset folder).
LOCK_FILE = ".textclean.lock"
JOURNAL = ".textclean-commit.json"

#: A row of a table, or an entry of the manifest, as plain Python values.
Record = dict[str, Any]


def parquet_bytes(
    records: Sequence[Record], schema: pa_arrow.Schema, metadata: Mapping[bytes, bytes] | None = None
) -> bytes:
    """Rows as a zstd-compressed Parquet file (no timestamps: same rows, same bytes).

    ``metadata``: key-value pairs added to the schema's own (schema version, HuggingFace features).
    """
    if metadata:
        schema = schema.with_metadata({**(schema.metadata or {}), **metadata})
    table = pa_arrow.Table.from_pylist(list(records), schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def jsonl_bytes(records: Iterable[Mapping[str, Any]]) -> bytes:
    """One UTF-8 JSON object a line, non-ASCII kept as is.

    >>> jsonl_bytes([{"title": "工会"}])
    b'{"title": "\\xe5\\xb7\\xa5\\xe4\\xbc\\x9a"}\\n'
    """
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
