"""The reception tab driven as a clerk drives it: type, press Enter, read the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import audit, customers, reception
from desk.services.customers import CustomerInput
from desk.services.permissions import Actor
from desk.ui.dialogs.customer_archive import CustomerArchiveDialog
from desk.ui.dialogs.finish_visit import FinishVisitDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.reception import ReceptionTab
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded


@pytest.fixture
def tab(qtbot: QtBot, store: AnnouncingStore, clerk: Actor, events: DeskEvents) -> ReceptionTab:
    widget = ReceptionTab(store, clerk, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    loaded(qtbot, widget.model)
    return widget


def _customer(database: Database, actor: Actor, name: str, phone: str) -> int:
    with database.transaction() as session:
        return customers.create_customer(session, actor, CustomerInput(name, phone)).id


def _cell(tab: ReceptionTab, row: int, column: int) -> str:
    return str(tab.model.index(row, column).data())


def test_r1_clerk_finds_customer_by_pinyin_and_logs_visit_with_enter(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    customer_id = _customer(database, clerk, "张三", "13812345678")
    _customer(database, clerk, "李四", "13998765432")
    search = tab.form.search
    search.setFocus()
    qtbot.keyClicks(search, "zs")
    qtbot.waitUntil(lambda: len(search.hits) == 1)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # one match: Enter takes it
    assert search.chosen_id == customer_id
    assert "张三" in tab.form.chosen.text()
    tab.form.purpose.setCurrentIndex(tab.form.purpose.findData("repair"))
    type_text(qtbot, tab.form.notes, "空调不制冷")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)
    loaded(qtbot, tab.model)  # no code emitted "visits changed": the store said it
    assert tab.model.rowCount() == 1
    assert _cell(tab, 0, 2) == "张三"
    assert _cell(tab, 0, 3) == "138****5678"  # K2: masked in the list
    assert _cell(tab, 0, 4) == "Repair"
    assert _cell(tab, 0, 6) == "Open"
    assert tab.count_label.text() == "1 visit(s)"
    assert search.text() == ""  # the form is ready for the next walk-in


def test_r1_phone_suffix_then_enter_picks_the_single_match(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    customer_id = _customer(database, clerk, "王五", "13700001111")
    qtbot.keyClicks(tab.form.search, "1111")
    qtbot.keyClick(tab.form.search, Qt.Key.Key_Return)
    assert tab.form.search.chosen_id == customer_id


def test_r1_anonymous_walk_in(qtbot: QtBot, tab: ReceptionTab) -> None:
    qtbot.mouseClick(tab.form.anonymous, Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.form.notes, "问路")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)
    loaded(qtbot, tab.model)  # no code emitted "visits changed": the store said it
    assert tab.model.rowCount() == 1
    assert _cell(tab, 0, 2) == "(anonymous)"


def test_r1_no_customer_chosen_shows_message_next_to_field_and_saves_nothing(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    qtbot.keyClicks(tab.form.search, "nobody")
    qtbot.keyClicks(tab.form.notes, "x")
    qtbot.keyClick(tab.form.notes, Qt.Key.Key_Return)
    errors = [label.text() for label in tab.form.findChildren(QLabel, "fieldError")
              if label.isVisible()]
    assert any("Pick a customer" in text for text in errors)
    with database.read() as session:
        assert reception.count_visits(session, clerk, reception.VisitFilter()) == 0


def test_r1_new_customer_typed_in_the_search_box_is_created_and_chosen(
    qtbot: QtBot, tab: ReceptionTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClicks(tab.form.search, "13612345678")

    def fill_and_save(dialog: object) -> int:
        from desk.ui.dialogs.customer_edit import CustomerDialog

        assert isinstance(dialog, CustomerDialog)
        assert dialog.phone.text() == "13612345678"  # the digits typed are the phone
        type_text(qtbot, dialog.name, "赵六")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr("desk.ui.dialogs.customer_edit.CustomerDialog.exec", fill_and_save)
    qtbot.mouseClick(tab.form.new_customer, Qt.MouseButton.LeftButton)
    assert tab.form.search.chosen_id is not None
    assert "赵六" in tab.form.chosen.text()


def test_r2_finish_visit_records_outcome_and_end_time(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "问价格")
    tab.refresh()
    loaded(qtbot, tab.model)
    tab.table.selectRow(0)
    visit = tab.selected()
    assert visit is not None and tab.finish_button.isEnabled()
    dialog = FinishVisitDialog(database, clerk, visit, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)  # empty outcome: refused
    assert dialog.errors.text("outcome") == "Please write down the outcome of the visit."
    assert dialog.result() == 0
    type_text(qtbot, dialog.outcome, "已报价")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert dialog.visit is not None and dialog.visit.finished_at is not None
    # Finishing the stale row a second time is refused by the visit's states (R2): the
    # message names the visit and its state.
    second = FinishVisitDialog(database, clerk, visit, tab)
    qtbot.addWidget(second)
    second.show()
    qtbot.keyClicks(second.outcome, "again")
    qtbot.keyClick(second.outcome, Qt.Key.Key_Return)
    refusal = second.errors.text("state")
    assert visit.number in refusal and "Finished" in refusal


def test_r1_list_filters_by_state_and_open_visits_stand_out(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        done = reception.log_visit(session, clerk, None, "inquiry", "a")
        reception.finish_visit(session, clerk, done.id, "ok", done.version)
        reception.log_visit(session, clerk, None, "repair", "b")
    tab.refresh()
    loaded(qtbot, tab.model)
    assert tab.model.rowCount() == 2
    open_row = next(r for r in range(2) if _cell(tab, r, 6) == "Open")
    assert tab.model.index(open_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    tab.filters.state.setCurrentIndex(tab.filters.state.findData("open"))
    loaded(qtbot, tab.model)
    assert tab.model.rowCount() == 1 and _cell(tab, 0, 6) == "Open"


def test_r1_list_sorts_by_clicking_a_column(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        for purpose in ("repair", "complaint", "inquiry"):
            reception.log_visit(session, clerk, None, purpose, "")
    tab.refresh()
    loaded(qtbot, tab.model)
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    loaded(qtbot, tab.model)
    codes = [tab.model.row_at(r).purpose for r in range(3)]  # type: ignore[union-attr]
    assert codes == sorted(codes)


def test_k2_revealing_a_phone_is_an_explicit_audited_action(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id = _customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        reception.log_visit(session, clerk, customer_id, "inquiry", "")
    tab.refresh()
    loaded(qtbot, tab.model)
    tab.table.selectRow(0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    assert shown and "138 1234 5678" in shown[0]
    with database.read() as session:
        rows = audit.history(session, clerk, "customer", customer_id)
    assert rows[0].action == "customer.reveal_phone" and rows[0].staff_name == "李四"


def test_k3_archive_shows_visits_newest_first_and_edits_details(
    qtbot: QtBot, database: Database, clerk: Actor, events: DeskEvents
) -> None:
    customer_id = _customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        reception.log_visit(session, clerk, customer_id, "inquiry", "第一次")
        reception.log_visit(session, clerk, customer_id, "repair", "第二次")
    dialog = CustomerArchiveDialog(database, clerk, customer_id)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 2
    assert dialog.history.item(0, 5).text() == "第二次"
    assert dialog.phone.text() == "138****5678"


def test_k2_export_writes_the_filtered_list_to_excel_off_the_gui_thread(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor, tmp_path: Path
) -> None:
    with database.transaction() as session:
        for _ in range(3):
            reception.log_visit(session, clerk, None, "inquiry", "问价格")
    tab.refresh()
    loaded(qtbot, tab.model)
    target = tmp_path / "visits.xlsx"
    tab.export_to(target)
    qtbot.waitUntil(lambda: tab.exported is not None, timeout=10_000)
    book = load_workbook(target)
    assert book.sheetnames == ["Visits", "Totals"]
    sheet = book["Visits"]
    assert sheet.max_row == 6  # title, who exported it, header, 3 visits
    assert sheet["E4"].value == "Inquiry"
    assert tab.count_label.text() == f"Exported 3 visit(s) to {target}"
    QApplication.processEvents()


def test_k2_a_cancelled_export_leaves_no_file_and_says_so(
    qtbot: QtBot, tab: ReceptionTab, database: Database, clerk: Actor, tmp_path: Path
) -> None:
    """Issue 5 §1: cancelling used to report success and leave a truncated workbook."""
    with database.transaction() as session:
        for _ in range(3):
            reception.log_visit(session, clerk, None, "inquiry", "问价格")
    folder = tmp_path / "exports"
    folder.mkdir()
    control = tab.export_to(folder / "visits.xlsx")
    control.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: "cancelled" in tab.count_label.text(), timeout=10_000)
    assert tab.count_label.text() == "Export cancelled: no file was written."
    assert list(folder.iterdir()) == []
    assert tab.exported is None
