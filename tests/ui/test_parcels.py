"""The storage page (P1-P4) as a clerk uses it: deposit and see the ticket's preview, pick up
with one scan, four digits and Enter, a wrong four refused under the box, a lost ticket
released with a supervisor's password, the overdue rows red with their reason."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import ParcelDeposit
from desk.services import clock, parcels
from desk.services.parcels import DepositInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.printing import PrintPreviewDialog
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.counter_services import CounterServicesTab
from desk.ui.widgets.parcel_steps import DepositDialog, HandoverDialog
from desk.ui.widgets.parcels_panel import ParcelsPanel
from tests.services.helpers import add_customer, count_rows
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

STATE_COLUMN = 6


def make_panel(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
               ) -> ParcelsPanel:
    panel = ParcelsPanel(store, actor, events)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    qtbot.waitExposed(panel)
    loaded(qtbot, panel.model)
    return panel


def deposit(database: Database, actor: Actor) -> parcels.ParcelDetail:
    with database.transaction() as session:
        return parcels.deposit(session, actor, DepositInput(
            "张三", "13812345678", "行李箱", 2, "", "A-03"))


def dialog_of(qtbot: QtBot, panel: ParcelsPanel, kind: type[StepDialog]) -> StepDialog:
    qtbot.waitUntil(lambda: bool(panel.findChildren(kind)), timeout=5000)
    dialog = panel.findChildren(kind)[-1]
    qtbot.waitExposed(dialog)
    return dialog


def error_under(dialog: StepDialog, field: str) -> str:
    return dialog.errors.text(field)


def test_p2_pickup_by_scan_one_scan_four_digits_and_enter(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    held = deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    assert panel.scan.hasFocus() or panel.focusWidget() in (None, panel.scan)
    # The scanner types into whatever has the focus, here the list: its first key moves the
    # focus to the ticket box, where the rest and Enter land.
    panel.table.setFocus()
    number = held.row.ticket_number
    qtbot.keyClicks(panel.table, number[0])
    qtbot.keyClicks(QApplication.focusWidget(), number[1:])
    assert QApplication.focusWidget() is panel.scan and panel.scan.text() == number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, panel, HandoverDialog)
    last_four = dialog.findChild(QLineEdit, "last_four")
    assert last_four is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is last_four, timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), "5678")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.read() as session:
        picked = parcels.get_parcel(session, clerk, held.row.id)
    assert (picked.row.state, picked.picked_up_by) == ("picked_up", "李四")
    assert panel.message == f"{held.row.ticket_number}: 2 piece(s) handed over. Picked up."
    assert panel.scan_message.text() == panel.message
    assert panel.focusWidget() is panel.scan  # ready for the next scan
    loaded(qtbot, panel.model)  # the held list read again without it...
    assert number not in [panel.model.row_at(r).ticket_number  # type: ignore[union-attr]
                          for r in range(panel.model.rowCount())]
    assert number in panel.detail_view.toPlainText()  # ...its handover still in sight
    # The same ticket again: not a second pickup, and the clerk is told when and by whom.
    qtbot.keyClicks(panel.scan, held.row.ticket_number.lower())
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert "handed over at" in panel.message and "李四" in panel.message
    assert not [d for d in panel.findChildren(HandoverDialog) if d.isVisible()]


def test_p2_wrong_four_digits_are_refused_under_the_box_and_nothing_saved(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    held = deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    type_text(qtbot, panel.scan, held.row.ticket_number)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, panel, HandoverDialog)
    last_four = dialog.findChild(QLineEdit, "last_four")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is last_four, timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), "1234")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "do not match" in error_under(dialog, "last_four")
    with database.read() as session:
        assert parcels.get_parcel(session, clerk, held.row.id).row.state == "held"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_p1_deposit_from_the_keyboard_opens_the_tickets_preview(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    panel = make_panel(qtbot, store, events, clerk)
    qtbot.keyClick(panel.scan, Qt.Key.Key_F4)
    dialog = dialog_of(qtbot, panel, StepDialog)
    for name, text in (("name", "王小明"), ("phone", "13912345678"),
                       ("description", "纸箱两个"), ("shelf", "B-1")):
        box = dialog.findChild(QLineEdit, name)
        assert box is not None
        type_text(qtbot, box, text)
    pieces = dialog.findChild(QLineEdit, "pieces")
    assert pieces is not None
    pieces.selectAll()
    qtbot.keyClicks(pieces, "2")
    qtbot.keyClick(pieces, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is not None, timeout=10000)
    assert count_rows(database, ParcelDeposit) == 1
    preview = panel.findChild(PrintPreviewDialog)
    assert preview is not None and "JC-" in preview.windowTitle() + panel.message
    preview.reject()
    loaded(qtbot, panel.model)
    assert panel.model.rowCount() == 1


def test_p1_one_enter_shows_every_wrong_box_under_its_box(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    """Name left empty and five digits for a phone: both said on the first Enter, each
    under its box, the cursor in the first; nothing saved."""
    panel = make_panel(qtbot, store, events, clerk)
    qtbot.keyClick(panel.scan, Qt.Key.Key_F4)
    dialog = dialog_of(qtbot, panel, StepDialog)
    phone = dialog.findChild(QLineEdit, "phone")
    assert phone is not None
    type_text(qtbot, phone, "12345")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert dialog.isVisible() and count_rows(database, ParcelDeposit) == 0
    assert error_under(dialog, "name") and error_under(dialog, "phone")
    assert error_under(dialog, "description")
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "name")


def test_k1_the_deposit_form_finds_a_known_customer(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    customer = add_customer(database, clerk, "王五", "13900001111")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = panel.deposit()
    assert isinstance(dialog, DepositDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer, timeout=3000)
    qtbot.keyClicks(dialog.customer, "13900001111")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # a full number picks its customer
    assert dialog.customer.chosen_id == customer.id
    name = dialog.findChild(QLineEdit, "name")
    assert name is not None and not name.isEnabled()
    description = dialog.findChild(QLineEdit, "description")
    type_text(qtbot, description, "婴儿车")
    qtbot.keyClick(description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count_rows(database, ParcelDeposit) == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is not None, timeout=10000)
    with database.read() as session:
        [row] = parcels.list_parcels(session, clerk).rows
        assert parcels.get_parcel(session, clerk, row.id).customer_id == customer.id
    assert row.customer_name == "王五"


def test_r3_start_for_customer_opens_the_deposit_prefilled(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    customer = add_customer(database, clerk, "王五", "13900001111")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = panel.start_for_customer(customer.id, None)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QLineEdit, "name") is None  # the customer record's
    summary = dialog.findChild(QLabel, "stepSummary")
    assert summary is not None and "王五" in summary.text() and "139****1111" in summary.text()
    type_text(qtbot, dialog.findChild(QLineEdit, "description"), "婴儿车")
    qtbot.keyClick(dialog.findChild(QLineEdit, "description"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count_rows(database, ParcelDeposit) == 1, timeout=5000)
    qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is not None, timeout=10000)
    with database.read() as session:
        [row] = parcels.list_parcels(session, clerk).rows
        assert parcels.get_parcel(session, clerk, row.id).customer_id == customer.id


def test_p3_lost_ticket_released_with_the_supervisors_password(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor, supervisor: Actor) -> None:
    held = deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_F7)
    dialog = dialog_of(qtbot, panel, HandoverDialog)
    password = dialog.findChild(QLineEdit, "password")
    assert password is not None and password.echoMode() == QLineEdit.EchoMode.Password
    type_text(qtbot, dialog.findChild(QLineEdit, "id_last_digits"), "123X")
    reason = dialog.findChild(QPlainTextEdit, "reason")
    type_text(qtbot, reason, "牌子丢了")
    type_text(qtbot, dialog.findChild(QLineEdit, "supervisor"), "zhaoliu")
    type_text(qtbot, password, "wrong")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.isVisible() and error_under(dialog, "password")
    password.clear()
    type_text(qtbot, password, "zhaoliu-pass-1")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.read() as session:
        released = parcels.get_parcel(session, clerk, held.row.id)
    assert (released.row.state, released.approved_by) == ("released", "赵六")
    assert "released on the ID check" in panel.message


def test_p4_overdue_rows_are_red_and_say_why(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    now = clock.now()
    monkeypatch.setattr(clock, "now", lambda: now - timedelta(days=40))
    deposit(database, clerk)
    monkeypatch.setattr(clock, "now", lambda: now)
    deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    model = panel.model
    old = model.index(0, STATE_COLUMN)
    assert model.data(old) == "past the storage limit (40 days)"
    assert model.data(old, Qt.ItemDataRole.ForegroundRole) == ALERT_FOREGROUND
    assert model.data(model.index(1, STATE_COLUMN)) == "In storage"
    assert model.data(model.index(0, 2)) == "138****5678"  # K2
    panel.view.setCurrentIndex(panel.view.findData("overdue"))
    loaded(qtbot, model)
    assert model.rowCount() == 1


def test_the_storage_page_is_in_the_counter_services_tab(
        qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, clerk: Actor,
        warehouse_clerk: Actor) -> None:
    tab = CounterServicesTab(store, clerk, events)
    qtbot.addWidget(tab)
    assert tab.parcels is not None and tab.pages.indexOf(tab.parcels) >= 0
    nothing = CounterServicesTab(store, warehouse_clerk, events)
    qtbot.addWidget(nothing)
    assert nothing.parcels is None


def test_f1_tells_the_storage_pages_keys(qtbot: QtBot, database: Database, clerk: Actor,
                                         warehouse_clerk: Actor) -> None:
    from desk.ui.main_window import MainWindow

    window = MainWindow(database, clerk)
    qtbot.addWidget(window)
    assert "F7  lost ticket" in window.keys_text()
    warehouse = MainWindow(database, warehouse_clerk)
    qtbot.addWidget(warehouse)
    assert "ticket" not in warehouse.keys_text()


def test_p1_the_print_dialog_offers_the_tickets_own_roll_paper(
        qtbot: QtBot, database: Database, clerk: Actor) -> None:
    from desk.services import parcel_ticket
    from desk.services.vocabulary import untranslated
    from desk.ui.printing import new_printer

    held = deposit(database, clerk)
    with database.read() as session:
        paper = parcel_ticket.ticket_pdf(session, clerk, held.row.id, untranslated)
    size = new_printer(paper.pdf, "ticket").pageLayout().pageSize().size(
        QPageSize.Unit.Millimeter)
    assert round(size.width()) == 80 and 150 < size.height() < 300


def test_down_from_the_scan_box_goes_into_the_list_and_typing_comes_back(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, events: DeskEvents
) -> None:
    """By keyboard alone: Down in the box is the cursor on the list's row (F6 then acts on
    it); a key typed on the list starts a new scan in the box."""
    deposit(database, clerk)
    deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    panel.activateWindow()
    panel.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.scan)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentIndex().row() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == 1
    for key in "JC":  # as a keyboard types: each key to whatever has the focus then
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is panel.scan and panel.scan.text() == "JC"


def test_a_list_the_keyboard_enters_shows_its_row_and_down_goes_to_the_next(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, events: DeskEvents
) -> None:
    """Tab into a list with nothing highlighted: its current row lights up (the first when
    none), so the first Down goes to the second row, not past it unseen."""
    deposit(database, clerk)
    deposit(database, clerk)
    panel = make_panel(qtbot, store, events, clerk)
    panel.activateWindow()
    panel.table.clearSelection()
    panel.table.setCurrentIndex(panel.model.index(-1, -1))
    panel.scan.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.scan)
    panel.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.table)
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [0]
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == 1
