"""Signing in (S1): user name and password; a password an administrator set is replaced first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.permissions import Actor
from desk.ui.dialogs.change_password import AccountForm, ChangePasswordDialog
from desk.ui.store import Store

if TYPE_CHECKING:
    from desk.services.staff import SignInOutcome


class SignInDialog(AccountForm):
    """Accepts with ``actor`` set once the person is signed in."""

    def __init__(
        self, store: Store | None, parent: QWidget | None = None, database_description: str = ""
    ) -> None:
        # store None: the database is still opening in the background; the person can type
        # already, and Sign in becomes possible once set_store() hands the database over.
        super().__init__(store, parent)  # type: ignore[arg-type]
        self.actor: Actor | None = None
        self.change_password_dialog: ChangePasswordDialog | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in to the service desk"))
        self._username = self._add_line("username", self.tr("User name:"), "username")
        self._password = self._add_line("password", self.tr("Password:"), "password", True)
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setObjectName("signInButton")
        self._finish()
        self._note = self._add_database_note()
        if store is None:
            self.ok_button.setEnabled(False)
            self._note.setText(self.tr("Opening the database…"))
        else:
            self._show_database(database_description or getattr(store, "description", ""))

    def set_store(self, store: Store, description: str = "") -> None:
        """The database is open: signing in is possible now."""
        self._store = store
        self._show_database(description or getattr(store, "description", ""))
        self.ok_button.setEnabled(True)

    def prefill_username(self, username: str) -> None:
        """After the first administrator was created: only the password is left to type."""
        self._username.setText(username)
        self._password.setFocus()

    def _show_database(self, description: str) -> None:
        self._note.setText(self.tr("Database: {database}").format(database=description))
        self._note.setVisible(bool(description))

    def _add_database_note(self) -> QLabel:
        """Which database, small and grey: a test desk is never mistaken for the real one."""
        note = QLabel(self)
        note.setObjectName("databaseLabel")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = note.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.85)
            note.setFont(font)
        note.setStyleSheet("color: #757575;")
        self._layout.insertWidget(self._layout.indexOf(self._buttons), note)
        return note

    def _submit(self) -> None:
        if not self.ok_button.isEnabled():
            return  # the database is not open yet
        # Committed even when refused: the failed-attempt counter must stick (SignInOutcome).
        outcome = self._run(self._sign_in)
        if outcome is None:
            return
        if outcome.actor is None:
            self._password.clear()
            if outcome.error is not None:
                self._show_error(outcome.error)
            return
        if outcome.must_change_password:
            self._ask_for_own_password(outcome.actor)
            return
        self._signed_in(outcome.actor)

    def _sign_in(self, session: Any) -> SignInOutcome:
        from desk.services import staff  # loads SQLAlchemy: imported once the database is open

        return staff.sign_in(session, self._username.text(), self._password.text())

    def _ask_for_own_password(self, actor: Actor) -> None:
        """Forced: the dialog cannot be skipped; cancelling it means not signed in."""
        dialog = ChangePasswordDialog(
            self._store, actor, self, forced=True, current_password=self._password.text()
        )
        self.change_password_dialog = dialog
        dialog.accepted.connect(lambda: self._signed_in(actor))
        dialog.rejected.connect(self._own_password_refused)
        dialog.open()

    def _own_password_refused(self) -> None:
        if self.change_password_dialog is not None:
            self.change_password_dialog.deleteLater()
            self.change_password_dialog = None
        self._password.clear()
        self._show_error(
            DomainError(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",  # errors.CONTEXT, spelled out for lupdate
                    "You are not signed in: choose your own password to finish signing in.",
                ),
                "password",
            )
        )

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
