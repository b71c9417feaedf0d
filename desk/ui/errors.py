"""Showing errors: domain errors next to the field, the environment failing in a calm dialog,
bugs as a crash report in the log directory."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desk.services.errors import DatabaseUnavailable, DeskError

log = logging.getLogger(__name__)


def message_of(error: DeskError) -> str:
    """The error in the user's language, placeholders filled after translation."""
    return error.render(QCoreApplication.translate)


def show_database_problem(parent: QWidget | None, error: DatabaseUnavailable) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Database not available"))
    box.setText(message_of(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors", "Nothing was saved by this action. Your other records are safe."
        )
    )
    if error.detail:
        box.setDetailedText(error.detail)
    box.exec()


def show_error(parent: QWidget | None, error: DeskError) -> None:
    """For errors with no field to stand next to."""
    if isinstance(error, DatabaseUnavailable):
        show_database_problem(parent, error)
        return
    QMessageBox.information(
        parent, QCoreApplication.translate("Errors", "Not saved"), message_of(error)
    )


def write_crash_report(directory: Path, exc: BaseException) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
    path.write_text(
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), encoding="utf-8"
    )
    return path
