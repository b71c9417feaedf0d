"""The top of the reception tab: who came, why, notes, Enter (R1)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desk.services import customers, reception
from desk.services.errors import QT_TRANSLATE_NOOP, DeskError, DomainError
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.dialogs.customer_edit import CustomerDialog
from desk.ui.forms import FieldErrors
from desk.ui.store import Store
from desk.ui.widgets.customer_picker import CustomerPicker, hit_text

NO_CUSTOMER = QT_TRANSLATE_NOOP(
    "DeskMessages",
    "Pick a customer from the suggestions, create a new one, or tick “Anonymous”.",
)


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PURPOSE_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class VisitForm(QGroupBox):
    visit_logged = Signal(object)  # VisitRow
    archive_requested = Signal(int)  # customer id

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self.setTitle(self.tr("Log a visit"))

        self.search = CustomerPicker(store, actor)
        self.new_customer = QPushButton(self.tr("New customer… (Ctrl+N)"))
        self.new_customer.setObjectName("newCustomerButton")
        self.new_customer.setShortcut("Ctrl+N")
        self.anonymous = QCheckBox(self.tr("Anonymous"))
        self.anonymous.setObjectName("anonymous")
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCustomer")
        self.open_archive = QPushButton(self.tr("Customer archive"))
        self.open_archive.setObjectName("openArchiveButton")
        self.open_archive.setEnabled(False)

        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        # The digit after each purpose is the key that picks it (1-9), shown so nobody has to
        # learn it; after, not before, so the combo's own type-to-select still finds words.
        for number, (code, text) in enumerate(labels.purposes().items(), start=1):
            self.purpose.addItem(f"{text}  ({number})" if number <= 9 else text, code)
        self.purpose.installEventFilter(self)
        self.notes = QLineEdit()
        self.notes.setObjectName("visitNotes")
        self.notes.setPlaceholderText(
            self.tr("What does the customer need? (Enter logs the visit)")
        )
        self.log_button = QPushButton(self.tr("Log visit"))
        self.log_button.setObjectName("logVisitButton")
        self.log_button.setDefault(True)

        general = QLabel()
        self.errors = FieldErrors(general)
        self._error_labels = {
            field: self.errors.label_for(field) for field in ("customer", "purpose", "notes")
        }
        self._error_labels[""] = general
        # What the last action did ("Visit JD-… logged", "already has an open visit"): it shares
        # the reserved message line with the errors, so neither pushes the form around.
        self.message = QLabel()
        self.message.setObjectName("visitFormMessage")
        for label in (*self._error_labels.values(), self.message):
            label.setWordWrap(False)
            keep_place = label.sizePolicy()
            keep_place.setRetainSizeWhenHidden(True)  # showing a message moves nothing
            label.setSizePolicy(keep_place)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Customer")), 0, 0)
        row0 = QHBoxLayout()
        row0.addWidget(self.search, 1)
        row0.addWidget(self.new_customer)
        row0.addWidget(self.anonymous)
        grid.addLayout(row0, 0, 1, 1, 3)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen)
        chosen_row.addWidget(self._error_labels["customer"], 1)
        chosen_row.addWidget(self.open_archive)
        grid.addLayout(chosen_row, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Purpose")), 2, 0)
        grid.addWidget(self.purpose, 2, 1)
        grid.addWidget(self.notes, 2, 2)
        grid.addWidget(self.log_button, 2, 3)
        # One line kept free for messages whether or not one is showing (the cells overlap:
        # only one message is shown at a time).
        grid.addWidget(self._error_labels["purpose"], 3, 1)
        grid.addWidget(self._error_labels["notes"], 3, 2, 1, 2)
        grid.addWidget(general, 3, 1, 1, 3)
        grid.addWidget(self.message, 3, 1, 1, 3)
        grid.setRowMinimumHeight(3, self.fontMetrics().lineSpacing() + 2)
        grid.setColumnStretch(2, 1)
        self._connect_signals()
        self._show_chosen(None, "")

    def _connect_signals(self) -> None:
        self.search.customer_chosen.connect(self._customer_chosen)
        self.search.customer_cleared.connect(lambda: self._show_chosen(None, ""))
        self.search.returnPressed.connect(self._search_enter)
        self.new_customer.clicked.connect(self.create_customer)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.open_archive.clicked.connect(self._open_archive)
        self.notes.returnPressed.connect(self.log_visit)
        self.log_button.clicked.connect(self.log_visit)
        # A message is about what the field held; once the clerk changes it, it no longer holds.
        self.search.textEdited.connect(lambda _t: self._field_changed("customer"))
        self.anonymous.toggled.connect(lambda _c: self._field_changed("customer"))
        self.purpose.currentIndexChanged.connect(lambda _i: self._field_changed("purpose"))
        self.notes.textEdited.connect(lambda _t: self._field_changed("notes"))

    def _field_changed(self, field: str) -> None:
        for name in (field, ""):
            label = self._error_labels[name]
            label.clear()
            label.hide()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.purpose and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
            )
            if event.key() in _ENTER and plain:
                # Digits + Enter + Enter: the second Enter logs the visit, no Tab needed.
                self.log_visit()
                return True
            number = _PURPOSE_DIGITS.get(Qt.Key(event.key()))
            if number is not None and plain and number <= self.purpose.count():
                self.purpose.setCurrentIndex(number - 1)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            # Esc starts over: a half-filled form is cleared, the cursor goes back to search.
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def _search_enter(self) -> None:
        if self.search.chosen_id is not None:
            self.purpose.setFocus()

    def _customer_chosen(self, customer_id: int, text: str) -> None:
        self.anonymous.setChecked(False)
        self._show_chosen(customer_id, text)
        self.errors.clear()
        self.message.clear()
        self._point_out_open_visit(customer_id)
        self.purpose.setFocus()

    def _point_out_open_visit(self, customer_id: int) -> None:
        """A customer with a visit still open: say so, but let the clerk log another."""
        try:
            with self._store.read() as session:
                already = reception.open_visit_of(session, self._actor, customer_id)
        except DeskError:
            return  # only a note: logging the visit will say what is wrong, where it matters
        if already is not None:
            self.show_message(self.tr(
                "Note: this customer's visit {number} (arrived {time}, {handler}) is still "
                "open. Enter logs another visit; F4 in the list finishes the open one."
            ).format(
                number=already.number,
                time=labels.local_time(already.arrived_at),
                handler=already.handler_name,
            ))

    def _show_chosen(self, customer_id: int | None, text: str) -> None:
        self.open_archive.setEnabled(customer_id is not None)
        if customer_id is not None:
            self.chosen.setText(self.tr("Customer: {customer}").format(customer=text))
        elif self.anonymous.isChecked():
            self.chosen.setText(self.tr("Anonymous walk-in"))
        else:
            self.chosen.setText(self.tr("No customer chosen yet"))

    def _anonymous_toggled(self, checked: bool) -> None:
        self.search.setEnabled(not checked)
        if checked:
            self.search.reset()
            self.purpose.setFocus()
        self._show_chosen(self.search.chosen_id, self.search.text())

    def _open_archive(self) -> None:
        if self.search.chosen_id is not None:
            self.archive_requested.emit(self.search.chosen_id)

    def create_customer(self) -> None:
        typed = self.search.text().strip() if self.search.chosen_id is None else ""
        looks_like_phone = bool(typed) and all(ch.isdigit() or ch in " -+" for ch in typed)
        dialog = CustomerDialog(
            self._store, self._actor, self,
            name="" if looks_like_phone else typed,
            phone=typed if looks_like_phone else "",
        )
        if dialog.exec() and dialog.customer is not None:
            c = dialog.customer
            hit = customers.CustomerHit(c.id, c.name, c.masked_phone, c.company, c.member_no)
            self.search.choose(c.id, hit_text(hit))

    def log_visit(self) -> None:
        self.errors.clear()
        self.message.clear()
        customer_id = self.search.chosen_id
        if customer_id is None and not self.anonymous.isChecked():
            self.errors.show(DomainError(NO_CUSTOMER, "customer"))
            self.search.setFocus()
            return
        purpose, notes = str(self.purpose.currentData()), self.notes.text()
        visit = run_action(
            self, self._store,
            lambda session: reception.log_visit(session, self._actor, customer_id, purpose, notes),
            self.errors,
        )
        if visit is not None:
            self.clear()
            self.show_message(self.tr("Visit {number} logged.").format(number=visit.number))
            self.visit_logged.emit(visit)

    def clear(self) -> None:
        self.search.reset()
        self.anonymous.setChecked(False)
        self.notes.clear()
        self.purpose.setCurrentIndex(0)
        self.errors.clear()
        self.message.clear()
        self._show_chosen(None, "")
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
