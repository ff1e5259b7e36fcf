"""Incremental runs: the rows of unchanged inputs come from the previous dataset.

Each input's results are kept under a key (:func:`~textclean.dataset.manifest.result_key`):
the sha256 of its bytes plus everything cleaning depends on, namely the rules
version, the library's code digest (so a change to the code invalidates
every result), the schema and tool versions and the settings that change
output. The manifest records each input's key. A run then:

1. asks :func:`reusable` which inputs have the key the previous dataset
   recorded for an input of the same name: for those it learns where their
   rows are in the previous files (row ranges of ``articles.parquet``,
   ``articles.jsonl`` and ``paragraphs.parquet``) and their rejects, after
   checking the files against the manifest; nothing is recomputed;
2. cleans only the other inputs (new or changed ones) into parts;
3. the dataset writer (:func:`textclean.dataset.assemble.assemble`) copies every
   input's rows in input order, reused ones straight from the previous files,
   so inputs that disappeared simply have no rows any more.

Rows of reused inputs are the previous run's rows as they were written (their
lines in ``articles.jsonl`` are copied byte for byte), and the data files of
an incremental run are byte-identical to those of a full run over the same
inputs. Only ``manifest.json`` tells the two apart: there, each input's
``status`` says what the run did (``processed``, ``rejected`` or ``reused``)
and ``outcome`` what the input gave.

An input whose file name occurs twice, in this run or the previous one, is
always cleaned again (its rows key on the name); so is one that could not be
read, and one whose rows in the previous files come before those of an input
it now follows (the writer reads the previous files forward only; inputs are
ordered by name, so this only happens when the inputs are given in a new order).
Nothing here imports Prefect.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa_arrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from textclean.config import Config
from textclean.dataset.commit import settle
from textclean.dataset.files import (
    ARTICLES_JSONL,
    ARTICLES_PARQUET,
    PARAGRAPHS_PARQUET,
    REJECT_FIELDS,
    REJECTS_JSONL,
    Record,
)
from textclean.dataset.manifest import mismatched_files, result_keys, versions
from textclean.dataset.quickcheck import StatCache, dataset_sha256
from textclean.dataset.read import read_manifest
from textclean.dataset.rowgroups import file_row_groups
from textclean.dataset.safeio import open_regular_text
from textclean.models import InputFile, Reject

#: Where an input's rows are in a table: ``(first row, number of rows)``.
Rows = tuple[int, int]


@dataclass
class Reused:
    """One input's results as the previous dataset holds them: where its rows are, and its rejects."""

    #: Its manifest entry (without ``path``), status ``reused``.
    entry: Record
    #: Its rows in ``articles.parquet`` (and the same lines of ``articles.jsonl``) and ``paragraphs.parquet``.
    articles: Rows = (0, 0)
    paragraphs: Rows = (0, 0)
    rejects: list[Reject] = field(default_factory=list)


def wanted_keys(files: Sequence[InputFile], config: Config) -> dict[str, str]:
    """Source name -> result key of the inputs that may be reused (readable, name not repeated).

    >>> files = [InputFile("a/x.txt", "x.txt", "ab" * 32, 3), InputFile("b/x.txt", "x.txt", "cd" * 32, 3),
    ...          InputFile("y.txt", "y.txt", "", 0), InputFile("z.txt", "z.txt", "ef" * 32, 3)]
    >>> list(wanted_keys(files, Config()))
    ['z.txt']
    """
    names = Counter(f.source for f in files)
    key = result_keys(config, versions(config))
    keys = {f.source: key(f.sha256) for f in files if names[f.source] == 1}
    return {source: key for source, key in keys.items() if key}


def reusable(out_dir: str | Path, files: Sequence[InputFile], config: Config) -> dict[str, Reused]:
    """The results in ``out_dir``'s dataset that ``files`` can reuse, by source name, in the order of ``files``.

    An input is reused when the previous manifest lists exactly one input of
    its name, with the same result key, its rows in the previous files are one
    run each, as many as the manifest says, and they come after those of the
    reused inputs before it. Anything unreadable, or files that do not
    match their manifest, mean nothing is reused (the run then cleans
    everything, as a first run would). Call it holding the folder's lock.
    """
    wanted = wanted_keys(files, config)
    first = read_manifest(out_dir)
    entries = _matching_entries(first, wanted) if wanted and first is not None else {}
    if not entries:
        return {}  # nothing to gain: skip reading the dataset
    out = Path(out_dir)
    try:
        manifest = _verified_manifest(out)
        if manifest is None:
            return {}
        articles = _runs(out / ARTICLES_PARQUET)
        paragraphs = _runs(out / PARAGRAPHS_PARQUET)
        rejects: dict[str, list[Reject]] = {}
        with open_regular_text(out / REJECTS_JSONL) as fh:
            for line in fh:
                if line.strip():
                    reject = _reject(json.loads(line))
                    rejects.setdefault(reject.source, []).append(reject)
    except (OSError, ValueError, KeyError, TypeError, pa_arrow.ArrowException):
        return {}
    if manifest is not first:  # replaced since (read_manifest gives the same object for the same file)
        entries = _matching_entries(manifest, wanted)
    found: dict[str, Reused] = {}
    after_articles = after_paragraphs = 0  # the writer reads the previous files forward only
    for f in files:
        entry = entries.get(f.source)
        if entry is None:
            continue
        a = articles.get(f.source, (after_articles, 0))
        p = paragraphs.get(f.source, (after_paragraphs, 0))
        ok = (
            a[1] == entry.get("articles")
            and len(rejects.get(f.source, [])) == entry.get("rejects")
            and a[0] >= after_articles
            and p[0] >= after_paragraphs
            and (a[1] > 0) == (p[1] > 0)
        )
        if ok:
            found[f.source] = Reused({**entry, "status": "reused"}, a, p, rejects.get(f.source, []))
            after_articles, after_paragraphs = a[0] + a[1], p[0] + p[1]
    return found


def preload(out_dir: str | Path) -> None:
    """Parse, ahead of a run, what its reuse and writing read of ``out_dir``'s dataset: manifest, quick-check cache, footers.

    They are kept by :func:`~textclean.dataset.quickcheck.parsed`, so the run finds
    them parsed (``textclean run`` does this while Prefect's server starts).
    Needs no lock: the files are replaced by rename, and a file replaced
    while it was read is not kept. What cannot be read is left for the run
    to meet and report.
    """
    out = Path(out_dir)
    if read_manifest(out) is None:
        return
    StatCache.load(out, "inputs")  # parses the whole cache file, its "outputs" too
    for name in (ARTICLES_PARQUET, PARAGRAPHS_PARQUET):
        try:
            file_row_groups(out / name)
        except (OSError, ValueError, IndexError, KeyError, TypeError):
            continue


def _verified_manifest(out: Path) -> Record | None:
    """The manifest of ``out`` when every file it lists has the sha256 it records (None otherwise).

    Finishes an interrupted commit first. The files are hashed in chunks, never
    held whole, unless their stat is the one recorded when they were written
    (:mod:`textclean.dataset.quickcheck`).
    """
    if settle(out, locked=True) is not None:
        return None
    manifest = read_manifest(out)
    if manifest is None:
        return None
    outputs = manifest["outputs"]
    cache = StatCache.load(out, "outputs")
    names = dict.fromkeys((ARTICLES_PARQUET, ARTICLES_JSONL, PARAGRAPHS_PARQUET, REJECTS_JSONL, *outputs))
    changed = mismatched_files(outputs, names, lambda name: dataset_sha256(out, name, cache))
    return None if next(changed, None) is not None else manifest


def _runs(path: Path) -> dict[str, Rows]:
    """Source name -> ``(first row, rows)`` in a table of the dataset, for names whose rows are one run.

    Reads only the ``source`` column, dictionary-encoded as stored, and finds
    its runs with Arrow's run-end encoding of each row group's indices (a
    Python loop over the runs, not over the rows: a paragraphs file has 40
    rows an input).
    """
    column = pq.read_table(path, columns=["source"], read_dictionary=["source"]).column("source")
    found: list[list[Any]] = []  # [name, first row, rows], a run that goes on in the next row group merged
    first = 0
    for chunk in column.chunks:
        if not len(chunk):
            continue
        if not pa_arrow.types.is_dictionary(chunk.type):
            chunk = chunk.dictionary_encode()
        encoded = pc.run_end_encode(chunk.indices)
        values = chunk.dictionary.take(encoded.values).to_pylist()
        start = 0
        for value, end in zip(values, encoded.run_ends.to_pylist(), strict=True):
            if found and found[-1][0] == value:  # only across row groups: runs within one differ
                found[-1][2] += end - start
            else:
                found.append([value, first + start, end - start])
            start = end
        first += len(chunk)
    names = Counter(name for name, _, _ in found)
    return {name: (start, n) for name, start, n in found if names[name] == 1}


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
