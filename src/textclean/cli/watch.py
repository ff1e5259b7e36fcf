"""``textclean watch``: run the cleaning flow now, then again whenever input files change."""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import EXIT_FAILED, err_console, fail, out_console, pages_line
from textclean.cli.options import (
    ConvertOption,
    FollowSymlinksOption,
    InputsArgument,
    InputTimeoutOption,
    KeywordsOption,
    MaxBytesOption,
    OutOption,
    ProtectOption,
    TokenizerOption,
    TokensOption,
    UserDictOption,
    analysis_parameters,
    checked_inputs,
)
from textclean.config import DEFAULT_INPUT_TIMEOUT, DEFAULT_MAX_BYTES
from textclean.run.inputs import path_to_param


def watch_command(
    inputs: InputsArgument = None,
    out: OutOption = Path("data"),
    debounce: Annotated[
        float,
        typer.Option(
            "--debounce",
            metavar="SECONDS",
            min=0.05,
            help="Quiet time that ends a burst of changes (one run per burst).",
        ),
    ] = 1.0,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    input_timeout: InputTimeoutOption = DEFAULT_INPUT_TIMEOUT,
    convert: ConvertOption = "none",
    protect: ProtectOption = None,
    tokens: TokensOption = True,
    user_dict: UserDictOption = None,
    keywords: KeywordsOption = 10,
    tokenizer: TokenizerOption = "jieba",
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Run the flow now, then again whenever input files change, until Ctrl-C: one line per run.

    A burst of changes (an editor saving, a folder copied in) gives one run, once
    the inputs have been quiet for --debounce seconds; changes made during a run
    give one more run after it. Each run reuses the rows of unchanged inputs.
    """
    parameters = analysis_parameters(
        max_bytes, convert, protect, tokens, user_dict, keywords, tokenizer, follow_symlinks, input_timeout
    )
    paths = checked_inputs(inputs, out)
    try:
        import textclean.flows.clean_flow  # noqa: F401  (loaded now: a broken installation fails here)
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)
    from textclean.run.watch import Watching

    # Without a server named by PREFECT_API_URL, Prefect starts a temporary one that dies with this process.
    temporary = not os.environ.get("PREFECT_API_URL")
    one_run = functools.partial(watched_run, paths=paths, out=out, parameters=parameters, temporary=temporary)
    shown = ", ".join(clean_name(str(p)) for p in (inputs or [Path("seeds")]))
    out_console.print(f"watching {shown} -> {clean_name(str(out))}/ (Ctrl-C stops)", markup=False)
    signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM (systemd, docker stop) stops it as Ctrl-C does
    try:
        with Watching(paths, debounce=debounce) as bursts:  # watching from now: changes during run 1 count
            one_run(1, "start")
            for number, changed in enumerate(bursts, start=2):
                one_run(number, f"{len(changed)} changed")
    except KeyboardInterrupt:
        pass
    out_console.print("stopped", markup=False)


def watched_run(
    number: int, why: str, *, paths: list[Path], out: Path, parameters: dict[str, Any], temporary: bool
) -> None:
    """Run ``number`` of ``textclean watch`` (started because of ``why``): one line saying what it did, or why it failed.

    ``parameters``: the flow's, from the shared options (:func:`~textclean.cli.options.analysis_parameters`);
    ``temporary``: the Prefect server dies with this process (its runs send no heartbeats).
    """
    from textclean.dataset.lock import dataset_lock
    from textclean.flows import log_file, without_heartbeats
    from textclean.flows.clean_flow import QuarantineError, clean_flow

    started = time.monotonic()
    stamp = time.strftime("%H:%M:%S")
    try:
        with dataset_lock(out, wait=600), without_heartbeats() if temporary else contextlib.nullcontext():
            params = [path_to_param(p) for p in paths]
            result = clean_flow(params, path_to_param(out), **parameters)
    except QuarantineError as exc:  # not strict: cannot happen, but say so if it does
        result = exc.result
    except Exception as exc:  # a failed run is reported, and watching goes on
        err_console.print(
            f"{stamp} run {number} ({why}) failed: {type(exc).__name__}: {clean_name(str(exc))} "
            f"(details: {log_file()})",
            markup=False,
        )
        return
    line = pages_line(result.manifest, result.up_to_date, result.inputs)
    rejects = result.manifest["counts"]["rejects"]
    done = "up to date" if result.up_to_date else "written"
    seconds = time.monotonic() - started
    out_console.print(
        f"{stamp} run {number} ({why}): {line}, {rejects} reject(s); {done} ({seconds:.1f} s)", markup=False
    )


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt
