"""The streamed write: batches as parts, row groups of whole inputs, reused rows copied from the previous files."""

from __future__ import annotations

import io
import shutil
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from textclean.config import Config
from textclean.dataset import assemble as assemble_module
from textclean.dataset import rowgroups
from textclean.dataset.assemble import assemble, ends_group, write_dataset
from textclean.dataset.files import ARTICLES_PARQUET, DATASET_FILES, MANIFEST_JSON, PARAGRAPHS_PARQUET
from textclean.dataset.outputs import HashingFile
from textclean.dataset.parts import WORK_DIR, fresh_work_dir, part_of_tables
from textclean.dataset.reuse import reusable
from textclean.dataset.rows import build_tables
from textclean.dataset.sinks import LineSink, PreviousLines
from textclean.dataset.validate import validate_dataset
from textclean.run.inputs import clean_files, collect_inputs, fingerprint
from textclean.run.pool import duplicate_flags, process_batch

DATA_FILES = [name for name in DATASET_FILES if name != MANIFEST_JSON]
NO_TOKENS = Config(tokens=False, keywords_top_k=0)


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
    """Row groups of about two inputs, so that the six pages make several."""
    monkeypatch.setattr(assemble_module, "GROUP_INPUTS", 2)


def group_rows(path: Path) -> list[int]:
    meta = pq.ParquetFile(path).metadata
    return [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]


def inputs_rows(out: Path, table: str) -> dict[str, int]:
    sources = pq.read_table(out / table, columns=["source"]).column("source").to_pylist()
    return {name: sources.count(name) for name in dict.fromkeys(sources)}


def test_row_groups_are_whole_inputs_and_end_where_the_names_say(
    pages: list[Path], tmp_path: Path, small_groups
) -> None:
    names = [p.name for p in pages]
    ends = [ends_group(n) for n in names]
    assert 1 < sum(ends) < len(names)  # the names split the six pages into several groups, not one each
    write_dataset(tmp_path, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS)
    for table in (ARTICLES_PARQUET, PARAGRAPHS_PARQUET):
        rows = inputs_rows(tmp_path, table)
        expected, group = [], 0
        for name, end in zip(names, ends, strict=True):
            group += rows.get(name, 0)
            if end or name == names[-1]:
                expected.append(group)
                group = 0
        assert group_rows(tmp_path / table) == [n for n in expected if n], table


def test_a_group_also_ends_at_its_row_cap(pages: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assemble_module, "GROUP_INPUTS", 2**62)  # no name ends a group
    monkeypatch.setattr(assemble_module, "ARTICLES_GROUP_CAP", 5)
    write_dataset(tmp_path, build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS), NO_TOKENS)
    rows = inputs_rows(tmp_path, ARTICLES_PARQUET)
    expected, group = [], 0
    for p in pages:
        group += rows.get(p.name, 0)
        if group >= 5:
            expected.append(group)
            group = 0
    assert group_rows(tmp_path / ARTICLES_PARQUET) == ([*expected, group] if group else expected)
    assert len(expected) > 1


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
    assert sum(group_rows(streamed / ARTICLES_PARQUET)) == manifest["counts"]["articles"]
    assert len(group_rows(streamed / ARTICLES_PARQUET)) > 2
    assert validate_dataset(streamed) == []


def test_an_incremental_write_copies_reused_rows_across_row_groups(
    pages: list[Path], tmp_path: Path, small_groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Change the second and fifth of six inputs: the others are copied from the previous files, same bytes.

    A row group whose inputs are all reused is copied as bytes; the groups of the changed inputs are encoded.
    """
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
    encoded: list[int] = []
    real_encode = rowgroups.encode_group

    def spy(table: pa.Table) -> object:
        encoded.append(table.num_rows)
        return real_encode(table)

    monkeypatch.setattr(rowgroups, "encode_group", spy)
    groups = [ends_group(p.name) for p in pages]
    changed_groups = {sum(groups[:i]) for i in (1, 4)}  # the groups (by index) of the changed pages
    manifest = assemble(out, steps, [fresh], NO_TOKENS, [str(p) for p in pages])
    assert len(encoded) == 2 * len(changed_groups)  # per table, only the groups of changed pages are encoded
    assert len(group_rows(out / ARTICLES_PARQUET)) > len(changed_groups)
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


def test_a_file_that_cannot_be_flushed_to_disk_fails_the_write_before_the_commit(
    pages: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are flushed in threads; an error there is the write's, and the previous dataset stays."""
    import os
    import threading

    out = tmp_path / "out"
    write_dataset(out, build_tables(clean_files(pages[:2], NO_TOKENS), NO_TOKENS), NO_TOKENS)
    before = {name: (out / name).read_bytes() for name in DATASET_FILES}
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if threading.current_thread().name == "textclean-fsync":
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    tables = build_tables(clean_files(pages, NO_TOKENS), NO_TOKENS)
    with pytest.raises(OSError, match="Input/output error"):
        assemble(out, [None] * len(pages), [part_of_tables(tables)], NO_TOKENS)
    assert {name: (out / name).read_bytes() for name in DATASET_FILES} == before
    assert sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp")) == []


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
    from textclean.run.pool import _warm_worker

    before = pa.default_memory_pool()
    try:
        _warm_worker(Config(tokens=False, keywords_top_k=0))
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(before)


def test_worker_processes_freeze_what_they_loaded_out_of_the_collector() -> None:
    import gc

    from textclean.config import Config
    from textclean.run.pool import _warm_worker

    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    try:
        _warm_worker(Config(tokens=False, keywords_top_k=0))
        assert gc.get_freeze_count() > 0  # (the modules' objects: full collections no longer walk them)
    finally:
        gc.unfreeze()


def test_previous_lines_give_the_bytes_of_rows_forward_only(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n{"a": 2}\n{"a": 3}\n')
    lines = PreviousLines(path)
    assert lines.span(1, 2) == (9, 27) and lines.row == 3
    assert lines.span(3, 0) == (27, 27)
    with pytest.raises(ValueError, match="cannot go back"):
        lines.span(0, 1)
    with pytest.raises(ValueError, match="fewer lines than rows"):
        lines.span(3, 1)
    out = io.BytesIO()
    lines.copy(out, 9, 18)
    assert out.getvalue() == b'{"a": 2}\n'
    lines.close()
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert PreviousLines(empty).span(0, 0) == (0, 0)


def test_line_sink_copies_consecutive_previous_rows_in_one_write(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"1\n2\n3\n4\n")
    writes: list[bytes] = []

    class Recorder(io.BytesIO):
        def write(self, data: object) -> int:
            writes.append(bytes(data))  # type: ignore[call-overload]
            return super().write(data)  # type: ignore[call-overload]

    out = Recorder()
    sink = LineSink(out, PreviousLines(path))
    sink.copy_previous((0, 1))
    sink.copy_previous((1, 2))
    sink.write([b"new\n"])
    sink.copy_previous((3, 1))
    sink.close()
    assert out.getvalue() == b"1\n2\n3\nnew\n4\n"
    assert writes == [b"1\n2\n3\n", b"new\n", b"4\n"]


def test_hashing_file_hashes_what_writelines_wrote(tmp_path: Path) -> None:
    import hashlib

    fh = HashingFile(tmp_path / "x.jsonl")
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

    from textclean.run import pool as parts_module

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
            parts = list(
                tasks.map(lambda i: pool.process_batch([str(pages[i])], NO_TOKENS, work, i), range(len(pages)))
            )
        assert pool.processes == 1
    finally:
        pool.close()
    assert 0 < len(here) < len(pages) and set(here) == {"textclean-batch-slot-0"}  # the rest went to the worker
    assemble(streamed, [None] * len(pages), parts, NO_TOKENS, [str(p) for p in pages])
    for name in DATASET_FILES:
        assert (streamed / name).read_bytes() == (full / name).read_bytes(), name
    with pytest.raises(RuntimeError, match="closed"):
        pool.process_batch([str(pages[0])], NO_TOKENS, work, 99)


@pytest.mark.parametrize("kernel_copy", [True, False])
def test_a_copied_range_is_written_and_hashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel_copy: bool
) -> None:
    import errno
    import hashlib
    import os

    if not kernel_copy:  # a file system without copy_file_range: the bytes go through this process

        def no_copy(*args: object) -> int:
            raise OSError(errno.EXDEV, "cross-device")

        monkeypatch.setattr(os, "copy_file_range", no_copy, raising=False)
    source = tmp_path / "old.jsonl"
    source.write_bytes(b"".join(b'{"row": %d}\n' % i for i in range(1000)))
    previous = PreviousLines(source)
    fh = HashingFile(tmp_path / "new.jsonl")
    sink = LineSink(fh, previous)
    sink.write([b"first\n"])
    sink.copy_previous((10, 500))
    sink.write([b"last\n"])
    sink.close()
    fh.close()
    previous.close()
    lines = source.read_bytes().splitlines(keepends=True)
    expected = b"first\n" + b"".join(lines[10:510]) + b"last\n"
    assert (tmp_path / "new.jsonl").read_bytes() == expected
    assert fh.sha256 == hashlib.sha256(expected).hexdigest() and fh.size == len(expected)


def test_removing_the_work_folder_outlasts_a_part_written_while_it_goes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupted run removes its work folder while its in-process batch slot may be writing a part:
    a file made between ``rmtree`` listing the folder and removing it kept the folder (a flaky interrupt test
    saw ``.textclean-work`` left behind). The removal tries again until the folder is gone."""
    import shutil

    from textclean.dataset import parts

    work = fresh_work_dir(tmp_path)
    (work / "part-00000.articles.arrow").write_bytes(b"x")
    real_rmtree, calls = shutil.rmtree, []

    def racing_rmtree(path: Path, ignore_errors: bool = False) -> None:
        real_rmtree(path, ignore_errors=ignore_errors)
        calls.append(path)
        if len(calls) == 1:  # the slot writes its next file just as the folder went: the folder is back
            Path(path).mkdir()
            (Path(path) / "part-00001.articles.arrow").write_bytes(b"x")

    monkeypatch.setattr(parts.shutil, "rmtree", racing_rmtree)
    parts.remove_work_dir(tmp_path)
    assert not (tmp_path / WORK_DIR).exists()
    assert len(calls) == 2
    # and a folder with no work folder in it is left alone, at once
    parts.remove_work_dir(tmp_path)
    assert len(calls) == 3 and sorted(p.name for p in tmp_path.iterdir()) == []
