"""``textclean serve``: the cleaning flow as a Prefect deployment on a schedule.

Schedules live in a real Prefect API (the temporary one a plain ``textclean
run`` starts disappears with its process). With ``PREFECT_API_URL`` set, the
deployment is registered there; without it, :func:`start_local_server` runs
``prefect server start`` on loopback and a free port, with textclean's Prefect
home (its database, ``logs/server.log``), and :func:`serve` stops it when it
ends: on Ctrl-C (SIGINT), SIGTERM, a normal exit (``atexit``), and, on Linux,
when the serving process dies in any way (the server gets SIGTERM as its
parent-death signal).
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import ctypes
import importlib.util
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textclean.flows import log_file

#: Name of the deployment (``textclean-clean/textclean`` in the Prefect UI).
DEPLOYMENT_NAME = "textclean"
#: Seconds to wait for a local server to answer (the first start creates its database).
SERVER_TIMEOUT = 120.0


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on at ``host`` (the kernel's pick)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the Prefect API at ``api_url`` answers its health check."""
    try:
        with urllib.request.urlopen(f"{api_url.rstrip('/')}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (OSError, urllib.error.URLError, ValueError):
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: have the kernel send SIGTERM to this process when its parent dies (even by SIGKILL)."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


@dataclass
class LocalServer:
    """A ``prefect server start`` subprocess on loopback."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path
    _stopped: bool = field(default=False, repr=False)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api"

    def stop(self, timeout: float = 15.0) -> None:
        """Stop the server (SIGTERM to its process group, SIGKILL after ``timeout`` seconds). Idempotent."""
        if self._stopped:
            return
        self._stopped = True
        if self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)  # its own session: the server and anything it started
            try:
                self.process.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue


def _spawn(command: list[str], env: dict[str, str], url: str, log: Path) -> LocalServer:
    """Run a server command in its own session (stopped with its children), output appended to ``log``."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as sink:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    return LocalServer(process, url, log)


#: The user name of the basic-auth credentials textclean gives a server it starts (the password is random).
API_USER = "textclean"


def api_secret() -> str:
    """Fresh credentials (``user:password``) for a server textclean starts: its API answers no one without them.

    Prefect's API has no authentication by default, so any local user could
    create flow runs (with their own inputs and output folder) that run as the
    serving user. The server gets them as ``PREFECT_SERVER_API_AUTH_STRING``,
    textclean's own clients (and the flow runs they start) as ``PREFECT_API_AUTH_STRING``.
    """
    return f"{API_USER}:{secrets.token_urlsafe(24)}"


def protect_api(env: dict[str, str]) -> dict[str, str]:
    """``env`` for a server process, with fresh credentials that this process's Prefect clients also send."""
    secret = api_secret()
    os.environ["PREFECT_API_AUTH_STRING"] = secret
    return env | {"PREFECT_SERVER_API_AUTH_STRING": secret}


def credentials_file() -> Path:
    """Where ``textclean serve`` keeps its server's credentials for its user (mode 0600, in Prefect's home)."""
    return log_file().parent.parent / "textclean-api-credentials"


def save_credentials(secret: str) -> Path:
    """Write ``secret`` to :func:`credentials_file`, readable by this user only (never through a link)."""
    path = credentials_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a fresh file: its mode is ours, whatever was there
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret + "\n")
    return path


def start_local_server(port: int | None = None, timeout: float = SERVER_TIMEOUT) -> LocalServer:
    """Start ``prefect server start --host 127.0.0.1 --port PORT`` and wait until it is healthy.

    ``port``: a free one when None. The server inherits textclean's Prefect
    settings (``PREFECT_HOME`` and the rest, :mod:`textclean.flows`), never a
    ``PREFECT_API_URL``; its output goes to ``$PREFECT_HOME/logs/server.log``.
    Raises :class:`RuntimeError` with the end of that log when it does not come up.
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    env = protect_api({k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})
    # The UI asks /ui-settings where the API is; unset, Prefect answers port 4200, whatever --port says.
    env["PREFECT_UI_API_URL"] = f"{url}/api"
    log = log_file().with_name("server.log")
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    server = _spawn(command, env, url, log)
    wait_until_healthy(server, timeout)
    return server


def start_temporary_server(port: int | None = None) -> LocalServer:
    """Start the temporary API server Prefect would start for a run, without importing Prefect; don't wait.

    The same command Prefect's ``SubprocessASGIServer`` runs (uvicorn with
    Prefect's API app, no UI, the services of a temporary server). Started
    before Prefect is imported, the server boots in its own process while this
    one imports Prefect and the flow. Wait for it with :func:`wait_until_healthy`;
    it is stopped when this process exits, after Prefect has flushed its logs to it.
    """
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:  # pragma: no cover - prefect is a dependency
        raise RuntimeError("prefect is not installed")
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    log = log_file().with_name("server.log")
    env = protect_api({k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"})
    env |= {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(Path(spec.origin).parent.parent),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]
    server = _spawn(command, env, url, log)
    atexit.register(server.stop)  # registered before Prefect's own handlers: runs after them
    return server


def wait_until_healthy(server: LocalServer, timeout: float = SERVER_TIMEOUT) -> None:
    """Wait until ``server`` answers; :class:`RuntimeError` with the end of its log when it does not come up."""
    deadline = time.monotonic() + timeout
    while not healthy(server.api_url, timeout=1.0):
        if server.process.poll() is not None or time.monotonic() > deadline:
            server.stop()
            tail = server.log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
            why = "exited" if server.process.returncode is not None else f"did not answer within {timeout:.0f} s"
            raise RuntimeError(f"the Prefect server {why}; end of {server.log}:\n" + "\n".join(tail))
        time.sleep(0.05)


@contextlib.contextmanager
def prefect_api(announce: Callable[[str], None] = print) -> Iterator[str]:
    """The Prefect API to use: ``PREFECT_API_URL`` when set, else a local server started here and stopped on exit.

    ``announce`` gets one line saying which (and where the UI is).
    """
    existing = os.environ.get("PREFECT_API_URL")
    if existing:
        announce(f"Prefect API: {existing} (from PREFECT_API_URL)")
        yield existing
        return
    server = start_local_server()
    atexit.register(server.stop)
    previous = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)  # the finally below runs on SIGTERM too
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        saved = save_credentials(os.environ["PREFECT_API_AUTH_STRING"])
        announce(f"Prefect server started: UI {server.url}, API {server.api_url} (log: {server.log})")
        announce(
            f"The API and UI answer only with the credentials in {saved} (user:password, readable by you only; paste the whole line into the UI's login form)"
        )
        yield server.api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        os.environ.pop("PREFECT_API_AUTH_STRING", None)
        signal.signal(signal.SIGTERM, previous)
        server.stop()
        atexit.unregister(server.stop)


def _exit_on_sigterm(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt  # SIGTERM stops serving as Ctrl-C does


def serve(
    inputs: list[str],
    out: str,
    interval: float | None = None,
    cron: str | None = None,
    name: str = DEPLOYMENT_NAME,
    parameters: dict[str, Any] | None = None,
    announce: Callable[[str], None] = print,
) -> None:
    """Register the cleaning flow as deployment ``name`` with its schedule and run its runs until stopped.

    ``inputs`` and ``out`` become the deployment's parameters (folders are
    listed again at every run), with any other flow ``parameters``. One run
    at a time (a run due while another is going waits for it). Blocks until
    Ctrl-C or SIGTERM; the schedule is paused when it stops, and a server
    started here is stopped.
    """
    with prefect_api(announce) as api_url:
        from prefect.deployments.runner import RunnerDeployment
        from prefect.runner import Runner
        from prefect.settings import PREFECT_API_AUTH_STRING, PREFECT_API_URL, temporary_settings
        from prefect.types.entrypoint import EntrypointType

        from textclean.flows.clean_flow import clean_flow

        class QuietRunner(Runner):
            def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
                """SIGTERM stops the runner as Ctrl-C does (Prefect's own handler leaves its async stop unawaited)."""
                raise KeyboardInterrupt

        every = f"every {interval:g} s" if interval is not None else f"on cron {cron!r}"
        updates: dict[Any, Any] = {PREFECT_API_URL: api_url}
        if os.environ.get("PREFECT_API_AUTH_STRING"):  # a server started here: its credentials
            updates[PREFECT_API_AUTH_STRING] = os.environ["PREFECT_API_AUTH_STRING"]
        with temporary_settings(updates=updates), _quiet_shutdown():
            # A deployment by module path: each run imports textclean.flows.clean_flow afresh in a
            # `python -m prefect.engine` process (Runner.add_flow would send it a pickled copy
            # of the flow function, which loses the module's names its annotations refer to).
            deployment = clean_flow.to_deployment(
                name=name,
                interval=interval,
                cron=cron,
                parameters={"inputs": inputs, "out": out, **(parameters or {})},
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
            assert isinstance(deployment, RunnerDeployment)  # called from sync code: not a coroutine
            runner = QuietRunner(name=name, pause_on_shutdown=True, limit=1)
            runner.add_deployment(deployment)
            announce(
                f"Serving deployment {clean_flow.name}/{name}, {every}: {', '.join(inputs)} -> {out}. Ctrl-C stops it."
            )
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(runner.start())


class _DropCancelled(logging.Filter):
    """Drop asyncio's reports of tasks cancelled while the runner shuts down (a stop, not an error), also when
    the runner's task groups wrap the stop in exception groups (``BaseExceptionGroup([KeyboardInterrupt()])``,
    which a stop under load printed as an error with its traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return error is None or not _only_stops(error)


def _only_stops(error: BaseException) -> bool:
    """Whether ``error`` is a cancellation or Ctrl-C, or a group (of groups) holding nothing else."""
    if isinstance(error, BaseExceptionGroup):
        return all(_only_stops(e) for e in error.exceptions)
    return isinstance(error, asyncio.CancelledError | KeyboardInterrupt)


@contextlib.contextmanager
def _quiet_shutdown() -> Iterator[None]:
    drop = _DropCancelled()
    logger = logging.getLogger("asyncio")
    logger.addFilter(drop)
    try:
        yield
    finally:
        logger.removeFilter(drop)
