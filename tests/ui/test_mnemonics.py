"""Issue 5 §4: Alt+letter mnemonics never clash within one window or dialog, in English and in
Chinese (Alt+A was both 账户(A) and 分配(A), Alt+D both 服务台(D) and 停用(D)).

The walk looks at what a clerk can reach with Alt at one moment: the menu bar's titles plus the
visible widgets of the current tab (a hidden tab's buttons do not answer), or a whole dialog;
and, separately, the items inside each menu.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import complaints, customers, items, leads, reception
from desk.services.customers import CustomerInput
from desk.services.permissions import Actor
from desk.ui.dialogs.change_password import ChangePasswordDialog
from desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog
from desk.ui.dialogs.customer_archive import CustomerArchiveDialog
from desk.ui.dialogs.customer_edit import CustomerDialog
from desk.ui.dialogs.finish_visit import FinishVisitDialog
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.lead_edit import AssignLeadDialog, LeadDialog
from desk.ui.dialogs.new_invoice import NewInvoiceDialog
from desk.ui.dialogs.sign_in import SignInDialog
from desk.ui.dialogs.staff_edit import StaffDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.main_window import MainWindow
from desk.ui.tabs.complaint_steps import FORM_ACTIONS, step_for
from desk.ui.tabs.invoices import ExportRangeDialog
from desk.ui.widgets.warehouse_steps import issue_step, item_step

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")




def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString()


def _owners(top: QWidget) -> list[tuple[str, str]]:
    """(Alt+X, the text that claims it) for everything reachable with Alt in ``top`` now."""
    found: list[tuple[str, str]] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if key := _mnemonic(text):
            found.append((key, text))
    return found


def _clashes(owners: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = defaultdict(list)
    for key, text in owners:
        by_key[key].append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


def _menu_owners(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (key, action.text())
        for action in window.menuBar().actions()
        if (key := _mnemonic(action.text()))
    ]


def test_issue5_no_mnemonic_clash_in_the_main_window_on_any_tab(
    qtbot: QtBot, database: Database, admin: Actor, language: str
) -> None:
    window = MainWindow(database, admin)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == 10  # the administrator sees every tab
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        owners = _menu_owners(window) + _owners(window.tabs.currentWidget())
        assert _clashes(owners) == {}, (language, window.tabs.tabText(index))
    for menu in window.menuBar().findChildren(QMenu):
        items = [(k, a.text()) for a in menu.actions() if (k := _mnemonic(a.text()))]
        assert _clashes(items) == {}, (language, menu.title())
    # The ones the issue found, by name: the menus no longer take Alt+A and Alt+D.
    assert {key for key, _ in _menu_owners(window)}.isdisjoint({"Alt+A", "Alt+D"})
    window.close()


def _dialogs(database: Database, admin: Actor) -> list[Callable[[], QWidget]]:
    with database.transaction() as session:
        customer = customers.create_customer(session, admin, CustomerInput("张三", "13812345678"))
        visit = reception.log_visit(session, admin, customer.id, "inquiry", "")
        lead = leads.create_lead(session, admin, "张三", "13812345678", "冰箱")
        complaint = complaints.take_complaint(session, admin, complaints.ComplaintInput(
            "visit", "quality", "漏水", visit_id=visit.id))
        kettle = items.create_item(session, admin, items.ItemInput("DK-1", "电水壶", "台"))
    return [
        lambda: SignInDialog(database),
        lambda: FirstAdminDialog(database),
        lambda: ChangePasswordDialog(database, admin),
        lambda: StaffDialog(database, admin),
        lambda: CustomerDialog(database, admin),
        lambda: CustomerArchiveDialog(database, admin, customer.id),
        lambda: FinishVisitDialog(database, admin, visit),
        lambda: LeadDialog(database, admin),
        lambda: AssignLeadDialog(database, admin, lead),
        lambda: ComplaintIntakeDialog(database, admin),
        *(
            (lambda action=action: StepDialog(database, step_for(action, complaint, admin)))
            for action in FORM_ACTIONS
        ),
        lambda: StepDialog(database, item_step(admin)),
        lambda: StepDialog(database, item_step(admin, kettle)),
        lambda: StepDialog(database, issue_step(admin, kettle)),
        lambda: NewInvoiceDialog(database, admin),
        lambda: ExportRangeDialog(),
    ]


def test_issue5_no_mnemonic_clash_within_any_dialog(
    qtbot: QtBot, database: Database, admin: Actor, language: str
) -> None:
    for make in _dialogs(database, admin):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert _clashes(_owners(dialog)) == {}, (language, type(dialog).__name__)
        dialog.close()
