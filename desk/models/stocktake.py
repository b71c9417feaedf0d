"""Stocktakes (盘点, W7's daily count and W8) and the month-end close (月结, W9).

A stocktake freezes the book of the items it counts when it starts (``frozen_quantity``); each
count records the book at the moment it was entered too (``book_at_count``, the item's row
locked), so a movement during the count is not mistaken for a variance. Its adjustments post
through the ledger when a supervisor approves it, under the stocktake's number.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.stock import QUANTITY

STOCKTAKE_STATES = ("counting", "submitted", "approved")
# full: every item; chosen: the items the clerk picked; daily: the items that moved today (W7).
STOCKTAKE_KINDS = ("full", "chosen", "daily")
# Why the shelf differs from the book. Errors (差错) and quality problems (质量问题) also need
# their handling and a written report to the departments concerned (W8).
VARIANCE_REASONS = ("error", "quality", "loss", "other")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Stocktake(Base):
    """A count of the shelf against the book: PD-yyyymmdd-nnnn."""

    __tablename__ = "stocktakes"
    __table_args__ = (
        CheckConstraint(_one_of("state", STOCKTAKE_STATES), name="state_known"),
        CheckConstraint(_one_of("kind", STOCKTAKE_KINDS), name="kind_known"),
        Index("ix_stocktakes_state", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    started_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # S6: who follows the open count now (the starter, until it is handed over).
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    # W8: the written report (书面汇报) of errors and quality problems: to whom, when.
    reported_to: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    report_note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class StocktakeLine(Base):
    """One item of a stocktake: the book frozen at the start, the count and the book when it
    was entered, the reason for a variance, the adjustment posted on approval."""

    __tablename__ = "stocktake_lines"
    __table_args__ = (
        CheckConstraint("counted_quantity IS NULL OR counted_quantity >= 0",
                        name="counted_not_negative"),
        CheckConstraint("reason IS NULL OR " + _one_of("reason", VARIANCE_REASONS),
                        name="reason_known"),
        Index("ix_stocktake_lines_stocktake", "stocktake_id", "item_id", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    frozen_quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    counted_quantity: Mapped[Decimal | None] = mapped_column(QUANTITY, nullable=True)
    book_at_count: Mapped[Decimal | None] = mapped_column(QUANTITY, nullable=True)
    counted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    counted_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reason: Mapped[str | None] = mapped_column(String(12), nullable=True)
    cause: Mapped[str] = mapped_column(Text, nullable=False, default="")
    handling: Mapped[str] = mapped_column(Text, nullable=False, default="")
    adjusted_quantity: Mapped[Decimal | None] = mapped_column(QUANTITY, nullable=True)


class MonthClose(Base):
    """W9: a closed month (``2026-11``): no movement is dated into it, or any month before."""

    __tablename__ = "month_closes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), unique=True, nullable=False)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
