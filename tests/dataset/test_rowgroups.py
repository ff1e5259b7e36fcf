"""Parquet files written row group by row group, with groups copied raw from another file (textclean.dataset.rowgroups)."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from textclean.dataset import rowgroups as rg
from textclean.dataset.arrow import ARTICLES_ARROW


def table(n: int = 50, start: int = 0) -> pa.Table:
    return pa.table(
        {
            "a": list(range(start, start + n)),
            "b": [f"文本{i % 7}" if i % 5 else None for i in range(start, start + n)],
            "c": [[str(i)] * (i % 3) for i in range(start, start + n)],
            "d": [i / 3 for i in range(start, start + n)],
            "e": [i % 2 == 0 for i in range(start, start + n)],
        }
    ).replace_schema_metadata({b"k": "值".encode()})


def footer_bytes(data: bytes) -> bytes:
    size = struct.unpack("<I", data[-8:-4])[0]
    return data[-8 - size : -8]


def parquet(t: pa.Table, **options: object) -> bytes:
    buf = io.BytesIO()
    pq.write_table(t, buf, **{**rg.WRITE_OPTIONS, **options})  # type: ignore[arg-type]
    return buf.getvalue()


@pytest.mark.parametrize("row_group_size", [7, 20, 1000])
def test_the_codec_gives_back_the_footer_pyarrow_wrote(row_group_size: int) -> None:
    data = parquet(table(), row_group_size=row_group_size)
    meta = rg.footer_of(data)
    assert rg.write_struct(meta) == footer_bytes(data)
    assert rg.field(meta, rg.FILE_NUM_ROWS) == [rg.FILE_NUM_ROWS, rg.I64, 50]
    assert len(rg.field(meta, rg.FILE_ROW_GROUPS)[2][1]) == -(-50 // row_group_size)  # type: ignore[index]


def test_the_footer_is_decoded_down_to_the_chunks_numbers_and_the_rest_kept_as_bytes() -> None:
    data = parquet(table(), row_group_size=20)
    size = struct.unpack("<I", data[-8:-4])[0]
    full, _ = rg.read_struct(data, len(data) - 8 - size)  # no plan: everything decoded
    meta = rg.footer_of(data)
    assert all(not isinstance(f[2], rg.Raw) for f in full)
    assert isinstance(rg.field(meta, 2)[2], rg.Raw)  # the schema: not needed, not decoded  # type: ignore[index]
    chunk = rg.field(rg.row_groups(meta)[0], rg.GROUP_COLUMNS)[2][1][0]  # type: ignore[index]
    column_meta = rg.field(chunk, rg.CHUNK_META)[2]  # type: ignore[index]
    assert isinstance(rg.field(column_meta, 12)[2], rg.Raw)  # statistics  # type: ignore[index]
    assert rg.field(column_meta, rg.META_DATA_PAGE)[2] > 4  # decoded: an offset (after the dictionary page)  # type: ignore[index]
    assert rg.group_span(rg.row_groups(meta)[0])[0] == 4  # the first group starts after PAR1
    assert rg.write_struct(meta) == rg.write_struct(full) == footer_bytes(data)


def test_the_codec_reads_the_footer_of_the_articles_schema() -> None:
    data = parquet(ARTICLES_ARROW.empty_table())
    assert rg.write_struct(rg.footer_of(data)) == footer_bytes(data)  # a schema of more than 15 columns


def test_a_field_id_jump_of_more_than_fifteen_uses_the_long_header() -> None:
    fields = [[1, rg.I32, -3], [40, rg.BINARY, b"ab"], [41, rg.LIST, [rg.I64, list(range(20))]], [42, rg.FALSE, False]]
    data = rg.write_struct(fields)
    assert data[:5] == bytes(
        [0x15, 5, rg.BINARY, 80, 2]
    )  # field 1 (short header), field 40 (type, id 40 zigzag)  # type byte, then the id 40 as a zigzag varint
    assert rg.read_struct(data) == (fields, len(data))


def test_groups_written_alone_or_copied_make_one_readable_file(tmp_path: Path) -> None:
    t = table()
    source_path = tmp_path / "source.parquet"
    source_path.write_bytes(parquet(t, row_group_size=20))
    source = rg.ParquetSource(source_path)
    assert source.starts == [0, 20, 40] and source.num_rows == 50
    assert source.group_at(20, 20) == 1
    assert source.group_at(20, 10) is None and source.group_at(25, 15) is None

    out = io.BytesIO()
    writer = rg.GroupWriter(out, t.schema)
    writer.write_table(t.slice(0, 10))
    writer.copy_group(source, 1)
    writer.write_table(pa.concat_tables(source.read_rows(35, 10)))
    writer.write_table(t.slice(0, 0))  # no rows: no group
    writer.close()
    source.close()
    data = out.getvalue()
    back = pq.read_table(io.BytesIO(data))
    assert back.equals(pa.concat_tables([t.slice(0, 10), t.slice(20, 20), t.slice(35, 10)]))
    assert back.schema.metadata == t.schema.metadata
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [10, 20, 10]
    pl = pytest.importorskip("polars")
    path = tmp_path / "out.parquet"
    path.write_bytes(data)
    assert pl.read_parquet(path)["a"].sum() == sum(back["a"].to_pylist())


def test_a_copied_group_is_the_bytes_of_the_same_rows_encoded_again(tmp_path: Path) -> None:
    t = table()
    path = tmp_path / "source.parquet"
    path.write_bytes(parquet(t, row_group_size=20))
    source = rg.ParquetSource(path)

    def written(copy: bool) -> bytes:
        out = io.BytesIO()
        writer = rg.GroupWriter(out, t.schema)
        writer.write_table(t.slice(0, 7))
        if copy:
            writer.copy_group(source, 1)
        else:
            writer.write_table(t.slice(20, 20))
        writer.close()
        return out.getvalue()

    assert written(copy=True) == written(copy=False)
    source.close()


def test_a_file_without_rows_has_no_row_groups() -> None:
    out = io.BytesIO()
    writer = rg.GroupWriter(out, table().schema)
    writer.close()
    read = pq.read_table(io.BytesIO(out.getvalue()))
    assert read.num_rows == 0 and read.schema.equals(table().schema)


def test_groups_with_page_indexes_are_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "indexed.parquet"
    path.write_bytes(parquet(table(), row_group_size=20, write_page_index=True))
    source = rg.ParquetSource(path)
    out = io.BytesIO()
    writer = rg.GroupWriter(out, table().schema)
    with pytest.raises(rg.UnsupportedLayout):
        writer.copy_group(source, 0)
    assert out.getvalue() == rg.MAGIC  # nothing written
    assert source.read_rows(15, 10)[0].num_rows == 5  # its rows can still be read (and encoded again)
    source.close()


def test_not_a_parquet_file() -> None:
    with pytest.raises(ValueError, match="not a Parquet file"):
        rg.footer_of(b"PAR1 short")
