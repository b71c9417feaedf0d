"""The warehouse tab's deliveries (W3-W5): the list, newest first, with held deliveries whose
handler has not been told by the end of the day in red, saying so; a new or expected delivery
inspected at the dock (:class:`DockInspection`); the handler's notice; the inspection sheet,
the receiving note and the day's inbound list for finance.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock, deliveries, delivery_papers, inbound
from desk.services.deliveries import DeliveryDetail, DeliveryRow, NoticeInput
from desk.services.jobs import JobControl
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.services.vocabulary import NOTICE_METHODS
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.labels import translate
from desk.ui.operations import run_job
from desk.ui.paged_model import ALERT, Column, PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.store import Store
from desk.ui.widgets.dock_inspection import DockInspection
from desk.ui.widgets.record_table import record_table, size_columns

TABLES = ("deliveries", "delivery_inspections")


def notice_state(row: DeliveryRow) -> str:
    """W3: why a held delivery stands out, in words."""
    if row.state != deliveries.HELD:
        return ""
    if row.notified:
        return QCoreApplication.translate("DeliveriesPanel", "Handler told")
    if row.notice_overdue:
        return QCoreApplication.translate("DeliveriesPanel", "Handler not told on the day: overdue")
    return QCoreApplication.translate("DeliveriesPanel", "Tell the handler today")


def delivery_columns() -> list[Column[DeliveryRow]]:
    return [
        Column(QCoreApplication.translate("DeliveriesPanel", "No."), None, lambda d: d.number),
        Column(
            QCoreApplication.translate("DeliveriesPanel", "Supplier"), None, lambda d: d.supplier
        ),
        Column(
            QCoreApplication.translate("DeliveriesPanel", "Delivery note"),
            None,
            lambda d: d.note_number,
        ),
        Column(
            QCoreApplication.translate("DeliveriesPanel", "State"),
            None,
            lambda d: labels.state("delivery", d.state),
        ),
        Column(QCoreApplication.translate("DeliveriesPanel", "Handler notice"), None, notice_state),
        Column(
            QCoreApplication.translate("DeliveriesPanel", "Receipt no."),
            None,
            lambda d: d.receipt_number,
        ),
        Column(
            QCoreApplication.translate("DeliveriesPanel", "Clerk"), None, lambda d: d.owner_name
        ),
    ]


# Wide enough for the usual text in either language.
_COLUMN_SAMPLES = ("DH-20261206-0001", "美的生活电器供应链", "SH-7788120", "Passed, in stock",
                   "Handler not told on the day: overdue", "RK-20261206-0001", "孙七七")


class DeliveriesPanel(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deliveriesPanel")
        self._store = store
        self._actor = actor
        receive = allowed(actor, "stock.receive")
        self.open_only = QCheckBox(
            QCoreApplication.translate("DeliveriesPanel", "Only &open (expected or held)"), self
        )
        self.open_only.setObjectName("openDeliveriesOnly")
        self.count_label = QLabel(self)
        self.new_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "New &delivery… (F4)"), self
        )
        self.new_button.setObjectName("newDeliveryButton")
        self.inspect_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "I&nspect… (Enter)"), self
        )
        self.inspect_button.setObjectName("inspectButton")
        self.notice_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "Handler &told…"), self
        )
        self.notice_button.setObjectName("noticeButton")
        self.sheet_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "Inspection &sheet…"), self
        )
        self.sheet_button.setObjectName("inspectionSheetButton")
        self.note_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "&Receiving note…"), self
        )
        self.note_button.setObjectName("receivingNoteButton")
        self.inbound_button = QPushButton(
            QCoreApplication.translate("DeliveriesPanel", "Today's in&bound list…"), self
        )
        self.inbound_button.setObjectName("inboundButton")
        for button in (self.new_button, self.inspect_button, self.notice_button):
            button.setVisible(receive)
        self.model: PagedTableModel[DeliveryRow] = PagedTableModel(
            delivery_columns(),
            self._fetch,
            self._count,
            ("id", True),
            style=lambda d: ALERT if d.notice_overdue else None,
        )
        self.table = record_table("deliveriesTable", self.model, self)
        size_columns(self.table, _COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(self.open_only)
        bar.addWidget(self.count_label, 1)
        for button in (self.new_button, self.inspect_button, self.notice_button):
            bar.addWidget(button)
        papers_bar = QHBoxLayout()
        papers_bar.addStretch(1)
        for button in (self.sheet_button, self.note_button, self.inbound_button):
            papers_bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(papers_bar)
        self._connect_signals(events)
        self._update_buttons()

    def _connect_signals(self, events: DeskEvents) -> None:
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.new_button.clicked.connect(lambda: self.inspect(None))
        self.inspect_button.clicked.connect(self.inspect_current)
        self.notice_button.clicked.connect(self.record_notice)
        self.sheet_button.clicked.connect(self.print_sheet)
        self.note_button.clicked.connect(self.print_receiving_note)
        self.inbound_button.clicked.connect(lambda: self.export_inbound(clock.local_today()))
        self.table.activated.connect(lambda _index: self.inspect_current())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.refresh)
        QShortcut(QKeySequence("F4"), self, lambda: self.inspect(None))

    def refresh(self) -> None:
        self.model.refresh()

    def _fetch(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[DeliveryRow]:
        with self._store.read() as session:
            return deliveries.list_deliveries(
                session, self._actor, self.open_only.isChecked(), after=after, limit=limit
            )

    def _count(self) -> int:
        with self._store.read() as session:
            return deliveries.count_deliveries(session, self._actor, self.open_only.isChecked())

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("DeliveriesPanel", "%n delivery(ies)", "", total)
        )
        if self.current() is None and self.model.rowCount():
            self.table.selectRow(0)  # Enter inspects the newest at once
        self._update_buttons()

    def current(self) -> DeliveryRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _update_buttons(self) -> None:
        row = self.current()
        self.inspect_button.setEnabled(row is not None and row.state in deliveries.OPEN_STATES)
        self.notice_button.setEnabled(row is not None and row.state == deliveries.HELD)
        self.sheet_button.setEnabled(row is not None and row.state != deliveries.EXPECTED)
        self.note_button.setEnabled(row is not None and row.state == deliveries.PASSED)

    # -- the dock ---------------------------------------------------------------------------
    def inspect_current(self) -> DockInspection | None:
        row = self.current()
        if row is None or row.state not in deliveries.OPEN_STATES:
            return None
        with self._store.read() as session:
            detail = deliveries.get_delivery(session, self._actor, row.id)
        return self.inspect(detail)

    def inspect(self, detail: DeliveryDetail | None) -> DockInspection | None:
        if not allowed(self._actor, "stock.receive"):
            return None
        dialog = DockInspection(self._store, self._actor, detail, self)

        def done() -> None:
            result = dialog.saved
            if result is not None and result.row.state == deliveries.HELD:
                self.record_notice(result.row)  # W3: the handler is told the same day

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def record_notice(self, row: DeliveryRow | None = None) -> StepDialog | None:
        row = row or self.current()
        if row is None or row.state != deliveries.HELD:
            return None
        actor, delivery_id = self._actor, row.id

        def run(session: Any, v: Values) -> DeliveryDetail:
            return deliveries.record_notice(
                session, actor, delivery_id, NoticeInput(v["person"], v["method"], v["note"])
            )

        step = Step(
            QCoreApplication.translate(
                "DeliveriesPanel", "Tell the handler: {number} is held"
            ).format(number=row.number),
            QCoreApplication.translate("DeliveriesPanel", "Record the notice"),
            [
                StepField(
                    "person",
                    QCoreApplication.translate("DeliveriesPanel", "&Handler (经办人) told *"),
                    "line",
                    max_length=60,
                ),
                StepField(
                    "method",
                    QCoreApplication.translate("DeliveriesPanel", "How *"),
                    "choice",
                    choices={
                        code: translate("Labels", text) for code, text in NOTICE_METHODS.items()
                    },
                    value="phone",
                ),
                StepField("note", QCoreApplication.translate("DeliveriesPanel", "What they said")),
            ],
            run,
            summary=QCoreApplication.translate(
                "DeliveriesPanel", "Not taken into stock. The handler must be told today."
            ),
        )
        dialog = StepDialog(self._store, step, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- papers -----------------------------------------------------------------------------
    def print_sheet(self) -> None:
        row, actor = self.current(), self._actor
        if row is not None:
            preview_document(
                self,
                self._store,
                actor,
                lambda s: delivery_papers.inspection_sheet_pdf(s, actor, row.id, translate),
            )

    def print_receiving_note(self) -> None:
        row, actor = self.current(), self._actor
        if row is not None:
            preview_document(
                self,
                self._store,
                actor,
                lambda s: delivery_papers.receiving_note_pdf(s, actor, row.id, translate),
            )

    def export_inbound(self, day: date, path: str | None = None) -> JobControl | None:
        """W5: the day's inbound list for finance, as Excel."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            name = inbound.inbound_file_name(day, translate)
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("DeliveriesPanel", "Save the inbound list"),
                f"{folder}/{name}",
                "Excel (*.xlsx)",
            )
            if not path:
                return None
        actor, store = self._actor, self._store

        def job(control: JobControl) -> inbound.InboundExport:
            return inbound.export_inbound(
                store, actor, day, Path(chosen), translate, control
            )

        def done(result: inbound.InboundExport) -> None:
            self.count_label.setText(
                QCoreApplication.translate(
                    "DeliveriesPanel", "{count} line(s) taken in -> {path}"
                ).format(count=result.count, path=result.path)
            )

        chosen = path
        return run_job(
            self,
            QCoreApplication.translate("DeliveriesPanel", "Exporting the inbound list…"),
            job,
            done,
        )
