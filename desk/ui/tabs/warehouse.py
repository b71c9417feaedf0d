"""The warehouse tab (仓库, W1, W6, W7): find an item by code, barcode scan, name or pinyin in
one box; the items list with the ones below safety stock in red, saying so in words; the
picked item's on-hand and ledger; new and edited items; issuing out; the ledger of a range of
days to Excel (the job ``desk export ledger`` runs).

Built for a scanner and the keyboard: whatever is typed or scanned anywhere in the tab goes to
the search box; a scan (the scanner types the digits then Enter) picks its item, or says next
to the box that no item has that barcode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import items, ledger_export, stock
from desk.services.errors import DeskError, DomainError
from desk.services.items import ItemFilter, ItemRow, shown_quantity
from desk.services.jobs import JobControl
from desk.services.ledger_export import LedgerRange
from desk.services.paging import Page, PageKey, Sort
from desk.services.permissions import Actor, allowed
from desk.ui.dialogs.ledger_export import LedgerExportDialog
from desk.ui.dialogs.step_form import Step, StepDialog
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.forms import FieldErrors, whole_hint
from desk.ui.labels import translate
from desk.ui.operations import run_job
from desk.ui.paged_model import ALERT, Column, PagedTableModel
from desk.ui.scanner import ScanToSearch
from desk.ui.store import Store
from desk.ui.widgets.deliveries_panel import DeliveriesPanel
from desk.ui.widgets.desk_pages import DeskPages
from desk.ui.widgets.orders_panel import OrdersPanel
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter
from desk.ui.widgets.stock_ledger import StockLedger
from desk.ui.widgets.stocktake_panel import StocktakePanel
from desk.ui.widgets.warehouse_steps import issue_step, item_step, opening_step

TABLES = ("items", "stock_movements")
SEARCH_DELAY_MS = 250


def stock_state(item: ItemRow) -> str:
    """W1: why a row stands out, in words (never colour alone)."""
    if item.below_safety:
        return QCoreApplication.translate(
            "WarehouseTab", "Below safety stock ({on_hand} < {safety})"
        ).format(on_hand=shown_quantity(item.on_hand), safety=shown_quantity(item.safety_stock))
    return ""


def item_columns() -> list[Column[ItemRow]]:
    """What a clerk reads first (code, name, spec, on hand and why it is short) on the left;
    the barcode, which a scanner reads for them, last."""

    return [
        Column(QCoreApplication.translate("WarehouseTab", "Code"), "code", lambda i: i.code),
        Column(QCoreApplication.translate("WarehouseTab", "Name"), "name", lambda i: i.name),
        Column(QCoreApplication.translate("WarehouseTab", "Spec/model"), None, lambda i: i.spec),
        Column(
            QCoreApplication.translate("WarehouseTab", "On hand"),
            None,
            lambda i: shown_quantity(i.on_hand),
            True,
        ),
        Column(QCoreApplication.translate("WarehouseTab", "Unit"), None, lambda i: i.unit),
        Column(
            QCoreApplication.translate("WarehouseTab", "Safety stock"),
            None,
            lambda i: shown_quantity(i.safety_stock),
            True,
        ),
        Column(QCoreApplication.translate("WarehouseTab", "Stock"), None, stock_state),
        Column(QCoreApplication.translate("WarehouseTab", "Colour"), None, lambda i: i.colour),
        Column(QCoreApplication.translate("WarehouseTab", "Size"), None, lambda i: i.size),
        Column(QCoreApplication.translate("WarehouseTab", "Barcode"), None, lambda i: i.barcode),
    ]


STOCK_COLUMN = 6
# Wide enough for the usual text in either language (the header's own width counts too).
_COLUMN_SAMPLES = (
    "DK-1001-XXXX",
    "空气净化器滤网",
    "RVV 3×1.5mm",
    "99999.5",
    "千克",
    "99999.5",
    "Below safety stock (999 < 999)",
    "浅灰色",
    "55寸",
    "6901234567892",
)



class WarehouseTab(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("warehouseTab")
        self._store = store
        self._actor = actor
        self._filter = ItemFilter()
        self._wanted_id: int | None = None  # the item to pick once the list has reloaded
        self.shown: ItemRow | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("itemSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "WarehouseTab", "Code, barcode, name or pinyin initials — or scan"
            )
        )
        self.search.setClearButtonEnabled(True)
        whole_hint(self.search)
        find = QLabel(QCoreApplication.translate("WarehouseTab", "&Find:"), self)
        find.setBuddy(self.search)
        general = QLabel(self)
        self.errors = FieldErrors(general)
        self.search_error = self.errors.label_for("search", self)
        self.below_only = QCheckBox(
            QCoreApplication.translate("WarehouseTab", "Only &below safety stock"), self
        )
        self.below_only.setObjectName("belowSafetyOnly")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("itemCount")
        self.new_button = QPushButton(
            QCoreApplication.translate("WarehouseTab", "&New item… (Ctrl+N)"), self
        )
        self.new_button.setObjectName("newItemButton")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.edit_button = QPushButton(
            QCoreApplication.translate("WarehouseTab", "&Edit item…"), self
        )
        self.edit_button.setObjectName("editItemButton")
        self.issue_button = QPushButton(
            QCoreApplication.translate("WarehouseTab", "&Issue out… (F8)"), self
        )
        self.issue_button.setObjectName("issueButton")
        self.opening_button = QPushButton(
            QCoreApplication.translate("WarehouseTab", "O&pening balance…"), self
        )
        self.opening_button.setObjectName("openingButton")
        self.ledger_button = QPushButton(
            QCoreApplication.translate("WarehouseTab", "E&xport ledger…"), self
        )
        self.ledger_button.setObjectName("exportLedgerButton")
        self.ledger_button.setToolTip(QCoreApplication.translate(
            "WarehouseTab", "The stock ledger of a range of days to Excel: every movement, and "
            "each item's opening, in, out and closing"))
        self.opening_button.setToolTip(QCoreApplication.translate(
            "WarehouseTab", "What is on the shelf when the desk starts keeping the item's book"))
        # What the last action did (an issue's number): the list alone may not show it.
        self.message = QLabel(self)
        self.message.setObjectName("warehouseMessage")
        self.message.setStyleSheet("color: #1b5e20;")
        self.opening_button.setVisible(allowed(actor, "stock.receive"))
        self.new_button.setVisible(allowed(actor, "item.write"))
        self.edit_button.setVisible(allowed(actor, "item.write"))
        self.issue_button.setVisible(allowed(actor, "stock.issue"))
        self.ledger_button.setVisible(allowed(actor, "stock.read"))

        self.model: PagedTableModel[ItemRow] = PagedTableModel(
            item_columns(),
            self._fetch,
            self._count,
            ("code", False),
            style=lambda i: ALERT if i.below_safety else None,
        )
        self.table = record_table("itemsTable", self.model, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self.ledger = StockLedger(store, actor, self)

        bar = QHBoxLayout()
        bar.addWidget(find)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.below_only)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.opening_button)
        bar.addWidget(self.issue_button)
        bar.addWidget(self.ledger_button)
        split = splitter(
            Qt.Orientation.Vertical, ((self.table, 3), (self.ledger, 2)), self, "warehouseSplit")
        items_page = QWidget(self)
        items_layout = QVBoxLayout(items_page)
        items_layout.addLayout(bar)
        items_layout.addWidget(self.search_error)
        items_layout.addWidget(self.message)
        items_layout.addWidget(general)
        items_layout.addWidget(split, 1)
        # W3-W5: the dock's deliveries beside the items, one page each (Ctrl+PgDown between).
        self.deliveries = DeliveriesPanel(store, actor, events, self)
        self.pages = DeskPages(self)
        self.pages.setObjectName("warehousePages")
        self.pages.addTab(items_page, QCoreApplication.translate("WarehouseTab", "Items"))
        self.pages.addTab(self.deliveries,
                          QCoreApplication.translate("WarehouseTab", "Deliveries at the dock"))
        self.orders = OrdersPanel(store, actor, events, self)  # W2
        self.pages.addTab(self.orders, QCoreApplication.translate("WarehouseTab", "Orders"))
        self.pages.addTab(StocktakePanel(store, actor, events, self),
                          QCoreApplication.translate("WarehouseTab", "Stocktake"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._connect_signals(events)
        self._show_item(None)

    def _size_columns(self) -> None:
        size_columns(self.table, _COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _connect_signals(self, events: DeskEvents) -> None:
        self.search.textEdited.connect(self._typed)
        self.search.returnPressed.connect(self.scan)
        self._search_timer.timeout.connect(self._apply_search)
        self.below_only.toggled.connect(lambda _on: self._apply_search())
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.issue_button.clicked.connect(self.issue_out)
        self.opening_button.clicked.connect(self.opening_balance)
        self.ledger_button.clicked.connect(lambda: self.export_ledger())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.issue_out())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(
            self, events, TABLES,
            self.refresh, first_shown=self.focus_search)
        QShortcut(QKeySequence("F8"), self, self.issue_out)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        ScanToSearch(lambda: self.search, (  # a scan is heard wherever the tab has focus
            self.table, self.ledger.table, self.below_only, self.new_button, self.edit_button,
            self.opening_button, self.issue_button, self.ledger_button,
        ), self, into=self.table)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- finding ----------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.errors.clear()
        self.message.clear()
        self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._filter = ItemFilter(self.search.text(), self.below_only.isChecked())
        self.refresh()

    def scan(self) -> None:
        """Enter in the box: a barcode or code picks its item; a scanned number no item has
        is said next to the box; other text just searches."""
        self.errors.clear()
        typed = self.search.text().strip()
        if typed and " " not in typed:
            try:
                with self._store.read() as session:
                    found = items.find_by_barcode(session, self._actor, typed)
            except DomainError as error:
                if typed.isdigit():  # what a scanner types: it was meant as one item
                    self.errors.show(error)
                    self._show_item(None)  # nothing scanned may be issued by F8
                    self.table.clearSelection()
                    self.search.selectAll()
                    return
            except DeskError as error:
                self.errors.show(error)
                return
            else:
                self._wanted_id = found.id
                self._show_item(found)
        self._apply_search()
        self.search.selectAll()  # the next scan replaces this one

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.refresh()

    def _fetch(
        self, key: str, descending: bool, after: PageKey | None, limit: int
    ) -> Page[ItemRow]:
        with self._store.read() as session:
            return items.list_items(
                session, self._actor, self._filter, Sort(key, descending), after=after, limit=limit
            )

    def _count(self) -> int:
        with self._store.read() as session:
            return items.count_items(session, self._actor, self._filter)

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("WarehouseTab", "%n item(s)", "", total)
        )
        wanted = self._wanted_id or (self.shown.id if self.shown else None)
        self._wanted_id = None
        row = self.model.index_where(lambda i: i.id == wanted) if wanted else -1
        if row < 0 and self.model.rowCount() == 1:
            row = 0  # one match: the clerk means it
        if row >= 0:
            self.table.selectRow(row)
            self._show_item(self.model.row_at(row))
        else:  # the item shown is not in the list any more: nothing to edit or issue
            self._show_item(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.row_at(current.row())
        if item is not None:
            self._show_item(item)

    def _show_item(self, item: ItemRow | None) -> None:
        changed = item != self.shown
        self.shown = item
        self.edit_button.setEnabled(item is not None)
        self.issue_button.setEnabled(item is not None and item.on_hand > 0)
        self.opening_button.setEnabled(item is not None and item.on_hand == 0)
        if changed:
            self.ledger.show_item(item)

    # -- forms ------------------------------------------------------------------------------
    def new_item(self) -> StepDialog | None:
        if not allowed(self._actor, "item.write"):
            return None
        return self._open(item_step(self._actor))

    def edit_item(self) -> StepDialog | None:
        if self.shown is None or not allowed(self._actor, "item.write"):
            return None
        return self._open(item_step(self._actor, self.shown))

    def issue_out(self) -> StepDialog | None:
        if self.shown is None or not allowed(self._actor, "stock.issue"):
            return None
        return self._open(issue_step(self._actor, self.shown))

    def opening_balance(self) -> StepDialog | None:
        if self.shown is None or not allowed(self._actor, "stock.receive"):
            return None
        return self._open(opening_step(self._actor, self.shown))

    def export_ledger(self, selection: LedgerRange | None = None, path: str | None = None
                      ) -> JobControl | None:
        """W7: the ledger of a range (this month, the picked item by default) as Excel."""
        if selection is None:
            dialog = LedgerExportDialog(self.shown, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            selection = dialog.selection()
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            code = self.shown.code if self.shown and self.shown.id == selection.item_id else ""
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("WarehouseTab", "Save the stock ledger"),
                f"{folder}/{ledger_export.ledger_file_name(selection, translate, code)}",
                "Excel (*.xlsx)")
            if not path:
                return None
        actor, store, chosen, wanted = self._actor, self._store, path, selection

        def job(control: JobControl) -> ledger_export.LedgerExport:
            return ledger_export.export_ledger(store, actor, wanted, Path(chosen), translate,
                                               control)

        def done(result: ledger_export.LedgerExport) -> None:
            self.message.setText(QCoreApplication.translate(
                "WarehouseTab", "{count} movement(s) of {items} item(s) -> {path}").format(
                count=result.count, items=result.items, path=result.path))

        return run_job(self, QCoreApplication.translate(
            "WarehouseTab", "Exporting the stock ledger…"), job, done)

    def _open(self, step: Step) -> StepDialog:
        dialog = StepDialog(self._store, step, self)
        item = self.shown

        def saved() -> None:
            self.announce(dialog.result, item)
            if isinstance(dialog.result, ItemRow):
                self._wanted_id = dialog.result.id
            self.focus_search()

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def announce(self, result: object, item: ItemRow | None) -> None:
        """Say what the last form did, with the document's number."""
        if isinstance(result, stock.IssueRow):
            text = QCoreApplication.translate(
                "WarehouseTab", "Issued out {number}: {lines}.").format(
                number=result.number, lines="; ".join(
                    f"{line.name} {shown_quantity(line.quantity)} {line.unit}"
                    for line in result.lines))
        elif isinstance(result, stock.MovementRow) and item is not None:
            text = QCoreApplication.translate(
                "WarehouseTab", "Opening balance of {code}: {quantity} {unit}.").format(
                code=item.code, quantity=shown_quantity(result.quantity), unit=item.unit)
        elif isinstance(result, ItemRow):
            text = QCoreApplication.translate("WarehouseTab", "Item {code} saved.").format(
                code=result.code)
        else:
            return
        self.message.setText(text)
