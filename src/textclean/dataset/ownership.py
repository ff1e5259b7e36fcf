"""Whose folder is it? textclean writes only into an empty folder or one that holds a textclean dataset.

A run replaces the files of a dataset folder and removes its own temporary
files and work folder. In a folder that is not textclean's, that would
clobber a user's files (a ``README.md`` is a dataset file's name too), so a
run checks first (:func:`folder_problem`), before it creates anything there,
and refuses outputs that overlap its inputs (:func:`overlap_problem`).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from textclean.dataset.files import JOURNAL, LOCK_FILE, MANIFEST_JSON
from textclean.dataset.parts import WORK_DIR
from textclean.dataset.quickcheck import STAT_FILE

#: A manifest larger than this is not read to decide ownership (a real one is about 400 bytes an input).
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
#: Hidden entries a run leaves in a folder before its first commit (a killed first run): they are textclean's.
OWN_HIDDEN = frozenset({LOCK_FILE, JOURNAL, STAT_FILE, WORK_DIR})


class ForeignFolderError(ValueError):
    """The output folder holds files textclean did not write (and no textclean dataset)."""


def check_folder(out: str | Path) -> None:
    """Raise :class:`ForeignFolderError` when a run must not write into ``out`` (:func:`folder_problem`)."""
    problem = folder_problem(out)
    if problem is not None:
        raise ForeignFolderError(f"refusing to write to {out}: {problem}")


def is_textclean_manifest(path: Path) -> bool:
    """Whether ``path`` is a regular file (not a link) holding a manifest that textclean wrote.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "manifest.json").write_text('{"tool": "textclean", "inputs": []}')
    >>> is_textclean_manifest(folder / "manifest.json")
    True
    >>> _ = (folder / "manifest.json").write_text("{}")
    >>> is_textclean_manifest(folder / "manifest.json")
    False
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_MANIFEST_BYTES:
            return False
        with os.fdopen(os.dup(fd), "rb") as fh:
            manifest = json.loads(fh.read())
    except (OSError, ValueError):
        return False
    finally:
        os.close(fd)
    return isinstance(manifest, dict) and manifest.get("tool") == "textclean"


def holds_dataset(out: str | Path) -> bool:
    """Whether ``out`` holds a dataset textclean wrote (its manifest says so)."""
    return is_textclean_manifest(Path(out) / MANIFEST_JSON)


def folder_problem(out: str | Path) -> str | None:
    """Why a run must not write into ``out``; None when it may: missing, empty, or textclean's.

    A folder is textclean's when its manifest says so, or when it holds
    nothing but the hidden files a run leaves before its first commit (lock,
    work folder, journal, stat cache).

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> folder_problem(folder) is None
    True
    >>> _ = (folder / "README.md").write_text("mine")
    >>> folder_problem(folder)
    'not empty and holds no textclean dataset (no textclean manifest.json)'
    """
    path = Path(out)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    if not stat.S_ISDIR(os.stat(path).st_mode if stat.S_ISLNK(info.st_mode) else info.st_mode):
        return "is not a folder"
    names = {entry.name for entry in os.scandir(path)}
    work = path / WORK_DIR
    if WORK_DIR in names and (work.is_symlink() or not work.is_dir()):
        return f"{work} is not textclean's work folder (a file or a link): move it away"
    if names <= OWN_HIDDEN or holds_dataset(path):
        return None
    return "not empty and holds no textclean dataset (no textclean manifest.json)"


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def overlap_problem(out: str | Path, inputs: Iterable[str | Path]) -> str | None:
    """Why ``out`` and the inputs overlap, or None: the output folder must be neither an input folder,
    nor inside one, nor hold an input (a run would read its own output, or write among the pages).

    >>> overlap_problem("/data/pages/out", ["/data/pages"])
    'the output folder /data/pages/out is inside the input folder /data/pages'
    >>> overlap_problem("/data/out", ["/data/out/p.txt"])
    'the input /data/out/p.txt is inside the output folder /data/out'
    >>> overlap_problem("/data/out", ["/data/pages", "/data/p.txt"]) is None
    True
    """
    target = Path(os.path.realpath(out))
    for given in inputs:
        source = Path(os.path.realpath(given))
        if source == target:
            return f"the output folder {out} is the input folder {given}"
        if _inside(source, target):
            return f"the input {given} is inside the output folder {out}"
        if _inside(target, source):  # a file has nothing inside it: source is a folder
            return f"the output folder {out} is inside the input folder {given}"
    return None
