"""Who may do what (S1, S2), enforced where the data changes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.services.errors import QT_TRANSLATE_NOOP, PermissionDenied

if TYPE_CHECKING:  # Actor and the permission table load without SQLAlchemy (sign-in window)
    from sqlalchemy.orm import Session

    from desk.models import Staff

COUNTER, WAREHOUSE, SUPERVISOR, ADMIN = "counter", "warehouse", "supervisor", "admin"
ROLES = (COUNTER, WAREHOUSE, SUPERVISOR, ADMIN)

_DESK = frozenset({COUNTER, SUPERVISOR, ADMIN})
# W1-W9: the warehouse's own work; the counter has no part in it (and the warehouse none in
# the counter's customers, K2).
_WAREHOUSE = frozenset({WAREHOUSE, SUPERVISOR, ADMIN})

# One line per action: the roles allowed to do it. Anything not listed is refused.
PERMISSIONS: dict[str, frozenset[str]] = {
    "customer.read": _DESK,
    "customer.write": _DESK,
    "customer.reveal_phone": _DESK,
    "visit.read": _DESK,
    "visit.write": _DESK,
    "visit.export": _DESK,
    "lead.read": _DESK,
    "lead.write": _DESK,
    "complaint.read": _DESK,
    "complaint.write": _DESK,
    "complaint.approve": frozenset({SUPERVISOR, ADMIN}),  # C3: the plan goes to a supervisor
    "complaint.export": _DESK,
    "suggestion.read": _DESK,  # C1a
    "suggestion.write": _DESK,
    "reply.read": _DESK,
    "reply.write": _DESK,
    "callback.read": _DESK,  # B1-B5
    "callback.write": _DESK,
    # B2: only a supervisor records that the customer refused to sign.
    "callback.approve": frozenset({SUPERVISOR, ADMIN}),
    "callback.print": frozenset({SUPERVISOR, ADMIN}),  # B4: supervisors print signed records
    "document.verify": frozenset({SUPERVISOR, ADMIN}),  # B4: desk verify FILE.pdf
    "handover.assign": frozenset({SUPERVISOR, ADMIN}),  # S6: a supervisor reassigns
    "item.read": _WAREHOUSE,  # W1
    "item.write": _WAREHOUSE,
    "stock.read": _WAREHOUSE,  # W7: on-hand and the ledger
    "stock.receive": _WAREHOUSE,  # opening balances, dock inspections and receipts (W3-W5)
    "stock.issue": _WAREHOUSE,  # W6
    "order.read": _WAREHOUSE,  # W2: manufacturer orders and their follow-ups
    "order.write": _WAREHOUSE,
    "stock.count": _WAREHOUSE,  # W7's daily count, W8: start, count, reasons, the report, submit
    "stock.approve": frozenset({SUPERVISOR, ADMIN}),  # W8: a supervisor approves a stocktake
    "stock.close": frozenset({SUPERVISOR, ADMIN}),  # W9: a supervisor closes the month
    "gift.read": _DESK,  # G1-G3: the catalogue, stock and issues (K2: not the warehouse)
    "gift.issue": _DESK,  # G2: hand a gift out against a sales receipt
    # G1, G3: the catalogue, restocks, corrections and voiding an issue are a supervisor's.
    "gift.manage": frozenset({SUPERVISOR, ADMIN}),
    "gift.export": _DESK,  # G3: the daily issue list (customer data: audited, K2)
    "parcel.read": _DESK,  # P1-P4: deposits, tickets, the held lists
    "parcel.write": _DESK,
    # P3: a supervisor approves releasing a deposit whose ticket is lost.
    "parcel.release_lost": frozenset({SUPERVISOR, ADMIN}),
    "invoice.read": _DESK,  # I1-I4: invoice requests
    "invoice.write": _DESK,  # a request, and voiding one not yet issued
    "invoice.issue": _DESK,  # I4: the number and date from the tax platform, the delivery
    # I4: a red-letter credit, or voiding an issued paper invoice, is a supervisor's.
    "invoice.credit": frozenset({SUPERVISOR, ADMIN}),
    "invoice.export": frozenset({SUPERVISOR, ADMIN}),  # I4: issued invoices for finance
    "calendar.read": frozenset(ROLES),
    "calendar.manage": frozenset({SUPERVISOR, ADMIN}),  # C4
    "staff.read": frozenset({SUPERVISOR, ADMIN}),
    "staff.manage": frozenset({ADMIN}),
    "audit.read": frozenset({SUPERVISOR, ADMIN}),
    "settings.read": frozenset(ROLES),
    "settings.manage": frozenset({ADMIN}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in staff member, as the services need to know them."""

    id: int
    username: str
    display_name: str
    role: str


def allowed(actor: Actor, action: str) -> bool:
    return actor.role in PERMISSIONS.get(action, frozenset())


def authorize(session: Session, actor: Actor, action: str) -> Staff:
    """Refuse unless the actor's *current* account may do ``action``.

    The role and the active flag are read from the database, not trusted from the window:
    an account deactivated or demoted a minute ago stops writing at once.
    """
    from desk.models import Staff

    staff = session.get(Staff, actor.id)
    if staff is None or not staff.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("DeskMessages", "This account is deactivated. Please sign in again.")
        )
    if staff.role not in PERMISSIONS.get(action, frozenset()):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("DeskMessages", "Your role ({role}) may not do this."),
            role=staff.role,
        )
    return staff
