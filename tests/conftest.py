"""Shared fixtures: the seed pages, a dataset built by the library alone, and one real flow run."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis draws the same examples on every run (CI's verdict depends on the code, not on the draw); a
# property failure it finds is then kept as an @example or a test of its own.
settings.register_profile("textclean", derandomize=True, database=None)
settings.load_profile("textclean")

# Prefect state (database, log file) of the test session lives in a throw-away
# folder, never in the developer's own; set before `flows` applies its defaults.
_PREFECT_HOME = tempfile.mkdtemp(prefix="textclean-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME

import textclean.flows  # noqa: E402, F401  (applies textclean's Prefect defaults before anything imports Prefect)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    from textclean.run.inputs import collect_inputs

    paths = collect_inputs([SEEDS])
    assert len(paths) >= 2
    return paths


@pytest.fixture(scope="session")
def seed_results(seed_paths: list[Path]):
    from textclean.run.inputs import clean_files

    return clean_files(seed_paths)


@pytest.fixture(scope="session")
def dataset_dir(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path], seed_results) -> Path:
    """The seeds cleaned and written by the library (no Prefect): read-only for tests."""
    from textclean.dataset.assemble import write_dataset
    from textclean.dataset.rows import build_tables

    out = tmp_path_factory.mktemp("dataset")
    write_dataset(out, build_tables(seed_results), paths=[str(p) for p in seed_paths])
    return out


@pytest.fixture
def dataset_copy(dataset_dir: Path, tmp_path: Path) -> Path:
    """A copy of the seed dataset that a test may tamper with."""
    return Path(shutil.copytree(dataset_dir, tmp_path / "copy"))


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A temporary Prefect API and database for the whole session (it takes seconds to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def flow_run(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]):
    """The real flow, run once on the seeds: (RunResult, dataset folder)."""
    from textclean.flows.clean_flow import clean_flow

    out = tmp_path_factory.mktemp("flow") / "data"
    result = clean_flow([str(p) for p in seed_paths], str(out))
    return result, out


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Doctests come from src/ only: helper scripts under tests/ are never imported by pytest."""
    if collection_path.suffix == ".py" and ROOT / "tests" in collection_path.parents:
        name = collection_path.name
        if not (name.startswith("test_") or name == "conftest.py"):
            return True
    return None


#: A page in traditional characters, as a Taiwan or Hong Kong paper sets it (Big5-encodable).
TRADITIONAL_PAGE = """ 認真學習貫徹黨的二十大精神

推進工會工作法治化
蘇煒 劉景芝

法律是治國之重器，法治是治國理政

的基本方式。黨的二十大報告以專門章節

對全面依法治國作出系統部署，強調必須

更好發揮法治固根本、穩預期、利長遠的保

障作用，在法治軌道上全面建設社會主義

現代化國家。工會是黨聯繫職工群眾的橋

梁紐帶，工會工作是黨治國理政的一項經

常性基礎性工作。

一、以法治思想為引領，
根植法治工會理念

法治思想是新時代中國特色社會主義思

想的重要組成部分，為推進工會工作法治

化提供了根本遵循和行動指南。我們要深

入學習，系統運用法治思維和法治方式，

支撐和保障工會工作高品質發展。

（作者單位：中國工運研究所）
"""


@pytest.fixture(scope="session")
def traditional_page() -> str:
    """:data:`TRADITIONAL_PAGE` (text; each test encodes it as it needs)."""
    TRADITIONAL_PAGE.encode("big5")  # stays Big5-encodable
    return TRADITIONAL_PAGE
