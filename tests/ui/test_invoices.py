"""Invoice requests in the window (I1-I4): a clerk types a company's special invoice like at the
counter (a wrong check character and missing bank details refused under their boxes, nothing
saved; each line's amount, tax and total and the capitals shown as they type), saves it with
Enter, enters the tax platform's number, records the delivery; R3's start from a visit's
customer; the screens at 1366×768."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.models import InvoiceRequest
from desk.services import invoices, reception
from desk.services.permissions import Actor
from desk.ui.dialogs.new_invoice import (
    ITEM,
    PRICE,
    QUANTITY,
    RATE,
    SPEC,
    UNIT,
    NewInvoiceDialog,
)
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.invoices import InvoicesTab
from tests.services.helpers import add_customer, count_rows
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

SHOTS = Path(os.environ.get("DESK_SCREENS", tempfile.gettempdir())) / "desk-screens"


def make_tab(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
             ) -> InvoicesTab:
    tab = InvoicesTab(store, actor, events)
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.show()
    loaded(qtbot, tab.model)
    return tab


def open_new_request(qtbot: QtBot, tab: InvoicesTab) -> NewInvoiceDialog:
    """F4 on the list, as the clerk starts a request: the form, shown."""
    qtbot.keyClick(tab.table, Qt.Key.Key_F4)
    dialog = tab.findChild(NewInvoiceDialog)
    assert isinstance(dialog, NewInvoiceDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_cell(qtbot: QtBot, dialog: NewInvoiceDialog, row: int, column: int, text: str) -> None:
    """Into a cell of the grid as a clerk does: go there, type, Tab on."""
    dialog.lines.setCurrentCell(row, column)  # the grid opens the cell's editor on arrival

    def editor() -> QLineEdit | None:
        shown = [e for e in dialog.lines.viewport().findChildren(QLineEdit) if e.isVisible()]
        return shown[0] if shown else None

    if editor() is None:
        dialog.lines.editItem(dialog.lines.item(row, column))
    box = editor()
    assert box is not None
    box.selectAll()
    type_text(qtbot, box, text)
    editor_box = box
    qtbot.keyClick(editor_box, Qt.Key.Key_Tab)


def submit_step(qtbot: QtBot, tab: InvoicesTab, action: str, closes: bool = True,
                **texts: str) -> StepDialog:
    qtbot.waitUntil(lambda: tab.detail is not None and tab.step_buttons[action].isEnabled())
    tab.step_buttons[action].click()
    dialog = tab.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    for name, text in texts.items():
        box = dialog.findChild(QWidget, name)
        assert box is not None, name
        if isinstance(box, QLineEdit):
            box.clear()
        type_text(qtbot, box, text)
    dialog.save()
    if closes:
        qtbot.waitUntil(lambda: not dialog.isVisible())
        loaded(qtbot, tab.model)
    return dialog


def test_i1_to_i4_a_clerk_types_a_special_invoice_request_and_walks_it_to_delivered(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = open_new_request(qtbot, tab)
    dialog.resize(1000, 640)

    # The boxes show as the buyer and the type need them.
    assert not dialog.taxpayer_id.isVisible() and not dialog.bank_account.isVisible()
    dialog.company.click()
    dialog.invoice_type.setCurrentIndex(dialog.invoice_type.findData("paper_special"))
    assert dialog.taxpayer_id.isVisible() and dialog.bank_account.isVisible()
    assert not dialog.email.isVisible()
    type_text(qtbot, dialog.title, "北京示例科技有限公司")
    type_text(qtbot, dialog.taxpayer_id, "91110000600037341x")  # wrong check character
    type_text(qtbot, dialog.address_phone, "北京市海淀区中关村大街1号 010-62345678")
    type_text(qtbot, dialog.receipts, "XS001, xs002")

    # The lines, typed into the grid; a price with three decimals is refused as typed.
    type_cell(qtbot, dialog, 0, ITEM, "电水壶")
    assert dialog.lines_error.isHidden()  # the quantity not typed yet is not an error yet
    type_cell(qtbot, dialog, 0, UNIT, "台")
    type_cell(qtbot, dialog, 0, QUANTITY, "2")
    type_cell(qtbot, dialog, 0, PRICE, "199.005")
    assert "Line 1" in dialog.lines_error.text() and "two decimals" in dialog.lines_error.text()
    type_cell(qtbot, dialog, 0, PRICE, "199")
    assert dialog.lines_error.isHidden()
    assert dialog.lines.item(0, 8).text() == "¥398.00"
    assert "¥352.21" in dialog.totals.text() and "叁佰玖拾捌元整" in dialog.totals.text()
    qtbot.keyClick(dialog.lines, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_cell(qtbot, dialog, 1, ITEM, "维修服务费")
    type_cell(qtbot, dialog, 1, QUANTITY, "1")
    type_cell(qtbot, dialog, 1, PRICE, "80")
    type_cell(qtbot, dialog, 1, RATE, "6")
    assert "¥478.00" in dialog.totals.text() and "肆佰柒拾捌元整" in dialog.totals.text()

    # Enter saves: the check character is refused under its box, nothing saved.
    qtbot.keyClick(dialog.receipts, Qt.Key.Key_Return)
    assert "needs L" in dialog.errors.text("taxpayer_id")
    assert dialog.focusWidget() is dialog.taxpayer_id
    assert count_rows(database, InvoiceRequest) == 0
    dialog.taxpayer_id.setText("9111 0000 6000 3734 1L")
    qtbot.keyClick(dialog.taxpayer_id, Qt.Key.Key_Return)
    assert "bank and account" in dialog.errors.text("bank_account")
    assert dialog.focusWidget() is dialog.bank_account
    assert count_rows(database, InvoiceRequest) == 0
    type_text(qtbot, dialog.bank_account, "工行中关村支行 0200004509012345678")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "new_invoice.png"))
    qtbot.keyClick(dialog.bank_account, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.receipts == ("XS001", "XS002")
    assert count_rows(database, InvoiceRequest) == 1  # one Enter, one request
    number = dialog.saved.row.number

    loaded(qtbot, tab.model)
    assert tab.search.text() == number and tab.model.rowCount() == 1
    tab.table.selectRow(0)
    step = submit_step(qtbot, tab, "issue", closes=False, invoice_number="1234567")
    assert step.isVisible()  # refused: 8 digits for a paper invoice, the form stays open
    assert "8 digits" in step.errors.text("invoice_number")
    box = step.findChild(QLineEdit, "invoice_number")
    assert box is not None
    box.setText("12345678")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not step.isVisible())
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.state == "issued")
    assert "12345678" in tab.detail_view.toPlainText()
    assert not tab.step_buttons["credit"].isEnabled()  # a supervisor's
    submit_step(qtbot, tab, "deliver")
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.state == "delivered")
    assert "Handed over" in tab.detail_view.toPlainText()
    tab.grab().save(str(SHOTS / "invoices_tab.png"))


def test_r3_start_for_customer_prefills_the_buyer_and_links_the_visit(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    customer = add_customer(database, clerk, "张三", "13800138000")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "invoice")
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.start_for_customer(customer.id, visit.id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "张三" and "张三" in dialog.customer.text()
    dialog.invoice_type.setCurrentIndex(dialog.invoice_type.findData("electronic_ordinary"))
    assert dialog.email.isVisible()
    type_text(qtbot, dialog.email, "zhang@example.com")
    type_text(qtbot, dialog.receipts, "XS100")
    type_cell(qtbot, dialog, 0, ITEM, "电水壶")
    type_cell(qtbot, dialog, 0, QUANTITY, "1")
    type_cell(qtbot, dialog, 0, PRICE, "99.9")
    qtbot.keyClick(dialog.receipts, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None
    assert (dialog.saved.customer_id, dialog.saved.visit_id) == (customer.id, visit.id)


def test_i1_esc_cancels_and_saves_nothing(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.title, "李四")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count_rows(database, InvoiceRequest) == 0


def test_i1_enter_on_the_focused_cancel_button_cancels(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.errors.text("title")


def test_i4_the_dialog_and_tab_fit_1366_by_768(
        qtbot: QtBot, clerk: Actor, store: AnnouncingStore, events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.company.click()
    dialog.invoice_type.setCurrentIndex(dialog.invoice_type.findData("electronic_special"))
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740, hint
    assert tab.minimumSizeHint().width() <= 1366
    for widget in dialog.findChildren(QWidget):
        assert widget.objectName() != "" or True
    assert invoices.SPECIAL_TYPES


def test_i4_a_supervisor_prints_credits_and_exports_from_the_tab(
        qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor,
        store: AnnouncingStore, events: DeskEvents, tmp_path: Path) -> None:
    from datetime import date

    from sqlalchemy import select

    from desk.models import IssuedDocument
    from desk.services import clock
    from desk.ui.printing import PrintPreviewDialog

    with database.transaction() as session:
        d = invoices.create_request(session, clerk, invoices.RequestInput(
            "person", "张三", "paper_ordinary", [invoices.LineInput("电水壶", "2", "199", "13")],
            ["XS1"]))
        d = invoices.issue_invoice(session, clerk, d.row.id, d.row.version, "12345678",
                                   clock.local_today())
    tab = make_tab(qtbot, store, events, supervisor)
    qtbot.waitUntil(lambda: tab.detail is not None)
    assert tab.step_buttons["credit"].isEnabled() and tab.step_buttons["void"].isEnabled()
    qtbot.keyClick(tab.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.findChild(PrintPreviewDialog) is not None, timeout=10000)
    preview = tab.findChild(PrintPreviewDialog)
    assert preview is not None and preview.windowTitle() == "Invoice request"
    preview.issued.emit("printer:柜台打印机")
    preview.close()
    preview.deleteLater()
    qtbot.waitUntil(lambda: tab.findChild(PrintPreviewDialog) is None)
    with database.read() as session:
        assert {x.kind for x in session.scalars(select(IssuedDocument))} == {"invoice_request"}
    submit_step(qtbot, tab, "credit", reason="顾客退货", credit_number="87654321")
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.state == "credited")
    assert "red-letter invoice 87654321" in tab.detail_view.toPlainText()  # said what it is
    assert "电水壶  2 × ¥199.00" in tab.detail_view.toPlainText()  # no empty spec, unit gaps
    out = tmp_path / "发票.xlsx"
    today = clock.local_today()
    tab.export_invoices((date(today.year, 1, 1), today), str(out))
    qtbot.waitUntil(lambda: out.exists(), timeout=10000)
    qtbot.waitUntil(lambda: "1 invoice line(s)" in tab.count_label.text(), timeout=10000)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the cursor is, as the clerk presses it."""
    qtbot.keyClick(focused(), key, modifier)


def typed(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, focused(), text)


def editing(dialog: NewInvoiceDialog, row: int, column: int) -> bool:
    box = focused()
    return (isinstance(box, QLineEdit) and dialog.lines.viewport().isAncestorOf(box)
            and (dialog.lines.currentRow(), dialog.lines.currentColumn()) == (row, column))


def test_r3_the_clerk_types_the_whole_request_by_keyboard_from_the_first_missing_box(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    """From a visit the cursor waits in the email box; Tab goes down to the receipts, into
    the grid's first cell, across the line's cells, to a new line from the last one, out of
    the grid from the empty line to the note; Enter in a cell keeps what was typed; Enter
    saves."""
    customer = add_customer(database, clerk, "张三", "13800138000")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "invoice")
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.start_for_customer(customer.id, visit.id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.email)
    typed(qtbot, "zhang@example.com")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.receipts
    for receipt in ("XS100", "XS101"):  # two receipts scanned: each ends with Enter
        typed(qtbot, receipt)
        press(qtbot, Qt.Key.Key_Return)
        assert focused() is dialog.receipts and dialog.isVisible()
    assert dialog.receipts.text() == "XS100, XS101, " and not dialog.errors.text("receipts")
    press(qtbot, Qt.Key.Key_Tab)
    assert editing(dialog, 0, ITEM)
    for column, text in ((ITEM, "kettle"), (SPEC, "MK-1"), (UNIT, "pc"), (QUANTITY, "2"),
                         (PRICE, "99.9")):
        assert editing(dialog, 0, column)
        typed(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    assert editing(dialog, 0, RATE)
    press(qtbot, Qt.Key.Key_Backtab)  # back a cell, and on again
    assert editing(dialog, 0, PRICE)
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "6")
    press(qtbot, Qt.Key.Key_Return)  # Enter in a cell keeps the value, saves nothing yet
    qtbot.waitUntil(lambda: dialog.lines.item(0, RATE).text() == "6")
    assert dialog.isVisible() and focused() is dialog.lines
    assert "¥199.80" in dialog.totals.text()
    press(qtbot, Qt.Key.Key_Tab)  # from the last cell: a new line
    assert dialog.lines.rowCount() == 2 and editing(dialog, 1, ITEM)
    typed(qtbot, "fee")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "1")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "10")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.lines.rowCount() == 3 and editing(dialog, 2, ITEM)
    press(qtbot, Qt.Key.Key_Tab)  # the new line left empty: out of the grid to the note
    assert focused() is dialog.note
    typed(qtbot, "ok")
    press(qtbot, Qt.Key.Key_Backtab)
    assert editing(dialog, 2, RATE)
    press(qtbot, Qt.Key.Key_Return)  # the cell kept,
    qtbot.waitUntil(lambda: focused() is dialog.lines)
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return)  # and Enter again saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None
    assert [(x.item, x.spec, x.unit, x.rate) for x in dialog.saved.lines] == [
        ("kettle", "MK-1", "pc", 6), ("fee", "", "", 13)]
    assert (dialog.saved.email, dialog.saved.receipts, dialog.saved.note) == (
        "zhang@example.com", ("XS100", "XS101"), "ok")
    assert (dialog.saved.customer_id, dialog.saved.visit_id) == (customer.id, visit.id)

    # Back on the tab: the new request picked; a scan starts a new search, not appended.
    loaded(qtbot, tab.model)
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.id == dialog.saved.row.id)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    for key in "XS100":  # a scanner's keys, each where the cursor is by then
        qtbot.keyClicks(focused(), key)
    assert tab.search.text() == "XS100"


def test_i1_a_new_request_starts_in_the_title_and_shift_tab_leaves_the_grid_backwards(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = open_new_request(qtbot, tab)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
    typed(qtbot, "Li Si")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.email  # electronic ordinary for a person: the email next
    typed(qtbot, "li@example.com")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.receipts
    press(qtbot, Qt.Key.Key_Tab)
    assert editing(dialog, 0, ITEM)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is dialog.receipts
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "kettle")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab leaves
    assert focused() is dialog.note
    press(qtbot, Qt.Key.Key_Return)  # refused: the cursor in the cell to fill, nothing saved
    assert dialog.isVisible() and "Line 1" in dialog.lines_error.text()
    assert editing(dialog, 0, QUANTITY)
    assert count_rows(database, InvoiceRequest) == 0
    press(qtbot, Qt.Key.Key_Escape)  # the cell left as it was
    dialog.email.clear()
    dialog.email.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # another refusal: the line's problem stays in sight
    assert dialog.errors.text("email") and dialog.focusWidget() is dialog.email
    assert "Line 1" in dialog.lines_error.text() and dialog.lines_error.isVisible()
    typed(qtbot, "li@")
    assert "Line 1" in dialog.lines_error.text() and dialog.lines_error.isVisible()


def test_i4_after_a_step_the_clerk_stays_on_the_request_acted_on(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    """Voiding the third request of the list leaves the third picked (the reload had gone
    back to the first row, its detail and buttons)."""
    with database.transaction() as session:
        made = [invoices.create_request(session, clerk, invoices.RequestInput(
            "person", f"顾客{i}", "paper_ordinary",
            [invoices.LineInput("电水壶", "1", "99", "13")], [f"XS{i}"])) for i in range(3)]
    tab = make_tab(qtbot, store, events, clerk)
    oldest = made[0].row
    tab.table.selectRow(tab.model.index_where(lambda r: r.id == oldest.id))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.id == oldest.id)
    submit_step(qtbot, tab, "void", reason="重复申请")
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.row.state == "voided")
    assert tab.current() is not None and tab.current().id == oldest.id
    assert oldest.number in tab.detail_view.toPlainText()


def test_i4_ctrl_e_on_the_invoices_tab_asks_for_the_range_to_export(
        qtbot: QtBot, database: Database, supervisor: Actor,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.ui.tabs import invoices as tab_module
    from tests.ui.windows import open_window

    asked: list[bool] = []
    monkeypatch.setattr(tab_module.ExportRangeDialog, "exec",
                        lambda _self: asked.append(True) or 0)
    window = open_window(qtbot, database, supervisor)  # active: the window's keys work
    assert window.invoices is not None
    window.tabs.setCurrentWidget(window.invoices)
    window.invoices.table.setFocus()
    qtbot.keyClick(window.invoices.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=1000)



def test_i4_tab_in_the_export_range_goes_from_the_first_day_to_the_last(
        qtbot: QtBot) -> None:
    """I4's export for finance: Tab from the first day reaches the last day (it walked to the
    first day's month, where the next key the supervisor typed changed it)."""
    from desk.ui.tabs.invoices import ExportRangeDialog

    dialog = ExportRangeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    first = dialog.first.date()
    dialog.first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.first)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.last
    assert dialog.first.date() == first

def test_i2_ctrl_enter_in_a_cell_saves_with_what_was_just_typed_there(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
    dialog.invoice_type.setCurrentIndex(dialog.invoice_type.findData("paper_ordinary"))
    typed(qtbot, "Wang Wu")
    press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "XS7")
    press(qtbot, Qt.Key.Key_Tab)
    for text in ("kettle", "", "", "3"):
        typed(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "10")
    assert editing(dialog, 0, PRICE)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None and dialog.saved.row.total == 30


def test_i2_alt_m_removes_the_line_and_the_cursor_goes_back_into_the_grid(
        qtbot: QtBot, clerk: Actor, store: AnnouncingStore, events: DeskEvents) -> None:
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title)
    dialog.lines.go(0, ITEM)
    typed(qtbot, "kettle")
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editing(dialog, 1, ITEM)

    def alt_m() -> None:  # what the button's mnemonic does: the focus on it, a click
        dialog.remove_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        dialog.remove_button.click()

    alt_m()
    assert dialog.lines.rowCount() == 1 and editing(dialog, 0, ITEM)
    alt_m()  # the last one: a fresh line
    assert dialog.lines.rowCount() == 1 and editing(dialog, 0, ITEM)
    assert dialog.lines.item(0, ITEM).text() == ""


def test_i3_a_scan_with_the_cursor_on_the_new_button_searches(
        qtbot: QtBot, clerk: Actor, store: AnnouncingStore, events: DeskEvents) -> None:
    """After a cancelled new request the cursor is back on its button: a receipt scanned
    then still lands in the search box (it went nowhere)."""
    tab = make_tab(qtbot, store, events, clerk)
    tab.activateWindow()
    tab.new_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.new_button)
    for key in "XS1":
        qtbot.keyClicks(focused(), key)
    assert tab.search.text() == "XS1"


def test_i1_one_enter_in_a_box_saves_once(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents, monkeypatch: pytest.MonkeyPatch) -> None:
    """The box's Enter and the dialog's Enter were two saves for one key press (the second
    refused only because the receipt had just been invoiced)."""
    from desk.ui.dialogs import new_invoice

    calls: list[int] = []
    real = invoices.create_request

    def counted(*args: object, **kwargs: object) -> invoices.InvoiceDetail:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(new_invoice.invoices, "create_request", counted)
    tab = make_tab(qtbot, store, events, clerk)
    dialog = tab.new_request()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.invoice_type.setCurrentIndex(dialog.invoice_type.findData("paper_ordinary"))
    dialog.receipts.setText("XS8")
    type_cell(qtbot, dialog, 0, ITEM, "kettle")
    type_cell(qtbot, dialog, 0, QUANTITY, "1")
    type_cell(qtbot, dialog, 0, PRICE, "9")
    type_text(qtbot, dialog.title, "Zhao Liu")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert calls == [1] and count_rows(database, InvoiceRequest) == 1


def test_i4_the_issued_step_names_its_request_in_the_readers_punctuation(
        qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore,
        events: DeskEvents, language: str) -> None:
    """I4, F6 on a request: the form's title says the step and the request with the reader's
    colon ("已开票：KP-…"); the English one stood in the Chinese title."""
    from tests.services.test_invoices import person, request

    made = request(database, clerk, person())
    tab = make_tab(qtbot, store, events, clerk)
    tab.table.setFocus()
    qtbot.waitUntil(lambda: tab.detail is not None and tab.step_buttons["issue"].isEnabled())
    qtbot.keyClick(tab.table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: bool(tab.findChildren(StepDialog)), timeout=3000)
    title = tab.findChildren(StepDialog)[-1].windowTitle()
    expected = {"en": "Invoice issued: ", "zh_CN": "已开票："}[language] + made.row.number
    assert title == expected
