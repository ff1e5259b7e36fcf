"""``textclean review``: one HTML page that shows how each input page was cleaned (no Prefect)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import EXIT_FAILED, fail, out_console, progress_bar
from textclean.cli.options import InputsArgument, MaxBytesOption
from textclean.config import DEFAULT_MAX_BYTES, Config
from textclean.run.inputs import missing_input


def review_command(
    inputs: InputsArgument = None,
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            "-o",
            metavar="FILE.html",
            help="The review page to write; an existing file is replaced only when it is a textclean review page.",
        ),
    ] = Path("review.html"),
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            metavar="DIR",
            help="Gold pages (*.json, as tests/fixtures/gold or `textclean synth --gold`): score each article, "
            "show the fields that differ and the gold articles missed, list the pages worst first.",
        ),
    ] = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
) -> None:
    """Write one self-contained HTML page showing each raw page beside the articles built from it.

    Every raw line is numbered, tinted by the article it went to and labelled
    with its role (title, kicker, byline, pull quote, heading, paragraph, ...);
    lines that went nowhere stand out. Open the file in any browser: it needs
    no network and shows one page at a time (j/k: next/previous page).
    """
    given = inputs or [Path("seeds")]
    missing = missing_input(given)
    if missing is not None:
        fail(f"input not found: {missing}")
    if gold is not None and not gold.is_dir():
        fail(f"gold folder not found: {gold}")
    check_out(out)
    from textclean.review.build import build_review
    from textclean.review.html import write_review

    try:
        with progress_bar() as bar:
            text, summary = build_review(
                given,
                gold,
                Config(max_bytes=max_bytes),
                progress=(lambda done, total: bar("reviewing", done, total)) if bar is not None else None,
            )
    except ValueError as exc:
        fail(str(exc))
    try:
        write_review(out, text)
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_FAILED)
    out_console.print(f"{summary.line()} -> {clean_name(str(out))}", markup=False)


#: ``textclean run --review FILE.html``: the same page for a run's inputs.
ReviewOption = Annotated[
    Path | None,
    typer.Option(
        "--review",
        metavar="FILE.html",
        help="After the run, also write the review page of its inputs (as `textclean review`) to FILE.html.",
    ),
]


def write_run_review(path: Path, inputs: list[Path], max_bytes: int) -> None:
    """``run --review``: the review page of the run's inputs, named in a line after the run summary."""
    from textclean.review.build import build_review
    from textclean.review.html import write_review

    with progress_bar() as bar:
        progress = (lambda done, total: bar("reviewing", done, total)) if bar is not None else None
        text, summary = build_review(inputs, config=Config(max_bytes=max_bytes), progress=progress)
    try:
        write_review(path, text)
    except OSError as exc:
        fail(f"cannot write the review page {path}: {exc.strerror or exc}", EXIT_FAILED)
    out_console.print(f"review: {clean_name(str(path))} ({summary.line()})", markup=False)


def check_out(out: Path) -> None:
    """Exit 2 when ``out`` is a folder, has no folder to go in, or is a file that no review wrote."""
    from textclean.review.html import is_review_page

    if out.is_dir():
        fail(f"{out} is a folder; --out names the HTML file to write")
    if not out.parent.is_dir():
        fail(f"no such folder for {out}: {out.parent}")
    if out.exists() and not is_review_page(out):
        fail(f"{out} exists and is not a textclean review page; not overwriting it")
