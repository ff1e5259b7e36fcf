"""One writer at a time: the dataset folder's lock.

:func:`dataset_lock` holds an exclusive ``fcntl.flock`` on ``.textclean.lock``
in the folder for the whole run; a second run into the same folder gets
:class:`DatasetBusyError` (or waits, if asked to).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from textclean.dataset.files import LOCK_FILE


class DatasetBusyError(RuntimeError):
    """Another process holds the dataset folder's lock (a run is writing it)."""

    def __init__(self, out_dir: Path, holder: str) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"another textclean run is writing {out_dir}{who}; try again when it has finished "
            f"(lock: {out_dir / LOCK_FILE})"
        )
        self.out_dir = out_dir


_held: dict[str, list[int]] = {}  # real path of a folder -> [lock fd, depth]
_held_guard = threading.Lock()


@contextlib.contextmanager
def dataset_lock(out_dir: str | Path, wait: float = 0.0) -> Iterator[Path]:
    """Hold the exclusive lock of a dataset folder (created if needed) while the block runs.

    The lock is an ``fcntl.flock`` on ``DIR/.textclean.lock``; the kernel drops
    it when the process ends, however it ends, so a killed run never leaves a
    stale lock. It is re-entrant within a process (the flow takes it, then the
    write task inside it). When another process holds it, wait up to ``wait``
    seconds, then raise :class:`DatasetBusyError`.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(out)
    with _held_guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
    if entry is None:
        fd = _acquire(out, wait)
        with _held_guard:
            _held[key] = [fd, 1]
    try:
        yield out
    finally:
        with _held_guard:
            entry = _held[key]
            entry[1] -= 1
            release = entry[1] == 0
            if release:
                del _held[key]
        if release:
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])


class UnsafeLockError(OSError):
    """The lock file is a symbolic link or not a regular file: textclean neither follows nor writes it."""


def open_lock_file(path: Path) -> int:
    """Open (or create) the lock file without following a symbolic link; refuse anything but a regular file.

    A lock that is a link to another file would have that file truncated and
    overwritten with the run's pid; a FIFO would hang the run.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if os.path.islink(path):
            raise UnsafeLockError(f"{path} is a symbolic link: remove it (textclean does not follow it)") from None
        raise exc
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UnsafeLockError(f"{path} is not a regular file: remove it")
    return fd


def _acquire(out: Path, wait: float) -> int:
    fd = open_lock_file(out / LOCK_FILE)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                os.close(fd)
                raise DatasetBusyError(out, holder) from None
            time.sleep(0.05)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
    return fd


def lock_unless_held(out_dir: str | Path, locked: bool) -> contextlib.AbstractContextManager[Path]:
    """The folder's lock (:func:`dataset_lock`), or nothing when the caller says it holds it already (``locked``)."""
    return contextlib.nullcontext(Path(out_dir)) if locked else dataset_lock(out_dir)
