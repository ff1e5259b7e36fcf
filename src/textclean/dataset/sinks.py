"""Where a streamed write puts rows: a Parquet table one row group of whole inputs at a time, and JSONL lines.

:class:`TableSink` writes a table's rows, new ones or ranges of the previous
file, in row groups; a group that is exactly one of the previous file's is
copied as bytes (:mod:`textclean.dataset.rowgroups`). :class:`LineSink` writes
``articles.jsonl`` from new lines and byte spans of the previous file
(:class:`PreviousLines`).
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa

from textclean.dataset.outputs import HashingFile
from textclean.dataset.reuse import Rows
from textclean.dataset.rowgroups import GroupWriter, ParquetSource, UnsupportedLayout
from textclean.dataset.safeio import open_regular

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
        self._fh = open_regular(path)  # closed by close()
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
