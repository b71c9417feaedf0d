"""The one path every form and button saves through (STYLE 9, issue 5 §3).

``run_action(parent, store, action, refused)`` runs ``action(session)`` as one transaction
and sorts what can go wrong into the three answers the desk gives:

- the rules refused the input (:class:`DomainError`): ``refused`` shows it next to its field
  (a :class:`FieldErrors`, or the form's own method when it also moves the focus);
- the environment failed (the database unreachable or locked: :class:`DatabaseUnavailable`;
  the disk full or a folder refused: :class:`OSError`): a calm dialog that says nothing was
  saved and what to do;
- anything else is a bug: a crash report in the log directory and a dialog naming it.

What the action changed is announced by the store (``AnnouncingStore``), not here and not by
the form.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk import config
from desk.services.errors import DatabaseDamaged, DatabaseUnavailable, DeskError, DomainError
from desk.ui.errors import show_database_problem, show_error, tell, write_crash_report
from desk.ui.forms import FieldErrors
from desk.ui.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
Refused = FieldErrors | Callable[[DomainError], object]


def run_action(
    parent: QWidget | None, store: Store, action: Callable[[Any], T], refused: Refused
) -> T | None:
    """``action(session)`` committed as one transaction: its result, or None when it did not
    happen (and the person has been told why)."""
    if isinstance(refused, FieldErrors):
        refused.clear()
    try:
        with store.transaction() as session:
            return action(session)
    except DomainError as error:
        if isinstance(refused, FieldErrors):
            refused.show(error)
        else:
            refused(error)
    except Exception as exc:  # sorted into the environment failing and bugs right here
        handle_failure(parent, exc)
    return None


_DAMAGE_TOLD = "deskDamageTold"  # a window property: its reads already said the file is damaged


def handle_read_failure(parent: QWidget, exc: BaseException) -> None:
    """A read that failed on its own (a list's page, the picked record's detail): as
    :func:`handle_failure`, except that a damaged database is told once per window. Reads
    cannot heal the file, and a clerk turning the tabs met one dialog per list; a save that is
    refused still says so every time."""
    if isinstance(exc, DatabaseDamaged):
        window = parent.window()
        if window.property(_DAMAGE_TOLD):
            return
        window.setProperty(_DAMAGE_TOLD, True)
    handle_failure(parent, exc)


def handle_failure(parent: QWidget | None, exc: BaseException) -> None:
    """An error with no field to stand next to: calm for the environment, a report for a bug
    (also used by the lists when a page cannot be loaded)."""
    if isinstance(exc, DatabaseUnavailable):
        show_database_problem(parent, exc)
    elif isinstance(exc, DeskError):
        show_error(parent, exc)
    elif isinstance(exc, OSError):
        show_environment_problem(parent, exc)
    else:
        report_bug(parent, exc)


def show_environment_problem(parent: QWidget | None, error: OSError) -> None:
    """The computer refused (disk full, folder missing or read-only): not the desk's fault."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Actions", "Not done"))
    box.setText(
        QCoreApplication.translate(
            "Actions",
            "The computer could not finish this: {reason}. Nothing was saved by this action; "
            "check the free disk space and the folder, then try again.",
        ).format(reason=error.strerror or error)
    )
    if error.filename:
        box.setDetailedText(str(error.filename))
    box.exec()


def report_bug(parent: QWidget | None, exc: BaseException) -> Path | None:
    """A bug: written to a crash report for the administrator; the person is told calmly."""
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    try:
        path: Path | None = write_crash_report(config.log_dir(), exc)
    except OSError:  # the log folder itself failed: the log line above is what is left
        path = None
    tell(
        parent,
        QCoreApplication.translate("App", "Something went wrong"),
        QCoreApplication.translate(
            "App",
            "The desk met an error it did not expect. What you saved before is safe.\n"
            "A report for the administrator was written to:\n{path}",
        ).format(path=path or config.log_dir()),
        QMessageBox.Icon.Critical,
    )
    return path
