"""A command run as a user runs it: a subprocess whose stdout lines a test waits for, every wait bounded.

(Helpers, not fixtures: a second ``conftest.py`` below ``tests/`` would break
collection when pytest is given two test folders, both importing as ``conftest``.)
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

#: The installed ``textclean`` command of this virtual environment.
EXE = str(Path(sys.executable).with_name("textclean"))


class Child:
    """A subprocess whose stdout lines we wait for, each wait bounded."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        self.proc = subprocess.Popen(
            args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env, cwd=cwd
        )
        assert self.proc.stdout is not None
        self.fd = self.proc.stdout.fileno()
        self.lines: list[str] = []
        self._buf = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not ready:
            return False
        chunk = os.read(self.fd, 65536)
        if not chunk:
            return False
        *complete, self._buf = (self._buf + chunk).split(b"\n")
        self.lines += [line.decode() for line in complete]
        return True

    def wait_for(self, pattern: str, timeout: float) -> str:
        """The first line matching ``pattern`` (regex), waiting at most ``timeout`` seconds for it."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            for line in self.lines[seen:]:
                if re.search(pattern, line):
                    return line
            seen = len(self.lines)
            left = deadline - time.monotonic()
            if left <= 0 or (not self._read(min(left, 1.0)) and self.proc.poll() is not None):
                raise AssertionError(f"no line matching {pattern!r} within {timeout} s; stdout: {self.lines}")

    def kill(self) -> None:
        """SIGKILL (no chance to clean up), then collect what it printed."""
        self.stop(signal.SIGKILL)

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._read(deadline - time.monotonic())

    def stop(self, sig: int, timeout: float = 30) -> tuple[int, str]:
        """Send ``sig``; the exit code and stderr (SIGKILL if it has not ended within ``timeout``)."""
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        while self._read(0):
            pass
        assert self.proc.stderr is not None
        return self.proc.returncode, self.proc.stderr.read().decode()


def user_env(prefect_home: Path) -> dict[str, str]:
    """The user's environment: no Prefect settings but a Prefect home of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(prefect_home)
    return env


def copy_pages(paths: Iterable[Path], folder: Path) -> Path:
    """``folder``, made, holding copies of the pages at ``paths``."""
    folder.mkdir()
    for p in paths:
        shutil.copy(p, folder / p.name)
    return folder
