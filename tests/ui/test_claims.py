"""Claims in the complaint panel, driven as a clerk and a supervisor drive them (C9): a new
claim typed with full-width digits, the amount agreed by the supervisor, the notice recorded,
amounts shown as ¥1,234.50; the monthly report from the Desk menu's job."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QRadioButton
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import claims, complaints
from desk.services.complaints import ComplaintInput
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.complaints import ComplaintsTab
from desk.ui.widgets.claims_box import ClaimsBox, export_claims_to
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

T = TypeVar("T")


def child(parent: Any, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def _complaint(database: Database, actor: Actor, justified: bool) -> int:
    with database.transaction() as session:
        c = complaints.take_complaint(session, actor, ComplaintInput(
            "phone", "delivery", "冰箱送到时门被撞凹"))
        complaints.assess(session, actor, c.row.id, justified, True, "属实" if justified
                          else "已解释", "general" if justified else None, c.row.version)
        return c.row.id


@pytest.fixture
def make_box(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents) -> Any:
    def make(actor: Actor, complaint_id: int) -> ClaimsBox:
        tab = ComplaintsTab(store, actor, events)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        view = tab.view
        view.setCurrentIndex(view.findData("all"))
        loaded(qtbot, tab.model)
        tab.table.selectRow(tab.model.index_where(lambda r: r.id == complaint_id))
        qtbot.waitUntil(lambda: tab.panel.detail is not None
                        and tab.panel.detail.row.id == complaint_id)
        box = tab.panel.claims
        assert box is not None
        return box

    return make


def _shown(box: ClaimsBox) -> set[str]:
    return {a for a, b in box.buttons.items() if not b.isHidden()}


def test_c9_clerk_opens_a_claim_typing_full_width_digits_and_sees_yuan(
    qtbot: QtBot, database: Database, clerk: Actor, make_box: Any
) -> None:
    complaint_id = _complaint(database, clerk, True)
    box = make_box(clerk, complaint_id)
    assert _shown(box) == {"open"}
    assert box.empty.text() == "No claims on this complaint."
    qtbot.mouseClick(box.buttons["open"], Qt.MouseButton.LeftButton)
    dialog = box.findChild(StepDialog)
    assert dialog is not None
    child(dialog, QRadioButton, "cause_transport").click()
    type_text(qtbot, child(dialog, QLineEdit, "claimed_amount"), "１２３４.５")
    type_text(qtbot, child(dialog, QLineEdit, "responsible_party"), "顺达物流")
    type_text(qtbot, child(dialog, QLineEdit, "insurance_case"), "PICC-88")
    qtbot.keyClick(child(dialog, QLineEdit, "insurance_case"), Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: len(box.rows) == 1)
    cells = [box.model.index(0, c).data() for c in range(4)]
    assert cells == ["Damaged in transport", "¥1,234.50", "", "Claimed"]
    assert _shown(box) == {"open"}  # agreeing the amount is the supervisor's
    with database.read() as session:
        [saved] = claims.list_claims(session, clerk, complaint_id)
    assert str(saved.claimed_amount) == "1234.50" and saved.insurance_case == "PICC-88"


def test_c9_a_negative_amount_is_refused_under_its_box_and_nothing_saved(
    qtbot: QtBot, database: Database, clerk: Actor, make_box: Any
) -> None:
    complaint_id = _complaint(database, clerk, True)
    box = make_box(clerk, complaint_id)
    dialog = box.run_step("open")
    assert dialog is not None
    child(dialog, QRadioButton, "cause_quality").click()
    type_text(qtbot, child(dialog, QLineEdit, "claimed_amount"), "-50")
    type_text(qtbot, child(dialog, QLineEdit, "responsible_party"), "供应商")
    qtbot.keyClick(child(dialog, QLineEdit, "responsible_party"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("claimed_amount") == "An amount cannot be negative."
    with database.read() as session:
        assert claims.list_claims(session, clerk, complaint_id) == []


def test_c9_no_claim_can_be_opened_on_an_unfounded_complaint(
    qtbot: QtBot, database: Database, clerk: Actor, make_box: Any
) -> None:
    box = make_box(clerk, _complaint(database, clerk, False))
    qtbot.wait(50)
    assert _shown(box) == set()
    assert box.empty.text() == "Claims can be opened once the complaint is found justified."


def test_c9_supervisor_agrees_and_the_clerk_records_the_notice(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor, make_box: Any
) -> None:
    complaint_id = _complaint(database, clerk, True)
    with database.transaction() as session:
        claims.open_claim(session, clerk, complaint_id, claims.ClaimInput(
            "late_delivery", "2,000", "配送部"))
    box = make_box(supervisor, complaint_id)
    qtbot.waitUntil(lambda: len(box.rows) == 1)
    assert _shown(box) == {"open", "agree", "reject"}
    dialog = box.run_step("agree")
    assert dialog is not None
    amount = child(dialog, QLineEdit, "agreed_amount")
    assert amount.text() == "2000.00"  # prefilled with the claim
    amount.clear()
    type_text(qtbot, amount, "1,500")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: box.rows[0].state == claims.AGREED)
    assert box.model.index(0, 2).data() == "¥1,500.00"
    assert _shown(box) == {"open", "agree", "notify", "reject"}

    clerk_box = make_box(clerk, complaint_id)
    qtbot.waitUntil(lambda: len(clerk_box.rows) == 1)
    assert _shown(clerk_box) == {"open", "notify"}
    dialog = clerk_box.run_step("notify")
    assert dialog is not None
    assert child(dialog, QLineEdit, "notified_to").text() == "配送部"
    type_text(qtbot, child(dialog, QLineEdit, "notice_method"), "书面通知")
    type_text(qtbot, child(dialog, QPlainTextEdit, "note"), "部门经理已签收")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: clerk_box.rows[0].state == claims.NOTIFIED)
    assert "书面通知 · 配送部" in clerk_box.details.text()
    assert _shown(clerk_box) == {"open"}


def test_c9_monthly_report_runs_as_a_job_and_reads_back(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, tmp_path: Path,
    make_box: Any,
) -> None:
    complaint_id = _complaint(database, clerk, True)
    with database.transaction() as session:
        claims.open_claim(session, clerk, complaint_id, claims.ClaimInput(
            "quality", "99.90", "供应商"))
    box = make_box(clerk, complaint_id)
    results: list[claims.ReportFile] = []
    path = tmp_path / "out.xlsx"
    export_claims_to(box, store, clerk, claims.parse_month(f"{date.today():%Y-%m}"), path,
                     results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].count == 1
    rows = list(load_workbook(path).worksheets[0].iter_rows(min_row=4, values_only=True))
    assert rows[0][:3] == ("Product quality", 1, 99.9)


def test_c9_c1a_reports_are_in_the_desk_menu_for_the_desk_roles_only(
    qtbot: QtBot, database: Database, clerk: Actor, warehouse_clerk: Actor
) -> None:
    from tests.ui.windows import open_window

    wanted = {"Monthly claims report…", "Suggestion feedback report…"}
    for actor, shown in ((clerk, True), (warehouse_clerk, False)):
        window = open_window(qtbot, database, actor)
        desk_menu = window.menuBar().actions()[0].menu()
        texts = {a.text() for a in desk_menu.actions()}  # type: ignore[union-attr]
        assert (wanted <= texts) is shown
        assert (window.suggestions is not None) is shown
        window.close()
