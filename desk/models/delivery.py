"""Deliveries at the dock (W3, W4, W5): the delivery with its lines, and every inspection of it.

A delivery is expected (announced by the supplier) or new (it arrived unannounced); the clerk
inspects it line by line. Each inspection is kept as it was done (a held delivery re-inspected
after the supplier's fix has two): its lines' counts and checks, the result, the clerk's
drawn signature, and for a held one the notice to the handler (经办人). Only a passed
inspection posts stock, under one receipt document (RK-…) named on the delivery.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.stock import QUANTITY

DELIVERY_STATES = ("expected", "held", "passed")
INSPECTION_RESULTS = ("passed", "held")
NOTICE_METHODS = ("phone", "in_person", "message")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Delivery(Base):
    """A supplier's delivery (送货) as the dock receives it (W3)."""

    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint(_one_of("state", DELIVERY_STATES), name="state_known"),
        Index("ix_deliveries_state", "state", "id"),
        Index("ix_deliveries_posted_at", "posted_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)  # DH-…
    supplier: Mapped[str] = mapped_column(String(100), nullable=False)
    note_number: Mapped[str] = mapped_column(String(40), nullable=False, default="")  # 送货单号
    announced: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    # Who follows the delivery now: the clerk who registered or last inspected it (S6).
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # W5: the receipt document (入库单) of a passed delivery, and when it posted stock.
    receipt_number: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class DeliveryLine(Base):
    """One item the delivery note announces, with the quantity it says."""

    __tablename__ = "delivery_lines"
    __table_args__ = (
        CheckConstraint("expected_quantity > 0", name="expected_positive"),
        Index("ix_delivery_lines_delivery", "delivery_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    expected_quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)


class DeliveryInspection(Base):
    """One inspection of a delivery (入库验收, W3) as the sheet (验收单, W4) prints it."""

    __tablename__ = "delivery_inspections"
    __table_args__ = (
        CheckConstraint(_one_of("result", INSPECTION_RESULTS), name="result_known"),
        CheckConstraint(
            f"notice_method IS NULL OR {_one_of('notice_method', NOTICE_METHODS)}",
            name="notice_method_known",
        ),
        Index("ix_delivery_inspections_delivery", "delivery_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), nullable=False)
    result: Mapped[str] = mapped_column(String(12), nullable=False)
    inspected_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    inspected_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    signature: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)  # the clerk's PNG
    # A held delivery's notice to the handler (经办人), due the same day (W3).
    notified_person: Mapped[str | None] = mapped_column(String(60), nullable=True)
    notice_method: Mapped[str | None] = mapped_column(String(12), nullable=True)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    notice_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notice_recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"),
                                                              nullable=True)


class InspectionLine(Base):
    """What the clerk found on one line: the count and each check, passed or failed."""

    __tablename__ = "delivery_inspection_lines"
    __table_args__ = (
        CheckConstraint("received_quantity >= 0", name="received_not_negative"),
        Index("ix_delivery_inspection_lines_inspection", "inspection_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("delivery_inspections.id"),
                                               nullable=False)
    line_id: Mapped[int] = mapped_column(ForeignKey("delivery_lines.id"), nullable=False)
    received_quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    quantity_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    spec_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    colour_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    size_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)
    quality_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)  # packaging intact too
    certificate_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)  # 合格证
    documents_ok: Mapped[bool] = mapped_column(Boolean, nullable=False)  # 单据
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
