"""Manufacturer orders (W2): the order with its lines and every follow-up with the
manufacturer.

An order is placed with a manufacturer (下单), its prices are verified (核价), the
manufacturer says the goods are ready (备货完成: who said it, when), finance is told to pay
(通知财务付款: whom, when), and the goods arrive through a delivery at the dock (已到货,
naming the passed delivery). Not received within three calendar days of the payment notice,
the order is followed up with the manufacturer; each follow-up is kept with the cause found.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.stock import QUANTITY

ORDER_STATES = ("ordered", "price_verified", "goods_ready", "payment_notified", "received",
                "cancelled")
FOLLOW_UP_METHODS = ("phone", "in_person", "message")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ManufacturerOrder(Base):
    """An order to a manufacturer (厂家订单, W2)."""

    __tablename__ = "manufacturer_orders"
    __table_args__ = (
        CheckConstraint(_one_of("state", ORDER_STATES), name="state_known"),
        Index("ix_manufacturer_orders_state", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)  # CG-…
    manufacturer: Mapped[str] = mapped_column(String(100), nullable=False)
    contact: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    price_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    price_verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"),
                                                             nullable=True)
    # The manufacturer's word that the goods are made (备货完成): who said it, when recorded.
    ready_said_by: Mapped[str | None] = mapped_column(String(60), nullable=True)
    ready_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ready_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"),
                                                             nullable=True)
    # Finance told to pay (通知财务汇款): whom, when. The three days run from here.
    payment_notified_to: Mapped[str | None] = mapped_column(String(60), nullable=True)
    payment_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    payment_notified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"),
                                                               nullable=True)
    # The latest follow-up's time: another three days run from it.
    last_follow_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Received: the passed delivery at the dock that brought the goods (DH-…).
    delivery_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class ManufacturerOrderLine(Base):
    """One item ordered: the quantity and the unit price in exact yuan."""

    __tablename__ = "manufacturer_order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
        Index("ix_manufacturer_order_lines_order", "order_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("manufacturer_orders.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)


class OrderFollowUp(Base):
    """One contact with the manufacturer about goods not received (跟进): who was reached,
    how, and the cause found."""

    __tablename__ = "manufacturer_order_follow_ups"
    __table_args__ = (
        CheckConstraint(_one_of("method", FOLLOW_UP_METHODS), name="method_known"),
        Index("ix_manufacturer_order_follow_ups_order", "order_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("manufacturer_orders.id"), nullable=False)
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    contacted_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    person: Mapped[str] = mapped_column(String(60), nullable=False)
    method: Mapped[str] = mapped_column(String(12), nullable=False)
    cause: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
