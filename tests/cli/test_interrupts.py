"""Ctrl-C or SIGTERM stops a run at once: one line, DIR as it was, nothing left behind (no work folder, no workers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from textclean.synth import write_corpus

pytestmark = pytest.mark.slow


def start_run(pages: Path, out: Path, tmp_path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "textclean.cli", "run", str(pages), "--out", str(out), "--workers", "2"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_run_leaves_the_dataset_as_it_was(signum: int, seed_paths: list[Path], tmp_path: Path) -> None:
    pages, out = tmp_path / "pages", tmp_path / "out"
    pages.mkdir()
    (pages / "a.txt").write_bytes(seed_paths[0].read_bytes())
    first = start_run(pages, out, tmp_path)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    before = files_of(out)

    write_corpus(pages, 400, seed=5, with_gold=False)  # enough batches to be cleaning when the signal comes
    run = start_run(pages, out, tmp_path)
    work = out / ".textclean-work"
    deadline = time.monotonic() + 300
    while not (work.is_dir() and any(p.suffix == ".arrow" for p in work.iterdir())):
        assert run.poll() is None and time.monotonic() < deadline, "the run ended before its batches were cleaned"
        time.sleep(0.05)
    family = psutil.Process(run.pid).children(recursive=True)
    run.send_signal(signum)
    _, stderr = run.communicate(timeout=60)

    assert run.returncode == 130, stderr
    lines = stderr.decode("utf-8").strip().splitlines()
    assert lines[-1] == f"interrupted: {out} unchanged"
    assert not any("Traceback" in line for line in lines)
    assert files_of(out) == before
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [
        ".textclean-stat.json",
        ".textclean.lock",
    ]
    _, alive = psutil.wait_procs(family, timeout=30)
    assert alive == []


def test_a_run_in_process_gives_the_signal_handlers_back(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path
) -> None:
    """`textclean run` called as a library (a test, a notebook) leaves Ctrl-C to its caller afterwards."""
    import prefect.flow_engine
    from typer.testing import CliRunner

    from textclean.cli import app

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), prefect.flow_engine.capture_sigterm
    args = ["run", str(seed_paths[0].parent), "--out", str(tmp_path / "o"), "--no-tokens", "--keywords", "0"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    after = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), prefect.flow_engine.capture_sigterm
    assert after == before
