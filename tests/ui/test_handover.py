"""S6 in the window: a clerk going off duty hands over the open work by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import complaints, handover, staff
from desk.services.complaints import ComplaintInput
from desk.services.permissions import Actor
from desk.ui.dialogs.handover import HandoverDialog
from tests.ui.keyboard import type_text


def test_s6_clerk_hands_over_by_keyboard_and_a_missing_colleague_is_said(
    qtbot: QtBot, database: Database, clerk: Actor, admin: Actor
) -> None:
    with database.transaction() as session:
        complaints.take_complaint(session, clerk, ComplaintInput("phone", "quality", "漏水"))
        colleague = staff.create_staff(session, admin, "wangwu", "王五", "counter", "wangwu-pw-1")
    dialog = HandoverDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.items.count() == 1 and "TS-" in dialog.items.item(0).text()
    assert not dialog.giver.isEnabled()  # a clerk hands over only their own work
    type_text(qtbot, dialog.note, "下午请假")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("taker") == "Choose a colleague to hand the work to."
    dialog.taker.setCurrentIndex(dialog.taker.findData(colleague.id))
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result_ is not None
    assert dialog.result_.taker == "王五"
    with database.read() as session:
        assert handover.open_work(session, clerk, clerk.id) == []


def test_s6_a_supervisor_may_pick_whose_work(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor
) -> None:
    with database.transaction() as session:
        complaints.take_complaint(session, clerk, ComplaintInput("phone", "quality", "漏水"))
    dialog = HandoverDialog(database, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.giver.isEnabled() and dialog.items.count() == 1  # "No open work" line
    dialog.giver.setCurrentIndex(dialog.giver.findData(clerk.id))
    assert dialog.items.count() == 1 and "TS-" in dialog.items.item(0).text()
