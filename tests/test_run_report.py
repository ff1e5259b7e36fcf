"""What a run shows: Prefect artifacts (summary and inputs table), the progress callback, the terminal progress bar."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from rich.console import Console

from flows.clean_flow import clean_flow, report_progress
from textclean.cli import ProgressBar, progress_bar


def latest_artifact(key: str) -> dict:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), sort=ArtifactSort.CREATED_DESC, limit=1
        )
    assert found, key
    return found[0].model_dump()


def test_a_run_publishes_a_summary_and_an_inputs_table(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for p in seed_paths:
        shutil.copy(p, pages / p.name)
    (pages / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    out = tmp_path / "data"
    calls: list[tuple[int, int]] = []
    with report_progress(lambda done, total: calls.append((done, total))):
        result = clean_flow([str(pages)], str(out), batch_bytes=1)
    assert calls[0] == (0, 3) and calls[-1] == (3, 3) and len(calls) == 4  # one call per batch of one page
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    table = latest_artifact("textclean-inputs")
    assert table["type"] == "table" and table["flow_run_id"] is not None
    rows = json.loads(table["data"])
    assert [(r["source"], r["status"], r["reasons"]) for r in rows] == [
        (seed_paths[0].name, "processed", ""),
        (seed_paths[1].name, "processed", ""),
        ("image.txt", "rejected", "binary"),
    ]
    assert sum(r["articles"] for r in rows) == result.manifest["counts"]["articles"]
    summary = latest_artifact("textclean-run-summary")
    assert summary["type"] == "markdown"
    assert f"| 3 | 2 | 0 | 1 | {result.manifest['counts']['articles']} |" in summary["data"]
    assert "`binary` 1" in summary["data"]

    calls.clear()
    with report_progress(lambda done, total: calls.append((done, total))):
        again = clean_flow([str(pages)], str(out))
    assert again.up_to_date and calls == []  # nothing to clean, nothing to report
    rows = json.loads(latest_artifact("textclean-inputs")["data"])
    assert {r["status"] for r in rows} == {"reused"}
    assert [r["outcome"] for r in rows] == ["processed", "processed", "rejected"]
    assert "already current" in latest_artifact("textclean-run-summary")["data"]


def test_the_progress_bar_shows_on_a_terminal_once_cleaning_takes_a_while() -> None:
    sink = io.StringIO()
    console = Console(file=sink, force_terminal=True, width=80)
    bar = ProgressBar(console, delay=0.0)
    bar(0, 10)
    bar(4, 10)
    bar(10, 10)
    bar.close()
    assert "cleaning" in sink.getvalue() and "10/10" in sink.getvalue()

    quiet = io.StringIO()
    short = ProgressBar(Console(file=quiet, force_terminal=True), delay=60)  # a short run never shows it
    short(0, 10)
    short(10, 10)
    short.close()
    assert quiet.getvalue() == ""


def test_no_progress_bar_when_output_is_not_a_terminal() -> None:
    with progress_bar(Console(file=io.StringIO())) as bar:  # a file, a pipe: quiet
        assert bar is None
    with progress_bar(Console(file=io.StringIO(), force_terminal=True)) as bar:
        assert isinstance(bar, ProgressBar)
