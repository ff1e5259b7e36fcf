"""The Prefect UI of `textclean serve` in a real headless browser: a person logs in and finds the deployment's run.

`textclean serve` starts its own Prefect server whose API wants the
credentials it keeps in ``$PREFECT_HOME/textclean-api-credentials``. The UI
asks for them on its login form; the test types them as a person would, then
reads the runs page. Without chromium it skips locally and fails in CI (see
``tests/browser.py``).
"""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from browser import Browser, chromium
from children import EXE, Child, copy_pages, user_env

from textclean.flows.serve import healthy

pytestmark = pytest.mark.slow

#: A schedule that never fires during the test (midnight on January 1st): the only run is the one the test starts.
YEARLY = "0 0 1 1 *"


def started_server(serve: Child) -> tuple[str, str, tuple[str, str]]:
    """The UI and API addresses `serve` printed, and the credentials (user, password) from the file it named."""
    line = serve.wait_for(r"^Prefect server started", timeout=120)
    match = re.search(r"UI (http://127\.0\.0\.1:\d+), API (http://127\.0\.0\.1:\d+/api)", line)
    assert match, line
    saved = re.search(r"credentials in (\S+) ", serve.wait_for(r"^The API and UI answer only with", timeout=10))
    assert saved, serve.lines
    user, password = Path(saved.group(1)).read_text(encoding="utf-8").strip().split(":", 1)
    return match.group(1), match.group(2), (user, password)


def run_deployment(api: str, auth: tuple[str, str], name: str, timeout: float = 60) -> dict:
    """Start a run of deployment ``textclean-clean/name`` (as ``prefect deployment run`` does); it, once completed."""
    deadline = time.monotonic() + timeout
    while True:  # the runner registers the deployment just after it says it serves it
        found = httpx.get(f"{api}/deployments/name/textclean-clean/{name}", auth=auth, timeout=10)
        if found.status_code == 200:
            break
        assert found.status_code == 404 and time.monotonic() < deadline, found.text
        time.sleep(0.2)
    created = httpx.post(f"{api}/deployments/{found.json()['id']}/create_flow_run", json={}, auth=auth, timeout=10)
    created.raise_for_status()
    while True:
        run = httpx.get(f"{api}/flow_runs/{created.json()['id']}", auth=auth, timeout=10).json()
        assert run["state"]["type"] not in ("FAILED", "CRASHED", "CANCELLED"), run["state"]
        if run["state"]["type"] == "COMPLETED":
            return dict(run)
        assert time.monotonic() < deadline, f"the run did not complete within {timeout} s: {run['state']}"
        time.sleep(0.5)


@pytest.fixture
def serve(seed_paths: list[Path], tmp_path: Path) -> Iterator[Child]:
    """`textclean serve` of the seed pages with a Prefect home of its own; killed if the test leaves it running."""
    chromium()  # skip (or, in CI, fail) before starting a server when there is no browser
    env = user_env(tmp_path / "prefect")
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "1"  # the runner looks for due runs every second, not ten
    pages = copy_pages(seed_paths, tmp_path / "pages")
    serve = Child([EXE, "serve", str(pages), "--out", str(tmp_path / "data"), "--cron", YEARLY], env, tmp_path)
    yield serve
    if serve.proc.poll() is None:
        serve.proc.kill()
        serve.proc.wait(10)


def test_a_person_logs_into_serves_ui_and_finds_the_deployments_run(serve: Child, tmp_path: Path) -> None:
    ui, api, auth = started_server(serve)
    serve.wait_for(r"^Serving deployment textclean-clean/textclean, on cron", timeout=60)
    try:
        run = run_deployment(api, auth, "textclean")
        with Browser(tmp_path / "chromium-profile") as browser:
            browser.open(f"{ui}/runs")
            # The API refuses the UI without credentials: it shows its login form instead of the runs.
            browser.wait_for("location.pathname === '/login' && !!document.querySelector('input[type=password]')")
            browser.evaluate("document.querySelector('input[type=password]').focus()")
            browser.type(":".join(auth))  # the whole line of the credentials file, user:password
            browser.press_enter()
            browser.wait_for("location.pathname === '/runs'")
            link = f"[...document.querySelectorAll('a')].find(a => a.innerText.trim() === {run['name']!r})"
            row_text = f"(({link})?.closest('.state-list-item')?.innerText ?? '').trim()"
            # The row fills in as its parts load: wait for its last one, the deployment's name.
            shown = browser.wait_for(f"(t => /\\nDeployment\\ntextclean$/.test(t) && t)({row_text})", timeout=30)
            row = str(shown).split("\n")
            assert browser.evaluate(f"{link}.pathname") == f"/runs/flow-run/{run['id']}"
            assert row[:3] == ["textclean-clean", run["name"], "Completed"], row  # flow, run, state
            assert row[-2:] == ["Deployment", "textclean"], row
            assert browser.evaluate("localStorage.getItem('prefect-password')")  # the UI keeps the login
    finally:
        code, stderr = serve.stop(signal.SIGTERM)
    assert code == 0 and "Traceback" not in stderr, stderr
    assert not healthy(api, timeout=1)
