"""Long jobs (exports, PDF batches, backups) as plain Python, below the window (DESIGN, UI).

A job is a function ``job(control) -> result`` that opens its own sessions, calls
``control.step(done, total)`` as it goes and writes its file through :func:`output_file`. The
window runs it through the one background helper and shows a progress dialog whose Cancel
calls :meth:`JobControl.cancel`; the command line runs the very same function with a text
progress bar and Ctrl+C. Neither writes any orchestration of its own.

A cancelled job raises :class:`JobCancelled` at its next step, and :func:`output_file` removes
what it had written: a cancelled or failed export leaves no partial workbook behind.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from desk.services.errors import QT_TRANSLATE_NOOP, DeskError

Result = TypeVar("Result")
ProgressListener = Callable[[int, int], None]


class SessionSource(Protocol):
    """Where a job gets its sessions (``desk.db.Database`` is one): a job runs on a worker
    thread or in the command line, never on the window's session."""

    def transaction(self, write: bool = True) -> AbstractContextManager[Any]: ...

    def read(self) -> AbstractContextManager[Any]: ...


class JobCancelled(DeskError):
    """The person cancelled the job; nothing it wrote is left behind."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("DeskMessages", "Cancelled: no file was written."))


class JobControl:
    """The job's side of progress and cancellation. ``cancel()`` may come from any thread."""

    def __init__(self, listener: ProgressListener | None = None) -> None:
        self._listener = listener
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress; raises :class:`JobCancelled` once cancel() was called."""
        if self._cancelled.is_set():
            raise JobCancelled()
        if self._listener is not None:
            self._listener(done, total)


Job = Callable[[JobControl], Result]


@contextmanager
def output_file(path: Path) -> Iterator[Path]:
    """Yield a temporary file beside ``path``; it becomes ``path`` only when the block ends
    normally. On any exception (cancellation included) it is removed, and a file that was at
    ``path`` before is left as it was."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OutputProblem(
            QT_TRANSLATE_NOOP("DeskMessages", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix,
                                         dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class OutputProblem(DeskError):
    """The file cannot be written where the person asked (no folder, no permission, disk
    full): a calm message, nothing left behind."""

    @classmethod
    def from_os_error(cls, path: Path, error: OSError) -> OutputProblem:
        return cls(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The file {path} could not be written ({reason}). Choose another folder or "
                "free some disk space, then try again.",
            ),
            path=str(path),
            reason=error.strerror or str(error),
        )
