"""Writing a dataset as a stream: every input's rows, in input order, from batch parts and the previous dataset.

A run's rows come from two places: the parts its batches were turned into
(:mod:`textclean.dataset.parts`, in input order) and, for unchanged inputs, the
previous dataset in the folder (:mod:`textclean.dataset.reuse`). :func:`assemble`
walks the inputs in order and copies each one's rows from wherever they are
into the new files, one part (or one slice of the previous files) at a time:

- ``articles.parquet`` and ``paragraphs.parquet`` through a :class:`~textclean.dataset.sinks.TableSink`,
  in row groups of whole inputs that end where the inputs' names say
  (:func:`ends_group`), whatever the batches: a file does not depend on how
  the run was batched or which inputs were reused. A group whose inputs were
  all reused is the same group as before and is copied from the previous
  file as bytes (:mod:`textclean.dataset.rowgroups`); only groups with a new or
  changed input are encoded. An incremental run writes the same bytes as a full one;
- ``articles.jsonl`` as lines (a reused input's lines are copied byte for
  byte, the lines of consecutive reused inputs in one write);
- ``rejects.jsonl``, the card and the manifest at the end, from counts kept on the way.

Everything goes to temporary files in the folder and is committed as one set
(:func:`textclean.dataset.commit.commit`), so a crash at any point leaves the previous
dataset whole. Memory is one part plus one row group per table, whatever the
number of inputs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pyarrow as pa

from textclean.config import Config
from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.card import CARD_FILE, CardStats, render_card_stats
from textclean.dataset.commit import commit, recover
from textclean.dataset.files import (
    ARTICLES_JSONL,
    ARTICLES_PARQUET,
    MANIFEST_JSON,
    PARAGRAPHS_PARQUET,
    REJECTS_JSONL,
    Record,
    jsonl_bytes,
)
from textclean.dataset.lock import lock_unless_held
from textclean.dataset.manifest import FileMeta, build_manifest, manifest_text, parquet_metadata
from textclean.dataset.outputs import InMemory, Outputs, TempFiles
from textclean.dataset.parts import Part, part_of_tables, remove_work_dir
from textclean.dataset.quickcheck import record_dataset_files, remember
from textclean.dataset.reuse import Reused
from textclean.dataset.rowgroups import ParquetSource
from textclean.dataset.rows import Tables
from textclean.dataset.sinks import LineSink, PreviousLines, TableSink
from textclean.models import Reject

#: Row groups follow inputs: a group of both tables ends after an input whose
#: name hashes to 0 modulo ``GROUP_INPUTS`` (about that many inputs a group),
#: or once it holds ``ARTICLES_GROUP_CAP`` articles or ``PARAGRAPHS_GROUP_CAP``
#: paragraph rows. Where groups end depends on the inputs' names, not on their
#: contents or on the rest of the corpus, so a change to one page changes one
#: group; the other groups of the previous files are copied as they are.
GROUP_INPUTS = 128
ARTICLES_GROUP_CAP = 2048
PARAGRAPHS_GROUP_CAP = 32768

#: What :func:`assemble` is told about each input, in order: ``None`` for the next
#: input of the parts, a :class:`~textclean.dataset.reuse.Reused` for one taken from the previous dataset.
Step = Reused | None


def ends_group(source: str) -> bool:
    """Whether a row group ends after the input named ``source`` (about one input in :data:`GROUP_INPUTS`).

    >>> sum(ends_group(f"page_{i:05d}.txt") for i in range(12800))  # about 12800 / GROUP_INPUTS
    79
    """
    return int.from_bytes(hashlib.sha256(source.encode("utf-8")).digest()[:8], "big") % GROUP_INPUTS == 0


def write_files(
    outputs: Outputs,
    steps: Sequence[Step],
    parts: Sequence[Part],
    previous: Path | None,
    config: Config,
    paths: Sequence[str] = (),
    progress: Any = None,
    known: dict[str, Any] | None = None,
) -> Record:
    """Write every dataset file to ``outputs``; return the manifest (also written, as ``manifest.json``).

    ``steps``: one per input, in order (see :data:`Step`); ``parts``: the rows
    of the inputs whose step is ``None``, in order; ``previous``: the folder of
    the previous dataset the reused inputs come from; ``paths``: where each
    input was read from (for the manifest). ``progress(done, total)`` (if
    given) is called as inputs are written. Each part's files are removed once copied.
    ``known`` (if given) gets what reading some files back would give, by file
    name: the Parquet files' row groups (:func:`textclean.dataset.rowgroups.row_groups`)
    and the manifest.
    """
    metadata = parquet_metadata(config)
    stats = CardStats()
    reusing = any(s is not None for s in steps)
    if reusing and previous is None:
        raise ValueError("reused inputs need the previous dataset's folder")
    with ExitStack() as stack:
        articles, paragraphs, lines = _open_sinks(outputs, previous if reusing else None, metadata, stats, stack)
        entries, rejects = _write_rows(steps, parts, articles, paragraphs, lines, progress)
        articles.close()
        paragraphs.close()
        lines.close()
    written = {
        ARTICLES_PARQUET: outputs.finish(ARTICLES_PARQUET, articles.rows),
        ARTICLES_JSONL: outputs.finish(ARTICLES_JSONL, articles.rows),
        PARAGRAPHS_PARQUET: outputs.finish(PARAGRAPHS_PARQUET, paragraphs.rows),
    }
    manifest = _write_rest(outputs, written, entries, rejects, config, paths, stats)
    if known is not None:
        known.update(
            {ARTICLES_PARQUET: articles.groups, PARAGRAPHS_PARQUET: paragraphs.groups, MANIFEST_JSON: manifest}
        )
    return manifest


def _open_sinks(
    outputs: Outputs, previous: Path | None, metadata: dict[bytes, bytes], stats: CardStats, stack: ExitStack
) -> tuple[TableSink, TableSink, LineSink]:
    """The sinks of the two tables and of ``articles.jsonl``, over the files of the ``previous`` dataset if given.

    The previous files are closed with ``stack``; every group written is counted in ``stats``.
    """
    old_articles = old_paragraphs = old_lines = None
    if previous is not None:
        old_articles = ParquetSource(previous / ARTICLES_PARQUET)
        stack.callback(old_articles.close)
        old_paragraphs = ParquetSource(previous / PARAGRAPHS_PARQUET)
        stack.callback(old_paragraphs.close)
        old_lines = PreviousLines(previous / ARTICLES_JSONL)
        stack.callback(old_lines.close)
    articles_schema = ARTICLES_ARROW.with_metadata({**(ARTICLES_ARROW.metadata or {}), **metadata})
    paragraphs_schema = PARAGRAPHS_ARROW.with_metadata({**(PARAGRAPHS_ARROW.metadata or {}), **metadata})
    articles = TableSink(
        outputs.binary(ARTICLES_PARQUET),
        articles_schema,
        old_articles,
        stats.add_articles,
        CardStats.article_columns(articles_schema.names),
    )
    paragraphs = TableSink(
        outputs.binary(PARAGRAPHS_PARQUET),
        paragraphs_schema,
        old_paragraphs,
        stats.add_paragraphs,
        CardStats.paragraph_columns(paragraphs_schema.names),
    )
    return articles, paragraphs, LineSink(outputs.binary(ARTICLES_JSONL), old_lines)


def _write_rows(
    steps: Sequence[Step],
    parts: Sequence[Part],
    articles: TableSink,
    paragraphs: TableSink,
    lines: LineSink,
    progress: Any,
) -> tuple[list[Record], list[Reject]]:
    """Every input's rows into the sinks, in order, in row groups of whole inputs; the inputs' entries and rejects."""
    entries: list[Record] = []
    rejects: list[Reject] = []
    fresh = _fresh_rows(parts)
    for done, step in enumerate(steps, 1):
        if step is None:
            entry, part_articles, part_paragraphs, part_lines, part_rejects = next(fresh)
            entries.append(entry)
            rejects += part_rejects
            articles.add(part_articles)
            paragraphs.add(part_paragraphs)
            lines.write(part_lines)
        else:
            entry = dict(step.entry)
            entries.append(entry)
            rejects += step.rejects
            articles.add_previous(step.articles)
            paragraphs.add_previous(step.paragraphs)
            lines.copy_previous(step.articles)
        if (
            ends_group(str(entry["source"]))
            or articles.pending_rows >= ARTICLES_GROUP_CAP
            or paragraphs.pending_rows >= PARAGRAPHS_GROUP_CAP
        ):
            articles.end_group()
            paragraphs.end_group()
        if progress is not None:
            progress(done, len(steps))
    if next(fresh, None) is not None:
        raise ValueError("the parts hold more inputs than the steps")
    return entries, rejects


def _write_rest(
    outputs: Outputs,
    written: dict[str, FileMeta],
    entries: Sequence[Record],
    rejects: Sequence[Reject],
    config: Config,
    paths: Sequence[str],
    stats: CardStats,
) -> Record:
    """After the rows: ``rejects.jsonl``, the card and ``manifest.json`` (added to ``written``); the manifest."""
    reject_records = [r.to_record() for r in rejects]
    for name, data in ((REJECTS_JSONL, jsonl_bytes(reject_records)),):
        outputs.binary(name).write(data)
        written[name] = outputs.finish(name, len(reject_records))
    manifest = build_manifest(entries, rejects, config, written, paths)
    card = render_card_stats(manifest, stats, reject_records)  # the card is of the files before it
    outputs.binary(CARD_FILE).write(card.encode("utf-8"))
    written[CARD_FILE] = outputs.finish(CARD_FILE)
    manifest["outputs"][CARD_FILE] = written[CARD_FILE].record()
    outputs.binary(MANIFEST_JSON).write(manifest_text(manifest).encode("utf-8"))
    outputs.finish(MANIFEST_JSON)
    return manifest


def _fresh_rows(parts: Sequence[Part]) -> Iterator[tuple[Record, pa.Table, pa.Table, list[bytes], list[Reject]]]:
    """Each input of the parts, in order: its entry, article rows, paragraph rows, JSONL lines and rejects."""
    for part in parts:
        data = part.load()
        a = p = 0
        for entry, n_paragraphs, part_rejects in zip(part.inputs, part.paragraphs, part.rejects, strict=True):
            n = entry["articles"]
            yield (
                entry,
                data.articles.slice(a, n),
                data.paragraphs.slice(p, n_paragraphs),
                data.lines[a : a + n],
                part_rejects,
            )
            a += n
            p += n_paragraphs
        if a != data.articles.num_rows or p != data.paragraphs.num_rows or a != len(data.lines):
            raise ValueError(f"part {part.base}: row counts disagree with its inputs")
        del data
        part.remove()


def assemble(
    out_dir: str | Path,
    steps: Sequence[Step],
    parts: Sequence[Part],
    config: Config,
    paths: Sequence[str] = (),
    locked: bool = False,
    progress: Any = None,
) -> Record:
    """Write the dataset of ``out_dir`` from ``parts`` and the previous dataset's rows; commit; return the manifest.

    See :func:`write_files` for ``steps``, ``parts`` and ``paths``. Holds the
    folder's lock unless the caller does (``locked``); finishes an interrupted
    commit first; removes the run's work folder (:data:`~textclean.dataset.parts.WORK_DIR`) at the end.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with lock_unless_held(out, locked):
        recover(out, locked=True)
        outputs = TempFiles(out)
        known: dict[str, Any] = {}
        try:
            manifest = write_files(outputs, steps, parts, out, config, paths, progress, known)
            outputs.synced()
        except BaseException:
            outputs.discard()
            raise
        commit(out, [(name, path, sha) for name, (path, sha) in outputs.staged.items()])
        record_dataset_files(out, [(name, sha) for name, (_, sha) in outputs.staged.items()])
        for name, value in known.items():  # the next run in this process need not parse them
            remember(out / name, value)
        remove_work_dir(out)
    return manifest


def assemble_in_memory(tables: Tables, config: Config, paths: Sequence[str] = ()) -> dict[str, bytes]:
    """What :func:`assemble` writes for ``tables``: every file as bytes, in ``DATASET_FILES`` order."""
    outputs = InMemory()
    write_files(outputs, [None] * len(tables.inputs), [part_of_tables(tables)], None, config, paths)
    return outputs.files


def write_dataset(
    out_dir: str | Path, tables: Tables, config: Config | None = None, paths: Sequence[str] = (), locked: bool = False
) -> Record:
    """Write the dataset files atomically into ``out_dir``; return the manifest.

    ``paths``: the path each input was read from, in the order of ``tables.inputs``
    (recorded in the manifest). ``locked``: the caller holds the folder's lock
    (see :func:`~textclean.dataset.commit.write_atomic`). The same files as a run's streamed write
    (:func:`assemble`).
    """
    config = config or Config()
    steps = [None] * len(tables.inputs)
    return assemble(out_dir, steps, [part_of_tables(tables)], config, paths, locked=locked)


def encode_dataset(tables: Tables, config: Config, paths: Sequence[str] = ()) -> dict[str, bytes]:
    """Every file of the dataset as bytes, in :data:`~textclean.dataset.files.DATASET_FILES` order.

    The same bytes :func:`write_dataset` writes (both go through
    :func:`assemble`).
    """
    return assemble_in_memory(tables, config, paths)


def abandon_run(out_dir: str | Path) -> bool:
    """Leave ``out_dir`` as it was before an interrupted or failed run: its work folder and temporary
    files removed; a commit that had begun (its journal written) is finished instead of undone.

    Returns True when such a commit was finished (the folder holds the new dataset). The caller
    holds the folder's lock. Files textclean did not write are never touched.
    """
    out = Path(out_dir)
    remove_work_dir(out)
    try:
        return recover(out, locked=True)
    except OSError:  # the folder is gone, or unreadable: nothing of ours to remove
        return False
