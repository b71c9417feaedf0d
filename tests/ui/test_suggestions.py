"""Suggestions at the counter, driven as a clerk drives them (C1a): taken by keyboard with its
JY number, passed to the department, evaluated with a proposal, closed with the feedback; a
suggestion never appears among the complaints (C11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QTextBrowser
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import suggestions
from desk.services.permissions import Actor
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.widgets.suggestions_view import SuggestionsView, export_feedback_to
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded
from tests.ui.windows import open_window

T = TypeVar("T")


def child(parent: Any, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def make_view(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents, actor: Actor
              ) -> SuggestionsView:
    view = SuggestionsView(store, actor, events)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    loaded(qtbot, view.model)
    return view


def _step(view: SuggestionsView, qtbot: QtBot, action: str) -> StepDialog:
    qtbot.waitUntil(lambda: not view.buttons[action].isHidden())
    qtbot.mouseClick(view.buttons[action], Qt.MouseButton.LeftButton)
    [dialog] = [d for d in view.findChildren(StepDialog) if d.isVisible()]
    return dialog


def test_c1a_clerk_takes_passes_evaluates_and_closes_a_suggestion(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, events: DeskEvents
) -> None:
    view = make_view(qtbot, store, events, clerk)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(StepDialog)
    assert dialog is not None
    child(dialog, QRadioButton, "channel_box").click()
    content = child(dialog, QPlainTextEdit, "content")
    type_text(qtbot, content, "希望周末延长营业时间")
    qtbot.keyClick(content, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    loaded(qtbot, view.model)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 0).data() == f"JY-{date.today().year}-000001"
    assert view.model.index(0, 2).data() == "Suggestion box"
    assert child(view, QLabel, "suggestionCount").text() == "1 suggestion(s)"
    assert view.shown is not None and view.shown.state == "received"

    dialog = _step(view, qtbot, "pass")
    department = child(dialog, QLineEdit, "department")
    type_text(qtbot, department, "营运部")
    qtbot.keyClick(department, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.state == "passed")

    dialog = _step(view, qtbot, "evaluate")
    type_text(qtbot, child(dialog, QPlainTextEdit, "evaluation"), "可行")
    proposal = child(dialog, QPlainTextEdit, "proposal")
    type_text(qtbot, proposal, "周六延长至21:30")
    qtbot.keyClick(proposal, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.state == "evaluated")

    dialog = _step(view, qtbot, "close")
    feedback = child(dialog, QPlainTextEdit, "feedback")
    type_text(qtbot, feedback, "已电话告知顾客")
    qtbot.keyClick(feedback, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.state == "closed")
    facts = child(view, QTextBrowser, "suggestionFacts").toPlainText()
    assert "周六延长至21:30" in facts and "已电话告知顾客" in facts and "营运部" in facts
    assert all(b.isHidden() for b in view.buttons.values())
    loaded(qtbot, view.model)
    assert view.model.rowCount() == 0  # the open view no longer lists it


def test_c1a_an_empty_suggestion_is_refused_under_its_box(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, events: DeskEvents
) -> None:
    view = make_view(qtbot, store, events, clerk)
    dialog = view.new_suggestion()
    assert dialog is not None
    qtbot.keyClick(child(dialog, QPlainTextEdit, "content"), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.errors.text("content") == "Please write down the suggestion."
    with database.read() as session:
        assert suggestions.count_suggestions(session, clerk, suggestions.SuggestionFilter()) == 0


def test_c11_a_suggestion_is_in_its_own_tab_never_among_the_complaints(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        suggestions.take_suggestion(session, clerk, suggestions.SuggestionInput(
            "box", "建议增加停车位"))
    window = open_window(qtbot, database, clerk)
    assert window.suggestions is not None and window.complaints is not None
    loaded(qtbot, window.suggestions.model)
    loaded(qtbot, window.complaints.model)
    assert window.suggestions.model.rowCount() == 1
    assert window.complaints.model.rowCount() == 0
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Suggestions" in titles


def test_c1a_feedback_report_runs_as_a_job_and_reads_back(
    qtbot: QtBot, database: Database, clerk: Actor, store: AnnouncingStore, events: DeskEvents,
    tmp_path: Path,
) -> None:
    with database.transaction() as session:
        suggestions.take_suggestion(session, clerk, suggestions.SuggestionInput(
            "online", "收银台太少"))
    view = make_view(qtbot, store, events, clerk)
    results: list[suggestions.ReportFile] = []
    path = tmp_path / "feedback.xlsx"
    today = date.today()
    export_feedback_to(view, store, clerk, today.replace(day=1), today, path, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0].count == 1
    listed = load_workbook(path).worksheets[1]
    first = next(listed.iter_rows(min_row=4, values_only=True))
    assert first[2] == "Online" and first[4] == "收银台太少"
