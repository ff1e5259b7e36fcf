"""Incremental runs: the results of unchanged inputs come from the previous dataset.

Each input's results are kept under a key (:func:`~textclean.writer.result_key`):
the sha256 of its bytes plus everything cleaning depends on, namely the rules
version, the library's code digest (so a change to the code invalidates
every result), the schema and tool versions and the settings that change
output. The manifest records each input's key. A run then:

1. asks :func:`reusable` which inputs have the key the previous dataset
   recorded for an input of the same name: their article, paragraph and reject
   rows are read back from that dataset (its files checked against its
   manifest first), never recomputed;
2. cleans only the other inputs (new or changed ones) and builds their tables;
3. :func:`merge_tables` puts both together in input order, so inputs that
   disappeared simply have no rows any more.

Rows of reused inputs are the previous run's rows as they were written
(articles from ``articles.jsonl``, key order and values untouched), so their
lines in ``articles.jsonl`` are byte-identical, and the data files of an
incremental run are byte-identical to those of a full run over the same
inputs. Only ``manifest.json`` tells the two apart: there, each input's
``status`` says what the run did (``processed``, ``rejected`` or ``reused``)
and ``outcome`` what the input gave.

An input whose file name occurs twice, in this run or the previous one, is
always cleaned again (its rows key on the name); so is one that could not be
read. Nothing here imports Prefect.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa_arrow
import pyarrow.parquet as pq

from .config import Config
from .inputs import InputFile
from .models import Reject
from .writer import (
    ARTICLES_JSONL,
    MANIFEST_JSON,
    PARAGRAPHS_PARQUET,
    REJECT_FIELDS,
    REJECTS_JSONL,
    InconsistentDatasetError,
    Record,
    Tables,
    read_files,
    read_manifest,
    result_key,
)


@dataclass
class Reused:
    """One input's results as the previous dataset holds them."""

    #: Its manifest entry (without ``path``), status ``reused``.
    entry: Record
    articles: list[Record] = field(default_factory=list)
    paragraphs: list[Record] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def wanted_keys(files: Sequence[InputFile], config: Config) -> dict[str, str]:
    """Source name -> result key of the inputs that may be reused (readable, name not repeated).

    >>> files = [InputFile("a/x.txt", "x.txt", "ab" * 32, 3), InputFile("b/x.txt", "x.txt", "cd" * 32, 3),
    ...          InputFile("y.txt", "y.txt", "", 0), InputFile("z.txt", "z.txt", "ef" * 32, 3)]
    >>> list(wanted_keys(files, Config()))
    ['z.txt']
    """
    names = Counter(f.source for f in files)
    keys = {f.source: result_key(f.sha256, config) for f in files if names[f.source] == 1}
    return {source: key for source, key in keys.items() if key}


def reusable(out_dir: str | Path, files: Sequence[InputFile], config: Config) -> dict[str, Reused]:
    """The results in ``out_dir``'s dataset that ``files`` can reuse, by source name.

    An input is reused when the previous manifest lists exactly one input of
    its name, with the same result key, and the dataset's rows for that name
    agree with the manifest's counts. Anything unreadable, or files that do not
    match their manifest, mean nothing is reused (the run then cleans
    everything, as a first run would). Call it holding the folder's lock.
    """
    wanted = wanted_keys(files, config)
    first = read_manifest(out_dir)
    if not wanted or first is None or not _matching_entries(first, wanted):
        return {}  # nothing to gain: skip reading the dataset
    try:
        data = read_files(out_dir)
        manifest = json.loads(data[MANIFEST_JSON])
        articles = [json.loads(line) for line in data[ARTICLES_JSONL].decode("utf-8").splitlines() if line.strip()]
        paragraphs: list[Record] = pq.read_table(pa_arrow.BufferReader(data[PARAGRAPHS_PARQUET])).to_pylist()
        rejects = [_reject(json.loads(line)) for line in data[REJECTS_JSONL].decode("utf-8").splitlines() if line]
    except (OSError, ValueError, KeyError, TypeError, pa_arrow.ArrowException, InconsistentDatasetError):
        return {}
    entries = _matching_entries(manifest, wanted)
    found = {source: Reused({**entry, "status": "reused"}) for source, entry in entries.items()}
    for row in articles:
        if row.get("source") in found:
            found[row["source"]].articles.append(row)
    for row in paragraphs:
        if row.get("source") in found:
            found[row["source"]].paragraphs.append(row)
    for reject in rejects:
        if reject.source in found:
            found[reject.source].rejects.append(reject)
    return {
        source: reused
        for source, reused in found.items()
        if len(reused.articles) == reused.entry.get("articles") and len(reused.rejects) == reused.entry.get("rejects")
    }


def _matching_entries(manifest: Mapping[str, object], wanted: Mapping[str, str]) -> dict[str, Record]:
    """Entries of ``manifest`` (without ``path``) whose source is listed once and whose key is the wanted one."""
    inputs = manifest.get("inputs")
    if not isinstance(inputs, list):
        return {}
    entries = [i for i in inputs if isinstance(i, dict)]
    names = Counter(i.get("source") for i in entries)
    return {
        i["source"]: {k: v for k, v in i.items() if k != "path"}
        for i in entries
        if names[i.get("source")] == 1
        and wanted.get(str(i.get("source"))) == i.get("key")
        and i.get("outcome") in ("processed", "rejected")
    }


def _reject(record: object) -> Reject:
    if not isinstance(record, dict) or list(record) != list(REJECT_FIELDS):
        raise ValueError(f"not a reject: {record!r}")
    return Reject(**record)


def merge_tables(files: Sequence[InputFile], fresh: Tables, reused: Mapping[str, Reused]) -> Tables:
    """The tables of every input in ``files``, in order: reused results, and ``fresh`` for the rest.

    ``fresh`` holds the tables built from the inputs not in ``reused``, in the
    order of ``files`` (:func:`~textclean.writer.build_tables`). Rows keep the
    input order; within an input, the order they were built in.
    """
    todo = [f for f in files if f.source not in reused]
    if len(todo) != len(fresh.inputs):
        raise ValueError(f"{len(fresh.inputs)} freshly built inputs for {len(todo)} inputs to clean")
    articles: dict[str, list[Record]] = {}
    paragraphs: dict[str, list[Record]] = {}
    rejects: dict[str, list[Reject]] = {}
    for row in fresh.articles:
        articles.setdefault(row["source"], []).append(row)
    for row in fresh.paragraphs:
        paragraphs.setdefault(row["source"], []).append(row)
    for reject in fresh.rejects:
        rejects.setdefault(reject.source, []).append(reject)

    merged = Tables()
    fresh_entries = iter(fresh.inputs)
    done: set[str] = set()
    for f in files:
        if f.source in reused:
            r = reused[f.source]
            merged.inputs.append(dict(r.entry))
            rows, paras, rejs = r.articles, r.paragraphs, r.rejects
        else:
            merged.inputs.append(next(fresh_entries))
            # a repeated name's rows (and its duplicate_source reject) all come with its first input
            first = f.source not in done
            rows = articles.get(f.source, []) if first else []
            paras = paragraphs.get(f.source, []) if first else []
            rejs = rejects.get(f.source, []) if first else []
        done.add(f.source)
        merged.articles.extend(rows)
        merged.paragraphs.extend(paras)
        merged.rejects.extend(rejs)
    return merged
