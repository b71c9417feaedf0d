"""The one way to run slow work off the GUI thread (STYLE 5), after Anki's QueryOp.

``start_in_background(work, on_success, on_failure)`` runs ``work(progress)`` on the thread
pool and calls the callbacks back on the GUI thread; ``run_job(parent, label, job, ...)`` runs
a service-level job (exports, printing, backups: :mod:`desk.services.jobs`) that way behind a
cancellable progress dialog. The work opens its own database session (never the GUI's);
nothing touches a widget from the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desk.services.errors import DeskError, NotFound
from desk.services.jobs import Job, JobCancelled, JobControl
from desk.ui.actions import handle_read_failure
from desk.ui.errors import show_error
from desk.ui.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


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


def in_flight() -> int:
    """How many works have not yet answered on the GUI thread (tests wait for none)."""
    return len(_running)


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


class LatestLoad:
    """The picked record's detail, read from ``store`` on the thread pool: only the newest
    request's answer is shown (a clerk moving down a list asks for many), and none once
    ``owner`` is gone (a worker may answer after its tab was closed). ``show(result)`` or
    ``failed(error)`` run on the GUI thread; a failure other than the record being gone is
    also told (``handle_read_failure``: calm for the environment, a report for a bug, a
    damaged file once). :meth:`drop` forgets what is in flight."""

    def __init__(self, owner: QWidget, store: Store, show: Callable[[Any], None],
                 failed: Callable[[BaseException], None] | None = None) -> None:
        self._owner = owner
        self._store = store
        self._show = show
        self._failed = failed
        self._generation = 0

    def load(self, fetch: Callable[[Any], Any]) -> None:
        """``fetch(session)`` in one read transaction of its own, off the GUI thread."""
        self._generation += 1
        generation = self._generation
        store = self._store

        def current() -> bool:
            return isValid(self._owner) and generation == self._generation

        def read(_progress: object) -> Any:
            with store.read() as session:
                return fetch(session)

        start_in_background(
            read,
            lambda result: self._show(result) if current() else None,
            lambda error: self._fail(error) if current() else None,
        )

    def _fail(self, error: BaseException) -> None:
        if self._failed is not None:
            self._failed(error)
        if not isinstance(error, NotFound):  # gone meanwhile: the empty detail says enough
            handle_read_failure(self._owner, error)

    def drop(self) -> None:
        self._generation += 1


class _Relay(QObject):
    """Carries a job's progress from the worker thread to the GUI thread (queued)."""

    progressed = Signal(int, int)


def run_job(
    parent: QWidget,
    label: str,
    job: Job[Any],
    on_success: Callable[[Any], None],
    on_cancelled: Callable[[JobCancelled], None] | None = None,
) -> JobControl:
    """Run a service-level job (:mod:`desk.services.jobs`) with a cancellable progress dialog.

    The job is the same function the command line runs; here its ``JobControl`` reports to
    the dialog and the dialog's Cancel cancels it. A cancelled job calls ``on_cancelled`` (the
    job removed its partial file); a refusal or the environment failing is shown calmly; a bug
    goes to the crash handler.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay(dialog)
    control = JobControl(relay.progressed.emit)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def finished() -> None:
        dialog.reset()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        finished()
        on_success(result)

    def failed(exc: BaseException) -> None:
        finished()
        if isinstance(exc, JobCancelled):
            if on_cancelled is not None:
                on_cancelled(exc)
        elif isinstance(exc, DeskError):
            show_error(parent, exc)
        else:
            raise exc

    relay.progressed.connect(progressed)
    dialog.canceled.connect(control.cancel)
    start_in_background(lambda _progress: job(control), succeeded, failed)
    return control
