"""Output that fits where it goes: a console without Chinese, or a pipe closed early, never fails a finished run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def run_cli(args: list[str], tmp_path: Path, **env: str) -> tuple[list[str], dict[str, str]]:
    command = [sys.executable, "-m", "textclean.cli", "run", *args, "--no-tokens", "--keywords", "0"]
    environment = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), **env}
    environment.pop("PREFECT_API_URL", None)
    return command, environment


def test_an_ascii_console_gets_escapes_and_the_run_succeeds(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "工会.txt").write_text("打造工会\n\n　　工会工作要做实做好维权服务。\n", encoding="utf-8")
    (pages / "坏.txt").write_bytes(b"\x89PNG\r\n\x1a\n")  # a reject: its name is printed
    command, env = run_cli([str(pages), "--out", str(tmp_path / "out")], tmp_path, PYTHONIOENCODING="ascii")
    done = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"\\u574f.txt: binary" in done.stdout


def test_a_pipe_closed_before_the_summary_does_not_fail_the_run(seed_paths: list[Path], tmp_path: Path) -> None:
    command, env = run_cli([str(seed_paths[0].parent), "--out", str(tmp_path / "out")], tmp_path)
    read, write = os.pipe()
    os.close(read)  # nobody will read: the first write gets EPIPE
    try:
        done = subprocess.run(command, env=env, stdout=write, stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(write)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    assert (tmp_path / "out" / "manifest.json").exists()
