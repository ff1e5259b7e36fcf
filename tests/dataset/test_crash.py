"""Crash safety and concurrent runs: a writer killed with SIGKILL at any moment leaves one whole
dataset (the old or the new), the next run completes, and two writers never share a folder."""

from __future__ import annotations

import errno
import os
import pickle
import random
import re
import sys
import time
from pathlib import Path

import pytest
from children import Child
from typer.testing import CliRunner

from textclean.cli import app
from textclean.config import Config
from textclean.dataset.assemble import encode_dataset, write_dataset
from textclean.dataset.commit import recover, write_atomic
from textclean.dataset.files import ARTICLES_PARQUET, JOURNAL, MANIFEST_JSON
from textclean.dataset.lock import DatasetBusyError, dataset_lock
from textclean.dataset.quickcheck import STAT_FILE
from textclean.dataset.read import InconsistentDatasetError, read_dataset
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.models import PageResult

HELPER = Path(__file__).with_name("crash_writer.py")


def files_of(folder: Path) -> dict[str, bytes]:
    """The dataset's files (hidden lock, journal and temporary files apart)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def hidden(folder: Path) -> list[str]:
    """The hidden files of a dataset folder, but the quick-check cache (there or not, depending on when a run stopped)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != STAT_FILE)


@pytest.fixture(scope="module")
def two_sets(seed_results: list[PageResult]) -> list[dict[str, bytes]]:
    """Two different datasets as bytes: both seed pages, and the first alone."""
    return [
        encode_dataset(build_tables(seed_results), Config()),
        encode_dataset(build_tables(seed_results[:1]), Config()),
    ]


# ---------------------------------------------------------------- kill -9


KILL_AFTER = [
    f"replaced {JOURNAL}",  # just committed: nothing renamed yet
    f"replaced {ARTICLES_PARQUET}",  # the set is mixed on disk now
    "replaced articles.jsonl",
    "replaced rejects.jsonl",
    f"replaced {MANIFEST_JSON}",  # all renamed, the journal not yet removed
]


def test_kill_9_at_any_moment_leaves_a_whole_dataset(two_sets: list[dict[str, bytes]], tmp_path: Path) -> None:
    out = tmp_path / "data"
    write_atomic(out, two_sets[0])
    sets_file = tmp_path / "sets.pickle"
    sets_file.write_bytes(pickle.dumps(two_sets))
    rng = random.Random()
    moments: list[str | float] = [*KILL_AFTER, *(rng.uniform(0.0, 0.3) for _ in range(4))]
    mid_commit = 0
    for moment in moments:
        first = 1 if files_of(out) == two_sets[0] else 0  # always write the other dataset first
        child = Child([sys.executable, str(HELPER), str(out), str(sets_file), str(first), "0.02"])
        try:
            child.wait_for("^ready$", 30)
            if isinstance(moment, str):
                child.wait_for(f"^{re.escape(moment)}$", 30)
            else:
                time.sleep(moment)
        finally:
            child.kill()

        writing = [int(line.split()[1]) for line in child.lines if line.startswith("writing ")]
        pending = (out / JOURNAL).exists()
        if pending:  # killed between the commit point and the last rename: the new set wins
            mid_commit += 1
            assert writing, child.lines
            expected = two_sets[writing[-1]]
        else:  # no commit under way: the folder is already whole, old or new
            assert files_of(out) in two_sets, (moment, child.lines[-3:], hidden(out))
            expected = files_of(out)
        assert validate_dataset(out) == [], (moment, child.lines[-3:])  # finishes a pending commit
        assert files_of(out) == expected, (moment, child.lines[-3:])
        assert hidden(out) == [".textclean.lock"], hidden(out)  # journal and temporary files gone
        assert read_dataset(out).manifest["outputs"][ARTICLES_PARQUET]["sha256"]
    assert mid_commit >= len(KILL_AFTER)

    # the next run completes, into the same folder
    write_atomic(out, two_sets[1])
    assert files_of(out) == two_sets[1] and validate_dataset(out) == []


def test_commit_interrupted_in_process(two_sets: list[dict[str, bytes]], tmp_path: Path, monkeypatch) -> None:
    """The same without a subprocess: a crash after two renames leaves a journal; readers finish it."""
    out = tmp_path / "data"
    write_atomic(out, two_sets[0])
    real_replace, calls = os.replace, []

    def crash_on_third(src, dst) -> None:
        calls.append(Path(dst).name)
        if len(calls) == 4:  # the journal, then two dataset files
            raise KeyboardInterrupt("killed")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(out, two_sets[1])
    monkeypatch.setattr(os, "replace", real_replace)
    assert (out / JOURNAL).exists()
    mixed = files_of(out)
    assert mixed not in two_sets  # what a reader that ignores the journal would see
    assert read_dataset(out).manifest == read_dataset(out, verify=False).manifest  # read_dataset finishes it
    assert files_of(out) == two_sets[1]
    assert not (out / JOURNAL).exists()


def test_crash_before_the_commit_point_keeps_the_old_dataset(
    two_sets: list[dict[str, bytes]], tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "data"
    write_atomic(out, two_sets[0])
    real_fsync, calls = os.fsync, []

    def crash(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError, match="No space"):
        write_atomic(out, two_sets[1])
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert files_of(out) == two_sets[0]
    assert hidden(out) == [".textclean.lock"]
    # temporary files a real kill leaves behind are removed by the next writer or reader
    (out / ".articles.parquet.abc123.tmp").write_bytes(b"half")
    assert recover(out) is False
    assert hidden(out) == [".textclean.lock"]


def test_readers_refuse_a_set_that_does_not_match_its_manifest(dataset_copy: Path) -> None:
    with open(dataset_copy / "articles.jsonl", "ab") as fh:
        fh.write(b"\n")
    with pytest.raises(InconsistentDatasetError, match=r"articles\.jsonl differ"):
        read_dataset(dataset_copy)
    assert len(read_dataset(dataset_copy, verify=False).articles) > 0


# ---------------------------------------------------------------- two runs at once


@pytest.fixture
def lock_holder(tmp_path: Path):
    """Another process holding the lock of tmp_path/data (as a running `textclean run` does) until killed."""
    out = tmp_path / "data"
    out.mkdir(exist_ok=True)
    code = (
        "import fcntl, os, sys, time\n"
        "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "os.write(fd, f'pid {os.getpid()}'.encode())\n"
        "print('held', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
    )

    def start(seconds: float = 60) -> Child:
        child = Child([sys.executable, "-c", code, str(out / ".textclean.lock"), str(seconds)])
        child.wait_for("^held$", 30)
        children.append(child)
        return child

    children: list[Child] = []
    yield start
    for child in children:
        if child.proc.poll() is None:
            child.kill()


def test_second_writer_is_refused_with_a_clear_message(
    lock_holder, dataset_dir: Path, seed_results: list[PageResult], seed_paths: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "data"
    holder = lock_holder()
    with pytest.raises(DatasetBusyError, match=f"another textclean run is writing {out} \\(pid {holder.proc.pid}\\)"):
        write_dataset(out, build_tables(seed_results))
    assert files_of(out) == {}  # nothing written
    started = time.monotonic()
    with pytest.raises(DatasetBusyError), dataset_lock(out, wait=0.3):
        pass
    assert time.monotonic() - started >= 0.3

    result = CliRunner().invoke(app, ["run", str(seed_paths[0]), "--out", str(out)])
    assert result.exit_code == 1
    assert "another textclean run is writing" in result.output and "Traceback" not in result.output

    holder.kill()  # the kernel drops the lock of a dead process: no stale lock
    write_dataset(out, build_tables(seed_results))
    assert validate_dataset(out) == []


def test_a_waiting_writer_goes_once_the_first_is_done(lock_holder, seed_results, tmp_path: Path) -> None:
    out = tmp_path / "data"
    lock_holder(seconds=0.5)
    started = time.monotonic()
    with dataset_lock(out, wait=30):
        assert time.monotonic() - started > 0.2
        write_dataset(out, build_tables(seed_results))  # re-entrant within the process
    assert validate_dataset(out) == []


def test_a_caller_holding_the_lock_elsewhere_may_write(lock_holder, seed_results, tmp_path: Path) -> None:
    """A flow holds the lock while its write task may run in a worker process: ``locked=True``."""
    out = tmp_path / "data"
    lock_holder()
    write_dataset(out, build_tables(seed_results), locked=True)
    assert validate_dataset(out) == []
