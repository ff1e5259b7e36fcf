"""`textclean serve` and `textclean watch` as a user runs them: real subprocesses, loopback only, every wait bounded."""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from children import EXE, Child, copy_pages, user_env

from textclean.dataset.files import MANIFEST_JSON
from textclean.dataset.validate import validate_dataset
from textclean.flows.serve import free_port, healthy

pytestmark = pytest.mark.slow


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return user_env(tmp_path / "prefect")


@pytest.fixture
def pages(seed_paths: list[Path], tmp_path: Path) -> Path:
    return copy_pages(seed_paths, tmp_path / "pages")


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


def api_post(api: str, path: str, body: dict, auth: tuple[str, str] | None = None) -> list[dict]:
    response = httpx.post(f"{api}/{path}", json=body, timeout=10, auth=auth)
    response.raise_for_status()
    found: list[dict] = response.json()
    return found


def test_serve_registers_a_schedule_and_a_scheduled_run_completes(
    child, env: dict[str, str], pages: Path, tmp_path: Path
) -> None:
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "1"  # the runner looks for due runs every second, not ten
    out = tmp_path / "data"
    serve = child("serve", str(pages), "--out", str(out), "--interval", "5", env=env, cwd=tmp_path)
    line = serve.wait_for(r"^Prefect server started", timeout=120)
    match = re.search(r"UI (http://127\.0\.0\.1:\d+), API (http://127\.0\.0\.1:\d+/api)", line)
    assert match, line
    ui, api = match.groups()
    saved = re.search(r"credentials in (\S+) ", serve.wait_for(r"^The API and UI answer only with", timeout=10))
    assert saved, serve.lines
    user, password = Path(saved.group(1)).read_text(encoding="utf-8").strip().split(":", 1)
    assert Path(saved.group(1)).stat().st_mode & 0o077 == 0  # the user's only
    auth = (user, password)
    serve.wait_for(r"^Serving deployment textclean-clean/textclean, every 5 s", timeout=60)
    try:
        unauthenticated = httpx.post(f"{api}/deployments/filter", json={}, timeout=10)
        assert unauthenticated.status_code == 401  # another local user cannot start runs as this one
        deadline = time.monotonic() + 30
        while not (
            deployments := api_post(api, "deployments/filter", {"deployments": {"name": {"any_": ["textclean"]}}}, auth)
        ):
            assert time.monotonic() < deadline, "the deployment was not registered"
            time.sleep(0.5)
        (deployment,) = deployments
        assert [s["schedule"]["interval"] for s in deployment["schedules"]] == [5.0]
        assert deployment["parameters"]["inputs"] == [str(pages)]

        completed: list[dict] = []
        deadline = time.monotonic() + 90
        query = {"flow_runs": {"deployment_id": {"any_": [deployment["id"]]}}}
        while not completed:
            assert time.monotonic() < deadline, "no scheduled run completed within 90 s"
            time.sleep(1)
            runs = api_post(api, "flow_runs/filter", query, auth)
            failed = [r["state"] for r in runs if r["state"]["type"] in ("FAILED", "CRASHED")]
            assert not failed, failed[0]["message"]
            completed = [r for r in runs if r["state"]["type"] == "COMPLETED"]
        assert healthy(f"{ui}/api")
        manifest = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))
        assert manifest["counts"]["inputs"] == 2 and validate_dataset(out) == []
        artifacts = api_post(api, "artifacts/filter", {"artifacts": {"key": {"any_": ["textclean-inputs"]}}}, auth)
        assert artifacts and artifacts[0]["type"] == "table"
    finally:
        code, stderr = serve.stop(signal.SIGTERM)
    assert code == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert not healthy(api, timeout=1)  # the server it started is gone
    assert serve.lines[-1] == "stopped"


def test_serve_usage_errors(tmp_path: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        [EXE, "serve", str(tmp_path), "--interval", "5", "--cron", "* * * * *"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "not both" in done.stderr


def test_an_existing_server_is_used_when_prefect_api_url_is_set(tmp_path: Path, env: dict[str, str]) -> None:
    """With PREFECT_API_URL set no server is started: a server that is not there is reported in one line."""
    env["PREFECT_API_URL"] = f"http://127.0.0.1:{free_port()}/api"
    (tmp_path / "pages").mkdir()  # (an output folder inside the input folder would be refused first)
    done = subprocess.run(
        [EXE, "serve", str(tmp_path / "pages"), "--out", str(tmp_path / "data"), "--interval", "5"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"Prefect API: {env['PREFECT_API_URL']} (from PREFECT_API_URL)" in done.stdout
    assert "serve failed:" in done.stderr and "Traceback" not in done.stderr


def test_watch_runs_once_per_burst_of_changes(
    prefect_harness: None, child, env: dict[str, str], pages: Path, tmp_path: Path
) -> None:
    from prefect.settings import PREFECT_API_URL

    env["PREFECT_API_URL"] = str(PREFECT_API_URL.value())  # the session's server: no temporary one to start
    out = tmp_path / "data"
    watch = child("watch", str(pages), "--out", str(out), "--debounce", "0.5", env=env, cwd=tmp_path)
    watch.wait_for(r"^watching ", timeout=30)
    first = watch.wait_for(r" run 1 \(start\): ", timeout=120)
    assert "2 page(s): 2 processed, 0 rejected" in first

    edited = sorted(pages.iterdir())[0]
    original = edited.read_bytes()
    for i in range(5):  # a burst: five saves of one page and a new page, 50 ms apart
        edited.write_bytes(original + f"\n补记{i}。\n".encode())
        time.sleep(0.05)
    shutil.copy(edited, pages / "new.txt")
    second = watch.wait_for(r" run 2 \(", timeout=60)
    assert "3 page(s): 2 processed, 1 reused, 0 rejected" in second, second

    (pages / "notes.md").write_text("not an input", encoding="utf-8")  # ignored: not a *.txt file
    watch.drain(2.5)  # ample time for a third run, were one coming (debounce 0.5 s)
    code, stderr = watch.stop(signal.SIGTERM)  # as systemd or docker stop it; Ctrl-C works the same way
    runs = [line for line in watch.lines if re.search(r" run \d+ \(", line)]
    assert len(runs) == 2, watch.lines
    assert code == 0, stderr
    assert stderr == "" and watch.lines[-1] == "stopped"
    manifest = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert {i["source"]: i["status"] for i in manifest["inputs"]}[edited.name] == "processed"


def test_a_stop_wrapped_in_exception_groups_is_no_error_in_the_log() -> None:
    """Under load the runner's task groups report the stop as ``BaseExceptionGroup([...[KeyboardInterrupt()]])``:
    asyncio logged it as an unhandled error with its traceback, and ``textclean serve`` ended with one. The
    shutdown filter drops a stop however deeply it is wrapped; a real error in a group still shows."""
    import asyncio
    import logging

    from textclean.flows.serve import _DropCancelled

    def record(error: BaseException) -> logging.LogRecord:
        return logging.LogRecord("asyncio", logging.ERROR, "", 0, "unhandled", None, (type(error), error, None))

    nested = BaseExceptionGroup("g", [BaseExceptionGroup("g", [KeyboardInterrupt(), asyncio.CancelledError()])])
    drop = _DropCancelled()
    assert not drop.filter(record(nested))
    assert not drop.filter(record(KeyboardInterrupt()))
    # negative: a group that holds a real error, and a plain error, are reported
    assert drop.filter(record(BaseExceptionGroup("g", [KeyboardInterrupt(), ValueError("boom")])))
    assert drop.filter(record(ValueError("boom")))
