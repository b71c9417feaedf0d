"""The first start: no account exists yet, so the administrator is created here (S1)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desk.services.permissions import Actor
from desk.ui.dialogs.change_password import AccountForm, PasswordPair
from desk.ui.store import Store


class FirstAdminDialog(AccountForm):
    """Creates the administrator account; ``actor`` holds it once the dialog accepts."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.actor: Actor | None = None
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Welcome: create the administrator"))
        self._add_intro(
            self.tr(
                "This desk has no accounts yet. Create the administrator account now: there is "
                "no default password, so choose one and keep it safe."
            )
        )
        self._username = self._add_line("username", self.tr("User name:"), "username")
        self._username.setPlaceholderText(self.tr("for example admin"))
        self._display_name = self._add_line("display_name", self.tr("Name:"), "displayName")
        self._display_name.setPlaceholderText(self.tr("as shown on records, e.g. 王管理"))
        self._password = PasswordPair(self, "password", self.tr("Password:"), "password")
        self.ok_button.setText(self.tr("Create administrator"))
        self._finish()

    def _submit(self) -> None:
        if not self._password.matches():
            return
        actor = self._run(self._create)
        if actor is not None:
            self.actor = actor
            self.accept()

    def _create(self, session: Any) -> Actor:
        from desk.services import staff  # loads SQLAlchemy: not before the first window shows

        return staff.create_first_admin(
            session, self._username.text(), self._display_name.text(), self._password.text()
        )
