"""A dataset folder's entries are never read through a link, nor when they are FIFOs or devices."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from textclean.config import Config
from textclean.dataset.read import is_current, read_manifest
from textclean.models import InputFile


@pytest.mark.slow
def test_a_fifo_in_place_of_a_dataset_file_never_hangs_a_run(
    dataset_copy: Path, seed_paths: list[Path], tmp_path: Path
) -> None:
    (dataset_copy / "articles.parquet").unlink()
    os.mkfifo(dataset_copy / "articles.parquet")
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect")}
    env.pop("PREFECT_API_URL", None)
    command = [sys.executable, "-m", "textclean.cli", "run", str(seed_paths[0].parent), "--out", str(dataset_copy)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    assert (dataset_copy / "articles.parquet").is_file()  # written anew: the FIFO entry replaced, never read


def test_a_linked_manifest_is_not_read(dataset_copy: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes((dataset_copy / "manifest.json").read_bytes())
    (dataset_copy / "manifest.json").unlink()
    (dataset_copy / "manifest.json").symlink_to(elsewhere)
    assert read_manifest(dataset_copy) is None
    assert is_current(dataset_copy, [InputFile("p.txt", "p.txt", "0" * 64, 1)], Config()) is None
