"""The day's gift issue list (G3): every gift handed out on the picked day, newest first, voided
ones marked in words, phones masked (K2); void an issue and export the day to Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock, gift_exports, gift_lists
from desk.services.gift_lists import IssueRow
from desk.services.jobs import JobControl
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.forms import DateBox
from desk.ui.labels import translate
from desk.ui.operations import run_job
from desk.ui.paged_model import DIMMED, Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table, size_columns


def _state(issue: IssueRow) -> str:
    word = labels.state("gift_issue", issue.state)
    if not issue.void_reason:
        return word
    # The reader's punctuation: "已作废：…" in Chinese, not an ASCII colon.
    return QCoreApplication.translate("GiftsPanel", "{state}: {reason}").format(
        state=word, reason=issue.void_reason)


def issue_columns() -> list[Column[IssueRow]]:
    return [
        Column(QCoreApplication.translate("GiftsPanel", "No."), None, lambda i: i.number),
        Column(
            QCoreApplication.translate("GiftsPanel", "Time"),
            None,
            lambda i: labels.local_time(i.issued_at, with_date=False),
        ),
        Column(QCoreApplication.translate("GiftsPanel", "Gift"), None, lambda i: i.gift_name),
        Column(
            QCoreApplication.translate("GiftsPanel", "Qty"),
            None,
            lambda i: f"{i.quantity} {i.unit}",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Receipt no."),
            None,
            lambda i: i.receipt_number,
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Recipient"),
            None,
            lambda i: i.recipient_name,
        ),
        Column(QCoreApplication.translate("GiftsPanel", "Phone"), None, lambda i: i.masked_phone),
        Column(QCoreApplication.translate("GiftsPanel", "Staff"), None, lambda i: i.issued_by),
        Column(QCoreApplication.translate("GiftsPanel", "State"), None, _state),
    ]


_SAMPLES = (
    "ZP-20261206-0001",
    "20:55",
    "厨房清洁套装",
    "2 个",
    "XS20261206-0019",
    "欧阳娜娜",
    "138****5678",
    "欧阳娜娜",
)


class GiftIssueList(QWidget):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("giftIssueList")
        self._store = store
        self._actor = actor
        self._day = clock.local_today()  # replaced, never changed: read by the worker
        self._shown_today: date | None = self._day  # the list shows today, while it does
        self.day = DateBox(self)
        self.day.setObjectName("issueDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate(self._day.year, self._day.month, self._day.day))
        day_label = QLabel(QCoreApplication.translate("GiftsPanel", "Handed out on &day:"), self)
        day_label.setBuddy(self.day)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("issueCount")
        self.void_button = QPushButton(
            QCoreApplication.translate("GiftsPanel", "&Void issue…"), self
        )
        self.void_button.setObjectName("voidIssueButton")
        self.void_button.setVisible(allowed(actor, "gift.manage"))
        self.export_button = QPushButton(
            QCoreApplication.translate("GiftsPanel", "E&xport the day…"), self
        )
        self.export_button.setObjectName("exportGiftsButton")
        self.export_button.setVisible(allowed(actor, "gift.export"))
        self.model: PagedTableModel[IssueRow] = PagedTableModel(
            issue_columns(),
            self._fetch,
            self._count,
            ("issued_at", True),
            style=lambda i: DIMMED if i.state == gift_lists.VOIDED else None,
        )
        self.table = record_table("giftIssuesTable", self.model, self)
        size_columns(self.table, _SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(day_label)
        bar.addWidget(self.day)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.void_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.model.reset_done.connect(self._reloaded)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._buttons())
        self.export_button.clicked.connect(lambda: self.export_day())
        self._buttons()

    def picked_day(self) -> date:
        return self.day.date().toPython()  # type: ignore[return-value]

    def refresh(self) -> None:
        today = clock.local_today()
        # The desk stayed open past midnight: the list that showed "today" follows the day,
        # so the gift just handed out is in it; a day the clerk picked stays.
        shown = self._shown_today
        if shown is not None and shown != today and self.picked_day() == shown:
            self._shown_today = today
            self.day.setDate(QDate(today.year, today.month, today.day))  # refreshes
            return
        self._shown_today = today if self.picked_day() == today else None
        self._day = self.picked_day()
        self.model.refresh()

    def current(self) -> IssueRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _fetch(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[IssueRow]:
        day = self._day
        with self._store.read() as session:
            return gift_lists.list_issues(session, self._actor, day, after=after, limit=limit)

    def _count(self) -> int:
        day = self._day
        with self._store.read() as session:
            return gift_lists.count_issues(session, self._actor, day)

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("GiftsPanel", "%n gift issue(s)", "", total)
        )
        self._buttons()

    def _buttons(self) -> None:
        row = self.current()
        self.void_button.setEnabled(row is not None and row.state == gift_lists.ISSUED)

    def export_day(self, path: str | None = None) -> JobControl | None:
        """G3: the picked day's issue list as Excel (audited, phones masked)."""
        day = self.picked_day()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("GiftsPanel", "Save the gift issue list"),
                f"{folder}/{gift_exports.gift_file_name(day, day, translate)}",
                "Excel (*.xlsx)",
            )
            if not path:
                return None
        actor, store, chosen = self._actor, self._store, path

        def job(control: JobControl) -> gift_exports.GiftExport:
            return gift_exports.export_gift_issues(
                store, actor, day, day, Path(chosen), translate, control
            )

        def done(result: gift_exports.GiftExport) -> None:
            self.count_label.setText(
                QCoreApplication.translate("GiftsPanel", "{count} gift issue(s) -> {path}").format(
                    count=result.count, path=result.path
                )
            )

        return run_job(
            self,
            QCoreApplication.translate("GiftsPanel", "Exporting the gift issue list…"),
            job,
            done,
        )
