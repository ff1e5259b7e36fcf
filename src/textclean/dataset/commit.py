"""The dataset's files replaced as one set: temporary files, a commit journal, renames; and recovery.

Writes are deterministic (nothing depends on the clock: the same inputs and
code give byte-identical files) and the six files change together
(:func:`write_atomic`, :func:`commit`):

1. every file is written to a temporary file in the folder and flushed to disk;
2. a commit journal, ``.textclean-commit.json``, naming each temporary file,
   its destination and sha256, is written and renamed into place: this rename
   is the commit point;
3. the temporary files are renamed over the dataset files, ``manifest.json``
   last, and the journal is removed.

A crash before step 2 leaves the previous dataset as it was (the temporary
files are removed by the next write); a crash during step 3 leaves a journal,
and whoever next opens the folder (:func:`recover`: the next run,
:func:`~textclean.dataset.read.read_dataset`,
:func:`~textclean.dataset.validate.validate_dataset`,
:func:`~textclean.dataset.read.is_current`) finishes the renames first. Either
way the folder holds one whole dataset, old or new.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from textclean.dataset.files import DATASET_FILES, JOURNAL
from textclean.dataset.lock import DatasetBusyError, lock_unless_held
from textclean.dataset.quickcheck import STAT_FILE, record_dataset_files
from textclean.dataset.safeio import read_regular


def write_atomic(out_dir: Path, files: Mapping[str, bytes], locked: bool = False) -> None:
    """Replace the dataset in ``out_dir`` by ``files`` as one set (see the module docstring).

    Holds the folder's lock (:class:`~textclean.dataset.lock.DatasetBusyError` if another process
    writes it) and first finishes an earlier, interrupted commit. ``locked``:
    the caller holds the lock already, maybe in another process (a flow whose
    tasks run in worker processes), and vouches that nobody else writes.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with lock_unless_held(out_dir, locked) as out:
        recover(out, locked=True)
        staged: list[tuple[str, Path, str]] = []
        try:
            for name, data in files.items():
                staged.append((name, _write_temp(out, name, data), hashlib.sha256(data).hexdigest()))
        except BaseException:
            discard(staged)
            raise
        commit(out, staged)
        record_dataset_files(out, [(name, sha) for name, _, sha in staged])


def temp_path(out: Path, name: str) -> Path:
    """A new, empty temporary file ``.NAME.*.tmp`` in ``out`` for the dataset file ``name``.

    :func:`recover` removes such files when a run crashed before committing them.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    os.chmod(tmp_name, 0o644)
    return Path(tmp_name)


def discard(staged: Sequence[tuple[str, Path, str]]) -> None:
    """Remove staged temporary files (a write that failed before its commit)."""
    for _, tmp, _ in staged:
        tmp.unlink(missing_ok=True)


def commit(out: Path, staged: Sequence[tuple[str, Path, str]]) -> None:
    """Make the staged files ``(name, temporary file, sha256)`` the dataset, as one set.

    The temporary files must be complete and flushed to disk (:func:`fsync_file`).
    Writes the commit journal (the commit point), then renames them into place
    (:func:`_apply`). The caller holds the folder's lock. On failure before the
    commit point the temporary files are removed and the old dataset stays.
    """
    journal = {"files": [{"name": name, "temp": tmp.name, "sha256": sha} for name, tmp, sha in staged]}
    try:
        _write_temp(out, JOURNAL, json.dumps(journal, indent=1).encode(), rename_to=out / JOURNAL)
        _fsync_dir(out)  # the commit point: from here on the new dataset wins
    except BaseException:
        discard(staged)
        raise
    _apply(out, journal)


def fsync_file(path: Path) -> None:
    """Flush a written file to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(out: Path, name: str, data: bytes, rename_to: Path | None = None) -> Path:
    """Write ``data`` to a new temporary file ``.NAME.*.tmp`` in ``out``, flushed to disk; optionally rename it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        if rename_to is not None:
            os.replace(tmp, rename_to)
            return rename_to
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _apply(out: Path, journal: Mapping[str, Any]) -> None:
    """Rename a committed journal's temporary files into place (idempotent), then drop the journal.

    The files they replace are held open across the rename and let go of in a
    thread (:func:`release_later`): the kernel frees a file's blocks when its
    last name and descriptor go, which for a large file the rename would
    otherwise wait for.
    """
    held: list[int] = []
    try:
        for entry in _journal_entries(journal):
            tmp = out / entry["temp"]
            if tmp.exists():  # else moved already, by the commit that was interrupted
                with contextlib.suppress(OSError):
                    held.append(os.open(out / entry["name"], os.O_RDONLY | os.O_NONBLOCK))
                os.replace(tmp, out / entry["name"])
        _fsync_dir(out)
        (out / JOURNAL).unlink(missing_ok=True)
        _fsync_dir(out)
    finally:
        release_later(held)


def release_later(descriptors: Sequence[int]) -> None:
    """Close file descriptors in a thread (for files whose last descriptor frees many blocks)."""
    if not descriptors:
        return

    def close_all() -> None:
        for fd in descriptors:
            with contextlib.suppress(OSError):
                os.close(fd)

    threading.Thread(target=close_all, name="textclean-release", daemon=True).start()


def _journal_entries(journal: Mapping[str, Any]) -> list[dict[str, str]]:
    """The journal's entries, checked: only dataset files, only temporary files of this folder."""
    entries = journal.get("files") if isinstance(journal, Mapping) else None
    if not isinstance(entries, list):
        raise ValueError("commit journal without a file list")
    for e in entries:
        ok = isinstance(e, dict) and e.get("name") in DATASET_FILES and isinstance(e.get("temp"), str)
        if not ok or "/" in e["temp"] or not e["temp"].startswith(f".{e['name']}."):
            raise ValueError(f"commit journal entry not understood: {e!r}")
    return entries


def _is_our_temp(name: str) -> bool:
    return name.endswith(".tmp") and any(name.startswith(f".{n}.") for n in (*DATASET_FILES, JOURNAL, STAT_FILE))


def recover(out_dir: str | Path, locked: bool = False) -> bool:
    """Finish a commit that a crash interrupted, and remove stale temporary files.

    Returns True when a commit was finished. Holds the folder's lock while it
    works (:class:`~textclean.dataset.lock.DatasetBusyError` when another process writes the folder),
    unless the caller holds it already (``locked``). A journal that cannot be
    read is removed: it never completed its rename, so the commit it describes
    never happened.
    """
    out = Path(out_dir)
    with lock_unless_held(out, locked):
        finished = False
        journal_path = out / JOURNAL
        if journal_path.exists():
            try:
                journal = json.loads(read_regular(journal_path))
                _journal_entries(journal)
            except (OSError, ValueError):
                journal_path.unlink(missing_ok=True)
            else:
                _apply(out, journal)
                finished = True
        for stale in out.iterdir():
            if _is_our_temp(stale.name):
                stale.unlink(missing_ok=True)
        return finished


def settle(out_dir: str | Path, locked: bool = False) -> str | None:
    """Best effort :func:`recover` for readers; the problem that remains (None: the folder is settled).

    Runs only when there is something to do (a journal, or temporary files a
    crash left). A reader without write access, or one that finds a run writing
    the folder, leaves it as it is; only a pending journal is then a problem.
    """
    out = Path(out_dir)
    pending = (out / JOURNAL).exists()
    try:
        if not pending and not any(_is_our_temp(p.name) for p in out.iterdir()):
            return None
        recover(out, locked)
    except DatasetBusyError as exc:
        return f"{JOURNAL}: a commit is in progress: {exc}" if pending else None
    except OSError as exc:
        if pending:
            return f"{JOURNAL}: an interrupted commit could not be finished ({exc}); run `textclean run` again"
        return None
    return None


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)
