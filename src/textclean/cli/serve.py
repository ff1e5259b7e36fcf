"""``textclean serve``: the cleaning flow as a Prefect deployment that reruns on a schedule."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import EXIT_FAILED, fail, out_console
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

#: ``textclean serve`` runs the flow this often when neither --interval nor --cron is given.
DEFAULT_INTERVAL = 600.0


def serve_command(
    inputs: InputsArgument = None,
    out: OutOption = Path("data"),
    interval: Annotated[
        float | None,
        typer.Option(
            "--interval",
            metavar="SECONDS",
            min=1,
            help=f"Run every SECONDS (default {DEFAULT_INTERVAL:g} when no --cron).",
            show_default=False,
        ),
    ] = None,
    cron: Annotated[
        str | None, typer.Option("--cron", metavar="EXPR", help='Run on a cron schedule instead, e.g. "0 * * * *".')
    ] = None,
    name: Annotated[str, typer.Option("--name", help="Deployment name (flow textclean-clean).")] = "textclean",
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    convert: ConvertOption = "none",
    protect: ProtectOption = None,
    tokens: TokensOption = True,
    user_dict: UserDictOption = None,
    keywords: KeywordsOption = 10,
    tokenizer: TokenizerOption = "jieba",
    follow_symlinks: FollowSymlinksOption = False,
    input_timeout: InputTimeoutOption = DEFAULT_INPUT_TIMEOUT,
) -> None:
    """Serve the cleaning flow as a Prefect deployment that reruns on a schedule, until Ctrl-C.

    Registers deployment textclean-clean/NAME with the Prefect API in
    PREFECT_API_URL; when that is unset, starts a local Prefect server on
    127.0.0.1 (a free port) for as long as it serves, and prints where its UI is.
    Each run reuses the rows of unchanged inputs.
    """
    if interval is not None and cron is not None:
        fail("give --interval or --cron, not both")
    if interval is None and cron is None:
        interval = DEFAULT_INTERVAL
    parameters = analysis_parameters(
        max_bytes, convert, protect, tokens, user_dict, keywords, tokenizer, follow_symlinks, input_timeout
    )
    paths = checked_inputs(inputs, out)
    try:
        from textclean.flows.serve import serve as serve_flow
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)

    def announce(line: str) -> None:
        out_console.print(clean_name(line), markup=False)

    try:
        serve_flow(
            [path_to_param(p) for p in paths],
            path_to_param(out.absolute()),
            interval=interval,
            cron=cron,
            name=name,
            parameters=parameters,
            announce=announce,
        )
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM before serving began
        pass
    except Exception as exc:
        fail(f"serve failed: {type(exc).__name__}: {exc}", EXIT_FAILED)
    out_console.print("stopped", markup=False)
