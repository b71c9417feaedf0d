"""Manufacturer orders in the window (W2): a clerk places an order by scanning its items, walks
it to "finance notified", and four days later finds it red in the follow-up list and records
the follow-up with the cause."""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, items, orders
from desk.services.items import ItemInput
from desk.services.permissions import Actor
from desk.ui.dialogs.new_order import NewOrderDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.orders_panel import OrdersPanel
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

KETTLE = "6901234567892"
FOLLOW_UP_COLUMN = 5
# Where the test leaves its screens at 1366 px for a person to look at.
SHOTS = Path(os.environ.get("DESK_SCREENS", tempfile.gettempdir())) / "desk-screens"


def make_panel(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
               ) -> OrdersPanel:
    panel = OrdersPanel(store, actor, events)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    loaded(qtbot, panel.model)
    return panel


def submit_step(qtbot: QtBot, panel: OrdersPanel, action: str, **texts: str) -> None:
    button = panel.step_buttons[action]
    assert button.isEnabled()
    button.click()
    dialog = panel.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    for name, text in texts.items():
        box = dialog.findChild(QLineEdit, name) or dialog.findChild(QPlainTextEdit, name)
        assert box is not None, name
        box.clear() if isinstance(box, QLineEdit) else box.setPlainText("")
        type_text(qtbot, box, text)
    if action == "verify_price":
        check = dialog.findChild(QCheckBox, "confirmed")
        assert check is not None
        check.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    loaded(qtbot, panel.model)


def test_w2_an_order_walked_to_finance_notified_is_red_in_the_follow_up_list_four_days_on(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents, monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.transaction() as session:
        items.create_item(session, warehouse_clerk, ItemInput(
            "DK-1001", "电水壶", "台", spec="MK-1750", barcode=KETTLE))
    panel = make_panel(qtbot, store, events, warehouse_clerk)

    # A new order: the manufacturer, the contact, a scanned line; a bad price is refused.
    dialog = panel.new_order()
    assert isinstance(dialog, NewOrderDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.manufacturer, "美的生活电器")
    type_text(qtbot, dialog.contact, "王经理")
    dialog.item.setFocus()
    qtbot.keyClicks(dialog.item, KETTLE)
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return)
    assert "电水壶" in dialog.item_name.text() and dialog.focusWidget() is dialog.quantity
    qtbot.keyClicks(dialog.quantity, "1.5")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    type_text(qtbot, dialog.unit_price, "１２.３４５")
    qtbot.keyClick(dialog.unit_price, Qt.Key.Key_Return)
    assert dialog.errors.text("quantity") and dialog.table.rowCount() == 0
    dialog.quantity.setText("10")
    dialog.add_line()
    assert dialog.errors.text("unit_price") and dialog.table.rowCount() == 0
    dialog.unit_price.setText("128.50")
    qtbot.keyClick(dialog.unit_price, Qt.Key.Key_Return)
    assert dialog.table.rowCount() == 1 and "1,285.00" in dialog.total.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "new_order.png"))
    qtbot.keyClick(dialog.item, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.total.to_eng_string() == "1285.00"
    loaded(qtbot, panel.model)
    panel.table.selectRow(0)
    assert panel.current() is not None and panel.current().state == "ordered"  # type: ignore[union-attr]
    assert not panel.step_buttons["notify_finance"].isEnabled()

    submit_step(qtbot, panel, "verify_price")
    submit_step(qtbot, panel, "mark_ready", said_by="厂家张工")
    submit_step(qtbot, panel, "notify_finance", person="财务部刘会计")
    row = panel.current()
    assert row is not None and row.state == "payment_notified" and not row.follow_up_due
    assert panel.step_buttons["follow_up"].isEnabled()

    # Four days on, the follow-up list has it, red, saying how long it has waited.
    later = clock.now() + timedelta(days=4)
    monkeypatch.setattr(clock, "now", lambda: later)
    panel.view.setCurrentIndex(panel.view.findData("due"))
    loaded(qtbot, panel.model)
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, FOLLOW_UP_COLUMN)
    assert "4" in index.data() and "follow up" in index.data()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == ALERT_FOREGROUND
    panel.table.selectRow(0)
    panel.grab().save(str(SHOTS / "orders_due.png"))

    submit_step(qtbot, panel, "follow_up", cause="物流延误，周一到货")
    assert panel.model.rowCount() == 0  # followed up: not due again for three days
    with database.read() as session:
        [order] = orders.list_orders(session, warehouse_clerk, "all").rows
        detail = orders.get_order(session, warehouse_clerk, order.id)
    assert [(f.person, f.method, f.cause) for f in detail.follow_ups] == [
        ("王经理", "phone", "物流延误，周一到货")]
    panel.view.setCurrentIndex(panel.view.findData("open"))
    loaded(qtbot, panel.model)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: "物流延误" in panel.detail_view.toPlainText())  # read on the pool
    panel.grab().save(str(SHOTS / "orders_open.png"))


def test_w2_supervisors_work_orders_too(
    qtbot: QtBot, database: Database, supervisor: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    panel = make_panel(qtbot, store, events, supervisor)
    assert panel.new_button.isVisibleTo(panel)
    assert all(not b.isEnabled() for b in panel.step_buttons.values())  # nothing selected
