"""K2: a counter PC left signed in locks after the administrator's idle time and asks for the
password again, keeping everything that was being typed. Driven as the clerk meets it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import Staff
from desk.services import settings, staff
from desk.services.permissions import Actor
from desk.services.settings import DeskSettings
from desk.ui.dialogs.customer_edit import CustomerDialog
from desk.ui.idle_lock import Curtain, LockDialog
from desk.ui.main_window import MainWindow
from tests.services.helpers import audit_entries
from tests.ui.keyboard import type_text
from tests.ui.windows import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SHORT_MS = 150
PASSWORD = "lisi-own-pass-2"  # the clerk's own, chosen at the first sign-in


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    with database.transaction() as session:
        staff.change_password(session, clerk, "lisi-pass-1", PASSWORD)
    window = open_window(qtbot, database, clerk)
    yield window
    window.idle_lock.dialog.hide()


def lock_dialog(window: MainWindow) -> LockDialog:
    return window.idle_lock.dialog


def type_password(qtbot: QtBot, window: MainWindow, password: str) -> None:
    dialog = lock_dialog(window)
    type_text(qtbot, dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def curtains_over(widget: object) -> list[Curtain]:
    return [c for c in QApplication.allWidgets()
            if isinstance(c, Curtain) and c.parentWidget() is widget and c.isVisible()]


def test_k2_idle_window_locks_covers_everything_and_unlocks_with_the_text_kept(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    assert window.reception is not None
    notes = window.reception.form.notes
    type_text(qtbot, notes, "空调不制冷，等回电")
    tabs_before = [window.tabs.widget(i) for i in range(window.tabs.count())]
    window.idle_lock.set_idle_ms(SHORT_MS)

    qtbot.waitUntil(lambda: lock_dialog(window).isVisible(), timeout=3000)
    dialog = lock_dialog(window)
    assert dialog.isModal() and dialog.windowModality() == Qt.WindowModality.ApplicationModal
    (curtain,) = curtains_over(window)
    assert curtain.geometry() == window.rect()  # menus, tabs, list and status bar: all covered
    assert "locked" in window.windowTitle()
    assert "李四" in dialog.findChild(QLabel, "lockIntro").text()

    type_password(qtbot, window, PASSWORD)
    assert not dialog.isVisible()
    assert curtains_over(window) == []
    assert window.windowTitle() == "After-sales service desk"
    assert notes.text() == "空调不制冷，等回电"  # nothing typed was lost
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == tabs_before
    qtbot.waitUntil(notes.hasFocus)  # the cursor is back where the clerk left it
    assert [e.action for e in audit_entries(database, entity_id=clerk.id)][-1] == "staff.sign_in"


def test_k2_keyboard_and_mouse_input_postpone_the_lock(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.reception is not None
    search = window.reception.form.search
    window.idle_lock.set_idle_ms(400)
    for _ in range(6):  # 0.9 s of someone typing: longer than the idle time, never idle
        qtbot.keyClick(search, Qt.Key.Key_1)
        qtbot.wait(150)
    qtbot.mouseMove(window.reception, window.reception.rect().center())
    assert not window.idle_lock.is_locked
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)


def test_k2_ctrl_l_locks_at_once_and_the_password_is_typed_straight_away(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.reception is not None
    qtbot.keyClick(window.reception.form.search, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = lock_dialog(window)
    assert dialog.isVisible() and window.idle_lock.is_locked
    # The keyboard goes to the password box at once: the clerk just types.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)
    qtbot.keyClicks(QApplication.focusWidget(), PASSWORD)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not window.idle_lock.is_locked


def test_k2_escape_and_a_wrong_password_keep_the_desk_locked(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    window.idle_lock.lock()
    dialog = lock_dialog(window)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and window.idle_lock.is_locked
    type_password(qtbot, window, "not-my-password")
    assert window.idle_lock.is_locked
    assert dialog.findChild(QLabel, "lockError").text().startswith("Wrong user name or password.")
    assert dialog.password.text() == ""
    failed = audit_entries(database, "staff.sign_in_failed", clerk.id)
    assert [e.after for e in failed] == [{"failed_attempts": 1}]


def test_s1_wrong_passwords_on_the_lock_count_towards_the_account_lock(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    window.idle_lock.lock()
    for _ in range(5):
        type_password(qtbot, window, "guessing-123")
    with database.read() as session:
        account = session.get(Staff, clerk.id)
        assert account is not None and account.locked_until is not None
    type_password(qtbot, window, PASSWORD)  # right, but the account is locked now
    assert window.idle_lock.is_locked
    # S1 (issue 5 §6): a locked account hears the same words as any wrong password, so
    # names cannot be told apart; the words say that five misses lock the account.
    assert "After 5 wrong passwords an account is locked" in lock_dialog(window).findChild(
        QLabel, "lockError").text()
    assert len(audit_entries(database, "staff.sign_in_failed", clerk.id)) == 5


def test_k2_open_dialog_is_covered_and_keeps_its_content(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    customer = CustomerDialog(database, clerk, window)
    customer.open()
    qtbot.waitExposed(customer)
    customer.activateWindow()  # as the window system does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is customer)
    type_text(qtbot, customer.name, "张三丰")
    type_text(qtbot, customer.phone, "13812345678")
    window.idle_lock.lock()
    assert len(curtains_over(customer)) == 1
    assert "张三丰" not in customer.windowTitle()
    type_password(qtbot, window, PASSWORD)
    assert customer.isVisible() and customer.windowTitle() == "New customer"
    assert (customer.name.text(), customer.phone.text()) == ("张三丰", "13812345678")
    assert curtains_over(customer) == []
    qtbot.waitUntil(customer.phone.hasFocus)
    customer.reject()


def test_k2_sign_out_on_the_lock_closes_dialogs_and_signs_out(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    customer = CustomerDialog(database, clerk, window)
    customer.open()
    type_text(qtbot, customer.name, "张三丰")
    window.idle_lock.lock()
    with qtbot.waitSignal(window.sign_out_requested, timeout=2000):
        qtbot.mouseClick(lock_dialog(window).findChild(QPushButton, "lockSignOutButton"),
                         Qt.MouseButton.LeftButton)
    assert not customer.isVisible()
    assert not lock_dialog(window).isVisible()
    assert curtains_over(window)  # the window stays covered until it is gone


def test_k2_idle_time_comes_from_the_administrators_setting(
    qtbot: QtBot, database: Database, admin: Actor, clerk: Actor
) -> None:
    with database.transaction() as session:
        settings.save_settings(session, admin, DeskSettings(idle_lock_minutes=7))
    window = open_window(qtbot, database, clerk)
    assert window.idle_lock.idle_ms == 7 * 60_000


def test_k2_default_idle_time_is_ten_minutes(qtbot: QtBot, window: MainWindow) -> None:
    assert window.idle_lock.idle_ms == 10 * 60_000


def test_k2_admin_changes_idle_minutes_and_store_name_in_the_settings_dialog(
    qtbot: QtBot, database: Database, admin: Actor
) -> None:
    window = open_window(qtbot, database, admin)
    window.findChild(type(window.menuBar().actions()[0]), "settingsAction").trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.idle_minutes.value() == 10
    dialog.idle_minutes.selectAll()
    qtbot.keyClicks(dialog.idle_minutes, "3")
    type_text(qtbot, dialog.store_name, "新街口店")
    qtbot.keyClick(dialog.store_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.idle_lock.idle_ms == 3 * 60_000  # applies at this counter at once
    with database.read() as session:
        stored = settings.read_settings(session, admin)
    assert (stored.idle_lock_minutes, stored.store_name) == (3, "新街口店")
    assert len(audit_entries(database, "setting.change")) == 2


def test_s2_only_the_administrator_finds_the_settings(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    window = open_window(qtbot, database, supervisor)
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert "settingsAction" not in names
    assert isinstance(window.findChild(QLineEdit), QLineEdit)  # the window itself is there


def test_s1_password_reset_while_locked_asks_for_an_own_password_before_unlocking(
    qtbot: QtBot, window: MainWindow, database: Database, admin: Actor, clerk: Actor
) -> None:
    window.idle_lock.lock()
    with database.transaction() as session:
        staff.reset_password(session, admin, clerk.id, "temporary-9")
    type_password(qtbot, window, "temporary-9")
    forced = lock_dialog(window).change_password_dialog
    assert forced is not None
    qtbot.waitExposed(forced)
    assert window.idle_lock.is_locked  # not before the clerk's own password is set
    for name in ("newPassword", "repeatPassword"):
        type_text(qtbot, forced.findChild(QLineEdit, name), "lisi-new-pass-3")
    qtbot.keyClick(forced.findChild(QLineEdit, "repeatPassword"), Qt.Key.Key_Return)
    assert not window.idle_lock.is_locked
    with database.transaction() as session:
        assert staff.sign_in(session, "lisi", "lisi-new-pass-3").actor is not None


def test_k2_customer_suggestions_close_when_the_desk_locks_and_the_search_is_kept(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    """The suggestion list shows names and phones: it must not float over the curtain."""
    from tests.services.helpers import add_customer

    add_customer(database, clerk, "张三丰", "13812345678")
    assert window.reception is not None
    search = window.reception.form.search
    search.setFocus()
    qtbot.keyClicks(search, "1381")
    qtbot.waitUntil(lambda: search.suggestions_view().isVisible())
    window.idle_lock.lock()
    assert not search.suggestions_view().isVisible()
    type_password(qtbot, window, PASSWORD)
    assert search.text() == "1381"
