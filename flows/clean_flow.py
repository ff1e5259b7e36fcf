"""The cleaning flow: input files -> dataset folder. Every task is one library call:

0. hold the output folder's lock for the whole run (a second run into the
   same folder fails at once with ``DatasetBusyError``);
1. list the inputs (folders expand to their ``*.txt`` files, at every run) and
   fingerprint them (sha256); stop early when ``out`` already holds the
   dataset these inputs and this code give;
2. find the rows of unchanged inputs in the previous dataset (:mod:`textclean.dataset.reuse`);
3. clean the other pages in batches of about ``batch_bytes``, one task per
   batch, each set aside as a part in the run's work folder
   (:mod:`textclean.run.pool`, :mod:`textclean.dataset.parts`): with the default
   task runner in a pool of ``workers`` processes, with Dask on its workers;
4. stream the parts and the reused rows, in input order, into the dataset
   files and commit them atomically (:mod:`textclean.dataset.assemble`);
5. publish a summary and a table of the inputs as Prefect artifacts.

The state of one run (its progress callback, its worker pool) is passed to
the steps that use it; nothing about a run is kept in this module.

Run it through ``textclean run`` (see ``textclean.cli``) or directly:
``python -m textclean.flows.clean_flow seeds data`` (inputs first, the dataset folder last).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from textclean.clean.decode import clean_name
from textclean.config import DEFAULT_INPUT_TIMEOUT, DEFAULT_MAX_BYTES, Backend, Config, Mode, TokenConfig
from textclean.dataset.assemble import Step, assemble
from textclean.dataset.files import REJECTS_JSONL
from textclean.dataset.lock import dataset_lock
from textclean.dataset.ownership import check_folder
from textclean.dataset.parts import Part, fresh_work_dir
from textclean.dataset.read import is_current, read_jsonl
from textclean.dataset.reuse import Reused, reusable
from textclean.flows import default_jieba_cache
from textclean.models import InputFile
from textclean.run.inputs import (
    BATCH_BYTES,
    batches_of,
    fingerprint,
    input_paths,
    input_roots,
    path_from_param,
)
from textclean.run.pool import BatchPool, batch_pool, default_workers, duplicate_flags, process_batch
from textclean.run.report import artifact_rows, input_rows, run_inputs, summary_markdown

#: Called as ``progress(stage, done, total)`` as a run goes, when set (:func:`report_progress`;
#: the CLI draws a progress bar with it): ``("cleaning", pages_done, pages_total)`` as batches
#: end, then ``("writing", inputs_done, inputs_total)`` as the dataset files are written.
#: Runs in the flow's process.
Progress = Callable[[str, int, int | None], None]
#: The callback runs started in this context report to (:func:`report_progress`); a run reads it as it starts.
_listener: ContextVar[Progress | None] = ContextVar("textclean_progress", default=None)
T = TypeVar("T")

# Results stay in memory (nothing to persist between runs: the dataset folder
# is the cache), so tasks neither hash their inputs for a cache key nor store results.
TASK_OPTIONS: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}


class RunResult:
    """What a run did: its manifest, whether it found the dataset already current, and each input's status.

    ``inputs``: the manifest's input entries as this run saw them (``status``
    ``processed``, ``reused`` or ``rejected``; all ``reused`` when the dataset
    was current). ``batches``: the batches of pages it cleaned.

    Not a dataclass, on purpose: Prefect walks a flow's return value looking
    for futures, into every field of a dataclass and down to each entry of the
    manifest; it takes other objects as they are.
    """

    def __init__(
        self,
        out: str,
        manifest: dict[str, Any],
        up_to_date: bool = False,
        batches: list[list[str]] | None = None,
        inputs: list[dict[str, Any]] | None = None,
    ) -> None:
        self.out = out
        self.manifest = manifest
        self.up_to_date = up_to_date
        self.batches = batches if batches is not None else []
        self.inputs = inputs if inputs is not None else []

    def __repr__(self) -> str:
        return (
            f"RunResult(out={self.out!r}, up_to_date={self.up_to_date}, "
            f"inputs={len(self.inputs)}, batches={len(self.batches)}, rejects={self.rejects})"
        )

    @property
    def rejects(self) -> int:
        return int(self.manifest["counts"]["rejects"])


class QuarantineError(RuntimeError):
    """``strict`` run with quarantined inputs or rows (the dataset is written all the same)."""

    def __init__(self, result: RunResult) -> None:
        super().__init__(f"--strict: {result.rejects} reject(s), see {result.out}/rejects.jsonl")
        self.result = result


@contextlib.contextmanager
def report_progress(callback: Progress | None) -> Iterator[None]:
    """Runs started in the block call ``callback(stage, done, total)`` as they go (None: don't); see :data:`Progress`."""
    token = _listener.set(callback)
    try:
        yield
    finally:
        _listener.reset(token)


def listener() -> Progress | None:
    """The callback of the :func:`report_progress` block this run started in (None: nobody listens)."""
    return _listener.get()


#: Set when the run is interrupted (SIGINT, SIGTERM): a task that failed then is not retried.
INTERRUPTED = threading.Event()


def not_interrupted(task: Any, task_run: Any, state: Any) -> bool:
    """Retry a failed task only when the run was not interrupted (its batch was abandoned, not broken)."""
    return not INTERRUPTED.is_set()


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def list_inputs(inputs: list[str], inputs_from: str | None = None) -> list[str]:
    """The input files: files as given, folders' ``*.txt`` entries, ordered by file name.

    ``inputs_from``: a file naming more inputs, one a line (as :func:`~textclean.run.inputs.path_to_param` gives them).
    """
    listed = Path(inputs_from).read_text(encoding="utf-8").splitlines() if inputs_from else []
    return input_paths([*inputs, *(path_from_param(line) for line in listed if line)])


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def fingerprint_inputs(inputs: list[str], stat_dir: str | None = None, config: Config | None = None) -> list[InputFile]:
    """Name and sha256 of every input (only changed ones are read when ``stat_dir``'s quick-check cache knows them)."""
    return fingerprint(inputs, stat_dir, config)


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def current_manifest(out: str, files: list[InputFile], config: Config) -> dict[str, Any] | None:
    """The manifest of ``out`` if it is already the dataset of these inputs, else None.

    The flow holds the folder's lock (``locked``: this task may run in another process).
    """
    return is_current(out, files, config, locked=True)


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def reusable_results(out: str, files: list[InputFile], config: Config) -> dict[str, Reused]:
    """Results of unchanged inputs in the previous dataset of ``out``, by source (the flow holds the lock)."""
    return reusable(out, files, config)


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def clean_batch(
    paths: list[str], config: Config, work_dir: str, index: int, duplicates: list[bool], pool: BatchPool | None = None
) -> Part:
    """Clean a batch of pages into part ``index`` of the work folder (bad pages come back rejected, not raised).

    Runs in the run's process ``pool`` when it has one (the default task runner), else here.
    """
    if pool is not None:
        return pool.process_batch(paths, config, work_dir, index, duplicates)
    return process_batch(paths, config, work_dir, index, duplicates)


@task(retries=2, retry_delay_seconds=1, retry_condition_fn=not_interrupted, **TASK_OPTIONS)
def read_rejects(out: str) -> list[dict[str, Any]]:
    """The dataset's rejects (for the run report)."""
    return read_jsonl(f"{out}/{REJECTS_JSONL}")


def clean_batches(
    batches: list[list[str]],
    duplicates: list[list[bool]],
    config: Config,
    work_dir: str,
    progress: Progress | None = None,
) -> list[Part]:
    """Clean the batches on the flow's task runner; their parts in batch order, ``progress`` told as batches end.

    With more than one batch and ``config.workers`` > 1, the batches run in a
    pool of that many processes (the tasks, threads of this process, hand their
    batch to it), unless the flow runs on another task runner than Prefect's
    threads (Dask has worker processes of its own).
    """
    context = FlowRunContext.get()
    threads = context is not None and isinstance(context.task_runner, ThreadPoolTaskRunner)
    with batch_pool(min(config.workers if threads else 1, len(batches)), config) as pool:
        futures = clean_batch.map(
            batches,
            config=unmapped(config),
            work_dir=unmapped(work_dir),
            index=list(range(len(batches))),
            duplicates=duplicates,
            pool=unmapped(pool),
        )
        total, done = sum(map(len, batches)), 0
        size = {id(f): len(b) for f, b in zip(futures, batches, strict=True)}
        if progress is not None and total:
            progress("cleaning", 0, total)
            for future in as_completed(futures):
                done += size[id(future)]
                progress("cleaning", done, total)
        return [future.result() for future in futures]


def unwalked(value: T) -> T:
    """``value`` as a task argument Prefect does not walk looking for futures (the task gets it as it is).

    Without it Prefect visits every row and token of the tables.
    """
    return cast(T, quote(value))


def publish_report(result: RunResult, out: str) -> None:
    """A markdown summary and a table of the inputs (status, articles, rejects and reasons) as artifacts."""
    rejects = read_rejects(out) if result.rejects else []
    create_markdown_artifact(
        summary_markdown(result.out, result.manifest, result.inputs, result.up_to_date),
        key="textclean-run-summary",
        description="What this textclean run did",
    )
    create_table_artifact(
        artifact_rows(input_rows(result.inputs, rejects)) or [{"source": "(no inputs)"}],
        key="textclean-inputs",
        description="Each input: status (processed / reused / rejected), articles, rejects and their reasons",
    )


@task(**TASK_OPTIONS)
def write(
    out: str,
    steps: list[Step],
    parts: list[Part],
    config: Config,
    paths: list[str],
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Stream the parts and the reused rows into the dataset files, commit them; return the manifest.

    The flow holds the folder's lock. Not retried: the parts are consumed as they are written.
    ``progress`` is told every 100 inputs written.
    """

    def report(done: int, total: int) -> None:
        if progress is not None and (done == total or done % 100 == 0):
            progress("writing", done, total)

    return assemble(out, steps, parts, config, paths, locked=True, progress=report)


def plan(
    paths: list[str], files: list[InputFile], reused: dict[str, Reused], batch_bytes: int
) -> tuple[list[Step], list[list[str]], list[list[bool]]]:
    """Each input's step (reused, or cleaned in a batch) and the batches with their duplicate flags."""
    steps: list[Step] = [reused.get(f.source) for f in files]
    flags = duplicate_flags(files)
    todo = [(p, dup) for p, step, dup in zip(paths, steps, flags, strict=True) if step is None]
    batches = batches_of([p for p, _ in todo], batch_bytes)
    dups = iter(dup for _, dup in todo)
    return steps, batches, [[next(dups) for _ in batch] for batch in batches]


def flow_config(
    max_bytes: int,
    script_mode: Mode,
    protect: list[str] | None,
    tokens: bool,
    keywords_top_k: int,
    user_dict: str | None,
    tokenizer: Backend,
    workers: int,
) -> Config:
    """The run's :class:`~textclean.config.Config` from the flow's parameters of these names.

    jieba caches its dictionary in :func:`~textclean.flows.default_jieba_cache`;
    ``workers`` 0 is one per core (:func:`~textclean.run.pool.default_workers`).
    """
    token_config = TokenConfig(
        user_dict=Path(path_from_param(user_dict)) if user_dict else None,
        cache_dir=default_jieba_cache(),
        backend=tokenizer,
    )
    workers = workers or default_workers()
    return Config(
        max_bytes=max_bytes,
        script_mode=script_mode,
        protect=frozenset(protect or ()),
        tokens=tokens,
        keywords_top_k=keywords_top_k,
        token_config=token_config,
        workers=workers,
    )


def clean_and_write(
    out: str,
    paths: list[str],
    files: list[InputFile],
    config: Config,
    batch_bytes: int,
    force: bool,
    progress: Progress | None,
) -> RunResult:
    """Steps 2 to 4: reuse the rows of unchanged inputs (none when ``force``), clean the others, write the dataset."""
    reused = {} if force else reusable_results(out, unwalked(files), config)
    steps, batches, duplicates = plan(paths, files, reused, batch_bytes)
    get_run_logger().info(
        "%d inputs: %d reused, cleaning %d in %d batch(es) with %d worker(s)",
        len(paths),
        len(reused),
        sum(map(len, batches)),
        len(batches),
        min(config.workers, len(batches)) if len(batches) > 1 else 1,
    )
    parts = clean_batches(batches, duplicates, config, str(fresh_work_dir(out)), progress)
    if progress is not None:
        progress("writing", 0, None)
    manifest = write(out, unwalked(steps), unwalked(parts), config, unwalked(paths), unwalked(progress))
    return RunResult(clean_name(out), manifest, batches=batches, inputs=run_inputs(manifest, False))


@flow(name="textclean-clean", log_prints=False)
def clean_flow(
    inputs: list[str],
    out: str = "data",
    strict: bool = False,
    force: bool = False,
    batch_bytes: int = BATCH_BYTES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    script_mode: Mode = "none",
    protect: list[str] | None = None,
    tokens: bool = True,
    keywords_top_k: int = 10,
    user_dict: str | None = None,
    workers: int = 0,
    tokenizer: Backend = "jieba",
    inputs_from: str | None = None,
    follow_symlinks: bool = False,
    input_timeout: float = DEFAULT_INPUT_TIMEOUT,
) -> RunResult:
    """Clean ``inputs`` (files, or folders whose ``*.txt`` files are read) into the dataset folder ``out``.

    Inputs unchanged since ``out`` was written (same bytes, rules and code) keep
    their rows; ``force`` rebuilds everything. With ``strict``, any reject makes
    the run fail after writing (:class:`QuarantineError`); another run writing
    ``out`` makes it fail at once (:class:`~textclean.dataset.lock.DatasetBusyError`).
    Paths come as :func:`~textclean.run.inputs.path_to_param` gives them (flow
    parameters travel as JSON, at most 512 KiB: ``inputs_from`` names a file
    listing more inputs, one a line). An input that is a symbolic link is read only when it points
    into one of the input folders, or with ``follow_symlinks``. An input whose cleaning takes longer than
    ``input_timeout`` seconds (0: no limit) is quarantined (``timeout``) and cleaned again by the next run.
    The other parameters: :func:`flow_config`.
    """
    config = flow_config(max_bytes, script_mode, protect, tokens, keywords_top_k, user_dict, tokenizer, workers)
    progress = listener()  # (the flow itself must not name the ContextVar: Dask pickles it by value)
    inputs = [path_from_param(p) for p in inputs]
    config = dataclasses.replace(
        config, follow_symlinks=follow_symlinks, input_roots=input_roots(inputs), input_timeout=input_timeout
    )
    out = path_from_param(out)
    check_folder(out)  # never write among files textclean did not write
    with dataset_lock(out):
        paths = list_inputs(inputs, path_from_param(inputs_from) if inputs_from else None)
        files = fingerprint_inputs(unwalked(paths), None if force else out, config)
        manifest = None if force else current_manifest(out, unwalked(files), config)
        if manifest is not None:
            get_run_logger().info("%s is current for these %d inputs: nothing to do", clean_name(out), len(paths))
            result = RunResult(clean_name(out), manifest, up_to_date=True, inputs=run_inputs(manifest, True))
        else:
            result = clean_and_write(out, paths, files, config, batch_bytes, force, progress)
    get_run_logger().info("counts: %s", result.manifest["counts"])
    publish_report(result, out)
    if strict and result.rejects:
        raise QuarantineError(result)
    return result


#: Task runners of ``textclean run --runner``.
RUNNERS = ("default", "dask")
#: Workers of the temporary Dask cluster (processes, one thread each).
DASK_WORKERS = 2


def dask_runner(address: str | None = None, workers: int = DASK_WORKERS) -> Any:
    """A ``DaskTaskRunner``: on the scheduler at ``address``, or on a temporary ``LocalCluster``.

    The temporary cluster has ``workers`` worker processes of one thread each
    and listens on loopback only (its HTTP endpoint, where a dashboard would be,
    on a free port: not 8787, which another cluster may hold); it is made when
    the flow starts and closed when it ends.
    """
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": workers,
            "processes": True,
            "threads_per_worker": 1,
            "host": "127.0.0.1",
            "dashboard_address": "127.0.0.1:0",
            "silence_logs": logging.ERROR,
        }
    )


def flow_with_runner(runner: str = "default", address: str | None = None) -> Any:
    """:func:`clean_flow` on the task runner named ``runner`` (see :data:`RUNNERS`); ``address`` is a Dask scheduler's."""
    if runner not in RUNNERS:
        raise ValueError(f"unknown runner {runner!r}; expected one of {', '.join(RUNNERS)}")
    if runner == "dask":
        return clean_flow.with_options(task_runner=dask_runner(address))
    if address:
        raise ValueError("--address is for --runner dask")
    return clean_flow


if __name__ == "__main__":  # python -m textclean.flows.clean_flow INPUT... OUT
    from textclean.run.inputs import path_to_param

    if len(sys.argv) < 3:
        sys.exit("usage: python -m textclean.flows.clean_flow INPUT... OUT")
    *args, target = sys.argv[1:]  # folders as given: the flow lists them (a flow parameter holds 512 KiB at most)
    print(clean_flow([path_to_param(p) for p in args], path_to_param(target)).manifest["counts"])
