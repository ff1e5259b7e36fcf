"""``textclean``: the command line. Thin: each command is one library or flow call.

* ``textclean run [INPUT ...] [--out DIR]``: run the Prefect cleaning flow.
* ``textclean validate DIR``: re-check a written dataset against the schemas.
* ``textclean serve`` / ``textclean watch``: not built yet (issue 5).

Exit codes: 0 done (inputs cleaned or deliberately quarantined); 1 the run or
the validation failed (or ``--strict`` and something was quarantined); 2 a
usage error such as a missing input or an unwritable output folder.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from . import __version__
from .config import DEFAULT_MAX_BYTES
from .decode import clean_name
from .inputs import collect_inputs, path_to_param
from .script import Mode, load_protect_file
from .writer import DATASET_FILES, REJECTS_JSONL, DatasetBusyError, dataset_lock, read_jsonl, validate_dataset

app = typer.Typer(
    name="textclean",
    help="Turn raw OCR-like Chinese newspaper pages into clean, validated article datasets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out_console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_FAILED = 1
EXIT_USAGE = 2
#: Quarantined inputs listed one a line in the run summary (the rest are counted).
MAX_REJECT_LINES = 10


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-line error and exit (no traceback).

    Paths in ``message`` may hold bytes that are not UTF-8 or control characters: shown escaped.
    """
    err_console.print(f"[bold red]error:[/] {escape(clean_name(message))}", soft_wrap=True)
    raise typer.Exit(code)


def check_writable(out: Path) -> None:
    """Create ``out`` if needed and make sure a file can be written in it, or exit 2 naming it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        fail(f"cannot write to output folder {out}: {exc.strerror or exc}")


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


@app.command()
def run(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="INPUT", show_default="seeds/", help="Raw page files, or folders whose *.txt files are read."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Dataset folder to write.")] = Path("data"),
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input or row was quarantined.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when DIR is already current.")] = False,
    wait: Annotated[
        float,
        typer.Option(
            "--wait", metavar="SECONDS", min=0, help="When another run is writing DIR, wait this long for it first."
        ),
    ] = 0.0,
    max_bytes: Annotated[
        int,
        typer.Option("--max-bytes", metavar="BYTES", min=1, help="Quarantine inputs larger than this (too_large)."),
    ] = DEFAULT_MAX_BYTES,
    convert: Annotated[
        Mode,
        typer.Option(
            "--convert",
            help="Traditional -> simplified: none (text as it is), t2s (every article), auto (articles detected "
            "as traditional); originals kept in *_original.",
        ),
    ] = "none",
    protect: Annotated[
        Path | None,
        typer.Option("--protect", metavar="FILE", help="Names conversion never changes, one a line (# comments)."),
    ] = None,
    tokens: Annotated[
        bool, typer.Option("--tokens/--no-tokens", help="Add each paragraph's words (tokens, token_count).")
    ] = True,
    user_dict: Annotated[
        Path | None,
        typer.Option(
            "--userdict",
            metavar="FILE",
            help="A jieba user dictionary: a word, optionally its frequency and tag, a line.",
        ),
    ] = None,
    keywords: Annotated[
        int, typer.Option("--keywords", metavar="K", min=0, help="TF-IDF keywords per article; 0: none.")
    ] = 10,
    workers: Annotated[
        int,
        typer.Option("--workers", metavar="N", min=1, help="Processes that tokenise a large input (2M+ characters)."),
    ] = 1,
) -> None:
    """Clean INPUT pages into DIR with the Prefect flow (articles, paragraphs, rejects, card, manifest)."""
    try:
        paths = collect_inputs(inputs or [Path("seeds")])
    except FileNotFoundError as exc:
        fail(f"input not found: {exc.filename}")
    names = read_protect_file(protect) if protect is not None else []
    if user_dict is not None and not user_dict.is_file():
        fail(f"jieba user dictionary not found: {user_dict}")
    check_writable(out)

    started = time.monotonic()
    try:
        # Imported here, not at the top: the library never imports Prefect, and `flows`
        # sets textclean's Prefect defaults (telemetry off, log file) before Prefect loads.
        from flows import log_file
        from flows.clean_flow import QuarantineError, clean_flow
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)
    try:
        # Taken here too (the flow takes it again, re-entrantly) so that a busy folder
        # is reported before the Prefect server spends seconds starting.
        with dataset_lock(out, wait=wait):
            params = [path_to_param(p) for p in paths]
            result = clean_flow(
                params,
                path_to_param(out),
                strict=strict,
                force=force,
                max_bytes=max_bytes,
                script_mode=convert,
                protect=names,
                tokens=tokens,
                keywords_top_k=keywords,
                user_dict=path_to_param(user_dict) if user_dict is not None else None,
                workers=workers,
            )
    except DatasetBusyError as exc:
        fail(str(exc), EXIT_FAILED)
    except QuarantineError as exc:
        print_summary(exc.result.manifest, out, exc.result.up_to_date, time.monotonic() - started, log_file())
        fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # the run itself failed: say so in one line, details are in the log
        fail(f"run failed: {type(exc).__name__}: {exc} (details: {log_file()})", EXIT_FAILED)
    print_summary(result.manifest, out, result.up_to_date, time.monotonic() - started, log_file())


def read_protect_file(path: Path) -> list[str]:
    """The protected names of ``path``, sorted; exit 2 naming the file when it cannot be read."""
    try:
        return sorted(load_protect_file(path))
    except FileNotFoundError:
        fail(f"protect file not found: {path}")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read protect file {path}: {getattr(exc, 'strerror', None) or exc}")


def print_summary(manifest: Mapping[str, Any], out: Path, up_to_date: bool, seconds: float, log: Path) -> None:
    """A few lines: pages, articles, rejects by reason and each quarantined input, where the files are."""
    counts = manifest["counts"]
    shown = Path(clean_name(str(out)))
    if up_to_date:
        out_console.print(f"{shown} is up to date with its {counts['inputs']} input(s): nothing to do.", markup=False)
    pages = f"{counts['inputs']} page(s): {counts['processed']} processed, {counts['rejected']} rejected"
    out_console.print(f"{pages}; {counts['articles']} article(s), {counts['paragraphs']} paragraph row(s)")
    reasons = ", ".join(f"{reason} {n}" for reason, n in counts["rejects_by_reason"].items())
    out_console.print(
        f"{counts['rejects']} reject(s)" + (f": {reasons} (see {shown / REJECTS_JSONL})" if reasons else ""),
        markup=False,
    )
    for line in reject_lines(out):
        out_console.print(line, markup=False)
    out_console.print(
        f"dataset: {shown}/ ({', '.join(DATASET_FILES)})",
        markup=False,
    )
    out_console.print(f"Prefect log: {log}  ({seconds:.1f} s)", style="dim")


def reject_lines(out: Path, limit: int = MAX_REJECT_LINES) -> list[str]:
    """One line per quarantined input or row, ``  source: reason (detail)``, at most ``limit``."""
    try:
        rejects = read_jsonl(out / REJECTS_JSONL)
    except (OSError, ValueError):
        return []
    lines = [f"  {r.get('source')}: {r.get('reason')} ({r.get('detail')})" for r in rejects[:limit]]
    if len(rejects) > limit:
        lines.append(f"  ... and {len(rejects) - limit} more")
    return lines


@app.command()
def validate(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A dataset folder written by `textclean run`.")],
) -> None:
    """Re-validate a written dataset against the schemas; exit 1 and list the rows and checks that fail."""
    if not directory.is_dir():
        fail(f"no such dataset folder: {directory}")
    problems = validate_dataset(directory)
    if problems:
        for problem in problems:
            err_console.print(problem, soft_wrap=True, markup=False)
        fail(f"{directory}: {len(problems)} problem(s)", EXIT_FAILED)
    out_console.print(f"{clean_name(str(directory))}: valid", markup=False)


def _not_yet(command: str) -> NoReturn:
    err_console.print(f"textclean {command}: not implemented yet, see issue 5")
    raise typer.Exit(EXIT_USAGE)


@app.command()
def serve() -> None:
    """Rerun the flow when seeds change, as a long-running Prefect deployment (not implemented yet, issue 5)."""
    _not_yet("serve")


@app.command()
def watch() -> None:
    """Rerun the flow when seeds change, in the foreground (not implemented yet, issue 5)."""
    _not_yet("watch")


if __name__ == "__main__":  # pragma: no cover
    app()
