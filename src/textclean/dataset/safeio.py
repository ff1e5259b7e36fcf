"""Reading the files of a dataset folder safely: never through a symbolic link, never a FIFO or a device.

A dataset folder can hold anything a user put there: ``manifest.json`` as a
link to a file elsewhere, ``articles.parquet`` as a FIFO (a read would wait
forever) or ``/dev/zero`` (a read would never end). Every dataset file is
opened with :func:`open_regular`: such an entry is an :class:`OSError`, as a
missing file is, and the folder's dataset counts as not current (a run then
writes its files anew, replacing the entries, never writing through them).
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path
from typing import BinaryIO

#: Flags for opening a dataset file: no link followed, no wait on a FIFO, not inherited by children.
READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


def open_regular(path: str | Path) -> BinaryIO:
    """``path`` opened for binary reading; :class:`OSError` when it is a link or not a regular file.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> os.mkfifo(folder / "articles.parquet")
    >>> open_regular(folder / "articles.parquet")
    Traceback (most recent call last):
    OSError: [Errno 22] not a regular file: ...
    """
    fd = os.open(path, READ_FLAGS)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return os.fdopen(fd, "rb")


def read_regular(path: str | Path) -> bytes:
    """The bytes of the regular file ``path`` (:func:`open_regular`)."""
    with open_regular(path) as fh:
        return fh.read()


def open_regular_text(path: str | Path) -> io.TextIOWrapper:
    """``path`` opened for reading UTF-8 text (:func:`open_regular`)."""
    return io.TextIOWrapper(open_regular(path), encoding="utf-8")
