"""A new invoice request (开票申请, I1-I3): the buyer, the invoice type, the lines and the sales
receipts.

The boxes a type needs show with it: a company's taxpayer id, a special invoice's address,
phone, bank and account, an electronic invoice's email. The clerk types each line into the
grid (item, spec, unit, quantity, tax-inclusive unit price, rate) and sees its amount, tax
and total, and the request's total in figures and capitals, as they type: the same money
rules as the service (:func:`desk.services.invoices.check_line`). A refused value stands
under its box, nothing saved.

The keyboard, as the hint line says: the cursor starts in the first box still to fill (the
title, or from a visit (R3) the email, the receipts or the grid's first cell). Tab goes down
the boxes into the grid's first cell, across a line's cells (item, spec, unit, quantity,
price, rate), from a filled line's last cell to a new line (Ctrl+L too), and out of the grid
from an empty line (or Ctrl+Tab) to the note, then Save. Enter in a cell keeps what was typed
there; Enter anywhere else (a cell not being edited too) saves, and the cursor goes to what is
missing; Ctrl+Enter saves from a cell at once; Esc cancels. A scanner ends each receipt with
Enter: in the receipts box, before the lines are typed, Enter keeps the receipt and waits for
the next one instead of saving.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
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
# Where a refused line's field is typed.
FIELD_COLUMNS = {"item": ITEM, "spec": SPEC, "unit": UNIT, "quantity": QUANTITY,
                 "unit_price": PRICE, "rate": RATE}


class LinesGrid(QTableWidget):
    """The lines' grid, moved through like a form: Tab and Shift+Tab go over the typed cells
    only (item → spec → unit → quantity → price → rate), from a filled last line's last cell
    to a new line, and out of the grid from an empty line; Ctrl+Tab leaves at once. Enter in
    a cell commits it and stays; Enter on a cell not being edited is left to the dialog (it
    saves). ``leave(forward)`` and ``new_line()`` are the dialog's."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(0, 9, parent)
        self.leave: Callable[[bool], None] = lambda _forward: None
        self.new_line: Callable[[], None] = lambda: None
        self.save: Callable[[], None] = lambda: None

    def filled(self, row: int) -> bool:
        return any(self._text(row, c).strip() for c in (ITEM, SPEC, UNIT, QUANTITY, PRICE))

    def _text(self, row: int, column: int) -> str:
        cell = self.item(row, column)
        return cell.text() if cell is not None else ""

    def go(self, row: int, column: int) -> None:
        """The cursor into a cell, its editor open for typing."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setCurrentCell(row, column)
        cell = self.item(row, column)
        if cell is not None and self.state() != QAbstractItemView.State.EditingState:
            self.editItem(cell)

    def commit(self) -> None:
        """The cell being edited keeps what was typed, its editor closed."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.viewport().isAncestorOf(editor):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, forward: bool) -> None:
        row, column = self.currentRow(), self.currentColumn()
        last = self.rowCount() - 1
        if row < 0:
            if forward and self.rowCount():
                self.go(0, ITEM)
            else:
                self.leave(forward)
            return
        if forward:
            if not self.filled(row) and row == last:
                self.leave(True)
            elif column in TYPED and column != RATE:
                self.go(row, TYPED[TYPED.index(column) + 1])
            elif row < last:
                self.go(row + 1, ITEM)
            else:
                self.new_line()
        elif column in TYPED and column != ITEM:
            self.go(row, TYPED[TYPED.index(column) - 1])
        elif row > 0:
            self.go(row - 1, RATE)
        else:
            self.leave(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into from the boxes above: the first cell; back from below: the last."""
        super().focusInEvent(event)
        if self.rowCount() and self.state() != QAbstractItemView.State.EditingState:
            if event.reason() == Qt.FocusReason.TabFocusReason:
                self.go(0, ITEM)
            elif event.reason() == Qt.FocusReason.BacktabFocusReason:
                self.go(self.rowCount() - 1, RATE)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Tab in a cell's editor: the value is committed already; our own next cell."""
        moves = {QAbstractItemDelegate.EndEditHint.EditNextItem: True,
                 QAbstractItemDelegate.EndEditHint.EditPreviousItem: False}
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint
                            if hint in moves else hint)
        if hint in moves and QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
            self.leave(True)  # Ctrl+Tab: out of the grid
        elif hint in moves:
            self.step(moves[hint])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not control:
            self.step(key == Qt.Key.Key_Tab
                      and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.state() == QAbstractItemView.State.EditingState:
                # The delegate commits the cell and closes its editor next (queued); with
                # Ctrl the request saves after that.
                if control:
                    QTimer.singleShot(0, self.save)
                return
            event.ignore()  # not editing: the dialog saves
            return
        super().keyPressEvent(event)


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
        self._refused_once = False
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

        self.lines = LinesGrid(self)
        self.lines.leave = self._leave_grid
        self.lines.new_line = self.add_line
        self.lines.save = self.save
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
        hint = QLabel(self.tr(
            "Tab: next box, into the grid, across a line; a filled line's last cell: a new "
            "line (Ctrl+L); an empty line or Ctrl+Tab: out of the grid · Enter in a cell keeps "
            "it, Enter again saves · before the lines are typed, Enter after a receipt waits "
            "for the next one · Esc cancels"), self)
        hint.setObjectName("invoiceKeysHint")
        hint.setWordWrap(True)
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
        # Enter reaches keyPressEvent from every box (a line edit passes it on): one path,
        # one save per key press.
        for box in (self.title, self.taxpayer_id, self.address_phone, self.bank_account,
                    self.email, self.receipts, self.note):
            box.textEdited.connect(lambda _t: self._clear_errors())
        chain: list[QWidget] = [self.person, self.company, self.invoice_type, self.title,
                                self.taxpayer_id, self.address_phone, self.bank_account,
                                self.email, self.receipts, self.lines, self.note, ok,
                                self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                                self.add_button, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.add_line(focus=False)
        self._show_needed()
        self.resize(940, 640)
        self._focused_once = False

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

    def _boxes(self) -> list[QLineEdit]:
        """The header's boxes the clerk must fill, in the order they are typed."""
        return [box for box in (self.title, self.taxpayer_id, self.address_phone,
                                self.bank_account, self.email, self.receipts)
                if not box.isHidden()]

    def focus_first_missing(self) -> None:
        """The cursor in the first box still empty, else in the first line not yet typed."""
        for box in self._boxes():
            if not box.text().strip():
                box.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        rows = [r for r in range(self.lines.rowCount()) if not self.lines.filled(r)]
        self.lines.go(rows[0] if rows else self.lines.rowCount() - 1, ITEM)

    def _lines_ready(self) -> bool:
        """At least one line, and every line typed is right."""
        results = [self._figures(r) for r in range(self.lines.rowCount())]
        return (any(isinstance(x, LineFigures) for x in results)
                and not any(isinstance(x, DomainError) for x in results))

    def _receipt_entered(self) -> None:
        """Enter in the receipts box (a scanner ends each receipt with it): while the lines
        are not typed yet the request cannot be saved, so the receipt is kept, a comma
        added and the cursor waits for the next one (saving would send the cursor, and the
        next scan, into another box); with the lines typed it saves."""
        text = self.receipts.text().rstrip()
        if self._lines_ready() or not text:
            self.save()
            return
        if text[-1] not in ",;，；、":
            self.receipts.setText(text + ", ")
        self.receipts.end(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.focus_first_missing()

    def _leave_grid(self, forward: bool) -> None:
        (self.note if forward else self._boxes()[-1]).setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from anywhere but a cell being edited (the grid keeps Enter there for
        the cell), the receipts box (:meth:`_receipt_entered`) and a button (pressed); Ctrl+L
        adds a line."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()  # Enter on Cancel cancels, on Add line adds one
            elif focused is self.receipts:
                self._receipt_entered()
            else:
                self.save()
            return
        if (event.key() == Qt.Key.Key_L
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_line()
            return
        super().keyPressEvent(event)

    # -- the lines --------------------------------------------------------------------------
    def add_line(self, focus: bool = True) -> None:
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
        if focus:
            self.lines.go(row, ITEM)
        else:
            self.lines.setCurrentCell(row, ITEM)
        self._show_totals()

    def remove_line(self) -> None:
        """The current line goes; the cursor goes back into the grid (a fresh line if that
        was the last one), so the clerk types on without reaching for the mouse."""
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._show_totals()
        if self.lines.rowCount():
            self.lines.go(min(max(row, 0), self.lines.rowCount() - 1), ITEM)
        else:
            self.add_line()

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
        return self.lines.filled(row)

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

    def _not_reached(self, row: int, error: DomainError) -> bool:
        """The line being typed is not wrong for a cell the clerk has not reached yet: an
        empty cell of the current line waits, a value typed wrong shows at once. Once a save
        was refused, every line not yet right says so."""
        column = FIELD_COLUMNS.get(error.field or "")
        return (not self._refused_once and column is not None
                and row == self.lines.currentRow() and not self._text(row, column).strip())

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
            elif isinstance(result, DomainError) and problem is None \
                    and not self._not_reached(row, result):
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
        self.lines.commit()  # what is typed in a cell counts, even while it is being edited
        data = self.request_input()
        actor = self._actor
        result = run_action(self, self._store,
                            lambda s: invoices.create_request(s, actor, data), self._refused)
        if result is not None:
            self.saved = result
            self.accept()

    def _refused(self, error: DomainError) -> None:
        self._refused_once = True
        self.errors.show_and_focus(error, self)
        if error.field == "lines":
            self._go_to_problem()
        else:
            self._show_totals()  # a line not yet right still says so under the grid

    def _clear_errors(self) -> None:
        """A box edited: its refusal goes; a line not yet right still says so."""
        self.errors.clear()
        self._show_totals()

    def _go_to_problem(self) -> None:
        """The cursor in the cell of the first line that is not right (the refusal saying
        which line, as while typing), else the first line's item."""
        for row in range(self.lines.rowCount()):
            result = self._figures(row)
            if isinstance(result, DomainError):
                self._show_totals()
                self.lines.go(row, FIELD_COLUMNS.get(result.field or "", ITEM))
                return
        if self.lines.rowCount():
            self.lines.go(0, ITEM)
        else:
            self.add_line()
