"""Callbacks (B1-B5) and the documents the desk issues (B4: the archive copy's SHA-256).

A callback carries its source's own steps before the call itself: a survey opinion goes to the
department, comes back as written measures, is fixed, and only then called back (B1); a special
paid service's payment notice is delivered first. ``step_due`` is the day the current step is
due, whichever step it is, so the due list (B5) and the overdue highlight (C8) are one indexed
comparison for every source.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

CALLBACK_SOURCES = ("complaint", "survey", "special_service", "follow_up", "manual")
CALLBACK_STATES = (
    "to_send",  # survey: the summarised opinion is not yet with the department (2 days)
    "awaiting_measures",  # survey: the department owes its written measures (3 days)
    "awaiting_fix",  # survey: measures in, the fix not yet reported
    "notice_pending",  # special service: the payment notice is not yet delivered
    "due",  # the call itself is due on step_due
    "awaiting_signature",  # called, the customer's signature still missing (B2)
    "done",
    "voided",
)
CALLBACK_METHODS = ("phone", "visit")
SATISFACTIONS = ("satisfied", "basic", "dissatisfied")
# How the customer signed: on the pad, on paper (scan attached), or not at all (special service,
# or a supervisor's recorded exception).
SIGNATURE_MODES = ("screen", "paper")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Callback(Base):
    __tablename__ = "callbacks"
    __table_args__ = (
        CheckConstraint(_one_of("source", CALLBACK_SOURCES), name="source_known"),
        CheckConstraint(_one_of("state", CALLBACK_STATES), name="state_known"),
        CheckConstraint(
            "method IS NULL OR " + _one_of("method", CALLBACK_METHODS), name="method_known"
        ),
        CheckConstraint(
            "satisfaction IS NULL OR " + _one_of("satisfaction", SATISFACTIONS),
            name="satisfaction_known",
        ),
        CheckConstraint(
            "signature_mode IS NULL OR " + _one_of("signature_mode", SIGNATURE_MODES),
            name="signature_mode_known",
        ),
        # B5 and C8: what is due or overdue is one range over the open states.
        Index("ix_callbacks_state_step_due", "state", "step_due"),
        Index("ix_callbacks_called_at", "called_at"),
        Index("ix_callbacks_complaint", "complaint_id"),
        Index("ix_callbacks_customer_created", "customer_id", "created_at"),
        Index("ix_callbacks_owner_state", "owner_id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    source: Mapped[str] = mapped_column(String(20), nullable=False)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    # What the callback is about: the opinion, the service, the product followed up.
    subject: Mapped[str] = mapped_column(Text, nullable=False, default="")
    department: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    step_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)  # S6
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)

    # B1 survey: the summary's day, delivery to the department, its written measures, the fix.
    summary_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    measures: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measures_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    fixed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # B1 special service (特约服务): the fee on the payment notice and its delivery.
    service_fee: Mapped[Decimal | None] = mapped_column(Numeric(12, 2), nullable=True)
    notice_delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    # B2: the record of the call.
    method: Mapped[str | None] = mapped_column(String(8), nullable=True)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    person_reached: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    # [[question, answer], ...] in the order asked.
    answers: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    satisfaction: Mapped[str | None] = mapped_column(String(12), nullable=True)
    comments: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # B3: a dissatisfied callback reopened its complaint or opened this new one.
    follow_complaint_id: Mapped[int | None] = mapped_column(
        ForeignKey("complaints.id"), nullable=True
    )
    # The signatures themselves: PNG bytes with the record, nothing on disk to go missing.
    signature_mode: Mapped[str | None] = mapped_column(String(8), nullable=True)
    customer_signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    customer_signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    paper_scan_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)
    staff_signature: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # A supervisor's recorded exception: the customer refused to sign (B2).
    exception_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    exception_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    exception_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class IssuedDocument(Base):
    """One PDF file the desk issued (B4), known by its SHA-256 so ``desk verify`` can name it.

    ``token`` is written into the file's metadata when it is rendered: a file whose hash is
    unknown but whose token is ours was issued by the desk and altered since.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (
        Index("ix_issued_documents_sha256", "sha256"),
        Index("ix_issued_documents_token", "token"),
        Index("ix_issued_documents_printed_at", "printed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    token: Mapped[str] = mapped_column(String(40), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    pages: Mapped[int] = mapped_column(Integer, nullable=False)
    # How it left the desk: printed on paper, saved as a file, or written by the command line.
    output: Mapped[str] = mapped_column(String(12), nullable=False)
    printed_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    printed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)


class IssuedRecord(Base):
    """A record printed in an issued document, and whether that page said 副本 (a reprint)."""

    __tablename__ = "issued_records"
    __table_args__ = (
        Index("ix_issued_records_entity", "entity", "entity_id"),
        Index("ix_issued_records_document", "document_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("issued_documents.id"), nullable=False)
    entity: Mapped[str] = mapped_column(String(30), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    reference: Mapped[str] = mapped_column(String(40), nullable=False)
    copy: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
