"""Review fixtures: the seed pages' gold copied to a folder a test may change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "gold"


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """A copy of the seeds' hand-checked gold (tests/fixtures/gold) that a test may tamper with."""
    return Path(shutil.copytree(GOLD, tmp_path / "gold"))
