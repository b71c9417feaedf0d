"""Parcel and large-item storage (大件物品寄存, P1-P4): one row per deposit and its ticket.

A deposit keeps the customer's name and phone as given at the counter (P2 checks the phone's
last four digits at pickup), linked to the customer record when there is one (K3). It is
**held** until it is **picked up** with the ticket or **released** on a lost ticket after an
ID check approved by a supervisor (P3); either way the time and the clerk are recorded.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

PARCEL_STATES = ("held", "picked_up", "released")
ID_TYPES = ("id_card", "passport", "hk_macao_permit", "taiwan_permit", "driving_licence")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ParcelDeposit(Base):
    """A deposit at the counter and its ticket (寄存牌, JC-yyyymmdd-nnnn)."""

    __tablename__ = "parcel_deposits"
    __table_args__ = (
        CheckConstraint(_one_of("state", PARCEL_STATES), name="state_known"),
        CheckConstraint("pieces >= 1", name="pieces_positive"),
        # P4: what is held, oldest first, from the index alone.
        Index("ix_parcel_deposits_state", "state", "deposited_at", "id"),
        Index("ix_parcel_deposits_customer", "customer_id", "deposited_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The scan's lookup: unique, so its index is the one a scanned ticket is found by.
    ticket_number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(50), nullable=False)
    phone: Mapped[str] = mapped_column(String(20), nullable=False)  # digits, as customers'
    description: Mapped[str] = mapped_column(String(200), nullable=False)
    pieces: Mapped[int] = mapped_column(Integer, nullable=False)
    condition: Mapped[str] = mapped_column(Text, nullable=False, default="")
    shelf: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    deposited_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    deposited_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # Picked up with the ticket, or released on a lost ticket: when the items left, and who
    # handed them over.
    picked_up_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    picked_up_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    # P3, a lost ticket: the ID shown (its type and only the last digits of its number, K2),
    # the supervisor who approved, and why.
    id_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    id_last_digits: Mapped[str | None] = mapped_column(String(4), nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    release_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
