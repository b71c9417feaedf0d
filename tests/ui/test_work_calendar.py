"""C4: a supervisor enters the 2027 schedule in the work calendar (工作日历) from the keyboard;
a counter clerk does not find the calendar at all."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import CalendarDay
from desk.services import workdays
from desk.services.permissions import Actor
from desk.services.workdays import DayChange
from desk.ui.dialogs.work_calendar import WorkCalendarDialog
from desk.ui.main_window import MainWindow
from tests.services.helpers import audit_entries, count_rows
from tests.ui.keyboard import type_text
from tests.ui.windows import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_calendar(qtbot: QtBot, window: MainWindow) -> WorkCalendarDialog:
    action = window.findChild(QAction, "workCalendarAction")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = window.work_calendar_dialog
    qtbot.waitExposed(dialog)
    return dialog


def pick_year(qtbot: QtBot, dialog: WorkCalendarDialog, year: int) -> None:
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, str(year))
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)


def table_rows(dialog: WorkCalendarDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_c4_supervisor_enters_new_year_2027_and_confirms_the_year(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    window = open_window(qtbot, database, supervisor)
    dialog = open_calendar(qtbot, window)
    pick_year(qtbot, dialog, 2027)
    # Enter in the year only shows the year: it neither saves a day nor closes the calendar.
    assert dialog.isVisible() and dialog.error_text("name") == ""
    assert "2027 has no national schedule data yet" in dialog.notice.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.complete.isChecked() and dialog.complete.isEnabled()
    assert dialog.first_day.date().toString("yyyy-MM-dd") == "2027-01-01"  # the year's start
    assert dialog.kind.currentData() is False  # off is the usual entry
    type_text(qtbot, dialog.day_name, "元旦")
    qtbot.keyClick(dialog.day_name, Qt.Key.Key_Return)
    assert table_rows(dialog) == [["2027-01-01", dialog.model.index(0, 1).data(), "Off",
                                   "元旦", "Store setting"]]
    dialog.complete.setFocus()
    qtbot.keyClick(dialog.complete, Qt.Key.Key_Space)
    assert dialog.complete.isChecked()
    assert "marked complete" in dialog.notice.text()
    with database.read() as session:
        calendar = workdays.load_calendar(session)
    assert calendar.overrides == {date(2027, 1, 1): False}
    assert calendar.confirmed_years == {2027}
    assert calendar.deadline(date(2026, 12, 31), 1) == workdays.Deadline(
        date(2027, 1, 4), estimated=False)
    assert len(audit_entries(database, "calendar.change")) == 2


def test_c4_a_range_typed_from_the_keyboard_is_saved_and_removed_with_delete(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    window = open_window(qtbot, database, supervisor)
    dialog = open_calendar(qtbot, window)
    pick_year(qtbot, dialog, 2027)
    dialog.first_day.setFocus()
    dialog.first_day.setCurrentSectionIndex(0)
    qtbot.keyClicks(dialog.first_day, "2027-02-06")
    dialog.last_day.setFocus()
    dialog.last_day.setCurrentSectionIndex(0)
    qtbot.keyClicks(dialog.last_day, "2027-02-13")
    type_text(qtbot, dialog.day_name, "春节")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert [row[0] for row in table_rows(dialog)] == [f"2027-02-{d:02d}" for d in range(6, 14)]
    assert count_rows(database, CalendarDay) == 8
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert table_rows(dialog)[0][0] == "2027-02-07"
    assert count_rows(database, CalendarDay) == 7


def test_c4_a_day_without_a_name_is_refused_next_to_the_name(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    window = open_window(qtbot, database, supervisor)
    dialog = open_calendar(qtbot, window)
    pick_year(qtbot, dialog, 2027)
    qtbot.keyClick(dialog.day_name, Qt.Key.Key_Return)
    assert "Please name the day" in dialog.error_text("name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.day_name)
    assert count_rows(database, CalendarDay) == 0


def test_c4_a_bundled_year_shows_the_national_schedule_and_the_store_override(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    with database.transaction() as session:
        workdays.save_calendar(
            session, supervisor, 2026, [DayChange(date(2026, 10, 7), True, "盘点上班")], False)
    window = open_window(qtbot, database, supervisor)
    dialog = open_calendar(qtbot, window)
    pick_year(qtbot, dialog, 2026)
    rows = {row[0]: row for row in table_rows(dialog)}
    assert rows["2026-02-14"][2:] == ["Working", "Spring Festival", "National schedule"]
    assert rows["2026-10-07"][2:] == ["Working", "盘点上班", "Store setting"]
    assert dialog.complete.isChecked() and not dialog.complete.isEnabled()
    assert "built in" in dialog.notice.text()
    # Picking the store's day fills the editor with it, ready to change or remove.
    dialog.table.selectRow(list(rows).index("2026-10-07"))
    assert dialog.day_name.text() == "盘点上班" and dialog.remove_button.isEnabled()
    dialog.table.selectRow(list(rows).index("2026-02-14"))
    assert not dialog.remove_button.isEnabled()  # the national schedule is not removed here


def test_s2_a_counter_clerk_has_no_work_calendar_in_the_menu(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    window = open_window(qtbot, database, clerk)
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert "workCalendarAction" not in names
    assert window.findChildren(QAction)  # the menus themselves are there
