"""B4 in the window: a supervisor picks the dates of a batch, the records render in the
background, the preview shows that PDF, and printing it registers the file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.db import Database
from desk.models import IssuedDocument, IssuedRecord
from desk.services import clock
from desk.services.permissions import Actor
from desk.ui.dialogs.callback_print import CallbackPrintDialog, print_callback
from desk.ui.printing import PrintPreviewDialog
from tests.services.callback_rows import done_callback, rectified_complaint

DAY = date(2026, 11, 10)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), clock.local_zone())


def test_b4_a_supervisor_prints_a_batch_by_dates_and_department(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor
) -> None:
    with database.transaction() as session:
        complaint = rectified_complaint(session, clerk, supervisor)
        first = done_callback(session, clerk, complaint, at(DAY, 9), seed=1).id
        done_callback(session, clerk, None, at(DAY, 11), seed=2, source="manual",
                      department="家电部")
        done_callback(session, clerk, None, at(DAY + timedelta(days=3), 9), seed=3,
                      source="manual")
    dialog = CallbackPrintDialog(database, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.department.count() == 3)  # all, 售后维修部, 家电部
    dialog.date_from.setDate(QDate(2026, 11, 10))
    dialog.date_to.setDate(QDate(2026, 11, 10))
    dialog.department.setCurrentIndex(dialog.department.findData("售后维修部"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    preview = dialog.preview
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: preview.view.page_count == 1, timeout=5000)
    assert "1 record(s) ready to print." in dialog.status.text()
    preview.issued.emit("printer:柜台打印机")
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
        [record] = session.scalars(select(IssuedRecord)).all()
    assert (document.output, record.entity_id) == ("printer", first)
    preview.close()


def test_b4_an_empty_range_is_said_in_the_dialog(
    qtbot: QtBot, database: Database, supervisor: Actor
) -> None:
    dialog = CallbackPrintDialog(database, supervisor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_from.setDate(QDate(2026, 11, 1))
    dialog.date_to.setDate(QDate(2026, 11, 30))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "no signed callback records" in dialog.status.text(), timeout=5000)
    assert dialog.status.text() == (
        "There are no signed callback records from 2026-11-01 to 2026-11-30.")
    assert dialog.preview is None


def test_b4_one_record_prints_from_the_callbacks_tab(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor
) -> None:
    with database.transaction() as session:
        callback = done_callback(session, clerk, None, at(DAY, 9), source="manual").id
    parent = CallbackPrintDialog(database, supervisor)  # any widget of the window
    qtbot.addWidget(parent)
    print_callback(parent, database, supervisor, callback)
    qtbot.waitUntil(lambda: parent.findChild(PrintPreviewDialog) is not None, timeout=10000)
    preview = parent.findChild(PrintPreviewDialog)
    assert preview is not None and preview.windowTitle() == "Callback record"
    preview.issued.emit("/tmp/回访记录.pdf")
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
    assert document.output == "file"
    preview.close()
