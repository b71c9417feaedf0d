"""The customer archive (客户档案, K1-K3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import Customer, CustomerSearchKey, Staff
from desk.services import audit, clock, searchkeys
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.permissions import Actor, authorize
from desk.services.validation import (
    COMPANY_MAX,
    MEMBER_NO_MAX,
    Checks,
    mask_phone,
    notes,
    optional_text,
    person_name,
    phone,
)

_AUDITED = ("name", "phone", "member_no", "company", "notes")
SEARCH_LIMIT = 10


@dataclass(frozen=True)
class CustomerHit:
    """One suggestion under the search box: enough to tell two 张伟 apart."""

    id: int
    name: str
    masked_phone: str
    company: str
    member_no: str


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    name: str
    masked_phone: str
    has_phone: bool
    member_no: str
    company: str
    notes: str
    created_at: datetime
    updated_at: datetime
    updated_by: str
    version: int


@dataclass(frozen=True)
class HistoryItem:
    """One line of the customer service archive (K3)."""

    at: datetime
    kind: str  # "visit", "lead"; later "complaint", "callback", "parcel", "gift", "invoice"
    # The item's place in the archive (desk.services.archive merges the kinds newest first).
    number: str
    category: str  # the kind's own code (a visit's purpose), translated by the window
    summary: str
    state: str
    record_id: int




def _hit(c: Customer) -> CustomerHit:
    return CustomerHit(c.id, c.name, mask_phone(c.phone), c.company or "", c.member_no or "")


def _detail(session: Session, c: Customer) -> CustomerDetail:
    editor = session.get(Staff, c.updated_by_id)
    return CustomerDetail(
        c.id,
        c.name,
        mask_phone(c.phone),
        bool(c.phone),
        c.member_no or "",
        c.company or "",
        c.notes,
        c.created_at,
        c.updated_at,
        editor.display_name if editor else "",
        c.version,
    )


def search_customers(
    session: Session, actor: Actor, text: str, limit: int = SEARCH_LIMIT
) -> list[CustomerHit]:
    """Phone digits (any part), name (any part) or pinyin (``zs`` → 张三), in one box (K1).

    An index range on the search keys, never a scan: see :mod:`desk.services.searchkeys`.
    """
    authorize(session, actor, "customer.read")
    query = searchkeys.normalise_query(text)
    if not query:
        return []
    ids = session.scalars(
        select(CustomerSearchKey.customer_id)
        .where(
            CustomerSearchKey.key >= query,
            CustomerSearchKey.key < query + searchkeys.HIGH,
        )
        .order_by(CustomerSearchKey.key, CustomerSearchKey.customer_id)
        .limit(limit * 5)
    ).all()
    wanted = list(dict.fromkeys(ids))[:limit]
    if not wanted:
        return []
    found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(wanted)))}
    return [_hit(found[i]) for i in wanted if i in found]


def _reindex(session: Session, customer: Customer) -> None:
    session.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id == customer.id))
    keys = searchkeys.customer_keys(
        customer.name, customer.phone, customer.member_no, customer.company
    )
    if keys:
        session.execute(
            insert(CustomerSearchKey),
            [{"customer_id": customer.id, "key": k} for k in sorted(keys)],
        )


def _refuse_duplicate_phone(session: Session, digits: str | None, own_id: int | None) -> None:
    if not digits:
        return
    other = session.scalar(
        select(Customer).where(Customer.phone == digits, Customer.id != (own_id or 0)).limit(1)
    )
    if other is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "This phone number belongs to the customer “{name}” already: pick that "
                "customer instead of creating a second record.",
            ),
            "phone",
            name=other.name,
        )


def _flush_unique_phone(session: Session) -> None:
    """Another counter saved the same new number a moment ago (between our check and our
    write): the unique index refuses, and the clerk is told to pick that customer."""
    try:
        session.flush()
    except IntegrityError as exc:
        if "phone" not in str(exc.orig).lower():
            raise
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Another counter has just saved a customer with this phone number. Search "
                "for the number and pick that customer.",
            ),
            "phone",
        ) from exc


@dataclass(frozen=True)
class CustomerInput:
    name: str
    phone: str = ""
    member_no: str = ""
    company: str = ""
    notes: str = ""


def _validated(data: CustomerInput) -> dict[str, str | None]:
    """K1: the customer's boxes as stored, or every wrong one refused at once."""
    checks = Checks()
    values: dict[str, str | None] = {
        "name": checks(lambda: person_name(data.name), ""),
        "phone": checks(lambda: phone(data.phone), None),
        "member_no": checks(lambda: optional_text(data.member_no, MEMBER_NO_MAX, "member_no"),
                            None),
        "company": checks(lambda: optional_text(data.company, COMPANY_MAX, "company"), None),
        "notes": checks(lambda: notes(data.notes), ""),
    }
    checks.done()
    return values


def create_customer(session: Session, actor: Actor, data: CustomerInput) -> CustomerDetail:
    authorize(session, actor, "customer.write")
    values = _validated(data)
    _refuse_duplicate_phone(session, values["phone"], None)
    now = clock.now()
    customer = Customer(
        name=values["name"],
        phone=values["phone"],
        member_no=values["member_no"],
        company=values["company"],
        notes=values["notes"] or "",
        created_at=now,
        created_by_id=actor.id,
        updated_at=now,
        updated_by_id=actor.id,
    )
    session.add(customer)
    _flush_unique_phone(session)
    _reindex(session, customer)
    audit.record(
        session,
        actor.id,
        "customer.create",
        "customer",
        customer.id,
        after=_masked(audit.snapshot(customer, _AUDITED)),
    )
    return _detail(session, customer)


def _masked(values: dict[str, object]) -> dict[str, object]:
    """Audit rows are read by supervisors: they keep the phone masked too (K2)."""
    if values.get("phone"):
        values = {**values, "phone": mask_phone(str(values["phone"]))}
    return values


def load_customer(session: Session, customer_id: int) -> Customer:
    """The customer, or NotFound (for the archive and the other services)."""
    return _load(session, customer_id)


def _load(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."))
    return customer


def update_customer(
    session: Session, actor: Actor, customer_id: int, expected_version: int, data: CustomerInput
) -> CustomerDetail:
    authorize(session, actor, "customer.write")
    customer = _load(session, customer_id)
    if customer.version != expected_version:
        editor = session.get(Staff, customer.updated_by_id)
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "This customer was changed by {who} at {when} after you opened it. "
                "Reload to see their change, then edit again.",
            ),
            who=editor.display_name if editor else "?",
            when=customer.updated_at.astimezone(clock.local_zone()).strftime("%H:%M"),
        )
    values = _validated(data)
    if values["phone"] is None and customer.phone:
        # An empty (or blank) phone box on an existing customer means "leave it", not "erase
        # it": the box starts empty because the number is confidential (K2).
        values["phone"] = customer.phone
    _refuse_duplicate_phone(session, values["phone"], customer.id)
    before = audit.snapshot(customer, _AUDITED)
    for key, value in values.items():
        setattr(customer, key, value if key != "notes" else (value or ""))
    after = audit.snapshot(customer, _AUDITED)
    if after == before:
        return _detail(session, customer)
    customer.updated_at = clock.now()
    customer.updated_by_id = actor.id
    _flush_unique_phone(session)
    _reindex(session, customer)
    changed = [k for k in _AUDITED if before[k] != after[k]]
    audit.record(
        session,
        actor.id,
        "customer.update",
        "customer",
        customer.id,
        _masked({k: before[k] for k in changed}),
        _masked({k: after[k] for k in changed}),
    )
    return _detail(session, customer)


def get_customer(session: Session, actor: Actor, customer_id: int) -> CustomerDetail:
    authorize(session, actor, "customer.read")
    return _detail(session, _load(session, customer_id))


def reveal_phone(session: Session, actor: Actor, customer_id: int) -> str:
    """The full number, for this one time; the reveal itself is audited (K2)."""
    authorize(session, actor, "customer.reveal_phone")
    customer = _load(session, customer_id)
    audit.record(session, actor.id, "customer.reveal_phone", "customer", customer.id)
    return customer.phone or ""


def change_history(session: Session, actor: Actor, customer_id: int) -> list[audit.AuditRow]:
    """The edits to the customer's details, newest first."""
    authorize(session, actor, "customer.read")
    return audit.history(session, actor, "customer", customer_id)
