"""The callbacks tab at the counter (B1-B5): the due list, the record typed and signed on the
pad like a clerk and a customer would, refusals next to their fields, signing later, and the
steps of a survey opinion."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QStandardPaths, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.db import Database
from desk.models import Callback, IssuedDocument
from desk.services import callbacks, clock, complaints
from desk.services.callbacks import CallbackFilter, CallbackRecord, NewCallback
from desk.services.permissions import Actor
from desk.services.signatures import check_signature
from desk.ui.dialogs.callback_record import CallbackRecordDialog, SignLaterDialog
from desk.ui.dialogs.new_callback import SOURCES, NewCallbackDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.i18n import install_translations
from desk.ui.printing import PrintPreviewDialog
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.callbacks import ABOUT, CallbacksTab
from tests.services.helpers import add_customer, audit_entries, signature_png
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.test_mnemonics import _clashes, _owners
from tests.ui.test_signature_pad import _curve, sign_with_mouse
from tests.ui.windows import open_window


def _rectified(database: Database, clerk: Actor, supervisor: Actor) -> int:
    customer = add_customer(database, clerk, "王芳", "13800138000")
    with database.transaction() as session:
        c = complaints.take_complaint(session, clerk, complaints.ComplaintInput(
            "phone", "quality", "洗衣机漏水", customer_id=customer.id))
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", "general",
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "更换", c.row.version)
        c = complaints.approve_plan(session, supervisor, c.row.id, "同意", c.row.version)
        c = complaints.issue_slip(session, clerk, c.row.id, "售后维修部", "李工", c.row.version)
        c = complaints.record_rectification(session, clerk, c.row.id, "老化", "李工", "更换",
                                            "已核实", c.row.version)
    return c.row.id


@pytest.fixture
def tab(qtbot: QtBot, store: AnnouncingStore, clerk: Actor, events: DeskEvents) -> CallbacksTab:
    widget = CallbacksTab(store, clerk, events)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    loaded(qtbot, widget.model)
    return widget


def _all(qtbot: QtBot, tab: CallbacksTab) -> None:
    tab.set_view("all")
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.panel.detail is not None, timeout=3000)


def _record_dialog(qtbot: QtBot, tab: CallbacksTab) -> CallbackRecordDialog:
    qtbot.mouseClick(tab.panel.buttons["record"], Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CallbackRecordDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot: QtBot, dialog: CallbackRecordDialog, name: str) -> None:
    radio = dialog.findChild(QRadioButton, name)
    assert radio is not None, name
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)


def test_b2_the_clerk_types_the_answers_the_customer_signs_on_the_pad_and_it_is_saved(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    complaint_id = _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    for _question, answer in dialog.answers:
        type_text(qtbot, answer, "已解决")
    _click(qtbot, dialog, "satisfaction_satisfied")
    # Saving without the customer's signature is refused next to the pad; nothing is saved.
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.text("customer_signature")
    sign_with_mouse(dialog.customer_pad.area, _curve(QPointF(30, 60), 260, 25))
    sign_with_mouse(dialog.staff_pad.area, _curve(QPointF(30, 60), 200, 20))
    assert not dialog.customer_pad.is_blank()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with database.read() as session:
        saved = session.query(Callback).one()
        assert saved.state == callbacks.DONE and saved.satisfaction == "satisfied"
        assert saved.customer_signature is not None
        check_signature(saved.customer_signature, "customer_signature")  # not blank
        assert complaints.load(session, complaint_id).state == complaints.CLOSED
    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.state == callbacks.DONE, timeout=3000)
    # The row leaves the due list; the tab says it worked.
    assert tab.message.isVisible() and tab.message.text() == (
        f"Callback {saved.number} is done: the signed record is saved.")
    assert tab.panel.customer_signature.isVisible()
    assert not tab.panel.customer_signature.is_blank()


def test_b2_a_phone_call_waits_and_the_customer_signs_later_at_the_counter(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    _click(qtbot, dialog, "method_phone")
    assert dialog.signing() == callbacks.LATER and not dialog.customer_pad.isVisible()
    type_text(qtbot, dialog.answers[0][1], "修好了")
    _click(qtbot, dialog, "satisfaction_basic")
    sign_with_mouse(dialog.staff_pad.area, _curve(QPointF(30, 60), 200, 20))
    type_text(qtbot, dialog.comments, "师傅很准时")
    qtbot.keyClick(dialog.comments, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: tab.panel.detail is not None and tab.panel.detail.row.state
                    == callbacks.AWAITING_SIGNATURE, timeout=3000)
    number = tab.panel.detail.row.number
    assert tab.message.text() == (
        f"Callback {number} saved: it waits for the customer's signature.")
    assert tab.panel.buttons["sign"].isVisible()
    qtbot.mouseClick(tab.panel.buttons["sign"], Qt.MouseButton.LeftButton)
    later = tab.findChild(SignLaterDialog)
    assert later is not None
    qtbot.waitExposed(later)
    # What the signature confirms stands above the pad: the answers, the satisfaction, the
    # comments.
    confirmed = later.record_view.text()
    assert "Has the problem been solved?" in confirmed and "修好了" in confirmed
    assert "Basically satisfied" in confirmed and "师傅很准时" in confirmed
    assert later.record_view.isVisible()
    sign_with_mouse(later.pad.area, _curve(QPointF(30, 80), 300, 30))
    qtbot.mouseClick(later.buttons.button(later.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.state == callbacks.DONE, timeout=3000)
    assert tab.message.text() == f"Callback {number} is done: the signed record is saved."


def test_b3_dissatisfied_asks_what_happens_to_the_complaint(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    complaint_id = _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    assert not dialog._outcome_row.isVisible()
    _click(qtbot, dialog, "satisfaction_dissatisfied")
    assert dialog._outcome_row.isVisible()
    _click(qtbot, dialog, "outcome_reopen")
    type_text(qtbot, dialog.answers[0][1], "没有解决")
    sign_with_mouse(dialog.customer_pad.area, _curve(QPointF(30, 60), 260, 25))
    sign_with_mouse(dialog.staff_pad.area, _curve(QPointF(30, 60), 200, 20))
    dialog.save()
    assert not dialog.isVisible()
    with database.read() as session:
        assert complaints.load(session, complaint_id).state == complaints.IN_PROGRESS


def test_b1_b5_a_survey_opinion_walks_its_steps_from_the_due_list(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor,
) -> None:
    with database.transaction() as session:
        callbacks.add_callback(session, clerk, NewCallback(
            "survey", "收银排队太久", department="收银部",
            summary_on=clock.local_today() - timedelta(days=3)))
    tab.refresh()
    loaded(qtbot, tab.model)
    assert tab.model.rowCount() == 1  # overdue: it should have reached the department
    qtbot.waitUntil(lambda: tab.panel.detail is not None, timeout=3000)
    assert tab.panel.due.isVisible() and "2026" in tab.panel.due.text()
    assert [a for a in tab.panel.offered(tab.panel.detail)] == ["send"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on the row: the step it waits for
    step = tab.findChild(StepDialog)
    assert step is not None
    qtbot.waitExposed(step)
    type_text(qtbot, step.findChild(type(step.focusWidget()), "note"), "交张经理")
    step.save()
    # With the department now, it is due in 3 days: it leaves the due list by itself.
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=3000)
    with database.read() as session:
        saved = session.query(Callback).one()
        assert saved.state == callbacks.AWAITING_MEASURES
    assert tab.message.text() == f"Callback {saved.number} saved."


def test_b5_the_tab_title_counts_the_due_callbacks(
    qtbot: QtBot, database: Database, clerk: Actor,
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session:
        callbacks.add_callback(session, clerk, NewCallback(
            "follow_up", "冰箱好用吗", customer_id=customer.id, due=clock.local_today()))
    window = open_window(qtbot, database, clerk)
    assert window.callbacks is not None
    index = window.tabs.indexOf(window.callbacks)
    window.tabs.setCurrentIndex(index)
    loaded(qtbot, window.callbacks.model)
    qtbot.waitUntil(lambda: "1" in window.tabs.tabText(index), timeout=3000)
    assert window.callbacks.findChild(QPushButton, "pendingRepliesButton").isVisible()


def test_b1_the_payment_notice_prints_from_the_panel_then_its_delivery_is_recorded(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor,
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session:
        callbacks.add_callback(session, clerk, NewCallback(
            "special_service", "空调深度清洗", customer_id=customer.id, service_fee="２４０"))
    _all(qtbot, tab)  # the notice is due tomorrow: not yet on the due list
    assert tab.panel.offered(tab.panel.detail)[:2] == ["print_notice", "deliver_notice"]
    qtbot.mouseClick(tab.panel.buttons["print_notice"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(PrintPreviewDialog) is not None, timeout=10000)
    preview = tab.findChild(PrintPreviewDialog)
    assert preview is not None and preview.windowTitle() == "Payment notice for a special service"
    preview.issued.emit("printer:柜台打印机")  # the print dialog said OK
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
        assert document.kind == "payment_notice" and document.output == "printer"
    preview.close()


def _alt(qtbot: QtBot, dialog: QWidget, key: Qt.Key) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)


def test_b2_alt_letters_of_the_radio_groups_reach_the_choice(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    _alt(qtbot, dialog, Qt.Key.Key_S)  # 满意度: nothing chosen yet, the first choice
    assert QApplication.focusWidget() is dialog.findChild(QRadioButton, "satisfaction_satisfied")
    _click(qtbot, dialog, "satisfaction_basic")
    dialog.person.setFocus()
    _alt(qtbot, dialog, Qt.Key.Key_S)  # then the one chosen
    assert QApplication.focusWidget() is dialog.findChild(QRadioButton, "satisfaction_basic")
    _alt(qtbot, dialog, Qt.Key.Key_M)  # 回访方式: the chosen method
    assert QApplication.focusWidget() is dialog.findChild(QRadioButton, "method_visit")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)  # the arrows choose, too
    assert dialog.findChild(QRadioButton, "method_phone").isChecked()
    assert dialog.signing() == callbacks.LATER


def test_b2_phone_waits_for_the_signature_and_a_visit_brings_the_pad_back(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    assert dialog.signing() == callbacks.ON_SCREEN
    _click(qtbot, dialog, "method_phone")
    assert dialog.signing() == callbacks.LATER and not dialog.customer_pad.isVisible()
    _click(qtbot, dialog, "method_visit")  # the desk chose "later": the pad comes back
    assert dialog.signing() == callbacks.ON_SCREEN and dialog.customer_pad.isVisible()
    _click(qtbot, dialog, "method_phone")
    _click(qtbot, dialog, "signature_paper")  # the clerk's own choice stays
    _click(qtbot, dialog, "method_visit")
    assert dialog.signing() == callbacks.ON_PAPER


def test_b2_an_error_goes_once_its_field_is_corrected(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    type_text(qtbot, dialog.answers[0][1], "已解决")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("satisfaction")
    _click(qtbot, dialog, "satisfaction_satisfied")
    assert not dialog.errors.text("satisfaction")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("customer_signature")
    sign_with_mouse(dialog.customer_pad.area, _curve(QPointF(30, 60), 260, 25))
    assert not dialog.errors.text("customer_signature")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("staff_signature")
    sign_with_mouse(dialog.staff_pad.area, _curve(QPointF(30, 60), 200, 20))
    assert not dialog.errors.text("staff_signature")
    dialog.answers[0][1].clear()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("answers")
    type_text(qtbot, dialog.answers[1][1], "满意")
    assert not dialog.errors.text("answers")


def test_b2_the_save_button_stays_in_sight_on_a_small_screen(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    room = dialog.screen().availableGeometry()
    _click(qtbot, dialog, "satisfaction_dissatisfied")  # one more line: what happens next
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.errors.text("answers")
    qtbot.wait(50)
    assert dialog.frameGeometry().height() <= room.height()
    assert room.contains(dialog.geometry())
    save = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    corner = save.mapTo(dialog, save.rect().bottomRight())
    assert dialog.rect().contains(corner)  # the buttons stand below the fields, whole
    assert save.visibleRegion().boundingRect() == save.rect()


def test_b2_esc_asks_before_throwing_away_a_filled_record(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "exec", ask)
    dialog = _record_dialog(qtbot, tab)
    qtbot.keyClick(dialog.person, Qt.Key.Key_Escape)  # nothing entered: closes at once
    assert not dialog.isVisible() and asked == []
    qtbot.waitUntil(lambda: tab.findChild(CallbackRecordDialog) is None, timeout=3000)
    dialog = _record_dialog(qtbot, tab)
    type_text(qtbot, dialog.answers[0][1], "已解决")
    _click(qtbot, dialog, "satisfaction_satisfied")
    qtbot.keyClick(dialog.answers[0][1], Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # kept: the default
    assert dialog.answers[0][1].text() == "已解决"
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not dialog.isVisible()


def test_b2_the_scan_is_looked_for_in_the_documents_folder(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    started: list[str] = []

    def choose(_parent: QWidget, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        started.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog = _record_dialog(qtbot, tab)
    _click(qtbot, dialog, "signature_paper")
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    wanted = {QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation),
              QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)}
    assert started and started[0] in wanted and started[0] != ""
    assert Path(started[0]).is_dir()


def test_b2_the_signed_paper_is_attached_only_after_a_look_at_it(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    complaint_id = _rectified(database, clerk, supervisor)
    _all(qtbot, tab)
    dialog = _record_dialog(qtbot, tab)
    _click(qtbot, dialog, "method_phone")  # the record waits for the customer's signature
    type_text(qtbot, dialog.answers[0][1], "修好了")
    _click(qtbot, dialog, "satisfaction_satisfied")
    sign_with_mouse(dialog.staff_pad.area, _curve(QPointF(30, 60), 200, 20))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.panel.detail is not None and tab.panel.detail.row.state
                    == callbacks.AWAITING_SIGNATURE, timeout=3000)
    scan = tmp_path / "回访单.png"
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(scan), ""))
    asked: list[QMessageBox] = []
    answer = [QMessageBox.StandardButton.No]

    def ask(box: QMessageBox) -> int:
        asked.append(box)
        assert "回访单.png" in box.text()
        assert "closes complaint TS-" in box.informativeText()
        preview = box.iconPixmap()
        assert not preview.isNull() and max(preview.width(), preview.height()) <= 240
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "exec", ask)
    qtbot.mouseClick(tab.panel.buttons["attach_paper"], Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    with database.read() as session:  # No: nothing attached, the complaint still open
        assert session.query(Callback).one().state == callbacks.AWAITING_SIGNATURE
        assert complaints.load(session, complaint_id).state != complaints.CLOSED
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(tab.panel.buttons["attach_paper"], Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert tab.message.text().endswith("is done: the signed record is saved.")
    with database.read() as session:
        assert session.query(Callback).one().state == callbacks.DONE
        assert complaints.load(session, complaint_id).state == complaints.CLOSED


def _follow_up(database: Database, clerk: Actor, customer_id: int, subject: str,
               **signing: object) -> int:
    """A product follow-up called back today (B1), signed as ``signing`` says (B2)."""
    with database.transaction() as session:
        new = callbacks.add_callback(session, clerk, NewCallback(
            "follow_up", subject, customer_id, due=clock.local_today()))
        done = callbacks.record_callback(session, clerk, new.row.id, CallbackRecord(
            "visit", "王芳本人", [("用得怎么样？", "很好")], "satisfied", **signing,
            staff_signature=check_signature(_SCRIBBLE, "staff_signature")),
            new.row.version)  # type: ignore[arg-type]
    return done.row.id


def _pick(qtbot: QtBot, tab: CallbacksTab, callback_id: int) -> None:
    """Click the callback's row in the list, as a clerk does, and wait for the panel."""
    row = tab.model.index_where(lambda r: r.id == callback_id)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.panel.detail is not None
                    and tab.panel.detail.row.id == callback_id, timeout=3000)


def test_b2_k2_the_scan_of_a_paper_signed_record_is_saved_from_the_panel(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    scan = _scan_png(tmp_path / "scan.png")
    customer = add_customer(database, clerk, "王芳", "13800138000").id
    on_paper = _follow_up(database, clerk, customer, "冰箱回访", signature=callbacks.ON_PAPER,
                          scan_name="王芳回访单.png", scan=scan)
    waiting = _follow_up(database, clerk, customer, "洗衣机回访", signature=callbacks.ON_PAPER)
    on_screen = _follow_up(database, clerk, customer, "电视回访", signature=callbacks.ON_SCREEN,
                           customer_signature=_SCRIBBLE)
    tab.set_view("all")
    loaded(qtbot, tab.model)
    button = tab.panel.save_scan
    _pick(qtbot, tab, on_screen)  # signed on the pad: no scan, no button
    assert not button.isVisible() and not button.isEnabled()
    _pick(qtbot, tab, waiting)  # signed on paper, the scan not back yet: there, but grey
    assert button.isVisible() and not button.isEnabled()
    assert "attach the signed paper first" in button.toolTip()
    assert "signed on paper (scan not attached yet)" in tab.panel.facts.toPlainText()
    _pick(qtbot, tab, on_paper)
    assert button.isVisible() and button.isEnabled()
    assert "signed on paper (scan attached)" in tab.panel.facts.toPlainText()
    assert button.text() == "Save the s&can…" and _clashes(_owners(tab)) == {}
    offered: list[str] = []
    target = tmp_path / "存档" / "回访单副本.png"
    target.parent.mkdir()

    def choose(_parent: QWidget, _title: str, name: str) -> tuple[str, str]:
        offered.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # The scan's own name is offered, in the Documents folder like every saved file.
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert offered == [f"{documents}/王芳回访单.png"]
    assert target.read_bytes() == scan
    assert tab.message.text() == "The scan is saved."
    assert tab.message.toolTip() == str(target)
    # K2: the copy left the archive, so it is on record: who, which callback, which file.
    [copied] = audit_entries(database, "attachment.copy")
    assert (copied.staff_id, copied.entity, copied.entity_id) == (clerk.id, "callback",
                                                                  on_paper)


_SCRIBBLE = signature_png()


def _scan_png(path: Path) -> bytes:
    image = QImage(400, 560, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    image.save(str(path))
    return path.read_bytes()


def test_b5_the_due_list_fits_1366_pixels_without_a_horizontal_scrollbar(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)
    tab.resize(1366 - 2 * 11, 700)  # the window's tab page at 1366
    _all(qtbot, tab)
    qtbot.wait(50)
    header = tab.table.horizontalHeader()
    viewport = tab.table.viewport().width()
    assert header.length() <= viewport
    assert not tab.table.horizontalScrollBar().isVisible()
    for column in (ABOUT, 7):  # what it is about, who follows it: in sight
        assert not header.isSectionHidden(column)
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= viewport
    assert header.sectionSize(ABOUT) >= 15 * tab.table.fontMetrics().averageCharWidth()
    # The search box's hint is whole.
    metrics = tab.number.fontMetrics()
    assert tab.number.width() > metrics.horizontalAdvance(tab.number.placeholderText())
    # With room, the columns that gave way come back.
    tab.resize(2400, 700)
    qtbot.wait(50)
    assert not any(header.isSectionHidden(c) for c in range(header.count()))


def test_b1_the_department_is_chosen_from_those_already_used(
    qtbot: QtBot, database: Database, tab: CallbacksTab, clerk: Actor, supervisor: Actor,
) -> None:
    _rectified(database, clerk, supervisor)  # its callback carries 售后维修部
    with database.transaction() as session:
        callbacks.add_callback(session, clerk, NewCallback(
            "survey", "收银排队太久", department="收银部", summary_on=clock.local_today()))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NewCallbackDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    combo = dialog.department
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=3000)
    assert [combo.itemText(i) for i in range(combo.count())] == ["售后维修部", "收银部"]
    assert combo.currentText() == ""
    label = dialog.form.labelForField(dialog._rows["department"])
    assert isinstance(label, QLabel)
    widths = {}
    for source in SOURCES:  # the label column stands still whatever the source shows
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        qtbot.wait(10)
        widths[source] = label.width()
        assert label.text().endswith("*") == (source == callbacks.SURVEY)
    assert len(set(widths.values())) == 1
    dialog.source.setCurrentIndex(dialog.source.findData(callbacks.SURVEY))
    type_text(qtbot, dialog.subject, "试衣间太少")
    type_text(qtbot, combo.lineEdit(), "收银部")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    with database.read() as session:
        departments = [c.department for c in session.query(Callback).all()]
    assert departments.count("收银部") == 2


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_issue5_no_mnemonic_clash_in_the_callback_dialogs(
    qtbot: QtBot, database: Database, store: AnnouncingStore, clerk: Actor, supervisor: Actor,
    language: str,
) -> None:
    _rectified(database, clerk, supervisor)
    with database.read() as session:
        [row] = callbacks.list_callbacks(session, clerk, CallbackFilter(view="all")).rows
        detail = callbacks.get_callback(session, clerk, row.id)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, language)
    try:
        for dialog in (CallbackRecordDialog(store, clerk, detail),
                       SignLaterDialog(store, clerk, detail), NewCallbackDialog(store, clerk)):
            qtbot.addWidget(dialog)
            dialog.show()
            assert _clashes(_owners(dialog)) == {}, (language, type(dialog).__name__)
            dialog.hide()
    finally:
        install_translations(app, "en")
