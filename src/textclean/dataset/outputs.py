"""Where the streamed write puts the dataset's files: temporary files hashed as they are written, or bytes in memory.

:class:`TempFiles` stages every file in the folder, flushed to disk, for
:func:`~textclean.dataset.commit.commit`; :class:`InMemory` keeps them as bytes.
Both give each file's size and sha256 (:class:`~textclean.dataset.manifest.FileMeta`)
without reading it again.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import IO, Any, Protocol

from textclean.dataset.commit import discard, temp_path
from textclean.dataset.manifest import FileMeta


class Outputs(Protocol):
    """Where :func:`~textclean.dataset.assemble.write_files` writes: temporary files in the folder, or memory."""

    def binary(self, name: str) -> IO[bytes]: ...
    def finish(self, name: str, rows: int | None = None) -> FileMeta: ...


class TempFiles:
    """:class:`Outputs` as temporary files in ``out``, committed together.

    A finished file is flushed to disk in a thread (``fsync`` lets go of the
    GIL) while the next ones are written (a rerun's large ``articles.jsonl``
    goes to disk while the card and manifest are written). :meth:`synced`
    waits for all of them, before the commit.
    """

    def __init__(self, out: Path) -> None:
        self.out = out
        self.staged: dict[str, tuple[Path, str]] = {}
        self._paths: dict[str, Path] = {}
        self._open: dict[str, HashingFile] = {}
        self._syncing: list[tuple[threading.Thread, list[BaseException]]] = []

    def _file(self, name: str) -> HashingFile:
        self._paths[name] = path = temp_path(self.out, name)
        self._open[name] = fh = HashingFile(path)
        return fh

    def binary(self, name: str) -> IO[bytes]:
        return self._file(name)  # type: ignore[return-value]  # the write side of IO[bytes]

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        fh = self._open.pop(name)
        errors: list[BaseException] = []

        def close() -> None:
            try:
                fh.close()  # flushed to disk
            except BaseException as exc:  # handed to synced()
                errors.append(exc)

        fh.flush()
        thread = threading.Thread(target=close, name="textclean-fsync")
        thread.start()
        self._syncing.append((thread, errors))
        self.staged[name] = (self._paths[name], fh.sha256)
        return FileMeta(fh.size, fh.sha256, rows)

    def synced(self) -> None:
        """Wait until every finished file is on disk; raise the first error one of them met."""
        syncing, self._syncing = self._syncing, []
        for thread, _ in syncing:
            thread.join()
        for _, errors in syncing:
            if errors:
                raise errors[0]

    def discard(self) -> None:
        for fh in self._open.values():
            fh.close()
        with suppress(Exception):
            self.synced()
        discard([(name, path, "") for name, path in self._paths.items()])


#: copy_file_range errors that mean "not here": the bytes are then written from memory.
NO_COPY_RANGE = {errno.EXDEV, errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF}

#: Writes of at least this many bytes (a run of reused JSONL lines) are hashed in a thread while written.
PARALLEL_HASH_BYTES = 8 << 20


class HashingFile:
    """A file written once, front to back, hashed as it is written (no second read), flushed to disk on close.

    What the writer writes every dataset file through (Parquet bytes, lines, copied ranges).
    """

    def __init__(self, path: Path) -> None:
        self._fh = open(path, "wb")  # closed by close()
        self._digest = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if len(data) < PARALLEL_HASH_BYTES:
            n = self._fh.write(data)
            self._digest.update(data)
        else:  # both let go of the GIL: hash in a thread while the kernel copies
            hasher = threading.Thread(target=self._digest.update, args=(data,), name="textclean-hash")
            hasher.start()
            try:
                n = self._fh.write(data)
            finally:
                hasher.join()
        self.size += n
        return n

    def copy_range(self, source: int, offset: int, data: memoryview) -> None:
        """Append ``data``, which is the bytes of file descriptor ``source`` from ``offset`` on.

        The kernel copies them file to file (``copy_file_range``) while a thread hashes ``data``.
        """
        self._fh.flush()
        hasher = threading.Thread(target=self._digest.update, args=(data,), name="textclean-hash")
        hasher.start()
        done, total = 0, len(data)
        try:
            try:
                while done < total and hasattr(os, "copy_file_range"):
                    n = os.copy_file_range(source, self._fh.fileno(), total - done, offset + done)
                    if n == 0:
                        raise OSError(f"the previous file ended {total - done} bytes early")
                    done += n
            except OSError as exc:
                if exc.errno not in NO_COPY_RANGE or done:
                    raise
            if done < total:  # no copy_file_range here (macOS, some file systems): through this process
                self._fh.write(data[done:])
        finally:
            hasher.join()
        self.size += total

    def writelines(self, lines: Iterable[bytes]) -> None:
        """Write the lines as one buffer (one write and one hash update, not one per line)."""
        self.write(b"".join(lines))

    def flush(self) -> None:
        self._fh.flush()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()


class InMemory:
    """:class:`Outputs` kept as bytes (:func:`~textclean.dataset.assemble.assemble_in_memory`)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self._binary: dict[str, Any] = {}

    def binary(self, name: str) -> IO[bytes]:
        self._binary[name] = fh = io.BytesIO()
        return fh

    def finish(self, name: str, rows: int | None = None) -> FileMeta:
        self.files[name] = data = self._binary.pop(name).getvalue()
        return FileMeta.of(data, rows)
