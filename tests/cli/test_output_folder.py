"""A user's files are safe: textclean writes only into an empty folder or its own dataset, refused at once otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textclean.cli import app
from textclean.dataset.lock import dataset_lock

runner = CliRunner()


def refused(args: list[str]) -> str:
    """Run ``textclean ARGS``, expect a usage error (exit 2) with one line, return that line."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    return lines[0]


def test_a_folder_of_someone_elses_files_is_refused_and_kept(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    (out / "README.md").write_text("mine\n", encoding="utf-8")
    (out / "manifest.json").write_text("{}\n", encoding="utf-8")
    (out / ".README.md.x.tmp").write_text("mine too\n", encoding="utf-8")
    (out / ".textclean-work").mkdir()
    before = sorted(p.name for p in out.iterdir())
    line = refused(["run", str(seed_paths[0].parent), "--out", str(out), "--no-tokens"])
    assert str(out) in line and "no textclean dataset" in line
    assert sorted(p.name for p in out.iterdir()) == before
    assert (out / "README.md").read_text(encoding="utf-8") == "mine\n"
    assert (out / ".README.md.x.tmp").exists()


@pytest.mark.parametrize("where", ["equal", "inside"])
def test_an_output_folder_in_an_input_folder_is_refused(where: str, seed_paths: list[Path], tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(seed_paths[0].parent, pages)
    out = pages if where == "equal" else pages / "out"
    assert "input" in refused(["run", str(pages), "--out", str(out)])
    assert not (pages / "out").exists() and not (pages / ".textclean.lock").exists()


def test_an_input_inside_the_output_folder_is_refused(seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    page = out / "p.txt"
    page.write_bytes(seed_paths[0].read_bytes())
    assert "inside the output folder" in refused(["run", str(page), "--out", str(out)])


def test_no_inputs_never_empty_a_dataset_unless_asked(dataset_copy: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "p.txt").write_text("在子文件夹里的页面不会被读取。\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in dataset_copy.iterdir() if p.is_file()}
    line = refused(["run", str(empty), "--out", str(dataset_copy)])
    assert "no input pages" in line and "--allow-empty" in line
    assert {p.name: p.read_bytes() for p in dataset_copy.iterdir() if p.is_file()} == before


def test_a_textclean_dataset_and_an_empty_folder_are_accepted(dataset_copy: Path, tmp_path: Path) -> None:
    from textclean.dataset.ownership import folder_problem

    assert folder_problem(dataset_copy) is None
    assert folder_problem(tmp_path / "missing") is None
    (tmp_path / "left").mkdir()
    (tmp_path / "left" / ".textclean.lock").write_text("pid 1\n")  # a first run killed before its commit
    assert folder_problem(tmp_path / "left") is None


def test_a_lock_that_is_a_symlink_is_never_followed(seed_paths: list[Path], tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me\n", encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    (out / ".textclean.lock").symlink_to(victim)
    line = refused(["run", str(seed_paths[0].parent), "--out", str(out)])
    assert "symbolic link" in line
    assert victim.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.slow
def test_a_second_run_is_refused_before_prefect_starts(seed_paths: list[Path], tmp_path: Path) -> None:
    """While the folder is locked, `textclean run` exits 1 without ever starting Prefect (its home stays empty)."""
    out, home = tmp_path / "o", tmp_path / "prefect-home"
    home.mkdir()
    env = {**os.environ, "PREFECT_HOME": str(home)}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "textclean.cli", "run", str(seed_paths[0].parent), "--out", str(out)]
    with dataset_lock(out):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "another textclean run is writing" in done.stderr
    assert not any(p.suffix == ".db" for p in home.rglob("*")), sorted(home.rglob("*"))


def test_a_plain_file_named_like_the_work_folder_is_reported_not_removed(dataset_copy: Path, tmp_path: Path) -> None:
    (dataset_copy / ".textclean-work").write_text("mine\n", encoding="utf-8")
    (tmp_path / "pages").mkdir()
    line = refused(["run", str(tmp_path / "pages"), "--out", str(dataset_copy), "--allow-empty"])
    assert ".textclean-work" in line
    assert (dataset_copy / ".textclean-work").read_text(encoding="utf-8") == "mine\n"
