"""Batches cleaned in worker processes: :func:`process_batch` and the :class:`BatchPool` that runs it.

:func:`process_batch` does all the per-page work of one batch, in whatever
process it runs (a worker of :class:`BatchPool`, a Dask worker, or the caller):
read and clean the pages, convert, validate and tokenise their rows
(:func:`~textclean.dataset.rows.build_tables`), then write them into the run's work
folder as a part (:mod:`textclean.dataset.parts`). Nothing here imports Prefect.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import gc
import multiprocessing
import os
import queue
import signal
import threading
import weakref
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Any

import pyarrow as pa

from textclean.analysis.keywords import idf_table
from textclean.analysis.tokens import shared_tokenizer
from textclean.config import Config
from textclean.dataset.parts import Part, write_part
from textclean.dataset.rows import build_tables
from textclean.models import InputFile
from textclean.run.inputs import clean_files


def duplicate_flags(files: Sequence[InputFile]) -> list[bool]:
    """For each input, whether an earlier input has its file name (rows key on the name: the first one wins).

    >>> duplicate_flags([InputFile("a/x.txt", "x.txt", "", 0), InputFile("b/x.txt", "x.txt", "", 0)])
    [False, True]
    """
    seen: set[str] = set()
    flags = []
    for f in files:
        flags.append(f.source in seen)
        seen.add(f.source)
    return flags


def process_batch(
    paths: Sequence[str], config: Config, work_dir: str | Path, index: int, duplicates: Sequence[bool] | None = None
) -> Part:
    """Clean the pages at ``paths``, build and validate their rows, and write them as part ``index`` of ``work_dir``.

    ``duplicates``: which of the inputs repeat an earlier input's file name
    (:func:`duplicate_flags` over the whole run; they become ``duplicate_source``
    rejects). Tokenising stays in this process (the batches are what runs in parallel).
    """
    config = dataclasses.replace(config, workers=1)
    tables = build_tables(clean_files(paths, config), config, duplicates=duplicates)
    return write_part(tables, Path(work_dir) / f"part-{index:05d}")


def load_tokenizer(config: Config) -> None:
    """Load what tokens and keywords of ``config`` need now rather than in the first batch.

    The tokenizer's dictionary and, for keywords, jieba's IDF table.
    """
    if config.tokens or config.keywords_top_k:
        shared_tokenizer(config.token_config).load()
    if config.keywords_top_k:
        idf_table()


#: ``prctl`` option that sends the calling process a signal when its parent dies (Linux).
PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Make this worker process get SIGKILL when its parent dies, however the parent dies (even ``kill -9``).

    Otherwise a killed run's workers live on, holding their memory and able to
    write into the next run's work folder. Linux only; elsewhere nothing is done.
    If the parent died before this call, exit at once.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        return
    if os.getppid() != parent:  # the parent is gone already: no signal will come
        os._exit(1)


def _warm_worker(config: Config, parent: int | None = None) -> None:
    """Set up a worker process when the pool starts: tied to its parent's life
    (:func:`die_with_parent`), Arrow on the system allocator, the tokenizer loaded,
    what is loaded so far frozen out of the garbage collector's walks.

    Arrow's default allocator (mimalloc) keeps what a batch freed; the system
    one hands it back, at no cost in speed here. The
    tokenizer is loaded now rather than on the worker's first batch (:func:`load_tokenizer`).
    ``gc.freeze()``: the modules' objects live as long as the worker, and a full
    collection walked them all; on a 400-page sample the collector's share of
    the cleaning falls from about 10% to 3% (``bench/run_bench.py`` freezes the
    same way before it times the stages).
    """
    if parent is not None:
        die_with_parent(parent)
    pa.set_memory_pool(pa.system_memory_pool())
    load_tokenizer(config)
    gc.freeze()


def default_workers() -> int:
    """Processes that clean batches by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


#: The pools of this process that are open, for :func:`terminate_pools`.
_open_pools: weakref.WeakSet[BatchPool] = weakref.WeakSet()


def terminate_pools() -> None:
    """Kill the worker processes of every open pool now (an interrupted run): their batches are abandoned.

    The multiprocessing resource tracker goes too: it would only warn, after this
    process has exited, about the semaphores of the workers it saw killed.
    """
    pools = list(_open_pools)
    for pool in pools:
        pool.terminate()
    tracker = getattr(resource_tracker, "_resource_tracker", None)
    pid = getattr(tracker, "_pid", None)
    if pools and pid:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


class BatchPool:
    """``workers`` slots that run :func:`process_batch`: worker processes, and this process for one of them.

    Cleaning is CPU-bound Python: batches run in processes, not threads.
    With ``local`` (the default), one slot is this process itself: a run's own
    process mostly waits while the batches are cleaned, and one worker
    process fewer saves its imports and memory. Each slot is a thread that
    takes the next batch off one queue, so every slot stays busy whichever
    finishes first; only one batch at a time runs in this process.

    The worker processes are started with ``spawn`` (the caller may run
    threads, as Prefect does); each imports textclean and loads the tokenizer
    once. They start with the first batches, or at once with ``start`` (and
    the local slot then loads its tokenizer at once too). A pool that cleans
    in this process puts this process's Arrow on the system allocator, as the
    workers' (:func:`_warm_worker`).
    """

    def __init__(self, workers: int, config: Config, start: bool = False, local: bool = True) -> None:
        self.workers = workers
        self.local = local and workers > 1
        self.processes = workers - 1 if self.local else workers
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            self.processes, mp_context=context, initializer=_warm_worker, initargs=(config, os.getpid())
        )
        self._jobs: queue.SimpleQueue[tuple[tuple[Any, ...], Future[Part]] | None] = queue.SimpleQueue()
        self._closing = False
        self._terminated = False
        _open_pools.add(self)
        if start:  # the executor starts a process for each job that finds none idle
            for _ in range(self.processes):
                self._pool.submit(int)
        self._slots = [
            threading.Thread(
                target=self._serve,
                args=(i == 0 and self.local, config if start else None),
                name=f"textclean-batch-slot-{i}",
                daemon=True,
            )
            for i in range(workers)
        ]
        for slot in self._slots:
            slot.start()

    def _serve(self, here: bool, warm: Config | None) -> None:
        """A slot: run queued batches (in this process when ``here``, else in a worker) until closed."""
        if here:
            pa.set_memory_pool(pa.system_memory_pool())
            if warm is not None:
                with contextlib.suppress(Exception):  # the first batch loads it, and reports what fails
                    load_tokenizer(warm)
        while (job := self._jobs.get()) is not None:
            args, future = job
            if self._closing:
                future.cancel()
                continue
            if not future.set_running_or_notify_cancel():
                continue
            try:
                part = process_batch(*args) if here else self._pool.submit(process_batch, *args).result()
            except BaseException as exc:  # the batch's task sees it (and Prefect retries it)
                future.set_exception(exc)
            else:
                future.set_result(part)

    def process_batch(
        self,
        paths: Sequence[str],
        config: Config,
        work_dir: str | Path,
        index: int,
        duplicates: Sequence[bool] | None = None,
    ) -> Part:
        """:func:`process_batch` in the next free slot; blocks until it is done."""
        if self._closing:
            raise RuntimeError("the batch pool is closed")
        future: Future[Part] = Future()
        self._jobs.put(((list(paths), config, str(work_dir), index, duplicates), future))
        return future.result()

    def terminate(self) -> None:
        """Kill the worker processes at once; queued batches are cancelled, running ones fail (an interrupt)."""
        self._closing = self._terminated = True
        for process in list(getattr(self._pool, "_processes", {}).values()):
            with contextlib.suppress(OSError):
                process.kill()

    def close(self) -> None:
        """Stop the slots (batches not started yet are cancelled) and the worker processes."""
        _open_pools.discard(self)
        self._closing = True
        for _ in self._slots:
            self._jobs.put(None)
        if self._terminated:  # an interrupt: the slots are daemons, a batch in this process is abandoned
            self._pool.shutdown(wait=False, cancel_futures=True)
            return
        for slot in self._slots:
            slot.join()
        self._pool.shutdown(wait=True, cancel_futures=True)


#: A pool started ahead of its run (:func:`start_pool_early`), for the next :func:`batch_pool` of as many workers.
_early: BatchPool | None = None
_early_guard = threading.Lock()


def start_pool_early(workers: int, config: Config) -> None:
    """Start the slots of this process's next :func:`batch_pool` of ``workers`` now: its processes, its tokenizer.

    Their start-up (imports, the tokenizer's dictionary) then overlaps what this process does meanwhile (``textclean run``: start
    Prefect). ``config`` says which tokenizer to load; a batch with another
    configuration still runs right, it only loads its own tokenizer first.
    Stop the pool with :func:`close_early_pool` when no such block took it.
    """
    global _early
    close_early_pool()
    if workers >= 2:
        with _early_guard:
            _early = BatchPool(workers, config, start=True)


def close_early_pool() -> None:
    """Stop the pool :func:`start_pool_early` started, if no :func:`batch_pool` took it."""
    global _early
    with _early_guard:
        pool, _early = _early, None
    if pool is not None:
        pool.close()


def _take_early(workers: int) -> BatchPool | None:
    global _early
    with _early_guard:
        if _early is None or _early.workers != workers:
            return None
        pool, _early = _early, None
        return pool


@contextlib.contextmanager
def batch_pool(workers: int, config: Config) -> Iterator[BatchPool | None]:
    """A :class:`BatchPool` of ``workers`` slots for the block (None when ``workers`` < 2: work in this process).

    The pool :func:`start_pool_early` started, when it has as many slots; else a new one.
    """
    if workers < 2:
        yield None
        return
    pool = _take_early(workers) or BatchPool(workers, config)
    try:
        yield pool
    finally:
        pool.close()
