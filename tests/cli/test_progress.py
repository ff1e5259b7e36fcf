"""Progress that fits where it runs: lines in a log or pipe, nothing with --quiet."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from textclean.cli.console import ProgressLines


def test_progress_lines_say_each_stage_and_about_every_tenth() -> None:
    sink = io.StringIO()
    lines = ProgressLines(Console(file=sink, force_terminal=False, width=200))
    for done in range(0, 2001, 50):
        lines("cleaning", done, 2000)
    lines("writing", 0, None)
    lines("writing", 2000, 2000)
    printed = sink.getvalue().splitlines()
    assert printed[0] == "cleaning 0/2000 pages" and printed[-3] == "cleaning 2000/2000 pages"
    assert 10 <= sum(line.startswith("cleaning") for line in printed) <= 12
    assert printed[-2:] == ["writing", "writing 2000/2000 inputs"]


@pytest.mark.slow
@pytest.mark.parametrize("quiet", [False, True])
def test_a_run_into_a_pipe_prints_progress_lines_unless_quiet(
    quiet: bool, seed_paths: list[Path], tmp_path: Path
) -> None:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "textclean.cli", "run", str(seed_paths[0].parent), "--out", str(tmp_path / "o")]
    done = subprocess.run([*command, *(["--quiet"] if quiet else [])], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    out = done.stdout.splitlines()
    progress = [line for line in out if line.startswith(("starting Prefect", "cleaning ", "writing"))]
    if quiet:
        assert progress == [] and done.stderr == ""
    else:
        assert progress[0] == "starting Prefect…" and "cleaning 2/2 pages" in progress
    assert out[-1].startswith("Prefect log:")  # the summary, always
