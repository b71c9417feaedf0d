"""B4: a supervisor prints signed callback records, a batch by date range and department, or one.

The batch is the same job as ``desk print callbacks``: it renders in the background behind a
progress dialog with Cancel, then the preview shows that PDF's pages; printing or saving it
registers the file (its SHA-256 and records) through the one action path. Nothing is
registered for a preview that is only looked at.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.services import callback_documents, clock
from desk.services.callback_documents import CallbackRange
from desk.services.errors import DeskError, DomainError
from desk.services.jobs import JobCancelled, JobControl
from desk.services.papers import Paper
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.errors import message_of
from desk.ui.operations import run_job, start_in_background
from desk.ui.printing import PrintPreviewDialog, open_preview, preview_document
from desk.ui.store import Store


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def print_callback(parent: QWidget, store: Store, actor: Actor, callback_id: int) -> None:
    """B4: one callback record, previewed; printing or saving it registers the file."""
    preview_document(
        parent, store, actor,
        lambda s: callback_documents.callback_pdf(s, actor, callback_id, labels.translate))


class CallbackPrintDialog(QDialog):
    """From, to and department (or all), then Preview: the batch as one PDF."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self.preview: PrintPreviewDialog | None = None
        self.setObjectName("callbackPrintDialog")
        self.setWindowTitle(self.tr("Print callback records"))

        # The last full month by default: the archive's monthly bundle.
        first_of_month = clock.local_today().replace(day=1)
        last_month_end = first_of_month - timedelta(days=1)
        self.date_from = self._date_edit("dateFrom", last_month_end.replace(day=1))
        self.date_to = self._date_edit("dateTo", last_month_end)
        self.department = QComboBox(self)
        self.department.setObjectName("departmentBox")
        self.department.addItem(self.tr("All departments"), None)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(360)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&To"), self.date_to)
        form.addRow(self.tr("&Department"), self.department)
        buttons = QDialogButtonBox(self)
        self.preview_button = buttons.addButton(self.tr("&Preview…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._buttons = buttons
        self._connect_signals()
        self._load_departments()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _connect_signals(self) -> None:
        self.preview_button.clicked.connect(self.run)
        self._buttons.rejected.connect(self.reject)

    def _load_departments(self) -> None:
        store, actor = self._store, self._actor

        def work(_progress: Any) -> list[str]:
            with store.read() as session:
                return callback_documents.departments(session, actor)

        def loaded(names: list[str]) -> None:
            if isValid(self):
                for name in names:
                    self.department.addItem(name, name)

        def failed(error: BaseException) -> None:
            if not isinstance(error, DeskError):
                raise error
            if isValid(self):
                self.status.setText(message_of(error))

        start_in_background(work, loaded, failed)

    def selection(self) -> CallbackRange:
        department = self.department.currentData()
        return CallbackRange(_day(self.date_from.date()), _day(self.date_to.date()),
                             str(department) if department else None)

    def run(self) -> JobControl:
        """The batch in the background (progress, Cancel), then its preview."""
        selection = self.selection()
        store, actor = self._store, self._actor

        def job(control: JobControl) -> Paper | DomainError:
            try:
                return callback_documents.print_batch(store, actor, selection,
                                                      labels.translate, control)
            except DomainError as refused:  # an empty range: said in the dialog, not a box
                return refused

        def done(printed: Paper | DomainError) -> None:
            if not isValid(self):
                return
            if isinstance(printed, DomainError):
                self.status.setText(message_of(printed))
                return
            self.status.setText(self.tr("%n record(s) ready to print.", "",
                                        len(printed.records)))
            self.preview = open_preview(self, store, actor, printed)

        def cancelled(_error: JobCancelled) -> None:
            if isValid(self):
                self.status.setText(self.tr("Cancelled."))

        return run_job(self, self.tr("Preparing the callback records…"), job, done, cancelled)
