"""The complaint summary dialog driven as a clerk drives it (C10, C11): the menu, the default
period, the complaint rate before exporting, the kind by keyboard, the workbook written."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, complaint_reports, complaints, reception
from desk.services.complaint_reports import MONTH, WEEK
from desk.services.complaints import ComplaintInput
from desk.services.permissions import Actor
from desk.ui.dialogs.complaint_report import ComplaintReportDialog
from tests.services.helpers import audit_entries
from tests.ui.windows import open_window


def _last_week_data(database: Database, clerk: Actor) -> complaint_reports.Period:
    """Last complete week: three visits, two complaints by phone, one of them justified."""
    week = complaint_reports.last_complete(WEEK)
    tuesday = datetime.combine(week.first + timedelta(days=1), time(10), clock.local_zone())
    with database.transaction() as session:
        for i in range(3):
            reception.log_visit(session, clerk, None, "inquiry", "问路",
                                arrived_at=tuesday + timedelta(minutes=i))
        first = complaints.take_complaint(
            session, clerk, ComplaintInput("phone", "quality", "冰箱不制冷"), received_at=tuesday)
        complaints.take_complaint(
            session, clerk, ComplaintInput("phone", "price", "价格不符"), received_at=tuesday)
        complaints.assess(session, clerk, first.row.id, True, True, "属实", "general",
                          first.row.version)
    return week


def _open_dialog(qtbot: QtBot, database: Database, actor: Actor) -> ComplaintReportDialog:
    window = open_window(qtbot, database, actor)
    action = window.findChild(QAction, "complaintReportAction")
    assert action is not None and action.isVisible()
    action.trigger()
    dialog = window.complaint_report
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_c11_dialog_shows_last_weeks_complaint_rate_with_numerator_and_denominator(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    week = _last_week_data(database, clerk)
    dialog = _open_dialog(qtbot, database, clerk)
    assert dialog.chosen() == week  # the Monday-morning job: last complete week
    assert dialog.file.text().endswith(f"Weekly complaint summary {week.label}.xlsx")
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    # 1 justified ÷ (3 visits + 2 complaints by phone) = 20 %, over the ≤ 5 % target
    assert dialog.rate.text() == (
        f"Complaint rate {week.label}: 1 justified ÷ 5 service requests (3 visits + 2 "
        "complaints by other channels) = 20.0 % (target ≤ 5 %)\n"
        f"Satisfaction {week.label}: 0 satisfied or basically satisfied ÷ 0 callbacks = — "
        "(target ≥ 95 %)")


def test_c10_clerk_picks_the_month_by_keyboard_and_exports_it(
    qtbot: QtBot, database: Database, clerk: Actor, tmp_path: Path
) -> None:
    _last_week_data(database, clerk)
    dialog = _open_dialog(qtbot, database, clerk)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # weekly → monthly
    month = complaint_reports.last_complete(MONTH)
    assert dialog.chosen() == month
    assert Path(dialog.file.text()).name == f"Monthly complaint analysis {month.label}.xlsx"
    qtbot.keyClick(dialog.period, Qt.Key.Key_Up)  # newest first: up is this month so far
    assert dialog.chosen() == complaint_reports.period_containing(MONTH, clock.local_today())
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=5000)
    assert dialog.summary is not None and dialog.summary.period == dialog.chosen()
    target = tmp_path / "月报.xlsx"
    dialog.file.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=10_000)
    assert dialog.result_ is not None and dialog.result_.path == target
    assert str(target) in dialog.status.text()
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Complaints"]
    assert dialog.chosen().label in book["Summary"]["A1"].value
    [audited] = audit_entries(database, "complaint.report")
    assert audited.after is not None and audited.after["period"] == dialog.chosen().label


def test_c10_warehouse_clerk_has_no_complaint_summary_in_the_menu(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor
) -> None:
    window = open_window(qtbot, database, warehouse_clerk)
    assert window.findChild(QAction, "complaintReportAction") is None
