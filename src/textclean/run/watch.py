"""Watch input folders and files: one event per burst of changes (``textclean watch``).

An editor saving a page, a sync tool copying fifty, a ``git checkout``: each is
a burst of file system events. :func:`watch_inputs` waits until the inputs have
been quiet for ``debounce`` seconds and then yields the set of paths that
changed, once; changes made while the caller works (a run of the flow) are
kept and come as the next set. :class:`Watching` does the same in a thread
that starts watching at once, so a change made during the first run, before
the caller asks for changes, is not missed. Only inputs count: a folder's ``*.txt``
entries (the extension in any case, as :func:`~textclean.run.inputs.collect_inputs`
reads them) and files given by name; the dataset a run writes, even inside a
watched folder, never triggers anything. Uses watchfiles (inotify on Linux).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import watchfiles

from textclean.run.inputs import is_input_name

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


class Watching:
    """:func:`watch_inputs` in a thread, watching from the moment it is made; iterate for the bursts of changes.

    Each item is every input path that changed since the last one (bursts that
    ended while the caller worked come merged, as one set). Use it as a
    context manager, or :meth:`close` it: the thread stops within a second.
    Errors of the watcher (a watched folder removed) are raised by the iteration.
    """

    def __init__(self, paths: Sequence[str | Path], debounce: float = DEBOUNCE) -> None:
        self._stop = threading.Event()
        self._found: queue.SimpleQueue[set[str] | BaseException | None] = queue.SimpleQueue()
        self._ended = False
        self._thread = threading.Thread(
            target=self._watch, args=(list(paths), debounce), name="textclean-watch", daemon=True
        )
        self._thread.start()

    def _watch(self, paths: list[str | Path], debounce: float) -> None:
        try:
            for changed in watch_inputs(paths, debounce=debounce, stop=self._stop):
                self._found.put(changed)
        except BaseException as exc:  # handed to the iterating thread
            self._found.put(exc)
        else:
            self._found.put(None)

    def __iter__(self) -> Iterator[set[str]]:
        while (item := self._next(block=True)) is not None:
            while (more := self._next(block=False)) is not None:
                item |= more
            yield item

    def _next(self, block: bool) -> set[str] | None:
        """The next set of changes; None when there is none now (``block`` false) or the watcher ended.

        Waits in steps, so that Ctrl-C gets through.
        """
        while not self._ended:
            try:
                item = self._found.get(timeout=0.25) if block else self._found.get_nowait()
            except queue.Empty:
                if block:
                    continue
                return None
            if isinstance(item, BaseException):
                self._ended = True
                raise item
            if item is None:
                self._ended = True
            return item
        return None

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def __enter__(self) -> Watching:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
