"""Issue 5 §4, the counter tried as a clerk would: the whole window, keyboard only.

Each test starts from the signed-in main window on a fresh database and presses the keys a
clerk presses; what it checks is what the clerk would see (a message, a selected row, where the
cursor is).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, customers, reception, settings
from desk.services.customers import CustomerInput
from desk.services.permissions import Actor
from desk.ui.main_window import MainWindow, short_database_label
from desk.ui.tabs.reception import ReceptionTab
from desk.ui.widgets.visit_filters import (
    THIS_MONTH,
    THIS_WEEK,
    TODAY,
    YESTERDAY,
    preset_range,
)
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.windows import open_window

# The offscreen platform of the test run cannot resize windows to their size hints; it says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUNTER_PC = QRect(0, 0, 1366, 768 - 40)  # 1366×768 less a 40-pixel task bar


@pytest.fixture(autouse=True)
def _counter_pc_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The offscreen test screen is 800×800; the window is opened on a counter PC's."""
    monkeypatch.setattr(MainWindow, "_available", lambda _self: COUNTER_PC)


def _type_at_cursor(qtbot: QtBot, keys: str) -> None:
    """Keys go wherever the keyboard focus is at that moment, as on a real keyboard."""
    for key in keys:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClicks(focused, key)


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    window = open_window(qtbot, database, clerk, size=None)
    yield window
    window.close()


def _tab(window: MainWindow) -> ReceptionTab:
    assert window.reception is not None
    return window.reception


def _customer(database: Database, actor: Actor, name: str, phone: str) -> int:
    with database.transaction() as session:
        return customers.create_customer(session, actor, CustomerInput(name, phone)).id


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _on_screen(widget: QWidget, window: MainWindow) -> QRect:
    """The widget's rectangle in screen coordinates (the window's client area is placed at
    window.geometry(), its frame around it)."""
    top_left = widget.mapTo(window, QPoint(0, 0)) + window.geometry().topLeft()
    return QRect(top_left, widget.size())


# -- the window fits the screen --------------------------------------------------------------
def test_issue5_window_fits_1366x768_every_button_and_status_bar_visible(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.showNormal()
    window.fit_to(COUNTER_PC)
    qtbot.waitUntil(lambda: COUNTER_PC.contains(window.frameGeometry()))
    tab = _tab(window)
    buttons = [b for b in tab.findChildren(QPushButton) if b.isVisibleTo(window)]
    assert len(buttons) >= 10  # form, filter bar and the action row
    for widget in [*buttons, window.statusBar(), *window.statusBar().findChildren(QLabel)]:
        if not widget.isVisibleTo(window):
            continue  # e.g. the store name before anybody set one
        where = _on_screen(widget, window)
        assert COUNTER_PC.contains(where), f"{widget.objectName() or widget} at {where}"
    for button in buttons:  # squeezed buttons cut their words off
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    # The list keeps room for rows: the clerk sees more than a handful of visits.
    assert tab.table.viewport().height() >= 8 * tab.table.verticalHeader().defaultSectionSize()


def test_issue5_window_opens_at_the_remembered_size_but_never_beyond_the_screen(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    first = open_window(qtbot, database, clerk, size=None)
    available = COUNTER_PC
    # First start: maximised (the window manager fits it, title bar included) and, once
    # restored to normal, the whole available screen.
    assert first.isMaximized()
    assert available.contains(first.normalGeometry())
    first.showNormal()
    first.resize(1100, 600)
    first.close()
    second = open_window(qtbot, database, clerk, size=None)
    assert (second.width(), second.height()) == (1100, 600)
    second.setGeometry(QRect(-300, -200, 4000, 3000))  # e.g. saved on a bigger screen
    second.close()
    third = open_window(qtbot, database, clerk, size=None)
    assert not third.isMaximized() and available.contains(third.frameGeometry())
    third.close()


# -- shortcuts are window-wide ---------------------------------------------------------------
class _ClaimsCtrlE(QObject):
    """What a QLineEdit does on X11 (Ctrl+E moves to the end of the line): it claims the key
    before window shortcuts see it. The offscreen platform of the tests has no such binding,
    so the search box is made to claim it the same way."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.keyCombination() == Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E:
                event.accept()
                return True
        return False


def test_issue5_ctrl_e_exports_while_the_search_box_has_focus(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(window)
    exports: list[bool] = []
    monkeypatch.setattr(ReceptionTab, "export", lambda _self: exports.append(True))
    claims = _ClaimsCtrlE()
    tab.form.search.installEventFilter(claims)
    type_text(qtbot, tab.form.search, "138")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert exports == [True]
    assert tab.form.search.text() == "138"  # the key did not go into the box
    assert _focused() is tab.form.search


def test_issue5_f4_ctrl_f_and_ctrl_1_work_from_a_text_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = _tab(window)
    type_text(qtbot, tab.form.notes, "问价")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_F4)
    assert "No visit selected" in tab.message.text()
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _focused() is tab.form.search
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is tab and _focused() is tab.form.search


# -- scanner input from anywhere in the tab (DESIGN: keyboard first) ---------------------------
def _a_listed_row_focused(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[ReceptionTab, int, list[int]]:
    """张三's visit listed, its row selected, the list focused; opened archives recorded."""
    listed = _customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        reception.log_visit(session, clerk, listed, "repair", "")
    tab = _tab(window)
    tab.refresh()
    loaded(qtbot, tab.model)
    archives: list[int] = []
    monkeypatch.setattr(ReceptionTab, "open_archive", lambda _s, cid: archives.append(cid))
    tab.table.setFocus()
    tab.table.selectRow(0)
    return tab, listed, archives


def test_issue5_scan_with_a_row_selected_searches_the_number_not_the_row(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scanned = _customer(database, clerk, "李四", "13865166044")
    tab, _listed, archives = _a_listed_row_focused(qtbot, window, database, clerk, monkeypatch)
    _type_at_cursor(qtbot, "13865166044")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert archives == []
    assert tab.form.search.chosen_id == scanned
    assert "李四" in tab.form.chosen.text()


def test_issue5_enter_on_the_list_without_typing_still_opens_the_archive(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab, listed, archives = _a_listed_row_focused(qtbot, window, database, clerk, monkeypatch)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert archives == [listed]


# -- a returning customer in digits + Enter + Enter -------------------------------------------
def test_r1_returning_customer_digits_enter_enter_logs_the_visit(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    customer_id = _customer(database, clerk, "王五", "13700001111")
    tab = _tab(window)
    qtbot.keyClicks(tab.form.search, "13700001111")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.form.search.chosen_id == customer_id
    assert _focused() is tab.form.purpose
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_2)  # number keys pick the purpose
    assert tab.form.purpose.currentIndex() == 1
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_Return)
    with database.read() as session:
        visits = reception.list_visits(session, clerk, reception.VisitFilter.today()).rows
    assert [(v.customer_id, v.purpose) for v in visits] == [
        (customer_id, tab.form.purpose.itemData(1))
    ]


# -- every action answers ---------------------------------------------------------------------
def test_r1_logged_visit_shows_its_number_and_is_selected_and_search_has_focus(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "earlier")
    tab = _tab(window)
    tab.refresh()
    loaded(qtbot, tab.model)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.form.anonymous, Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.form.notes, "问路")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)
    # The list refreshes itself in the background; the new row is selected once it is there.
    qtbot.waitUntil(lambda: (v := tab.selected()) is not None and v.notes == "问路")
    logged = tab.selected()
    assert logged is not None
    assert tab.form.message.isVisible()
    assert tab.form.message.text() == f"Visit {logged.number} logged."
    assert _focused() is tab.form.search


def test_r2_f4_with_nothing_selected_or_a_finished_visit_says_why(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        done = reception.log_visit(session, clerk, None, "inquiry", "")
        reception.finish_visit(session, clerk, done.id, "答复", done.version)
    tab = _tab(window)
    tab.refresh()
    loaded(qtbot, tab.model)
    tab.table.clearSelection()
    qtbot.keyClick(tab.form.search, Qt.Key.Key_F4)
    assert tab.message.text().startswith("No visit selected")
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_F4)
    assert tab.message.text().startswith(f"Visit {done.number} was finished already")


def test_r1_second_open_visit_is_pointed_out_and_the_clerk_may_go_on(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    customer_id = _customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        first = reception.log_visit(session, clerk, customer_id, "repair", "")
    tab = _tab(window)
    qtbot.keyClicks(tab.form.search, "13812345678")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert first.number in tab.form.message.text() and "still open" in tab.form.message.text()
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_Return)  # the notice does not block
    with database.read() as session:
        assert reception.count_visits(
            session, clerk, reception.VisitFilter(customer_id=customer_id, state="open")
        ) == 2


def test_r1_error_goes_once_the_field_changes_and_messages_do_not_move_the_form(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = _tab(window)
    table_top = tab.table.mapTo(window, QPoint(0, 0)).y()
    form_height = tab.form.height()
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)  # no customer chosen
    error = tab.form.errors.text("customer")
    assert error.startswith("Pick a customer")
    QApplication.processEvents()
    assert (tab.form.height(), tab.table.mapTo(window, QPoint(0, 0)).y()) == (
        form_height, table_top
    )
    qtbot.keyClicks(tab.form.search, "z")
    assert tab.form.errors.text("customer") == ""


def test_r1_escape_clears_a_half_filled_form(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    customer_id = _customer(database, clerk, "张三", "13812345678")
    tab = _tab(window)
    qtbot.keyClicks(tab.form.search, "13812345678")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.form.search.chosen_id == customer_id
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_3)
    type_text(qtbot, tab.form.notes, "想换货")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Escape)
    assert tab.form.search.chosen_id is None and tab.form.search.text() == ""
    assert tab.form.notes.text() == "" and tab.form.purpose.currentIndex() == 0
    assert _focused() is tab.form.search


# -- filter presets and the status bar --------------------------------------------------------
def test_issue5_date_presets_start_the_week_on_monday_and_end_today() -> None:
    wednesday = date(2026, 11, 25)
    assert preset_range(TODAY, wednesday) == (wednesday, wednesday)
    assert preset_range(YESTERDAY, wednesday) == (date(2026, 11, 24),) * 2
    assert preset_range(THIS_WEEK, wednesday) == (date(2026, 11, 23), wednesday)
    assert preset_range(THIS_MONTH, wednesday) == (date(2026, 11, 1), wednesday)
    assert preset_range(YESTERDAY, date(2026, 3, 1)) == (date(2026, 2, 28),) * 2


def test_issue5_yesterday_preset_lists_yesterdays_visits(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    yesterday_noon = clock.now() - timedelta(days=1)
    with database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "昨天的", arrived_at=yesterday_noon)
        reception.log_visit(session, clerk, None, "inquiry", "今天的")
    tab = _tab(window)
    qtbot.mouseClick(tab.filters.yesterday, Qt.MouseButton.LeftButton)
    loaded(qtbot, tab.model)
    assert [tab.model.row_at(r).notes for r in range(tab.model.rowCount())] == [  # type: ignore[union-attr]
        "昨天的"
    ]
    qtbot.mouseClick(tab.filters.this_week, Qt.MouseButton.LeftButton)
    loaded(qtbot, tab.model)
    assert tab.model.rowCount() == (2 if clock.local_today().weekday() > 0 else 1)


def test_issue5_status_bar_shows_store_database_and_todays_open_visits(
    qtbot: QtBot, database: Database, clerk: Actor, admin: Actor
) -> None:
    with database.transaction() as session:
        settings.save_settings(session, admin, settings.DeskSettings(store_name="海淀店"))
        done = reception.log_visit(session, clerk, None, "inquiry", "")
        reception.finish_visit(session, clerk, done.id, "好", done.version)
        reception.log_visit(session, clerk, None, "repair", "")
    window = open_window(qtbot, database, clerk, size=None)
    assert window.store_name.isVisible() and window.store_name.text() == "海淀店"
    assert window.today.text() == "Visitors today: 2, still open: 1"
    assert window.where.text() == (
        f"Database: {short_database_label(database.description)}"
    )
    assert window.where.toolTip() == database.description
    # Logging one more updates the line at once (not at the next minute's refresh).
    qtbot.mouseClick(_tab(window).form.anonymous, Qt.MouseButton.LeftButton)
    qtbot.keyClick(_tab(window).form.purpose, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.today.text() == "Visitors today: 3, still open: 2")
    window.close()


def test_issue5_short_database_label_names_the_file_or_host_and_database() -> None:
    assert short_database_label("SQLite /tmp/pytest-7/test_x0/desk.sqlite3") == "desk.sqlite3"
    assert short_database_label("PostgreSQL db.store.lan:5432/desk") == "db.store.lan/desk"


def test_r1_purpose_by_type_to_select_as_well_as_by_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    purpose = _tab(window).form.purpose
    purpose.setFocus()
    qtbot.keyClicks(purpose, "R")
    assert purpose.currentData() == "return_exchange"  # the first purpose starting with R
    qtbot.keyClick(purpose, Qt.Key.Key_1)
    assert purpose.currentIndex() == 0


class _Shows(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_issue5_scan_with_one_match_does_not_flash_the_suggestions_open(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    """On X11 a list opened and closed within the scanner's Enter took the keyboard back to
    the search box, and the clerk's second Enter (log the visit) was lost."""
    customer_id = _customer(database, clerk, "李四", "13865166044")
    _customer(database, clerk, "李五", "13865160000")
    tab = _tab(window)
    shows = _Shows()
    tab.form.search.suggestions_view().installEventFilter(shows)
    qtbot.keyClicks(tab.form.search, "13865166044")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.form.search.chosen_id == customer_id and shows.count == 0
    assert _focused() is tab.form.purpose
    # Two matches: Enter shows them to choose from instead.
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_Escape)
    qtbot.keyClicks(tab.form.search, "138651")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.form.search.chosen_id is None and shows.count == 1
