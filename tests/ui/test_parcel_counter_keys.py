"""The storage page at the counter (P1-P3), as a clerk meets it: a scanned ticket becomes the
picked row, so F6, F7 and F8 act on it and not on the row highlighted before the scan; the
next four digits after a wrong four replace them; a customer picked in the deposit form takes
the cursor to the items and leaves no stale "enter the name" behind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import ParcelDeposit
from desk.services import parcels
from desk.services.parcels import DepositInput
from desk.services.permissions import Actor
from desk.ui.events import DeskEvents
from desk.ui.printing import PrintPreviewDialog
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.parcel_steps import DepositDialog, HandoverDialog
from tests.services.helpers import add_customer, count_rows
from tests.ui.keyboard import type_text
from tests.ui.test_parcels import dialog_of, error_under, make_panel


def deposit(database: Database, actor: Actor, name: str, phone: str) -> parcels.ParcelDetail:
    with database.transaction() as session:
        return parcels.deposit(session, actor, DepositInput(
            name, phone, "行李箱", 1, "", "A-03"))


def test_a_scanned_ticket_is_the_row_the_keys_act_on(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    first = deposit(database, clerk, "张三", "13812345678")
    second = deposit(database, clerk, "王五", "13900001111")
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.selectRow(panel.model.index_where(lambda p: p.id == first.row.id))
    type_text(qtbot, panel.scan, second.row.ticket_number)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    pickup = dialog_of(qtbot, panel, HandoverDialog)
    pickup.reject()
    current = panel.current()
    assert current is not None and current.id == second.row.id  # not 张三's, highlighted before
    assert panel.detail is not None and panel.detail.row.id == second.row.id
    qtbot.keyClick(panel.table, Qt.Key.Key_F7)  # the lost-ticket form: for the scanned ticket
    qtbot.waitUntil(lambda: any(d.isVisible() for d in panel.findChildren(HandoverDialog)),
                    timeout=3000)
    lost = next(d for d in panel.findChildren(HandoverDialog) if d.isVisible())
    summary = lost.findChild(QLabel, "stepSummary")
    assert summary is not None and second.row.ticket_number in summary.text()
    lost.reject()


def test_a_redeemed_ticket_scanned_leaves_no_other_row_picked(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    held = deposit(database, clerk, "张三", "13812345678")
    gone = deposit(database, clerk, "王五", "13900001111")
    with database.transaction() as session:
        parcels.pick_up(session, clerk, gone.row.id, "1111")
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.selectRow(panel.model.index_where(lambda p: p.id == held.row.id))
    type_text(qtbot, panel.scan, gone.row.ticket_number)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    assert "handed over at" in panel.message
    assert panel.current() is None
    assert not panel.pickup_button.isEnabled() and not panel.lost_button.isEnabled()
    assert panel.detail is not None and panel.detail.row.id == gone.row.id
    assert panel.reprint_button.isEnabled()  # its ticket again, if asked


def test_after_a_wrong_four_the_next_four_replace_them(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    held = deposit(database, clerk, "张三", "13812345678")
    panel = make_panel(qtbot, store, events, clerk)
    type_text(qtbot, panel.scan, held.row.ticket_number)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)
    dialog = dialog_of(qtbot, panel, HandoverDialog)
    last_four = dialog.findChild(QLineEdit, "last_four")
    assert last_four is not None
    qtbot.keyClicks(last_four, "1234")
    qtbot.keyClick(last_four, Qt.Key.Key_Return)
    assert "do not match" in error_under(dialog, "last_four")
    qtbot.keyClicks(last_four, "5678")  # the box takes four: they must replace the wrong ones
    assert last_four.text() == "5678"
    qtbot.keyClick(last_four, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.read() as session:
        assert parcels.get_parcel(session, clerk, held.row.id).row.state == "picked_up"


def test_a_customer_picked_in_the_deposit_form_takes_the_cursor_to_the_items(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    add_customer(database, clerk, "王五", "13900001111")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = panel.deposit()
    assert isinstance(dialog, DepositDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.customer, "13900009999")  # no one: Enter saves and is refused
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert error_under(dialog, "name")
    dialog.customer.selectAll()
    qtbot.keyClicks(dialog.customer, "13900001111")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert dialog.customer.chosen_id is not None
    assert error_under(dialog, "name") == ""  # the name box is not needed any more
    items = dialog.findChild(QLineEdit, "description")
    qtbot.waitUntil(lambda: dialog.focusWidget() is items, timeout=3000)
    type_text(qtbot, items, "婴儿车")
    qtbot.keyClick(items, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count_rows(database, ParcelDeposit) == 1, timeout=5000)


def test_the_deposit_just_made_is_the_picked_row_for_its_reprint(
        qtbot: QtBot, database: Database, store: AnnouncingStore, events: DeskEvents,
        clerk: Actor) -> None:
    earlier = deposit(database, clerk, "张三", "13812345678")
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.selectRow(panel.model.index_where(lambda p: p.id == earlier.row.id))
    dialog = panel.deposit()
    assert isinstance(dialog, DepositDialog)
    qtbot.waitExposed(dialog)
    for name, text in (("name", "王小明"), ("phone", "13912345678"),
                       ("description", "纸箱两个")):
        type_text(qtbot, dialog.findChild(QLineEdit, name), text)
    qtbot.keyClick(dialog.findChild(QLineEdit, "description"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is not None, timeout=10000)
    preview = panel.findChild(PrintPreviewDialog)
    assert preview is not None
    preview.reject()  # the printer jammed: F8 must reprint this ticket, not 张三's
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: panel.current() is not None
                    and panel.current().customer_name == "王小明", timeout=5000)
