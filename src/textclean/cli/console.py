"""What the commands print: one-line errors and exit codes, the progress bar, the run summary."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from textclean.clean.decode import clean_name


class _Console(Console):
    """rich's Console, but a closed pipe (``textclean run | head -1``) silences it instead of exiting 1:
    the run's work is done, and its exit code must say so."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        silence_closed_stdout()


out_console = _Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_FAILED = 1
EXIT_USAGE = 2
#: Exit code of a run stopped by SIGINT or SIGTERM (128 + SIGINT, as shells report it).
EXIT_INTERRUPTED = 130
#: Quarantined inputs listed one a line in the run summary (the rest are counted).
MAX_REJECT_LINES = 10
#: The progress bar shows once cleaning has taken this many seconds (short runs never see it).
PROGRESS_DELAY = 1.0


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print a one-line error and exit (no traceback).

    Paths in ``message`` may hold bytes that are not UTF-8 or control characters: shown escaped.
    """
    err_console.print(f"[bold red]error:[/] {escape(clean_name(message))}", soft_wrap=True)
    raise typer.Exit(code)


def shorten(text: str, limit: int = 600) -> str:
    """``text`` cut to ``limit`` characters (an error message that quotes a whole request, say).

    >>> shorten("x" * 10, limit=4)
    'xxxx… (10 characters)'
    """
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


class ProgressBar:
    """A rich progress bar of a run: pages cleaned, then inputs written; gone when closed.

    Call it as ``bar(stage, done, total)`` (``total`` None: no count known).
    It shows only once the run has been at it for ``delay`` seconds, so a
    short run never flashes one; from then on it refreshes by itself.
    """

    def __init__(self, console: Console, delay: float = PROGRESS_DELAY) -> None:
        self.console = console
        self.delay = delay
        self.state: tuple[str, int, int | None] | None = None
        self.progress: Any = None
        self.task: Any = None
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()
        self.closed = False

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        with self.lock:
            self.state = (stage, done, total)
            if self.progress is not None:
                self._update()
            elif self.timer is None and not self.closed:
                self.timer = threading.Timer(self.delay, self._show)
                self.timer.daemon = True
                self.timer.start()

    def _show(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.closed or self.progress is not None:
                return
            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.fields[count]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.progress.start()
            self._update()

    def _update(self) -> None:
        """Show the current state: a new line (and clock) for a new stage, else the count moves on."""
        assert self.state is not None
        stage, done, total = self.state
        count = f"{done}/{total} pages" if total else ""
        if self.task is not None and self.progress.tasks[0].description == stage:
            self.progress.update(self.task, completed=done, total=total, count=count)
            return
        if self.task is not None:
            self.progress.remove_task(self.task)
        self.task = self.progress.add_task(stage, total=total, completed=done, count=count)

    def close(self) -> None:
        with self.lock:
            self.closed = True
            if self.timer is not None:
                self.timer.cancel()
            if self.progress is not None:
                self.progress.stop()
                self.progress = None


class ProgressLines:
    """Progress for a log, CI or a pipe: a line when a stage starts and about every :data:`LINE_STEP` of it.

    ``cleaning 400/2000 pages``: what a person reading a log wants, with no
    terminal control codes. Called from the flow's threads, like :class:`ProgressBar`.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.lock = threading.Lock()
        self.stage: str | None = None
        self.next_at = 0.0

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        with self.lock:
            new = stage != self.stage
            if not new and (not total or done < self.next_at):
                return
            self.stage = stage
            self.next_at = done + LINE_STEP * total if total else 0.0
            unit = "pages" if stage == "cleaning" else "inputs"
            self.console.print(f"{stage} {done}/{total} {unit}" if total else stage, markup=False)


#: Share of a stage between two progress lines.
LINE_STEP = 0.1


@contextlib.contextmanager
def run_progress(quiet: bool = False) -> Iterator[ProgressBar | ProgressLines | None]:
    """How a run shows its progress: a bar on a terminal, :class:`ProgressLines` elsewhere, nothing when ``quiet``."""
    if quiet:
        yield None
        return
    with progress_bar() as bar:
        yield bar if bar is not None else ProgressLines(out_console)


def announce_start(quiet: bool, verbose: bool) -> None:
    """Before Prefect is imported: its INFO logs on the console with ``verbose``; off a terminal, a first line."""
    if verbose:
        os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "INFO"  # read when Prefect's logging is set up
    if not quiet and not out_console.is_terminal:
        out_console.print("starting Prefect…", markup=False)


@contextlib.contextmanager
def progress_bar(console: Console | None = None) -> Iterator[ProgressBar | None]:
    """A :class:`ProgressBar` on ``console`` (stdout by default) when it is a terminal; None (quiet) otherwise."""
    console = console or out_console
    if not (console.is_terminal and (console.file is not sys.stdout or sys.stdout.isatty())):
        yield None
        return
    bar = ProgressBar(console)
    try:
        yield bar
    finally:
        bar.close()


def tolerate_output_encodings() -> None:
    """Characters the console's encoding lacks (``PYTHONIOENCODING=ascii``, a C locale) print as escapes.

    Without this, a run that committed its dataset would then fail printing a Chinese file name.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def silence_closed_stdout() -> None:
    """After a write to a closed pipe (``textclean run | head -1``): further output goes nowhere, quietly."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def print_summary(
    manifest: Mapping[str, Any],
    out: Path,
    up_to_date: bool,
    seconds: float,
    log: Path,
    inputs: Sequence[Mapping[str, Any]] | None = None,
) -> None:
    """A few lines: pages, articles, rejects by reason and each quarantined input, where the files are.

    ``inputs``: each input's entry as the run saw it (its status: processed, reused or rejected).
    """
    from textclean.dataset.files import DATASET_FILES, REJECTS_JSONL

    counts = manifest["counts"]
    shown = Path(clean_name(str(out)))
    if up_to_date:
        out_console.print(f"{shown} is up to date with its {counts['inputs']} input(s): nothing to do.", markup=False)
    out_console.print(f"{pages_line(manifest, up_to_date, inputs)}, {counts['paragraphs']} paragraph row(s)")
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


def pages_line(manifest: Mapping[str, Any], up_to_date: bool, inputs: Sequence[Mapping[str, Any]] | None = None) -> str:
    """``N page(s): P processed[, U reused], R rejected; A article(s)``: what the run did with its inputs."""
    from textclean.run.report import run_inputs, status_counts

    counts = manifest["counts"]
    by = status_counts(inputs if inputs is not None else run_inputs(manifest, up_to_date))
    reused = f"{by['reused']} reused, " if by["reused"] else ""
    line = f"{counts['inputs']} page(s): {by['processed']} processed, {reused}{by['rejected']} rejected"
    return f"{line}; {counts['articles']} article(s)"


def reject_lines(out: Path, limit: int = MAX_REJECT_LINES) -> list[str]:
    """One line per quarantined input or row, ``  source: reason (detail)``, at most ``limit``."""
    from textclean.dataset.files import REJECTS_JSONL
    from textclean.dataset.read import read_jsonl

    try:
        rejects = read_jsonl(out / REJECTS_JSONL)
    except (OSError, ValueError):
        return []
    lines = [f"  {r.get('source')}: {r.get('reason')} ({r.get('detail')})" for r in rejects[:limit]]
    if len(rejects) > limit:
        lines.append(f"  ... and {len(rejects) - limit} more")
    return lines
