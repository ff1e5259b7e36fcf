"""Watch input folders and files: one event per burst of changes (``textclean watch``).

An editor saving a page, a sync tool copying fifty, a ``git checkout``: each is
a burst of file system events. :func:`watch_inputs` waits until the inputs have
been quiet for ``debounce`` seconds and then yields the set of paths that
changed, once; changes made while the caller works (a run of the flow) are
kept and come as the next set. Only inputs count: a folder's ``*.txt``
entries (the extension in any case, as :func:`~textclean.inputs.collect_inputs`
reads them) and files given by name; the dataset a run writes, even inside a
watched folder, never triggers anything. Uses watchfiles (inotify on Linux).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import watchfiles

from .inputs import is_input_name

#: Default quiet time, in seconds, that ends a burst of changes.
DEBOUNCE = 1.0


def _real(path: str | Path) -> str:
    """The real path of ``path``'s folder joined with its name (works for files that are gone)."""
    p = Path(path)
    return os.path.join(os.path.realpath(p.parent), p.name)


def input_filter(paths: Sequence[str | Path]) -> Callable[[watchfiles.Change, str], bool]:
    """Which changed paths are inputs of ``paths`` (folders and files, as a run takes them).

    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> accept = input_filter([folder])
    >>> accept(watchfiles.Change.modified, os.path.join(folder, "a.TXT"))
    True
    >>> accept(watchfiles.Change.added, os.path.join(folder, "a.parquet"))
    False
    >>> accept(watchfiles.Change.added, os.path.join(folder, "sub", "b.txt"))
    False
    >>> os.rmdir(folder)
    """
    folders = {os.path.realpath(p) for p in paths if Path(p).is_dir()}
    files = {_real(p) for p in paths if not Path(p).is_dir()}

    def accept(change: watchfiles.Change, path: str) -> bool:
        real = _real(path)
        return real in files or (os.path.dirname(real) in folders and is_input_name(Path(path)))

    return accept


def watched_folders(paths: Sequence[str | Path]) -> list[str]:
    """The folders to watch: input folders, and the folder of each input file (editors replace files by renaming)."""
    folders = {os.path.realpath(p) if Path(p).is_dir() else os.path.realpath(Path(p).parent) for p in paths}
    return sorted(folders)


def watch_inputs(
    paths: Sequence[str | Path], debounce: float = DEBOUNCE, stop: threading.Event | None = None
) -> Iterator[set[str]]:
    """Yield the input paths that changed, once per burst: after ``debounce`` seconds without a change.

    A burst that never calms down is still reported every ``20 * debounce``
    seconds (at least 2). Ends when ``stop`` is set; Ctrl-C raises :class:`KeyboardInterrupt`.
    """
    quiet = max(int(debounce * 1000), 1)
    for changes in watchfiles.watch(
        *watched_folders(paths),
        watch_filter=input_filter(paths),
        step=quiet,
        debounce=max(20 * quiet, 2000),
        stop_event=stop,
        recursive=False,
        rust_timeout=1000,
    ):
        yield {path for _, path in changes}
