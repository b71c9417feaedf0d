"""The warehouse tab's manufacturer orders (W2, 采购订单): the list (open, due for a follow-up,
all), the selected order's lines and history, its next steps as buttons (each a small
:class:`StepDialog`), a new order and the follow-up with the manufacturer. An order not received
more than three calendar days after finance was told to pay is red and says how long it has
waited.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import items, money, orders
from desk.services.orders import OrderDetail, OrderRow, View
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.services.vocabulary import NOTICE_METHODS
from desk.ui import labels
from desk.ui.dialogs.new_order import NewOrderDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad
from desk.ui.paged_model import ALERT, Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.order_steps import order_step, waiting
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import detail_text, splitter

TABLES = ("manufacturer_orders", "manufacturer_order_follow_ups")


def order_columns() -> list[Column[OrderRow]]:
    return [
        Column(QCoreApplication.translate("OrdersPanel", "No."), None, lambda o: o.number),
        Column(
            QCoreApplication.translate("OrdersPanel", "Manufacturer"),
            None,
            lambda o: o.manufacturer,
        ),
        Column(QCoreApplication.translate("OrdersPanel", "Contact"), None, lambda o: o.contact),
        Column(
            QCoreApplication.translate("OrdersPanel", "State"),
            None,
            lambda o: labels.state("order", o.state),
        ),
        Column(
            QCoreApplication.translate("OrdersPanel", "Total"),
            None,
            lambda o: money.format_amount(o.total),
            align_right=True,
        ),
        Column(QCoreApplication.translate("OrdersPanel", "Follow-up / delivery"), None, waiting),
    ]


_COLUMN_SAMPLES = (
    "CG-20261206-0001",
    "美的生活电器制造有限公司",
    "王经理经理",
    "Finance notified to pay",
    "¥123,456.00",
)
# The steps the buttons offer, in the order an order takes them.
_STEPS = ("verify_price", "mark_ready", "notify_finance", "receive", "follow_up", "cancel")


class OrdersPanel(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        self._store = store
        self._actor = actor
        self.detail: OrderDetail | None = None
        self._detail_load = LatestLoad(self, store, self._show_detail)
        write = allowed(actor, "order.write")
        self.view = QComboBox(self)
        self.view.setObjectName("orderView")
        for code, text in (
            ("open", QCoreApplication.translate("OrdersPanel", "Open orders")),
            ("due", QCoreApplication.translate("OrdersPanel", "Follow-up due")),
            ("all", QCoreApplication.translate("OrdersPanel", "All orders")),
        ):
            self.view.addItem(text, code)
        show = QLabel(QCoreApplication.translate("OrdersPanel", "&Show:"), self)
        show.setBuddy(self.view)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(
            QCoreApplication.translate("OrdersPanel", "New &order… (F4)"), self
        )
        self.new_button.setObjectName("newOrderButton")
        self.new_button.setVisible(write)
        words = {
            "verify_price": QCoreApplication.translate("OrdersPanel", "Prices &verified…"),
            "mark_ready": QCoreApplication.translate("OrdersPanel", "Goods &ready…"),
            "notify_finance": QCoreApplication.translate("OrdersPanel", "&Finance notified…"),
            "receive": QCoreApplication.translate("OrdersPanel", "Rec&eived…"),
            "follow_up": QCoreApplication.translate("OrdersPanel", "Follo&w-up…"),
            "cancel": QCoreApplication.translate("OrdersPanel", "&Cancel order…"),
        }
        self.step_buttons: dict[str, QPushButton] = {}
        steps_bar = QHBoxLayout()
        for action in _STEPS:
            button = QPushButton(words[action], self)
            button.setObjectName(f"{action}Button")
            button.setVisible(write)
            button.clicked.connect(lambda _c=False, a=action: self.open_step(a))
            self.step_buttons[action] = button
            steps_bar.addWidget(button)
        steps_bar.addStretch(1)
        self.model: PagedTableModel[OrderRow] = PagedTableModel(
            order_columns(),
            self._fetch,
            self._count,
            ("id", True),
            style=lambda o: ALERT if o.follow_up_due else None,
        )
        self.table = record_table("ordersTable", self.model, self)
        size_columns(self.table, _COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail_view = detail_text("orderDetail", self)
        split = splitter(Qt.Orientation.Vertical, ((self.table, 3), (self.detail_view, 2)), self)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.view)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(steps_bar)
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.new_order)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.refresh)
        QShortcut(QKeySequence("F4"), self, self.new_order)
        self._show_current()

    def refresh(self) -> None:
        self.model.refresh()

    def current_view(self) -> View:
        code = self.view.currentData()
        return "due" if code == "due" else "all" if code == "all" else "open"

    def _fetch(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[OrderRow]:
        with self._store.read() as session:
            return orders.list_orders(
                session, self._actor, self.current_view(), after=after, limit=limit
            )

    def _count(self) -> int:
        with self._store.read() as session:
            return orders.count_orders(session, self._actor, self.current_view())

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("OrdersPanel", "%n order(s)", "", total)
        )
        if self.current() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def current(self) -> OrderRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_current(self) -> None:
        """The picked order's steps at once; its lines and follow-ups as they are read (on the
        thread pool, the newest pick only)."""
        row = self.current()
        self.detail = None
        self.detail_view.clear()
        possible = orders.MACHINE.allowed_actions(row.state) if row is not None else ()
        for action, button in self.step_buttons.items():
            button.setEnabled(action in possible)
        if row is None:
            self._detail_load.drop()
            return
        actor, order_id = self._actor, row.id
        self._detail_load.load(lambda session: orders.get_order(session, actor, order_id))

    def _show_detail(self, detail: OrderDetail) -> None:
        self.detail = detail
        self.detail_view.setPlainText(self._describe(detail))

    @staticmethod
    def _describe(d: OrderDetail) -> str:
        at = labels.local_time
        text = [
            QCoreApplication.translate(
                "OrdersPanel",
                "{number} · {manufacturer} ({contact}) · {state} · placed {when} by {who}",
            ).format(
                number=d.row.number,
                manufacturer=d.row.manufacturer,
                contact=d.row.contact,
                state=labels.state("order", d.row.state),
                when=at(d.row.created_at),
                who=d.created_by,
            )
        ]
        text += [
            f"  {x.code} {x.name} {x.spec}  {items.shown_quantity(x.quantity)} {x.unit}"
            f" × {money.format_amount(x.unit_price)} = {money.format_amount(x.amount)}"
            for x in d.lines
        ]
        text.append(
            QCoreApplication.translate("OrdersPanel", "Total {total}").format(
                total=money.format_amount(d.total)
            )
        )
        if d.price_verified_at:
            text.append(
                QCoreApplication.translate("OrdersPanel", "Prices verified {when} by {who}").format(
                    when=at(d.price_verified_at), who=d.price_verified_by
                )
            )
        if d.ready_at:
            text.append(
                QCoreApplication.translate(
                    "OrdersPanel", "Goods ready, said by {person}, recorded {when}"
                ).format(person=d.ready_said_by, when=at(d.ready_at))
            )
        if d.row.payment_notified_at:
            text.append(
                QCoreApplication.translate(
                    "OrdersPanel", "Finance ({person}) told to pay {when}"
                ).format(person=d.payment_notified_to, when=at(d.row.payment_notified_at))
            )
        for f in d.follow_ups:
            text.append(
                QCoreApplication.translate(
                    "OrdersPanel", "Follow-up {when} by {who}: {person} ({method}): {cause} {note}"
                )
                .format(
                    when=at(f.contacted_at),
                    who=f.contacted_by,
                    person=f.person,
                    method=translate("Labels", NOTICE_METHODS.get(f.method, f.method)),
                    cause=f.cause,
                    note=f.note,
                )
                .rstrip()
            )
        if d.received_at:
            text.append(
                QCoreApplication.translate(
                    "OrdersPanel", "Received {when} with delivery {delivery}"
                ).format(when=at(d.received_at), delivery=d.row.delivery_number)
            )
        if d.cancelled_at:
            text.append(
                QCoreApplication.translate("OrdersPanel", "Cancelled {when}: {reason}").format(
                    when=at(d.cancelled_at), reason=d.cancel_reason
                )
            )
        return "\n".join(text)

    # -- acting -----------------------------------------------------------------------------
    def new_order(self) -> NewOrderDialog | None:
        if not allowed(self._actor, "order.write"):
            return None
        dialog = NewOrderDialog(self._store, self._actor, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_step(self, action: str) -> StepDialog | None:
        row = self.current()
        if row is None or action not in orders.MACHINE.allowed_actions(row.state):
            return None
        step = order_step(self._actor, action, row)
        dialog = StepDialog(self._store, step, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
