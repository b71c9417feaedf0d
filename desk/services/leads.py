"""Sales leads (R4): the counter does not sign sales, it hands prospective buyers on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.models import Customer, Lead, Staff, Visit
from desk.services import audit, clock
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text, mask_phone, notes, person_name, phone

UNASSIGNED, ASSIGNED = "unassigned", "assigned"
SALESPERSON_MAX = 40
_AUDITED = ("contact_name", "customer_id", "visit_id", "interest", "salesperson")


@dataclass(frozen=True)
class LeadRow:
    id: int
    created_at: datetime
    contact_name: str
    masked_phone: str
    customer_id: int | None
    visit_number: str
    interest: str
    salesperson: str
    assigned_at: datetime | None
    created_by: str
    version: int

    @property
    def is_assigned(self) -> bool:
        return bool(self.salesperson)


def _salesperson(value: str | None) -> str | None:
    text = clean_text(value, "salesperson")
    if len(text) > SALESPERSON_MAX:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
            "salesperson",
            max=SALESPERSON_MAX,
        )
    return text or None


_creator = aliased(Staff)


def _select() -> object:
    return (
        select(Lead, Visit.number, _creator.display_name)
        .outerjoin(Visit, Visit.id == Lead.visit_id)
        .join(_creator, _creator.id == Lead.created_by_id)
    )


def _row(lead: Lead, visit_number: str | None, creator: str) -> LeadRow:
    return LeadRow(
        lead.id,
        lead.created_at,
        lead.contact_name,
        mask_phone(lead.phone),
        lead.customer_id,
        visit_number or "",
        lead.interest,
        lead.salesperson or "",
        lead.assigned_at,
        creator,
        lead.version,
    )


def _get(session: Session, lead_id: int) -> LeadRow:
    stmt = _select().where(Lead.id == lead_id)  # type: ignore[attr-defined]
    found = session.execute(stmt).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This lead no longer exists."))
    return _row(*found)


def create_lead(
    session: Session,
    actor: Actor,
    contact_name: str,
    contact_phone: str,
    interest: str,
    customer_id: int | None = None,
    visit_id: int | None = None,
    salesperson: str = "",
) -> LeadRow:
    authorize(session, actor, "lead.write")
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    if customer_id is not None and customer is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."), "customer"
        )
    if customer is not None and not (contact_phone or "").strip():
        # The window only ever shows the customer's number masked (K2): take it from the
        # archive rather than asking the clerk to reveal and retype it.
        contact_phone = customer.phone or ""
    if customer is not None and not (contact_name or "").strip():
        contact_name = customer.name
    if visit_id is not None and session.get(Visit, visit_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
    what = notes(interest, "interest", 500)
    if not what:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please note what the customer wants to buy."),
            "interest",
        )
    seller = _salesperson(salesperson)
    now = clock.now()
    lead = Lead(
        contact_name=person_name(contact_name, "contact_name"),
        phone=phone(contact_phone, required=True),
        interest=what,
        customer_id=customer_id,
        visit_id=visit_id,
        salesperson=seller,
        created_at=now,
        created_by_id=actor.id,
        assigned_at=now if seller else None,
        assigned_by_id=actor.id if seller else None,
    )
    session.add(lead)
    session.flush()
    audit.record(
        session, actor.id, "lead.create", "lead", lead.id, after=audit.snapshot(lead, _AUDITED)
    )
    return _get(session, lead.id)


def assign_lead(
    session: Session, actor: Actor, lead_id: int, salesperson: str, expected_version: int
) -> LeadRow:
    authorize(session, actor, "lead.write")
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This lead no longer exists."))
    if lead.version != expected_version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "This lead was changed by someone else meanwhile. Reload it."
            )
        )
    seller = _salesperson(salesperson)
    if not seller:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please name the salesperson."), "salesperson"
        )
    before = audit.snapshot(lead, ("salesperson",))
    lead.salesperson = seller
    lead.assigned_at = clock.now()
    lead.assigned_by_id = actor.id
    session.flush()
    audit.record(
        session,
        actor.id,
        "lead.assign",
        "lead",
        lead.id,
        before,
        audit.snapshot(lead, ("salesperson",)),
    )
    return _get(session, lead.id)


def _state_filter(stmt: object, state: str | None) -> object:
    if state == UNASSIGNED:
        return stmt.where(Lead.salesperson.is_(None))  # type: ignore[attr-defined]
    if state == ASSIGNED:
        return stmt.where(Lead.salesperson.is_not(None))  # type: ignore[attr-defined]
    return stmt


def list_leads(
    session: Session,
    actor: Actor,
    state: str | None = None,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[LeadRow]:
    """Unassigned first, then newest first: the leads nobody has taken yet stand on top.
    Keyset paging, so a lead recorded meanwhile never shifts the clerk's next page."""
    authorize(session, actor, "lead.read")
    stmt = _state_filter(_select(), state)
    terms = [Term(Lead.salesperson.is_not(None)), Term(Lead.created_at, True), Term(Lead.id, True)]
    return keyset_page(session, stmt, terms, after, limit, _row)  # type: ignore[arg-type]


def count_leads(session: Session, actor: Actor, state: str | None = None) -> int:
    authorize(session, actor, "lead.read")
    stmt = _state_filter(select(func.count(Lead.id)), state)
    return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]


def salesperson_names(session: Session, actor: Actor) -> list[str]:
    """Names used before, to complete the salesperson box."""
    authorize(session, actor, "lead.read")
    rows = session.scalars(
        select(Lead.salesperson)
        .where(Lead.salesperson.is_not(None))
        .distinct()
        .order_by(Lead.salesperson)
        .limit(200)
    )
    return [r for r in rows if r]


def lead_history(session: Session, customer_id: int) -> list[HistoryItem]:
    rows = session.scalars(select(Lead).where(Lead.customer_id == customer_id).limit(500))
    return [
        HistoryItem(
            lead.created_at,
            "lead",
            "",
            "",
            lead.interest[:120],
            ASSIGNED if lead.salesperson else UNASSIGNED,
            lead.id,
        )
        for lead in rows
    ]

