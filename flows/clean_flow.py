"""The cleaning flow: input files -> dataset folder.

Reads like a table of contents; every task is one library call:

0. hold the output folder's lock for the whole run (a second run into the
   same folder fails at once with ``DatasetBusyError``);
1. fingerprint the inputs (sha256) and stop early when ``out`` already holds
   the dataset these inputs and this code give;
2. clean the pages in batches of about ``batch_bytes`` (one task per batch, mapped);
3. build and validate the tables, quarantining failing rows;
4. write the dataset atomically.

Run it through ``textclean run`` (see ``textclean.cli``) or directly:
``python -m flows.clean_flow seeds data`` (inputs first, the dataset folder last).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE

from textclean.config import DEFAULT_MAX_BYTES, Config
from textclean.decode import clean_name
from textclean.inputs import BATCH_BYTES, InputFile, batches_of, clean_files, fingerprint, path_from_param
from textclean.models import PageResult
from textclean.writer import Tables, build_tables, dataset_lock, is_current, write_dataset

# Results stay in memory (nothing to persist between runs: the dataset folder
# is the cache), so tasks neither hash their inputs for a cache key nor store results.
TASK_OPTIONS: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}


@dataclass
class RunResult:
    """What a run did: its manifest, and whether it found the dataset already current."""

    out: str
    manifest: dict[str, Any]
    up_to_date: bool = False
    batches: list[list[str]] = field(default_factory=list)

    @property
    def rejects(self) -> int:
        return int(self.manifest["counts"]["rejects"])


class QuarantineError(RuntimeError):
    """``strict`` run with quarantined inputs or rows (the dataset is written all the same)."""

    def __init__(self, result: RunResult) -> None:
        super().__init__(f"--strict: {result.rejects} reject(s), see {result.out}/rejects.jsonl")
        self.result = result


@task(retries=2, retry_delay_seconds=1, **TASK_OPTIONS)
def fingerprint_inputs(inputs: list[str]) -> list[InputFile]:
    """Name and sha256 of every input."""
    return fingerprint(inputs)


@task(retries=2, retry_delay_seconds=1, **TASK_OPTIONS)
def current_manifest(out: str, files: list[InputFile], config: Config) -> dict[str, Any] | None:
    """The manifest of ``out`` if it is already the dataset of these inputs, else None.

    The flow holds the folder's lock (``locked``: this task may run in another process).
    """
    return is_current(out, files, config, locked=True)


@task(retries=2, retry_delay_seconds=1, **TASK_OPTIONS)
def clean_batch(paths: list[str], config: Config) -> list[PageResult]:
    """Read and clean a batch of pages (bad pages come back rejected, not raised)."""
    return clean_files(paths, config)


@task(**TASK_OPTIONS)
def validate(results: list[PageResult]) -> Tables:
    """Tables from the cleaned pages, failing rows quarantined."""
    return build_tables(results)


@task(retries=2, retry_delay_seconds=1, **TASK_OPTIONS)
def write(out: str, tables: Tables, config: Config, paths: list[str]) -> dict[str, Any]:
    """Write the dataset atomically; return its manifest (the flow holds the folder's lock)."""
    return write_dataset(out, tables, config, paths, locked=True)


@flow(name="textclean-clean", log_prints=False)
def clean_flow(
    inputs: list[str],
    out: str = "data",
    strict: bool = False,
    force: bool = False,
    batch_bytes: int = BATCH_BYTES,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RunResult:
    """Clean ``inputs`` (files, in order) into the dataset folder ``out``.

    ``force`` rebuilds even when ``out`` is current; inputs larger than
    ``max_bytes`` are quarantined (``too_large``). With ``strict``, any
    reject makes the run fail (after writing) with :class:`QuarantineError`.
    Another run writing ``out`` makes this one fail at once
    (:class:`~textclean.writer.DatasetBusyError`), before anything is read.
    Paths whose names are not UTF-8 come in the form of
    :func:`~textclean.inputs.path_to_param` (flow parameters travel as JSON).
    """
    logger = get_run_logger()
    config = Config(max_bytes=max_bytes, strict=strict)
    inputs = [path_from_param(p) for p in inputs]
    out = path_from_param(out)
    with dataset_lock(out):
        files = fingerprint_inputs(inputs)
        manifest = None if force else current_manifest(out, files, config)
        if manifest is not None:
            logger.info("%s is current for these %d inputs: nothing to do", clean_name(out), len(inputs))
            result = RunResult(clean_name(out), manifest, up_to_date=True)
        else:
            batches = batches_of(inputs, batch_bytes)
            logger.info("cleaning %d inputs in %d batch(es)", len(inputs), len(batches))
            cleaned = clean_batch.map(batches, config=unmapped(config)).result()
            tables = validate([page for batch in cleaned for page in batch])
            manifest = write(out, tables, config, inputs)
            result = RunResult(clean_name(out), manifest, batches=batches)
    logger.info("counts: %s", manifest["counts"])
    if strict and result.rejects:
        raise QuarantineError(result)
    return result


if __name__ == "__main__":  # python -m flows.clean_flow INPUT... OUT
    from textclean.inputs import collect_inputs, path_to_param

    if len(sys.argv) < 3:
        sys.exit("usage: python -m flows.clean_flow INPUT... OUT")
    *args, target = sys.argv[1:]
    print(clean_flow([path_to_param(p) for p in collect_inputs(args)], path_to_param(target)).manifest["counts"])
