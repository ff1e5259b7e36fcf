"""What a run shows: Prefect artifacts (summary and inputs table), the progress callback, the terminal progress bar."""

from __future__ import annotations

import io
import json
import shutil
import time
from pathlib import Path

from rich.console import Console

from textclean.cli.console import ProgressBar, progress_bar
from textclean.flows.clean_flow import clean_flow, report_progress


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
    calls: list[tuple[str, int, int | None]] = []
    with report_progress(lambda stage, done, total: calls.append((stage, done, total))):
        result = clean_flow([str(pages)], str(out), batch_bytes=1)
    cleaning = [done for stage, done, total in calls if stage == "cleaning" and total == 3]
    assert cleaning == [0, 1, 2, 3]  # one call per batch (of one page here), as batches end
    assert calls[len(cleaning) :] == [("writing", 0, None), ("writing", 3, 3)]  # then as inputs are written

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
    with report_progress(lambda stage, done, total: calls.append((stage, done, total))):
        again = clean_flow([str(pages)], str(out))
    assert again.up_to_date and calls == []  # nothing to clean, nothing to report
    rows = json.loads(latest_artifact("textclean-inputs")["data"])
    assert {r["status"] for r in rows} == {"reused"}
    assert [r["outcome"] for r in rows] == ["processed", "processed", "rejected"]
    assert "already current" in latest_artifact("textclean-run-summary")["data"]


def test_the_progress_bar_shows_on_a_terminal_once_a_run_takes_a_while() -> None:
    sink = io.StringIO()
    bar = ProgressBar(Console(file=sink, force_terminal=True, width=100), delay=0.05)
    bar("cleaning", 0, 10)
    deadline = time.monotonic() + 10
    while bar.progress is None and time.monotonic() < deadline:  # shows by itself once the delay is over
        time.sleep(0.02)
    assert bar.progress is not None
    bar("cleaning", 10, 10)
    bar.progress.refresh()
    bar("writing", 0, None)
    bar.progress.refresh()
    bar.close()
    shown = sink.getvalue()
    assert "cleaning" in shown and "10/10 pages" in shown and "writing" in shown

    quiet = io.StringIO()
    short = ProgressBar(Console(file=quiet, force_terminal=True), delay=60)  # a short run never shows it
    short("cleaning", 0, 10)
    short("cleaning", 10, 10)
    short.close()
    assert quiet.getvalue() == "" and short.progress is None


def test_no_progress_bar_when_output_is_not_a_terminal() -> None:
    with progress_bar(Console(file=io.StringIO())) as bar:  # a file, a pipe: quiet
        assert bar is None
    with progress_bar(Console(file=io.StringIO(), force_terminal=True)) as bar:
        assert isinstance(bar, ProgressBar)
