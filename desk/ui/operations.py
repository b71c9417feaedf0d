"""The one way to run slow work off the GUI thread (STYLE 5), after Anki's QueryOp.

``run_in_background(parent, label, work, on_success)`` runs ``work(progress)`` on the thread
pool while a cancellable progress dialog shows, and calls ``on_success(result)`` back on the
GUI thread. The work opens its own database session (never the GUI's) and reports progress
through ``progress(done, total)``, which returns False once the clerk pressed Cancel. Domain
and database errors come back to the GUI thread and are shown calmly; nothing touches a widget
from the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desk.services.errors import DeskError
from desk.ui.errors import show_error

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised by work that saw its progress callback return False."""


class _Signals(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancelled = False
        self._work = work
        self.setAutoDelete(False)  # Python owns the job (see _running)

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


_running: set[_Job] = set()


def start_in_background(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> Callable[[], None]:
    """Run ``work`` on the thread pool; the callbacks run on the GUI thread. Returns a
    function that asks the work to stop (its progress callback then returns False)."""
    job = _Job(work)

    def succeeded(result: Any) -> None:
        _running.discard(job)
        on_success(result)

    def failed(exc: BaseException) -> None:
        _running.discard(job)
        on_failure(exc)

    if on_progress is not None:
        job.signals.progressed.connect(on_progress)
    job.signals.succeeded.connect(succeeded)
    job.signals.failed.connect(failed)
    _running.add(job)  # keep the Python object alive while the pool runs it
    QThreadPool.globalInstance().start(job)

    def cancel() -> None:
        job.cancelled = True

    return cancel


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None] | None = None,
) -> None:
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def succeeded(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_success(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        if on_failure is not None:
            on_failure(exc)
        elif isinstance(exc, Cancelled):
            return
        elif isinstance(exc, DeskError):
            show_error(parent, exc)
        else:
            raise exc

    cancel = start_in_background(work, succeeded, failed, progressed)
    dialog.canceled.connect(cancel)
