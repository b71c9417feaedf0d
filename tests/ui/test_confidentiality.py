"""K2: a warehouse account signed in at the desk sees no customer data anywhere in the window.

The walk reads every text a person could see (labels, boxes, buttons, lists, menus, titles,
tooltips, the status bar); the same walk over a counter clerk's window finds the customer, so
it is known to look where customer data would show.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services import leads, reception, staff
from desk.services.permissions import Actor
from desk.ui.dialogs.sign_in import SignInDialog
from tests.services.helpers import add_customer
from tests.ui.keyboard import type_text
from tests.ui.windows import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

# What would give the customer away: names, the phone in full, masked or in part.
SECRETS = ("张三丰", "13812345678", "138****5678", "王五", "13600001234", "136****1234")


def _model_texts(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    texts = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if value is not None:
                    texts.append(str(value))
    return texts


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person could read in the window, its menus and its lists."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _model_texts(widget.model())
    texts += [action.text() for action in window.findChildren(QAction)]
    return [t for t in texts if t]


@pytest.fixture
def customer_data(database: Database, clerk: Actor) -> None:
    """Today's work at the counter: a customer, their visit, a lead."""
    zhang = add_customer(database, clerk, "张三丰", "13812345678")
    with database.transaction() as session:
        reception.log_visit(session, clerk, zhang.id, "repair", "电视没有声音")
        leads.create_lead(session, clerk, "王五", "13600001234", "冰箱")


def signed_in(qtbot: QtBot, database: Database, username: str, password: str) -> Actor:
    dialog = SignInDialog(database, database_description=database.description)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.findChild(QLineEdit, "username"), username)
    type_text(qtbot, dialog.findChild(QLineEdit, "password"), password)
    qtbot.keyClick(dialog.findChild(QLineEdit, "password"), Qt.Key.Key_Return)
    assert dialog.actor is not None
    return dialog.actor


def test_k2_warehouse_sign_in_shows_no_customer_data_anywhere(
    qtbot: QtBot, database: Database, customer_data: None, warehouse_clerk: Actor
) -> None:
    with database.transaction() as session:
        staff.change_password(session, warehouse_clerk, "sunqi-pass-1", "sunqi-own-pass-2")
    actor = signed_in(qtbot, database, "sunqi", "sunqi-own-pass-2")
    window = open_window(qtbot, database, actor)
    qtbot.wait(200)  # lists and the status bar would have loaded by now
    texts = visible_texts(window)
    assert texts  # the walk saw the window (menus, notice, status bar)
    for secret in SECRETS:
        assert not [t for t in texts if secret in t], secret
    # Nor a way to them: no customer tab, no export.
    assert window.reception is None and window.tabs.count() == 1  # the warehouse tab only
    assert not [a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+E"]


def test_k2_the_same_walk_finds_the_customer_in_a_counter_clerks_window(
    qtbot: QtBot, database: Database, customer_data: None, clerk: Actor
) -> None:
    window = open_window(qtbot, database, clerk)
    qtbot.waitUntil(lambda: any("张三丰" in t for t in visible_texts(window)), timeout=5000)
    assert any("138****5678" in t for t in visible_texts(window))
