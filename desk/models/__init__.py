"""SQLAlchemy models: tables, constraints, indexes. No rules, no Qt."""

from desk.models.audit import AuditEntry, DocumentCounter
from desk.models.base import Base, UTCDateTime, utcnow
from desk.models.callback import (
    CALLBACK_METHODS,
    CALLBACK_SOURCES,
    CALLBACK_STATES,
    SATISFACTIONS,
    SIGNATURE_MODES,
    Callback,
    IssuedDocument,
    IssuedRecord,
)
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
from desk.models.delivery import (
    DELIVERY_STATES,
    INSPECTION_RESULTS,
    NOTICE_METHODS,
    Delivery,
    DeliveryInspection,
    DeliveryLine,
    InspectionLine,
)
from desk.models.order import (
    FOLLOW_UP_METHODS,
    ORDER_STATES,
    ManufacturerOrder,
    ManufacturerOrderLine,
    OrderFollowUp,
)
from desk.models.parcel import ID_TYPES, PARCEL_STATES, ParcelDeposit
from desk.models.setting import Setting
from desk.models.staff import ROLES, Staff
from desk.models.stock import (
    MOVEMENT_KINDS,
    Item,
    ItemSearchKey,
    StockIssue,
    StockIssueLine,
    StockMovement,
)
from desk.models.stocktake import (
    STOCKTAKE_KINDS,
    STOCKTAKE_STATES,
    VARIANCE_REASONS,
    MonthClose,
    Stocktake,
    StocktakeLine,
)
from desk.models.visit import PURPOSES, Lead, Visit

__all__ = [
    "CALLBACK_METHODS",
    "CALLBACK_SOURCES",
    "CALLBACK_STATES",
    "CATEGORIES",
    "CHANNELS",
    "CLAIM_CAUSES",
    "CLAIM_STATES",
    "COMPLAINT_STATES",
    "DELIVERY_STATES",
    "FOLLOW_UP_METHODS",
    "ID_TYPES",
    "INSPECTION_RESULTS",
    "MOVEMENT_KINDS",
    "NOTICE_METHODS",
    "ORDER_STATES",
    "PARCEL_STATES",
    "PURPOSES",
    "ROLES",
    "SATISFACTIONS",
    "SEVERITIES",
    "SIGNATURE_MODES",
    "STOCKTAKE_KINDS",
    "STOCKTAKE_STATES",
    "SUGGESTION_STATES",
    "VARIANCE_REASONS",
    "Attachment",
    "AuditEntry",
    "Base",
    "CalendarDay",
    "Callback",
    "Claim",
    "Complaint",
    "Customer",
    "CustomerSearchKey",
    "Delivery",
    "DeliveryInspection",
    "DeliveryLine",
    "DocumentCounter",
    "InspectionLine",
    "IssuedDocument",
    "IssuedRecord",
    "Item",
    "ItemSearchKey",
    "Lead",
    "ManufacturerOrder",
    "ManufacturerOrderLine",
    "MonthClose",
    "OrderFollowUp",
    "ParcelDeposit",
    "PendingReply",
    "Setting",
    "Staff",
    "StockIssue",
    "StockIssueLine",
    "StockMovement",
    "Stocktake",
    "StocktakeLine",
    "Suggestion",
    "UTCDateTime",
    "Visit",
    "utcnow",
]
