"""The steps of a manufacturer order (W2) as forms: verify the prices, the goods ready (who at
the manufacturer said so), finance notified to pay (whom), received (the delivery the dock
passed), a follow-up with the manufacturer (who, how, the cause), cancel (why)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import orders
from desk.services.orders import FollowUpInput, OrderRow
from desk.services.permissions import Actor
from desk.services.vocabulary import NOTICE_METHODS
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepField, Values, record_title
from desk.ui.labels import translate


def waiting(row: OrderRow) -> str:
    """W2: how long the goods have been awaited since the payment notice, in words."""
    if row.state != orders.PAYMENT_NOTIFIED:
        return row.delivery_number
    if row.follow_up_due:
        return QCoreApplication.translate(
            "OrdersPanel", "Not received {days} days after the payment notice: follow up"
        ).format(days=row.days_waiting)
    if row.last_follow_up_at is not None:
        return QCoreApplication.translate(
            "OrdersPanel", "Followed up {when}; waiting {days} days"
        ).format(when=labels.local_time(row.last_follow_up_at), days=row.days_waiting)
    return QCoreApplication.translate(
        "OrdersPanel", "Waiting {days} of 3 days since the payment notice"
    ).format(days=row.days_waiting)


def order_step(actor: Actor, action: str, row: OrderRow) -> Step:
    """The form of one of the order's steps (W2), saving through its service call."""
    order_id, version = row.id, row.version
    note = StepField("note", QCoreApplication.translate("OrdersPanel", "Note"))
    person = QCoreApplication.translate("OrdersPanel", "&Who at the manufacturer *")
    fields: list[StepField]
    run: Callable[[Any, Values], Any]
    if action == "verify_price":
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Verify the prices"),
            QCoreApplication.translate("OrdersPanel", "Verified"),
        )
        fields = [
            StepField(
                "confirmed",
                QCoreApplication.translate("OrdersPanel", "Prices"),
                "check",
                placeholder=QCoreApplication.translate(
                    "OrdersPanel", "every line's price matches the manufacturer's quote"
                ),
            ),
            note,
        ]

        def run(s: Any, v: Values) -> Any:
            return orders.verify_price(
                s, actor, order_id, version, v["confirmed"] == "yes", v["note"]
            )
    elif action == "mark_ready":
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Goods ready"),
            QCoreApplication.translate("OrdersPanel", "Record"),
        )
        fields = [StepField("said_by", person, "line", max_length=60), note]

        def run(s: Any, v: Values) -> Any:
            return orders.mark_ready(s, actor, order_id, version, v["said_by"], v["note"])
    elif action == "notify_finance":
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Finance notified to pay"),
            QCoreApplication.translate("OrdersPanel", "Record"),
        )
        fields = [
            StepField(
                "person",
                QCoreApplication.translate("OrdersPanel", "&Whom in finance *"),
                "line",
                max_length=60,
            ),
            note,
        ]

        def run(s: Any, v: Values) -> Any:
            return orders.notify_finance(s, actor, order_id, version, v["person"], v["note"])
    elif action == "receive":
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Goods received"),
            QCoreApplication.translate("OrdersPanel", "Record"),
        )
        fields = [
            StepField(
                "delivery",
                QCoreApplication.translate("OrdersPanel", "&Delivery at the dock *"),
                "line",
                placeholder="DH-…",
                max_length=32,
            ),
            note,
        ]

        def run(s: Any, v: Values) -> Any:
            return orders.receive_order(s, actor, order_id, version, v["delivery"], v["note"])
    elif action == "follow_up":
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Follow-up with the manufacturer"),
            QCoreApplication.translate("OrdersPanel", "Record the follow-up"),
        )
        fields = [
            StepField("person", person, "line", max_length=60, value=row.contact),
            StepField(
                "method",
                QCoreApplication.translate("OrdersPanel", "How *"),
                "choice",
                value="phone",
                choices={c: translate("Labels", t) for c, t in NOTICE_METHODS.items()},
            ),
            StepField("cause", QCoreApplication.translate("OrdersPanel", "&Cause found *")),
            note,
        ]

        def run(s: Any, v: Values) -> Any:
            return orders.record_follow_up(
                s,
                actor,
                order_id,
                FollowUpInput(v["person"], v["method"], v["cause"], v["note"]),
            )
    else:
        title, submit = (
            QCoreApplication.translate("OrdersPanel", "Cancel the order"),
            QCoreApplication.translate("OrdersPanel", "Cancel the order"),
        )
        fields = [StepField("reason", QCoreApplication.translate("OrdersPanel", "&Reason *"))]

        def run(s: Any, v: Values) -> Any:
            return orders.cancel_order(s, actor, order_id, version, v["reason"])

    summary = f"{row.number} · {row.manufacturer} · {labels.state('order', row.state)}"
    if action == "follow_up":
        summary += " · " + waiting(row)
    return Step(record_title(title, row.number), submit, fields, run, summary=summary)
