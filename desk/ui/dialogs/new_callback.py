"""A callback the desk enters itself (B1): a satisfaction-survey opinion, a special paid
service (特约服务), a product follow-up, or any other. Complaint callbacks are never entered
here: the complaint's rectification schedules them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.services import callback_documents, callbacks, clock, vocabulary
from desk.services.callbacks import CallbackDetail, CallbackFilter, NewCallback
from desk.services.errors import DeskError, DomainError
from desk.services.permissions import Actor, allowed
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.labels import translate
from desk.ui.operations import start_in_background
from desk.ui.store import Store
from desk.ui.widgets.customer_picker import CustomerPicker

SOURCES = (callbacks.FOLLOW_UP, callbacks.SURVEY, callbacks.SPECIAL, callbacks.MANUAL)


def _day(edit: QDateEdit) -> Any:
    return edit.date().toPython()


KNOWN_CALLBACKS = 500  # the latest callbacks whose departments the combo offers


def known_departments(session: Any, actor: Actor) -> list[str]:
    """The departments already used, so a typo does not make a new one in the batch print's
    choice (B4): those of done callbacks (a supervisor's list), and those of the latest
    callbacks the clerk can see (a complaint's callback carries its complaint's department)."""
    names: set[str] = set()
    if allowed(actor, "callback.print"):  # a counter clerk does not print
        names.update(callback_documents.departments(session, actor))
    page = callbacks.list_callbacks(session, actor, CallbackFilter(view="all"),
                                    limit=KNOWN_CALLBACKS)
    names.update(row.department for row in page.rows if row.department)
    return sorted(names)


def _today() -> QDate:
    """The store's today (its clock), not the machine's."""
    day = clock.local_today()
    return QDate(day.year, day.month, day.day)


class NewCallbackDialog(QDialog):
    """``saved`` holds the callback once saved. The fields shown follow the source chosen."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCallbackDialog")
        self.setWindowTitle(self.tr("New callback"))
        self.setMinimumWidth(560)
        self._store = store
        self._actor = actor
        self.saved: CallbackDetail | None = None
        general = QLabel(self)
        self.errors = FieldErrors(general)
        self.source = QComboBox(self)
        self.source.setObjectName("source")
        for code in SOURCES:
            self.source.addItem(
                translate(vocabulary.LABELS, vocabulary.CALLBACK_SOURCES[code]), code)
        self.customer = CustomerPicker(store, actor, self)
        self.customer.setObjectName("customer")
        self.subject = NotesEdit(self.save, self)
        self.subject.setObjectName("subject")
        self.subject.setFixedHeight(64)
        # Typed or chosen from the departments already used.
        self.department = QComboBox(self)
        self.department.setObjectName("department")
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        department_line = self.department.lineEdit()
        assert department_line is not None
        department_line.setMaxLength(40)
        today = _today()
        self.due = QDateEdit(today, self)
        self.due.setObjectName("due")
        self.summary_on = QDateEdit(today, self)
        self.summary_on.setObjectName("summary_on")
        for edit in (self.due, self.summary_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.fee = QLineEdit(self)
        self.fee.setObjectName("service_fee")
        self.fee.setPlaceholderText(self.tr("e.g. 120.00"))
        self.fee.returnPressed.connect(self.save)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._rows: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._add("source", self.tr("&Source *"), self.source)
        self._add("customer", self.tr("C&ustomer"), self.customer)
        self._add("subject", self.tr("&About *"), self.subject)
        # A survey's opinion goes to a department: there it is required (B1).
        self._department_words = (self.tr("&Department"), self.tr("&Department *"))
        self._add("department", self._department_words[0], self.department)
        self._add("due", self.tr("Call &back on *"), self.due)
        self._add("summary_on", self.tr("Survey summarised on *"), self.summary_on)
        self._add("service_fee", self.tr("&Fee (yuan) *"), self.fee)
        # The label column keeps its width whichever rows the source shows.
        metrics = self.fontMetrics()
        widest = max(*(label.sizeHint().width() for label in self._labels.values()),
                     *(metrics.horizontalAdvance(text.replace("&", ""))
                       for text in self._department_words))
        for label in self._labels.values():
            label.setMinimumWidth(widest)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #616161;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the callback"))
        ok.setObjectName("saveCallbackButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.explain)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.source.currentIndexChanged.connect(self._source_changed)
        self._source_changed()
        self._load_departments()
        self.source.setFocus()

    def _load_departments(self) -> None:
        store, actor = self._store, self._actor

        def work(_progress: Any) -> list[str]:
            with store.read() as session:
                return known_departments(session, actor)

        def loaded(names: list[str]) -> None:
            if isValid(self):
                typed = self.department.currentText()
                self.department.addItems(names)
                self.department.setEditText(typed)  # what the clerk typed meanwhile stays

        def failed(error: BaseException) -> None:
            if not isinstance(error, DeskError):
                raise error
            # No list to choose from: the department is typed, as before.

        start_in_background(work, loaded, failed)

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self.errors.label_for(name, box))
        text = QLabel(label, self)
        text.setBuddy(widget)
        self.form.addRow(text, box)
        self._rows[name] = box
        self._labels[name] = text

    def _show_row(self, name: str, shown: bool) -> None:
        self.form.setRowVisible(self._rows[name], shown)

    def chosen_source(self) -> str:
        return str(self.source.currentData())

    def _source_changed(self) -> None:
        source = self.chosen_source()
        self._show_row("due", source in (callbacks.FOLLOW_UP, callbacks.MANUAL))
        self._show_row("summary_on", source == callbacks.SURVEY)
        self._show_row("service_fee", source == callbacks.SPECIAL)
        self._labels["department"].setText(
            self._department_words[source == callbacks.SURVEY])
        self.errors.clear()
        self.explain.setText({
            callbacks.SURVEY: self.tr(
                "The opinion goes to the department within 2 days of the summary, its written "
                "measures come back within 3 days, and the customer is called back within 14 "
                "days of the fix (calendar days). The customer signs the record."),
            callbacks.SPECIAL: self.tr(
                "Print the payment notice and record its delivery; the phone callback on the "
                "customer's satisfaction follows within 7 days, without a signature."),
            callbacks.FOLLOW_UP: self.tr("A call to ask how the product is working."),
            callbacks.MANUAL: self.tr("Any other callback the desk promised."),
        }[source])
        self.adjustSize()

    def data(self) -> NewCallback:
        return NewCallback(
            source=self.chosen_source(), subject=self.subject.toPlainText(),
            customer_id=self.customer.chosen_id, department=self.department.currentText(),
            due=_day(self.due), summary_on=_day(self.summary_on), service_fee=self.fee.text(),
        )

    def save(self) -> None:
        data, actor = self.data(), self._actor
        saved = run_action(self, self._store,
                           lambda s: callbacks.add_callback(s, actor, data), self._refused)
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, error: DomainError) -> None:
        self.errors.show_and_focus(error, self)
        self.adjustSize()
