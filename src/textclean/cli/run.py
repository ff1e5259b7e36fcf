"""``textclean run``: check the options, start up, run the Prefect cleaning flow once, print a summary."""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    announce_start,
    err_console,
    fail,
    print_summary,
    run_progress,
    shorten,
)
from textclean.cli.options import (
    ConvertOption,
    FollowSymlinksOption,
    InputTimeoutOption,
    KeywordsOption,
    MaxBytesOption,
    ProtectOption,
    TokenizerOption,
    TokensOption,
    UserDictOption,
    analysis_parameters,
    check_output,
    check_writable,
)
from textclean.cli.review import ReviewOption, check_out, write_run_review
from textclean.cli.startup import start_early
from textclean.config import DEFAULT_INPUT_TIMEOUT, DEFAULT_MAX_BYTES
from textclean.run.inputs import missing_input, path_to_param

#: Flow parameters travel to the Prefect API as JSON, which takes at most 512 KiB of them:
#: longer input lists go in a file (:func:`flow_inputs`).
MAX_INPUTS_JSON = 256 * 1024


def run_command(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="INPUT", show_default="seeds/", help="Raw page files, or folders whose *.txt files are read."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Dataset folder to write.")] = Path("data"),
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input or row was quarantined.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when DIR is already current.")] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only errors and the final summary (no progress).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also show Prefect's INFO logs on the console.")
    ] = False,
    follow_symlinks: FollowSymlinksOption = False,
    allow_empty: Annotated[
        bool,
        typer.Option("--allow-empty", help="When no input page is found, replace DIR's dataset with an empty one."),
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", metavar="SECONDS", min=0, help="When another run is writing DIR, wait this long for it first."
        ),
    ] = 0.0,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    input_timeout: InputTimeoutOption = DEFAULT_INPUT_TIMEOUT,
    convert: ConvertOption = "none",
    protect: ProtectOption = None,
    tokens: TokensOption = True,
    user_dict: UserDictOption = None,
    keywords: KeywordsOption = 10,
    tokenizer: TokenizerOption = "jieba",
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            metavar="N",
            min=0,
            help="Processes that clean batches of pages, this one included; 0: one per core.",
        ),
    ] = 0,
    runner: Annotated[
        str,
        typer.Option(
            "--runner",
            metavar="default|dask",
            help="Task runner: Prefect's default (threads), or dask (a temporary 2-worker LocalCluster, or --address).",
        ),
    ] = "default",
    address: Annotated[
        str | None,
        typer.Option("--address", metavar="tcp://HOST:PORT", help="With --runner dask: an existing Dask scheduler."),
    ] = None,
    review: ReviewOption = None,
) -> None:
    """Clean INPUT pages into DIR with the Prefect flow (articles, paragraphs, rejects, card, manifest).

    Inputs unchanged since DIR was written keep their rows; only new or changed ones are cleaned.
    """
    analysis = analysis_parameters(
        max_bytes, convert, protect, tokens, user_dict, keywords, tokenizer, follow_symlinks, input_timeout
    )
    given = checked_run_options(inputs, out, runner, address, allow_empty)  # (creates DIR: after every other check)
    if review is not None:
        check_out(review)
    started = time.monotonic()
    lock = hold_lock(out, wait)  # before Prefect starts: a second run is refused at once
    interrupts = Interrupts(out, lock)
    announce_start(quiet, verbose)
    try:
        # Imported here, not at the top: the library never imports Prefect, and `flows`
        # sets textclean's Prefect defaults (telemetry off, log file) before Prefect loads.
        early = start_early(given, out, runner, force, workers, tokens, keywords, tokenizer, user_dict)
        if early.server is not None:
            interrupts.servers.append(early.server)
        from textclean.flows import log_file
        from textclean.flows.clean_flow import QuarantineError, flow_with_runner, report_progress

        clean_flow = flow_with_runner(runner, address)
        interrupts.keep_sigterm()
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)
    parameters = {"strict": strict, "force": force, "workers": workers, **analysis}
    try:  # (the flow takes DIR's lock again, re-entrantly: this process holds it)
        with (
            run_progress(quiet) as bar,
            report_progress(bar),
            flow_inputs(given) as (params, listing),
            early.ready(),
        ):
            result = clean_flow(params, path_to_param(out), inputs_from=listing, **parameters)
    except QuarantineError as exc:
        r = exc.result
        print_summary(r.manifest, out, r.up_to_date, time.monotonic() - started, log_file(), r.inputs)
        fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # the run itself failed: say so in one line, details are in the log
        from textclean.dataset.assemble import abandon_run

        abandon_run(out)  # (a full disk: the run's temporary files go, so the disk is not left full)
        fail(f"run failed: {type(exc).__name__}: {shorten(str(exc))} (details: {log_file()})", EXIT_FAILED)
    finally:
        early.close()
        lock.close()
    print_summary(result.manifest, out, result.up_to_date, time.monotonic() - started, log_file(), result.inputs)
    if review is not None:
        write_run_review(review, given, max_bytes)


def checked_run_options(
    inputs: list[Path] | None, out: Path, runner: str, address: str | None, allow_empty: bool = False
) -> list[Path]:
    """The INPUTs as given (default ``seeds/``); exit 2 at the first option that is wrong, before anything starts."""
    if runner not in ("default", "dask"):
        fail(f"--runner {runner}: expected default or dask")
    if address and runner != "dask":
        fail("--address needs --runner dask")
    given = inputs or [Path("seeds")]
    missing = missing_input(given)
    if missing is not None:
        fail(f"input not found: {missing}")
    check_output(out, given, allow_empty)
    check_writable(out)
    return given


class Interrupts:
    """SIGINT (Ctrl-C) and SIGTERM stop a run at once, whatever it is doing, and leave DIR as it was.

    The handler kills the batch workers, removes the run's work folder and
    temporary files (:func:`~textclean.dataset.assemble.abandon_run`; a commit
    that had begun is finished instead), stops the Prefect server the run
    started, prints one line and exits 130: no batch is retried, nothing is
    left behind, no traceback. Prefect's logging stops first, so its threads
    print nothing more.
    """

    def __init__(self, out: Path, held: contextlib.ExitStack) -> None:
        """Handle the signals until ``held`` (the run's lock) is closed; then the previous handlers are back."""
        self.out = out
        self.servers: list[Any] = []
        self.restore: list[Callable[[], Any]] = []
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous = signal.signal(signum, self.stop)
            self.restore.append(functools.partial(signal.signal, signum, previous))
        held.callback(self.close)

    def close(self) -> None:
        """Give the process its previous signal handlers (and Prefect its SIGTERM bridge) back."""
        for undo in reversed(self.restore):
            undo()
        self.restore.clear()

    def keep_sigterm(self) -> None:
        """Keep SIGTERM this handler's while the flow runs.

        Prefect's flow engine swaps in a SIGTERM handler of its own for the
        run (a bridge for cancellations a Prefect runner sends, which a
        ``textclean run`` never gets): it logs the run as crashed, with a
        traceback, before handing the signal back. Called once Prefect is imported.
        """
        import prefect.flow_engine

        bridge = prefect.flow_engine.capture_sigterm
        prefect.flow_engine.capture_sigterm = contextlib.nullcontext  # type: ignore[assignment]
        self.restore.append(functools.partial(setattr, prefect.flow_engine, "capture_sigterm", bridge))

    def stop(self, signum: int, frame: Any) -> None:
        logging.disable(logging.CRITICAL)
        from textclean.dataset.assemble import abandon_run
        from textclean.run.pool import terminate_pools

        flows = sys.modules.get("textclean.flows.clean_flow")
        if flows is not None:
            flows.INTERRUPTED.set()
        terminate_pools()
        committed = abandon_run(self.out)
        for server in self.servers:
            with contextlib.suppress(Exception):
                server.stop()
        shown = clean_name(str(self.out))
        message = f"{shown} holds the new dataset (its commit had begun)" if committed else f"{shown} unchanged"
        with contextlib.suppress(Exception):
            err_console.print(f"interrupted: {message}", markup=False)
        os._exit(EXIT_INTERRUPTED)


def hold_lock(out: Path, wait: float) -> contextlib.ExitStack:
    """DIR's lock, held until the stack is closed; exit 1 when another run holds it, 2 when it is unsafe."""
    from textclean.dataset.lock import DatasetBusyError, UnsafeLockError, dataset_lock

    stack = contextlib.ExitStack()
    try:
        stack.enter_context(dataset_lock(out, wait=wait))
    except DatasetBusyError as exc:
        fail(str(exc), EXIT_FAILED)
    except UnsafeLockError as exc:
        fail(str(exc))
    return stack


@contextlib.contextmanager
def flow_inputs(given: Sequence[Path]) -> Iterator[tuple[list[str], str | None]]:
    """The INPUT arguments as the flow takes them: ``(inputs, inputs_from)``.

    Folders stay folders (the flow lists their files). When the arguments are
    too many for a flow parameter (a shell glob of thousands of files), they
    go one a line into a temporary file, named by ``inputs_from``, removed afterwards.
    """
    params = [path_to_param(p) for p in given]
    if len(json.dumps(params)) <= MAX_INPUTS_JSON:
        yield params, None
        return
    fd, name = tempfile.mkstemp(prefix="textclean-inputs-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(f"{p}\n" for p in params)
        yield [], name
    finally:
        os.unlink(name)
