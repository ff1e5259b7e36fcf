"""A real headless browser for tests (Debian's chromium): find it, or drive it through the DevTools protocol.

Without a chromium binary a browser test skips locally; in CI (``CI=true``,
or ``TEXTCLEAN_REQUIRE_BROWSER=1`` as ``.ci/run`` sets it after installing
chromium) it fails instead. :class:`Browser` drives one page as a person
would: open an address, type into the focused field, press Enter, read the
text shown, every wait bounded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: Flags every test browser gets: no sandbox (CI runs as root, where it cannot start), no GPU, no /dev/shm,
#: a desktop-sized window (lists such as the Prefect UI's render only the rows in view).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--window-size=1280,1024",
)


def chromium() -> str:
    """The browser binary; skip (locally) or fail (in CI) without one."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI") == "true" or os.environ.get("TEXTCLEAN_REQUIRE_BROWSER") == "1":
        pytest.fail("no chromium binary on PATH: .ci/run installs Debian's chromium so that CI runs this test")
    pytest.skip("no chromium binary on PATH (apt-get install chromium); CI installs it and runs this test")


class Browser:
    """Headless chromium with one page, driven over the DevTools protocol (a websocket on loopback).

    Use as a context manager: the browser is killed on exit. ``profile`` is
    the browser's own folder (its cookies, local storage).
    """

    def __init__(self, profile: Path, timeout: float = 30.0) -> None:
        self.profile = profile
        self.timeout = timeout
        self._next_id = 0

    def __enter__(self) -> Browser:
        from websockets.sync.client import connect  # Prefect's dependency

        self.profile.mkdir(parents=True, exist_ok=True)
        self.log = self.profile.with_name(self.profile.name + ".log")
        with open(self.log, "wb") as sink:
            self.process = subprocess.Popen(
                [chromium(), *FLAGS, "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        try:
            self.socket = connect(self._devtools_url(), max_size=None, open_timeout=self.timeout, proxy=None)
            target = self.send("Target.createTarget", url="about:blank")["targetId"]
            self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        except BaseException:
            self._kill()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.socket.close()
        self._kill()

    def _kill(self) -> None:
        self.process.kill()
        self.process.wait(10)

    def _devtools_url(self) -> str:
        """The browser's DevTools websocket, from the file chromium writes in its profile when it listens."""
        active = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            lines = active.read_text().splitlines() if active.exists() else []
            if len(lines) >= 2:
                return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
            time.sleep(0.05)
        tail = self.log.read_text(errors="replace")[-3000:]
        raise AssertionError(f"chromium did not open its DevTools port within {self.timeout} s; its output:\n{tail}")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call ``method``, on the page once attached; its result (events that come before it are dropped)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if hasattr(self, "session"):
            message["sessionId"] = self.session
        self.socket.send(json.dumps(message))
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"chromium did not answer {method} within {self.timeout} s")
            reply = json.loads(self.socket.recv(timeout=left))
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply["result"]
                return result

    def open(self, url: str) -> None:
        """Go to ``url`` (returns when the navigation started; wait for what should show with :meth:`wait_for`)."""
        navigated = self.send("Page.navigate", url=url)
        assert "errorText" not in navigated, navigated

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript ``expression`` in the page (awaited when it is a promise)."""
        answer = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        assert "exceptionDetails" not in answer, answer["exceptionDetails"]
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> Any:
        """Poll ``expression`` until its value is truthy, at most ``timeout`` seconds; that value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                shown = self.evaluate("document.body ? document.body.innerText : ''")
                raise AssertionError(f"not true within {timeout or self.timeout} s: {expression}\npage shows:\n{shown}")
            time.sleep(0.2)

    def text(self) -> str:
        """The text the page shows (``innerText`` of its body)."""
        return str(self.evaluate("document.body ? document.body.innerText : ''"))

    def type(self, text: str) -> None:
        """Type ``text`` into the focused field, as a keyboard would (input events and all)."""
        self.send("Input.insertText", text=text)

    def press_enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            params: dict[str, Any] = {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13}
            if kind == "keyDown":
                params["text"] = "\r"
            self.send("Input.dispatchKeyEvent", **params)
