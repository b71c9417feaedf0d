"""The gift form at the counter (G2), as a clerk with a scanner meets it: the receipt scanned
while the cursor is still in the customer search lands in the receipt box, a customer picked
sends the cursor to the receipt, a refused receipt is replaced (not appended to) by the next
scan, and a voided issue's reason reads in the reader's punctuation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, gift_lists, gifts
from desk.services.gifts import IssueInput
from desk.services.permissions import Actor
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.gift_issue_list import issue_columns
from desk.ui.widgets.gift_steps import IssueDialog, scanned_receipt
from tests.services.helpers import add_customer
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.test_gifts import add_gifts, box, make_panel


def open_issue(qtbot: QtBot, panel) -> IssueDialog:  # type: ignore[no-untyped-def]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(panel.findChildren(IssueDialog)), timeout=3000)
    dialog = panel.findChildren(IssueDialog)[-1]
    qtbot.waitExposed(dialog)
    return dialog


def in_customer_search(qtbot: QtBot, panel) -> IssueDialog:  # type: ignore[no-untyped-def]
    """The issue form open, the cursor in its customer search, where a clerk starts."""
    dialog = open_issue(qtbot, panel)
    assert dialog.customer is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer, timeout=3000)
    return dialog


def test_a_receipt_scanned_into_the_customer_search_goes_to_the_receipt_box(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    add_gifts(database, supervisor)
    panel = make_panel(qtbot, store, events, clerk)
    dialog = in_customer_search(qtbot, panel)
    assert dialog.customer is not None
    qtbot.keyClicks(dialog.customer, "XS20261206-0040")  # the scanner, cursor in the search
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not saved with an empty receipt
    assert box(dialog, "receipt_number").text() == "XS20261206-0040"
    assert dialog.customer.text() == "" and dialog.errors.text("receipt_number") == ""
    assert QApplication.focusWidget() is dialog.customer  # now: who takes the gift
    dialog.reject()


def test_phone_digits_stay_a_customer_search() -> None:
    assert scanned_receipt("XS20261206-0040") == "XS20261206-0040"
    assert scanned_receipt("2026120600401234") == "2026120600401234"
    for search in ("13912345678", "5678", "010-62345678", "张三", "zs"):
        assert scanned_receipt(search) is None, search


def test_a_customer_picked_sends_the_cursor_to_the_receipt(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    add_gifts(database, supervisor)
    add_customer(database, clerk, "王五", "13900001111")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = open_issue(qtbot, panel)
    assert dialog.customer is not None
    qtbot.keyClicks(dialog.customer, "13900001111")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)  # a full number picks its customer
    assert dialog.customer.chosen_id is not None
    assert not box(dialog, "recipient_name").isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box(dialog, "receipt_number"),
                    timeout=3000)
    qtbot.keyClicks(QApplication.focusWidget(), "XS20261206-0041")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert "王五" in panel.status.text()


def test_a_refused_receipt_is_replaced_by_the_next_scan(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    cup, _bag = add_gifts(database, supervisor)
    with database.transaction() as session:
        gifts.issue_gift(session, clerk, IssueInput(
            cup.id, "XS20261206-0019", "1", recipient_name="李雷",
            recipient_phone="13812345678"))
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.selectRow(panel.catalogue.index_where(lambda g: g.id == cup.id))
    dialog = open_issue(qtbot, panel)
    type_text(qtbot, box(dialog, "recipient_name"), "王小明")
    type_text(qtbot, box(dialog, "recipient_phone"), "13912345678")
    receipt = box(dialog, "receipt_number")
    receipt.setFocus()
    qtbot.keyClicks(receipt, "XS20261206-0019")
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    assert "already had its gift" in dialog.errors.text("receipt_number")
    assert dialog.focusWidget() is receipt
    qtbot.keyClicks(receipt, "XS20261206-0020")  # the right receipt, scanned again
    assert receipt.text() == "XS20261206-0020"
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_a_voided_issue_says_its_reason_after_the_state(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
) -> None:
    cup, _bag = add_gifts(database, supervisor)
    with database.transaction() as session:
        issued = gifts.issue_gift(session, clerk, IssueInput(
            cup.id, "XS20261206-0019", "1", recipient_name="李雷",
            recipient_phone="13812345678"))
        voided = gifts.void_issue(session, supervisor, issued.id, issued.version, "小票金额不足")
    state = issue_columns()[-1]
    assert voided.state == gift_lists.VOIDED
    assert state.text(voided).endswith(": 小票金额不足")  # "已作废：…" in Chinese


def test_the_days_list_follows_today_past_midnight_but_not_a_picked_day(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents, monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_gifts(database, supervisor)
    panel = make_panel(qtbot, store, events, clerk)
    today = clock.local_today()
    tomorrow = today + timedelta(days=1)
    assert panel.issues.picked_day() == today
    monkeypatch.setattr(clock, "local_today", lambda *_a: tomorrow)  # the desk left open
    panel.refresh()  # a gift handed out after midnight refreshes the list
    assert panel.issues.picked_day() == tomorrow
    loaded(qtbot, panel.issues.model)
    yesterday = QDate(today.year, today.month, today.day)
    panel.issues.day.setDate(yesterday)  # the clerk looks back on purpose
    monkeypatch.setattr(clock, "local_today", lambda *_a: tomorrow + timedelta(days=1))
    panel.refresh()
    assert panel.issues.picked_day() == today


def test_g2_a_receipt_scanned_on_the_page_opens_the_form_with_it_then_the_walk_in_is_typed(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    """Scanner-first (G2): the clerk scans the receipt with the catalogue in front, the form
    opens with the receipt in it and the cursor on who takes the gift."""
    add_gifts(database, supervisor)
    panel = make_panel(qtbot, store, events, clerk)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, "X")  # the scanner's first character lands on the list...
    assert QApplication.focusWidget() is panel.receipt_scan
    qtbot.keyClicks(panel.receipt_scan, "S20261206-0077")  # ...the rest follow the focus
    assert panel.receipt_scan.text() == "XS20261206-0077"
    qtbot.keyClick(panel.receipt_scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.findChildren(IssueDialog)), timeout=3000)
    dialog = panel.findChildren(IssueDialog)[-1]
    qtbot.waitExposed(dialog)
    assert panel.receipt_scan.text() == ""  # ready for the next customer's receipt
    assert box(dialog, "receipt_number").text() == "XS20261206-0077"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.customer, timeout=3000)
    type_text(qtbot, box(dialog, "recipient_name"), "王小明")
    type_text(qtbot, box(dialog, "recipient_phone"), "13912345678")
    qtbot.keyClick(box(dialog, "recipient_phone"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.read() as session:
        [issue] = gift_lists.issues_between(session, clerk, clock.local_today())
    assert (issue.receipt_number, issue.recipient_name) == ("XS20261206-0077", "王小明")


def test_g2_enter_on_a_search_several_customers_answer_opens_their_list_and_saves_nothing(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    """G2 at the counter: the clerk types the start of a phone number and Enter; two customers
    answer, so the list opens to pick one, and the form is not saved without a customer (it
    refused the walk-in's name and took the cursor away from the list)."""
    add_gifts(database, supervisor)
    add_customer(database, clerk, "李娜", "13800000001")
    add_customer(database, clerk, "李雷", "13800000002")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = in_customer_search(qtbot, panel)
    assert dialog.customer is not None
    qtbot.keyClicks(dialog.customer, "138000")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Return)
    suggestions = dialog.customer.suggestions_view()
    qtbot.waitUntil(suggestions.isVisible, timeout=3000)
    assert suggestions.model().rowCount() == 2
    assert dialog.isVisible()
    assert dialog.errors.text("recipient_name") == ""  # nothing was refused: nothing was saved
    second = suggestions.visualRect(suggestions.model().index(1, 0)).center()  # picks 李雷
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.waitUntil(lambda: dialog.customer.chosen_id is not None, timeout=3000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box(dialog, "receipt_number"),
                    timeout=3000)


def test_g3_tab_leaves_the_issue_day_box_and_the_next_arrow_key_leaves_the_day_alone(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    """G3's daily list: Alt+D, then Tab on the way to the list, leaves the day box; it walked to
    the month instead, and the Down the clerk pressed next for the list showed last month."""
    add_gifts(database, supervisor)
    panel = make_panel(qtbot, store, events, clerk)
    day = panel.issues.day
    shown = day.date()
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not day
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert day.date() == shown


def test_g2_a_customer_search_left_before_it_ran_opens_no_list_over_the_next_box(
    qtbot: QtBot, database: Database, supervisor: Actor, clerk: Actor,
    store: AnnouncingStore, events: DeskEvents,
) -> None:
    """G2: the clerk types a name into the customer search and Tabs on at once; the search
    that waited for the typing to pause opened its list over the walk-in's boxes afterwards,
    and the next arrow key went to it instead of the gift box."""
    add_gifts(database, supervisor)
    add_customer(database, clerk, "孙敏", "13500002267")
    panel = make_panel(qtbot, store, events, clerk)
    dialog = in_customer_search(qtbot, panel)
    assert dialog.customer is not None
    qtbot.keyClicks(dialog.customer, "sun")
    qtbot.keyClick(dialog.customer, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box(dialog, "recipient_name")
    qtbot.wait(400)  # longer than the search waits for the typing to pause
    assert not dialog.customer.suggestions_view().isVisible()
    assert QApplication.focusWidget() is box(dialog, "recipient_name")
