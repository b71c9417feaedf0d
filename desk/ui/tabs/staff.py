"""Staff accounts (S1, S2): the administrator manages them, supervisors may look.

The list is a few dozen rows at most, so a plain table model holds it whole. Nothing here is
ever deleted: Deactivate keeps the account (and every record it signed) and only stops it
signing in; deactivated accounts stay listed, greyed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock, staff
from desk.services.errors import DatabaseUnavailable, DomainError
from desk.services.permissions import Actor, allowed
from desk.services.staff import StaffInfo
from desk.ui import labels
from desk.ui.actions import handle_read_failure, run_action
from desk.ui.dialogs.staff_edit import ResetPasswordDialog, StaffDialog, StaffEditDialog
from desk.ui.events import STAFF, DeskEvents, touches
from desk.ui.forms import FieldErrors
from desk.ui.paged_model import DIMMED, Column, RecordTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table


def _staff_columns() -> list[Column[StaffInfo]]:
    def yes_no(active: bool) -> str:
        if active:
            return QCoreApplication.translate("StaffTableModel", "Yes")
        return QCoreApplication.translate("StaffTableModel", "No")

    def locked(row: StaffInfo) -> str:
        still = row.locked_until is not None and row.locked_until > clock.now()
        return labels.local_time(row.locked_until) if still else ""

    return [
        Column(
            QCoreApplication.translate("StaffTableModel", "User name"), None, lambda r: r.username
        ),
        Column(
            QCoreApplication.translate("StaffTableModel", "Name"), None, lambda r: r.display_name
        ),
        Column(
            QCoreApplication.translate("StaffTableModel", "Role"),
            None,
            lambda r: labels.role(r.role),
        ),
        Column(
            QCoreApplication.translate("StaffTableModel", "Active"),
            None,
            lambda r: yes_no(r.active),
        ),
        Column(
            QCoreApplication.translate("StaffTableModel", "Last sign-in"),
            None,
            lambda r: labels.local_time(r.last_sign_in_at),
        ),
        Column(QCoreApplication.translate("StaffTableModel", "Locked until"), None, locked),
    ]


class StaffTab(QWidget):
    """The account list with New, Edit, Reset password and Deactivate (administrators only)."""

    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffTab")
        self._store = store
        self._actor = actor
        self._events = events
        self._may_manage = allowed(actor, "staff.manage")
        # The accounts as the service lists them (active first, then by user name); a few
        # dozen rows, held whole. Deactivated ones stay listed, greyed.
        self.model: RecordTableModel[StaffInfo] = RecordTableModel(
            _staff_columns(), lambda row: None if row.active else DIMMED, self
        )
        self.table = record_table("staffTable", self.model, self)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._new = self._button("newAccountButton", self.tr("&New account…"))
        self._edit = self._button("editAccountButton", self.tr("&Edit…"))
        self._reset = self._button("resetPasswordButton", self.tr("&Reset password…"))
        self._deactivate = self._button("deactivateButton", self.tr("&Deactivate"))
        self._message = QLabel(self)
        self._errors = FieldErrors(self._message)
        self._message.setObjectName("staffMessage")
        self._read_only = QLabel(
            self.tr("You can see the accounts; only an administrator can change them."), self
        )
        self._read_only.setObjectName("readOnlyNote")
        self._read_only.setStyleSheet("color: #757575;")
        self._read_only.setVisible(not self._may_manage)
        self._lay_out()
        self._connect_signals()
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setVisible(self._may_manage)
        button.setEnabled(False)
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self._new, self._edit, self._reset, self._deactivate):
            buttons.addWidget(button)
        buttons.addWidget(self._read_only)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._message)

    def _connect_signals(self) -> None:
        self._new.clicked.connect(self._open_new)
        self._edit.clicked.connect(self._open_edit)
        self._reset.clicked.connect(self._open_reset)
        self._deactivate.clicked.connect(self._deactivate_selected)
        # Not QTableView.activated: some desktops fire it on a single click.
        self.table.doubleClicked.connect(self._open_edit)
        self.table.installEventFilter(self)  # Enter on a row edits it too (eventFilter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._events.changed.connect(self._on_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_edit()
            return True
        return super().eventFilter(watched, event)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        chosen = self.selected()
        self._errors.clear()
        try:
            with self._store.read() as session:
                rows = staff.list_staff(session, self._actor)
        except DatabaseUnavailable as exc:
            handle_read_failure(self, exc)
            return
        except DomainError as exc:
            self._errors.show(exc)
            rows = []
        self.model.set_rows(rows)
        self._fit_columns()
        if chosen is not None:
            self._select(chosen.id)
        elif rows:
            self._select(rows[0].id)
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Room for the longest entry plus some air; the person may still drag the borders."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, header.sectionSize(column) + 24)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, STAFF):
            self.refresh()

    def _select(self, staff_id: int) -> None:
        row = self.model.index_where(lambda account: account.id == staff_id)
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def selected(self) -> StaffInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        account = self.selected()
        self._new.setEnabled(self._may_manage)
        self._edit.setEnabled(self._may_manage and account is not None)
        self._reset.setEnabled(self._may_manage and account is not None)
        self._deactivate.setEnabled(
            self._may_manage
            and account is not None
            and account.active
            and account.id != self._actor.id
        )

    # -- actions ----------------------------------------------------------------------------
    def _open_new(self) -> None:
        if self._may_manage:
            self._open(StaffDialog(self._store, self._actor, self))

    def _open_edit(self) -> None:
        account = self.selected()
        if self._may_manage and account is not None:
            self._open(StaffEditDialog(self._store, self._actor, account, self))

    def _open_reset(self) -> None:
        account = self.selected()
        if self._may_manage and account is not None:
            self._open(ResetPasswordDialog(self._store, self._actor, account, self))

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, without a nested event loop; the dialog saved when it accepts (and
        the store announced it: the list refreshes from that)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A refused stale edit: show the list as it is now when the dialog closes.
        dialog.rejected.connect(self.refresh)
        dialog.open()

    def _deactivate_selected(self) -> None:
        account = self.selected()
        if not self._may_manage or account is None or not account.active:
            return
        question = self.tr(
            "Deactivate the account {username} ({name})? They can no longer sign in. "
            "The account and everything they recorded are kept."
        ).format(username=account.username, name=account.display_name)
        if not self._confirm(question):
            return
        run_action(
            self,
            self._store,
            lambda session: staff.update_staff(
                session,
                self._actor,
                account.id,
                account.display_name,
                account.role,
                False,
                expected_version=account.version,
            ),
            self._errors,
        )

    def _confirm(self, question: str) -> bool:
        """Ask before acting; tests replace this method (a message box would block them)."""
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate account"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
