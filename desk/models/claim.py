"""Claims for compensation on a complaint (理赔, C9) and suggestions (建议/意见, C1a)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.complaint import CHANNELS

# C9: why the store pays. The short list a Chinese store's after-sales desk keeps apart in
# its monthly claims report (理赔月报 by cause).
CLAIM_CAUSES = ("quality", "transport", "late_delivery", "installation", "service", "other")
CLAIM_STATES = ("claimed", "agreed", "notified", "rejected")
SUGGESTION_STATES = ("received", "passed", "evaluated", "closed")
SUGGESTION_CHANNELS = CHANNELS


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Claim(Base):
    """A customer's claim for compensation on a complaint (C9). Money is exact decimal yuan."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(_one_of("cause", CLAIM_CAUSES), name="cause_known"),
        CheckConstraint(_one_of("state", CLAIM_STATES), name="state_known"),
        CheckConstraint("claimed_amount >= 0", name="claimed_not_negative"),
        CheckConstraint("agreed_amount IS NULL OR agreed_amount >= 0", name="agreed_not_negative"),
        Index("ix_claims_complaint", "complaint_id", "claimed_at"),
        # The monthly report by cause reads one month of claims.
        Index("ix_claims_claimed_at", "claimed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), nullable=False)
    cause: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    claimed_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2), nullable=False)
    agreed_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)
    responsible_party: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    insurance_case: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    claimed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    agreed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    # The notice of the amount to the responsible party (C9): when, how, to whom.
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    notice_method: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    notified_to: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    notified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Suggestion(Base):
    """A suggestion or opinion (C1a): not a complaint, passed to the department concerned."""

    __tablename__ = "suggestions"
    __table_args__ = (
        CheckConstraint(_one_of("channel", SUGGESTION_CHANNELS), name="channel_known"),
        CheckConstraint(_one_of("state", SUGGESTION_STATES), name="state_known"),
        Index("ix_suggestions_received_at", "received_at"),
        Index("ix_suggestions_state_received", "state", "received_at"),
        Index("ix_suggestions_customer_received", "customer_id", "received_at"),
        Index("ix_suggestions_owner_state", "owner_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    channel: Mapped[str] = mapped_column(String(12), nullable=False)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    received_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)  # S6
    department: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    passed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    evaluation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    proposal: Mapped[str] = mapped_column(Text, nullable=False, default="")
    evaluated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    feedback: Mapped[str] = mapped_column(Text, nullable=False, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
