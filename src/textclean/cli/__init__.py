"""``textclean``: the command line. Thin: each command is one library or flow call.

* ``textclean run [INPUT ...] [--out DIR]``: run the Prefect cleaning flow.
* ``textclean validate DIR``: re-check a written dataset against the schemas.
* ``textclean serve [INPUT ...] [--interval SECONDS | --cron EXPR]``: the flow as a
  Prefect deployment on a schedule (a local Prefect server when ``PREFECT_API_URL`` is unset).
* ``textclean watch [INPUT ...]``: rerun the flow when input files change (one run per burst).
* ``textclean synth OUT [--pages N] [--seed S] [--gold DIR]``: write synthetic seed-like raw pages
  (and their expected articles), the same bytes for the same seed.

Exit codes: 0 done (inputs cleaned or deliberately quarantined); 1 the run or
the validation failed (or ``--strict`` and something was quarantined); 2 a
usage error such as a missing input or an unwritable output folder.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, NoReturn, cast

import typer
from rich.console import Console
from rich.markup import escape

from textclean import __version__
from textclean.analysis.script import Mode, load_protect_file
from textclean.clean.decode import clean_name
from textclean.config import DEFAULT_MAX_BYTES
from textclean.run.inputs import missing_input, path_to_param

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
#: The progress bar shows once cleaning has taken this many seconds (short runs never see it).
PROGRESS_DELAY = 1.0
#: ``textclean serve`` runs the flow this often when neither --interval nor --cron is given.
DEFAULT_INTERVAL = 600.0


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


TokenizerOption = Annotated[
    str,
    typer.Option(
        "--tokenizer",
        metavar="jieba|rjieba|auto",
        help="Word segmenter: jieba (reference), rjieba (same algorithm in Rust, ~25x faster; the `fast` "
        "extra), auto (rjieba when installed). The manifest records the one used.",
    ),
]


Segmenter = Literal["jieba", "rjieba", "auto"]


def check_tokenizer(tokenizer: str, user_dict: Path | None = None) -> Segmenter:
    """``--tokenizer``'s segmenter; exits with a usage error when it names none, or one that cannot be used here."""
    if tokenizer not in ("jieba", "rjieba", "auto"):
        fail(f"--tokenizer {tokenizer}: expected jieba, rjieba or auto")
    if tokenizer == "rjieba":
        if importlib.util.find_spec("rjieba") is None:
            fail("--tokenizer rjieba: rjieba is not installed (pip install 'textclean[fast]')")
        if user_dict is not None:
            fail("--tokenizer rjieba cannot load a --userdict (use jieba)")
    return cast(Segmenter, tokenizer)


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
) -> None:
    """Clean INPUT pages into DIR with the Prefect flow (articles, paragraphs, rejects, card, manifest).

    Inputs unchanged since DIR was written keep their rows; only new or changed ones are cleaned.
    """
    if runner not in ("default", "dask"):
        fail(f"--runner {runner}: expected default or dask")
    if address and runner != "dask":
        fail("--address needs --runner dask")
    check_tokenizer(tokenizer, user_dict)
    given = inputs or [Path("seeds")]
    missing = missing_input(given)  # a usage error, reported before anything starts
    if missing is not None:
        fail(f"input not found: {missing}")
    names = read_protect_file(protect) if protect is not None else []
    if user_dict is not None and not user_dict.is_file():
        fail(f"jieba user dictionary not found: {user_dict}")
    check_writable(out)

    started = time.monotonic()
    try:
        # Imported here, not at the top: the library never imports Prefect, and `flows`
        # sets textclean's Prefect defaults (telemetry off, log file) before Prefect loads.
        server = start_api_early()
        warming = None
        if server is not None and runner == "default":
            fresh = force or fresh_build(out)
            config = run_config(tokens, keywords, tokenizer, user_dict)
            if not (fresh and start_workers_early(given, workers, config)):
                warming = warm_up(None if fresh else out, config)
        from textclean.dataset.writer import DatasetBusyError, dataset_lock
        from textclean.flows import log_file, without_heartbeats
        from textclean.flows.clean_flow import QuarantineError, flow_with_runner, report_progress

        clean_flow = flow_with_runner(runner, address)
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)
    try:
        # Taken here too (the flow takes it again, re-entrantly) so that a busy folder
        # is reported before the run waits for the Prefect server.
        with (
            dataset_lock(out, wait=wait),
            progress_bar() as bar,
            report_progress(bar),
            flow_inputs(given) as (params, listing),
            contextlib.ExitStack() as stack,
        ):
            if server is not None:
                from textclean.flows.serve import wait_until_healthy

                wait_until_healthy(server)
                if warming is not None:
                    warming.join()
                stack.enter_context(without_heartbeats())  # the temporary server dies with this run
            result = clean_flow(
                params,
                path_to_param(out),
                inputs_from=listing,
                strict=strict,
                force=force,
                max_bytes=max_bytes,
                script_mode=convert,
                protect=names,
                tokens=tokens,
                keywords_top_k=keywords,
                user_dict=path_to_param(user_dict) if user_dict is not None else None,
                workers=workers,
                tokenizer=tokenizer,
            )
    except DatasetBusyError as exc:
        fail(str(exc), EXIT_FAILED)
    except QuarantineError as exc:
        r = exc.result
        print_summary(r.manifest, out, r.up_to_date, time.monotonic() - started, log_file(), r.inputs)
        fail(str(exc), EXIT_FAILED)
    except Exception as exc:  # the run itself failed: say so in one line, details are in the log
        fail(f"run failed: {type(exc).__name__}: {shorten(str(exc))} (details: {log_file()})", EXIT_FAILED)
    finally:
        from textclean.run.pool import close_early_pool

        close_early_pool()  # when the run did not take it (nothing to clean, too few batches)
    print_summary(result.manifest, out, result.up_to_date, time.monotonic() - started, log_file(), result.inputs)


#: Flow parameters travel to the Prefect API as JSON, which takes at most 512 KiB of them:
#: longer input lists go in a file (:func:`flow_inputs`).
MAX_INPUTS_JSON = 256 * 1024


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


def shorten(text: str, limit: int = 600) -> str:
    """``text`` cut to ``limit`` characters (an error message that quotes a whole request, say).

    >>> shorten("x" * 10, limit=4)
    'xxxx… (10 characters)'
    """
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def start_api_early() -> Any:
    """Start the temporary Prefect API server of this run now, so it boots while Prefect is imported.

    Prefect would start the same server itself, but only once imported and
    asked for a client: one start after the other. Returns the server
    (:class:`textclean.flows.serve.LocalServer`, stopped when the process exits), or None when Prefect is
    already imported or ``PREFECT_API_URL`` names a server: then Prefect decides, as usual.
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
    from textclean.dataset.writer import MANIFEST_JSON, code_digest

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

    Each worker takes about a second to start (imports, the tokenizer's
    dictionary); this way that second overlaps the Prefect server's start
    instead of following it. Not for a run of one batch (it cleans in this
    process) nor, see the caller, for a run that reuses most of its rows.
    Returns whether it started them.
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
    previous manifest and footers parsed (:func:`textclean.dataset.reuse.preload`),
    about a second that the run otherwise spends after the server is up.
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


def read_protect_file(path: Path) -> list[str]:
    """The protected names of ``path``, sorted; exit 2 naming the file when it cannot be read."""
    try:
        return sorted(load_protect_file(path))
    except FileNotFoundError:
        fail(f"protect file not found: {path}")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read protect file {path}: {getattr(exc, 'strerror', None) or exc}")


class ProgressBar:
    """A rich progress bar of a run: pages cleaned, then inputs written; gone when closed.

    Call it as ``bar(stage, done, total)`` (``total`` None: no count known).
    It shows only once the run has been at it for ``delay`` seconds, so a
    short run never flashes one; from then on it refreshes by itself (the
    elapsed time goes on during a long stage without calls).
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
    from textclean.dataset.writer import DATASET_FILES, REJECTS_JSONL

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
    from textclean.dataset.writer import REJECTS_JSONL, read_jsonl

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
    from textclean.dataset.writer import validate_dataset

    problems = validate_dataset(directory)
    if problems:
        for problem in problems:
            err_console.print(problem, soft_wrap=True, markup=False)
        fail(f"{directory}: {len(problems)} problem(s)", EXIT_FAILED)
    out_console.print(f"{clean_name(str(directory))}: valid", markup=False)


InputsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="INPUT",
        show_default="seeds/",
        help="Raw page files, or folders whose *.txt files are read (listed again at every run).",
    ),
]
OutOption = Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Dataset folder to write.")]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", metavar="BYTES", min=1, help="Quarantine inputs larger than this (too_large).")
]


def checked_inputs(inputs: list[Path] | None, out: Path) -> list[Path]:
    """INPUTs as given (default ``seeds/``), made absolute; exit 2 when one is missing or DIR cannot be written."""
    given = inputs or [Path("seeds")]
    missing = missing_input(given)
    if missing is not None:
        fail(f"input not found: {missing}")
    check_writable(out)
    return [p.absolute() for p in given]


@app.command()
def serve(
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
            parameters={"max_bytes": max_bytes},
            announce=announce,
        )
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM before serving began
        pass
    except Exception as exc:
        fail(f"serve failed: {type(exc).__name__}: {exc}", EXIT_FAILED)
    out_console.print("stopped", markup=False)


@app.command()
def watch(
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
    tokenizer: TokenizerOption = "jieba",
) -> None:
    """Run the flow now, then again whenever input files change, until Ctrl-C: one line per run.

    A burst of changes (an editor saving, a folder copied in) gives one run, once
    the inputs have been quiet for --debounce seconds; changes made during a run
    give one more run after it. Each run reuses the rows of unchanged inputs.
    """
    segmenter = check_tokenizer(tokenizer)
    paths = checked_inputs(inputs, out)
    try:
        from textclean.flows import log_file, without_heartbeats
        from textclean.flows.clean_flow import QuarantineError, clean_flow
    except Exception as exc:  # a broken installation: one line, no traceback
        fail(f"cannot load the flow: {type(exc).__name__}: {exc}", EXIT_FAILED)
    from textclean.dataset.writer import dataset_lock
    from textclean.run.watch import Watching

    # Without a server named by PREFECT_API_URL, Prefect starts a temporary one that dies with this process.
    temporary = not os.environ.get("PREFECT_API_URL")

    def quiet_heartbeats() -> contextlib.AbstractContextManager[None]:
        return without_heartbeats() if temporary else contextlib.nullcontext()

    shown = ", ".join(clean_name(str(p)) for p in (inputs or [Path("seeds")]))
    out_console.print(f"watching {shown} -> {clean_name(str(out))}/ (Ctrl-C stops)", markup=False)

    def one_run(number: int, why: str) -> None:
        started = time.monotonic()
        stamp = time.strftime("%H:%M:%S")
        try:
            with dataset_lock(out, wait=600), quiet_heartbeats():
                params = [path_to_param(p) for p in paths]
                result = clean_flow(params, path_to_param(out), max_bytes=max_bytes, tokenizer=segmenter)
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

    signal.signal(signal.SIGTERM, _interrupt)  # SIGTERM (systemd, docker stop) stops it as Ctrl-C does
    try:
        with Watching(paths, debounce=debounce) as bursts:  # watching from now: changes during run 1 count
            one_run(1, "start")
            for number, changed in enumerate(bursts, start=2):
                one_run(number, f"{len(changed)} changed")
    except KeyboardInterrupt:
        pass
    out_console.print("stopped", markup=False)


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@app.command("synth")
def synth_command(
    out: Annotated[
        Path,
        typer.Argument(
            metavar="OUT",
            help="Folder to write the pages to (created when missing); it must be empty, or with --force hold "
            "only an earlier synthetic corpus besides files that are not pages.",
            show_default=False,
        ),
    ],
    pages: Annotated[int, typer.Option("--pages", "-n", metavar="N", min=1, help="Number of pages to write.")] = 2000,
    seed: Annotated[
        int, typer.Option("--seed", metavar="S", help="Random seed: the same S and N give the same bytes.")
    ] = 1,
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            metavar="DIR",
            help="Also write each page's expected articles (synth_NNNN.json, the gold tools/score.py reads) to "
            "DIR; DIR may be OUT.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace an earlier synthetic corpus (synth_NNNN.txt/.json) in OUT and DIR."),
    ] = False,
) -> None:
    """Write N synthetic raw pages laid out like the seeds (about 25 KB, mostly four articles each).

    The pages recombine the hand-checked gold articles with the seeds' layouts
    and OCR-like noise (textclean.synth): synth_0001.txt ... in OUT, ready for
    `textclean run OUT`. Page i depends only on --seed and i. OUT never
    receives pages next to other *.txt pages, nor gold next to other *.json.
    """
    from textclean.synth import CORPUS_NAME_RE, write_corpus

    same = gold is not None and gold.absolute() == out.absolute()
    stale = corpus_folder(out, {".txt", ".json"} if same else {".txt"}, force, CORPUS_NAME_RE)
    if gold is not None and not same:
        stale += corpus_folder(gold, {".json"}, force, CORPUS_NAME_RE)
    check_writable(out)
    if gold is not None:
        check_writable(gold)
    started = time.monotonic()
    try:
        for path in stale:
            path.unlink()
        with progress_bar() as bar:
            written = write_corpus(
                out,
                pages,
                seed,
                gold_dir=gold,
                with_gold=gold is not None,
                progress=(lambda done, total: bar("writing pages", done, total)) if bar is not None else None,
            )
    except OSError as exc:
        fail(f"cannot write the pages: {exc.strerror or exc}: {exc.filename}", EXIT_FAILED)
    size = sum(p.stat().st_size for p in written)
    seconds = time.monotonic() - started
    if stale:
        out_console.print(f"removed {len(stale)} file(s) of an earlier synthetic corpus", markup=False)
    out_console.print(
        f"{len(written)} synthetic page(s), {size / 1e6:.1f} MB (seed {seed}) -> {clean_name(str(out))}/ "
        f"({seconds:.1f} s)",
        markup=False,
    )
    if gold is not None:
        out_console.print(f"gold: {clean_name(str(gold))}/ ({len(written)} synth_*.json)", markup=False)


def corpus_folder(folder: Path, suffixes: set[str], force: bool, corpus_name: re.Pattern[str]) -> list[Path]:
    """Check that ``folder`` can take a synthetic corpus; return the files of an earlier one to remove.

    Exit 2 when it is not a folder, when it holds files with one of ``suffixes``
    (pages, gold) that are not a synthetic corpus's, or when it is not empty and
    ``force`` is not given.
    """
    if folder.exists() and not folder.is_dir():
        fail(f"not a folder: {folder}")
    try:
        entries = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        fail(f"cannot read folder {folder}: {exc.strerror or exc}")
    ours = [e for e in entries if corpus_name.fullmatch(e.name) and e.is_file()]
    others = [e for e in entries if e.suffix in suffixes and e not in ours]
    if others:
        fail(
            f"{folder} holds {len(others)} other {'/'.join(sorted(suffixes))} file(s) (e.g. {others[0].name}); "
            "synthetic pages are written to an empty folder"
        )
    if entries and not force:
        fail(f"{folder} is not empty ({len(entries)} entries); use --force to replace an earlier synthetic corpus")
    return ours


if __name__ == "__main__":  # pragma: no cover
    app()
