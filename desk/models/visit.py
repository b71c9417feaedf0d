"""Walk-in reception: visits and sales leads (R1-R4)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

PURPOSES = (
    "inquiry",
    "complaint",
    "return_exchange",
    "repair",
    "gift",
    "storage",
    "invoice",
    "group_purchase",
    "other",
)


class Visit(Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint(
            "purpose IN ('inquiry', 'complaint', 'return_exchange', 'repair', 'gift', "
            "'storage', 'invoice', 'group_purchase', 'other')",
            name="purpose_known",
        ),
        CheckConstraint(
            "finished_at IS NULL OR finished_at >= arrived_at", name="finished_after_arrival"
        ),
        Index("ix_visits_arrived_at", "arrived_at"),
        Index("ix_visits_customer_arrived", "customer_id", "arrived_at"),
        Index("ix_visits_handler_arrived", "handler_id", "arrived_at"),
        Index("ix_visits_open", "finished_at", "arrived_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(String(20), nullable=False)
    handler_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    outcome: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Lead(Base):
    """A prospective buyer handed to a salesperson (R4): the counter does not sign sales."""

    __tablename__ = "leads"
    __table_args__ = (Index("ix_leads_assigned_created", "salesperson", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    contact_name: Mapped[str] = mapped_column(String(50), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    interest: Mapped[str] = mapped_column(Text, nullable=False)
    salesperson: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
