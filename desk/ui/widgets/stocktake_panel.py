"""The warehouse tab's stocktake page (盘点, W7 daily count, W8) and the month-end close (月结,
W9): start a count (all items, chosen ones, or today's moved items), count by scanner (scan,
type the count, Enter), see each variance and give its reason, record the written report,
submit; a supervisor approves or sends back; print the report; the month's reconciliation to
Excel and the close.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services import month_close, stocktake_papers, stocktakes
from desk.services.errors import DomainError
from desk.services.items import shown_quantity
from desk.services.jobs import JobControl
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.services.stocktakes import CountLine, StocktakeDetail, StocktakeRow
from desk.services.vocabulary import VARIANCE_REASONS
from desk.ui import labels
from desk.ui.actions import handle_failure, run_action
from desk.ui.dialogs.step_form import Step, StepDialog
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.forms import FieldErrors, whole_hint
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad, run_job
from desk.ui.paged_model import PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter
from desk.ui.widgets.stocktake_steps import (
    COLUMN_SAMPLES,
    close_month_step,
    reason_step,
    report_step,
    send_back_step,
    signed,
    start_step,
    stocktake_columns,
)

TABLES = ("stocktakes", "stocktake_lines", "month_closes")
ALERT_INK = QColor("#c62828")
class StocktakePanel(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stocktakePanel")
        self._store, self._actor = store, actor
        self.detail: StocktakeDetail | None = None
        self._detail_load = LatestLoad(self, store, self._show, self._detail_failed)
        self._line: CountLine | None = None

        def button(name: str, text: str, permission: str = "stock.read") -> QPushButton:
            made = QPushButton(text, self)
            made.setObjectName(name)
            made.setVisible(allowed(actor, permission))
            return made

        self.new_button = button(
            "newStocktakeButton",
            QCoreApplication.translate("StocktakePanel", "&New count… (F4)"), "stock.count",
        )
        self.reason_button = button(
            "reasonButton",
            QCoreApplication.translate("StocktakePanel", "&Reason… (F3)"), "stock.count",
        )
        self.report_button = button(
            "reportButton",
            QCoreApplication.translate("StocktakePanel", "Written re&port…"), "stock.count",
        )
        self.submit_button = button(
            "submitCountButton",
            QCoreApplication.translate("StocktakePanel", "&Submit for approval"), "stock.count",
        )
        self.approve_button = button(
            "approveButton",
            QCoreApplication.translate("StocktakePanel", "&Approve and adjust"), "stock.approve",
        )
        self.back_button = button(
            "sendBackButton",
            QCoreApplication.translate("StocktakePanel", "Send &back…"), "stock.approve",
        )
        self.print_button = button(
            "printStocktakeButton",
            QCoreApplication.translate("StocktakePanel", "Prin&t the report…"),
        )
        self.recon_button = button(
            "reconciliationButton",
            QCoreApplication.translate("StocktakePanel", "Month-end reconciliation…"),
        )
        self.close_button = button(
            "closeMonthButton",
            QCoreApplication.translate("StocktakePanel", "Close the &month…"), "stock.close",
        )
        self.count_label = QLabel(self)
        self.model: PagedTableModel[StocktakeRow] = PagedTableModel(
            stocktake_columns(), self._fetch, self._count, ("id", True))
        self.table = record_table("stocktakesTable", self.model, self)
        size_columns(self.table, COLUMN_SAMPLES)  # whole in either language
        self.table.horizontalHeader().setStretchLastSection(True)
        self.scan = QLineEdit(self)
        self.scan.setObjectName("stocktakeScan")
        self.scan.setPlaceholderText(
            QCoreApplication.translate("StocktakePanel", "Scan or type a barcode or code"))
        self.counted = QLineEdit(self)
        self.counted.setObjectName("stocktakeCount")
        self.counted.setPlaceholderText(
            QCoreApplication.translate("StocktakePanel", "Count, then Enter"))
        whole_hint(self.counted)
        self.counted.setMaximumWidth(max(200, self.counted.minimumWidth()))
        self.item_label = QLabel(self)
        self.item_label.setObjectName("countedItem")
        general = QLabel(self)
        self.errors = FieldErrors(general)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #1b5e20;")
        self.lines = QTableWidget(0, 8, self)
        self.lines.setObjectName("countLines")
        self.lines.setHorizontalHeaderLabels([
            QCoreApplication.translate("StocktakePanel", "Code"),
            QCoreApplication.translate("StocktakePanel", "Name"),
            QCoreApplication.translate("StocktakePanel", "Book"),
            QCoreApplication.translate("StocktakePanel", "Moved since"),
            QCoreApplication.translate("StocktakePanel", "Counted"),
            QCoreApplication.translate("StocktakePanel", "Variance"),
            QCoreApplication.translate("StocktakePanel", "Reason"),
            QCoreApplication.translate("StocktakePanel", "Cause and handling"),
        ])
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().hide()
        self._layout(general)
        self._connect_signals(events)
        self._show(None)

    def _layout(self, general: QLabel) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        for b in (self.new_button, self.recon_button, self.close_button):
            bar.addWidget(b)
        scan_row = QHBoxLayout()
        scan_label = QLabel(QCoreApplication.translate("StocktakePanel", "S&can:"), self)
        scan_label.setBuddy(self.scan)
        count_label = QLabel(QCoreApplication.translate("StocktakePanel", "C&ount:"), self)
        count_label.setBuddy(self.counted)
        self.scan.setMinimumWidth(360)
        for widget in (scan_label, self.scan, count_label, self.counted):
            scan_row.addWidget(widget)
        scan_row.addWidget(self.item_label, 1)
        errors_row = QHBoxLayout()
        self.search_error = self.errors.label_for("search", self)
        self.count_error = self.errors.label_for("count", self)
        self.general_error = general
        errors_row.addWidget(self.search_error, 2)
        errors_row.addWidget(self.count_error, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        for b in (self.reason_button, self.report_button, self.submit_button,
                  self.approve_button, self.back_button, self.print_button):
            actions.addWidget(b)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(scan_row)
        column.addLayout(errors_row)
        column.addWidget(self.lines, 1)
        column.addWidget(general)
        column.addLayout(actions)
        split = splitter(Qt.Orientation.Vertical, ((self.table, 1), (detail, 3)), self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self, events: DeskEvents) -> None:
        self.new_button.clicked.connect(self.new_count)
        self.reason_button.clicked.connect(self.give_reason)
        self.report_button.clicked.connect(self.record_report)
        self.submit_button.clicked.connect(lambda: self._act(stocktakes.submit))
        self.approve_button.clicked.connect(lambda: self._act(stocktakes.approve))
        self.back_button.clicked.connect(self.send_back)
        self.print_button.clicked.connect(self.print_report)
        self.recon_button.clicked.connect(lambda: self.export_reconciliation())
        self.close_button.clicked.connect(self.close_month)
        self.scan.returnPressed.connect(self.scanned)
        self.counted.returnPressed.connect(self.count_entered)
        self.lines.currentCellChanged.connect(lambda row, *_: self._pick_line(row))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.model.refresh)
        for key, slot in (("F4", self.new_count), ("F3", self.give_reason)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # this page only

    def _fetch(self, _k: str, _d: bool, after: PageKey | None, limit: int
               ) -> Page[StocktakeRow]:
        with self._store.read() as session:
            return stocktakes.list_stocktakes(session, self._actor, after=after, limit=limit)

    def _count(self) -> int:
        with self._store.read() as session:
            return stocktakes.count_stocktakes(session, self._actor)

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("StocktakePanel", "%n stocktake(s)", "", total))
        if self.detail is not None:
            self.open(self.detail.row.id)  # its counts, reasons and state as saved
        elif self.model.rowCount():
            self.table.selectRow(0)

    def _open_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is not None and (self.detail is None or self.detail.row.id != row.id):
            self.open(row.id)

    def open(self, stocktake_id: int) -> None:
        """The count with its lines, read on the thread pool (a full count is every item)."""
        actor = self._actor
        self._detail_load.load(
            lambda session: stocktakes.get_stocktake(session, actor, stocktake_id))

    def _detail_failed(self, _error: BaseException) -> None:
        self._show(None)  # gone, or unreadable: nothing half-shown to count into

    # -- the count --------------------------------------------------------------------------
    def _show(self, detail: StocktakeDetail | None) -> None:
        keep = self._line.id if self._line else None
        self.detail = detail
        lines = detail.lines if detail else ()
        self.lines.setRowCount(len(lines))
        for r, line in enumerate(lines):
            reason = translate("Labels", VARIANCE_REASONS[line.reason]) if line.reason else ""
            if line.needs_reason:
                reason = QCoreApplication.translate("StocktakePanel", "Needs a reason")
            values = (line.code, line.name, shown_quantity(line.frozen), signed(line.moved),
                      "" if line.counted is None else shown_quantity(line.counted),
                      signed(line.variance), reason,
                      " · ".join(p for p in (line.cause, line.handling) if p))
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if line.needs_reason:
                    cell.setForeground(QBrush(ALERT_INK))
                self.lines.setItem(r, c, cell)
            if line.id == keep:
                self.lines.setCurrentCell(r, 0)
        self.lines.resizeColumnsToContents()
        for column in range(self.lines.columnCount() - 1):  # room to read a header whole
            self.lines.setColumnWidth(column, max(self.lines.columnWidth(column) + 16, 80))
        self._update_buttons()

    def _update_buttons(self) -> None:
        state = self.detail.row.state if self.detail else ""
        counting = state == stocktakes.COUNTING
        for widget in (self.scan, self.counted, self.reason_button, self.submit_button):
            widget.setEnabled(counting)
        self.report_button.setEnabled(state in (stocktakes.COUNTING, stocktakes.SUBMITTED))
        self.approve_button.setEnabled(state == stocktakes.SUBMITTED)
        self.back_button.setEnabled(state == stocktakes.SUBMITTED)
        self.print_button.setEnabled(self.detail is not None)

    def _pick_line(self, row: int) -> None:
        lines = self.detail.lines if self.detail else ()
        self._line = lines[row] if 0 <= row < len(lines) else None
        line = self._line
        self.item_label.setText(
            f"{line.code} {line.name} ({line.unit})" if line else "")

    def scanned(self) -> None:
        """A scan (digits then Enter): its line, the count box ready for the number."""
        if self.detail is None:
            return
        take_id, actor, text = self.detail.row.id, self._actor, self.scan.text()

        def find(session: Any) -> CountLine:
            return stocktakes.find_line(session, actor, take_id, text)

        self.errors.clear()
        try:
            with self._store.read() as session:
                line = find(session)
        except DomainError as error:
            self.errors.show(error)
            self.scan.selectAll()
            return
        except Exception as exc:  # the environment failing, or a bug: said, not swallowed
            handle_failure(self, exc)
            return
        row = next(r for r, x in enumerate(self.detail.lines) if x.id == line.id)
        self.lines.setCurrentCell(row, 0)
        self.counted.setText("" if line.counted is None else shown_quantity(line.counted))
        self.counted.setFocus()
        self.counted.selectAll()

    def count_entered(self) -> None:
        if self.detail is None or self._line is None:
            return
        take_id, line_id, actor, text = (self.detail.row.id, self._line.id, self._actor,
                                         self.counted.text())
        saved = run_action(self, self._store, lambda s: stocktakes.enter_count(
            s, actor, take_id, line_id, text), self.errors)
        if saved is None:
            self.counted.selectAll()
            return
        self.open(take_id)
        self.message.setText(QCoreApplication.translate(
            "StocktakePanel", "{name}: counted {counted}, variance {variance}").format(
            name=saved.name, counted=signed(saved.counted).lstrip("+"),
            variance=signed(saved.variance)))
        self.scan.clear()
        self.scan.setFocus()

    # -- steps ------------------------------------------------------------------------------
    def _dialog(self, step: Step) -> StepDialog:
        dialog = StepDialog(self._store, step, self)
        def done() -> None:
            if isinstance(dialog.result, StocktakeDetail):  # a new count: open it
                self._show(dialog.result)
            self.model.refresh()

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_count(self) -> StepDialog | None:
        if not allowed(self._actor, "stock.count"):
            return None
        return self._dialog(start_step(self._actor))

    def give_reason(self) -> StepDialog | None:
        if self.detail is None or self._line is None or not self.reason_button.isEnabled():
            return None
        return self._dialog(reason_step(self._actor, self.detail.row.id, self._line))

    def record_report(self) -> StepDialog | None:
        if self.detail is None or not self.report_button.isEnabled():
            return None
        return self._dialog(report_step(self._actor, self.detail))

    def send_back(self) -> StepDialog | None:
        if self.detail is None or not self.back_button.isEnabled():
            return None
        return self._dialog(send_back_step(self._actor, self.detail.row))

    def _act(self, action: Any) -> None:
        if self.detail is None:
            return
        row, actor = self.detail.row, self._actor
        done = run_action(self, self._store, lambda s: action(s, actor, row.id, row.version),
                          self.errors)
        if done is not None:
            self._show(done)
            self.message.setText(labels.state("stocktake", done.row.state))
            self.model.refresh()

    def print_report(self) -> None:
        if self.detail is not None:
            take_id, actor = self.detail.row.id, self._actor
            preview_document(self, self._store, actor, lambda s: (
                stocktake_papers.stocktake_report_pdf(s, actor, take_id, translate)))

    # -- month end --------------------------------------------------------------------------
    def close_month(self) -> StepDialog | None:
        if not allowed(self._actor, "stock.close"):
            return None
        return self._dialog(close_month_step(self._actor))

    def export_reconciliation(self, month: str | None = None, path: str | None = None
                              ) -> JobControl | None:
        """W9: the month's reconciliation as Excel."""
        month = month or month_close.previous_month()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("StocktakePanel", "Save the reconciliation"),
                f"{folder}/{month_close.reconciliation_file_name(month, translate)}",
                "Excel (*.xlsx)")
            if not path:
                return None
        actor, store, chosen = self._actor, self._store, path

        def job(control: JobControl) -> month_close.ReconciliationExport:
            return month_close.export_reconciliation(store, actor, month, Path(chosen),
                                                     translate, control)

        def done(result: month_close.ReconciliationExport) -> None:
            self.message.setText(QCoreApplication.translate(
                "StocktakePanel", "{count} item(s) -> {path}").format(
                count=result.count, path=result.path))

        return run_job(self, QCoreApplication.translate(
            "StocktakePanel", "Exporting the reconciliation…"), job, done)
