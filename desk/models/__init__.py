"""SQLAlchemy models: tables, constraints, indexes. No rules, no Qt."""

from desk.models.audit import AuditEntry, DocumentCounter
from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.customer import Customer, CustomerSearchKey
from desk.models.setting import Setting
from desk.models.staff import ROLES, Staff
from desk.models.visit import PURPOSES, Lead, Visit

__all__ = [
    "PURPOSES",
    "ROLES",
    "AuditEntry",
    "Base",
    "Customer",
    "CustomerSearchKey",
    "DocumentCounter",
    "Lead",
    "Setting",
    "Staff",
    "UTCDateTime",
    "Visit",
    "utcnow",
]
