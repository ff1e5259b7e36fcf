"""Fixtures of the tests that run `textclean serve` and `textclean watch` as a user does."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from children import EXE, Child


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The user's environment: no Prefect settings but a Prefect home of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    return env


@pytest.fixture
def pages(seed_paths: list[Path], tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    return folder


@pytest.fixture
def child() -> Iterator[Callable[..., Child]]:
    """Start children; any still running at the end of the test is killed."""
    started: list[Child] = []

    def start(*args: str, env: dict[str, str], cwd: Path) -> Child:
        started.append(Child([EXE, *args], env, cwd))
        return started[-1]

    yield start
    for c in started:
        if c.proc.poll() is None:
            c.proc.kill()
            c.proc.wait(10)
