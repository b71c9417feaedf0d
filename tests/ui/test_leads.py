"""The leads list and its dialogs (R4, K2), driven as a clerk drives them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import customers, leads
from desk.services.errors import DatabaseUnavailable
from desk.services.leads import LeadRow
from desk.services.permissions import Actor
from desk.ui.dialogs.lead_edit import AssignLeadDialog, LeadDialog
from desk.ui.events import LEADS, DeskEvents
from desk.ui.store import AnnouncingStore
from desk.ui.tabs.leads import LeadsTab
from tests.ui.keyboard import type_text
from tests.ui.lists import loaded

WANTS = "想团购50台电风扇做员工福利"
T = TypeVar("T")


def child(parent: Any, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def add_lead(database: Database, actor: Actor, name: str = "王先生", salesperson: str = "",
             phone: str = "13912345678", interest: str = WANTS) -> LeadRow:
    with database.transaction() as s:
        return leads.create_lead(s, actor, name, phone, interest, salesperson=salesperson)


def lead_count(database: Database, actor: Actor, state: str | None = None) -> int:
    with database.read() as s:
        return leads.count_leads(s, actor, state)


@pytest.fixture
def make_tab(qtbot: QtBot, store: AnnouncingStore, events: DeskEvents) -> Any:
    def make(actor: Actor, store: Any = store) -> LeadsTab:
        tab = LeadsTab(store, actor, events)
        qtbot.addWidget(tab)
        tab.resize(1100, 600)
        tab.show()
        loaded(qtbot, tab._model)
        return tab

    return make


def table_text(tab: LeadsTab) -> list[list[str]]:
    model = child(tab, QTableView, "leadsTable").model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def open_lead_dialog(qtbot: QtBot, tab: LeadsTab) -> LeadDialog:
    qtbot.mouseClick(child(tab, QPushButton, "newLeadButton"), Qt.MouseButton.LeftButton)
    dialog = tab.findChild(LeadDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_r4_clerk_records_lead_and_it_shows_unassigned(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    tab = make_tab(clerk)
    assert child(tab, QLabel, "leadCount").text() == "No leads yet"
    dialog = open_lead_dialog(qtbot, tab)
    type_text(qtbot, child(dialog, QLineEdit, "contactName"), "王先生")
    qtbot.keyClick(child(dialog, QLineEdit, "contactName"), Qt.Key.Key_Tab)
    type_text(qtbot, child(dialog, QLineEdit, "phone"), "139 1234 5678")
    type_text(qtbot, child(dialog, QPlainTextEdit, "interest"), WANTS)
    qtbot.keyClick(child(dialog, QPlainTextEdit, "interest"), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    loaded(qtbot, tab._model)  # the store announced the new lead; the list reloaded itself
    assert lead_count(database, clerk, leads.UNASSIGNED) == 1
    rows = table_text(tab)
    assert len(rows) == 1
    assert rows[0][1:5] == ["王先生", "139****5678", WANTS, "Unassigned"]
    assert rows[0][7] == "李四"
    model = child(tab, QTableView, "leadsTable").model()
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    assert child(tab, QLabel, "leadCount").text() == "1 lead, 1 unassigned"
    assert child(tab, QPushButton, "assignButton").isEnabled()  # the new lead is selected


def test_r4_shift_enter_breaks_the_line_and_enter_saves(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = LeadDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, child(dialog, QLineEdit, "contactName"), "Li Na")
    type_text(qtbot, child(dialog, QLineEdit, "phone"), "13812345678")
    interest = child(dialog, QPlainTextEdit, "interest")
    type_text(qtbot, interest, "空调2台")
    qtbot.keyClick(interest, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, interest, "冰箱1台")
    assert dialog.isVisible() and lead_count(database, clerk) == 0
    qtbot.keyClick(child(dialog, QLineEdit, "phone"), Qt.Key.Key_Return)
    assert dialog.lead is not None and dialog.lead.interest == "空调2台\n冰箱1台"


def test_r4_assign_lead_to_salesperson(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    add_lead(database, clerk)
    tab = make_tab(clerk)
    table = child(tab, QTableView, "leadsTable")
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.findChild(AssignLeadDialog)
    assert dialog is not None and dialog.isVisible()
    assert child(dialog, QLabel, "leadPhone").text() == "139****5678"
    type_text(qtbot, child(dialog, QLineEdit, "salesperson"), "张伟")
    qtbot.keyClick(child(dialog, QLineEdit, "salesperson"), Qt.Key.Key_Return)

    assert not dialog.isVisible()
    loaded(qtbot, tab._model)
    rows = table_text(tab)
    assert rows[0][4] == "张伟" and rows[0][5] != ""
    assert table.model().index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    assert child(tab, QLabel, "leadCount").text() == "1 lead, 0 unassigned"
    state = child(tab, QComboBox, "stateFilter")
    state.setFocus()
    qtbot.keyClick(state, Qt.Key.Key_Down)  # Unassigned
    loaded(qtbot, tab._model)
    assert state.currentText() == "Unassigned" and table_text(tab) == []
    qtbot.keyClick(state, Qt.Key.Key_Down)  # Assigned
    loaded(qtbot, tab._model)
    assert state.currentText() == "Assigned" and [r[4] for r in table_text(tab)] == ["张伟"]


def test_r4_enter_on_an_unassigned_row_opens_the_assignment(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    add_lead(database, clerk, "赵女士", salesperson="刘强", phone="13612345678")
    add_lead(database, clerk)
    tab = make_tab(clerk)
    table = child(tab, QTableView, "leadsTable")
    assert [r[4] for r in table_text(tab)] == ["Unassigned", "刘强"]  # unassigned first
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert tab.findChild(AssignLeadDialog) is None  # an assigned lead is not reopened by Enter
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = tab.findChild(AssignLeadDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(child(dialog, QLineEdit, "salesperson"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and lead_count(database, clerk, leads.UNASSIGNED) == 1


def test_r4_salesperson_box_completes_names_used_before(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    add_lead(database, clerk, salesperson="刘强")
    add_lead(database, clerk, salesperson="张伟", phone="13612345678")
    dialog = LeadDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    completer = child(dialog, QLineEdit, "salesperson").completer()
    completer.setCompletionPrefix("伟")
    assert completer.currentCompletion() == "张伟"


def test_r4_stale_assignment_is_refused_with_a_message(
    qtbot: QtBot, database: Database, clerk: Actor, admin: Actor
) -> None:
    lead = add_lead(database, clerk)
    dialog = AssignLeadDialog(database, clerk, lead)
    qtbot.addWidget(dialog)
    dialog.show()
    with database.transaction() as s:  # another counter assigns it meanwhile
        leads.assign_lead(s, admin, lead.id, "刘强", lead.version)
    type_text(qtbot, child(dialog, QLineEdit, "salesperson"), "张伟")
    qtbot.keyClick(child(dialog, QLineEdit, "salesperson"), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.lead is None
    shown = [label.text() for label in dialog.findChildren(QLabel, "fieldError")
             if label.isVisible()]
    assert shown == ["This lead was changed by someone else meanwhile. Reload it."]
    assert lead_count(database, clerk, leads.ASSIGNED) == 1


def test_r4_assignment_needs_a_salesperson(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = AssignLeadDialog(database, clerk, add_lead(database, clerk))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    errors = [lb.text() for lb in dialog.findChildren(QLabel, "fieldError") if lb.isVisible()]
    assert errors == ["Please name the salesperson."]
    assert lead_count(database, clerk, leads.ASSIGNED) == 0


def test_r4_lead_from_customer_uses_archive_phone(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    with database.transaction() as s:
        customer = customers.create_customer(
            s, clerk, customers.CustomerInput("张三", "13812345678"))
    dialog = LeadDialog(database, clerk, customer_id=customer.id, contact_name=customer.name,
                        masked_phone=customer.masked_phone)
    qtbot.addWidget(dialog)
    dialog.show()
    phone = child(dialog, QLineEdit, "phone")
    assert phone.text() == "138****5678" and phone.isReadOnly()
    assert child(dialog, QLabel, "phoneNote").isVisible()
    interest = child(dialog, QPlainTextEdit, "interest")
    assert dialog.focusWidget() is interest  # the name came with the customer
    type_text(qtbot, interest, "看中一台65寸电视")
    qtbot.keyClick(interest, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    with database.read() as s:
        saved = leads.list_leads(s, clerk).rows
    assert [(r.contact_name, r.masked_phone, r.customer_id) for r in saved] == [
        ("张三", "138****5678", customer.id)]


def test_k2_leads_list_masks_phone(
    qtbot: QtBot, database: Database, clerk: Actor, make_tab: Any
) -> None:
    add_lead(database, clerk, phone="13912345678")
    add_lead(database, clerk, "陈经理", phone="010-62345678", salesperson="刘强")
    tab = make_tab(clerk)
    model = child(tab, QTableView, "leadsTable").model()
    shown = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount()) for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert "139****5678" in shown and "010****5678" in shown
    assert not any("12345678" in text or "62345678" in text for text in shown)


def test_r4_empty_interest_is_refused_next_to_the_field(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = LeadDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, child(dialog, QLineEdit, "contactName"), "王先生")
    type_text(qtbot, child(dialog, QLineEdit, "phone"), "13912345678")
    qtbot.keyClick(child(dialog, QLineEdit, "phone"), Qt.Key.Key_Return)

    assert dialog.isVisible() and lead_count(database, clerk) == 0
    interest = child(dialog, QPlainTextEdit, "interest")
    assert dialog.focusWidget() is interest
    errors = [lb for lb in dialog.findChildren(QLabel, "fieldError") if lb.isVisible()]
    assert [lb.text() for lb in errors] == ["Please note what the customer wants to buy."]
    assert errors[0].geometry().top() > interest.geometry().bottom()  # just under the box


def test_r4_invalid_phone_is_refused_next_to_the_field(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    dialog = LeadDialog(database, clerk)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, child(dialog, QLineEdit, "contactName"), "王先生")
    type_text(qtbot, child(dialog, QLineEdit, "phone"), "12345")
    type_text(qtbot, child(dialog, QPlainTextEdit, "interest"), WANTS)
    qtbot.mouseClick(child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and lead_count(database, clerk) == 0
    assert dialog.focusWidget() is child(dialog, QLineEdit, "phone")
    errors = [lb.text() for lb in dialog.findChildren(QLabel, "fieldError") if lb.isVisible()]
    assert len(errors) == 1 and errors[0].startswith("“12345” is not a valid Chinese mobile")
    qtbot.keyClick(child(dialog, QLineEdit, "phone"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and lead_count(database, clerk) == 0


def test_r4_list_refreshes_when_another_window_records_a_lead(
    qtbot: QtBot, database: Database, clerk: Actor, events: DeskEvents, make_tab: Any
) -> None:
    tab = make_tab(clerk)
    add_lead(database, clerk)
    assert table_text(tab) == []
    events.changed.emit(frozenset({LEADS}))  # as another window's store announces it
    loaded(qtbot, tab._model)
    assert len(table_text(tab)) == 1


def test_s2_warehouse_clerk_sees_a_refusal_not_a_traceback(
    qtbot: QtBot, warehouse_clerk: Actor, make_tab: Any
) -> None:
    tab = make_tab(warehouse_clerk)
    assert table_text(tab) == []
    problem = child(tab, QLabel, "listProblem")
    assert problem.isVisible() and "may not do this" in problem.text()


class _DownStore:
    """A store whose database server has gone away."""

    description = "PostgreSQL db:5432/desk"

    @contextmanager
    def _fail(self) -> Iterator[Any]:
        raise DatabaseUnavailable("The database {where} cannot be reached.",
                                  where=self.description)
        yield

    def transaction(self, write: bool = True) -> Any:
        return self._fail()

    def read(self) -> Any:
        return self._fail()


def test_database_down_shows_calm_message_in_the_list(
    qtbot: QtBot, clerk: Actor, make_tab: Any
) -> None:
    tab = make_tab(clerk, _DownStore())
    problem = child(tab, QLabel, "listProblem")
    assert problem.isVisible() and "cannot be reached" in problem.text()
    assert child(tab, QLabel, "leadCount").text() == ""
