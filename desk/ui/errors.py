"""Showing errors: domain errors next to the field, the environment failing in a calm dialog,
bugs as a crash report in the log directory."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from desk.services.errors import DatabaseDamaged, DatabaseUnavailable, DeskError

log = logging.getLogger(__name__)


def message_of(error: DeskError) -> str:
    """The error in the user's language, placeholders filled after translation."""
    return error.render(QCoreApplication.translate)


def tell(parent: QWidget | None, title: str, text: str,
         icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    """A message to read and close, the one way the desk shows one. The box lives on the heap
    (``QMessageBox.information`` builds it on the C++ stack, and a parent deleted while it is
    open then frees it twice); an answer for a window already gone is not shown at all."""
    if parent is not None and not isValid(parent):
        return
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def database_problem_box(parent: QWidget | None, error: DatabaseUnavailable) -> QMessageBox:
    """The calm dialog for the database failing; a damaged file gets its own title and says
    that retrying will not help (restoring a backup will)."""
    box = QMessageBox(parent)
    box.setObjectName("databaseProblem")
    box.setIcon(QMessageBox.Icon.Warning)
    if isinstance(error, DatabaseDamaged):
        box.setWindowTitle(QCoreApplication.translate("Errors", "Database damaged"))
        box.setInformativeText(
            QCoreApplication.translate(
                "Errors",
                "Trying again will not help. Close the desk and call the administrator; "
                "nothing more is written to the damaged file.",
            )
        )
    else:
        box.setWindowTitle(QCoreApplication.translate("Errors", "Database not available"))
        box.setInformativeText(
            QCoreApplication.translate(
                "Errors", "Nothing was saved by this action. Your other records are safe."
            )
        )
    box.setText(message_of(error))
    if error.detail:
        box.setDetailedText(error.detail)
    return box


def show_database_problem(parent: QWidget | None, error: DatabaseUnavailable) -> None:
    if parent is None or isValid(parent):
        database_problem_box(parent, error).exec()


def show_error(parent: QWidget | None, error: DeskError) -> None:
    """For errors with no field to stand next to."""
    if isinstance(error, DatabaseUnavailable):
        show_database_problem(parent, error)
        return
    tell(parent, QCoreApplication.translate("Errors", "Not saved"), message_of(error))


def write_crash_report(directory: Path, exc: BaseException) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    path.write_text(
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), encoding="utf-8"
    )
    return path
