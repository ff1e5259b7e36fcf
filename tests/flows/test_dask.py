"""The same flow on Dask (prefect-dask's DaskTaskRunner): real worker processes, the same dataset, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textclean.cli import app
from textclean.dataset.files import DATASET_FILES
from textclean.flows.clean_flow import dask_runner, flow_with_runner

pytestmark = pytest.mark.slow


def files_of(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in DATASET_FILES}


def test_on_a_two_worker_cluster_the_output_is_the_default_runners(
    prefect_harness: None, seed_paths: list[Path], traditional_page: str, tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster

    pages = tmp_path / "pages"
    pages.mkdir()
    for p in seed_paths:
        shutil.copy(p, pages / p.name)
        shutil.copy(p, pages / f"copy_{p.name}")
    (pages / "trad.txt").write_bytes(traditional_page.encode("big5"))
    (pages / "blank.txt").write_text("\n \n", encoding="utf-8")

    default = flow_with_runner("default")([str(pages)], str(tmp_path / "default"), batch_bytes=1)
    assert len(default.batches) == 6  # one page a batch: six tasks to spread over the workers

    cluster = LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    )
    with cluster, Client(cluster) as client:
        on_dask = flow_with_runner("dask", cluster.scheduler_address)
        result = on_dask([str(pages)], str(tmp_path / "dask"), batch_bytes=1)
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert len(executed) == 2 and sum(executed.values()) >= 6  # the batches ran in the two worker processes
    assert result.batches == default.batches
    assert files_of(tmp_path / "dask") == files_of(tmp_path / "default")


def test_textclean_run_runner_dask(prefect_harness: None, seed_paths: list[Path], dataset_dir: Path, tmp_path: Path):
    """`--runner dask` with its own temporary LocalCluster: the dataset the library writes."""
    out = tmp_path / "data"
    result = CliRunner().invoke(app, ["run", str(seed_paths[0].parent), "--out", str(out), "--runner", "dask"])
    assert result.exit_code == 0, result.output
    assert "2 page(s): 2 processed, 0 rejected" in result.output
    assert files_of(out) == files_of(dataset_dir)


def test_runner_options() -> None:
    local = dask_runner()
    assert local.cluster_kwargs["n_workers"] == 2 and local.cluster_kwargs["processes"] is True
    assert local.cluster_kwargs["host"] == "127.0.0.1" and local.cluster_kwargs["dashboard_address"] == "127.0.0.1:0"
    assert dask_runner("tcp://127.0.0.1:8786").address == "tcp://127.0.0.1:8786"
    with pytest.raises(ValueError):
        flow_with_runner("ray")
    bad = CliRunner().invoke(app, ["run", "--address", "tcp://127.0.0.1:8786"])
    assert bad.exit_code == 2 and "--address needs --runner dask" in bad.output
