"""A new order to a manufacturer (W2): the manufacturer, the person there, and the lines.

A line is entered the way the dock enters one: scan or type the item's barcode or code and
Enter (the item's name shows, the cursor goes to the quantity), Enter again to the unit price,
Enter adds the line after the service has checked it (an unknown item, a fraction of a counted
item or a price like ``１２.３４５`` is refused under its box). Ctrl+Enter places the order.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services import items, money, orders
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.orders import OrderDetail, OrderInput, OrderLineInput
from desk.services.permissions import Actor
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store


class NewOrderDialog(QDialog):
    """``saved`` holds the placed order once it is saved."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newOrderDialog")
        self.setWindowTitle(self.tr("New order to a manufacturer"))
        self.setMinimumWidth(720)
        self._store = store
        self._actor = actor
        self.saved: OrderDetail | None = None
        self._lines: list[OrderLineInput] = []
        general = QLabel(self)
        self.errors = FieldErrors(general)

        self.manufacturer = QLineEdit(self)
        self.manufacturer.setObjectName("manufacturer")
        self.manufacturer.setMaxLength(orders.MANUFACTURER_MAX)
        self.contact = QLineEdit(self)
        self.contact.setObjectName("contact")
        self.contact.setMaxLength(orders.PERSON_MAX)
        self.contact.setPlaceholderText(self.tr("who at the manufacturer took the order"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        head = QFormLayout()
        for text, widget, field in ((self.tr("&Manufacturer *"), self.manufacturer,
                                     "manufacturer"),
                                    (self.tr("&Contact *"), self.contact, "contact"),
                                    (self.tr("N&ote"), self.note, "note")):
            stack = QVBoxLayout()
            stack.setSpacing(2)
            stack.addWidget(widget)
            stack.addWidget(self.errors.label_for(field, self))
            label = QLabel(text, self)
            label.setBuddy(widget)
            head.addRow(label, stack)

        self.item = QLineEdit(self)
        self.item.setObjectName("item")
        self.item.setPlaceholderText(self.tr("scan or type barcode / code, Enter"))
        self.item_name = QLabel(self)
        self.item_name.setObjectName("itemName")
        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("quantity")
        self.unit_price = QLineEdit(self)
        self.unit_price.setObjectName("unit_price")
        self.unit_price.setPlaceholderText(self.tr("yuan, e.g. 128.50"))
        self.add_button = QPushButton(self.tr("&Add line (Enter)"), self)
        self.add_button.setObjectName("addLineButton")
        self.add_button.setAutoDefault(False)
        entry = QGridLayout()
        for column, (text, widget, field) in enumerate((
                (self.tr("&Item"), self.item, "item"),
                (self.tr("&Quantity"), self.quantity, "quantity"),
                (self.tr("Unit &price"), self.unit_price, "unit_price"))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            entry.addWidget(label, 0, column)
            entry.addWidget(widget, 1, column)
            entry.addWidget(self.errors.label_for(field, self), 2, column)
        entry.addWidget(self.add_button, 1, 3)
        entry.addWidget(self.item_name, 3, 0, 1, 4)
        entry.setColumnStretch(0, 2)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Item"), self.tr("Quantity"), self.tr("Unit price"),
            self.tr("Amount")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 220)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.setAutoDefault(False)
        self.total = QLabel(self)
        self.total.setObjectName("orderTotal")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Place the order (Ctrl+Enter)"))
        ok.setObjectName("submitButton")
        ok.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.label_for("lines", self))
        layout.addWidget(self.remove_button)
        layout.addWidget(self.total)
        layout.addWidget(general)
        layout.addWidget(self.buttons)

        self.item.returnPressed.connect(self.look_up)
        self.quantity.returnPressed.connect(self.unit_price.setFocus)
        self.unit_price.returnPressed.connect(self.add_line)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for box in (self.manufacturer, self.contact, self.note):
            box.returnPressed.connect(self.focusNextChild)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._show_total()
        self.manufacturer.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to the boxes (each moves on), never to a default button: a scan must
        not place the order. Ctrl+Enter places it."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        super().keyPressEvent(event)

    def look_up(self) -> None:
        """A scan: the item's name beside the box, then the quantity."""
        code = self.item.text()
        self.errors.clear()
        try:
            with self._store.read() as session:
                found = items.find_by_barcode(session, self._actor, code)
        except DomainError as error:
            error.field = "item"
            self.errors.show(error)
            self.item.selectAll()
            return
        self.item_name.setText(f"{found.code}  {found.name}  {found.spec}  ({found.unit})")
        self.quantity.setFocus()
        self.quantity.selectAll()

    def add_line(self) -> None:
        line = OrderLineInput(self.quantity.text(), self.unit_price.text(),
                              barcode=self.item.text())
        self.errors.clear()
        try:
            with self._store.read() as session:
                item, amount, price = orders.check_line(session, self._actor, line)
        except DomainError as error:
            self.errors.show_and_focus(error, self)
            return
        if any(existing.item_id == item.id for existing in self._lines):
            self.errors.show(DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "{name} is on this order already: one line per item."), "item",
                name=item.name))
            return
        self._lines.append(OrderLineInput(str(amount), str(price), item.id))
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((item.code, item.name, items.shown_quantity(amount),
                                       money.format_amount(price),
                                       money.format_amount(amount * price))):
            cell = QTableWidgetItem(text)
            if column >= 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, cell)
        for box in (self.item, self.quantity, self.unit_price):
            box.clear()
        self.item_name.clear()
        self._show_total()
        self.item.setFocus()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._lines):
            del self._lines[row]
            self.table.removeRow(row)
            self._show_total()

    def _show_total(self) -> None:
        total = sum((Decimal(line.unit_price) * Decimal(line.quantity) for line in self._lines),
                    Decimal(0))
        self.total.setText(self.tr("%n line(s), total {total}", "", len(self._lines)).format(
            total=money.format_amount(total.quantize(orders.CENT))))

    def save(self) -> None:
        data = OrderInput(self.manufacturer.text(), self.contact.text(), list(self._lines),
                          self.note.text())
        actor = self._actor
        result = run_action(self, self._store, lambda s: orders.create_order(s, actor, data),
                            lambda error: self.errors.show_and_focus(error, self))
        if result is not None:
            self.saved = result
            self.accept()
