"""The GUI-thread stall clock the benchmarks share (DESIGN: no list or action stalls the GUI
thread more than 50 ms).

A precise timer beats every few milliseconds on the GUI thread; the longest gap between two
beats is the longest time the window could not have answered a key press or repainted.
:func:`until` runs the event loop (so the beats and the list's answers arrive) until a
condition holds.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable

HEARTBEAT_MS = 5
STALL_BUDGET_S = 0.050


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = self._last_cpu = self._last_queued = 0.0
        self.longest = 0.0
        self.longest_cpu = 0.0  # the GUI thread's own CPU time within the longest gap
        # ... and its time runnable but waiting for a core (Linux schedstat run_delay; None
        # elsewhere): the rest of the gap it slept, in the event loop or waiting for the GIL.
        self.longest_queued: float | None = None
        self._schedstat: int | None = None

    def _queued(self) -> float:
        if self._schedstat is None:
            return 0.0
        os.lseek(self._schedstat, 0, os.SEEK_SET)
        return int(os.read(self._schedstat, 100).split()[1]) / 1e9

    def _beat(self) -> None:
        now, cpu, queued = time.perf_counter(), time.thread_time(), self._queued()
        if now - self._last > self.longest:
            self.longest, self.longest_cpu = now - self._last, cpu - self._last_cpu
            if self._schedstat is not None:
                self.longest_queued = queued - self._last_queued
        self._last, self._last_cpu, self._last_queued = now, cpu, queued

    def __enter__(self) -> Heartbeat:
        self.longest = self.longest_cpu = 0.0
        self.longest_queued = None
        with contextlib.suppress(OSError):  # not Linux: no run-queue figure
            self._schedstat = os.open(
                f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._last_queued = self._queued()
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._beat()
        self._timer.stop()
        if self._schedstat is not None:
            os.close(self._schedstat)
            self._schedstat = None


def until(ready: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run the event loop until ``ready()`` (the list has its rows), at most ``timeout_s``."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout_s
    while not ready():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not settle")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
