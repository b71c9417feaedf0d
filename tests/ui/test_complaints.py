"""The complaints tab driven as a clerk drives it: take a complaint by keyboard (C2, C5), walk
it through its steps (C3, C6), see overdue ones stand out (C8)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, complaints, reception
from desk.services.complaints import ComplaintInput
from desk.services.permissions import Actor
from desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog
from desk.ui.dialogs.customer_archive import CustomerArchiveDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.printing import PrintPreviewDialog
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.complaints import ComplaintsTab
from tests.services.helpers import add_customer, audit_entries
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.windows import open_window

T = TypeVar("T")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def child(parent: Any, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


@pytest.fixture
def make_tab(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents) -> Any:
    def make(actor: Actor) -> ComplaintsTab:
        tab = ComplaintsTab(store, actor, events)
        qtbot.addWidget(tab)
        tab.resize(1300, 700)
        tab.show()
        loaded(qtbot, tab.model)
        return tab

    return make


def rows(tab: ComplaintsTab) -> list[list[str]]:
    model = child(tab, QTableView, "complaintsTable").model()
    return [[str(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_c2_c5_clerk_takes_a_phone_complaint_by_keyboard_and_hears_the_promise(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    add_customer(database, clerk, "王芳", "13800138000")
    window = open_window(qtbot, database, clerk, size=None)
    tab = window.complaints
    assert tab is not None
    assert window.reception is not None
    qtbot.keyClick(window.reception.form.search, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is tab
    loaded(qtbot, tab.model)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut clicks it the way a mouse does, a moment later (animateClick).
    qtbot.waitUntil(lambda: tab.findChild(ComplaintIntakeDialog) is not None)
    dialog = tab.findChild(ComplaintIntakeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.customer.hasFocus()  # the clerk types the phone number at once
    type_text(qtbot, dialog.customer, "13800138000")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # a single match: chosen
    assert dialog.customer.chosen_id is not None and dialog.category.hasFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)  # 产品质量 / Product quality
    type_text(qtbot, dialog.content, "新买的洗衣机漏水")
    type_text(qtbot, dialog.demand, "换新")
    qtbot.keyClick(dialog.demand, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    box = tab.findChild(QMessageBox, "complaintAcknowledgement")
    assert box is not None and "TS-" in box.text()
    with database.read() as session:
        [saved] = complaints.list_complaints(session, clerk, complaints.ComplaintFilter()).rows
    assert saved.number in box.text() and str(saved.promised_date) in box.text()
    box.close()
    loaded(qtbot, tab.model)
    [row] = rows(tab)
    assert row[0] == saved.number and row[2:6] == ["王芳", "138****8000", "Phone",
                                                     "Product quality"]
    assert child(tab, QLabel, "complaintCount").text() == "1 complaint(s)"
    qtbot.waitUntil(lambda: tab.panel.detail is not None and tab.panel.detail.row.id == saved.id)
    assert "新买的洗衣机漏水" in child(tab.panel, QTextBrowser, "complaintFacts").toPlainText()


def test_c2_an_empty_complaint_is_refused_under_its_box_and_nothing_saved(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = ComplaintIntakeDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("content") == "Please write down what the complaint is."
    type_text(qtbot, dialog.content, "态度差")
    assert dialog.errors.text("content") == ""  # the message goes once the box is changed
    with database.read() as session:
        assert complaints.count_complaints(session, clerk, complaints.ComplaintFilter()) == 0


def _taken(database: Database, actor: Actor, **fields: Any) -> complaints.ComplaintDetail:
    customer = add_customer(database, actor, "李雷", "13912345678")
    data = {"channel": "phone", "category": "attitude", "content": "店员态度恶劣",
            "customer_id": customer.id, **fields}
    with database.transaction() as session:
        return complaints.take_complaint(session, actor, ComplaintInput(**data))


def test_c3_c6_assessing_from_the_panel_moves_it_on_and_the_timeline_says_who(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    taken = _taken(database, clerk)
    tab = make_tab(clerk)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)
    buttons = {a: b for a, b in tab.panel.buttons.items() if not b.isHidden()}
    assert set(buttons) == {"respond", "assess", "add_note"}  # C6: what "received" allows
    qtbot.mouseClick(buttons["assess"], Qt.MouseButton.LeftButton)
    dialog = tab.findChild(StepDialog)
    assert dialog is not None
    for name in ("justified_yes", "demand_reasonable_yes", "severity_major"):
        child(dialog, QRadioButton, name).click()
    reasons = child(dialog, QPlainTextEdit, "assessment")
    type_text(qtbot, reasons, "监控录像证实")
    qtbot.keyClick(reasons, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.state == complaints.IN_PROGRESS)
    shown = {a for a, b in tab.panel.buttons.items() if not b.isHidden()}
    assert shown == {"respond", "propose_plan", "add_note"}  # approval only once a plan exists
    facts = child(tab.panel, QTextBrowser, "complaintFacts").toPlainText()
    assert "监控录像证实" in facts and "李四" in facts and "Received → In progress" in facts
    with database.read() as session:
        assert complaints.get_complaint(session, clerk, taken.row.id).row.severity == "major"


def test_c3_a_counter_clerk_never_sees_the_approve_button_a_supervisor_does(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor, make_tab: Any
) -> None:
    c = _taken(database, clerk)
    with database.transaction() as session:
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", "general",
                              c.row.version)
        complaints.propose_plan(session, clerk, c.row.id, "道歉并培训", c.row.version)
    for actor, offered in ((clerk, False), (supervisor, True)):
        tab = make_tab(actor)
        tab.table.selectRow(0)
        qtbot.waitUntil(lambda tab=tab: tab.panel.detail is not None)
        assert (not tab.panel.buttons["approve_plan"].isHidden()) is offered


def test_c8_an_overdue_complaint_is_red_and_says_why_in_the_overdue_view(
    qtbot: QtBot, database: Database, supervisor: Actor, make_tab: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _taken(database, supervisor, channel="online")
    later = clock.now() + timedelta(minutes=10)
    monkeypatch.setattr(clock, "now", lambda: later)
    tab = make_tab(supervisor)
    view = child(tab, QComboBox, "complaintView")
    view.setCurrentIndex(view.findData("overdue"))
    loaded(qtbot, tab.model)
    [row] = rows(tab)
    assert row[6] == "Received · first response overdue"
    colour = tab.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color() == ALERT_FOREGROUND
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)
    assert tab.panel.overdue.text() == "first response overdue"
    assert not child(tab.panel, QLabel, "complaintOverdue").isHidden()


def test_c6_the_buttons_only_offer_what_the_state_allows_after_the_slip(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor, make_tab: Any
) -> None:
    c = _taken(database, clerk)
    with database.transaction() as session:
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", "general",
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "道歉", c.row.version)
        c = complaints.approve_plan(session, supervisor, c.row.id, "同意", c.row.version)
        complaints.issue_slip(session, clerk, c.row.id, "门店", "王店长", c.row.version)
    tab = make_tab(clerk)
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)
    shown = {a for a, b in tab.panel.buttons.items() if not b.isHidden()}
    assert shown == {"respond", "rectify", "add_note"}
    QApplication.processEvents()
    assert isinstance(tab.panel.buttons["rectify"], QPushButton)


def test_c3_evidence_is_attached_from_the_panel_and_a_program_is_refused_beside_it(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any, tmp_path: Any
) -> None:
    _taken(database, clerk)
    tab = make_tab(clerk)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)  # the first row is shown at once
    photo = tmp_path / "现场照片.png"
    photo.write_bytes(PNG)
    program = tmp_path / "照片.jpg"
    program.write_bytes(b"MZ\x90\x00" + b"\0" * 60)
    box = tab.panel.evidence
    assert box.attach(str(program)) is None
    assert "is not a photo, a document or a recording" in box.errors.text("file")
    assert box.attach(str(photo)) is not None
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)  # reloaded from the change notice
    assert box.model.index(0, 0).data() == "现场照片.png"
    box.table.selectRow(0)
    copy = box.save_copy(str(tmp_path / "副本.png"))
    assert copy is not None and copy.read_bytes() == PNG
    facts = child(tab.panel, QTextBrowser, "complaintFacts").toPlainText()
    qtbot.waitUntil(lambda: "attach a file" in child(
        tab.panel, QTextBrowser, "complaintFacts").toPlainText())
    assert facts


def test_c5_the_acknowledgement_prints_from_the_panel_and_each_copy_is_audited(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    taken = _taken(database, clerk)
    tab = make_tab(clerk)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)
    assert tab.panel.print_slip.isHidden()  # no approved plan yet: no slip to print
    qtbot.mouseClick(tab.panel.print_acknowledgement, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(PrintPreviewDialog) is not None, timeout=10000)
    preview = tab.findChild(PrintPreviewDialog)
    assert preview is not None and preview.windowTitle() == "Complaint acknowledgement"
    preview.issued.emit("printer:柜台打印机")
    [printed] = audit_entries(database, "complaint.print")
    assert printed.entity_id == taken.row.id
    assert printed.after is not None and printed.after["destination"] == "printer:柜台打印机"
    preview.close()


def test_k3_the_customer_archive_lists_the_complaint_with_its_words(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    taken = _taken(database, clerk)
    assert taken.row.customer_id is not None
    dialog = CustomerArchiveDialog(database, clerk, taken.row.customer_id)
    qtbot.addWidget(dialog)
    assert dialog.history.rowCount() == 1
    cells = [dialog.history.item(0, c).text() for c in range(1, 5)]
    assert cells == ["Complaint", taken.row.number, "Service attitude", "Received"]


def test_r3_f6_on_a_visit_takes_its_complaint_prefilled_and_linked_back(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    customer = add_customer(database, clerk, "韩梅梅", "13700001111")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "complaint", "冰箱异响")
    window = open_window(qtbot, database, clerk, size=None)
    tab = window.reception
    assert tab is not None and window.complaints is not None
    loaded(qtbot, tab.model)
    tab.table.selectRow(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F6)
    assert window.tabs.currentWidget() is window.complaints
    dialog = window.complaints.findChild(ComplaintIntakeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.customer.chosen_id == customer.id and "韩梅梅" in dialog.customer.text()
    assert dialog.channel.currentData() == "visit"
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.category, Qt.Key.Key_Down)
    type_text(qtbot, dialog.content, "冰箱夜间异响，影响休息")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.complaint is not None
    assert dialog.complaint.visit_number == visit.number
    assert dialog.complaint.row.customer_id == customer.id
    box = window.complaints.findChild(QMessageBox, "complaintAcknowledgement")
    assert box is not None
    box.close()
    window.close()


def test_c8_after_a_number_lookup_the_panel_shows_a_complaint_of_the_list(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    first = _taken(database, clerk)
    with database.transaction() as session:
        second = complaints.take_complaint(session, clerk, ComplaintInput(
            "email", "price", "标价不一致", customer_id=first.row.customer_id))
    tab = make_tab(clerk)
    qtbot.waitUntil(lambda: tab.panel.detail is not None)
    tab.table.selectRow(tab.model.index_where(lambda r: r.id == first.row.id))
    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.id == first.row.id)
    type_text(qtbot, tab.number, second.row.number[-6:])
    qtbot.keyClick(tab.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.id == second.row.id)
    type_text(qtbot, tab.number, "9")  # a number no complaint has: an empty list
    qtbot.keyClick(tab.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.panel.detail is None)
    assert all(b.isHidden() for b in tab.panel.buttons.values())


def test_c2_a_refused_field_takes_the_cursor(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = ComplaintIntakeDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.content, "空调不制冷")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)  # no category chosen
    assert dialog.errors.text("category") == "Please choose the complaint's category."
    assert dialog.focusWidget() is dialog.category
