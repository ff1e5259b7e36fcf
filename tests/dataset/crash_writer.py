"""Helper of test_crash.py, run as a script (pytest never imports it): write two datasets into one
folder in turn, forever, through the library's writer, slowed down and announcing every rename on
stdout, so that the test can kill -9 it at a chosen moment.

usage: python tests/dataset/crash_writer.py OUT SETS.pickle FIRST PAUSE
  SETS.pickle: a list of two {file name: bytes} dicts (``encode_dataset`` output)
  FIRST: index of the set written first; PAUSE: seconds to sleep after each rename
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from pathlib import Path

from textclean.dataset.commit import write_atomic


def main() -> None:
    out, sets_file, first, pause = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    with open(sets_file, "rb") as fh:
        sets = pickle.load(fh)
    real_replace, real_fsync = os.replace, os.fsync

    def slow_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        real_replace(src, dst)
        print("replaced", Path(dst).name, flush=True)
        time.sleep(pause)

    def slow_fsync(fd: int) -> None:
        real_fsync(fd)
        time.sleep(pause / 4)

    os.replace = slow_replace  # type: ignore[assignment]
    os.fsync = slow_fsync
    print("ready", flush=True)
    i = first
    while True:
        print("writing", i % 2, flush=True)
        write_atomic(out, sets[i % 2])
        print("done", i % 2, flush=True)
        i += 1


if __name__ == "__main__":
    main()
