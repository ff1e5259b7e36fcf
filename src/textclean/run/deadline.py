"""A deadline for the work on one input: :func:`within` runs a call and stops it when it takes too long.

Cleaning a page is pure Python, but some pages cost far more than others
(a crafted page of a thousand headlines); one of them must not stall a run
of thousands. :func:`within` gives a call a number of seconds; when they run
out, :class:`InputTimeout` is raised in the thread that runs it, at its next
Python instruction, and the caller quarantines the input (``timeout``).

How: one watchdog thread per process sleeps until the earliest deadline and
raises the exception in the late thread with CPython's
``PyThreadState_SetAsyncExc``. Unlike ``SIGALRM``, which Python only handles
in a process's main thread, this works in any thread: in a worker process of
the run's pool, in the run's own process (where batches are cleaned in a
thread of the pool, or in a Prefect task's thread) and in a Dask worker's
thread alike, and it leaves the process's signal handlers alone. What it
cannot stop is a single call into C code that does not return (a read that
blocks); the exception comes when that call returns. Where the C API is
missing (not CPython), calls run without a deadline.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class InputTimeout(BaseException):
    """The call given to :func:`within` ran past its deadline.

    A :class:`BaseException`, as :class:`KeyboardInterrupt`: raised into code
    at any instruction, it must not be swallowed by an ``except Exception`` there.
    """


def _set_async_exc(ident: int, exc: type[BaseException] | None) -> int:
    """Raise ``exc`` in thread ``ident`` at its next Python instruction (None: drop one not yet raised)."""
    set_async_exc = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)
    if set_async_exc is None:  # pragma: no cover - not CPython
        return 0
    return int(set_async_exc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc is not None else None))


class _Watchdog:
    """The thread that raises :class:`InputTimeout` in threads past their deadline."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        #: Taken directly (a C lock, no Python frame between acquiring and entering the block) by the thread that
        #: ends a deadline: the exception may be raised in it at any Python instruction and must never leave it held.
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)
        #: Deadlines not reached yet: (monotonic time, token, thread ident); a token is removed when its call ends.
        self.heap: list[tuple[float, int, int]] = []
        self.live: set[int] = set()
        self.wake = float("inf")  # when the thread wakes up next
        self.tokens = itertools.count()
        threading.Thread(target=self._watch, name="textclean-deadline", daemon=True).start()

    def add(self, seconds: float) -> int:
        """A deadline ``seconds`` from now for the calling thread; its token."""
        at = time.monotonic() + seconds
        with self.lock:
            while self.heap and self.heap[0][1] not in self.live:  # ended ones: the heap holds the calls running
                heapq.heappop(self.heap)
            token = next(self.tokens)
            heapq.heappush(self.heap, (at, token, threading.get_ident()))
            self.live.add(token)
            if at < self.wake:  # deadlines of one length come in order: most need no wake-up
                self.cond.notify()
        return token

    def remove(self, token: int) -> bool:
        """End the deadline ``token``; True when it had fired (its exception, if not raised yet, is dropped)."""
        with self.lock:
            if token in self.live:
                self.live.discard(token)
                return False
            _set_async_exc(threading.get_ident(), None)
            return True

    def _watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                while self.heap and (self.heap[0][1] not in self.live or self.heap[0][0] <= now):
                    _, token, ident = heapq.heappop(self.heap)
                    if token in self.live:
                        self.live.discard(token)
                        _set_async_exc(ident, InputTimeout)
                self.wake = self.heap[0][0] if self.heap else float("inf")
                self.cond.wait(None if not self.heap else max(0.0, self.wake - now))


_watchdog: _Watchdog | None = None
_guard = threading.Lock()


def _the_watchdog() -> _Watchdog:
    """This process's watchdog, started on first use (again in a forked child: threads do not survive a fork)."""
    global _watchdog
    with _guard:
        if _watchdog is None or _watchdog.pid != os.getpid():
            _watchdog = _Watchdog()
        return _watchdog


def within(seconds: float, call: Callable[..., T], *args: object) -> T:
    """``call(*args)``, raising :class:`InputTimeout` in this thread if it runs longer than ``seconds`` (0: no limit).

    >>> within(5, sum, [1, 2])
    3
    >>> def forever() -> None:
    ...     while True:
    ...         pass
    >>> try:
    ...     within(0.01, forever)
    ... except InputTimeout:
    ...     print("stopped")
    stopped
    """
    if seconds <= 0:
        return call(*args)
    watchdog = _the_watchdog()
    token = watchdog.add(seconds)
    try:
        result = call(*args)
    except BaseException:  # its own timeout, or anything else the call raised: the deadline ends with it
        watchdog.remove(token)
        raise
    if watchdog.remove(token):  # it fired as the call returned: late all the same
        raise InputTimeout
    return result
