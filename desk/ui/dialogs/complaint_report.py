"""The complaint summary to Excel (C10) with the complaint rate (C11) shown before exporting.

The clerk picks week, month or quarter and one of the recent periods (last complete week by
default: the Monday-morning job), sees the period's complaint rate with its numerator and
denominator, and writes the workbook through the same job as ``desk export weekly-complaints``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import complaint_reports
from desk.services.complaint_reports import MONTH, QUARTER, WEEK, Period
from desk.services.errors import DeskError
from desk.services.jobs import JobCancelled, JobControl
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.errors import message_of
from desk.ui.operations import run_job, start_in_background
from desk.ui.store import Store

# How far back the period list reaches: two years of weeks and months, three of quarters.
RECENT = {WEEK: 104, MONTH: 24, QUARTER: 12}


class ComplaintReportDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._folder = folder or Path.home()
        self._asked = 0  # the newest rate question; older answers are dropped
        self.result_: complaint_reports.ReportResult | None = None
        self.summary: complaint_reports.ComplaintSummary | None = None
        self.setWindowTitle(self.tr("Complaint summary to Excel"))
        self.setObjectName("complaintReportDialog")

        self.kind = QComboBox(self)
        self.kind.setObjectName("kindBox")
        for code, text in ((WEEK, self.tr("Weekly summary (ISO week)")),
                           (MONTH, self.tr("Monthly analysis")),
                           (QUARTER, self.tr("Quarterly report to management"))):
            self.kind.addItem(text, code)
        self.period = QComboBox(self)
        self.period.setObjectName("periodBox")
        self.period.setMaxVisibleItems(16)
        self.rate = QLabel(self)
        self.rate.setObjectName("rateLabel")
        self.rate.setWordWrap(True)
        self.rate.setMinimumWidth(520)
        # Room for the rate's three lines from the start: the answer arrives after the dialog
        # has laid itself out, and a label that grows then would overlap the file row.
        self.rate.setMinimumHeight(3 * self.rate.fontMetrics().lineSpacing() + 4)
        self.rate.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.file = QLineEdit(self)
        self.file.setObjectName("fileEdit")
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setObjectName("chooseButton")
        choose.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("&Report"), self.kind)
        form.addRow(self.tr("&Period"), self.period)
        form.addRow(self.tr("Complaint rate"), self.rate)
        file_label = QLabel(self.tr("&File"), self)
        file_label.setBuddy(self.file)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self._fill_periods()

    # -- the period ---------------------------------------------------------------------------
    def chosen(self) -> Period:
        period = self.period.currentData()
        assert isinstance(period, Period)
        return period

    def _fill_periods(self) -> None:
        kind = str(self.kind.currentData())
        default = complaint_reports.last_complete(kind)
        self.period.blockSignals(True)
        self.period.clear()
        periods = complaint_reports.recent_periods(kind, RECENT[kind])
        for period in periods:
            self.period.addItem(self.tr("{period}   ({dates})").format(
                period=period.label,
                dates=complaint_reports.period_dates(period, labels.translate)), period)
        self.period.setCurrentIndex(periods.index(default))
        self.period.blockSignals(False)
        self._period_chosen()

    def _period_chosen(self) -> None:
        period = self.chosen()
        folder = Path(self.file.text()).parent if self.file.text() else self._folder
        self.file.setText(str(folder / complaint_reports.file_name(period, labels.translate)))
        self.status.clear()
        self._ask_rate(period)

    def _ask_rate(self, period: Period) -> None:
        """C11 for the chosen period, counted on the thread pool (never on the GUI thread)."""
        self._asked += 1
        asked = self._asked
        self.summary = None
        self.rate.setText(self.tr("Counting…"))
        store, actor = self._store, self._actor

        def work(_progress: Any) -> complaint_reports.ComplaintSummary:
            with store.read() as session:
                return complaint_reports.summarize(session, actor, period)

        def answered(summary: complaint_reports.ComplaintSummary) -> None:
            if asked == self._asked:
                self.summary = summary
                self.rate.setText("\n".join((
                    complaint_reports.complaint_rate_text(summary, labels.translate),
                    complaint_reports.satisfaction_text(summary, labels.translate))))

        def failed(error: BaseException) -> None:
            if not isinstance(error, DeskError):
                raise error
            if asked == self._asked:
                self.rate.setText(message_of(error))

        start_in_background(work, answered, failed)

    # -- the file -----------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Complaint summary to Excel"), self.file.text(),
            self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.file.setText(name if name.lower().endswith(".xlsx") else f"{name}.xlsx")

    def export(self) -> JobControl | None:
        """The workbook: the same job as ``desk export weekly-complaints``."""
        text = self.file.text().strip()
        if not text:
            self.status.setText(self.tr("Please choose where to save the workbook."))
            self.file.setFocus()
            return None
        path, period = Path(text), self.chosen()
        store, actor = self._store, self._actor

        def job(control: JobControl) -> complaint_reports.ReportResult:
            return complaint_reports.export_complaint_report(
                store, actor, period, path, labels.translate, control)

        def done(result: complaint_reports.ReportResult) -> None:
            self.result_ = result
            self.summary = result.summary
            self._folder = result.path.parent
            self.status.setText(self.tr("Saved %n complaint(s) to {path}", "", result.count)
                                .format(path=result.path))

        def cancelled(_error: JobCancelled) -> None:
            self.result_ = None
            self.status.setText(self.tr("Cancelled: no file was written."))

        self.status.setText(self.tr("Writing {period}…").format(period=period.label))
        return run_job(self, self.tr("Writing the complaint summary…"), job, done, cancelled)
