"""Parquet files written one whole row group at a time, with row groups copied raw from an earlier file.

pyarrow cannot copy a row group without decoding and encoding it again, and
an incremental run's row groups are mostly the previous file's. So this
module writes the file itself (:class:`GroupWriter`): a new group is encoded
by pyarrow as a small file of its own (:func:`encode_group`) whose column
chunks go in as bytes; a group of an earlier file (:class:`ParquetSource`) is
copied byte for byte; the footer (a Thrift ``FileMetaData``, compact
protocol, between the chunks and ``length + PAR1``) is the schema's, with
every group's metadata and its byte offsets moved. A small codec of the
compact protocol (:func:`read_struct`, :func:`write_struct`) decodes only the
numbers of each column chunk (:data:`FOOTER_PLAN`) and gives back the other
bytes as read. The result is a plain Parquet file; a copied group gives the
same bytes as its rows encoded again. Files with page indexes, bloom filters
or encryption are not copied from (:class:`UnsupportedLayout`).
"""

from __future__ import annotations

import io
import mmap
import struct
from bisect import bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from textclean.dataset.quickcheck import parsed
from textclean.dataset.safeio import open_regular

MAGIC = b"PAR1"
#: How new row groups are encoded: zstd, no page index (its offsets would have to move too).
WRITE_OPTIONS: dict[str, Any] = {"compression": "zstd", "write_page_index": False}

# Thrift compact protocol types.
STOP, TRUE, FALSE, BYTE, I16, I32, I64, DOUBLE, BINARY, LIST, SET, MAP, STRUCT = range(13)

# Field ids of the parquet.thrift structs this module edits.
FILE_NUM_ROWS, FILE_ROW_GROUPS = 3, 4
GROUP_COLUMNS, GROUP_NUM_ROWS, GROUP_FILE_OFFSET, GROUP_COMPRESSED, GROUP_ORDINAL = 1, 3, 5, 6, 7
CHUNK_FILE_OFFSET, CHUNK_META = 2, 3
#: ColumnChunk fields that point at page indexes or hold encryption: not copied from.
CHUNK_UNSUPPORTED = (4, 6, 8, 9)
META_COMPRESSED, META_DATA_PAGE, META_INDEX_PAGE, META_DICTIONARY_PAGE, META_BLOOM = 7, 9, 10, 11, 14
#: The ColumnMetaData fields that are byte offsets in the file.
CHUNK_META_OFFSETS = (META_DATA_PAGE, META_INDEX_PAGE, META_DICTIONARY_PAGE)

#: A Thrift struct as read: its fields in order, each ``[field id, compact type, value]``.
Struct = list[list[Any]]
#: Which struct-typed fields :func:`read_struct` decodes, by field id, each with the plan of its
#: struct (or of the structs in its list); any other struct, list, set or map is kept :class:`Raw`.
Plan = dict[int, "Plan"]
#: A ColumnMetaData: its numbers (sizes, offsets) decoded; encodings, schema path, statistics raw.
COLUMN_META_PLAN: Plan = {}
#: A footer as this module reads it: down to each column chunk's numbers, nothing else decoded.
FOOTER_PLAN: Plan = {FILE_ROW_GROUPS: {GROUP_COLUMNS: {CHUNK_META: COLUMN_META_PLAN}}}


class Raw(bytes):
    """A value kept as its compact bytes, not decoded (statistics, schema paths): written back as it is."""


class UnsupportedLayout(ValueError):
    """A Parquet file whose row groups cannot be copied raw (they are decoded and encoded again instead)."""


def _varint(data: Any, pos: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _list_head(data: Any, pos: int) -> tuple[int, int, int]:
    """A list's or set's header: its size, its elements' compact type, and where the elements start."""
    head = data[pos]
    n, etype = head >> 4, head & 0x0F
    if n == 15:
        n, pos = _varint(data, pos + 1)
        return n, etype, pos
    return n, etype, pos + 1


def _skip(data: Any, pos: int, ctype: int) -> int:
    """Where a value of compact type ``ctype`` at ``data[pos:]`` ends (read, not decoded)."""
    if ctype in (I16, I32, I64):
        while data[pos] & 0x80:
            pos += 1
        return pos + 1
    if ctype == BINARY:
        n, pos = _varint(data, pos)
        return pos + n
    if ctype == STRUCT:
        while True:
            head = data[pos]
            pos += 1
            if head == STOP:
                return pos
            if not head >> 4:  # the field id follows, as a varint
                pos = _skip(data, pos, I16)
            if head & 0x0F not in (TRUE, FALSE):
                pos = _skip(data, pos, head & 0x0F)
    if ctype in (LIST, SET):
        n, etype, pos = _list_head(data, pos)
        if etype in (BYTE, TRUE, FALSE, DOUBLE):
            return pos + n * (8 if etype == DOUBLE else 1)
        for _ in range(n):
            pos = _skip(data, pos, etype)
        return pos
    if ctype == MAP:
        n, pos = _varint(data, pos)
        if n:
            kv = data[pos]
            pos += 1
            for _ in range(n):
                pos = _skip(data, _skip(data, pos, kv >> 4), kv & 0x0F)
        return pos
    if ctype in (BYTE, TRUE, FALSE):
        return pos + 1
    if ctype == DOUBLE:
        return pos + 8
    raise ValueError(f"Thrift compact type {ctype} is not known")


def _value(data: Any, pos: int, ctype: int, plan: Plan | None = None) -> tuple[Any, int]:
    if ctype in (I16, I32, I64):
        v, pos = _varint(data, pos)
        return (v >> 1) ^ -(v & 1), pos
    if ctype == BINARY:
        n, pos = _varint(data, pos)
        return bytes(data[pos : pos + n]), pos + n
    if ctype == STRUCT:
        return read_struct(data, pos, plan)
    if ctype in (LIST, SET):
        n, etype, pos = _list_head(data, pos)
        items = []
        for _ in range(n):
            item, pos = _value(data, pos, etype, plan)
            items.append(item)
        return [etype, items], pos
    if ctype == MAP:
        n, pos = _varint(data, pos)
        if n == 0:
            return [0, 0, []], pos
        kv = data[pos]
        pos += 1
        pairs = []
        for _ in range(n):
            k, pos = _value(data, pos, kv >> 4)
            v, pos = _value(data, pos, kv & 0x0F)
            pairs.append((k, v))
        return [kv >> 4, kv & 0x0F, pairs], pos
    if ctype in (BYTE, TRUE, FALSE):  # a bool inside a collection is one byte, as is a byte
        return data[pos], pos + 1
    if ctype == DOUBLE:
        return bytes(data[pos : pos + 8]), pos + 8
    raise ValueError(f"Thrift compact type {ctype} is not known")


def read_struct(data: Any, pos: int = 0, plan: Plan | None = None) -> tuple[Struct, int]:
    """A Thrift compact struct at ``data[pos:]``: its fields and where it ends.

    With a ``plan``, only the struct-typed fields it names are decoded (with
    their own plans); other structs, lists, sets and maps come as :class:`Raw`
    bytes, which :func:`write_struct` writes back as they are (a footer's
    fields are mostly statistics: skipped, not decoded).

    >>> read_struct(bytes([0x15, 0x04, 0x11, 0x00]))  # field 1 i32 = 2, field 2 = true
    ([[1, 5, 2], [2, 1, True]], 4)
    >>> read_struct(bytes([0x19, 0x25, 0x02, 0x04, 0x15, 0x06, 0x00]), plan={})  # field 1 list<i32> [1, 2] kept raw
    ([[1, 9, b'%\\x02\\x04'], [2, 5, 3]], 7)
    """
    fields: Struct = []
    last = 0
    while True:
        head = data[pos]
        pos += 1
        if head == STOP:
            return fields, pos
        ctype, delta = head & 0x0F, head >> 4
        if delta:
            fid = last + delta
        else:
            v, pos = _varint(data, pos)
            fid = (v >> 1) ^ -(v & 1)
        if ctype in (TRUE, FALSE):
            value: Any = ctype == TRUE
        elif plan is not None and ctype in (STRUCT, LIST, SET, MAP) and fid not in plan:
            end = _skip(data, pos, ctype)
            value, pos = Raw(data[pos:end]), end
        else:
            value, pos = _value(data, pos, ctype, None if plan is None else plan.get(fid))
        fields.append([fid, ctype, value])
        last = fid


def _put_varint(out: bytearray, n: int) -> None:
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _put_value(out: bytearray, ctype: int, value: Any) -> None:
    if type(value) is Raw:
        out += value
    elif ctype in (I16, I32, I64):
        _put_varint(out, (value << 1) ^ (value >> 63))
    elif ctype == BINARY:
        _put_varint(out, len(value))
        out += value
    elif ctype == STRUCT:
        _put_struct(out, value)
    elif ctype in (LIST, SET):
        etype, items = value
        if len(items) < 15:
            out.append(len(items) << 4 | etype)
        else:
            out.append(0xF0 | etype)
            _put_varint(out, len(items))
        for item in items:
            _put_value(out, etype, item)
    elif ctype == MAP:
        ktype, vtype, pairs = value
        _put_varint(out, len(pairs))
        if pairs:
            out.append(ktype << 4 | vtype)
            for k, v in pairs:
                _put_value(out, ktype, k)
                _put_value(out, vtype, v)
    elif ctype in (BYTE, TRUE, FALSE):
        out.append(value)
    elif ctype == DOUBLE:
        out += value
    else:
        raise ValueError(f"Thrift compact type {ctype} is not known")


def _put_struct(out: bytearray, fields: Struct) -> None:
    last = 0
    for fid, ctype, value in fields:
        if ctype in (TRUE, FALSE):
            ctype = TRUE if value else FALSE
        if 0 < fid - last <= 15:
            out.append((fid - last) << 4 | ctype)
        else:
            out.append(ctype)
            _put_varint(out, (fid << 1) ^ (fid >> 63))
        if ctype not in (TRUE, FALSE):
            _put_value(out, ctype, value)
        last = fid
    out.append(STOP)


def write_struct(fields: Struct) -> bytes:
    """The Thrift compact bytes of a struct (:func:`read_struct` reads them back).

    >>> write_struct([[1, 5, 2], [2, 1, True], [40, 8, b"ab"]]).hex()
    '150411085002616200'
    """
    out = bytearray()
    _put_struct(out, fields)
    return bytes(out)


def field(fields: Struct, fid: int) -> list[Any] | None:
    """The field ``fid`` of a struct (``[id, type, value]``, changed in place by callers), or None."""
    for f in fields:
        if f[0] == fid:
            return f
    return None


def footer_of(data: Any) -> Struct:
    """The ``FileMetaData`` of a whole Parquet file given as bytes (or an mmap)."""
    n = len(data)
    if n < 12 or data[:4] != MAGIC or data[n - 4 : n] != MAGIC:
        raise ValueError("not a Parquet file")
    size = struct.unpack("<I", data[n - 8 : n - 4])[0]
    meta, end = read_struct(data, n - 8 - size, FOOTER_PLAN)
    if end != n - 8:
        raise ValueError("the Parquet footer does not end where its length says")
    return meta


def row_groups(meta: Struct) -> list[Struct]:
    """The ``RowGroup`` structs of a ``FileMetaData``."""
    groups = field(meta, FILE_ROW_GROUPS)
    if groups is None:
        raise ValueError("a Parquet footer without row groups")
    return groups[2][1]


def file_row_groups(path: str | Path) -> list[Struct]:
    """A Parquet file's ``RowGroup`` structs, parsed once per version of the file (shared: not to be changed)."""
    return parsed(path, _read_row_groups)


def _read_row_groups(path: Path) -> list[Struct]:
    with open_regular(path) as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return row_groups(footer_of(data))


def group_span(group: Struct) -> tuple[int, int]:
    """Where a row group's column chunks are in their file: ``(first byte, bytes)``.

    :class:`UnsupportedLayout` when they are not one run, or have page indexes, bloom filters or encryption.
    """
    spans = []
    for chunk in field(group, GROUP_COLUMNS)[2][1]:  # type: ignore[index]
        if any(field(chunk, fid) for fid in CHUNK_UNSUPPORTED):
            raise UnsupportedLayout("column chunks with page indexes or encryption")
        meta = field(chunk, CHUNK_META)
        if meta is None or field(meta[2], META_BLOOM) is not None:
            raise UnsupportedLayout("column chunks with bloom filters or without metadata")
        dictionary = field(meta[2], META_DICTIONARY_PAGE)
        start = dictionary[2] if dictionary and dictionary[2] > 0 else field(meta[2], META_DATA_PAGE)[2]  # type: ignore[index]
        spans.append((start, field(meta[2], META_COMPRESSED)[2]))  # type: ignore[index]
    if not spans:
        raise UnsupportedLayout("a row group without columns")
    first = spans[0][0]
    position = first
    for start, size in spans:
        if start != position:
            raise UnsupportedLayout("column chunks that are not one after the other")
        position += size
    return first, position - first


def _moved(fields: Struct, fids: tuple[int, ...], delta: int) -> Struct:
    """A shallow copy of a struct with its positive ``fids`` fields moved by ``delta`` (the rest shared)."""
    return [[f[0], f[1], f[2] + delta] if f[0] in fids and f[2] > 0 else f for f in fields]


def moved_group(group: Struct, delta: int, ordinal: int) -> Struct:
    """A copy of a row group's metadata with its byte offsets moved by ``delta`` and its ordinal set.

    Only the fields that change are new; the rest (statistics, schema paths) is shared with ``group``.
    """
    chunks = []
    for chunk in field(group, GROUP_COLUMNS)[2][1]:  # type: ignore[index]
        moved = _moved(chunk, (CHUNK_FILE_OFFSET,), delta)
        meta = field(moved, CHUNK_META)
        if meta is not None:
            moved[moved.index(meta)] = [CHUNK_META, STRUCT, _moved(meta[2], CHUNK_META_OFFSETS, delta)]
        chunks.append(moved)
    out = _moved(group, (GROUP_FILE_OFFSET,), delta)
    for i, f in enumerate(out):
        if f[0] == GROUP_COLUMNS:
            out[i] = [GROUP_COLUMNS, LIST, [f[2][0], chunks]]
        elif f[0] == GROUP_ORDINAL:
            out[i] = [GROUP_ORDINAL, f[1], ordinal]
    return out


def encode_group(table: pa.Table) -> tuple[bytes, Struct, int]:
    """``table`` as one row group: its column chunks' bytes, its metadata, where the chunks start (in its own file)."""
    buf = io.BytesIO()
    pq.write_table(table, buf, row_group_size=max(table.num_rows, 1), **WRITE_OPTIONS)
    data = buf.getvalue()
    groups = row_groups(footer_of(data))
    if len(groups) != 1:
        raise ValueError(f"{len(groups)} row groups where one was written")
    start, size = group_span(groups[0])
    return data[start : start + size], groups[0], start


def empty_footer(schema: pa.Schema) -> Struct:
    """The footer pyarrow writes for ``schema`` without rows: the template of every footer :class:`GroupWriter` writes."""
    buf = io.BytesIO()
    pq.ParquetWriter(buf, schema, **WRITE_OPTIONS).close()
    meta = footer_of(buf.getvalue())
    groups = field(meta, FILE_ROW_GROUPS)
    if groups is not None and groups[2][1]:
        raise ValueError("pyarrow wrote a row group for no rows")
    return meta


class ParquetSource:
    """A Parquet file row groups are copied from (mapped into memory until :meth:`close`): groups and rows."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        with open_regular(self.path) as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        self._file: pq.ParquetFile | None = None
        #: The ``RowGroup`` structs of the footer (shared with :func:`~textclean.dataset.quickcheck.parsed`: not to be changed).
        self.groups: list[Struct] = file_row_groups(self.path)
        self.starts: list[int] = []  # first row of each group
        rows = 0
        for group in self.groups:
            self.starts.append(rows)
            rows += field(group, GROUP_NUM_ROWS)[2]  # type: ignore[index]
        self.num_rows = rows
        self._cached: tuple[int, pa.Table] | None = None

    def group_at(self, first: int, rows: int) -> int | None:
        """The index of the row group that holds exactly rows ``first`` to ``first + rows - 1``, if one does."""
        i = bisect_right(self.starts, first) - 1
        if i < 0 or self.starts[i] != first:
            return None
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.num_rows
        return i if end - first == rows else None

    def chunk_bytes(self, index: int) -> tuple[bytes, int]:
        """A group's column chunks and where they start in the file (:class:`UnsupportedLayout` if they cannot be copied)."""
        start, size = group_span(self.groups[index])
        return self._map[start : start + size], start

    def _parquet(self) -> pq.ParquetFile:
        if self._file is None:
            self._file = pq.ParquetFile(self.path)
        return self._file

    def read_group(self, index: int) -> pa.Table:
        """One row group decoded (the last one asked for is kept)."""
        if self._cached is None or self._cached[0] != index:
            self._cached = (index, self._parquet().read_row_group(index))
        return self._cached[1]

    def read_groups(self, indices: Sequence[int], columns: Sequence[str]) -> pa.Table:
        """Some ``columns`` of several row groups, as one table (one read)."""
        return self._parquet().read_row_groups(list(indices), columns=list(columns))

    def read_rows(self, first: int, rows: int) -> list[pa.Table]:
        """Rows ``first`` to ``first + rows - 1``, as slices of the groups that hold them."""
        pieces = []
        i = bisect_right(self.starts, first) - 1
        while rows > 0:
            if i < 0 or i >= len(self.groups):
                raise ValueError(f"{self.path.name}: fewer rows than asked for")
            table = self.read_group(i)
            offset = first - self.starts[i]
            k = min(rows, table.num_rows - offset)
            pieces.append(table.slice(offset, k))
            first, rows, i = first + k, rows - k, i + 1
        return pieces

    def close(self) -> None:
        self._cached = None
        self._file = None
        self._map.close()


class GroupWriter:
    """A Parquet file written to ``fh`` one row group at a time: new tables (:meth:`write_table`) or copies (:meth:`copy_group`)."""

    def __init__(self, fh: IO[bytes], schema: pa.Schema) -> None:
        self._fh = fh
        self.schema = schema
        self._footer = empty_footer(schema)
        self._groups: list[Struct] = []
        self.rows = 0
        fh.write(MAGIC)
        self._position = len(MAGIC)

    def _add(self, chunks: bytes | memoryview, group: Struct, start: int) -> None:
        self._groups.append(moved_group(group, self._position - start, len(self._groups)))
        self._fh.write(chunks)
        self._position += len(chunks)
        self.rows += field(group, GROUP_NUM_ROWS)[2]  # type: ignore[index]

    def write_table(self, table: pa.Table) -> None:
        """Append ``table`` (the writer's schema, metadata aside) as one new row group."""
        if not table.num_rows:
            return
        if not table.schema.equals(self.schema, check_metadata=False):
            table = table.cast(self.schema)
        self._add(*encode_group(table.replace_schema_metadata(self.schema.metadata)))

    def copy_group(self, source: ParquetSource, index: int) -> None:
        """Append row group ``index`` of ``source`` as it is: its bytes, not its rows.

        Raises :class:`UnsupportedLayout` (having written nothing) when the group cannot be copied.
        """
        chunks, start = source.chunk_bytes(index)
        self._add(chunks, source.groups[index], start)

    @property
    def groups(self) -> list[Struct]:
        """The ``RowGroup`` structs of the groups written so far (what :func:`row_groups` reads back from the file)."""
        return self._groups

    def close(self) -> None:
        """Write the footer: the schema's, with the groups written."""
        meta = read_struct(write_struct(self._footer))[0]
        field(meta, FILE_NUM_ROWS)[2] = self.rows  # type: ignore[index]
        groups = field(meta, FILE_ROW_GROUPS)
        if groups is None:
            raise ValueError("a Parquet footer without row groups")
        groups[2] = [STRUCT, self._groups]
        footer = write_struct(meta)
        self._fh.write(footer + struct.pack("<I", len(footer)) + MAGIC)
