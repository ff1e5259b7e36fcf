"""The command line: exit codes, one-line errors, summaries; and one real run checked for console noise."""

from __future__ import annotations

import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from textclean.cli import app, console, startup
from textclean.cli import run as run_module
from textclean.dataset.files import ARTICLES_PARQUET, DATASET_FILES, MANIFEST_JSON
from textclean.flows.serve import healthy

DATA_FILES = [name for name in DATASET_FILES if name != MANIFEST_JSON]

runner = CliRunner()


@pytest.mark.parametrize("command", ["run", "validate", "serve", "watch"])
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_run_then_validate(prefect_harness: None, seed_paths: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "data"
    result = runner.invoke(app, ["run", str(seed_paths[0].parent), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 page(s): 2 processed, 0 rejected" in result.output
    assert f"dataset: {out}/" in result.output
    assert "Traceback" not in result.output
    checked = runner.invoke(app, ["validate", str(out)])
    assert (checked.exit_code, checked.output.strip()) == (0, f"{out}: valid")
    again = runner.invoke(app, ["run", str(seed_paths[0].parent), "--out", str(out)])
    assert again.exit_code == 0 and "up to date" in again.output
    assert "2 page(s): 0 processed, 2 reused, 0 rejected" in again.output


def test_rejects_are_summarised_and_strict_fails(prefect_harness: None, seed_paths: list[Path], tmp_path: Path) -> None:
    """A folder nobody checked: a blank page, an image named .txt, a page too large, a page whose name is GBK bytes."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blank.txt").write_text("\n\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / os.fsdecode("工会.txt".encode("gbk"))).write_bytes(seed_paths[0].read_bytes())
    (folder / "huge.txt").write_bytes(seed_paths[0].read_bytes() * 2)
    limit = str(seed_paths[0].stat().st_size + 1)
    args = ["run", str(folder), "--out", str(tmp_path / "out"), "--max-bytes", limit]
    lenient = runner.invoke(app, args)
    assert lenient.exit_code == 0, lenient.output
    assert "4 page(s): 1 processed, 3 rejected" in lenient.output
    assert "3 reject(s): binary 1, too_large 1, whitespace_only 1" in lenient.output
    assert f"  huge.txt: too_large ({2 * seed_paths[0].stat().st_size} bytes > {limit})" in lenient.output
    assert "  blank.txt: whitespace_only (" in lenient.output
    assert "  image.txt: binary (PNG image (magic number))" in lenient.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [i["source"] for i in manifest["inputs"]] == [
        "\\xb9\\xa4\\xbb\\xe1.txt",
        "blank.txt",
        "huge.txt",
        "image.txt",
    ]
    strict = runner.invoke(app, [*args, "--strict"])  # up to date, but quarantined inputs all the same
    assert strict.exit_code == 1
    assert "--strict: 3 reject(s)" in strict.output


def test_inputs_too_many_for_a_flow_parameter_go_in_a_file(
    prefect_harness: None, seed_paths: list[Path], dataset_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Prefect takes at most 512 KiB of flow parameters: a long INPUT list is passed as a file, same dataset."""
    listings: list[str | None] = []
    real = run_module.flow_inputs

    @contextlib.contextmanager
    def spy(given):  # type: ignore[no-untyped-def]
        with real(given) as (params, listing):
            listings.append(listing)
            assert listing is not None and Path(listing).read_text(encoding="utf-8").splitlines() == [
                str(p) for p in seed_paths
            ]
            yield params, listing
        assert not Path(listing).exists()  # removed after the run

    monkeypatch.setattr(run_module, "MAX_INPUTS_JSON", 10)
    monkeypatch.setattr(run_module, "flow_inputs", spy)
    out = tmp_path / "data"
    result = runner.invoke(app, ["run", *map(str, seed_paths), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(listings) == 1 and "2 page(s): 2 processed" in result.output
    assert {n: (out / n).read_bytes() for n in DATA_FILES} == {n: (dataset_dir / n).read_bytes() for n in DATA_FILES}


def test_a_long_error_is_cut_to_one_readable_line() -> None:
    assert console.shorten("x" * 5000).endswith("… (5000 characters)") and len(console.shorten("x" * 5000)) < 700


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-pages"
    result = runner.invoke(app, ["run", str(missing), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert str(missing) in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_unwritable_out_is_a_usage_error(seed_paths: list[Path], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["run", str(seed_paths[0]), "--out", str(blocker / "data")])
    assert result.exit_code == 2
    assert str(blocker / "data") in result.output and "Traceback" not in result.output


def test_validate_lists_failing_rows_and_checks(dataset_copy: Path) -> None:
    table = pq.read_table(dataset_copy / ARTICLES_PARQUET)
    rows = table.to_pylist()
    rows[0]["paragraph_count"] = 999
    pq.write_table(table.from_pylist(rows, schema=table.schema), dataset_copy / ARTICLES_PARQUET)
    result = runner.invoke(app, ["validate", str(dataset_copy)])
    assert result.exit_code == 1
    assert (
        f"articles.parquet row 0 (article_id={rows[0]['article_id']}): failed paragraph_count_matches_blocks"
        in result.output
    )
    assert "problem(s)" in result.output


def test_validate_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope")])
    assert result.exit_code == 2 and str(tmp_path / "nope") in result.output


def test_real_run_prints_no_noise(seed_paths: list[Path], tmp_path: Path) -> None:
    """`textclean run` as a user runs it: its own temporary Prefect server, nothing on stderr, a log file."""
    exe = Path(sys.executable).with_name("textclean")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect")
    out = tmp_path / "data"

    def run() -> subprocess.CompletedProcess[str]:
        command = [str(exe), "run", str(seed_paths[0].parent), "--out", str(out)]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)

    done = run()
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "2 page(s): 2 processed" in done.stdout
    log = tmp_path / "prefect" / "logs" / "textclean.log"
    assert f"Prefect log: {log}" in done.stdout
    text = log.read_text(encoding="utf-8")
    assert "Finished in state Completed" in text
    assert "Traceback" not in text and "database is locked" not in text
    # The temporary API server was started by textclean before Prefect loaded (its output has a
    # log of its own), and stopped when the run ended: its port no longer answers.
    assert (tmp_path / "prefect" / "logs" / "server.log").exists()
    api = re.search(r"View at (http://127\.0\.0\.1:\d+)/", text)
    assert api is not None and not healthy(api.group(1) + "/api", timeout=1.0)
    again = run()  # up to date: it ends at once, with Prefect's events still queued
    assert again.returncode == 0, again.stderr
    assert again.stderr == ""
    assert "nothing to do" in again.stdout or "up to date" in again.stdout, again.stdout


def test_prefects_background_senders_log_to_the_file_only() -> None:
    """Their "Still processing items" warning at exit is progress, not a problem: kept off the console."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.configuration import load_logging_config
    from prefect.logging.handlers import APILogWorker

    from textclean.flows import LOGGING_CONFIG

    loggers = load_logging_config(LOGGING_CONFIG)["loggers"]
    for service in (EventsWorker, APILogWorker):  # each logs to logging.getLogger(its class name)
        assert loggers[service.__name__]["propagate"] is False and loggers[service.__name__]["handlers"] == ["file"]


def test_workers_start_early_only_for_a_run_of_several_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textclean.run import pool as parts
    from textclean.run.inputs import BATCH_BYTES

    started: list[tuple[int, object]] = []
    monkeypatch.setattr(parts, "start_pool_early", lambda workers, config: started.append((workers, config)))
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):  # three batches' worth of input
        with open(pages / f"p{i}.txt", "wb") as fh:
            fh.truncate(BATCH_BYTES)
    assert startup.start_workers_early([pages], 2, startup.run_config(True, 10, "jieba", None))
    assert startup.start_workers_early([pages], 8, startup.run_config(False, 0, "jieba", None))
    assert not startup.start_workers_early(
        [pages / "p0.txt"], 0, startup.run_config(True, 10, "jieba", None)
    )  # one batch
    assert not startup.start_workers_early([pages], 1, startup.run_config(True, 10, "jieba", None))  # one worker
    several = parts.default_workers() > 1  # 0 workers: one per core
    assert startup.start_workers_early([pages], 0, startup.run_config(True, 10, "jieba", None)) is several
    assert [n for n, _ in started] == [2, 3, *([min(3, parts.default_workers())] if several else [])]
    config = started[0][1]
    assert config.tokens and config.keywords_top_k == 10 and config.token_config.backend == "jieba"  # type: ignore[attr-defined]
    assert not started[1][1].tokens  # type: ignore[attr-defined]


def test_a_fresh_build_is_one_without_a_dataset_or_over_a_dataset_of_other_code(tmp_path: Path) -> None:
    from textclean.dataset.manifest import code_digest

    out = tmp_path / "out"
    assert startup.fresh_build(out)  # no dataset yet
    out.mkdir()
    manifest = {"tool": "textclean", "rules_version": "1", "code_digest": code_digest(), "inputs": []}
    (out / MANIFEST_JSON).write_text(json.dumps(manifest, indent=2))
    assert not startup.fresh_build(out)  # its rows may be reused
    (out / MANIFEST_JSON).write_text(json.dumps(manifest | {"code_digest": "0" * 64}, indent=2))
    assert startup.fresh_build(out)  # other code: every input is cleaned again
    (out / MANIFEST_JSON).write_text("{}")
    assert not startup.fresh_build(out)  # not a manifest it can read: no guess
