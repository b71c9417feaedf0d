"""The stocktake page driven as a clerk drives it with a scanner (W8, W7): scan, type the count,
Enter; a variance needs its reason before a supervisor's approval posts the adjustment."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import items, stock
from desk.services.items import ItemInput
from desk.services.permissions import Actor
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.stocktake_panel import StocktakePanel
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

KETTLE, FAN = "6901234567892", "6901234567908"


def stocked(database: Database, actor: Actor) -> int:
    with database.transaction() as session:
        kettle = items.create_item(session, actor, ItemInput(
            "DK-1001", "电水壶", "台", spec="MK-1750", barcode=KETTLE))
        fan = items.create_item(session, actor, ItemInput("FS-40", "落地扇", "台", barcode=FAN))
        stock.record_opening(session, actor, kettle.id, "10")
        stock.record_opening(session, actor, fan.id, "4")
        return kettle.id


def make_panel(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
               ) -> StocktakePanel:
    panel = StocktakePanel(store, actor, events)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    loaded(qtbot, panel.model)
    return panel


def scan(qtbot: QtBot, panel: StocktakePanel, digits: str) -> None:
    """What a USB scanner does: types the digits, then Enter."""
    panel.scan.setFocus()
    qtbot.keyClicks(panel.scan, digits)
    qtbot.keyClick(panel.scan, Qt.Key.Key_Return)


def enter_count(qtbot: QtBot, panel: StocktakePanel, digits: str) -> None:
    assert panel.focusWidget() is panel.counted
    qtbot.keyClicks(panel.counted, digits)
    qtbot.keyClick(panel.counted, Qt.Key.Key_Return)


def test_w8_a_scanned_count_with_a_variance_needs_its_reason_before_approval(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, supervisor: Actor,
    store: AnnouncingStore, events: DeskEvents, tmp_path: Path,
) -> None:
    kettle_id = stocked(database, warehouse_clerk)
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    start = panel.new_count()
    assert start is not None
    start.findChild(QRadioButton, "kind_chosen").setChecked(True)  # type: ignore[union-attr]
    chosen = start.findChild(QLineEdit, "items")
    assert chosen is not None
    type_text(qtbot, chosen, f"{KETTLE} FS-40")
    qtbot.keyClick(chosen, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not start.isVisible())
    loaded(qtbot, panel.model)
    qtbot.waitUntil(lambda: panel.detail is not None and len(panel.detail.lines) == 2)

    scan(qtbot, panel, "6909999999999")  # no item has it: said next to the box
    assert "6909999999999" in panel.search_error.text() and panel.search_error.isVisible()
    scan(qtbot, panel, KETTLE)
    assert panel.lines.currentRow() == 0
    enter_count(qtbot, panel, "9")
    assert panel.focusWidget() is panel.scan  # ready for the next scan
    # The count is saved at once; the line is read back on the thread pool.
    qtbot.waitUntil(lambda: panel.lines.item(0, 5).text() == "-1")
    assert panel.lines.item(0, 6).text() == "Needs a reason"
    scan(qtbot, panel, FAN)
    enter_count(qtbot, panel, "2.5")  # a fan is counted whole: refused under the count
    assert panel.count_error.isVisible() and panel.lines.item(1, 4).text() == ""
    qtbot.keyClick(panel.counted, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    enter_count(qtbot, panel, "4")
    qtbot.waitUntil(lambda: panel.lines.item(1, 5).text() == "0")
    panel.grab().save(str(tmp_path / "stocktake.png"))

    # The reason for the kettle (F3 on its line), then submit.
    panel.lines.setCurrentCell(0, 0)
    reason = panel.give_reason()  # F3
    assert reason is not None and reason.isVisible()
    reason.findChild(QRadioButton, "reason_loss").setChecked(True)  # type: ignore[union-attr]
    cause = reason.findChild(QWidget, "cause")
    assert cause is not None
    type_text(qtbot, cause, "一台摔坏")
    reason.save()
    qtbot.waitUntil(lambda: not reason.isVisible())
    qtbot.waitUntil(lambda: panel.lines.item(0, 6).text() == "Loss or breakage")
    panel.submit_button.click()
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.row.state == "submitted")

    boss = make_panel(qtbot, store, events, supervisor)
    qtbot.waitUntil(lambda: boss.detail is not None)
    assert boss.approve_button.isVisible() and not panel.approve_button.isVisible()
    boss.approve_button.click()
    qtbot.waitUntil(lambda: boss.detail is not None and boss.detail.row.state == "approved")
    with database.read() as session:
        assert stock.on_hand(session, supervisor, kettle_id) == Decimal(9)



def test_w9_a_supervisor_exports_the_reconciliation_and_closes_the_month(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, supervisor: Actor,
    store: AnnouncingStore, events: DeskEvents, tmp_path: Path,
) -> None:
    from desk.services import month_close

    stocked(database, warehouse_clerk)
    clerk_panel = make_panel(qtbot, store, events, warehouse_clerk)
    assert not clerk_panel.close_button.isVisible()  # S2: the clerk cannot close a month
    panel = make_panel(qtbot, store, events, supervisor)
    out = tmp_path / "recon.xlsx"
    panel.export_reconciliation(month_close.previous_month(), str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    qtbot.waitUntil(lambda: "item(s) ->" in panel.message.text(), timeout=10000)
    dialog = panel.close_month()
    assert dialog is not None
    month = dialog.findChild(QLineEdit, "month")
    assert month is not None and month.text() == month_close.previous_month()
    month.setText("2099-01")  # not ended: refused under the field
    qtbot.keyClick(month, Qt.Key.Key_Return)
    said = [label.text() for label in dialog.findChildren(QLabel, "fieldError")
            if label.isVisible()]
    assert dialog.isVisible() and said == ["2099-01 has not ended yet: a month is closed after "
                                           "its last day."]
    month.setText(month_close.previous_month())
    qtbot.keyClick(month, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.read() as session:
        closed = month_close.closed_months(session, supervisor)
    assert [c.month for c in closed] == [month_close.previous_month()]
