"""A per-input deadline: an input whose cleaning runs too long is quarantined (``timeout``), the run goes on,
and the next run cleans it again."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from children import copy_pages

from textclean.config import Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.read import is_current, read_dataset
from textclean.dataset.reuse import reusable
from textclean.dataset.rows import build_tables
from textclean.models import PageResult
from textclean.run import deadline as deadline_module
from textclean.run import inputs as inputs_module
from textclean.run.deadline import InputTimeout, within
from textclean.run.inputs import clean_files, collect_inputs, fingerprint

#: How long the stand-in for a pathological page would spin: far past any deadline of these tests (so a
#: deadline that fails shows as a failed assertion after this long, never as a hung test).
SPIN = 30.0


def spin(seconds: float = SPIN) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "finished"


def slow_cleaning(monkeypatch: pytest.MonkeyPatch, slow: str) -> None:
    """Cleaning the input named ``slow`` spins (pure Python, as a pathological page would) before it cleans."""
    real: Callable[..., PageResult] = inputs_module.clean_page

    def clean_page(source: str, data: bytes, *args: Any) -> PageResult:
        if source == slow:
            spin()
        return real(source, data, *args)

    monkeypatch.setattr(inputs_module, "clean_page", clean_page)


def test_a_call_past_its_deadline_is_stopped_in_the_main_thread_and_in_any_other() -> None:
    assert threading.current_thread() is threading.main_thread()
    with pytest.raises(InputTimeout):
        within(0.05, spin)
    assert within(5, spin, 0.01) == "finished"  # a call within its deadline gives its result
    assert within(0, spin, 0.01) == "finished"  # 0: no deadline
    outcome: list[str] = []

    def in_a_thread() -> None:  # as a batch is cleaned in a thread of the run's pool or a Prefect task
        try:
            outcome.append(within(0.05, spin))
        except InputTimeout:
            outcome.append("timeout")

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert outcome == ["timeout"]


def test_deadlines_that_end_as_their_calls_end_leave_nothing_behind() -> None:
    """A deadline that fires just as its call returns is reported as a timeout, or not at all, never later."""
    for _ in range(300):
        try:
            within(0.001, spin, 0.001)
        except InputTimeout:
            pass
    assert within(5, spin, 0.05) == "finished"  # no exception left pending for this thread


def test_a_call_that_raises_ends_its_deadline() -> None:
    """Its deadline must not fire later, into whatever the thread does next."""

    def fail() -> None:
        raise ValueError("bad page")

    with pytest.raises(ValueError, match="bad page"):
        within(0.05, fail)
    assert spin(0.2) == "finished"  # past that deadline, with no deadline of its own: not interrupted


def test_deadlines_of_calls_that_ended_are_not_kept() -> None:
    """A run cleans tens of thousands of inputs within one deadline's length: the ended ones are let go."""
    for _ in range(1000):
        within(300, int)
    assert len(deadline_module._the_watchdog().heap) <= 1


def test_a_slow_input_is_quarantined_as_timeout_and_the_batch_goes_on(
    seed_paths: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = tmp_path / "slow.txt"
    shutil.copy(seed_paths[0], slow)
    slow_cleaning(monkeypatch, "slow.txt")
    results = clean_files([seed_paths[0], slow, seed_paths[1]], Config(input_timeout=0.2))
    assert [r.source for r in results] == [seed_paths[0].name, "slow.txt", seed_paths[1].name]
    assert [(r.stage, r.reason, r.detail) for r in results[1].rejects] == [
        ("segment", "timeout", "cleaning took longer than 0.2 s (--input-timeout)")
    ]
    assert results[1].sha256 == inputs_module.read_input(slow, 1 << 30)[1] and not results[1].articles
    assert results[0].articles and results[2].articles  # the others are cleaned as ever

    out = tmp_path / "data"
    write_dataset(out, build_tables(results), paths=[str(seed_paths[0]), str(slow), str(seed_paths[1])])
    data = read_dataset(out)
    assert set(data.articles["source"]) == {seed_paths[0].name, seed_paths[1].name}
    assert [(r["source"], r["reason"]) for r in data.rejects] == [("slow.txt", "timeout")]
    assert data.manifest["counts"]["rejects_by_reason"] == {"timeout": 1}


def test_a_timed_out_input_is_cleaned_again_by_the_next_run(
    seed_paths: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its result says how that run went, not what the input is: never reused, and the dataset is not current."""
    folder = copy_pages(seed_paths, tmp_path / "pages")
    shutil.copy(seed_paths[0], folder / "slow.txt")
    paths = collect_inputs([folder])
    slow_cleaning(monkeypatch, "slow.txt")
    config = Config(input_timeout=0.2)
    out = tmp_path / "data"
    write_dataset(out, build_tables(clean_files(paths, config)), paths=[str(p) for p in paths])
    entries = {i["source"]: i for i in read_dataset(out).manifest["inputs"]}
    assert entries["slow.txt"]["key"] == "" and entries["slow.txt"]["outcome"] == "rejected"
    assert all(entries[p.name]["key"] for p in seed_paths)

    files = fingerprint(paths)
    assert is_current(out, files, config) is None  # the run has something to do: clean slow.txt again
    assert set(reusable(out, files, config)) == {p.name for p in seed_paths}  # ... and only that


def test_a_deadline_is_a_number_of_seconds() -> None:
    assert Config().input_timeout == 300
    with pytest.raises(ValueError, match="input_timeout"):
        Config(input_timeout=-1)
