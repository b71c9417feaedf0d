"""Create a customer, or edit one's details (K1). A stale edit is refused (S5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services import customers
from desk.services.customers import CustomerDetail, CustomerInput
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store


class CustomerDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        existing: CustomerDetail | None = None,
        name: str = "",
        phone: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._existing = existing
        self.customer: CustomerDetail | None = None
        self.setObjectName("customerDialog")
        self.setWindowTitle(self.tr("Edit customer") if existing else self.tr("New customer"))
        self.setMinimumWidth(440)

        self.name = QLineEdit(existing.name if existing else name)
        self.name.setObjectName("name")
        self.phone = QLineEdit("" if existing else phone)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(
            self.tr("{masked} (leave empty to keep)").format(masked=existing.masked_phone)
            if existing and existing.has_phone
            else self.tr("Mobile 13812345678 or landline 010-62345678")
        )
        self.member_no = QLineEdit(existing.member_no if existing else "")
        self.member_no.setObjectName("memberNo")
        self.company = QLineEdit(existing.company if existing else "")
        self.company.setObjectName("company")
        self.notes = QPlainTextEdit(existing.notes if existing else "")
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        general = QLabel()
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow("", self.errors.label_for("name"))
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.errors.label_for("phone"))
        form.addRow(self.tr("Member no."), self.member_no)
        form.addRow("", self.errors.label_for("member_no"))
        form.addRow(self.tr("Company"), self.company)
        form.addRow("", self.errors.label_for("company"))
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.errors.label_for("notes"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.name.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(),
            phone=self.phone.text(),
            member_no=self.member_no.text(),
            company=self.company.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        saved = run_action(self, self._store, self._save, self._refused)
        if saved is not None:
            self.customer = saved
            self.accept()

    def _save(self, session: Any) -> CustomerDetail:
        if self._existing is None:
            return customers.create_customer(session, self._actor, self._input())
        return customers.update_customer(
            session, self._actor, self._existing.id, self._existing.version, self._input()
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)
        self._focus_field(error.field)
        self.adjustSize()  # make room for the message instead of squeezing the form

    def _focus_field(self, field: str | None) -> None:
        widget = {
            "name": self.name,
            "phone": self.phone,
            "member_no": self.member_no,
            "company": self.company,
        }.get(field or "")
        if widget is not None:
            widget.setFocus()
            widget.selectAll()
