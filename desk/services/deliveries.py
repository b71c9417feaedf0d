"""Deliveries at the dock (W3): register, inspect, hold or post, notify the handler.

A delivery is **expected** (registered from the supplier's announcement) or registered when it
arrives unannounced; either way it is inspected line by line: the received count and six
checks (spec/model, colour, size, quality with the packaging intact, the certificate of
conformity 合格证, the delivery documents 单据), each passed or failed, a failed one with its
note. The count is a check too: it passes when the received quantity is the announced one.

One failed check holds the whole delivery (**held**, 暂扣): nothing posts, and the handler
(经办人) must be told the same day (:func:`record_notice`; a held inspection without its
notice after its day is overdue). A held delivery is inspected again when the supplier has
fixed it. Only a passing inspection posts: one receipt document (RK-…) with one receipt
movement per line, the items' rows locked, in the inspection's own transaction; the delivery
is then **passed** and cannot be received again (the state machine refuses it).

Every inspection is kept as it was done, with the clerk's drawn signature: the inspection
sheet (验收单, W4) prints the latest one (:mod:`desk.services.delivery_papers`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from desk.models import (
    Delivery,
    DeliveryInspection,
    DeliveryLine,
    InspectionLine,
    Item,
    Staff,
)
from desk.services import audit, clock, errors, items, numbering, signatures, stock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import clean_text, notes

EXPECTED, HELD, PASSED = "expected", "held", "passed"
OPEN_STATES = (EXPECTED, HELD)
CHECKS = ("spec_ok", "colour_ok", "size_ok", "quality_ok", "certificate_ok", "documents_ok")
NOTICE_METHODS = ("phone", "in_person", "message")
SUPPLIER_MAX, NOTE_NUMBER_MAX, PERSON_MAX = 100, 40, 60
LINES_MAX = 200
_NOTICE_FIELDS = ("notified_person", "notice_method", "notified_at", "notice_note")

MACHINE = StateMachine("delivery", (EXPECTED, HELD, PASSED), {
    "pass": Transition((EXPECTED, HELD), PASSED, "stock.receive"),
    "hold": Transition((EXPECTED, HELD), HELD, "stock.receive"),
    "notify": Transition((HELD,), None, "stock.receive"),
})


# -- what goes in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeliveryLineInput:
    """An announced line: the item (its id, or a scanned barcode or code) and the quantity the
    delivery note says."""

    expected: str
    item_id: int | None = None
    barcode: str = ""


@dataclass(frozen=True)
class DeliveryInput:
    supplier: str
    note_number: str  # the supplier's delivery-note number (送货单号)
    lines: Sequence[DeliveryLineInput]
    announced: bool = True  # False: it arrived without being expected


@dataclass(frozen=True)
class LineCheck:
    """What the clerk found on one line. A failed check needs the note saying what."""

    line_id: int
    received: str
    spec_ok: bool = False
    colour_ok: bool = False
    size_ok: bool = False
    quality_ok: bool = False  # quality, packaging intact included
    certificate_ok: bool = False  # 合格证
    documents_ok: bool = False  # 单据
    note: str = ""


@dataclass(frozen=True)
class InspectionInput:
    lines: Sequence[LineCheck]
    signature: bytes  # the clerk's PNG from the signature pad


@dataclass(frozen=True)
class NoticeInput:
    """W3: the handler (经办人) of a held delivery was told: who, how, when."""

    person: str
    method: str  # one of NOTICE_METHODS
    note: str = ""
    at: datetime | None = None  # None: now


# -- what comes out -----------------------------------------------------------------------------

@dataclass(frozen=True)
class DeliveryRow:
    id: int
    number: str
    supplier: str
    note_number: str
    state: str
    created_at: datetime
    receipt_number: str
    held_at: datetime | None  # the latest inspection's time, when it held the delivery
    notified: bool
    owner_name: str
    version: int

    @property
    def notice_overdue(self) -> bool:
        """W3: held, the handler not told, and the day of the hold is over."""
        return (self.state == HELD and not self.notified and self.held_at is not None
                and clock.local_today(self.held_at) < clock.local_today())


@dataclass(frozen=True)
class LineFound:
    """One line's checks as an inspection recorded them."""

    received: Decimal
    quantity_ok: bool
    checks: dict[str, bool]
    note: str

    @property
    def passed(self) -> bool:
        return self.quantity_ok and all(self.checks.values())


@dataclass(frozen=True)
class LineDetail:
    id: int
    item_id: int
    code: str
    name: str
    spec: str
    colour: str
    size: str
    unit: str
    countable: bool
    barcode: str
    expected: Decimal
    found: LineFound | None  # in the latest inspection


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    result: str
    inspected_at: datetime
    inspected_by: str
    signature: bytes
    round: int  # 1 for the first inspection, 2 for the re-inspection after a fix…
    notified_person: str
    notice_method: str
    notified_at: datetime | None
    notice_note: str
    notice_recorded_by: str


@dataclass(frozen=True)
class DeliveryDetail:
    row: DeliveryRow
    announced: bool
    posted_at: datetime | None
    lines: tuple[LineDetail, ...]
    inspection: InspectionDetail | None  # the latest one


# -- registering --------------------------------------------------------------------------------

def _resolve_item(session: Session, actor: Actor, line: DeliveryLineInput) -> Item:
    if line.item_id is not None:
        return items.load_item(session, line.item_id)
    found = items.find_by_barcode(session, actor, line.barcode)  # unknown: refused, "search"
    return items.load_item(session, found.id)


def create_delivery(session: Session, actor: Actor, data: DeliveryInput) -> DeliveryDetail:
    """W3: a delivery expected from a supplier (or one that arrived unannounced), numbered
    DH-yyyymmdd-nnnn, with its announced lines."""
    authorize(session, actor, "stock.receive")
    supplier = clean_text(data.supplier, "supplier")
    if not supplier:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter the supplier."),
                          "supplier")
    note_number = clean_text(data.note_number, "note_number")
    for field, value, limit in (("supplier", supplier, SUPPLIER_MAX),
                                ("note_number", note_number, NOTE_NUMBER_MAX)):
        if len(value) > limit:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "At most {max} characters, please."), field, max=limit)
    if not data.lines:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A delivery needs at least one line: scan or pick its items."),
            "lines")
    if len(data.lines) > LINES_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} lines on one delivery."), "lines", max=LINES_MAX)
    resolved = []
    seen: set[int] = set()
    for line in data.lines:
        item = _resolve_item(session, actor, line)
        if item.id in seen:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "{name} is on this delivery already: one line per item."),
                "lines", name=item.name)
        seen.add(item.id)
        resolved.append((item, items.quantity(line.expected, item.countable, "expected")))
    now = clock.now()
    delivery = Delivery(
        number=numbering.draw(session, numbering.DELIVERY, clock.local_today(now)),
        supplier=supplier, note_number=note_number, announced=bool(data.announced),
        state=EXPECTED, owner_id=actor.id, created_at=now, created_by_id=actor.id)
    session.add(delivery)
    session.flush()
    session.add_all(DeliveryLine(delivery_id=delivery.id, item_id=item.id,
                                 expected_quantity=amount) for item, amount in resolved)
    session.flush()
    audit.record(session, actor.id, "delivery.create", "delivery", delivery.id, after={
        "number": delivery.number, "supplier": supplier, "note_number": note_number,
        "announced": delivery.announced,
        "lines": [[item.code, str(amount)] for item, amount in resolved],
    })
    return get_delivery(session, actor, delivery.id)


# -- inspecting ---------------------------------------------------------------------------------

def _load(session: Session, delivery_id: int) -> Delivery:
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This delivery no longer exists."))
    return delivery


def _checked_line(line: DeliveryLine, item: Item, check: LineCheck) -> InspectionLine:
    try:
        received = items.quantity(check.received, item.countable, "received", allow_zero=True)
    except DomainError as error:  # say which line: the clerk may be at another one
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "{name}: {problem}"), "received",
                          name=item.name, problem=errors.Term("DeskMessages", error.message)
                          ) from error
    quantity_ok = received == line.expected_quantity
    found = {name: bool(getattr(check, name)) for name in CHECKS}
    note = notes(check.note, "note")
    if (not quantity_ok or not all(found.values())) and not note:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name}: say what was found (a failed check or a count that "
            "differs needs its note)."), "note", name=item.name)
    return InspectionLine(line_id=line.id, received_quantity=received, quantity_ok=quantity_ok,
                          note=note, **found)


def inspect_delivery(session: Session, actor: Actor, delivery_id: int, expected_version: int,
                     data: InspectionInput) -> DeliveryDetail:
    """W3: record an inspection of every line. All checks passed: the delivery is received
    (one RK receipt, a receipt movement per line); any failed: it is held and nothing posts.
    A passed delivery is never received again."""
    authorize(session, actor, "stock.receive")
    # The delivery's row first, locked: a second clerk finishing the same delivery at the
    # same moment waits here (PostgreSQL; SQLite's BEGIN IMMEDIATE already queues writers),
    # then reads it passed and is refused, instead of posting it twice.
    delivery = session.scalars(
        select(Delivery).where(Delivery.id == delivery_id).with_for_update()
        .execution_options(populate_existing=True)).first()
    if delivery is None:
        delivery = _load(session, delivery_id)  # says it no longer exists
    if delivery.state not in OPEN_STATES:  # received already: refused, saying so
        MACHINE.begin(session, actor, "pass", delivery.state, delivery.number)
    lines = list(session.scalars(select(DeliveryLine).where(
        DeliveryLine.delivery_id == delivery.id).order_by(DeliveryLine.id)))
    checks = {check.line_id: check for check in data.lines}
    missing = [line for line in lines if line.id not in checks]
    if missing or len(checks) != len(data.lines) or set(checks) - {x.id for x in lines}:
        # A line not inspected is not passed: the clerk finishes every line first.
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Inspect every line of the delivery before finishing."), "lines")
    stock.lock_items(session, [line.item_id for line in lines])
    found = [_checked_line(line, items.load_item(session, line.item_id), checks[line.id])
             for line in lines]
    passed = all(f.quantity_ok and all(getattr(f, c) for c in CHECKS) for f in found)
    move = MACHINE.begin(session, actor, "pass" if passed else "hold", delivery.state,
                         delivery.number)
    if delivery.version != expected_version:
        _stale(session, delivery)
    signature = signatures.check_signature(data.signature, "signature")
    now = clock.now()
    inspection = DeliveryInspection(delivery_id=delivery.id, result=PASSED if passed else HELD,
                                    inspected_at=now, inspected_by_id=actor.id,
                                    signature=signature)
    session.add(inspection)
    session.flush()
    for line_found in found:
        line_found.inspection_id = inspection.id
    session.add_all(found)
    changes: dict[str, Any] = {"owner_id": actor.id}
    if passed:
        receipt = numbering.draw(session, numbering.STOCK_RECEIPT, clock.local_today(now))
        for line, line_found in zip(lines, found, strict=True):
            stock.append_movement(session, actor, line.item_id, line_found.received_quantity,
                                  stock.RECEIPT, stock.RECEIPT, receipt, delivery.number)
        changes |= {"receipt_number": receipt, "posted_at": now}
    move.apply(session, delivery, "", changes)
    audit.record(session, actor.id, "delivery.inspect", "delivery", delivery.id, after={
        "inspection": inspection.id, "result": inspection.result,
        "lines": [[str(f.received_quantity), f.quantity_ok, *(getattr(f, c) for c in CHECKS),
                   f.note] for f in found],
    })
    return get_delivery(session, actor, delivery.id)


def receive_unannounced(session: Session, actor: Actor, data: DeliveryInput,
                        checks: Sequence[LineCheck], signature: bytes) -> DeliveryDetail:
    """W3 for a delivery nobody announced: registered and inspected in one action (the
    checks in the order of ``data.lines``; their ``line_id`` is not known yet and ignored)."""
    if len(checks) != len(data.lines):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Inspect every line of the delivery before finishing."), "lines")
    created = create_delivery(session, actor, replace(data, announced=False))
    numbered = [replace(check, line_id=line.id)
                for check, line in zip(checks, created.lines, strict=True)]
    return inspect_delivery(session, actor, created.row.id, created.row.version,
                            InspectionInput(numbered, signature))


def _stale(session: Session, delivery: Delivery) -> None:
    raise StaleEdit(QT_TRANSLATE_NOOP(
        "DeskMessages", "{number} was changed by another clerk after you opened it. Reload "
        "it and inspect again."), number=delivery.number)


def record_notice(session: Session, actor: Actor, delivery_id: int, data: NoticeInput
                  ) -> DeliveryDetail:
    """W3: the handler of a held delivery was told (the same day is the rule; a later notice
    is still recorded, with its time)."""
    delivery = _load(session, delivery_id)
    move = MACHINE.begin(session, actor, "notify", delivery.state, delivery.number)
    inspection = _latest(session, delivery.id)
    assert inspection is not None  # held means inspected
    person = clean_text(data.person, "person")
    if not person:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter who was told (the handler, 经办人)."), "person")
    if len(person) > PERSON_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
                          "person", max=PERSON_MAX)
    if data.method not in NOTICE_METHODS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose how the handler was told."), "method")
    now = clock.now()
    at = data.at or now
    if at > now or at < inspection.inspected_at:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The notice is between the inspection and now."), "at")
    before = audit.snapshot(inspection, _NOTICE_FIELDS)
    inspection.notified_person = person
    inspection.notice_method = data.method
    inspection.notified_at = at
    inspection.notice_note = notes(data.note, "note")
    inspection.notice_recorded_by_id = actor.id
    flag_modified(delivery, "state")  # the state stays; the version moves (S5)
    session.flush()
    move.record(session, delivery.id, inspection.notice_note, before,
                audit.snapshot(inspection, _NOTICE_FIELDS))
    return get_delivery(session, actor, delivery.id)


# -- reading ------------------------------------------------------------------------------------

def _latest(session: Session, delivery_id: int) -> DeliveryInspection | None:
    return session.scalars(select(DeliveryInspection).where(
        DeliveryInspection.delivery_id == delivery_id)
        .order_by(DeliveryInspection.id.desc()).limit(1)).first()


def _row(d: Delivery, owner_name: str, result: str | None, inspected_at: datetime | None,
         notified_at: datetime | None) -> DeliveryRow:
    held_at = inspected_at if result == HELD else None
    return DeliveryRow(d.id, d.number, d.supplier, d.note_number, d.state, d.created_at,
                       d.receipt_number or "", held_at, notified_at is not None, owner_name,
                       d.version)


def _latest_ids() -> Any:
    other = aliased(DeliveryInspection)
    return (select(func.max(other.id)).where(other.delivery_id == Delivery.id)
            .correlate(Delivery).scalar_subquery())


def _listed() -> Any:
    return (select(Delivery, Staff.display_name, DeliveryInspection.result,
                   DeliveryInspection.inspected_at, DeliveryInspection.notified_at)
            .join(Staff, Staff.id == Delivery.owner_id)
            .outerjoin(DeliveryInspection, DeliveryInspection.id == _latest_ids()))


def list_deliveries(session: Session, actor: Actor, open_only: bool = False, *,
                    after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[DeliveryRow]:
    """The deliveries, newest first; ``open_only``: those still expected or held."""
    authorize(session, actor, "stock.read")
    stmt = _listed()
    if open_only:
        stmt = stmt.where(Delivery.state.in_(OPEN_STATES))
    return keyset_page(session, stmt, [Term(Delivery.id, descending=True)], after, limit, _row)


def count_deliveries(session: Session, actor: Actor, open_only: bool = False) -> int:
    authorize(session, actor, "stock.read")
    stmt = select(func.count(Delivery.id))
    if open_only:
        stmt = stmt.where(Delivery.state.in_(OPEN_STATES))
    return int(session.scalar(stmt) or 0)


def find_delivery(session: Session, actor: Actor, number: str) -> DeliveryDetail:
    """A delivery by its number (DH-…), or its receipt's (RK-…)."""
    authorize(session, actor, "stock.read")
    wanted = clean_text(number, "number").upper()
    found = session.scalar(select(Delivery.id).where(
        (Delivery.number == wanted) | (Delivery.receipt_number == wanted)))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "No delivery has the number {number}."),
                       "number", number=wanted[:40])
    return get_delivery(session, actor, found)


def get_delivery(session: Session, actor: Actor, delivery_id: int) -> DeliveryDetail:
    authorize(session, actor, "stock.read")
    delivery = _load(session, delivery_id)
    inspection = _latest(session, delivery.id)
    names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    found: dict[int, LineFound] = {}
    detail: InspectionDetail | None = None
    if inspection is not None:
        for f in session.scalars(select(InspectionLine).where(
                InspectionLine.inspection_id == inspection.id)):
            found[f.line_id] = LineFound(items.as_quantity(f.received_quantity), f.quantity_ok,
                                         {c: bool(getattr(f, c)) for c in CHECKS}, f.note)
        rounds = session.scalar(select(func.count(DeliveryInspection.id)).where(
            DeliveryInspection.delivery_id == delivery.id)) or 1
        detail = InspectionDetail(
            inspection.id, inspection.result, inspection.inspected_at,
            names.get(inspection.inspected_by_id, ""), inspection.signature, int(rounds),
            inspection.notified_person or "", inspection.notice_method or "",
            inspection.notified_at, inspection.notice_note,
            names.get(inspection.notice_recorded_by_id or 0, ""))
    lines = tuple(
        LineDetail(line.id, item.id, item.code, item.name, item.spec, item.colour, item.size,
                   item.unit, item.countable, item.barcode or "",
                   items.as_quantity(line.expected_quantity), found.get(line.id))
        for line, item in session.execute(
            select(DeliveryLine, Item).join(Item, Item.id == DeliveryLine.item_id)
            .where(DeliveryLine.delivery_id == delivery.id).order_by(DeliveryLine.id)))
    row = _row(delivery, names.get(delivery.owner_id, ""),
               inspection.result if inspection else None,
               inspection.inspected_at if inspection else None,
               inspection.notified_at if inspection else None)
    return DeliveryDetail(row, delivery.announced, delivery.posted_at, lines, detail)
