"""Where Prefect is wired: flows and deployments around textclean's library calls.

* :mod:`textclean.flows.clean_flow`: the cleaning flow (its tasks, the task runners: default or Dask);
* :mod:`textclean.flows.serve`: the flow as a deployment on a schedule, and the local Prefect server;
* ``logging.yml``: Prefect's logs go to a file (:func:`log_file`), warnings and errors to the console.

Importing this package sets textclean's Prefect defaults (see
:func:`prefect_defaults`) before Prefect itself is imported, so every entry
point (the CLI, tests, ``python -m textclean.flows.clean_flow``) runs with telemetry off,
a quiet console and logs in a file. A variable already set in the environment
wins over the default.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

LOGGING_CONFIG = Path(__file__).with_name("logging.yml")


def cache_home() -> Path:
    """textclean's cache folder: ``$XDG_CACHE_HOME/textclean``, by default ``~/.cache/textclean``."""
    return Path(os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")) / "textclean"


def default_prefect_home() -> Path:
    """Where Prefect keeps its database and logs for textclean: ``$XDG_CACHE_HOME/textclean/prefect``."""
    return cache_home() / "prefect"


def default_jieba_cache() -> Path:
    """Where jieba caches its prefix dictionary for textclean runs: ``$XDG_CACHE_HOME/textclean/jieba``."""
    return cache_home() / "jieba"


def prefect_defaults() -> dict[str, str]:
    """textclean's Prefect settings, as environment variables."""
    return {
        # Its own home, so the local run database never mixes with another Prefect project's.
        "PREFECT_HOME": str(default_prefect_home()),
        # No usage telemetry; its heartbeat also races the run for SQLite and logs "database is locked".
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # No client (SDK) telemetry either, nor its first-run notice on a terminal (Prefect reads the
        # DO_NOT_TRACK convention for the client side).
        "DO_NOT_TRACK": "1",
        # Console: warnings and errors only; the file handler of logging.yml keeps INFO.
        "PREFECT_LOGGING_LEVEL": "INFO",
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
        "PREFECT_LOGGING_SETTINGS_PATH": str(LOGGING_CONFIG),
        # The temporary server runs migrations on first start; give a slow machine time.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    }


def log_file() -> Path:
    """The file Prefect's logs go to (``$PREFECT_HOME/logs/textclean.log``)."""
    return Path(os.environ.get("PREFECT_HOME") or default_prefect_home()).expanduser() / "logs" / "textclean.log"


def apply_prefect_defaults() -> None:
    """Set the defaults that are not already set, and make the log folder."""
    for name, value in prefect_defaults().items():
        os.environ.setdefault(name, value)
    log_file().parent.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def without_heartbeats() -> Iterator[None]:
    """Flow runs started in the block send no heartbeats (for a run on a temporary server that dies with it).

    A heartbeat lets a long-lived server notice a run whose process died; a
    temporary server dies with the run, so nothing reads them. They cost time:
    a flow run waits for the heartbeat thread, which sleeps in one-second steps, before it ends.
    """
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


apply_prefect_defaults()
