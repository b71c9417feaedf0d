"""Complaints (C1-C9), the pending replies of walk-ins (R1), evidence files and the working-day
calendar (C4)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

CHANNELS = ("visit", "phone", "letter", "email", "online", "box")
CATEGORIES = ("quality", "attitude", "delivery", "price", "repair", "environment", "other")
COMPLAINT_STATES = ("received", "in_progress", "rectified", "called_back", "closed", "unfounded")
SEVERITIES = ("major", "general")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (
        CheckConstraint(_one_of("channel", CHANNELS), name="channel_known"),
        CheckConstraint(_one_of("category", CATEGORIES), name="category_known"),
        CheckConstraint(_one_of("state", COMPLAINT_STATES), name="state_known"),
        CheckConstraint(
            "severity IS NULL OR " + _one_of("severity", SEVERITIES), name="severity_known"
        ),
        Index("ix_complaints_received_at", "received_at"),
        Index("ix_complaints_state_received", "state", "received_at"),
        Index("ix_complaints_customer_received", "customer_id", "received_at"),
        Index("ix_complaints_owner_state", "owner_id", "state"),
        # The overdue list (C8) walks these three deadlines of the open complaints.
        Index("ix_complaints_response_due", "responded_at", "response_due_at"),
        Index("ix_complaints_state_rectify_due", "state", "rectify_due"),
        Index("ix_complaints_state_callback_due", "state", "callback_due"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    channel: Mapped[str] = mapped_column(String(12), nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False)
    # Null for an unsigned letter or a note from the suggestion box.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    demand: Mapped[str] = mapped_column(Text, nullable=False, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    receiver_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # Who follows the complaint now (S6 hands it over to someone else).
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)

    # C1: the channel's first response, and C5: the date the customer was promised.
    response_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    promised_date: Mapped[date] = mapped_column(Date, nullable=False)
    # True when a deadline fell where no calendar data exists and weekdays were counted (C4).
    deadline_estimated: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    # C3: the two judgments and, for a justified complaint, its severity.
    justified: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    demand_reasonable: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    assessment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    severity: Mapped[str | None] = mapped_column(String(8), nullable=True)
    assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    rectify_due: Mapped[date | None] = mapped_column(Date, nullable=True)  # C4
    plan: Mapped[str] = mapped_column(Text, nullable=False, default="")
    plan_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    plan_approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    approval_opinion: Mapped[str] = mapped_column(Text, nullable=False, default="")
    department: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    responsible_person: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    slip_issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    # C6 rectified: cause, responsible person, measures, and the desk's check.
    cause: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    rectified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    callback_due: Mapped[date | None] = mapped_column(Date, nullable=True)  # C7
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class PendingReply(Base):
    """A walk-in's question not answered on the spot, with the reply time promised (R1)."""

    __tablename__ = "pending_replies"
    __table_args__ = (
        Index("ix_pending_replies_open", "answered_at", "promised_at"),
        Index("ix_pending_replies_owner", "owner_id", "answered_at"),
        Index("ix_pending_replies_customer", "customer_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    question: Mapped[str] = mapped_column(Text, nullable=False)
    promised_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)  # S6
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    answer: Mapped[str] = mapped_column(Text, nullable=False, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class Attachment(Base):
    """A file kept with a record in the database (evidence, scans): nothing to lose on disk."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(30), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(80), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    added_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # Never deleted (S3): a file added by mistake is voided with a reason.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")


class CalendarDay(Base):
    """A supervisor's word on one day (C4): working or not, overriding the bundled calendar."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean, nullable=False)
    name: Mapped[str] = mapped_column(String(60), nullable=False, default="")  # 春节, 调休
    set_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    set_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}
