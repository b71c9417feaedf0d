"""Gifts in the window (G1-G3): a clerk hands a gift out by scanning the receipt and pressing
Enter, a receipt that had its gift is refused under the receipt box, a visit starts the form
with the customer filled in (R3), a supervisor restocks and voids, the day's list shows it."""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, gift_lists, gifts, reception
from desk.services.gifts import GiftInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.counter_services import CounterServicesTab
from desk.ui.widgets.gifts_panel import GiftsPanel
from tests.services.helpers import add_customer
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

SHOTS = Path(os.environ.get("DESK_SCREENS", tempfile.gettempdir())) / "desk-screens"


def add_gifts(database: Database, supervisor: Actor
              ) -> tuple[gift_lists.GiftRow, gift_lists.GiftRow]:
    today = clock.local_today()
    with database.transaction() as session:
        cup = gifts.create_gift(session, supervisor, GiftInput(
            "保温杯", "双十二满500送", today - timedelta(days=2), today + timedelta(days=9), "1",
            "个", "20"))
        bag = gifts.create_gift(session, supervisor, GiftInput(
            "环保购物袋", "双十二满500送", today - timedelta(days=2), today + timedelta(days=9),
            "2", "个", "2"))
    return cup, bag


def make_panel(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
               ) -> GiftsPanel:
    panel = GiftsPanel(store, actor, events)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    loaded(qtbot, panel.catalogue)
    loaded(qtbot, panel.issues.model)
    return panel


def open_dialog(qtbot: QtBot, panel: GiftsPanel) -> StepDialog:
    dialog = panel.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    return dialog


def box(dialog: StepDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def scan(qtbot: QtBot, dialog: StepDialog, receipt: str) -> None:
    """A USB scanner: the receipt's characters, then Enter."""
    field = box(dialog, "receipt_number")
    field.setFocus()
    qtbot.keyClicks(field, receipt)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_g2_clerk_scans_a_receipt_and_a_second_scan_is_refused_under_the_receipt(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    cup, bag = add_gifts(database, supervisor)
    panel = make_panel(qtbot, store, events, clerk)
    assert not any(b.isVisible() for b in panel.manage_buttons.values())  # G1: supervisor's
    assert panel.catalogue.rowCount() == 2
    low = panel.catalogue.index(panel.catalogue.index_where(lambda g: g.id == bag.id), 5)
    assert "low: 2 left" in low.data()
    assert low.data(Qt.ItemDataRole.ForegroundRole) == ALERT_FOREGROUND

    # F2 opens the form; a walk-in's name and phone, the gift, and the scanner's Enter saves.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, panel)
    gift_box = dialog.findChild(QComboBox, "gift")
    assert gift_box is not None and gift_box.count() == 2
    gift_box.setCurrentIndex(gift_box.findData(cup.id))
    type_text(qtbot, box(dialog, "recipient_name"), "王小明")
    type_text(qtbot, box(dialog, "recipient_phone"), "13912345678")
    scan(qtbot, dialog, "XS20261206-0019")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "ZP-" in panel.status.text() and "王小明" in panel.status.text()
    loaded(qtbot, panel.issues.model)
    assert panel.issues.model.rowCount() == 1
    row = panel.issues.model.row_at(0)
    assert row is not None and row.masked_phone == "139****5678"
    loaded(qtbot, panel.catalogue)
    stocked = panel.catalogue.row_at(panel.catalogue.index_where(lambda g: g.id == cup.id))
    assert stocked is not None and stocked.on_hand == 19

    # The same receipt again: refused under the receipt box, the form stays open, nothing saved.
    panel.activateWindow()  # the desk's window again, the form gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    dialog = open_dialog(qtbot, panel)
    gift_box = dialog.findChild(QComboBox, "gift")
    assert gift_box is not None
    gift_box.setCurrentIndex(gift_box.findData(cup.id))
    type_text(qtbot, box(dialog, "recipient_name"), "李雷")
    type_text(qtbot, box(dialog, "recipient_phone"), "13812345678")
    scan(qtbot, dialog, "xs20261206-0019")
    assert dialog.isVisible()
    said = dialog.errors.text("receipt_number")
    assert "already had its gift" in said and row.number in said
    assert dialog.focusWidget() is box(dialog, "receipt_number")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "gift_issue_refused.png"))
    dialog.reject()
    with database.read() as session:
        assert gift_lists.count_issues(session, clerk, clock.local_today()) == 1


def test_r3_start_for_customer_prefills_the_customer_and_links_the_visit(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    add_gifts(database, supervisor)
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, zhang.id, "gift")
    tab = CounterServicesTab(store, clerk, events)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    panel = tab.gifts
    loaded(qtbot, panel.catalogue)
    dialog = panel.start_for_customer(zhang.id, visit.id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "张三" in box(dialog, "customer").text()
    assert "13812345678" not in box(dialog, "customer").text()  # K2: masked
    assert dialog.focusWidget() is box(dialog, "receipt_number")
    qtbot.keyClicks(box(dialog, "receipt_number"), "XS-0001")
    qtbot.keyClick(box(dialog, "receipt_number"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result.customer_id == zhang.id
    with database.read() as session:
        [issue] = gift_lists.issues_between(session, clerk, clock.local_today())
        history = gift_lists.gift_history(session, zhang.id)
    assert issue.recipient_name == "张三" and [h.number for h in history] == [issue.number]
    assert history[0].category == issue.campaign  # K3: the archive's type is the campaign


def test_g3_supervisor_restocks_and_voids_an_issue_and_exports_the_day(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents, tmp_path: Path,
) -> None:
    cup, _bag = add_gifts(database, supervisor)
    with database.transaction() as session:
        gifts.issue_gift(session, clerk, gifts.IssueInput(
            cup.id, "XS-0001", "1", recipient_name="王小明", recipient_phone="13912345678"))
    panel = make_panel(qtbot, store, events, supervisor)
    panel.table.selectRow(panel.catalogue.index_where(lambda g: g.id == cup.id))
    loaded(qtbot, panel.book)
    assert panel.book.rowCount() == 2 and "19 个" in panel.book_heading.text()

    panel.manage_buttons["restock"].click()
    dialog = open_dialog(qtbot, panel)
    type_text(qtbot, box(dialog, "quantity"), "0")
    qtbot.keyClick(box(dialog, "quantity"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.text("quantity")
    box(dialog, "quantity").setText("10")
    qtbot.keyClick(box(dialog, "quantity"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    loaded(qtbot, panel.catalogue)
    loaded(qtbot, panel.book)
    assert "29 个" in panel.book_heading.text()

    panel.manage_buttons["edit"].click()  # G1: the limit corrected, the stock untouched
    dialog = open_dialog(qtbot, panel)
    assert box(dialog, "name").text() == "保温杯"
    box(dialog, "limit_per_receipt").setText("2")
    qtbot.keyClick(box(dialog, "limit_per_receipt"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    loaded(qtbot, panel.catalogue)
    edited = panel.current()
    assert edited is not None and (edited.limit_per_receipt, edited.on_hand) == (2, 29)

    panel.issues.table.selectRow(0)
    assert panel.issues.void_button.isEnabled()
    panel.issues.void_button.click()
    dialog = open_dialog(qtbot, panel)
    reason = dialog.findChild(QPlainTextEdit, "reason")
    assert reason is not None
    type_text(qtbot, reason, "录错小票")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    loaded(qtbot, panel.issues.model)
    voided = panel.issues.model.row_at(0)
    assert voided is not None and voided.state == "voided"
    assert "录错小票" in panel.issues.model.index(0, 8).data()

    out = tmp_path / "gifts.xlsx"
    control = panel.issues.export_day(str(out))
    assert control is not None
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "->" in panel.issues.count_label.text(), timeout=10_000)
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(min_row=4, values_only=True))
    assert len(rows) == 1 and rows[0][4] == "XS-0001"
    panel.resize(1366, 640)
    panel.grab().save(str(SHOTS / "gifts_panel.png"))


def test_k2_the_warehouse_has_no_gifts_page(
    qtbot: QtBot, warehouse_clerk: Actor, store: AnnouncingStore, events: DeskEvents,
) -> None:
    tab = CounterServicesTab(store, warehouse_clerk, events)
    qtbot.addWidget(tab)
    assert not tab.findChildren(GiftsPanel)


def test_g2_f1_tells_the_gift_pages_scan_and_the_forms_numbered_choices(
        qtbot: QtBot, database: Database, clerk: Actor, warehouse_clerk: Actor) -> None:
    """G2 is scanner-first, and step forms tick their numbered options with Alt+1..9: F1 says
    both (it told the storage page's keys but not the gift page's)."""
    from desk.ui.main_window import MainWindow

    window = MainWindow(database, clerk)
    qtbot.addWidget(window)
    keys = window.keys_text()
    assert "scanning a sales receipt anywhere on the page" in keys and "F2  issue a gift" in keys
    assert "Alt+1 … Alt+9 in a form" in keys
    warehouse = MainWindow(database, warehouse_clerk)
    qtbot.addWidget(warehouse)
    assert "gift" not in warehouse.keys_text()
    assert "Alt+1 … Alt+9 in a form" in warehouse.keys_text()  # the issue-out checks
