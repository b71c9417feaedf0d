"""A new invoice request (开票申请, I1-I3): the buyer, the invoice type, the lines and the sales
receipts.

The boxes a type needs show with it: a company's taxpayer id, a special invoice's address,
phone, bank and account, an electronic invoice's email. The clerk types each line into the
grid (item, spec, unit, quantity, tax-inclusive unit price, rate) and sees its amount, tax
and total, and the request's total in figures and capitals, as they type: the same money
rules as the service (:func:`desk.services.invoices.check_line`). A refused value stands
under its box, nothing saved. Enter in a box saves (the cursor goes to what is missing),
Ctrl+Enter saves from the grid too, Esc cancels.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services import invoices, money, vocabulary
from desk.services.errors import DomainError
from desk.services.invoices import InvoiceDetail, LineFigures, LineInput, RequestInput
from desk.services.permissions import Actor
from desk.ui.actions import run_action
from desk.ui.errors import message_of
from desk.ui.forms import FieldErrors
from desk.ui.labels import translate
from desk.ui.store import Store

# The grid's columns: what the clerk types, then what the desk computes.
ITEM, SPEC, UNIT, QUANTITY, PRICE, RATE, AMOUNT, TAX, TOTAL = range(9)
TYPED = (ITEM, SPEC, UNIT, QUANTITY, PRICE, RATE)
DEFAULT_RATE = "13"


class NewInvoiceDialog(QDialog):
    """``saved`` holds the request once it is saved."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None, *,
                 customer_id: int | None = None, visit_id: int | None = None,
                 customer_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("newInvoiceDialog")
        self.setWindowTitle(self.tr("New invoice request"))
        self._store = store
        self._actor = actor
        self.customer_id = customer_id
        self.visit_id = visit_id
        self.saved: InvoiceDetail | None = None
        general = QLabel(self)
        self.errors = FieldErrors(general)

        self.customer = QLabel(self)
        self.customer.setObjectName("invoiceCustomer")
        if customer_id is not None:
            self.customer.setText(self.tr("For customer {name}").format(name=customer_name))
        self.customer.setVisible(customer_id is not None)

        self.buyer_group = QButtonGroup(self)
        buyer = QWidget(self)
        buyer.setObjectName("buyer_kind")
        buyer_row = QHBoxLayout(buyer)
        buyer_row.setContentsMargins(0, 0, 0, 0)
        self.person = QRadioButton(self.tr("&Person"), buyer)
        self.person.setObjectName("buyerPerson")
        self.company = QRadioButton(self.tr("Compan&y or organisation"), buyer)
        self.company.setObjectName("buyerCompany")
        for radio in (self.person, self.company):
            self.buyer_group.addButton(radio)
            buyer_row.addWidget(radio)
        buyer_row.addStretch(1)
        buyer.setFocusProxy(self.person)
        self.person.setChecked(True)

        self.invoice_type = QComboBox(self)
        self.invoice_type.setObjectName("invoice_type")
        for code, text in vocabulary.INVOICE_TYPES.items():
            self.invoice_type.addItem(translate(vocabulary.LABELS, text), code)

        self.title = QLineEdit(customer_name, self)
        self.title.setObjectName("title")
        self.title.setMaxLength(invoices.TITLE_MAX)
        self.taxpayer_id = QLineEdit(self)
        self.taxpayer_id.setObjectName("taxpayer_id")
        self.taxpayer_id.setPlaceholderText(self.tr("18 characters, e.g. 91110000600037341L"))
        self.address_phone = QLineEdit(self)
        self.address_phone.setObjectName("address_phone")
        self.address_phone.setMaxLength(invoices.DETAILS_MAX)
        self.address_phone.setPlaceholderText(self.tr("registered address and phone"))
        self.bank_account = QLineEdit(self)
        self.bank_account.setObjectName("bank_account")
        self.bank_account.setMaxLength(invoices.DETAILS_MAX)
        self.bank_account.setPlaceholderText(self.tr("bank and account number"))
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setMaxLength(invoices.EMAIL_MAX)
        self.email.setPlaceholderText(self.tr("where the electronic invoice is sent"))
        self.receipts = QLineEdit(self)
        self.receipts.setObjectName("receipts")
        self.receipts.setPlaceholderText(self.tr("one or several, separated by commas or spaces"))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")

        head = QGridLayout()
        head.setHorizontalSpacing(10)
        head.setVerticalSpacing(2)
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        fields = (
            ("buyer_kind", self.tr("Buyer"), buyer, 0, 0),
            ("invoice_type", self.tr("Invoice &type"), self.invoice_type, 0, 1),
            ("title", self.tr("T&itle *"), self.title, 1, 0),
            ("taxpayer_id", self.tr("Ta&xpayer id *"), self.taxpayer_id, 1, 1),
            ("address_phone", self.tr("&Address and phone *"), self.address_phone, 2, 0),
            ("bank_account", self.tr("&Bank and account *"), self.bank_account, 2, 1),
            ("email", self.tr("&Email *"), self.email, 3, 0),
            ("receipts", self.tr("Sales &receipts *"), self.receipts, 3, 1),
        )
        for field, text, widget, row, column in fields:
            label = QLabel(text, self)
            label.setBuddy(widget)
            error = self.errors.label_for(field, self)
            head.addWidget(label, row * 2, column * 2, Qt.AlignmentFlag.AlignRight)
            head.addWidget(widget, row * 2, column * 2 + 1)
            head.addWidget(error, row * 2 + 1, column * 2 + 1)
            self._rows[field] = (label, widget, error)
        head.setColumnStretch(1, 1)
        head.setColumnStretch(3, 1)

        self.lines = QTableWidget(0, 9, self)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([
            self.tr("Item *"), self.tr("Spec"), self.tr("Unit"), self.tr("Quantity *"),
            self.tr("Unit price (tax incl.) *"), self.tr("Rate % *"), self.tr("Amount"),
            self.tr("Tax"), self.tr("Total")])
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines.setTabKeyNavigation(True)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SPEC, 90), (UNIT, 50), (QUANTITY, 80), (PRICE, 130), (RATE, 70),
                              (AMOUNT, 90), (TAX, 80), (TOTAL, 95)):
            self.lines.setColumnWidth(column, width)
        self.lines.verticalHeader().setDefaultSectionSize(26)
        self.lines.setMinimumHeight(150)
        self.lines_error = self.errors.label_for("lines", self)
        self.add_button = QPushButton(self.tr("Add &line (Ctrl+L)"), self)
        self.add_button.setObjectName("addLineButton")
        self.remove_button = QPushButton(self.tr("Re&move line"), self)
        self.remove_button.setObjectName("removeLineButton")
        self.totals = QLabel(self)
        self.totals.setObjectName("invoiceTotals")
        self.totals.setWordWrap(True)
        line_bar = QHBoxLayout()
        line_bar.addWidget(self.add_button)
        line_bar.addWidget(self.remove_button)
        line_bar.addWidget(self.totals, 1)

        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("N&ote"), self)
        note_label.setBuddy(self.note)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the request (Enter)"))
        ok.setObjectName("submitButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        hint = QLabel(self.tr("Enter saves · Tab moves through the grid · Ctrl+L adds a line · "
                              "Esc cancels"), self)
        hint.setStyleSheet("color: #616161;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.customer)
        layout.addLayout(head)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.lines_error)
        layout.addLayout(line_bar)
        layout.addLayout(note_row)
        layout.addWidget(self.errors.label_for("note", self))
        layout.addWidget(general)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.buyer_group.buttonToggled.connect(lambda _b, _on: self._show_needed())
        self.invoice_type.currentIndexChanged.connect(lambda _i: self._show_needed())
        self.lines.itemChanged.connect(self._line_changed)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for box in (self.title, self.taxpayer_id, self.address_phone, self.bank_account,
                    self.email, self.receipts, self.note):
            box.returnPressed.connect(self.save)
            box.textEdited.connect(lambda _t: self.errors.clear())
        self.add_line()
        self._show_needed()
        self.resize(940, 640)
        self.person.setFocus()

    # -- what the type needs ----------------------------------------------------------------
    def buyer_kind(self) -> str:
        return invoices.COMPANY if self.company.isChecked() else invoices.PERSON

    def current_type(self) -> str:
        return str(self.invoice_type.currentData())

    def _show_needed(self) -> None:
        company = self.buyer_kind() == invoices.COMPANY
        special = self.current_type() in invoices.SPECIAL_TYPES
        electronic = self.current_type() in invoices.ELECTRONIC_TYPES
        for field, shown in (("taxpayer_id", company), ("address_phone", special),
                             ("bank_account", special), ("email", electronic)):
            label, widget, error = self._rows[field]
            label.setVisible(shown)
            widget.setVisible(shown)
            if not shown:
                error.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from the boxes (their returnPressed), Ctrl+Enter from anywhere; in the
        grid a plain Enter only finishes the cell. Ctrl+L adds a line."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            return
        if (event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_line()
            return
        super().keyPressEvent(event)

    # -- the lines --------------------------------------------------------------------------
    def add_line(self) -> None:
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        for column in range(9):
            cell = QTableWidgetItem(DEFAULT_RATE if column == RATE else "")
            if column not in TYPED:
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column >= QUANTITY:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, cell)
        self.lines.blockSignals(False)
        self.lines.setCurrentCell(row, ITEM)
        self.lines.setFocus()
        self._show_totals()

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._show_totals()

    def set_cell(self, row: int, column: int, text: str) -> None:
        """What typing into a cell does (the tests type through it too)."""
        cell = self.lines.item(row, column)
        if cell is not None:
            cell.setText(text)

    def _text(self, row: int, column: int) -> str:
        cell = self.lines.item(row, column)
        return cell.text() if cell is not None else ""

    def line_input(self, row: int) -> LineInput:
        return LineInput(self._text(row, ITEM), self._text(row, QUANTITY),
                         self._text(row, PRICE), self._text(row, RATE),
                         spec=self._text(row, SPEC), unit=self._text(row, UNIT))

    def _filled(self, row: int) -> bool:
        return any(self._text(row, c).strip() for c in (ITEM, SPEC, UNIT, QUANTITY, PRICE))

    def line_inputs(self) -> list[LineInput]:
        """The lines the clerk filled in (an empty row is not a line)."""
        return [self.line_input(r) for r in range(self.lines.rowCount()) if self._filled(r)]

    def _line_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() in TYPED:
            self._show_totals()

    def _figures(self, row: int) -> LineFigures | DomainError | None:
        if not self._filled(row):
            return None
        try:
            return invoices.check_line(self.line_input(row))[3]
        except DomainError as error:
            return error

    def _show_totals(self) -> None:
        """Each line's amount, tax and total, and the request's, as the clerk types; a line
        not yet right shows why under the grid."""
        self.lines.blockSignals(True)
        checked: list[LineFigures] = []
        problem: tuple[int, DomainError] | None = None
        for row in range(self.lines.rowCount()):
            result = self._figures(row)
            shown = ("", "", "")
            if isinstance(result, LineFigures):
                checked.append(result)
                shown = (money.format_amount(result.amount), money.format_amount(result.tax),
                         money.format_amount(result.total))
            elif isinstance(result, DomainError) and problem is None:
                problem = (row, result)
            for column, text in zip((AMOUNT, TAX, TOTAL), shown, strict=True):
                cell = self.lines.item(row, column)
                if cell is not None:
                    cell.setText(text)
        self.lines.blockSignals(False)
        sums = invoices.totals(checked)
        self.totals.setText(self.tr(
            "Amount {amount} + tax {tax} = total {total}\nIn words: {words}").format(
            amount=money.format_amount(sums.amount), tax=money.format_amount(sums.tax),
            total=money.format_amount(sums.total), words=sums.words if checked else ""))
        if problem is not None:
            row, error = problem
            self.lines_error.setText(self.tr("Line {line}: {problem}").format(
                line=row + 1, problem=message_of(error)))
            self.lines_error.show()
        else:
            self.lines_error.hide()

    # -- saving -----------------------------------------------------------------------------
    def request_input(self) -> RequestInput:
        company = self.buyer_kind() == invoices.COMPANY
        special = self.current_type() in invoices.SPECIAL_TYPES
        electronic = self.current_type() in invoices.ELECTRONIC_TYPES
        return RequestInput(
            buyer_kind=self.buyer_kind(), title=self.title.text(),
            invoice_type=self.current_type(), lines=self.line_inputs(),
            receipts=[self.receipts.text()],
            taxpayer_id=self.taxpayer_id.text() if company else "",
            address_phone=self.address_phone.text() if special else "",
            bank_account=self.bank_account.text() if special else "",
            email=self.email.text() if electronic else "", note=self.note.text(),
            customer_id=self.customer_id, visit_id=self.visit_id)

    def save(self) -> None:
        data = self.request_input()
        actor = self._actor
        result = run_action(self, self._store,
                            lambda s: invoices.create_request(s, actor, data), self._refused)
        if result is not None:
            self.saved = result
            self.accept()

    def _refused(self, error: DomainError) -> None:
        self.errors.show_and_focus(error, self)
        if error.field == "lines":
            self.lines.setFocus()
