"""Hash only the files that changed: the stat "quick check" of make, rsync and git.

A run needs the sha256 of every input (the manifest records them) and, to
trust the previous dataset, of every file of it: most of a rerun's reading
after one page changed. A file's stat (size, modification and change times in nanoseconds, inode and
device) changes whenever its contents do, so a run records, in the dataset
folder (:data:`STAT_FILE`), the stat and sha256 of the files it hashed, and
the next run reads only those whose stat differs.

Two files changed within one tick of the file system's clock can keep their
times. So an input's entry is trusted only if the file had not changed for
:data:`SETTLED_NS` when it was hashed (a page being edited is hashed on every
run until it settles). The dataset's own files are recorded as they are
committed, under the folder's lock, by the run that computed their sha256 as
it wrote them. The file is a cache: anything unreadable in it means "hash
everything", and it is written by rename, never in place.

The same check spares a long-running process (``textclean watch``) parsing
files again: :func:`parsed` keeps what a parse of a file gave while the
file's stat is unchanged, and a run seeds it with the files it has just
committed (:func:`remember`), so the next run does not parse the
manifest, the quick-check cache or the Parquet footers it wrote itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from textclean.dataset.safeio import open_regular, read_regular

#: The cache's file in a dataset folder (hidden, like the folder's lock).
STAT_FILE = ".textclean-stat.json"
#: An input whose last change is more recent than this when it is hashed is not cached.
SETTLED_NS = 2_000_000_000
VERSION = 1

#: How many files :func:`parsed` keeps (a dataset folder needs four).
PARSED_FILES = 8

#: size, mtime_ns, ctime_ns, inode, device.
Signature = tuple[int, int, int, int, int]
T = TypeVar("T")


def signature(st: os.stat_result) -> Signature:
    """What the quick check compares: size, modification and change times (ns), inode, device."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def settled(st: os.stat_result, hashed_at_ns: int) -> bool:
    """Whether a file stat'ed as ``st`` had been left alone for :data:`SETTLED_NS` at ``hashed_at_ns``.

    >>> st = os.stat_result((0o100644, 1, 2, 1, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 5_000_000_000, 5_000_000_000))
    >>> settled(st, 7_000_000_001), settled(st, 6_000_000_000)
    (True, False)
    """
    return max(st.st_mtime_ns, st.st_ctime_ns) < hashed_at_ns - SETTLED_NS


_parsed: OrderedDict[str, tuple[Signature, Any]] = OrderedDict()
_parsed_lock = threading.Lock()


def parsed(path: str | Path, parse: Callable[[Path], T]) -> T:
    """``parse(path)``, or what it gave before in this process if the file's :func:`signature` has not changed.

    The value is shared between callers: they must not change it. The files
    this is for are replaced by rename, never rewritten in place, so a new
    version has a new inode (and its own times). Raises what ``os.stat`` or
    ``parse`` raise.
    """
    key = os.path.abspath(path)
    before = signature(os.stat(path))
    with _parsed_lock:
        hit = _parsed.get(key)
        if hit is not None and hit[0] == before:
            _parsed.move_to_end(key)
            return hit[1]
    value = parse(Path(path))
    if signature(os.stat(path)) == before:  # not replaced while it was read
        _keep(key, before, value)
    return value


def remember(path: str | Path, value: Any) -> None:
    """Record ``value`` as what parsing ``path``, as it is now, gives (a run that has just written it knows)."""
    try:
        _keep(os.path.abspath(path), signature(os.stat(path)), value)
    except OSError:
        return


def forget_parsed() -> None:
    """Drop everything :func:`parsed` keeps."""
    with _parsed_lock:
        _parsed.clear()


def _keep(key: str, sig: Signature, value: Any) -> None:
    with _parsed_lock:
        _parsed[key] = (sig, value)
        _parsed.move_to_end(key)
        while len(_parsed) > PARSED_FILES:
            _parsed.popitem(last=False)


def _read_json(path: Path) -> Any:
    return json.loads(read_regular(path))


class StatCache:
    """The recorded sha256 of files by path, valid while the file's :func:`signature` is the recorded one.

    ``section`` names a group of entries replaced as a whole by :func:`save_section`
    (``inputs``: the pages of the last run; ``outputs``: the dataset's files).
    """

    def __init__(self, entries: Mapping[str, tuple[Signature, str]] | None = None) -> None:
        self.entries: dict[str, tuple[Signature, str]] = dict(entries or {})

    @classmethod
    def load(cls, folder: str | Path | None, section: str) -> StatCache:
        """The entries of ``section`` in ``folder``'s cache (none when there is no folder or no readable cache)."""
        if folder is None:
            return cls()
        try:
            data = parsed(Path(folder) / STAT_FILE, _read_json)
            if data.get("version") != VERSION:
                return cls()
            return cls({path: (tuple(sig), sha) for path, (sig, sha) in data[section].items()})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return cls()

    def sha256(self, path: str, st: os.stat_result) -> str | None:
        """The recorded sha256 of ``path`` if its stat is still ``st``'s."""
        entry = self.entries.get(path)
        return entry[1] if entry is not None and entry[0] == signature(st) else None

    def record(self, path: str, st: os.stat_result, sha256: str) -> None:
        self.entries[path] = (signature(st), sha256)


def save_section(folder: str | Path, section: str, cache: StatCache) -> None:
    """Replace ``section`` of ``folder``'s cache with ``cache``'s entries (other sections kept); by rename.

    A cache that cannot be written is no error: the next run hashes more.
    """
    path = Path(folder) / STAT_FILE
    try:
        data: dict[str, Any] = parsed(path, _read_json)
        data = dict(data) if isinstance(data, dict) and data.get("version") == VERSION else {}  # (shared: copied)
    except (OSError, ValueError):
        data = {}
    data["version"] = VERSION
    data[section] = {p: [list(sig), sha] for p, (sig, sha) in cache.entries.items()}
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{STAT_FILE}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, separators=(",", ":")))  # dumps: the C encoder (dump streams in Python)
        os.replace(tmp, path)
        remember(path, data)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def file_sha256(path: str | Path) -> str:
    """sha256 of a file's content, read in chunks."""
    digest = hashlib.sha256()
    with open_regular(path) as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def dataset_sha256(folder: str | Path, name: str, cache: StatCache) -> str:
    """sha256 of the dataset file ``name`` of ``folder``: recorded when its stat is unchanged, else read."""
    path = Path(folder) / name
    sha = cache.sha256(name, os.stat(path))
    return sha if sha is not None else file_sha256(path)


def record_dataset_files(folder: str | Path, names: Iterable[tuple[str, str]]) -> None:
    """Record the files a run just committed, ``(name, sha256)``, as the folder's ``outputs`` (under its lock)."""
    cache = StatCache()
    for name, sha in names:
        try:
            cache.record(name, os.stat(Path(folder) / name), sha)
        except OSError:
            continue
    save_section(folder, "outputs", cache)
