"""Input files -> batches -> :class:`~textclean.models.PageResult` s.

What a run reads: folders expand to their ``*.txt`` files, inputs are ordered
by file name (so the output order never depends on the order of arguments),
and pages are grouped into batches of roughly equal size in bytes, the unit a
worker cleans at once.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .config import Config
from .decode import sha256_hex
from .models import PageResult, Reject
from .pipeline import clean_page

#: Default size of a batch of pages: big enough that per-task overhead is
#: negligible, small enough that batches spread over workers.
BATCH_BYTES = 4 * 1024 * 1024

#: OS errors that say the input itself is unusable; anything else (EIO, a
#: network file system hiccup) is raised so that the caller can retry.
PERMANENT_ERRNOS = frozenset({errno.ENOENT, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR, errno.ELOOP})


def collect_inputs(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders to their ``*.txt`` files; keep files given by name; sort by file name.

    Raises :class:`FileNotFoundError` naming the first path that does not exist.
    The same file named twice is kept once.
    """
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = [p for p in path.glob("*.txt") if p.is_file()]
        elif path.exists():
            candidates = [path]
        else:
            raise FileNotFoundError(errno.ENOENT, "no such file or folder", str(path))
        for p in candidates:
            found.setdefault(p.resolve(), p)
    return sorted(found.values(), key=lambda p: (p.name, str(p)))


def plan_batches(sizes: Sequence[tuple[str, int]], batch_bytes: int = BATCH_BYTES) -> list[list[str]]:
    """Group ``(path, size)`` pairs, in order, into batches of about ``batch_bytes``.

    A batch closes once it holds ``batch_bytes`` or more, so a page larger than
    that is a batch of its own.

    >>> plan_batches([("a", 3), ("b", 3), ("c", 3), ("d", 9), ("e", 1)], batch_bytes=6)
    [['a', 'b'], ['c', 'd'], ['e']]
    >>> plan_batches([])
    []
    """
    batches: list[list[str]] = []
    current: list[str] = []
    total = 0
    for path, size in sizes:
        current.append(path)
        total += size
        if total >= batch_bytes:
            batches.append(current)
            current, total = [], 0
    if current:
        batches.append(current)
    return batches


def batches_of(paths: Sequence[str | Path], batch_bytes: int = BATCH_BYTES) -> list[list[str]]:
    """:func:`plan_batches` over files on disk (a missing file counts as empty)."""

    def size(p: str | Path) -> int:
        try:
            return Path(p).stat().st_size
        except OSError:
            return 0

    return plan_batches([(str(p), size(p)) for p in paths], batch_bytes)


def clean_file(path: str | Path, config: Config | None = None) -> PageResult:
    """Read and clean one input file.

    A file that cannot be used (gone, unreadable, a folder) comes back
    rejected with reason ``unreadable``; other OS errors are raised, as they
    may pass on a retry.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        if exc.errno not in PERMANENT_ERRNOS:
            raise
        return PageResult(
            path.name, "", None, rejects=[Reject(path.name, "read", "unreadable", exc.strerror or str(exc))]
        )
    return clean_page(path.name, data, config)


def clean_files(paths: Iterable[str | Path], config: Config | None = None) -> list[PageResult]:
    """Clean a batch of files, in order."""
    return [clean_file(p, config) for p in paths]


@dataclass(frozen=True, slots=True)
class InputFile:
    """An input as the manifest records it."""

    path: str
    source: str
    sha256: str
    size: int


def fingerprint(paths: Iterable[str | Path]) -> list[InputFile]:
    """Name, size and sha256 of each input (unreadable ones get an empty sha256)."""
    out = []
    for p in map(Path, paths):
        try:
            data = p.read_bytes()
        except OSError:
            out.append(InputFile(str(p), p.name, "", 0))
        else:
            out.append(InputFile(str(p), p.name, sha256_hex(data), len(data)))
    return out
