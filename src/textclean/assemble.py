"""Writing a dataset as a stream: every input's rows, in input order, from batch parts and the previous dataset.

A run's rows come from two places: the parts its batches were turned into
(:mod:`textclean.parts`, in input order) and, for unchanged inputs, the
previous dataset in the folder (:mod:`textclean.reuse`). :func:`assemble`
walks the inputs in order and copies each one's rows from wherever they are
into the new files, one part (or one slice of the previous files) at a time:

- ``articles.parquet`` and ``paragraphs.parquet`` through :class:`ParquetSink`,
  which writes row groups of a fixed number of rows
  (:data:`ARTICLES_ROW_GROUP`, :data:`PARAGRAPHS_ROW_GROUP`) whatever the
  slices it is given, so a file does not depend on how the run was batched or
  which inputs were reused: an incremental run writes the same bytes as a full one;
- ``articles.jsonl`` as lines (a reused input's lines are copied byte for byte);
- ``rejects.jsonl``, the card and the manifest at the end, from counts kept on the way.

Everything goes to temporary files in the folder and is committed as one set
(:func:`textclean.writer.commit`), so a crash at any point leaves the previous
dataset whole. Memory is one part plus one row group per table, whatever the
number of inputs.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from .card import CARD_FILE, CardStats, render_card_stats
from .config import Config
from .models import Reject
from .parts import Part, part_of_tables, remove_work_dir
from .reuse import Reused
from .schemas import ARTICLES_ARROW, PARAGRAPHS_ARROW
from .writer import (
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
    parquet_metadata,
    recover,
    temp_path,
)

#: Rows per row group of ``articles.parquet`` and ``paragraphs.parquet`` (the last group holds the rest).
ARTICLES_ROW_GROUP = 1024
PARAGRAPHS_ROW_GROUP = 8192
#: Rows read at a time from the previous dataset's Parquet files.
READ_BATCH = 8192

#: What :func:`assemble` is told about each input, in order: ``None`` for the next
#: input of the parts, a :class:`~textclean.reuse.Reused` for one taken from the previous dataset.
Step = Reused | None


class ParquetSink:
    """A Parquet file written from table slices of any size, in row groups of exactly ``row_group`` rows.

    ``on_group`` sees every row group before it is written (the card's counts).
    """

    def __init__(self, where: Any, schema: pa.Schema, row_group: int, on_group: Any = None) -> None:
        self.schema = schema
        self.row_group = row_group
        self.rows = 0
        self._on_group = on_group
        self._pending: list[pa.Table] = []
        self._buffered = 0
        self._writer = pq.ParquetWriter(where, schema, compression="zstd")

    def write(self, table: pa.Table) -> None:
        """Append rows (a table of the sink's columns; schema metadata is ignored)."""
        if table.num_rows:
            self._pending.append(table.replace_schema_metadata(None))
            self._buffered += table.num_rows
            while self._buffered >= self.row_group:
                self._flush(self.row_group)

    def _flush(self, n: int) -> None:
        table = pa.concat_tables(self._pending).combine_chunks()
        group, rest = table.slice(0, n), table.slice(n)
        if self._on_group is not None:
            self._on_group(group)
        if not group.schema.equals(self.schema, check_metadata=False):
            group = group.cast(self.schema)
        self._writer.write_table(group, row_group_size=n)
        self.rows += n
        self._pending = [rest] if rest.num_rows else []
        self._buffered = rest.num_rows

    def close(self) -> None:
        """Write the last row group and the file's footer."""
        if self._buffered:
            self._flush(self._buffered)
        self.release()

    def release(self) -> None:
        """Let go of the file (a write given up midway: what is buffered is dropped). Idempotent."""
        self._pending, self._buffered = [], 0
        if self._writer.is_open:
            self._writer.close()


class RowCursor:
    """Rows of a sequence of tables, read forward only: :meth:`take` the next ``n``, :meth:`seek` ahead."""

    def __init__(self, tables: Iterator[pa.Table]) -> None:
        self._tables = tables
        self._current: pa.Table | None = None
        self._offset = 0
        self.position = 0

    def take(self, n: int) -> list[pa.Table]:
        pieces = []
        while n > 0:
            if self._current is None or self._offset == self._current.num_rows:
                self._current, self._offset = next(self._tables), 0
                continue
            k = min(n, self._current.num_rows - self._offset)
            pieces.append(self._current.slice(self._offset, k))
            self._offset += k
            self.position += k
            n -= k
        return pieces

    def seek(self, row: int) -> None:
        if row < self.position:
            raise ValueError(f"cannot go back from row {self.position} to {row}")
        self.take(row - self.position)


class LineCursor:
    """Lines of a file, read forward only (as :class:`RowCursor`)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self.position = 0

    def take(self, n: int) -> list[bytes]:
        lines = list(itertools.islice(self._fh, n))  # the file's own line iterator: no Python loop per line
        if len(lines) < n:
            raise ValueError(f"{getattr(self._fh, 'name', 'JSONL')}: fewer lines than rows")
        self.position += n
        return lines

    def seek(self, row: int) -> None:
        if row < self.position:
            raise ValueError(f"cannot go back from line {self.position} to {row}")
        self.take(row - self.position)


def _batches(path: Path) -> Iterator[pa.Table]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_BATCH):
        yield pa.Table.from_batches([batch])


class Outputs(Protocol):
    """Where :func:`assemble` writes: temporary files in the folder, or memory (:func:`assemble_in_memory`)."""

    def parquet(self, name: str) -> Any: ...
    def binary(self, name: str) -> IO[bytes]: ...
    def finish(self, name: str, rows: int | None = None) -> FileMeta: ...


class TempFiles:
    """:class:`Outputs` as temporary files in ``out``, flushed to disk when finished, committed together."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.staged: dict[str, tuple[Path, str]] = {}
        self._paths: dict[str, Path] = {}
        self._open: dict[str, HashingFile] = {}

    def _file(self, name: str) -> HashingFile:
        self._paths[name] = path = temp_path(self.out, name)
        self._open[name] = fh = HashingFile(path)
        return fh

    def parquet(self, name: str) -> Any:
        return self._file(name)

    def binary(self, name: str) -> IO[bytes]:
        return self._file(name)  # type: ignore[return-value]  # the write side of IO[bytes]

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        fh = self._open.pop(name)
        fh.close()  # flushed to disk
        self.staged[name] = (self._paths[name], fh.sha256)
        return FileMeta(fh.size, fh.sha256, rows)

    def discard(self) -> None:
        for fh in self._open.values():
            fh.close()
        discard([(name, path, "") for name, path in self._paths.items()])


class HashingFile:
    """A file written once, front to back, hashed as it is written (no second read), flushed to disk on close.

    Enough of a binary file for ``pq.ParquetWriter`` and for writing lines.
    """

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "wb")  # closed by close()
        self._digest = hashlib.sha256()
        self.size = 0
        self.closed = False
        self.mode = "wb"

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = self._fh.write(data)
        self._digest.update(data)
        self.size += n
        return n

    def writelines(self, lines: Iterable[bytes]) -> None:
        """Write the lines as one buffer (one write and one hash update, not one per line)."""
        self.write(b"".join(lines))

    def writable(self) -> bool:
        return True

    def readable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.size

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
        self._parquet: dict[str, pa.BufferOutputStream] = {}
        self._binary: dict[str, Any] = {}

    def parquet(self, name: str) -> Any:
        self._parquet[name] = sink = pa.BufferOutputStream()
        return sink

    def binary(self, name: str) -> IO[bytes]:
        import io

        self._binary[name] = fh = io.BytesIO()
        return fh

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        if name in self._parquet:
            data = self._parquet.pop(name).getvalue().to_pybytes()
        else:
            data = self._binary.pop(name).getvalue()
        self.files[name] = data
        return FileMeta.of(data, rows)


def write_files(
    outputs: Outputs,
    steps: Sequence[Step],
    parts: Sequence[Part],
    previous: Path | None,
    config: Config,
    paths: Sequence[str] = (),
    progress: Any = None,
) -> Record:
    """Write every dataset file to ``outputs``; return the manifest (also written, as ``manifest.json``).

    ``steps``: one per input, in order (see :data:`Step`); ``parts``: the rows
    of the inputs whose step is ``None``, in order; ``previous``: the folder of
    the previous dataset the reused inputs come from; ``paths``: where each
    input was read from (for the manifest). ``progress(done, total)`` (if
    given) is called as inputs are written. Each part's files are removed once copied.
    """
    metadata = parquet_metadata(config)
    stats = CardStats()
    entries: list[Record] = []
    rejects: list[Reject] = []
    with ExitStack() as stack:
        articles = ParquetSink(
            outputs.parquet(ARTICLES_PARQUET),
            ARTICLES_ARROW.with_metadata({**(ARTICLES_ARROW.metadata or {}), **metadata}),
            ARTICLES_ROW_GROUP,
            stats.add_articles,
        )
        paragraphs = ParquetSink(
            outputs.parquet(PARAGRAPHS_PARQUET),
            PARAGRAPHS_ARROW.with_metadata({**(PARAGRAPHS_ARROW.metadata or {}), **metadata}),
            PARAGRAPHS_ROW_GROUP,
            stats.add_paragraphs,
        )
        stack.callback(articles.release)  # a write that fails lets go of its files before they are removed
        stack.callback(paragraphs.release)
        lines = outputs.binary(ARTICLES_JSONL)
        old = _previous_cursors(stack, previous) if any(s is not None for s in steps) else None
        fresh = _fresh_rows(parts)
        for done, step in enumerate(steps, 1):
            if step is None:
                entry, part_articles, part_paragraphs, part_lines, part_rejects = next(fresh)
                entries.append(entry)
                rejects += part_rejects
                articles.write(part_articles)
                paragraphs.write(part_paragraphs)
                lines.writelines(part_lines)
            else:
                if old is None:
                    raise ValueError("a reused input, but no previous dataset")
                entries.append(dict(step.entry))
                rejects += step.rejects
                a_cursor, p_cursor, l_cursor = old
                a_cursor.seek(step.articles[0])
                l_cursor.seek(step.articles[0])
                p_cursor.seek(step.paragraphs[0])
                for table in a_cursor.take(step.articles[1]):
                    articles.write(table)
                for table in p_cursor.take(step.paragraphs[1]):
                    paragraphs.write(table)
                lines.writelines(l_cursor.take(step.articles[1]))
            if progress is not None:
                progress(done, len(steps))
        if next(fresh, None) is not None:
            raise ValueError("the parts hold more inputs than the steps")
        articles.close()
        paragraphs.close()
    written = {
        ARTICLES_PARQUET: outputs.finish(ARTICLES_PARQUET, articles.rows),
        ARTICLES_JSONL: outputs.finish(ARTICLES_JSONL, articles.rows),
        PARAGRAPHS_PARQUET: outputs.finish(PARAGRAPHS_PARQUET, paragraphs.rows),
    }
    reject_records = [r.to_record() for r in rejects]
    for name, data in ((REJECTS_JSONL, jsonl_bytes(reject_records)),):
        outputs.binary(name).write(data)
        written[name] = outputs.finish(name, len(reject_records))
    card = render_card_stats(build_manifest(entries, rejects, config, written, paths), stats, reject_records)
    outputs.binary(CARD_FILE).write(card.encode("utf-8"))
    written[CARD_FILE] = outputs.finish(CARD_FILE)
    manifest = build_manifest(entries, rejects, config, written, paths)
    outputs.binary(MANIFEST_JSON).write((json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    outputs.finish(MANIFEST_JSON)
    return manifest


def _previous_cursors(stack: ExitStack, previous: Path | None) -> tuple[RowCursor, RowCursor, LineCursor]:
    if previous is None:
        raise ValueError("reused inputs need the previous dataset's folder")
    fh = stack.enter_context(open(previous / ARTICLES_JSONL, "rb"))
    return (
        RowCursor(_batches(previous / ARTICLES_PARQUET)),
        RowCursor(_batches(previous / PARAGRAPHS_PARQUET)),
        LineCursor(fh),
    )


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
    commit first; removes the run's work folder (:data:`~textclean.parts.WORK_DIR`) at the end.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with _locked(out, locked):
        recover(out, locked=True)
        outputs = TempFiles(out)
        try:
            manifest = write_files(outputs, steps, parts, out, config, paths, progress)
        except BaseException:
            outputs.discard()
            raise
        commit(out, [(name, path, sha) for name, (path, sha) in outputs.staged.items()])
        remove_work_dir(out)
    return manifest


def assemble_in_memory(tables: Tables, config: Config, paths: Sequence[str] = ()) -> dict[str, bytes]:
    """The files :func:`assemble` writes for ``tables``, as bytes in :data:`~textclean.writer.DATASET_FILES` order."""
    outputs = InMemory()
    write_files(outputs, [None] * len(tables.inputs), [part_of_tables(tables)], None, config, paths)
    return outputs.files
