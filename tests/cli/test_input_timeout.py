"""`textclean run --input-timeout`: an input whose cleaning runs too long is quarantined, the run goes on and
exits 0, and the next run cleans that input again."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import typer.main
from children import copy_pages
from typer.testing import CliRunner

from textclean.cli import app
from textclean.models import PageResult
from textclean.run import inputs as inputs_module

runner = CliRunner()


def sources(out: Path) -> set[str]:
    with (out / "articles.jsonl").open(encoding="utf-8") as fh:
        return {json.loads(line)["source"] for line in fh}


def test_run_quarantines_a_slow_input_and_the_next_run_cleans_it(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = copy_pages(seed_paths, tmp_path / "pages")
    shutil.copy(seed_paths[0], folder / "slow.txt")
    real = inputs_module.clean_page

    def clean_page(source: str, data: bytes, *args: Any) -> PageResult:
        end = time.monotonic() + 30  # pure Python spinning, as a pathological page would (never a hung test)
        while source == "slow.txt" and time.monotonic() < end:
            pass
        return real(source, data, *args)

    out = tmp_path / "data"
    # --workers 1: the batch is cleaned in this process (in a Prefect task's thread), where the test slows it
    args = ["run", str(folder), "--out", str(out), "--workers", "1", "--no-tokens", "--keywords", "0"]
    with monkeypatch.context() as patch:
        patch.setattr(inputs_module, "clean_page", clean_page)
        first = runner.invoke(app, [*args, "--input-timeout", "0.5"])
    assert first.exit_code == 0, first.output
    assert "3 page(s): 2 processed, 1 rejected" in first.output
    assert "1 reject(s): timeout 1" in first.output
    assert "  slow.txt: timeout (cleaning took longer than 0.5 s (--input-timeout))" in first.output
    assert sources(out) == {p.name for p in seed_paths}  # the other inputs' articles are written

    again = runner.invoke(app, args)  # cleaning is as fast as ever now: slow.txt is cleaned, the seeds reused
    assert again.exit_code == 0, again.output
    assert "3 page(s): 1 processed, 2 reused, 0 rejected" in again.output
    assert sources(out) == {p.name for p in seed_paths} | {"slow.txt"}


@pytest.mark.parametrize("name", ["run", "watch"])
def test_the_deadline_is_an_option_of_the_commands_that_run_the_flow(name: str) -> None:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    option = next(p for p in command.params if "--input-timeout" in p.opts)
    assert option.default == 300 and "timeout" in (option.help or "")
    assert runner.invoke(app, [name, "--input-timeout", "-1"]).exit_code == 2
