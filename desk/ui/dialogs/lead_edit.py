"""Recording a prospective buyer and handing them to a salesperson (R4).

The counter does not sign sales (seed 001 §5): :class:`LeadDialog` records who wants to buy
what, :class:`AssignLeadDialog` names the salesperson who takes it over. Both save in one
transaction on Enter and close on Esc; a refused input stays in the dialog with the message
under its field.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import leads
from desk.services.errors import DeskError, DomainError
from desk.services.leads import LeadRow
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store

log = logging.getLogger(__name__)

_NOTE_STYLE = "color: #616161;"
_BREAKS_LINE = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def _salesperson_completer(store: Store, actor: Actor, parent: QWidget) -> QCompleter:
    """Names used before; a convenience, so a failure to read them only leaves it empty."""
    try:
        with store.read() as session:
            names = leads.salesperson_names(session, actor)
    except DeskError as err:  # saving reports the same problem where it matters
        log.info("salesperson names not loaded: %s", err.text())
        names = []
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _stacked(field: QWidget, *below: QWidget) -> QVBoxLayout:
    """A field with its note and error label right under it (hidden ones take no room)."""
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    for widget in below:
        column.addWidget(widget)
    return column


def _buttons(
    dialog: QDialog, save_text: str, cancel_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(dialog)
    save = box.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName("saveButton")
    save.setDefault(True)
    cancel = box.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelButton")
    return box, save


class LeadDialog(QDialog):
    """A new sales lead; ``self.lead`` is the saved :class:`LeadRow` once accepted."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        visit_id: int | None = None,
        contact_name: str = "",
        masked_phone: str = "",
        interest: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._customer_id = customer_id
        self._visit_id = visit_id
        # With a customer from the archive the number stays masked (K2); the service reads
        # the real one. A customer without a number on file gets an empty, editable box.
        self._archive_phone = customer_id is not None and bool(masked_phone)
        self.lead: LeadRow | None = None
        self.setWindowTitle(self.tr("New sales lead"))
        self.setMinimumWidth(460)

        self._name = QLineEdit(contact_name, self)
        self._name.setObjectName("contactName")
        self._name.setMaxLength(50)
        self._phone = QLineEdit(self)
        self._phone.setObjectName("phone")
        self._interest = QPlainTextEdit(interest, self)
        self._interest.setObjectName("interest")
        self._interest.setTabChangesFocus(True)
        self._interest.setPlaceholderText(
            self.tr("For example: 50 electric fans as staff gifts. Shift+Enter starts a new line.")
        )
        self._interest.setFixedHeight(self._interest.fontMetrics().lineSpacing() * 4 + 12)
        self._interest.installEventFilter(self)
        self._salesperson = QLineEdit(self)
        self._salesperson.setObjectName("salesperson")
        self._salesperson.setMaxLength(leads.SALESPERSON_MAX)
        self._salesperson.setPlaceholderText(self.tr("Optional: assign it later from the list"))
        self._salesperson.setCompleter(_salesperson_completer(store, actor, self))
        self._phone_note = QLabel(self)
        self._phone_note.setObjectName("phoneNote")
        self._phone_note.setWordWrap(True)
        self._phone_note.setStyleSheet(_NOTE_STYLE)
        self._prepare_phone(masked_phone)

        general = QLabel(self)
        self._errors = FieldErrors(general)
        self._fields: dict[str, QWidget] = {
            "contact_name": self._name,
            "phone": self._phone,
            "interest": self._interest,
            "salesperson": self._salesperson,
        }
        self._buttons, self._save_button = _buttons(self, self.tr("Save"), self.tr("Cancel"))
        self._lay_out(general)
        self._connect_signals()
        (self._interest if contact_name.strip() else self._name).setFocus()

    def _prepare_phone(self, masked_phone: str) -> None:
        if self._archive_phone:
            self._phone.setText(masked_phone)
            self._phone.setReadOnly(True)
            self._phone.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # nothing to type: skip it
            self._phone_note.setText(self.tr("The number in the customer's archive is used."))
        elif self._customer_id is not None:
            self._phone.setPlaceholderText(self.tr("e.g. 13812345678"))
            self._phone_note.setText(
                self.tr("This customer has no number in the archive: enter one for the "
                        "salesperson to call.")
            )
        else:
            self._phone.setPlaceholderText(self.tr("e.g. 13812345678"))
            self._phone_note.hide()

    def _lay_out(self, general: QLabel) -> None:
        intro = QLabel(
            self.tr("The counter does not sign sales: record what the customer wants to buy, "
                    "and a salesperson will contact them."),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        rows: list[tuple[str, QWidget, list[QWidget]]] = [
            (self.tr("Contact &name:"), self._name, []),
            (self.tr("&Phone:"), self._phone, [self._phone_note]),
            (self.tr("&Wants to buy:"), self._interest, []),
            (self.tr("&Salesperson:"), self._salesperson, []),
        ]
        for field, (text, widget, notes) in zip(self._fields, rows, strict=True):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, _stacked(widget, *notes, self._errors.label_for(field, self)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)  # room the wrapped labels leave goes here, not between the rows
        layout.addWidget(self._buttons)
        QWidget.setTabOrder(self._name, self._phone)
        QWidget.setTabOrder(self._phone, self._interest)
        QWidget.setTabOrder(self._interest, self._salesperson)
        QWidget.setTabOrder(self._salesperson, self._save_button)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._save)
        self._buttons.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves from the multi-line box too; Shift+Enter (or Ctrl+Enter) breaks the line."""
        if watched is self._interest and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & _BREAKS_LINE:
                    self._interest.insertPlainText("\n")
                else:
                    self._save()
                return True
        return super().eventFilter(watched, event)

    def _save(self) -> None:
        saved = run_action(self, self._store, self._create, self._refused)
        if saved is not None:
            self.lead = saved
            self.accept()

    def _create(self, session: Any) -> LeadRow:
        return leads.create_lead(
            session,
            self._actor,
            contact_name=self._name.text(),
            contact_phone="" if self._archive_phone else self._phone.text(),
            interest=self._interest.toPlainText(),
            customer_id=self._customer_id,
            visit_id=self._visit_id,
            salesperson=self._salesperson.text(),
        )

    def _refused(self, err: DomainError) -> None:
        self._errors.show(err)
        widget = self._fields.get(err.field or "")
        if widget is not None:
            widget.setFocus()


class AssignLeadDialog(QDialog):
    """Hands one lead to a salesperson; ``self.lead`` is the updated row once accepted."""

    def __init__(
        self, store: Store, actor: Actor, lead: LeadRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._original = lead
        self.lead: LeadRow | None = None
        self.setWindowTitle(self.tr("Assign sales lead"))
        self.setMinimumWidth(460)

        self._salesperson = QLineEdit(lead.salesperson, self)
        self._salesperson.setObjectName("salesperson")
        self._salesperson.setMaxLength(leads.SALESPERSON_MAX)
        self._salesperson.setCompleter(_salesperson_completer(store, actor, self))
        general = QLabel(self)
        self._errors = FieldErrors(general)
        self._buttons, self._save_button = _buttons(self, self.tr("Assign"), self.tr("Cancel"))
        self._lay_out(lead, general)
        self._connect_signals()
        self._salesperson.setFocus()
        self._salesperson.selectAll()

    def _lay_out(self, lead: LeadRow, general: QLabel) -> None:
        form = QFormLayout()
        shown: list[tuple[str, str, str]] = [
            ("leadContact", self.tr("Contact:"), lead.contact_name),
            ("leadPhone", self.tr("Phone:"), lead.masked_phone),
            ("leadInterest", self.tr("Wants to buy:"), lead.interest),
            ("leadRecorded", self.tr("Recorded:"),
             self.tr("{when} by {who}").format(when=labels.local_time(lead.created_at),
                                              who=lead.created_by)),
        ]
        if lead.visit_number:
            shown.append(("leadVisit", self.tr("Visit no.:"), lead.visit_number))
        if lead.is_assigned:
            shown.append(("leadCurrent", self.tr("Assigned to:"),
                          self.tr("{who} since {when}").format(
                              who=lead.salesperson, when=labels.local_time(lead.assigned_at))))
        for name, caption, value in shown:
            text = QLabel(value, self)
            text.setObjectName(name)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, text)
        label = QLabel(self.tr("&Salesperson:"), self)
        label.setBuddy(self._salesperson)
        form.addRow(label, _stacked(self._salesperson,
                                    self._errors.label_for("salesperson", self)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addWidget(self._buttons)

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._save)
        self._buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        saved = run_action(self, self._store, self._assign, self._refused)
        if saved is not None:
            self.lead = saved
            self.accept()

    def _assign(self, session: Any) -> LeadRow:
        return leads.assign_lead(
            session, self._actor, self._original.id, self._salesperson.text(),
            expected_version=self._original.version,
        )

    def _refused(self, err: DomainError) -> None:
        self._errors.show(err)  # a stale edit has no field: it shows above the buttons
        self._salesperson.setFocus()
