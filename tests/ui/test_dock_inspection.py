"""The dock inspection driven as a clerk at the dock drives it (W3): the scanner types a
line's barcode and Enter, Enter takes the count, F2 passes a line's checks, a failed check
asks for its note; a failed check holds the delivery, nothing posts, and the handler's notice
form follows. A passing one posts stock."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.db import Database
from desk.models import IssuedDocument, StockMovement
from desk.services import clock, deliveries, items, signatures
from desk.services.deliveries import (
    DeliveryDetail,
    DeliveryInput,
    DeliveryLineInput,
    InspectionInput,
    LineCheck,
)
from desk.services.items import ItemInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.printing import PrintPreviewDialog
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.deliveries_panel import DeliveriesPanel
from desk.ui.widgets.dock_inspection import DockInspection
from tests.services.helpers import count_rows
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.test_signature_pad import _curve, sign_with_mouse

KETTLE, FAN = "6901234567892", "6901234567908"
SIGNATURE = signatures.demo_signature("孙七", 1)
NOTICE_COLUMN = 4


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


def test_w4_w5_the_panel_previews_the_sheet_and_the_receiving_note_and_exports_the_day(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents, tmp_path: Path,
) -> None:
    delivery = expected(database, warehouse_clerk)
    with database.transaction() as session:
        deliveries.inspect_delivery(session, warehouse_clerk, delivery.row.id,
                                    delivery.row.version, InspectionInput(
                                        [LineCheck(x.id, str(x.expected), *[True] * 6)
                                         for x in delivery.lines], SIGNATURE))
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    assert panel.current() is not None  # the newest is picked: Enter would inspect it
    assert panel.sheet_button.isEnabled() and panel.note_button.isEnabled()
    for button, title in ((panel.sheet_button, "Inspection sheet"),
                          (panel.note_button, "Receiving note")):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is not None, timeout=10000)
        preview = panel.findChild(PrintPreviewDialog)
        assert preview is not None and preview.windowTitle() == title
        preview.issued.emit("printer:仓库打印机")  # the print dialog said OK
        preview.close()
        preview.deleteLater()
        qtbot.waitUntil(lambda: panel.findChild(PrintPreviewDialog) is None)
    with database.read() as session:
        kinds = {d.kind for d in session.scalars(select(IssuedDocument))}
    assert kinds == {"inspection_sheet", "receiving_note"}

    out = tmp_path / "入库.xlsx"
    panel.export_inbound(clock.local_today(), str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    qtbot.waitUntil(lambda: "2 line(s) taken in" in panel.count_label.text(), timeout=10000)


def test_w3_a_held_delivery_not_told_by_the_end_of_its_day_stands_out_in_words(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    delivery = expected(database, warehouse_clerk)
    with clock.replaying(clock.now() - timedelta(days=1)), database.transaction() as session:
        deliveries.inspect_delivery(session, warehouse_clerk, delivery.row.id,
                                    delivery.row.version, InspectionInput(
                                        [LineCheck(x.id, str(x.expected), *[True] * 5, False,
                                                   note="无送货单") for x in delivery.lines],
                                        SIGNATURE))
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    assert panel.model.index(0, NOTICE_COLUMN).data() == "Handler not told on the day: overdue"
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == (
        ALERT_FOREGROUND)
    panel.table.selectRow(0)
    assert panel.notice_button.isEnabled() and panel.inspect_button.isEnabled()


def test_w3_a_fractional_count_of_a_counted_item_is_refused_under_the_count(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor, store: AnnouncingStore,
    events: DeskEvents,
) -> None:
    expected(database, warehouse_clerk)
    panel = make_panel(qtbot, store, events, warehouse_clerk)
    dialog = open_inspection(qtbot, panel)
    scan(qtbot, dialog, KETTLE)
    qtbot.keyClick(dialog.received, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.received, "9.5")
    qtbot.keyClick(dialog.received, Qt.Key.Key_F2)
    scan(qtbot, dialog, FAN)
    qtbot.keyClick(dialog.received, Qt.Key.Key_F2)
    sign_with_mouse(dialog.pad.area, _curve(QPointF(30, 60), 260, 25))
    dialog.finish()
    assert dialog.isVisible()
    assert "whole pieces" in dialog.errors.text("received")
    assert dialog.errors.text("received").startswith("电水壶")
    assert count_rows(database, StockMovement) == 0
