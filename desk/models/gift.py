"""Gifts (G1-G3): the catalogue of gifts per campaign, their append-only stock movements and
the gifts issued against sales receipts.

Gifts are handed out in whole pieces (个, 盒, 份), so every quantity is an integer. Stock on
hand is the sum of the gift's movements, never a cached column (like the warehouse ledger,
W7); the movements are append-only, in the database too (migration 0013's triggers).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

GIFT_STATES = ("active", "voided")
GIFT_ISSUE_STATES = ("issued", "voided")
# G3: what moved a gift's stock. A voided issue puts its quantity back as a "return".
GIFT_MOVEMENT_KINDS = ("restock", "issue", "correction", "return")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Gift(Base):
    """One gift of one campaign (G1): 满500送保温杯, from and to which local day, how many per
    qualifying sales receipt."""

    __tablename__ = "gifts"
    __table_args__ = (
        CheckConstraint(_one_of("state", GIFT_STATES), name="state_known"),
        CheckConstraint("valid_to >= valid_from", name="dates_in_order"),
        CheckConstraint("limit_per_receipt > 0", name="limit_positive"),
        Index("ix_gifts_valid", "valid_to", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), nullable=False)
    campaign: Mapped[str] = mapped_column(String(60), nullable=False)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)  # local days, inclusive
    valid_to: Mapped[date] = mapped_column(Date, nullable=False)
    limit_per_receipt: Mapped[int] = mapped_column(Integer, nullable=False)
    unit: Mapped[str] = mapped_column(String(10), nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class GiftMovement(Base):
    """One line of a gift's stock book (G3). Append-only: a correction is a new movement."""

    __tablename__ = "gift_movements"
    __table_args__ = (
        CheckConstraint(_one_of("kind", GIFT_MOVEMENT_KINDS), name="kind_known"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        CheckConstraint(
            "(kind IN ('restock', 'return') AND quantity > 0) "
            "OR (kind = 'issue' AND quantity < 0) OR kind = 'correction'",
            name="sign_fits_kind",
        ),
        # On hand (SUM per gift) and the gift's book page (newest first) read this range alone.
        Index("ix_gift_movements_gift", "gift_id", "id", "quantity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id"), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)  # signed: + in, - out
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    # The issue's ZP number for "issue" and "return"; empty for a restock or a correction.
    document_number: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)


class GiftIssue(Base):
    """A gift handed to a customer against a sales receipt (G2): 赠品发放单 ZP-yyyymmdd-nnnn."""

    __tablename__ = "gift_issues"
    __table_args__ = (
        CheckConstraint(_one_of("state", GIFT_ISSUE_STATES), name="state_known"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        # G2: what this receipt already had of this gift.
        Index("ix_gift_issues_receipt", "gift_id", "receipt_number"),
        Index("ix_gift_issues_issued_at", "issued_at", "id"),
        Index("ix_gift_issues_customer", "customer_id", "issued_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id"), nullable=False)
    # A walk-in with no customer record still gets the gift: name and phone are kept here.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    recipient_name: Mapped[str] = mapped_column(String(50), nullable=False)
    recipient_phone: Mapped[str] = mapped_column(String(20), nullable=False)
    receipt_number: Mapped[str] = mapped_column(String(32), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    state: Mapped[str] = mapped_column(String(10), nullable=False)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
