"""Start-up of ``textclean run``: what can get going while Prefect is imported, behind one call.

:func:`start_early` starts the run's temporary Prefect API server before
Prefect is imported (Prefect would start the same server only once imported:
one start after the other), and meanwhile either the worker processes (a
fresh build of several batches) or, in a thread, the tokenizer and the
previous dataset's files (a run that cleans in this process).
:meth:`EarlyStart.ready` waits for them just before the flow runs.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any


class EarlyStart:
    """What :func:`start_early` started: the API server (None: Prefect decides) and the warm-up thread."""

    def __init__(self, server: Any = None, warming: threading.Thread | None = None) -> None:
        self.server = server
        self.warming = warming

    @contextlib.contextmanager
    def ready(self) -> Iterator[None]:
        """Wait until the server answers and the warm-up is done; flow runs in the block send no heartbeats.

        A heartbeat lets a long-lived server notice a dead run; the temporary
        server dies with this run, so nothing would read them.
        """
        if self.server is None:
            yield
            return
        from textclean.flows import without_heartbeats
        from textclean.flows.serve import wait_until_healthy

        wait_until_healthy(self.server)
        if self.warming is not None:
            self.warming.join()
        with without_heartbeats():
            yield

    def close(self) -> None:
        """Stop the workers started early when the run did not take them (nothing to clean, too few batches)."""
        from textclean.run.pool import close_early_pool

        close_early_pool()


def start_early(
    given: Sequence[Path],
    out: Path,
    runner: str,
    force: bool,
    workers: int,
    tokens: bool,
    keywords: int,
    tokenizer: str,
    user_dict: Path | None,
) -> EarlyStart:
    """Start what a run of ``given`` into ``out`` needs while Prefect is imported (arguments: ``run``'s options).

    Starts nothing when Prefect is to decide on its API server (it is imported
    already, or ``PREFECT_API_URL`` names one); warms nothing up for Dask.
    """
    server = start_api_early()
    warming = None
    if server is not None and runner == "default":
        fresh = force or fresh_build(out)
        config = run_config(tokens, keywords, tokenizer, user_dict)
        if not (fresh and start_workers_early(given, workers, config)):
            warming = warm_up(None if fresh else out, config)
    return EarlyStart(server, warming)


def start_api_early() -> Any:
    """Start the temporary Prefect API server of this run now, so it boots while Prefect is imported.

    Returns the server (:class:`textclean.flows.serve.LocalServer`, stopped
    when the process exits), or None when Prefect is already imported or
    ``PREFECT_API_URL`` names a server: then Prefect decides, as usual.
    """
    if "prefect" in sys.modules or os.environ.get("PREFECT_API_URL"):
        return None
    from textclean.flows.serve import start_temporary_server

    server = start_temporary_server()
    os.environ["PREFECT_API_URL"] = server.api_url
    return server


def fresh_build(out: Path) -> bool:
    """Whether a run into ``out`` starts from nothing: no previous dataset, or one of other code (nothing reusable).

    Reads only the head of the manifest, where the code digest is (the whole
    file is megabytes for a large corpus).
    """
    from textclean.dataset.files import MANIFEST_JSON
    from textclean.dataset.manifest import code_digest

    try:
        with open(out / MANIFEST_JSON, "rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return True
    except OSError:
        return False
    found = re.search(r'"code_digest":\s*"([0-9a-f]{64})"', head)
    return found is not None and found.group(1) != code_digest()


def run_config(tokens: bool, keywords: int, tokenizer: str, user_dict: Path | None) -> Any:
    """The :class:`~textclean.config.Config` parts the flow builds from these options that loading a tokenizer needs."""
    from textclean.analysis.tokens import TokenConfig
    from textclean.config import Config
    from textclean.flows import default_jieba_cache

    token_config = TokenConfig(user_dict=user_dict, cache_dir=default_jieba_cache(), backend=tokenizer)  # type: ignore[arg-type]
    return Config(tokens=tokens, keywords_top_k=keywords, token_config=token_config)


def start_workers_early(given: Sequence[Path], workers: int, config: Any) -> bool:
    """Start the run's worker processes now, while Prefect starts, when the inputs make several batches.

    Their start (imports, the tokenizer's dictionary) then overlaps the Prefect
    server's instead of following it. Not for a run of one batch (it cleans in
    this process) nor, see :func:`start_early`, for a run that reuses most of
    its rows. Returns whether it started them.
    """
    from textclean.run.inputs import collect_inputs, plan_batches
    from textclean.run.pool import default_workers, start_pool_early

    try:
        batches = plan_batches([(str(p), p.stat().st_size) for p in collect_inputs(given)])
    except OSError:
        return False  # the flow reports unreadable inputs
    count = min(workers or default_workers(), len(batches))
    if count < 2:
        return False
    start_pool_early(count, config)
    return True


def warm_up(previous: Path | None, config: Any) -> threading.Thread:
    """In a thread, while Prefect's server starts: load the tokenizer, and parse the ``previous`` dataset's files.

    For a run that cleans in this process (one batch, or a rerun after a few
    pages changed): the flow's tasks find the tokenizer loaded and the
    previous manifest and footers parsed (:func:`textclean.dataset.reuse.preload`).
    Failures are left for the run to meet and report. The modules are
    imported here, not in the thread: the flow imports them too, and two
    threads importing one package at once can see it half initialised.
    """
    from textclean.dataset.reuse import preload
    from textclean.run.pool import load_tokenizer

    def work() -> None:
        with contextlib.suppress(Exception):
            if previous is not None:
                preload(previous)
        with contextlib.suppress(Exception):
            load_tokenizer(config)

    thread = threading.Thread(target=work, name="textclean-warm-up", daemon=True)
    thread.start()
    return thread
