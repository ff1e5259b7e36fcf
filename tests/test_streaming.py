"""The streamed write: batches as parts, fixed row groups, reused rows copied from the previous files."""

from __future__ import annotations

import io
import shutil
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from textclean import assemble as assemble_module
from textclean.assemble import ParquetSink, assemble
from textclean.config import Config
from textclean.inputs import clean_files, collect_inputs, fingerprint
from textclean.parts import WORK_DIR, duplicate_flags, fresh_work_dir, part_of_tables, process_batch
from textclean.reuse import reusable
from textclean.writer import (
    ARTICLES_PARQUET,
    DATASET_FILES,
    MANIFEST_JSON,
    build_tables,
    validate_dataset,
    write_dataset,
)

DATA_FILES = [name for name in DATASET_FILES if name != MANIFEST_JSON]
NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def sink_bytes(table: pa.Table, slices: list[int], row_group: int) -> tuple[bytes, list[int]]:
    """``table`` written through a ParquetSink in slices of the given sizes: the file and its row group sizes."""
    out = pa.BufferOutputStream()
    sink = ParquetSink(out, table.schema, row_group)
    start = 0
    for n in slices:
        sink.write(table.slice(start, n))
        start += n
    sink.close()
    data = out.getvalue().to_pybytes()
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    return data, [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def test_row_groups_do_not_depend_on_the_slices() -> None:
    table = pa.table({"source": [f"p{i // 3}.txt" for i in range(23)], "n": list(range(23))})
    one, groups = sink_bytes(table, [23], row_group=10)
    assert groups == [10, 10, 3]
    for slices in ([1] * 23, [5, 0, 9, 9], [22, 1]):
        assert sink_bytes(table, slices, row_group=10) == (one, groups)
    assert pq.read_table(io.BytesIO(one)).equals(table)


@pytest.fixture
def pages(seed_paths: list[Path], tmp_path: Path) -> list[Path]:
    """Six copies of the seeds under six names (a corpus large enough for several row groups)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(3):
        for p in seed_paths:
            shutil.copy(p, folder / f"{i}_{p.name}")
    return collect_inputs([folder])


@pytest.fixture
def small_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups of a few rows, so that inputs' rows straddle them."""
    monkeypatch.setattr(assemble_module, "ARTICLES_ROW_GROUP", 3)
    monkeypatch.setattr(assemble_module, "PARAGRAPHS_ROW_GROUP", 17)
    monkeypatch.setattr(assemble_module, "READ_BATCH", 5)


def test_parts_written_by_workers_make_the_files_of_one_write(pages: list[Path], tmp_path: Path, small_groups) -> None:
    full, streamed = tmp_path / "full", tmp_path / "streamed"
    write_dataset(full, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS, [str(p) for p in pages])
    work = fresh_work_dir(streamed)
    parts = [process_batch([str(p) for p in pages[i : i + 2]], NO_TOKENS, work, i) for i in range(0, len(pages), 2)]
    assert sorted(p.name for p in work.iterdir())[:3] == [
        "part-00000.articles.arrow",
        "part-00000.articles.jsonl",
        "part-00000.paragraphs.arrow",
    ]
    manifest = assemble(streamed, [None] * len(pages), parts, NO_TOKENS, [str(p) for p in pages])
    for name in DATASET_FILES:
        assert (streamed / name).read_bytes() == (full / name).read_bytes(), name
    assert not (streamed / WORK_DIR).exists()
    groups = pq.ParquetFile(streamed / ARTICLES_PARQUET).metadata.num_row_groups
    assert groups == -(-manifest["counts"]["articles"] // 3) > 2
    assert validate_dataset(streamed) == []


def test_an_incremental_write_copies_reused_rows_across_row_groups(
    pages: list[Path], tmp_path: Path, small_groups
) -> None:
    """Change the second and fifth of six inputs: the others are copied from the previous files, same bytes."""
    out, full = tmp_path / "out", tmp_path / "full"
    write_dataset(out, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS, [str(p) for p in pages])
    for p in (pages[1], pages[4]):
        p.write_bytes(p.read_bytes() + "\n（本报记者 补记）\n".encode())
    files = fingerprint(pages)
    reused = reusable(out, files, NO_TOKENS)
    assert list(reused) == [pages[i].name for i in (0, 2, 3, 5)]
    steps = [reused.get(f.source) for f in files]
    todo = [p for p, step in zip(pages, steps, strict=True) if step is None]
    flags = [d for d, step in zip(duplicate_flags(files), steps, strict=True) if step is None]
    fresh = part_of_tables(build_tables(clean_files(todo, NO_TOKENS), NO_TOKENS, duplicates=flags))
    manifest = assemble(out, steps, [fresh], NO_TOKENS, [str(p) for p in pages])
    assert [i["status"] for i in manifest["inputs"]] == ["reused", "processed", "reused"] * 2
    write_dataset(full, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS, [str(p) for p in pages])
    for name in DATA_FILES:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    assert validate_dataset(out) == []


def test_a_write_that_fails_midway_leaves_the_previous_dataset(pages: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_dataset(out, build_tables(clean_files(pages[:2], NO_TOKENS), NO_TOKENS), NO_TOKENS)
    before = {name: (out / name).read_bytes() for name in DATASET_FILES}
    tables = build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS)

    def fail_at_the_fourth(done: int, total: int) -> None:
        if done == 4:
            raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError, match="disk gone"):
        assemble(out, [None] * len(pages), [part_of_tables(tables)], NO_TOKENS, progress=fail_at_the_fourth)
    assert {name: (out / name).read_bytes() for name in DATASET_FILES} == before
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp")) == []
    assert validate_dataset(out) == []


def test_paragraph_rows_of_a_part_follow_its_inputs(pages: list[Path]) -> None:
    tables = build_tables(clean_files(pages[:2], NO_TOKENS), NO_TOKENS)
    part = part_of_tables(tables)
    assert part.paragraphs == [sum(1 for r in tables.paragraphs if r["source"] == p.name) for p in pages[:2]]
    assert part.rejects == [[], []]
    data = part.load()
    assert data.articles.num_rows == len(data.lines) == len(tables.articles)
    assert data.paragraphs.column("source").to_pylist() == [r["source"] for r in tables.paragraphs]


def test_worker_processes_put_arrow_on_the_system_allocator() -> None:
    import pyarrow as pa

    from textclean.config import Config
    from textclean.parts import _warm_worker

    before = pa.default_memory_pool()
    try:
        _warm_worker(Config(tokens=False, keywords_top_k=0))
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)


def test_line_cursor_takes_lines_in_order_and_says_when_the_file_is_short() -> None:
    cursor = assemble_module.LineCursor(io.BytesIO(b'{"a": 1}\n{"a": 2}\n{"a": 3}\n'))
    cursor.seek(1)
    assert cursor.take(2) == [b'{"a": 2}\n', b'{"a": 3}\n'] and cursor.position == 3
    assert cursor.take(0) == []
    with pytest.raises(ValueError, match="fewer lines than rows"):
        cursor.take(1)


def test_hashing_file_hashes_what_writelines_wrote(tmp_path: Path) -> None:
    import hashlib

    fh = assemble_module.HashingFile(tmp_path / "x.jsonl")
    fh.write(b"first\n")
    fh.writelines([b"second\n", b"third\n"])
    fh.writelines([])
    fh.close()
    data = (tmp_path / "x.jsonl").read_bytes()
    assert data == b"first\nsecond\nthird\n"
    assert fh.sha256 == hashlib.sha256(data).hexdigest() and fh.size == len(data)


def test_a_pool_of_two_slots_cleans_in_this_process_and_in_one_worker(
    pages: list[Path], tmp_path: Path, small_groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One slot is the run's own process (one worker process fewer); the files are those of one write."""
    from concurrent.futures import ThreadPoolExecutor

    from textclean import parts as parts_module

    here: list[str] = []
    real = parts_module.clean_files

    def spy(*args: object, **kwargs: object) -> object:  # only batches cleaned in this process pass here
        here.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parts_module, "clean_files", spy)
    full, streamed = tmp_path / "full", tmp_path / "streamed"
    write_dataset(full, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS, [str(p) for p in pages])
    work = fresh_work_dir(streamed)
    pool = parts_module.BatchPool(2, NO_TOKENS)
    try:
        with ThreadPoolExecutor(len(pages)) as tasks:  # as Prefect's task threads: all batches at once
            parts = list(tasks.map(lambda i: pool.process_batch([str(pages[i])], NO_TOKENS, work, i), range(len(pages))))
        assert pool.processes == 1
    finally:
        pool.close()
    assert 0 < len(here) < len(pages) and set(here) == {"textclean-batch-slot-0"}  # the rest went to the worker
    assemble(streamed, [None] * len(pages), parts, NO_TOKENS, [str(p) for p in pages])
    for name in DATASET_FILES:
        assert (streamed / name).read_bytes() == (full / name).read_bytes(), name
    with pytest.raises(RuntimeError, match="closed"):
        pool.process_batch([str(pages[0])], NO_TOKENS, work, 99)
