"""Accounts, sign-in and passwords (S1, S2, S5), driven as a person at the counter would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import audit, staff
from desk.services.errors import DatabaseUnavailable, PermissionDenied
from desk.services.permissions import Actor
from desk.services.staff import StaffInfo
from desk.ui import actions
from desk.ui.dialogs.change_password import AccountForm, ChangePasswordDialog
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.sign_in import SignInDialog
from desk.ui.dialogs.staff_edit import ResetPasswordDialog, StaffDialog, StaffEditDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import DIMMED_FOREGROUND
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.staff import StaffTab
from tests.ui.keyboard import type_text

T = TypeVar("T", bound=QObject)

# The offscreen platform of the test run cannot resize windows to their size hints; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


# -- helpers: what a person does ----------------------------------------------------------------
def child(parent: QWidget, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def fill(qtbot: QtBot, dialog: QWidget, **fields: str) -> QLineEdit:
    """Type into the named fields in order; returns the last one (Enter goes there)."""
    line: QLineEdit | None = None
    for name, text in fields.items():
        line = child(dialog, QLineEdit, name)
        type_text(qtbot, line, text)
    assert line is not None
    return line


def press_enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def shown(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def message_under(form: AccountForm, field: str, name: str) -> str:
    """The message shown right under the named field (and only there)."""
    label = form.error_label(field)
    line = child(form, QWidget, name)
    assert label.isVisible()
    assert label.geometry().left() == line.geometry().left()
    assert 0 <= label.geometry().top() - line.geometry().bottom() <= 8
    return label.text()


def sign_in(qtbot: QtBot, database: Database, username: str, password: str) -> SignInDialog:
    dialog = SignInDialog(database, database_description=database.description)
    shown(qtbot, dialog)
    last = fill(qtbot, dialog, username=username, password=password)
    press_enter(qtbot, last)
    return dialog


def staff_tab(qtbot: QtBot, database: Database, actor: Actor, events: DeskEvents) -> StaffTab:
    tab = StaffTab(AnnouncingStore(database, events), actor, events)
    qtbot.addWidget(tab)
    tab.resize(900, 400)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def row_of(tab: StaffTab, username: str) -> int:
    for row in range(tab.model.rowCount()):
        info = tab.model.row_at(row)
        if info is not None and info.username == username:
            return row
    raise AssertionError(f"{username} is not listed")


def listed(tab: StaffTab, username: str) -> StaffInfo:
    info = tab.model.row_at(row_of(tab, username))
    assert info is not None
    return info


def choose(qtbot: QtBot, tab: StaffTab, username: str) -> None:
    row = row_of(tab, username)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.selected() is not None and tab.selected().username == username  # type: ignore[union-attr]


def click(qtbot: QtBot, parent: QWidget, name: str) -> None:
    button = child(parent, QPushButton, name)
    assert button.isVisible() and button.isEnabled(), f"{name} cannot be pressed"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, tab: StaffTab, kind: type[T]) -> T:
    qtbot.waitUntil(lambda: tab.findChild(kind) is not None)
    dialog = tab.findChild(kind)
    assert isinstance(dialog, QWidget)
    qtbot.waitExposed(dialog)
    return dialog


def outcome(database: Database, username: str, password: str) -> staff.SignInOutcome:
    with database.transaction() as s:
        return staff.sign_in(s, username, password)


def count_staff(database: Database, admin: Actor) -> int:
    with database.read() as s:
        return len(staff.list_staff(s, admin))


# -- first start ----------------------------------------------------------------------------------
def test_s1_first_start_creates_administrator(qtbot: QtBot, database: Database) -> None:
    with database.read() as s:
        assert staff.needs_first_admin(s)
    dialog = FirstAdminDialog(database)
    shown(qtbot, dialog)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "username")
    last = fill(qtbot, dialog, username="admin", displayName="王管理",
                password="counter-2026", repeatPassword="counter-2026")
    press_enter(qtbot, last)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.role == "admin"
    assert dialog.actor.display_name == "王管理"

    signed = sign_in(qtbot, database, "admin", "counter-2026")
    assert signed.result() == QDialog.DialogCode.Accepted
    assert signed.actor == dialog.actor
    assert signed.change_password_dialog is None  # the administrator chose the password


@pytest.mark.parametrize(
    ("fields", "field", "name", "words"),
    [
        ({"username": "", "displayName": "王管理"}, "username", "username", "user name"),
        ({"username": "admin", "displayName": ""}, "display_name", "displayName", "name"),
        ({"username": "admin", "displayName": "王管理", "password": "short",
          "repeatPassword": "short"}, "password", "password", "at least 8"),
        ({"username": "admin", "displayName": "王管理", "password": "counter-2026",
          "repeatPassword": "counter-2062"}, "repeat", "repeatPassword", "not the same"),
    ],
)
def test_s1_first_start_bad_input_shows_message_next_to_field_and_creates_nothing(
    qtbot: QtBot, database: Database, fields: dict[str, str], field: str, name: str, words: str
) -> None:
    fields = {"password": "counter-2026", "repeatPassword": "counter-2026", **fields}
    dialog = FirstAdminDialog(database)
    shown(qtbot, dialog)
    fill(qtbot, dialog, **fields)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert words in message_under(dialog, field, name).lower()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert dialog.focusWidget() is child(dialog, QLineEdit, name)
    with database.read() as s:
        assert staff.needs_first_admin(s)


# -- signing in -----------------------------------------------------------------------------------
def test_s1_sign_in_wrong_password_shows_message_next_to_field_and_counts_attempt(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor
) -> None:
    dialog = sign_in(qtbot, database, "lisi", "not-my-password")
    assert "wrong user name or password" in message_under(dialog, "password", "password").lower()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert child(dialog, QLineEdit, "password").text() == ""
    assert "SQLite" in child(dialog, QLabel, "databaseLabel").text() or \
        "PostgreSQL" in child(dialog, QLabel, "databaseLabel").text()

    # The second try counts on from the first: the refusal was committed.
    press_enter(qtbot, fill(qtbot, dialog, password="still-wrong"))
    with database.read() as s:
        failures = [r.after for r in audit.history(s, admin, "staff", clerk.id)
                    if r.action == "staff.sign_in_failed"]
    assert failures == [{"failed_attempts": 2}, {"failed_attempts": 1}]

    # The right password gets through (to choosing their own, as the account is new).
    press_enter(qtbot, fill(qtbot, dialog, password="lisi-pass-1"))
    assert dialog.change_password_dialog is not None
    assert dialog.error_text("password") == ""


def test_s1_locked_after_five_failures(qtbot: QtBot, database: Database, clerk: Actor) -> None:
    dialog = sign_in(qtbot, database, "lisi", "wrong-1")
    for attempt in range(2, 6):
        press_enter(qtbot, fill(qtbot, dialog, password=f"wrong-{attempt}"))
    # Even the right password is refused now, and the message says why.
    press_enter(qtbot, fill(qtbot, dialog, password="lisi-pass-1"))
    assert "locked" in message_under(dialog, "password", "password")
    assert dialog.actor is None and dialog.result() != QDialog.DialogCode.Accepted


def test_s1_escape_cancels_sign_in(qtbot: QtBot, database: Database, clerk: Actor) -> None:
    dialog = SignInDialog(database)
    shown(qtbot, dialog)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "username")
    assert child(dialog, QLineEdit, "password").echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(child(dialog, QLineEdit, "username"), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor is None


# -- the administrator's accounts -----------------------------------------------------------------
def test_s1_admin_creates_counter_account_and_it_must_change_password(
    qtbot: QtBot, database: Database, admin: Actor, events: DeskEvents
) -> None:
    tab = staff_tab(qtbot, database, admin, events)
    click(qtbot, tab, "newAccountButton")
    dialog = open_dialog(qtbot, tab, StaffDialog)
    assert child(dialog, QComboBox, "role").currentData() == "counter"
    last = fill(qtbot, dialog, username="wangwu", displayName="王五",
                password="welcome-2026", repeatPassword="welcome-2026")
    press_enter(qtbot, last)
    qtbot.waitUntil(lambda: any(tab.model.row_at(r) is not None and
                                tab.model.row_at(r).username == "wangwu"  # type: ignore[union-attr]
                                for r in range(tab.model.rowCount())))
    created = listed(tab, "wangwu")
    assert (created.display_name, created.role, created.active) == ("王五", "counter", True)

    signing = sign_in(qtbot, database, "wangwu", "welcome-2026")
    forced = signing.change_password_dialog
    assert isinstance(forced, ChangePasswordDialog) and forced.isVisible()
    assert signing.result() != QDialog.DialogCode.Accepted and signing.actor is None
    last = fill(qtbot, forced, newPassword="my-own-secret", repeatPassword="my-own-secret")
    press_enter(qtbot, last)
    assert forced.result() == QDialog.DialogCode.Accepted
    assert signing.result() == QDialog.DialogCode.Accepted
    assert signing.actor is not None and signing.actor.username == "wangwu"

    assert outcome(database, "wangwu", "welcome-2026").actor is None
    again = outcome(database, "wangwu", "my-own-secret")
    assert again.actor is not None and not again.must_change_password


def test_s1_forced_password_change_cancelled_means_not_signed_in(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    signing = sign_in(qtbot, database, "lisi", "lisi-pass-1")
    forced = signing.change_password_dialog
    assert forced is not None
    qtbot.keyClick(child(forced, QLineEdit, "newPassword"), Qt.Key.Key_Escape)
    assert signing.actor is None and signing.result() != QDialog.DialogCode.Accepted
    assert "not signed in" in message_under(signing, "password", "password")
    assert outcome(database, "lisi", "lisi-pass-1").must_change_password


@pytest.mark.parametrize(
    ("fields", "field", "name", "words"),
    [
        ({"username": ""}, "username", "username", "user name"),
        ({"password": "short", "repeatPassword": "short"}, "password", "password", "at least 8"),
        ({"repeatPassword": "welcome-2062"}, "repeat", "repeatPassword", "not the same"),
        ({"username": "lisi"}, "username", "username", "taken"),
    ],
)
def test_s1_new_account_bad_input_shows_message_next_to_field_and_creates_nothing(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, events: DeskEvents,
    fields: dict[str, str], field: str, name: str, words: str,
) -> None:
    before = count_staff(database, admin)
    tab = staff_tab(qtbot, database, admin, events)
    click(qtbot, tab, "newAccountButton")
    dialog = open_dialog(qtbot, tab, StaffDialog)
    values = {"username": "wangwu", "displayName": "王五", "password": "welcome-2026",
              "repeatPassword": "welcome-2026", **fields}
    press_enter(qtbot, fill(qtbot, dialog, **values))
    assert words in message_under(dialog, field, name).lower()
    assert dialog.isVisible() and dialog.created is None
    assert count_staff(database, admin) == before


def test_s1_edit_account_by_enter_on_row(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, events: DeskEvents
) -> None:
    tab = staff_tab(qtbot, database, admin, events)
    choose(qtbot, tab, "lisi")
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = open_dialog(qtbot, tab, StaffEditDialog)
    name = child(dialog, QLineEdit, "displayName")
    assert dialog.focusWidget() is name and name.text() == "李四"
    name.clear()
    type_text(qtbot, name, "李四娘")
    role = child(dialog, QComboBox, "role")
    role.setCurrentIndex(role.findData("supervisor"))
    press_enter(qtbot, name)
    qtbot.waitUntil(lambda: listed(tab, "lisi").role == "supervisor")
    assert listed(tab, "lisi").display_name == "李四娘"
    assert tab.selected() is not None and tab.selected().username == "lisi"  # type: ignore[union-attr]


def test_s5_edit_of_a_changed_account_is_refused_with_reload_message(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, events: DeskEvents
) -> None:
    tab = staff_tab(qtbot, database, admin, events)
    choose(qtbot, tab, "lisi")
    click(qtbot, tab, "editAccountButton")
    dialog = open_dialog(qtbot, tab, StaffEditDialog)
    with database.transaction() as s:  # another counter saves first
        staff.update_staff(s, admin, clerk.id, "李四", "warehouse", True,
                           expected_version=listed(tab, "lisi").version)
    name = child(dialog, QLineEdit, "displayName")
    name.clear()
    type_text(qtbot, name, "李小四")
    press_enter(qtbot, name)
    assert "changed by someone else" in dialog.error_text("general")
    assert dialog.isVisible()
    with database.read() as s:
        kept = next(i for i in staff.list_staff(s, admin) if i.id == clerk.id)
    assert (kept.display_name, kept.role) == ("李四", "warehouse")


def test_s1_deactivate_never_deletes(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, events: DeskEvents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = staff_tab(qtbot, database, admin, events)
    choose(qtbot, tab, "admin")
    assert not child(tab, QPushButton, "deactivateButton").isEnabled()  # not oneself
    choose(qtbot, tab, "lisi")
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(question: str) -> bool:
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(tab, "_confirm", confirm)
    click(qtbot, tab, "deactivateButton")
    assert listed(tab, "lisi").active  # said No: nothing happened
    click(qtbot, tab, "deactivateButton")
    assert len(asked) == 2 and "lisi" in asked[0]

    gone = listed(tab, "lisi")  # still listed
    assert not gone.active
    row = row_of(tab, "lisi")
    assert tab.model.index(row, 3).data() == "No"
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == DIMMED_FOREGROUND
    assert not child(tab, QPushButton, "deactivateButton").isEnabled()

    refused = sign_in(qtbot, database, "lisi", "lisi-pass-1")
    assert "deactivated" in message_under(refused, "username", "username")
    assert refused.actor is None


def test_s1_reset_password(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, events: DeskEvents
) -> None:
    for _ in range(5):
        outcome(database, "lisi", "forgotten")
    assert outcome(database, "lisi", "lisi-pass-1").actor is None  # locked
    tab = staff_tab(qtbot, database, admin, events)
    assert listed(tab, "lisi").locked_until is not None
    assert tab.model.index(row_of(tab, "lisi"), 5).data() != ""
    choose(qtbot, tab, "lisi")
    click(qtbot, tab, "resetPasswordButton")
    dialog = open_dialog(qtbot, tab, ResetPasswordDialog)
    last = fill(qtbot, dialog, password="fresh-start-1", repeatPassword="fresh-start-1")
    press_enter(qtbot, last)
    qtbot.waitUntil(lambda: listed(tab, "lisi").locked_until is None)
    assert tab.model.index(row_of(tab, "lisi"), 5).data() == ""

    signing = sign_in(qtbot, database, "lisi", "fresh-start-1")
    assert signing.change_password_dialog is not None  # the administrator's password is temporary
    assert outcome(database, "lisi", "lisi-pass-1").actor is None


def test_s1_change_password_wrong_current_shows_message_next_to_field(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    dialog = ChangePasswordDialog(database, admin)
    shown(qtbot, dialog)
    assert dialog.focusWidget() is child(dialog, QLineEdit, "currentPassword")
    fill(qtbot, dialog, currentPassword="guess", newPassword="better-one-9",
         repeatPassword="better-one-9")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "current password is wrong" in message_under(dialog, "old_password", "currentPassword")
    current = child(dialog, QLineEdit, "currentPassword")
    current.clear()
    press_enter(qtbot, fill(qtbot, dialog, currentPassword="admin-pass-1"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert outcome(database, "admin", "better-one-9").actor == admin


# -- supervisors ---------------------------------------------------------------------------------
def test_s2_supervisor_sees_staff_read_only(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor, supervisor: Actor,
    events: DeskEvents,
) -> None:
    tab = staff_tab(qtbot, database, supervisor, events)
    assert {tab.model.row_at(r).username for r in range(tab.model.rowCount())} == {  # type: ignore[union-attr]
        "admin", "lisi", "zhaoliu"}
    for name in ("newAccountButton", "editAccountButton", "resetPasswordButton",
                 "deactivateButton"):
        assert not child(tab, QPushButton, name).isVisible()
    assert child(tab, QLabel, "readOnlyNote").isVisible()
    choose(qtbot, tab, "lisi")
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.findChild(StaffEditDialog) is None
    # The buttons are only hidden for comfort: the service refuses anyway (S2).
    with pytest.raises(PermissionDenied), database.transaction() as s:
        staff.create_staff(s, supervisor, "wangwu", "王五", "admin", "welcome-2026")
    assert count_staff(database, admin) == 3


# -- the environment failing ---------------------------------------------------------------------
class _ServerDown:
    """A store whose server went away: every transaction fails as the database layer says."""

    description = "PostgreSQL db.example:5432/desk"

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Any]:
        raise DatabaseUnavailable("The database {where} cannot be reached.", where="x")
        yield

    def read(self) -> AbstractContextManager[Any]:
        return self.transaction(write=False)


def test_sign_in_with_database_down_shows_calm_dialog_not_a_traceback(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_problems: list[DatabaseUnavailable] = []
    monkeypatch.setattr(actions, "show_database_problem",
                        lambda parent, error: shown_problems.append(error))
    dialog = SignInDialog(_ServerDown())
    shown(qtbot, dialog)
    assert "db.example" in child(dialog, QLabel, "databaseLabel").text()
    press_enter(qtbot, fill(qtbot, dialog, username="lisi", password="lisi-pass-1"))
    assert len(shown_problems) == 1
    assert dialog.isVisible() and dialog.actor is None
