"""R3 for the counter's services: on a walk-in's visit, F7 starts the deposit, gift or invoice
request the customer came for, on the tab that owns its form, prefilled with the customer and
linked back to the visit; a visit for something else offers them in a menu."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desk.db import Database
from desk.services import clock, gift_lists, reception
from desk.services.permissions import Actor
from desk.ui.dialogs.new_invoice import NewInvoiceDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.main_window import MainWindow
from desk.ui.tabs.reception import ReceptionTab
from tests.services.helpers import add_customer
from tests.ui.lists import loaded
from tests.ui.test_gifts import add_gifts
from tests.ui.windows import open_window


def _on_the_visit(qtbot: QtBot, window: MainWindow) -> ReceptionTab:
    """The reception list loaded, the cursor on its newest visit, as before F7."""
    tab = window.reception
    assert tab is not None
    loaded(qtbot, tab.model)
    tab.table.selectRow(0)
    tab.table.setFocus()
    return tab


def _field(dialog: StepDialog, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def test_r3_f7_on_a_gift_visit_opens_the_gift_form_for_its_customer(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor
) -> None:
    add_gifts(database, supervisor)
    customer = add_customer(database, clerk, "韩梅梅", "13700001111")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "gift", "满500送保温杯")
    window = open_window(qtbot, database, clerk, size=None)
    tab = window.reception
    assert tab is not None and window.counter_services is not None
    _on_the_visit(qtbot, window)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    assert window.tabs.currentWidget() is window.counter_services
    assert window.counter_services.pages.currentWidget() is window.counter_services.gifts
    dialog = window.counter_services.gifts.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    receipt = _field(dialog, "receipt_number")
    assert dialog.focusWidget() is receipt
    qtbot.keyClicks(receipt, "XS-20261206-88")
    qtbot.keyClick(receipt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.read() as session:
        [issue] = gift_lists.issues_between(session, clerk, clock.local_today())
        assert [h.number for h in gift_lists.gift_history(session, customer.id)] == [issue.number]
    assert issue.recipient_name == "韩梅梅"
    with database.read() as session:  # linked back to the visit (R3)
        linked = session.execute(text("SELECT visit_id FROM gift_issues")).scalar_one()
    assert linked == visit.id
    window.close()


def test_r3_f7_on_an_inquiry_visit_offers_the_services_in_a_menu(
    qtbot: QtBot, database: Database, clerk: Actor, supervisor: Actor
) -> None:
    add_gifts(database, supervisor)
    with database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "问赠品活动")
    window = open_window(qtbot, database, clerk, size=None)
    tab = window.reception
    assert tab is not None and window.counter_services is not None
    _on_the_visit(qtbot, window)
    offered: list[str] = []

    def pick_gift() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(action.text() for action in menu.actions())
        qtbot.keyClick(menu, Qt.Key.Key_G)  # the item's underlined letter

    QTimer.singleShot(200, pick_gift)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    assert "Issue a &gift…" in offered
    qtbot.waitUntil(lambda: bool(window.counter_services.gifts.findChildren(StepDialog)))
    dialog = window.counter_services.gifts.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    assert window.counter_services.pages.currentWidget() is window.counter_services.gifts
    dialog.reject()
    window.close()


def test_r3_f7_on_a_storage_visit_opens_the_deposit_for_its_customer(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    from desk.services import parcels

    customer = add_customer(database, clerk, "韩梅梅", "13700001111")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "storage", "寄存婴儿车")
    window = open_window(qtbot, database, clerk, size=None)
    tab, services = window.reception, window.counter_services
    assert tab is not None and services is not None and services.parcels is not None
    _on_the_visit(qtbot, window)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    assert window.tabs.currentWidget() is services
    assert services.pages.currentWidget() is services.parcels
    dialog = services.parcels.findChildren(StepDialog)[-1]
    qtbot.waitExposed(dialog)
    description = _field(dialog, "description")
    qtbot.waitUntil(lambda: dialog.focusWidget() is description)
    qtbot.keyClicks(description, "stroller")
    qtbot.keyClick(description, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with database.read() as session:
        [deposit] = parcels.parcel_history(session, customer.id)
        detail = parcels.get_parcel(session, clerk, deposit.record_id)
    assert (detail.visit_id, detail.row.customer_name) == (visit.id, "韩梅梅")
    window.close()


def test_r3_f7_on_an_invoice_visit_opens_the_request_for_its_customer(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    customer = add_customer(database, clerk, "王芳", "13900002222")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "invoice", "开电子普票")
    window = open_window(qtbot, database, clerk, size=None)
    tab = window.reception
    assert tab is not None and window.invoices is not None
    _on_the_visit(qtbot, window)
    qtbot.keyClick(tab.table, Qt.Key.Key_F7)
    assert window.tabs.currentWidget() is window.invoices
    dialog = window.invoices.findChild(NewInvoiceDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.title.text() == "王芳" and "王芳" in dialog.customer.text()
    assert (dialog.customer_id, dialog.visit_id) == (customer.id, visit.id)
    dialog.reject()
    window.close()
