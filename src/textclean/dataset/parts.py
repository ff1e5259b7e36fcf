"""A batch's rows as a *part*: set aside in the run's work folder until the dataset is written.

A batch of pages (:func:`~textclean.run.pool.process_batch`) becomes a part:

- ``part-NNNNN.articles.arrow`` and ``part-NNNNN.paragraphs.arrow``: the rows,
  Arrow IPC files (lz4), schemas :data:`~textclean.dataset.arrow.ARTICLES_ARROW` and
  :data:`~textclean.dataset.arrow.PARAGRAPHS_ARROW`;
- ``part-NNNNN.articles.jsonl``: the same article rows as ``articles.jsonl`` lines.

What a run keeps is a small :class:`Part`: the inputs' manifest entries, their
row counts and rejects, and where the files are. The dataset writer
(:mod:`textclean.dataset.assemble`) then streams the parts, in order, into the dataset
files, so no process ever holds the whole corpus: memory grows with the batch
size, not with the number of pages.
"""

from __future__ import annotations

import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.files import Record, jsonl_bytes
from textclean.dataset.rows import Tables
from textclean.models import Reject

#: The work folder of a run, inside the dataset folder (hidden; removed when the run ends).
WORK_DIR = ".textclean-work"
#: Arrow IPC compression of the parts (fast; they live only for the run).
PART_COMPRESSION = "lz4"
#: Tries at removing the work folder, this many seconds apart (:func:`remove_work_dir`): an interrupted run's
#: batch slot in the run's own process may be creating a part file while the folder is removed (writing the
#: three files of a part takes well under the two seconds these tries span).
REMOVE_TRIES = 40
REMOVE_RETRY_DELAY = 0.05


@dataclass
class PartData:
    """A part's rows: article and paragraph tables and the articles' JSONL lines (each ending in a newline)."""

    articles: pa.Table
    paragraphs: pa.Table
    lines: list[bytes]


@dataclass
class Part:
    """The rows of a batch of inputs, in input order, on disk (``base``) or in memory (``data``).

    ``inputs``: the inputs' manifest entries (source, sha256, encoding,
    decode_errors, removed_chars, status, articles, rejects), in input order;
    ``paragraphs``: each input's number of paragraph rows; ``rejects``: each
    input's rejects. An input's rows follow the previous input's in every table.
    """

    inputs: list[Record]
    paragraphs: list[int]
    rejects: list[list[Reject]]
    base: str | None = None
    data: PartData | None = field(default=None, repr=False)

    def load(self) -> PartData:
        """The rows (read from disk for a part written by :func:`write_part`)."""
        if self.data is not None:
            return self.data
        if self.base is None:
            raise ValueError("a part with neither files nor rows")
        articles = _read_ipc(Path(f"{self.base}.articles.arrow"))
        paragraphs = _read_ipc(Path(f"{self.base}.paragraphs.arrow"))
        with open(f"{self.base}.articles.jsonl", "rb") as fh:
            lines = fh.readlines()
        return PartData(articles, paragraphs, lines)

    def remove(self) -> None:
        """Delete the part's files (nothing for a part in memory)."""
        if self.base is not None:
            for suffix in (".articles.arrow", ".paragraphs.arrow", ".articles.jsonl"):
                Path(f"{self.base}{suffix}").unlink(missing_ok=True)


def part_of_tables(tables: Tables) -> Part:
    """A part in memory holding ``tables`` (built by :func:`~textclean.dataset.rows.build_tables`)."""
    articles = pa.Table.from_pylist(tables.articles, schema=ARTICLES_ARROW)
    paragraphs = pa.Table.from_pylist(tables.paragraphs, schema=PARAGRAPHS_ARROW)
    lines = jsonl_bytes(tables.articles).splitlines(keepends=True)
    return Part(tables.inputs, *_per_input(tables), data=PartData(articles, paragraphs, lines))


def write_part(tables: Tables, base: Path) -> Part:
    """Write ``tables`` as the part files ``BASE.*`` (see the module docstring); return the :class:`Part`."""
    data = part_of_tables(tables).data
    assert data is not None
    _write_ipc(Path(f"{base}.articles.arrow"), data.articles)
    _write_ipc(Path(f"{base}.paragraphs.arrow"), data.paragraphs)
    Path(f"{base}.articles.jsonl").write_bytes(b"".join(data.lines))
    return Part(tables.inputs, *_per_input(tables), base=str(base))


def _per_input(tables: Tables) -> tuple[list[int], list[list[Reject]]]:
    """Each input's paragraph-row count and rejects (``tables.rejects`` holds them input after input)."""
    paragraphs = Counter(row["source"] for row in tables.paragraphs)
    rejects: list[list[Reject]] = []
    start = 0
    for entry in tables.inputs:
        rejects.append(tables.rejects[start : start + entry["rejects"]])
        start += entry["rejects"]
    if start != len(tables.rejects):
        raise ValueError(f"{len(tables.rejects)} rejects, the inputs count {start}")
    counts = [paragraphs[entry["source"]] if entry["articles"] else 0 for entry in tables.inputs]
    return counts, rejects


def _write_ipc(path: Path, table: pa.Table) -> None:
    options = pa.ipc.IpcWriteOptions(compression=PART_COMPRESSION)
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema, options=options) as writer:
        writer.write_table(table)


def _read_ipc(path: Path) -> pa.Table:
    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).read_all()


def fresh_work_dir(out_dir: str | Path) -> Path:
    """The run's work folder in ``out_dir``, emptied (what a crashed run left there goes). Call it holding the lock."""
    work = Path(out_dir) / WORK_DIR
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return work


def remove_work_dir(out_dir: str | Path) -> None:
    """Remove the run's work folder from ``out_dir`` (if there is one), trying again while it is still there.

    An interrupted run removes it while its batch slot in the run's own process (a thread, which no signal
    stops) may still be writing a part: a file created between ``rmtree`` listing the folder and removing it
    kept the folder, and the run left it behind. Once the folder is gone, nothing makes it again (a part is
    written into the folder, never creates it), so the tries end there; :data:`REMOVE_TRIES` at most.
    """
    work = Path(out_dir) / WORK_DIR
    for attempt in range(REMOVE_TRIES):
        shutil.rmtree(work, ignore_errors=True)
        if not work.exists() or attempt + 1 == REMOVE_TRIES:
            return
        time.sleep(REMOVE_RETRY_DELAY)
