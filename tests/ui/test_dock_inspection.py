"""The dock inspection driven as a clerk at the dock drives it (W3): the scanner types a
line's barcode and Enter, Enter takes the count, F2 passes a line's checks, a failed check
asks for its note; a failed check holds the delivery, nothing posts, and the handler's notice
form follows. A passing one posts stock."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import StockMovement
from desk.services import deliveries, items
from desk.services.deliveries import DeliveryDetail, DeliveryInput, DeliveryLineInput
from desk.services.items import ItemInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.deliveries_panel import DeliveriesPanel
from desk.ui.widgets.dock_inspection import DockInspection
from tests.services.helpers import count_rows
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.test_signature_pad import _curve, sign_with_mouse

KETTLE, FAN = "6901234567892", "6901234567908"


def expected(database: Database, actor: Actor) -> DeliveryDetail:
    with database.transaction() as session:
        kettle = items.create_item(session, actor, ItemInput(
            "DK-1001", "电水壶", "台", spec="MK-1750", barcode=KETTLE))
        fan = items.create_item(session, actor, ItemInput(
            "FS-40", "落地扇", "台", spec="FS-40A", barcode=FAN))
        return deliveries.create_delivery(session, actor, DeliveryInput("美的供应链", "SH-1", [
            DeliveryLineInput("10", kettle.id), DeliveryLineInput("4", fan.id)]))


def make_panel(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
               ) -> DeliveriesPanel:
    panel = DeliveriesPanel(store, actor, events)
    qtbot.addWidget(panel)
    panel.resize(1366, 600)
    panel.show()
    loaded(qtbot, panel.model)
    return panel


def scan(qtbot: QtBot, dialog: DockInspection, digits: str) -> None:
    """What a USB scanner does: types the digits, then Enter."""
    dialog.scan.setFocus()
    qtbot.keyClicks(dialog.scan, digits)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)


def open_inspection(qtbot: QtBot, panel: DeliveriesPanel) -> DockInspection:
    panel.table.selectRow(0)
    dialog = panel.inspect_current()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as the window system does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_w3_a_scanned_inspection_with_a_failed_check_holds_the_delivery_and_nothing_posts(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    delivery = expected(database, warehouse_clerk)
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    dialog = open_inspection(qtbot, panel)

    # The fan's barcode jumps to its line, the count ready to type; Enter takes it.
    scan(qtbot, dialog, FAN)
    assert dialog.lines.currentRow() == 1 and dialog.focusWidget() is dialog.received
    qtbot.keyClick(dialog.received, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.scan
    qtbot.keyClick(dialog.scan, Qt.Key.Key_F2)  # every check of the fan's line passed
    # The kettle: counted, but the certificate of conformity is missing.
    scan(qtbot, dialog, KETTLE)
    assert dialog.lines.currentRow() == 0
    qtbot.keyClick(dialog.received, Qt.Key.Key_F2)
    scan(qtbot, dialog, KETTLE)
    dialog.check_boxes["certificate_ok"].setChecked(False)
    assert dialog.focusWidget() is dialog.note  # a failed check asks for its note
    type_text(qtbot, dialog.note, "无合格证")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.lines.item(0).text().startswith("✗")

    # No signature yet: refused under the pad, nothing saved.
    dialog.finish()
    assert dialog.isVisible() and dialog.errors.text("signature")
    sign_with_mouse(dialog.pad.area, _curve(QPointF(30, 60), 260, 25))
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.row.state == "held"
    assert count_rows(database, StockMovement) == 0

    # The handler's notice form follows at once (W3: the same day).
    notice = panel.findChild(StepDialog)
    assert notice is not None and notice.isVisible()
    person = notice.findChild(QLineEdit, "person")
    assert person is not None
    type_text(qtbot, person, "采购 王五")
    qtbot.keyClick(person, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not notice.isVisible())
    with database.read() as session:
        told = deliveries.get_delivery(session, warehouse_clerk, delivery.row.id)
    assert told.row.notified and told.inspection is not None
    assert told.inspection.notified_person == "采购 王五"
    assert told.lines[0].found is not None and told.lines[0].found.note == "无合格证"


def test_w3_an_unknown_scan_is_said_next_to_the_box_and_a_passing_inspection_posts(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    expected(database, warehouse_clerk)
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    dialog = open_inspection(qtbot, panel)
    scan(qtbot, dialog, "123456789")
    assert "123456789" in dialog.errors.text("search")
    for barcode in (KETTLE, FAN):
        scan(qtbot, dialog, barcode)
        qtbot.keyClick(dialog.received, Qt.Key.Key_F2)
    sign_with_mouse(dialog.pad.area, _curve(QPointF(30, 60), 260, 25))
    dialog.finish_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.row.state == "passed"
    assert count_rows(database, StockMovement) == 2
    QApplication.processEvents()
    assert panel.findChild(StepDialog) is None  # no notice for a passed delivery
