"""Gifts (G1-G3, 赠品发放): the catalogue a supervisor keeps, the stock book of each gift, and
the gifts a clerk hands out against sales receipts.

**The catalogue (G1).** One row per gift of a campaign: the gift, the campaign, the local days
it runs (both inclusive), the unit and how many a qualifying sales receipt may get. A gift is
withdrawn (voided) rather than deleted; what was handed out stays on record.

**The stock book (G3).** Like the warehouse ledger (W7): append-only movements (restock,
issue, correction, the return of a voided issue), the database's triggers refusing an UPDATE
or DELETE; on hand is the SUM, never cached. A correction needs a reason and never takes the
stock below zero.

**Issuing (G2).** ZP-yyyymmdd-nnnn records the recipient (a customer, or a walk-in's name and
phone), the sales receipt number (NFKC, upper case), the quantity and the clerk. It is refused,
saying why, when the campaign is not running (not yet, over, withdrawn: with its dates), when
the receipt already had its gift (which issue, when), or when the stock is short (how many are
left). The limit counts per gift of the campaign: earlier issues of *this* gift on the receipt
that were not voided, plus this one, at most the gift's limit (docs/DECISIONS.md).

Race-safe like :func:`desk.services.stock.lock_items`: an issue, a correction and a void lock
the gift's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's writers queue at BEGIN
IMMEDIATE) before they read the stock or the receipt's earlier issues, so two counters handing
out the last unit, or the same receipt's gift, cannot both succeed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Customer, Gift, GiftIssue, GiftMovement, Visit
from desk.services import audit, clock, numbering
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.gift_lists import (
    ACTIVE,
    ENDED,
    ISSUED,
    NOT_STARTED,
    VOIDED,
    WITHDRAWN,
    GiftRow,
    IssueRow,
    MovementRow,
    get_issue,
    gift_row,
    issue_row,
    load_gift,
    movement_row,
    standing,
    stock_of,
)
from desk.services.items import QUANTITY_MAX, quantity
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import (
    Checks,
    clean_text,
    line_text,
    mask_phone,
    notes,
    person_name,
    phone,
)

RESTOCK, ISSUE, CORRECTION, RETURN = "restock", "issue", "correction", "return"
NAME_MAX, CAMPAIGN_MAX, UNIT_MAX = 60, 60, 10
LIMIT_MAX = 999
RECEIPT_MIN, RECEIPT_MAX = 4, 32
_RECEIPT = re.compile(r"[A-Z0-9][A-Z0-9-]*")

GIFT_MACHINE = StateMachine("gift", (ACTIVE, VOIDED), {
    "void": Transition((ACTIVE,), VOIDED, "gift.manage"),
})
ISSUE_MACHINE = StateMachine("gift_issue", (ISSUED, VOIDED), {
    # A void gives the receipt its gift back and the stock its units: a supervisor's call.
    "void": Transition((ISSUED,), VOIDED, "gift.manage"),
})


# -- what goes in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GiftInput:
    """G1: one gift of a campaign as the supervisor enters it."""

    name: str
    campaign: str
    valid_from: date
    valid_to: date
    limit_per_receipt: str
    unit: str
    opening_stock: str = ""  # booked as the first restock


@dataclass(frozen=True)
class IssueInput:
    """G2: a gift handed out. A customer on record (``customer_id``, or the visit's), or a
    walk-in's name and phone."""

    gift_id: int
    receipt_number: str
    quantity: str
    customer_id: int | None = None
    recipient_name: str = ""
    recipient_phone: str = ""
    visit_id: int | None = None


# -- checks on what was typed -------------------------------------------------------------------



def receipt_number(value: str) -> str:
    """A sales receipt number as stored: full-width folded (NFKC), upper case, without the
    spaces a clerk types between groups or the Tab/Enter a scanner adds."""
    text = "".join(unicodedata.normalize("NFKC", clean_text(value, "receipt_number"))
                   .upper().split())
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Scan or type the sales receipt number."), "receipt_number")
    if len(text) > RECEIPT_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A sales receipt number has at most {max} characters."),
            "receipt_number", max=RECEIPT_MAX)
    if len(text) < RECEIPT_MIN or not _RECEIPT.fullmatch(text):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A sales receipt number has {min} to {max} letters, digits or "
            "hyphens, as printed on the receipt."), "receipt_number",
            min=RECEIPT_MIN, max=RECEIPT_MAX)
    return text


def pieces(value: str, field: str = "quantity") -> int:
    """A count of gifts: a whole number above zero (a gift is never handed out in halves)."""
    return int(quantity(value, True, field))


def _signed_pieces(value: str, field: str) -> int:
    """A correction: a whole number with its sign, not zero (``-2`` two fewer, ``3`` more)."""
    text = unicodedata.normalize("NFKC", clean_text(value, field)).replace(" ", "")
    try:
        number = Decimal(text.replace("−", "-"))
    except InvalidOperation:
        number = Decimal("NaN")
    if not text or not number.is_finite():
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter a number."), field)
    if number == 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A correction changes the stock: enter how many more (5) or "
            "fewer (-5)."), field)
    if number != number.to_integral_value():
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Gifts are counted in whole pieces: no fractions."), field)
    if abs(number) > QUANTITY_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "This quantity is too large."),
                          field)
    return int(number)


def _reason(value: str, field: str = "reason") -> str:
    text = notes(value, field)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please give the reason."), field)
    return text


def _checked_gift(data: GiftInput) -> dict[str, Any]:
    """G1: the gift's fields as stored, or every wrong one refused at once."""
    checks = Checks()
    values: dict[str, Any] = {
        "name": checks(lambda: line_text(data.name, "name", NAME_MAX, QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the gift.")), ""),
        "campaign": checks(lambda: line_text(data.campaign, "campaign", CAMPAIGN_MAX,
                                         QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the campaign the gift belongs to.")), ""),
        "unit": checks(lambda: line_text(data.unit, "unit", UNIT_MAX, QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the unit (个, 盒, 份…).")), ""),
        "valid_from": data.valid_from,
        "valid_to": data.valid_to,
        "limit_per_receipt": checks(
            lambda: pieces(data.limit_per_receipt, "limit_per_receipt"), 0),
    }
    if data.valid_to < data.valid_from:
        checks.refuse(DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The campaign cannot end ({end}) before it starts ({start})."),
            "valid_to", start=data.valid_from.isoformat(), end=data.valid_to.isoformat()))
    if values["limit_per_receipt"] > LIMIT_MAX:
        checks.refuse(DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} per receipt, please."), "limit_per_receipt",
            max=LIMIT_MAX))
    checks.done()
    return values


def lock_gift(session: Session, gift_id: int) -> Gift:
    """Hold the gift's row until commit: a second issue, correction or void of it waits here
    (PostgreSQL), then reads the stock and the receipts as the first one left them."""
    session.execute(select(Gift.id).where(Gift.id == gift_id).with_for_update())
    return load_gift(session, gift_id)



# -- the catalogue (G1) and its stock (G3) ------------------------------------------------------

def _append(session: Session, actor: Actor, gift_id: int, signed: int, kind: str,
            document_number: str = "", reason: str = "") -> GiftMovement:
    """The one way into a gift's stock book."""
    movement = GiftMovement(gift_id=gift_id, quantity=signed, kind=kind,
                            document_number=document_number, reason=reason, at=clock.now(),
                            by_id=actor.id)
    session.add(movement)
    session.flush()
    return movement


def create_gift(session: Session, actor: Actor, data: GiftInput) -> GiftRow:
    """G1: a gift of a campaign enters the catalogue, with its opening stock if given."""
    authorize(session, actor, "gift.manage")
    values = _checked_gift(data)
    opening = pieces(data.opening_stock, "opening_stock") if clean_text(
        data.opening_stock, "opening_stock") else 0
    now = clock.now()
    gift = Gift(**values, state=ACTIVE, created_at=now, created_by_id=actor.id,
                updated_at=now, updated_by_id=actor.id)
    session.add(gift)
    session.flush()
    audit.record(session, actor.id, "gift.create", "gift", gift.id, after={
        **{k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()},
        "opening_stock": opening,
    })
    if opening:
        _append(session, actor, gift.id, opening, RESTOCK)
    return gift_row(gift, opening)


def _fresh(gift: Gift, expected_version: int) -> None:
    if gift.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} was changed by a colleague after you opened it. Look at "
            "it again and repeat the step if it is still needed."), name=gift.name)


def update_gift(session: Session, actor: Actor, gift_id: int, expected_version: int,
                data: GiftInput) -> GiftRow:
    """G1: correct a gift's words, dates or limit (its stock moves only by movements)."""
    authorize(session, actor, "gift.manage")
    gift = load_gift(session, gift_id)
    _fresh(gift, expected_version)
    values = _checked_gift(data)
    before = audit.snapshot(gift, tuple(values))
    for name, value in values.items():
        setattr(gift, name, value)
    gift.updated_at, gift.updated_by_id = clock.now(), actor.id
    session.flush()
    audit.record(session, actor.id, "gift.update", "gift", gift.id, before,
                 audit.snapshot(gift, tuple(values)))
    return gift_row(gift, stock_of(session, gift.id))


def void_gift(session: Session, actor: Actor, gift_id: int, expected_version: int,
              reason: str) -> GiftRow:
    """G1: withdraw a gift from the catalogue; it is handed out no more, its record stays."""
    gift = load_gift(session, gift_id)
    move = GIFT_MACHINE.begin(session, actor, "void", gift.state, gift.name)
    _fresh(gift, expected_version)
    move.apply(session, gift, "", {"void_reason": _reason(reason),
                                   "updated_at": clock.now(), "updated_by_id": actor.id})
    return gift_row(gift, stock_of(session, gift.id))


def restock(session: Session, actor: Actor, gift_id: int, amount: str,
            note: str = "") -> MovementRow:
    """G3: gifts received into the counter's stock."""
    authorize(session, actor, "gift.manage")
    count = pieces(amount)
    said = notes(note, "reason")
    gift = lock_gift(session, gift_id)
    movement = _append(session, actor, gift.id, count, RESTOCK, reason=said)
    audit.record(session, actor.id, "gift.restock", "gift", gift.id, after={
        "quantity": count, "movement_id": movement.id, "reason": said})
    return movement_row(movement, actor.display_name)


def correct_stock(session: Session, actor: Actor, gift_id: int, change: str,
                  reason: str) -> MovementRow:
    """G3: the counted stock differs from the book (a broken box, a miscount): a movement
    with its reason, never below zero."""
    authorize(session, actor, "gift.manage")
    signed = _signed_pieces(change, "quantity")
    why = _reason(reason)
    gift = lock_gift(session, gift_id)
    on_hand = stock_of(session, gift.id)
    if on_hand + signed < 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Only {on_hand} {unit} of {name} on hand: a correction of "
            "{change} would take the stock below zero."), "quantity",
            on_hand=on_hand, unit=gift.unit, name=gift.name, change=signed)
    movement = _append(session, actor, gift.id, signed, CORRECTION, reason=why)
    audit.record(session, actor.id, "gift.correct", "gift", gift.id, before={
        "on_hand": on_hand}, after={"on_hand": on_hand + signed, "quantity": signed,
                                    "movement_id": movement.id, "reason": why})
    return movement_row(movement, actor.display_name)


# -- issuing (G2) -------------------------------------------------------------------------------

def _refuse_unless_running(gift: Gift, today: date) -> None:
    params = dict(name=gift.name, campaign=gift.campaign, start=gift.valid_from.isoformat(),
                  end=gift.valid_to.isoformat())
    now = standing(gift.state, gift.valid_from, gift.valid_to, today)
    if now == WITHDRAWN:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} ({campaign}) was withdrawn from the catalogue: it is not "
            "handed out any more."), "gift", **params)
    if now == NOT_STARTED:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The campaign {campaign} has not started: {name} is handed out "
            "from {start} to {end}."), "gift", **params)
    if now == ENDED:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The campaign {campaign} is over: {name} was handed out from "
            "{start} to {end}."), "gift", **params)


def _refuse_receipt_used(session: Session, gift: Gift, receipt: str, wanted: int) -> None:
    earlier = session.execute(
        select(GiftIssue.number, GiftIssue.issued_at, GiftIssue.quantity)
        .where(GiftIssue.gift_id == gift.id, GiftIssue.receipt_number == receipt,
               GiftIssue.state == ISSUED)
        .order_by(GiftIssue.issued_at.desc(), GiftIssue.id.desc())).all()
    had = sum(q for _n, _a, q in earlier)
    if had + wanted <= gift.limit_per_receipt:
        return
    if not earlier:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {limit} {unit} of {name} per sales receipt."),
            "quantity", limit=gift.limit_per_receipt, unit=gift.unit, name=gift.name)
    number, at, _q = earlier[0]
    when = at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")
    raise DomainError(QT_TRANSLATE_NOOP(
        "DeskMessages", "Receipt {receipt} already had its gift: {had} {unit} of {name} "
        "on {number} at {when} (at most {limit} per receipt)."), "receipt_number",
        receipt=receipt, had=had, unit=gift.unit, name=gift.name, number=number, when=when,
        limit=gift.limit_per_receipt)


def _recipient(session: Session, data: IssueInput) -> tuple[int | None, str, str]:
    """Who takes the gift: the customer on record (or the visit's), else the walk-in's name
    and phone, both required (G2 records the recipient)."""
    customer_id = data.customer_id
    if data.visit_id is not None:
        visit = session.get(Visit, data.visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
        customer_id = customer_id or visit.customer_id
    if customer_id is not None:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "DeskMessages", "This customer no longer exists."), "customer")
        return customer.id, customer.name, customer.phone or ""
    checks = Checks()
    name = checks(lambda: person_name(data.recipient_name, "recipient_name"), "")
    digits = checks(lambda: phone(data.recipient_phone, "recipient_phone", required=True) or "",
                    "")
    checks.done()
    return None, name, digits or ""


def issue_gift(session: Session, actor: Actor, data: IssueInput) -> IssueRow:
    """G2: hand a gift out against a sales receipt, or refuse saying why; nothing is saved
    on a refusal."""
    authorize(session, actor, "gift.issue")
    checks = Checks()  # the receipt, the quantity and who takes it, said at once
    receipt = checks(lambda: receipt_number(data.receipt_number), "")
    count = checks(lambda: pieces(data.quantity), 0)
    nobody: tuple[int | None, str, str] = (None, "", "")
    customer_id, name, digits = checks(lambda: _recipient(session, data), nobody)
    checks.done()
    gift = lock_gift(session, data.gift_id)
    now = clock.now()
    _refuse_unless_running(gift, clock.local_today(now))
    _refuse_receipt_used(session, gift, receipt, count)
    left = stock_of(session, gift.id)
    if left <= 0:  # not "only 0 left": none at all, until a restock
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} is out of stock: none can be handed out until it is "
            "restocked."), "gift", name=gift.name)
    if count > left:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Only {left} {unit} of {name} left: {wanted} cannot be handed "
            "out."), "quantity", left=left, unit=gift.unit, name=gift.name, wanted=count)
    issue = GiftIssue(number=numbering.draw(session, numbering.GIFT_ISSUE,
                                            clock.local_today(now)),
                      gift_id=gift.id, customer_id=customer_id, visit_id=data.visit_id,
                      recipient_name=name, recipient_phone=digits, receipt_number=receipt,
                      quantity=count, state=ISSUED, issued_at=now, issued_by_id=actor.id)
    session.add(issue)
    session.flush()
    _append(session, actor, gift.id, -count, ISSUE, issue.number)
    audit.record(session, actor.id, "gift_issue.issue", "gift_issue", issue.id, after={
        "number": issue.number, "gift": gift.name, "campaign": gift.campaign,
        "receipt_number": receipt, "quantity": count, "customer_id": customer_id,
        "recipient_name": name, "recipient_phone": mask_phone(digits),
        "visit_id": data.visit_id})
    return issue_row(issue, gift.name, gift.campaign, gift.unit, actor.display_name)


def void_issue(session: Session, actor: Actor, issue_id: int, expected_version: int,
               reason: str) -> IssueRow:
    """G2, G3: an issue made by mistake is voided with its reason; the units go back into
    stock as a movement and the receipt may have its gift again."""
    issue = session.get(GiftIssue, issue_id)
    if issue is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This gift issue no longer exists."))
    move = ISSUE_MACHINE.begin(session, actor, "void", issue.state, issue.number)
    why = _reason(reason)
    lock_gift(session, issue.gift_id)
    if issue.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} was changed by a colleague after you opened it. Look at "
            "it again and repeat the step if it is still needed."), number=issue.number)
    move.apply(session, issue, why, {"voided_at": clock.now(), "voided_by_id": actor.id,
                                     "void_reason": why})
    _append(session, actor, issue.gift_id, issue.quantity, RETURN, issue.number, why)
    return get_issue(session, actor, issue.id)
