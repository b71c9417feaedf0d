"""SQLAlchemy models: tables, constraints, indexes. No rules, no Qt."""

from desk.models.audit import AuditEntry, DocumentCounter
from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.claim import (
    CLAIM_CAUSES,
    CLAIM_STATES,
    SUGGESTION_STATES,
    Claim,
    Suggestion,
)
from desk.models.complaint import (
    CATEGORIES,
    CHANNELS,
    COMPLAINT_STATES,
    SEVERITIES,
    Attachment,
    CalendarDay,
    Complaint,
    PendingReply,
)
from desk.models.customer import Customer, CustomerSearchKey
from desk.models.setting import Setting
from desk.models.staff import ROLES, Staff
from desk.models.visit import PURPOSES, Lead, Visit

__all__ = [
    "CATEGORIES",
    "CHANNELS",
    "CLAIM_CAUSES",
    "CLAIM_STATES",
    "COMPLAINT_STATES",
    "PURPOSES",
    "ROLES",
    "SEVERITIES",
    "SUGGESTION_STATES",
    "Attachment",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "Claim",
    "Complaint",
    "Customer",
    "CustomerSearchKey",
    "DocumentCounter",
    "Lead",
    "PendingReply",
    "Setting",
    "Staff",
    "Suggestion",
    "UTCDateTime",
    "Visit",
    "utcnow",
]
