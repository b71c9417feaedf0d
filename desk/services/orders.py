"""Manufacturer orders (W2; seed 000: 先向厂家下单,再核实价格无误,跟踪厂家货做好之后最后通知财务部门
汇款,如三天之后收不到货就与厂家联系,查明原因).

An order (CG-yyyymmdd-nnnn) names the manufacturer, the person there to deal with, and its
lines (item, quantity, unit price in exact yuan). Its states are data (:data:`MACHINE`):
**ordered** → **price verified** (核价) → **goods ready** (备货完成: the manufacturer's word,
with who said it and when it was recorded) → **finance notified to pay** (通知财务付款: whom,
when) → **received** (已到货: naming the delivery the dock passed); any open order can be
**cancelled** with a reason.

Not received within **three calendar days** of the payment notice, the order is due for a
follow-up with the manufacturer (:func:`follow_up_due`): from the fourth local day after the
day of the notice. Each follow-up is kept (who was reached, how, the cause found) and starts
three more days; the order stays on the open list, saying how long it has waited, until its
goods are received or it is cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk.models import (
    Item,
    ManufacturerOrder,
    ManufacturerOrderLine,
    OrderFollowUp,
    Staff,
)
from desk.services import audit, clock, deliveries, items, money, numbering
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, keyset_page
from desk.services.paging import Term as Key
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import clean_text, line_text, notes

ORDERED, PRICE_VERIFIED, GOODS_READY = "ordered", "price_verified", "goods_ready"
PAYMENT_NOTIFIED, RECEIVED, CANCELLED = "payment_notified", "received", "cancelled"
OPEN_STATES = (ORDERED, PRICE_VERIFIED, GOODS_READY, PAYMENT_NOTIFIED)
FOLLOW_UP_DAYS = 3  # calendar days after the payment notice (W2)
FOLLOW_UP_METHODS = ("phone", "in_person", "message")
MANUFACTURER_MAX, PERSON_MAX, LINES_MAX = 100, 60, 100
CENT = Decimal("0.01")

MACHINE = StateMachine("order", (ORDERED, PRICE_VERIFIED, GOODS_READY, PAYMENT_NOTIFIED,
                                 RECEIVED, CANCELLED), {
    "verify_price": Transition((ORDERED,), PRICE_VERIFIED, "order.write"),
    "mark_ready": Transition((PRICE_VERIFIED,), GOODS_READY, "order.write"),
    "notify_finance": Transition((GOODS_READY,), PAYMENT_NOTIFIED, "order.write"),
    "receive": Transition((PAYMENT_NOTIFIED,), RECEIVED, "order.write"),
    "follow_up": Transition((PAYMENT_NOTIFIED,), None, "order.write"),
    "cancel": Transition(OPEN_STATES, CANCELLED, "order.write"),
})

View = Literal["open", "due", "all"]


# -- what goes in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderLineInput:
    """One line as typed: the item (its id, or a scanned barcode or code), the quantity and
    the unit price in yuan."""

    quantity: str
    unit_price: str
    item_id: int | None = None
    barcode: str = ""


@dataclass(frozen=True)
class OrderInput:
    manufacturer: str
    contact: str  # the person at the manufacturer the order was placed with
    lines: Sequence[OrderLineInput]
    note: str = ""


@dataclass(frozen=True)
class FollowUpInput:
    """W2: the manufacturer contacted about goods not received, and the cause found."""

    person: str
    method: str  # one of FOLLOW_UP_METHODS
    cause: str
    note: str = ""


# -- what comes out -----------------------------------------------------------------------------

def due_cutoff(today: date | None = None) -> datetime:
    """The instant before which a payment notice (or the latest follow-up) must lie for the
    order to be due today: the start of the local day three days back."""
    start, _end = clock.day_bounds((today or clock.local_today()) - timedelta(FOLLOW_UP_DAYS))
    return start


def follow_up_due(state: str, notified_at: datetime | None, followed_at: datetime | None,
                  today: date | None = None) -> bool:
    """W2: paid for, not received, and more than three calendar days since the notice (and
    since the latest follow-up)."""
    if state != PAYMENT_NOTIFIED or notified_at is None:
        return False
    cutoff = due_cutoff(today)
    return notified_at < cutoff and (followed_at is None or followed_at < cutoff)


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    manufacturer: str
    contact: str
    state: str
    created_at: datetime
    total: Decimal
    payment_notified_at: datetime | None
    last_follow_up_at: datetime | None
    delivery_number: str
    version: int

    @property
    def days_waiting(self) -> int:
        """Calendar days since the payment notice, while the goods are awaited."""
        if self.state != PAYMENT_NOTIFIED or self.payment_notified_at is None:
            return 0
        return (clock.local_today() - clock.local_today(self.payment_notified_at)).days

    @property
    def follow_up_due(self) -> bool:
        return follow_up_due(self.state, self.payment_notified_at, self.last_follow_up_at)


@dataclass(frozen=True)
class OrderLineDetail:
    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class FollowUpDetail:
    contacted_at: datetime
    contacted_by: str
    person: str
    method: str
    cause: str
    note: str


@dataclass(frozen=True)
class OrderDetail:
    row: OrderRow
    note: str
    created_by: str
    lines: tuple[OrderLineDetail, ...]
    follow_ups: tuple[FollowUpDetail, ...]
    price_verified_at: datetime | None
    price_verified_by: str
    ready_said_by: str
    ready_at: datetime | None
    payment_notified_to: str
    received_at: datetime | None
    cancelled_at: datetime | None
    cancel_reason: str

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0.00"))


# -- creating -----------------------------------------------------------------------------------



def check_line(session: Session, actor: Actor, line: OrderLineInput
               ) -> tuple[Item, Decimal, Decimal]:
    """One line's item, quantity and unit price, or the refusal next to its box (``item``,
    ``quantity``, ``unit_price``). The window checks a line with it when the clerk adds it."""
    authorize(session, actor, "order.write")
    if line.item_id is not None:
        item = items.load_item(session, line.item_id)
    else:
        if not clean_text(line.barcode, "item"):
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "Scan or type the item's barcode or code."), "item")
        try:
            item = items.load_item(session, items.find_by_barcode(session, actor,
                                                                   line.barcode).id)
        except NotFound as error:
            raise NotFound(error.message, "item", **error.params) from error
    amount = items.quantity(line.quantity, item.countable, "quantity")
    price = money.parse_amount(line.unit_price, "unit_price")
    return item, amount, price


def create_order(session: Session, actor: Actor, data: OrderInput) -> OrderDetail:
    """W2: the order placed with a manufacturer (下单), numbered CG-yyyymmdd-nnnn."""
    authorize(session, actor, "order.write")
    manufacturer = line_text(data.manufacturer, "manufacturer", MANUFACTURER_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter the manufacturer."))
    contact = line_text(data.contact, "contact", PERSON_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter the person at the manufacturer who took the order."))
    if not data.lines:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An order needs at least one line: scan or type its items."),
            "lines")
    if len(data.lines) > LINES_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} lines on one order."), "lines", max=LINES_MAX)
    checked: list[tuple[Item, Decimal, Decimal]] = []
    for line in data.lines:  # the window checked each line as it was added
        item, amount, price = check_line(session, actor, line)
        if any(item.id == other.id for other, _a, _p in checked):
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "{name} is on this order already: one line per item."),
                "lines", name=item.name)
        checked.append((item, amount, price))
    now = clock.now()
    order = ManufacturerOrder(
        number=numbering.draw(session, numbering.PURCHASE_ORDER, clock.local_today(now)),
        manufacturer=manufacturer, contact=contact, note=notes(data.note, "note"),
        state=ORDERED, created_at=now, created_by_id=actor.id)
    session.add(order)
    session.flush()
    session.add_all(ManufacturerOrderLine(order_id=order.id, item_id=item.id, quantity=amount,
                                          unit_price=price) for item, amount, price in checked)
    session.flush()
    audit.record(session, actor.id, "order.create", "order", order.id, after={
        "number": order.number, "manufacturer": manufacturer, "contact": contact,
        "note": order.note,
        "lines": [[item.code, str(amount), str(price)] for item, amount, price in checked],
    })
    return get_order(session, actor, order.id)


# -- the steps ----------------------------------------------------------------------------------

def _load(session: Session, order_id: int) -> ManufacturerOrder:
    order = session.get(ManufacturerOrder, order_id)
    if order is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This order no longer exists."))
    return order


def _step(session: Session, actor: Actor, order_id: int, expected_version: int, action: str,
          note: str, changes: dict[str, Any]) -> OrderDetail:
    order = _load(session, order_id)
    move = MACHINE.begin(session, actor, action, order.state, order.number)
    if order.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} was changed by a colleague after you opened it. Look at "
            "it again and repeat the step if it is still needed."), number=order.number)
    move.apply(session, order, note, changes)
    return get_order(session, actor, order.id)


def verify_price(session: Session, actor: Actor, order_id: int, expected_version: int,
                 confirmed: bool, note: str = "") -> OrderDetail:
    """核价: the clerk has checked the order's prices against the manufacturer's quote."""
    if not confirmed:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Tick the box once every line's price matches the manufacturer's "
            "quote (a wrong price: cancel the order and place it again)."), "confirmed")
    return _step(session, actor, order_id, expected_version, "verify_price",
                 notes(note, "note"), {"price_verified_at": clock.now(),
                                       "price_verified_by_id": actor.id})


def mark_ready(session: Session, actor: Actor, order_id: int, expected_version: int,
               said_by: str, note: str = "") -> OrderDetail:
    """备货完成: the manufacturer says the goods are made; who said it, recorded now."""
    person = line_text(said_by, "said_by", PERSON_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter who at the manufacturer said the goods are ready."))
    return _step(session, actor, order_id, expected_version, "mark_ready", notes(note, "note"),
                 {"ready_said_by": person, "ready_at": clock.now(),
                  "ready_recorded_by_id": actor.id})


def notify_finance(session: Session, actor: Actor, order_id: int, expected_version: int,
                   person: str, note: str = "") -> OrderDetail:
    """通知财务付款: finance told to pay the manufacturer; the three days start now."""
    told = line_text(person, "person", PERSON_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter whom in finance you told."))
    return _step(session, actor, order_id, expected_version, "notify_finance",
                 notes(note, "note"), {"payment_notified_to": told,
                                       "payment_notified_at": clock.now(),
                                       "payment_notified_by_id": actor.id})


def receive_order(session: Session, actor: Actor, order_id: int, expected_version: int,
                  delivery_number: str, note: str = "") -> OrderDetail:
    """已到货: the goods came through the dock; the step names the delivery (DH-… or its
    receipt RK-…) that passed the inspection. The dock's rules stay the dock's: a delivery
    still expected or held does not receive an order."""
    order = _load(session, order_id)
    MACHINE.begin(session, actor, "receive", order.state, order.number)
    if not clean_text(delivery_number, "delivery"):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the number of the delivery that brought the goods."),
            "delivery")
    try:
        delivery = deliveries.find_delivery(session, actor, delivery_number)
    except NotFound as error:
        raise NotFound(error.message, "delivery", **error.params) from error
    if delivery.row.state != deliveries.PASSED:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} has not passed the dock's inspection: the goods are "
            "received once it has."), "delivery", number=delivery.row.number)
    other = session.scalar(select(ManufacturerOrder.number).where(
        ManufacturerOrder.delivery_number == delivery.row.number,
        ManufacturerOrder.id != order.id))
    if other:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} already received order {order}."), "delivery",
            number=delivery.row.number, order=other)
    return _step(session, actor, order_id, expected_version, "receive", notes(note, "note"),
                 {"delivery_number": delivery.row.number, "received_at": clock.now(),
                  "received_by_id": actor.id})


def cancel_order(session: Session, actor: Actor, order_id: int, expected_version: int,
                 reason: str) -> OrderDetail:
    """Cancelled with a reason (S3: an order is never deleted)."""
    text = notes(reason, "reason")
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please say why the order is cancelled."), "reason")
    return _step(session, actor, order_id, expected_version, "cancel", text,
                 {"cancelled_at": clock.now(), "cancel_reason": text})


def record_follow_up(session: Session, actor: Actor, order_id: int, data: FollowUpInput
                     ) -> OrderDetail:
    """跟进: the manufacturer contacted about goods not received, and the cause found. Kept
    beside the earlier ones; three more days run from it."""
    order = _load(session, order_id)
    move = MACHINE.begin(session, actor, "follow_up", order.state, order.number)
    person = line_text(data.person, "person", PERSON_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please enter whom at the manufacturer you reached."))
    if data.method not in FOLLOW_UP_METHODS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose how the manufacturer was contacted."), "method")
    cause = notes(data.cause, "cause")
    if not cause:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write down the cause the manufacturer gave."), "cause")
    now = clock.now()
    follow_up = OrderFollowUp(order_id=order.id, contacted_at=now, contacted_by_id=actor.id,
                              person=person, method=data.method, cause=cause,
                              note=notes(data.note, "note"))
    session.add(follow_up)
    before = audit.snapshot(order, ("last_follow_up_at",))
    order.last_follow_up_at = now
    flag_modified(order, "state")  # the state stays; the version moves (S5)
    session.flush()
    move.record(session, order.id, follow_up.note, before, {
        "last_follow_up_at": now.isoformat(), "person": person, "method": data.method,
        "cause": cause})
    return get_order(session, actor, order.id)


# -- reading ------------------------------------------------------------------------------------

def _totals() -> Any:
    return (select(func.coalesce(func.sum(ManufacturerOrderLine.quantity
                                          * ManufacturerOrderLine.unit_price), 0))
            .where(ManufacturerOrderLine.order_id == ManufacturerOrder.id)
            .correlate(ManufacturerOrder).scalar_subquery())


def _row(order: ManufacturerOrder, total: Any) -> OrderRow:
    # SQLite sums NUMERIC through binary floats: read back to the fen.
    amount = Decimal(str(total or 0)).quantize(CENT, ROUND_HALF_UP)
    return OrderRow(order.id, order.number, order.manufacturer, order.contact, order.state,
                    order.created_at, amount, order.payment_notified_at,
                    order.last_follow_up_at, order.delivery_number or "", order.version)


def _filtered(stmt: Any, view: View) -> Any:
    if view == "open":
        return stmt.where(ManufacturerOrder.state.in_(OPEN_STATES))
    if view == "due":
        cutoff = due_cutoff()
        return stmt.where(
            ManufacturerOrder.state == PAYMENT_NOTIFIED,
            ManufacturerOrder.payment_notified_at < cutoff,
            (ManufacturerOrder.last_follow_up_at.is_(None))
            | (ManufacturerOrder.last_follow_up_at < cutoff))
    return stmt


def list_orders(session: Session, actor: Actor, view: View = "open", *,
                after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[OrderRow]:
    """The orders, newest first; ``due``: those due for a follow-up, the longest waiting
    first."""
    authorize(session, actor, "order.read")
    stmt = _filtered(select(ManufacturerOrder, _totals()), view)
    terms = ([Key(ManufacturerOrder.payment_notified_at), Key(ManufacturerOrder.id)]
             if view == "due" else [Key(ManufacturerOrder.id, descending=True)])
    return keyset_page(session, stmt, terms, after, limit, _row)


def count_orders(session: Session, actor: Actor, view: View = "open") -> int:
    authorize(session, actor, "order.read")
    return int(session.scalar(_filtered(select(func.count(ManufacturerOrder.id)), view)) or 0)


def get_order(session: Session, actor: Actor, order_id: int) -> OrderDetail:
    authorize(session, actor, "order.read")
    order = _load(session, order_id)
    names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    lines = tuple(
        OrderLineDetail(item.id, item.code, item.name, item.spec, item.unit,
                        items.as_quantity(line.quantity),
                        Decimal(str(line.unit_price)).quantize(CENT))
        for line, item in session.execute(
            select(ManufacturerOrderLine, Item).join(Item, Item.id == ManufacturerOrderLine.item_id)
            .where(ManufacturerOrderLine.order_id == order.id).order_by(ManufacturerOrderLine.id)))
    follow_ups = tuple(
        FollowUpDetail(f.contacted_at, names.get(f.contacted_by_id, ""), f.person, f.method,
                       f.cause, f.note)
        for f in session.scalars(select(OrderFollowUp).where(OrderFollowUp.order_id == order.id)
                                 .order_by(OrderFollowUp.id)))
    total = sum((line.quantity * line.unit_price for line in lines), Decimal(0))
    return OrderDetail(
        _row(order, total), order.note, names.get(order.created_by_id, ""), lines, follow_ups,
        order.price_verified_at, names.get(order.price_verified_by_id or 0, ""),
        order.ready_said_by or "", order.ready_at, order.payment_notified_to or "",
        order.received_at, order.cancelled_at, order.cancel_reason)
