"""``textclean validate``: re-check a written dataset against the schemas."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import EXIT_FAILED, err_console, fail, out_console


def validate_command(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A dataset folder written by `textclean run`.")],
) -> None:
    """Re-validate a written dataset against the schemas; exit 1 and list the rows and checks that fail."""
    if not directory.is_dir():
        fail(f"no such dataset folder: {directory}")
    from textclean.dataset.validate import validate_dataset

    problems = validate_dataset(directory)
    if problems:
        for problem in problems:
            err_console.print(problem, soft_wrap=True, markup=False)
        fail(f"{directory}: {len(problems)} problem(s)", EXIT_FAILED)
    out_console.print(f"{clean_name(str(directory))}: valid", markup=False)
