"""The administrator's account dialogs: a new account, an edit, a password reset (S1, S2).

Each dialog saves in one transaction when OK is pressed and accepts only once the change is
committed; the staff tab then announces the change. There is no delete: an account is
deactivated in the edit dialog (or with the tab's Deactivate button) and keeps its history.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from desk.services import staff
from desk.services.permissions import COUNTER, Actor
from desk.services.staff import StaffInfo
from desk.ui import labels
from desk.ui.dialogs.change_password import AccountForm, PasswordPair
from desk.ui.store import Store


def _role_combo(parent: QWidget, current: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("role")
    for code, title in labels.roles().items():
        combo.addItem(title, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class StaffDialog(AccountForm):
    """A new account with a password the person must change at the first sign-in."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._actor = actor
        self.created: StaffInfo | None = None
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("New account"))
        self._username = self._add_line("username", self.tr("User name:"), "username")
        self._username.setPlaceholderText(self.tr("for signing in, e.g. lisi"))
        self._display_name = self._add_line("display_name", self.tr("Name:"), "displayName")
        self._role = _role_combo(self, COUNTER)
        self._add_field("role", self.tr("Role:"), self._role)
        self._password = PasswordPair(
            self, "password", self.tr("Initial password:"), "password"
        )
        self._add_intro(
            self.tr(
                "Give the initial password to the person in private. They must change it "
                "when they first sign in."
            )
        )
        self.ok_button.setText(self.tr("Create account"))
        self._finish()

    def _submit(self) -> None:
        if not self._password.matches():
            return
        created = self._run(self._create)
        if created is not None:
            self.created = created
            self.accept()

    def _create(self, session: Any) -> StaffInfo:
        return staff.create_staff(
            session,
            self._actor,
            self._username.text(),
            self._display_name.text(),
            str(self._role.currentData()),
            self._password.text(),
        )


class StaffEditDialog(AccountForm):
    """Name, role and whether the account may sign in; refused if someone saved meanwhile."""

    def __init__(
        self, store: Store, actor: Actor, account: StaffInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self._actor = actor
        self._account = account
        self.setObjectName("staffEditDialog")
        self.setWindowTitle(self.tr("Edit account {username}").format(username=account.username))
        username = QLabel(account.username, self)
        username.setObjectName("usernameLabel")
        self._form.addRow(self.tr("User name:"), username)
        self._display_name = self._add_line("display_name", self.tr("Name:"), "displayName")
        self._display_name.setText(account.display_name)
        self._role = _role_combo(self, account.role)
        self._add_field("role", self.tr("Role:"), self._role)
        self._active = QCheckBox(self.tr("Active: may sign in"), self)
        self._active.setObjectName("active")
        self._active.setChecked(account.active)
        self._add_field("active", "", self._active)
        self.ok_button.setText(self.tr("Save"))
        self._finish()

    def _submit(self) -> None:
        if self._run(self._save) is not None:
            self.accept()

    def _save(self, session: Any) -> StaffInfo:
        return staff.update_staff(
            session,
            self._actor,
            self._account.id,
            self._display_name.text(),
            str(self._role.currentData()),
            self._active.isChecked(),
            expected_version=self._account.version,
        )


class ResetPasswordDialog(AccountForm):
    """A forgotten password or a locked account: a new password, changed at the next sign-in."""

    def __init__(
        self, store: Store, actor: Actor, account: StaffInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, parent)
        self._actor = actor
        self._account = account
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self._add_intro(
            self.tr(
                "Set a new password for {name} ({username}). This also unlocks the account; "
                "{name} must change the password at the next sign-in."
            ).format(name=account.display_name, username=account.username)
        )
        self._password = PasswordPair(self, "password", self.tr("New password:"), "password")
        self.ok_button.setText(self.tr("Reset password"))
        self._finish()

    def _submit(self) -> None:
        if self._password.matches() and self._run(self._reset) is not None:
            self.accept()

    def _reset(self, session: Any) -> StaffInfo:
        return staff.reset_password(session, self._actor, self._account.id, self._password.text())
