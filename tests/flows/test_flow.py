"""The Prefect flow: tasks tested as plain functions, and one end-to-end run under prefect_test_harness."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from textclean.config import Config
from textclean.dataset.files import DATASET_FILES
from textclean.dataset.parts import fresh_work_dir
from textclean.dataset.validate import validate_dataset
from textclean.flows.clean_flow import (
    QuarantineError,
    clean_batch,
    clean_flow,
    current_manifest,
    fingerprint_inputs,
    plan,
    write,
)
from textclean.run.pool import BatchPool


def files_of(folder: Path) -> dict[str, bytes]:
    """The dataset's files (not the hidden lock file)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


# ---------------------------------------------------------------- tasks without the engine


def test_tasks_are_library_calls(seed_paths: list[Path], tmp_path: Path, dataset_dir: Path) -> None:
    paths = [str(p) for p in seed_paths]
    files = fingerprint_inputs.fn(paths)
    assert [f.source for f in files] == [p.name for p in seed_paths]
    assert current_manifest.fn(str(tmp_path), files, Config()) is None
    steps, batches, duplicates = plan(paths, files, {}, batch_bytes=1)
    assert batches == [[p] for p in paths] and duplicates == [[False], [False]] and steps == [None, None]
    work = fresh_work_dir(tmp_path)
    parts = [
        clean_batch.fn(b, Config(), str(work), i, d) for i, (b, d) in enumerate(zip(batches, duplicates, strict=True))
    ]
    assert [p.inputs[0]["source"] for p in parts] == [p.name for p in seed_paths]
    assert len(list(work.iterdir())) == 3 * len(parts)  # articles and paragraphs (Arrow), articles (JSONL)
    manifest = write.fn(str(tmp_path), steps, parts, Config(), paths)
    assert manifest["counts"]["articles"] == sum(p.inputs[0]["articles"] for p in parts) > 0
    assert not work.exists()  # the work folder goes when the dataset is committed
    assert files_of(tmp_path) == files_of(dataset_dir)  # batches of one page: the files of one write
    assert current_manifest.fn(str(tmp_path), files, Config()) == manifest


def test_the_library_never_imports_prefect() -> None:
    code = (
        "import sys, pkgutil, importlib, textclean\n"
        "for m in pkgutil.iter_modules(textclean.__path__):\n"
        "    importlib.import_module('textclean.' + m.name)\n"
        "assert not [m for m in sys.modules if m.split('.')[0] == 'prefect'], 'prefect imported'\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "ok", done.stderr


# ---------------------------------------------------------------- the real flow


def test_flow_end_to_end(flow_run, dataset_dir: Path) -> None:
    result, out = flow_run
    assert not result.up_to_date
    assert result.batches and len(result.batches) == 1  # two small pages: one batch, not a task per page
    assert result.manifest["counts"]["inputs"] == 2
    assert sorted(files_of(out)) == sorted(DATASET_FILES)
    assert validate_dataset(out) == []
    assert files_of(out) == files_of(dataset_dir)  # the flow adds orchestration, not differences


def test_batches_in_worker_processes_give_the_same_dataset(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path, dataset_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two worker processes, one page a batch: the files of a single in-process write."""
    used: list[int] = []
    real = BatchPool.process_batch

    def counted(self: BatchPool, *args: Any) -> Any:
        used.append(self.workers)
        return real(self, *args)

    monkeypatch.setattr(BatchPool, "process_batch", counted)
    result = clean_flow([str(p) for p in seed_paths], str(tmp_path / "out"), batch_bytes=1, workers=2)
    assert len(result.batches) == 2 and used == [2, 2]  # each batch went to the pool of two processes
    assert files_of(tmp_path / "out") == files_of(dataset_dir)


def test_second_run_reprocesses_nothing(flow_run, seed_paths: list[Path]) -> None:
    _, out = flow_run
    before = {name: (out / name).stat().st_mtime_ns for name in DATASET_FILES}
    again = clean_flow([str(p) for p in seed_paths], str(out))
    assert again.up_to_date and again.batches == []
    assert {name: (out / name).stat().st_mtime_ns for name in DATASET_FILES} == before


def test_strict_run_fails_after_writing(prefect_harness: None, seed_paths: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    with pytest.raises(QuarantineError) as info:
        clean_flow([str(seed_paths[0]), str(empty)], str(out), strict=True, batch_bytes=1)
    manifest = info.value.result.manifest
    assert manifest["counts"]["rejects_by_reason"] == {"empty": 1}
    assert validate_dataset(out) == []


def test_without_heartbeats_turns_flow_heartbeats_off_in_the_block_only() -> None:
    """A run on a temporary server sends none (each flow run would wait up to a second for the heartbeat thread)."""
    from prefect.settings import get_current_settings

    from textclean.flows import without_heartbeats

    before = get_current_settings().flows.heartbeat_frequency
    assert before is not None
    with without_heartbeats():
        assert get_current_settings().flows.heartbeat_frequency is None
    assert get_current_settings().flows.heartbeat_frequency == before


def test_the_flow_takes_the_pool_started_early_and_a_pool_of_another_size_stays_unused(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path, dataset_dir: Path
) -> None:
    """`textclean run` starts the workers while Prefect starts; the run's batches then go to those processes."""
    from textclean.run import pool as parts

    config = Config()
    parts.start_pool_early(2, config)
    early = parts._early
    assert early is not None
    try:
        taken: list[BatchPool] = []
        real = BatchPool.process_batch

        def spy(self: BatchPool, *args: Any) -> Any:
            taken.append(self)
            return real(self, *args)

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(BatchPool, "process_batch", spy)
            clean_flow([str(p) for p in seed_paths], str(tmp_path / "out"), batch_bytes=1, workers=2)
        assert taken == [early, early] and parts._early is None
        assert files_of(tmp_path / "out") == files_of(dataset_dir)

        parts.start_pool_early(3, config)  # three workers, but the run has two batches: a pool of two
        assert parts._early is not None and parts._early.workers == 3
        clean_flow([str(p) for p in seed_paths], str(tmp_path / "out2"), batch_bytes=1, workers=3)
        assert parts._early is not None and parts._early.workers == 3
    finally:
        parts.close_early_pool()
    assert parts._early is None
