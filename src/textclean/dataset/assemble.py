"""Writing a dataset as a stream: every input's rows, in input order, from batch parts and the previous dataset.

A run's rows come from two places: the parts its batches were turned into
(:mod:`textclean.dataset.parts`, in input order) and, for unchanged inputs, the
previous dataset in the folder (:mod:`textclean.dataset.reuse`). :func:`assemble`
walks the inputs in order and copies each one's rows from wherever they are
into the new files, one part (or one slice of the previous files) at a time:

- ``articles.parquet`` and ``paragraphs.parquet`` through :class:`TableSink`,
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
(:func:`textclean.dataset.writer.commit`), so a crash at any point leaves the previous
dataset whole. Memory is one part plus one row group per table, whatever the
number of inputs.
"""

from __future__ import annotations

import errno
import hashlib
import mmap
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, suppress
from pathlib import Path
from typing import IO, Any, Protocol

import pyarrow as pa

from textclean.config import Config
from textclean.dataset.card import CARD_FILE, CardStats, render_card_stats
from textclean.dataset.parts import Part, part_of_tables, remove_work_dir
from textclean.dataset.quickcheck import record_dataset_files, remember
from textclean.dataset.reuse import Reused, Rows
from textclean.dataset.rowgroups import GroupWriter, ParquetSource, UnsupportedLayout
from textclean.dataset.schemas import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.writer import (
    ARTICLES_JSONL,
    ARTICLES_PARQUET,
    MANIFEST_JSON,
    PARAGRAPHS_PARQUET,
    REJECTS_JSONL,
    FileMeta,
    Record,
    Tables,
    _locked,
    build_manifest,
    commit,
    discard,
    jsonl_bytes,
    manifest_text,
    parquet_metadata,
    recover,
    temp_path,
)
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


#: Copied row groups whose counted columns are read at once (one read, not one a group).
COUNT_GROUPS = 32


class TableSink:
    """One Parquet table of the dataset, written one group of inputs at a time.

    Rows come as new tables (:meth:`add`) or as row ranges of the previous
    file (:meth:`add_previous`); :meth:`end_group` writes what it was given
    since the last call as one row group. When that is exactly one row group
    of the previous file, the group is copied as it is (bytes, not rows), so
    an incremental run writes the same bytes as a full one without encoding
    the rows again. ``on_group`` sees every group (or, for copied ones, their
    ``stat_columns``, :data:`COUNT_GROUPS` groups at a time) for the card's counts.
    """

    def __init__(
        self,
        fh: IO[bytes],
        schema: pa.Schema,
        previous: ParquetSource | None,
        on_group: Callable[[pa.Table], None],
        stat_columns: Sequence[str],
    ) -> None:
        self._writer = GroupWriter(fh, schema)
        self._previous = previous
        self._on_group = on_group
        self._stat_columns = list(stat_columns)
        self._pending: list[pa.Table | Rows] = []
        self.pending_rows = 0
        self._copied: list[int] = []  # copied groups whose rows on_group has not seen yet

    @property
    def rows(self) -> int:
        return self._writer.rows

    def add(self, table: pa.Table) -> None:
        """Rows computed in this run."""
        if table.num_rows:
            self._pending.append(table)
            self.pending_rows += table.num_rows

    def add_previous(self, rows: Rows) -> None:
        """Rows of the previous file: ``(first row, number of rows)``."""
        if rows[1]:
            self._pending.append(rows)
            self.pending_rows += rows[1]

    def _previous_group(self) -> int | None:
        """The previous file's row group that the pending rows are, exactly, if they are one."""
        if self._previous is None or not all(isinstance(p, tuple) for p in self._pending):
            return None
        ranges: list[Rows] = self._pending
        first, end = ranges[0][0], ranges[0][0]
        for start, n in ranges:
            if start != end:
                return None
            end = start + n
        return self._previous.group_at(first, end - first)

    def end_group(self) -> None:
        """Write the rows given since the last group as one row group."""
        if not self.pending_rows:
            return
        index = self._previous_group()
        copied = False
        if index is not None and self._previous is not None:
            try:
                self._writer.copy_group(self._previous, index)
                copied = True
            except UnsupportedLayout:  # a file written otherwise: its rows are encoded again
                pass
            else:
                self._copied.append(index)
                if len(self._copied) >= COUNT_GROUPS:
                    self._count_copied()
        if not copied:
            tables: list[pa.Table] = []
            for piece in self._pending:
                if isinstance(piece, tuple):
                    if self._previous is None:
                        raise ValueError("rows of a previous file, but none was given")
                    tables += self._previous.read_rows(*piece)
                else:
                    tables.append(piece.replace_schema_metadata(None))
            table = pa.concat_tables(tables, promote_options="none").combine_chunks()
            self._on_group(table)
            self._writer.write_table(table)
        self._pending, self.pending_rows = [], 0

    def _count_copied(self) -> None:
        """Show ``on_group`` the ``stat_columns`` of the groups copied since the last call, read in one go."""
        if self._copied and self._previous is not None:
            self._on_group(self._previous.read_groups(self._copied, self._stat_columns))
        self._copied = []

    def close(self) -> None:
        """Write the last group and the file's footer."""
        self.end_group()
        self._count_copied()
        self._writer.close()

    @property
    def groups(self) -> list[Any]:
        """The written file's ``RowGroup`` structs (:attr:`textclean.dataset.rowgroups.GroupWriter.groups`)."""
        return self._writer.groups


class PreviousLines:
    """The previous ``articles.jsonl``, mapped in memory: the bytes of its rows, found forward only."""

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "rb")  # closed by close()
        size = os.fstat(self._fh.fileno()).st_size
        self._map: mmap.mmap | bytes = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        self._name = path.name
        self.row = 0
        self._offset = 0

    def _skip(self, n: int) -> int:
        find, offset = self._map.find, self._offset
        for _ in range(n):
            end = find(b"\n", offset)
            if end < 0:
                raise ValueError(f"{self._name}: fewer lines than rows")
            offset = end + 1
        self._offset = offset
        self.row += n
        return offset

    def span(self, first: int, rows: int) -> tuple[int, int]:
        """The bytes ``(start, end)`` of lines ``first`` to ``first + rows - 1``; lines only forward."""
        if first < self.row:
            raise ValueError(f"cannot go back from line {self.row} to {first}")
        start = self._skip(first - self.row)
        return start, self._skip(rows)

    def copy(self, fh: IO[bytes], start: int, end: int) -> None:
        """Write bytes ``start`` to ``end`` of the file to ``fh``."""
        with memoryview(self._map)[start:end] as view:
            if isinstance(fh, HashingFile):
                fh.copy_range(self._fh.fileno(), start, view)
            else:
                fh.write(view)

    def close(self) -> None:
        if isinstance(self._map, mmap.mmap):
            self._map.close()
        self._fh.close()


class LineSink:
    """``articles.jsonl`` written from new lines and spans of the previous file (one write per run of copied spans)."""

    def __init__(self, fh: IO[bytes], previous: PreviousLines | None) -> None:
        self._fh = fh
        self._previous = previous
        self._span: tuple[int, int] | None = None

    def write(self, lines: Sequence[bytes]) -> None:
        self._flush()
        if lines:
            self._fh.write(b"".join(lines))

    def copy_previous(self, rows: Rows) -> None:
        """The lines of the previous file's rows ``(first row, number of rows)``."""
        if self._previous is None:
            raise ValueError("lines of a previous file, but none was given")
        start, end = self._previous.span(*rows)
        if self._span is not None and self._span[1] == start:
            self._span = (self._span[0], end)
        else:
            self._flush()
            self._span = (start, end)

    def _flush(self) -> None:
        if self._span is not None and self._previous is not None:
            self._previous.copy(self._fh, *self._span)
        self._span = None

    def close(self) -> None:
        self._flush()


class Outputs(Protocol):
    """Where :func:`assemble` writes: temporary files in the folder, or memory (:func:`assemble_in_memory`)."""

    def binary(self, name: str) -> IO[bytes]: ...
    def finish(self, name: str, rows: int | None = None) -> FileMeta: ...


class TempFiles:
    """:class:`Outputs` as temporary files in ``out``, committed together.

    A finished file is flushed to disk in a thread (``fsync`` lets go of the
    GIL) while the next ones are written: a rerun copies a gigabyte of
    ``articles.jsonl`` that the disk takes about half a second to take in,
    the time it takes to write the card and manifest. :meth:`synced` waits
    for all of them, before the commit.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.staged: dict[str, tuple[Path, str]] = {}
        self._paths: dict[str, Path] = {}
        self._open: dict[str, HashingFile] = {}
        self._syncing: list[tuple[threading.Thread, list[BaseException]]] = []

    def _file(self, name: str) -> HashingFile:
        self._paths[name] = path = temp_path(self.out, name)
        self._open[name] = fh = HashingFile(path)
        return fh

    def binary(self, name: str) -> IO[bytes]:
        return self._file(name)  # type: ignore[return-value]  # the write side of IO[bytes]

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        fh = self._open.pop(name)
        errors: list[BaseException] = []

        def close() -> None:
            try:
                fh.close()  # flushed to disk
            except BaseException as exc:  # handed to synced()
                errors.append(exc)

        fh.flush()
        thread = threading.Thread(target=close, name="textclean-fsync")
        thread.start()
        self._syncing.append((thread, errors))
        self.staged[name] = (self._paths[name], fh.sha256)
        return FileMeta(fh.size, fh.sha256, rows)

    def synced(self) -> None:
        """Wait until every finished file is on disk; raise the first error one of them met."""
        syncing, self._syncing = self._syncing, []
        for thread, _ in syncing:
            thread.join()
        for _, errors in syncing:
            if errors:
                raise errors[0]

    def discard(self) -> None:
        for fh in self._open.values():
            fh.close()
        with suppress(Exception):
            self.synced()
        discard([(name, path, "") for name, path in self._paths.items()])


#: copy_file_range errors that mean "not here": the bytes are then written from memory.
NO_COPY_RANGE = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF}
#: Writes of at least this many bytes (a run of reused JSONL lines) are hashed in a thread while written.
PARALLEL_HASH_BYTES = 8 << 20


class HashingFile:
    """A file written once, front to back, hashed as it is written (no second read), flushed to disk on close.

    What the writer writes every dataset file through (Parquet bytes, lines, copied ranges).
    """

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "wb")  # closed by close()
        self._digest = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if len(data) < PARALLEL_HASH_BYTES:
            n = self._fh.write(data)
            self._digest.update(data)
        else:  # both let go of the GIL: hash in a thread while the kernel copies
            hasher = threading.Thread(target=self._digest.update, args=(data,), name="textclean-hash")
            hasher.start()
            try:
                n = self._fh.write(data)
            finally:
                hasher.join()
        self.size += n
        return n

    def copy_range(self, source: int, offset: int, data: memoryview) -> None:
        """Append ``data``, which is the bytes of file descriptor ``source`` from ``offset`` on.

        The kernel copies them file to file (``copy_file_range``) while a thread hashes ``data``.
        """
        self._fh.flush()
        hasher = threading.Thread(target=self._digest.update, args=(data,), name="textclean-hash")
        hasher.start()
        done, total = 0, len(data)
        try:
            try:
                while done < total and hasattr(os, "copy_file_range"):
                    n = os.copy_file_range(source, self._fh.fileno(), total - done, offset + done)
                    if n == 0:
                        raise OSError(f"the previous file ended {total - done} bytes early")
                    done += n
            except OSError as exc:
                if exc.errno not in NO_COPY_RANGE or done:
                    raise
            if done < total:  # no copy_file_range here (macOS, some file systems): through this process
                self._fh.write(data[done:])
        finally:
            hasher.join()
        self.size += total

    def writelines(self, lines: Iterable[bytes]) -> None:
        """Write the lines as one buffer (one write and one hash update, not one per line)."""
        self.write(b"".join(lines))

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()


class InMemory:
    """:class:`Outputs` kept as bytes (:func:`assemble_in_memory`)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self._binary: dict[str, Any] = {}

    def binary(self, name: str) -> IO[bytes]:
        import io

        self._binary[name] = fh = io.BytesIO()
        return fh

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        self.files[name] = data = self._binary.pop(name).getvalue()
        return FileMeta.of(data, rows)


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
    entries: list[Record] = []
    rejects: list[Reject] = []
    reusing = any(s is not None for s in steps)
    if reusing and previous is None:
        raise ValueError("reused inputs need the previous dataset's folder")
    with ExitStack() as stack:
        old_articles = old_paragraphs = old_lines = None
        if reusing and previous is not None:
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
        lines = LineSink(outputs.binary(ARTICLES_JSONL), old_lines)
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
        articles.close()
        paragraphs.close()
        lines.close()
    written = {
        ARTICLES_PARQUET: outputs.finish(ARTICLES_PARQUET, articles.rows),
        ARTICLES_JSONL: outputs.finish(ARTICLES_JSONL, articles.rows),
        PARAGRAPHS_PARQUET: outputs.finish(PARAGRAPHS_PARQUET, paragraphs.rows),
    }
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
    if known is not None:
        known.update(
            {ARTICLES_PARQUET: articles.groups, PARAGRAPHS_PARQUET: paragraphs.groups, MANIFEST_JSON: manifest}
        )
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
    with _locked(out, locked):
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
    """The files :func:`assemble` writes for ``tables``, as bytes in :data:`~textclean.dataset.writer.DATASET_FILES` order."""
    outputs = InMemory()
    write_files(outputs, [None] * len(tables.inputs), [part_of_tables(tables)], None, config, paths)
    return outputs.files
