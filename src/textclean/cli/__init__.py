"""``textclean``: the command line. Thin: each command checks its options and makes one library or flow call.

* ``textclean run [INPUT ...] [--out DIR]``: run the Prefect cleaning flow (:mod:`textclean.cli.run`).
* ``textclean validate DIR``: re-check a written dataset against the schemas (:mod:`textclean.cli.validate`).
* ``textclean serve [INPUT ...] [--interval SECONDS | --cron EXPR]``: the flow as a
  Prefect deployment on a schedule (a local Prefect server when ``PREFECT_API_URL`` is unset; :mod:`textclean.cli.serve`).
* ``textclean watch [INPUT ...]``: rerun the flow when input files change (one run per burst; :mod:`textclean.cli.watch`).
* ``textclean synth OUT [--pages N] [--seed S] [--gold DIR]``: write synthetic seed-like raw pages
  (and their expected articles), the same bytes for the same seed (:mod:`textclean.cli.synth`).
* ``textclean review [INPUT ...] [--out FILE.html] [--gold DIR]``: one HTML page showing how each page was
  cleaned, line by line, scored against gold when given (:mod:`textclean.cli.review`).

Besides the commands: :mod:`textclean.cli.options` (options several commands
share, and their checks), :mod:`textclean.cli.startup` (what ``run`` starts
while Prefect is imported), :mod:`textclean.cli.console` (errors, progress
bar, run summary). Prefect is imported only inside the commands, when needed.

Exit codes: 0 done (inputs cleaned or deliberately quarantined); 1 the run or
the validation failed (or ``--strict`` and something was quarantined); 2 a
usage error such as a missing input or an unwritable output folder.
"""

from __future__ import annotations

from typing import Annotated

import typer

from textclean import __version__
from textclean.cli import review, run, serve, synth, validate, watch
from textclean.cli.console import out_console, tolerate_output_encodings

app = typer.Typer(
    name="textclean",
    help="Turn raw OCR-like Chinese newspaper pages into clean, validated article datasets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("run")(run.run_command)
app.command("validate")(validate.validate_command)
app.command("serve")(serve.serve_command)
app.command("watch")(watch.watch_command)
app.command("synth")(synth.synth_command)
app.command("review")(review.review_command)


def _version(value: bool) -> None:
    if value:
        out_console.print(f"textclean {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Turn raw OCR-like Chinese newspaper pages into clean, validated article datasets."""
    tolerate_output_encodings()
