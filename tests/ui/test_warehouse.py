"""The warehouse tab driven as a clerk drives it (W1, W6, W7): a scan finds the item, the
ledger shows its movements, an item below safety stock stands out in words, issuing too many
is refused next to the quantity and saves nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import StockIssue, StockMovement
from desk.services import items, stock
from desk.services.items import ItemInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.warehouse import STOCK_COLUMN, WarehouseTab
from tests.services.helpers import count_rows
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.windows import open_window

T = TypeVar("T")
BARCODE = "6901234567892"


def child(parent: Any, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def stocked(database: Database, actor: Actor) -> None:
    with database.transaction() as session:
        kettle = items.create_item(session, actor, ItemInput(
            "DK-1001", "电水壶", "台", spec="MK-1750", barcode=BARCODE, safety_stock="2"))
        stock.record_opening(session, actor, kettle.id, "5")
        cable = items.create_item(session, actor, ItemInput(
            "XL-200", "电源线", "米", countable=False, safety_stock="10"))
        stock.record_opening(session, actor, cable.id, "3.5")


def make_tab(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
             ) -> WarehouseTab:
    tab = WarehouseTab(store, actor, events)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    loaded(qtbot, tab.model)
    return tab


def test_w1_w6_scan_finds_the_item_and_too_many_is_refused_next_to_the_quantity(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    stocked(database, warehouse_clerk)
    tab = make_tab(qtbot, store, events, warehouse_clerk)
    assert tab.model.rowCount() == 2
    # The cable (3.5 m, safety 10) stands out, saying why.
    assert tab.model.index(1, STOCK_COLUMN).data() == "Below safety stock (3.5 < 10)"
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == ALERT_FOREGROUND

    # The scanner types into the list (focus anywhere in the tab), then Enter.
    tab.table.setFocus()
    for digit in BARCODE:  # each key to whatever has the focus, as the keyboard sends it
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, digit)
    assert tab.search.text() == BARCODE
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.shown is not None and tab.shown.code == "DK-1001"
    loaded(qtbot, tab.ledger.model)
    assert child(tab, QLabel, "ledgerOnHand").text().startswith("On hand: 5 台")
    assert tab.ledger.model.index(0, 3).data() == "DK-1001"  # the opening balance

    # An unknown barcode is said next to the box.
    type_text(qtbot, tab.search, "6900000000000")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.search_error.isVisible()
    assert tab.search_error.text() == "No item has the barcode or code 6900000000000."
    # Nothing was found, so nothing is shown: F8 cannot issue the item scanned before.
    assert tab.shown is None and not tab.issue_button.isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_F8)
    assert not [d for d in tab.findChildren(StepDialog) if d.isVisible()]
    type_text(qtbot, tab.search, BARCODE)  # the right goods scanned again
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.code == "DK-1001")

    # Issue out: 9 of the 5 on hand.
    qtbot.keyClick(tab.table, Qt.Key.Key_F8)
    [dialog] = [d for d in tab.findChildren(StepDialog) if d.isVisible()]
    quantity = child(dialog, QLineEdit, "quantity")
    type_text(qtbot, quantity, "9")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics answer in the window in front
    for digit, check in zip("123", ("name_spec_checked", "quality_good", "undamaged"),
                            strict=True):  # Alt+1, Alt+2, Alt+3 tick the checks (W6)
        assert child(dialog, QCheckBox, check).text().startswith(f"&{digit} ")
        qtbot.keyClick(quantity, digit, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(child(dialog, QCheckBox, check).isChecked)  # an animated click
    assert dialog.focusWidget() is not quantity
    quantity.setFocus()
    type_text(qtbot, child(dialog, QLineEdit, "recipient"), "维修组")
    qtbot.keyClick(child(dialog, QLineEdit, "recipient"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("quantity") == "Only 5 台 of 电水壶 on hand: 9 cannot be issued."
    assert dialog.focusWidget() is quantity
    assert count_rows(database, StockIssue) == 0 and count_rows(database, StockMovement) == 2

    # Corrected to 4: issued, and the list and the ledger say so.
    quantity.selectAll()
    type_text(qtbot, quantity, "4")
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.on_hand == 1)
    assert tab.model.index(0, STOCK_COLUMN).data() == "Below safety stock (1 < 2)"
    loaded(qtbot, tab.ledger.model)
    qtbot.waitUntil(lambda: tab.ledger.model.rowCount() == 2)
    assert tab.ledger.model.index(0, 2).data() == "-4"
    number = tab.ledger.model.index(0, 3).data()
    assert number.startswith("CK-")
    assert tab.ledger.model.index(0, 5).data() == "维修组"  # taken by
    # The clerk is told what was issued, under which number.
    assert tab.message.text() == f"Issued out {number}: 电水壶 4 台."


def test_w7_a_new_item_gets_its_opening_balance_from_the_tab(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    with database.transaction() as session:
        items.create_item(session, warehouse_clerk, ItemInput("KT-9", "空调遥控器", "个"))
    tab = make_tab(qtbot, store, events, warehouse_clerk)
    qtbot.waitUntil(lambda: tab.shown is not None)  # one match: picked
    assert tab.opening_button.isEnabled() and not tab.issue_button.isEnabled()
    dialog = tab.opening_balance()
    assert dialog is not None
    quantity = child(dialog, QLineEdit, "quantity")
    type_text(qtbot, quantity, "2.5")  # a counted item takes whole pieces only
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.text("quantity")
    assert count_rows(database, StockMovement) == 0
    quantity.selectAll()
    type_text(qtbot, quantity, "１２")  # full-width digits, as an IME may type them
    qtbot.keyClick(quantity, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert tab.message.text() == "Opening balance of KT-9: 12 个."
    qtbot.waitUntil(lambda: tab.shown is not None and tab.shown.on_hand == 12)
    assert tab.issue_button.isEnabled() and not tab.opening_button.isEnabled()


def test_w1_clerk_adds_an_item_by_keyboard(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    tab = make_tab(qtbot, store, events, warehouse_clerk)
    dialog = tab.new_item()
    assert dialog is not None
    code = child(dialog, QLineEdit, "code")
    type_text(qtbot, code, "ＤＫ－３")
    type_text(qtbot, child(dialog, QLineEdit, "name"), "电饭煲")
    unit = child(dialog, QLineEdit, "unit")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.text("unit").startswith("Please enter the unit")
    type_text(qtbot, unit, "台")
    qtbot.keyClick(unit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == "DK-3"


def test_s2_warehouse_account_opens_on_the_warehouse_tab_and_counter_staff_never_see_it(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, clerk: Actor, supervisor: Actor,
) -> None:
    window = open_window(qtbot, database, warehouse_clerk)
    assert window.tabs.count() == 1 and window.tabs.currentWidget() is window.warehouse
    assert window.warehouse is not None and window.warehouse.search.hasFocus()
    keys = window.keys_text()  # F1 tells the warehouse's keys, not the counter's
    assert "F8" in keys and "customer" not in keys
    assert open_window(qtbot, database, clerk).warehouse is None
    supervisors = open_window(qtbot, database, supervisor)
    assert supervisors.warehouse is not None
    assert "customer" in supervisors.keys_text() and "F8" in supervisors.keys_text()


def test_w7_ledger_export_from_the_items_page_preselects_the_item_and_this_month(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents, tmp_path: Path,
) -> None:
    from desk.services import clock
    from desk.ui.dialogs.ledger_export import LedgerExportDialog

    stocked(database, warehouse_clerk)
    tab = make_tab(qtbot, store, events, warehouse_clerk)
    assert tab.ledger_button.isVisible()
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.shown is not None)
    assert tab.shown is not None
    dialog = LedgerExportDialog(tab.shown, tab)
    qtbot.addWidget(dialog)
    wanted = dialog.selection()
    today = clock.local_today()
    assert wanted.item_id == tab.shown.id
    assert wanted.first == today.replace(day=1) and wanted.first <= today <= wanted.last
    out = tmp_path / "台账.xlsx"
    tab.export_ledger(wanted, str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    qtbot.waitUntil(lambda: "1 movement(s) of 1 item(s)" in tab.message.text(), timeout=10000)


def test_w3_the_pages_turn_by_keyboard_from_the_search_box(
    qtbot: QtBot, warehouse_clerk: Actor, store: AnnouncingStore, events: DeskEvents,
) -> None:
    tab = make_tab(qtbot, store, events, warehouse_clerk)
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tab.pages.currentWidget() is tab.deliveries
    focused = QApplication.focusWidget()
    assert focused is not None and tab.deliveries.isAncestorOf(focused)  # typing goes there
    qtbot.keyClick(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tab.pages.currentIndex() == 0
