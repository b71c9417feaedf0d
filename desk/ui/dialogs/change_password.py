"""Choosing a new password, and the small form every account dialog is built from.

:class:`AccountForm` is the shared frame: fields in a form with their messages right under
them, one transaction per press of OK, wrong input shown next to its field and nothing saved,
the database failing shown as a calm dialog. The sign-in, first-start and staff dialogs build
on it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.permissions import Actor
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store

T = TypeVar("T")

REPEAT = "repeat"  # the field name of "repeat the password": checked here, not in a service


class AccountForm(QDialog):
    """A form dialog: fields with their messages, OK (Enter) and Cancel (Esc)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._inputs: dict[str, QWidget] = {}
        self._rows: dict[str, int] = {}
        self._hidden: set[str] = set()
        self._error_labels: dict[str, QLabel] = {}
        self._general = QLabel(self)
        self._errors = FieldErrors(self._general)
        self._layout = QVBoxLayout(self)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setVerticalSpacing(8)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        # Not self.tr: a subclass would look the text up under its own class name.
        cancel.setText(QCoreApplication.translate("AccountForm", "Cancel"))
        self.setMinimumWidth(420)

    # -- building ---------------------------------------------------------------------------
    def _add_intro(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self._layout.addSpacing(4)
        return label

    def _add_field(self, field: str, title: str, widget: QWidget) -> QWidget:
        """A labelled row; the message about ``field`` appears right under ``widget``."""
        error = self._errors.label_for(field, self)
        # Wrapped text sizes itself for its real width only with a floor under that width.
        error.setMinimumWidth(240)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        cell.addWidget(error)  # takes no room while hidden
        # The title sits level with the field, not centred on field and message together.
        heading = QLabel(title, self)
        heading.setFixedHeight(widget.sizeHint().height())
        heading.setBuddy(widget)
        self._form.addRow(heading, cell)
        self._rows[field] = self._form.rowCount() - 1
        self._inputs[field] = widget
        self._error_labels[field] = error
        return widget

    def _add_line(self, field: str, title: str, name: str, secret: bool = False) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        if secret:
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self._add_field(field, title, line)
        return line

    def _hide_field(self, field: str) -> None:
        self._form.setRowVisible(self._rows[field], False)
        self._hidden.add(field)

    def _visible_inputs(self) -> list[QWidget]:
        return [w for f, w in self._inputs.items() if f not in self._hidden]

    def _finish(self) -> None:
        """Lay out the form, the general message and the buttons; focus the first field."""
        self._layout.addLayout(self._form)
        self._layout.addWidget(self._general)
        self._layout.addStretch(1)
        self._layout.addWidget(self._buttons)
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        chain = [*self._visible_inputs(), self.ok_button, cancel]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        first = self._visible_inputs()
        if first:
            first[0].setFocus()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._buttons.accepted.connect(self._submit)
        self._buttons.rejected.connect(self.reject)

    # -- acting -----------------------------------------------------------------------------
    def _submit(self) -> None:
        raise NotImplementedError

    def _run(self, action: Callable[[Any], T]) -> T | None:
        """``action(session)`` as one transaction; None (and the message shown) if refused."""
        self._errors.clear()
        return run_action(self, self._store, action, self._show_error)

    def _show_error(self, error: DomainError) -> None:
        if error.field in self._hidden:  # its row is not shown: say it under the form
            error = DomainError(error.message, None, **error.params)
        self._errors.show(error)
        self._fit_height()
        widget = self._inputs.get(error.field or "")
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def _fit_height(self) -> None:
        """Grow to show a wrapped message whole (a window ignores height-for-width itself)."""
        layout = self._layout
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- for the window and the tests ---------------------------------------------------------
    def error_label(self, field: str) -> QLabel:
        """The label under ``field`` (or the general one) that shows its message."""
        return self._error_labels.get(field, self._general)

    def error_text(self, field: str) -> str:
        """The message shown about ``field`` right now, or ""."""
        label = self.error_label(field)
        return label.text() if label.isVisibleTo(self) else ""


class PasswordPair:
    """A new password typed twice; a mismatch is caught before anything is sent."""

    def __init__(self, form: AccountForm, field: str, title: str, name: str) -> None:
        self._form = form
        self.password = form._add_line(field, title, name, secret=True)
        self.repeat = form._add_line(
            REPEAT,
            QCoreApplication.translate("PasswordPair", "Repeat password:"),
            "repeatPassword",
            secret=True,
        )

    def matches(self) -> bool:
        if self.password.text() == self.repeat.text():
            return True
        self._form._show_error(
            DomainError(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",  # errors.CONTEXT, spelled out for lupdate
                    "The two passwords are not the same. Type the new password again.",
                ),
                REPEAT,
            )
        )
        return False

    def text(self) -> str:
        return self.password.text()


class ChangePasswordDialog(AccountForm):
    """The signed-in person chooses a new password (forced after an administrator set it)."""

    def __init__(
        self,
        store: Store,
        actor: Actor,
        parent: QWidget | None = None,
        forced: bool = False,
        *,
        current_password: str | None = None,
    ) -> None:
        super().__init__(store, parent)
        self._actor = actor
        self.setObjectName("changePasswordDialog")
        if forced:
            self.setWindowTitle(self.tr("Choose your own password"))
            self._add_intro(
                self.tr(
                    "{name}, an administrator set your password. Choose your own password now; "
                    "without it you are not signed in."
                ).format(name=actor.display_name)
            )
        else:
            self.setWindowTitle(self.tr("Change password"))
        self._current = self._add_line(
            "old_password", self.tr("Current password:"), "currentPassword", secret=True
        )
        if current_password is not None:
            # Typed a moment ago to sign in: asking again would only slow the counter down.
            self._current.setText(current_password)
            self._hide_field("old_password")
        self._new = PasswordPair(self, "new_password", self.tr("New password:"), "newPassword")
        self.ok_button.setText(self.tr("Change password"))
        self._finish()

    def _submit(self) -> None:
        if self._new.matches() and self._run(self._change):
            self.accept()

    def _change(self, session: Any) -> bool:
        from desk.services import staff  # loads SQLAlchemy: not before the sign-in shows

        staff.change_password(session, self._actor, self._current.text(), self._new.text())
        return True
