"""Pending replies of walk-ins (R1) at the counter: promised when the visit is finished, listed
most urgent first, answered from the keyboard; an overdue one stands out in words and colour."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import clock, customers, reception, replies
from desk.services.customers import CustomerInput
from desk.services.permissions import Actor
from desk.services.reception import VisitRow
from desk.services.replies import ReplyRow
from desk.ui.dialogs.finish_visit import FinishVisitDialog, default_promise
from desk.ui.events import DeskEvents
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.pending_replies import (
    AnswerReplyDialog,
    PendingRepliesView,
)
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.windows import open_window

STATE_COLUMN = 6


def _visit(database: Database, clerk: Actor) -> VisitRow:
    with database.transaction() as session:
        found = customers.search_customers(session, clerk, "13812345678")
        customer_id = found[0].id if found else customers.create_customer(
            session, clerk, CustomerInput("张三", "13812345678")).id
        return reception.log_visit(session, clerk, customer_id, "inquiry", "问空调保修")


def _promise(database: Database, clerk: Actor, question: str, hours: float) -> ReplyRow:
    visit = _visit(database, clerk)
    with database.transaction() as session:
        return replies.promise_reply(
            session, clerk, visit_id=visit.id, question=question,
            promised_at=clock.now() + timedelta(hours=hours))


@pytest.fixture
def view(
    qtbot: QtBot, store: AnnouncingStore, clerk: Actor, events: DeskEvents
) -> PendingRepliesView:
    widget = PendingRepliesView(store, clerk, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    loaded(qtbot, widget.model)
    return widget


def _cells(view: PendingRepliesView, column: int) -> list[str]:
    return [str(view.model.index(r, column).data()) for r in range(view.model.rowCount())]


def test_r1_finishing_a_visit_with_a_promised_reply_lists_it(
    qtbot: QtBot, database: Database, store: AnnouncingStore, clerk: Actor,
    events: DeskEvents,
) -> None:
    visit = _visit(database, clerk)
    dialog = FinishVisitDialog(store, clerk, visit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.promise_box.isVisible()
    type_text(qtbot, dialog.outcome, "需向厂家确认")
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)  # Tab leaves the box for the check
    assert dialog.focusWidget() is dialog.promise_check
    qtbot.keyClick(dialog.promise_check, Qt.Key.Key_Space)
    assert dialog.promise_check.isChecked() and dialog.promise_box.isVisible()
    assert dialog.focusWidget() is dialog.question
    # The counter's usual promise: tomorrow at noon.
    assert dialog.promised_at.dateTime() == default_promise()
    assert dialog.promised_at.dateTime().time().hour() == 12
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)  # no question yet: refused
    assert dialog.errors.text("question") == "Please write down the customer's question."
    assert dialog.result() == 0
    type_text(qtbot, dialog.question, "变频空调压缩机保修几年")
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.visit is not None
    assert dialog.visit.finished_at is not None

    view = PendingRepliesView(store, clerk, events)
    qtbot.addWidget(view)
    view.show()
    loaded(qtbot, view.model)
    assert _cells(view, 0) == [visit.number]
    assert _cells(view, 1) == ["张三"] and _cells(view, 2) == ["138****5678"]
    assert _cells(view, 3) == ["变频空调压缩机保修几年"]
    assert _cells(view, 5) == ["李四"] and _cells(view, STATE_COLUMN) == ["Awaiting reply"]
    promised = QDateTime(default_promise()).toString("yyyy-MM-dd HH:mm")
    assert _cells(view, 4) == [promised]
    assert view.counts is not None and (view.counts.pending, view.counts.overdue) == (1, 0)


def test_r1_a_promise_in_the_past_keeps_the_visit_open(
    qtbot: QtBot, database: Database, store: AnnouncingStore, clerk: Actor
) -> None:
    visit = _visit(database, clerk)
    dialog = FinishVisitDialog(store, clerk, visit)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.outcome, "已登记")
    dialog.promise_check.setChecked(True)
    type_text(qtbot, dialog.question, "保修期")
    dialog.promised_at.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.keyClick(dialog.question, Qt.Key.Key_Return)
    assert dialog.result() == 0
    assert dialog.errors.text("promised_at") == "The promised reply time must be later than now."
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit.id).is_open


def test_r1_answering_with_the_keyboard_takes_it_off_the_pending_list(
    qtbot: QtBot, database: Database, clerk: Actor, view: PendingRepliesView
) -> None:
    first = _promise(database, clerk, "洗衣机噪音大怎么办", hours=2)
    _promise(database, clerk, "能否上门安装", hours=5)
    view.refresh()
    loaded(qtbot, view.model)
    assert _cells(view, 3) == ["洗衣机噪音大怎么办", "能否上门安装"]  # most urgent on top
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on a row opens the answer
    dialog = view.findChild(AnswerReplyDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)  # empty: refused next to the box
    assert dialog.errors.text("answer") == "Please write down the reply given."
    type_text(qtbot, dialog.answer, "已电话告知：清理滤网")
    qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    assert dialog.result() == 1
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    loaded(qtbot, view.model)
    assert _cells(view, 3) == ["能否上门安装"]
    following = view.selected()  # the next most urgent is ready for the next answer
    assert following is not None and following.question == "能否上门安装"
    assert view.answer_button.isEnabled()
    view.set_state_filter(replies.ANSWERED)
    loaded(qtbot, view.model)
    assert _cells(view, 3) == ["洗衣机噪音大怎么办"]
    assert _cells(view, STATE_COLUMN) == ["Answered"]
    assert _cells(view, 7) == ["已电话告知：清理滤网"]
    assert not view.answer_button.isEnabled()  # answered once, not again
    with database.read() as session:
        stored = replies.get_reply(session, clerk, first.id)
    assert stored.answered_by == "李四"


def test_r1_overdue_reply_stands_out_in_words_and_colour(
    qtbot: QtBot, database: Database, clerk: Actor, view: PendingRepliesView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _promise(database, clerk, "退货款何时到账", hours=1)
    _promise(database, clerk, "赠品何时到货", hours=8)
    later = clock.now() + timedelta(hours=2)
    monkeypatch.setattr(clock, "now", lambda: later)
    view.refresh()
    loaded(qtbot, view.model)
    assert _cells(view, STATE_COLUMN) == ["Overdue", "Awaiting reply"]  # 已逾期 in Chinese
    overdue, waiting = view.model.index(0, 3), view.model.index(1, 3)
    red = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color() == ALERT_FOREGROUND
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()  # the desk's one "overdue" style
    assert waiting.data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.counts is not None and (view.counts.pending, view.counts.overdue) == (2, 1)


def test_r1_a_promise_falling_due_turns_overdue_without_a_click(
    qtbot: QtBot, database: Database, clerk: Actor, view: PendingRepliesView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _promise(database, clerk, "发票何时寄出", hours=1)
    view.refresh()
    loaded(qtbot, view.model)
    assert _cells(view, STATE_COLUMN) == ["Awaiting reply"]
    later = clock.now() + timedelta(hours=2)
    monkeypatch.setattr(clock, "now", lambda: later)
    view._due_timer.timeout.emit()  # the half-minute check
    qtbot.waitUntil(lambda: _cells(view, STATE_COLUMN) == ["Overdue"], timeout=5000)


def test_s6_only_mine_shows_the_questions_the_clerk_promised(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor,
    view: PendingRepliesView,
) -> None:
    _promise(database, clerk, "我承诺的问题", hours=3)
    _promise(database, supervisor, "主管承诺的问题", hours=1)
    view.refresh()
    loaded(qtbot, view.model)
    assert _cells(view, 3) == ["主管承诺的问题", "我承诺的问题"]
    qtbot.mouseClick(view.mine_only, Qt.MouseButton.LeftButton)
    loaded(qtbot, view.model)
    assert _cells(view, 3) == ["我承诺的问题"] and _cells(view, 5) == ["李四"]


def test_r1_window_has_the_tab_with_the_pending_count(
    qtbot: QtBot, database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    _promise(database, clerk, "退货款何时到账", hours=1)
    _promise(database, clerk, "赠品何时到货", hours=8)
    later = clock.now() + timedelta(hours=2)
    monkeypatch.setattr(clock, "now", lambda: later)
    window = open_window(qtbot, database, clerk)
    assert window.replies is not None
    loaded(qtbot, window.replies.model)
    index = window.tabs.indexOf(window.replies)
    assert window.tabs.tabText(index) == "Pending replies (2, 1 overdue)"
    assert window.tabs.tabBar().tabTextColor(index) == ALERT_FOREGROUND


def test_k2_warehouse_clerk_has_no_pending_replies_tab(
    qtbot: QtBot, database: Database, warehouse_clerk: Actor,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    window = open_window(qtbot, database, warehouse_clerk)
    assert window.replies is None
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert not any(t.startswith("Pending replies") for t in texts)
