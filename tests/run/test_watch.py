"""textclean.run.watch.Watching: watching starts when it is made, bursts that end while the caller works are merged."""

from __future__ import annotations

import itertools
import threading
import time
from pathlib import Path

from textclean.run.watch import Watching


def wait_for_burst(watching: Watching, timeout: float = 10.0) -> set[str]:
    """The next burst of ``watching``, waited for at most ``timeout`` seconds (in a thread: iterating blocks)."""
    found: list[set[str]] = []
    reader = threading.Thread(target=lambda: found.extend(itertools.islice(watching, 1)), daemon=True)
    reader.start()
    reader.join(timeout)
    assert found, f"no burst within {timeout} s"
    return found[0]


def test_changes_made_before_the_first_look_are_kept_and_merged(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    with Watching([folder], debounce=0.1) as watching:
        time.sleep(0.3)  # the watcher is up (it starts in its thread at once)
        (folder / "a.txt").write_text("甲", encoding="utf-8")  # as during a first run: nobody iterates yet
        time.sleep(0.6)  # the burst ends (0.1 s quiet) while the caller is busy
        (folder / "b.TXT").write_text("乙", encoding="utf-8")
        (folder / "notes.md").write_text("not an input", encoding="utf-8")
        time.sleep(0.6)
        first = wait_for_burst(watching)
        assert {Path(p).name for p in first} == {"a.txt", "b.TXT"}  # two bursts, one set; no .md
        (folder / "c.txt").write_text("丙", encoding="utf-8")
        second = wait_for_burst(watching)
        assert {Path(p).name for p in second} == {"c.txt"}


def test_iteration_ends_when_closed(tmp_path: Path) -> None:
    watching = Watching([tmp_path], debounce=0.1)
    watching.close()
    started = time.monotonic()
    assert list(watching) == []
    assert time.monotonic() - started < 5
