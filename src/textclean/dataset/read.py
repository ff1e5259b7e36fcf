"""A dataset folder read back: its manifest, its files checked against it, its tables; and "is it current?"."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from textclean.config import Config
from textclean.dataset.commit import settle
from textclean.dataset.files import (
    ARTICLES_PARQUET,
    DATASET_FILES,
    MANIFEST_JSON,
    OPTIONAL_FILES,
    PARAGRAPHS_PARQUET,
    REJECTS_JSONL,
    Record,
)
from textclean.dataset.manifest import mismatched_files, versions
from textclean.dataset.quickcheck import StatCache, dataset_sha256, parsed
from textclean.dataset.safeio import open_regular_text, read_regular
from textclean.dataset.schemas import articles_frame, paragraphs_frame
from textclean.models import InputFile


def read_manifest(out_dir: str | Path) -> Record | None:
    """The dataset's manifest, or None when there is none (or it is unreadable).

    Parsed once per version of the file in a process (:func:`~textclean.dataset.quickcheck.parsed`):
    the value is shared, callers must not change it.
    """
    try:
        manifest = parsed(Path(out_dir) / MANIFEST_JSON, _read_manifest)
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _read_manifest(path: Path) -> Any:
    return json.loads(read_regular(path))


def is_current(
    out_dir: str | Path, inputs: Sequence[InputFile], config: Config | None = None, locked: bool = False
) -> Record | None:
    """The manifest of ``out_dir`` when it was written from these inputs by this code and is intact; else None.

    A run whose dataset is current has nothing to do; a dataset holding an input
    that must be cleaned again (its entry has a sha256 but no result key: it ran
    past ``--input-timeout``, :func:`~textclean.dataset.rows.retried`) is not current. An interrupted commit is
    finished first (:func:`~textclean.dataset.commit.settle`; ``locked``: the caller holds the folder's
    lock); one that cannot be means "not current".
    """
    if settle(out_dir, locked) is not None:
        return None
    manifest = read_manifest(out_dir)
    if manifest is None:
        return None
    if any(manifest.get(k) != v for k, v in versions(config or Config()).items()):
        return None
    recorded = [(i.get("source"), i.get("sha256")) for i in manifest.get("inputs", [])]
    if recorded != [(i.source, i.sha256) for i in inputs]:
        return None
    if any(i.get("sha256") and not i.get("key") for i in manifest.get("inputs", [])):
        return None  # an input to clean again
    outputs = manifest.get("outputs", {})
    cache = StatCache.load(out_dir, "outputs")
    changed = mismatched_files(outputs, outputs, lambda name: dataset_sha256(out_dir, name, cache))
    try:
        if next(changed, None) is not None:
            return None
    except (OSError, KeyError):  # a file gone, an entry without a sha256
        return None
    return manifest if set(outputs) == set(DATASET_FILES[:-1]) else None


@dataclass
class Dataset:
    """A dataset read back from its folder."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    rejects: list[Record]
    manifest: Record


def read_records(path: str | Path) -> list[Record]:
    """Rows of a Parquet file as plain Python values (lists, dicts), as in the JSONL."""
    rows: list[Record] = pq.read_table(path).to_pylist()
    return rows


def read_jsonl(path: str | Path) -> list[Record]:
    """Objects of a JSONL file (blank lines skipped)."""
    with open_regular_text(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


class InconsistentDatasetError(ValueError):
    """The files of a dataset folder do not match its manifest (changed by hand, or a commit pending)."""


def read_files(out_dir: str | Path, attempts: int = 5) -> dict[str, bytes]:
    """The bytes of every dataset file, checked against the sha256 the manifest names: one consistent set.

    Reads ``manifest.json`` first, then the other files; a run committing in
    between shows as a mismatch, and the read is tried again (``attempts``
    times in all, a tenth of a second apart). Finishes an interrupted commit
    first when it can. Raises :class:`InconsistentDatasetError` (or
    :class:`OSError` for a missing file).
    """
    out = Path(out_dir)
    wrong: list[str] = []
    for attempt in range(attempts):
        if attempt:
            time.sleep(0.1)
        pending = settle(out)
        files = {MANIFEST_JSON: read_regular(out / MANIFEST_JSON)}
        try:
            outputs = json.loads(files[MANIFEST_JSON])["outputs"]
            names = [n for n in DATASET_FILES if n != MANIFEST_JSON and (n in outputs or n not in OPTIONAL_FILES)]
            files |= {name: read_regular(out / name) for name in names}
            hashes = {name: _sha256(files[name]) for name in names}
            wrong = list(mismatched_files(outputs, names, hashes.__getitem__))
        except (ValueError, KeyError, TypeError) as exc:
            raise InconsistentDatasetError(f"{out / MANIFEST_JSON}: not a textclean manifest ({exc})") from None
        if not wrong:
            return {name: files[name] for name in DATASET_FILES if name in files}
    why = f" ({pending})" if pending else ""
    raise InconsistentDatasetError(f"{out}: {', '.join(wrong)} differ from the sha256 in {MANIFEST_JSON}{why}")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_dataset(out_dir: str | Path, verify: bool = True) -> Dataset:
    """Load a written dataset: typed article and paragraph frames, rejects and manifest.

    With ``verify`` (the default) the files are checked against the
    manifest's sha256 (:func:`read_files`), so the tables always come from one
    run; without it they are read as they are.
    """
    out = Path(out_dir)
    if verify:
        files = read_files(out)
    else:
        files = {name: read_regular(out / name) for name in DATASET_FILES if name not in OPTIONAL_FILES}
    return Dataset(
        articles=articles_frame(pq.read_table(pa_arrow.BufferReader(files[ARTICLES_PARQUET])).to_pylist()),
        paragraphs=paragraphs_frame(pq.read_table(pa_arrow.BufferReader(files[PARAGRAPHS_PARQUET])).to_pylist()),
        rejects=_jsonl_records(files[REJECTS_JSONL]),
        manifest=json.loads(files[MANIFEST_JSON]),
    )


def _jsonl_records(data: bytes) -> list[Record]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
