"""Parcel and large-item storage at the counter (大件物品寄存, P1-P4).

**P1** :func:`deposit`: the customer's items (description, pieces, condition, shelf) taken in
under a ticket number drawn from :data:`numbering.PARCEL_TICKET` (JC-yyyymmdd-nnnn: the day is
in the number, so no ticket is ever reused, across counters too); the ticket prints through
:mod:`desk.services.parcel_ticket`.

**P2** :func:`find_ticket` reads what a scanner typed (or a clerk: spaces, lower case and
full-width characters are fine); :func:`pick_up` confirms the last four digits of the phone
given at the deposit and hands the items over, once: the row is locked first, so two counters
scanning the same ticket at the same moment hand it over once and the second hears when and by
whom. A wrong four digits is *returned* as a refusal, not raised, so its audit row commits:
the supervisor can see a ticket being guessed at.

**P3** :func:`release_lost`: no ticket, the customer shows an ID (its type and the last four
characters of its number are kept, not the whole number: K2) and a supervisor approves, either
signed in themselves or typing their user name and password into the clerk's dialog (checked
by :func:`desk.services.staff.sign_in`, whose failed-attempt count and lock apply).

**P4** :func:`list_parcels`: what is held now, what was held past closing (deposited on an
earlier local day and still here), what is past the storage limit (the setting
``parcel_storage_days``), or everything; each held row says why it stands out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import ID_TYPES, Customer, ParcelDeposit, Staff, Visit
from desk.services import audit, clock, numbering, settings, staff
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, keyset_page
from desk.services.paging import Term as Key
from desk.services.permissions import PERMISSIONS, Actor, authorize
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

HELD, PICKED_UP, RELEASED = "held", "picked_up", "released"
DESCRIPTION_MAX, SHELF_MAX, PIECES_MAX, REASON_MAX = 200, 20, 99, 500
OVERNIGHT, PAST_LIMIT = "overnight", "past_limit"

MACHINE = StateMachine("parcel", (HELD, PICKED_UP, RELEASED), {
    "pick_up": Transition((HELD,), PICKED_UP, "parcel.write"),
    # The clerk releases; the approving supervisor's own permission is checked as well.
    "release_lost": Transition((HELD,), RELEASED, "parcel.write"),
})

View = Literal["held", "overnight", "overdue", "all"]
VIEWS: tuple[View, ...] = ("held", "overnight", "overdue", "all")

_TICKET = re.compile(r"^(?:JC)?-?(\d{8})-?(\d{4,6})$")


# -- what goes in -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DepositInput:
    """P1 as typed at the counter. With ``customer_id``, an empty name or phone is the
    customer record's."""

    name: str
    phone: str
    description: str
    pieces: str | int
    condition: str = ""
    shelf: str = ""
    customer_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True)
class LostTicketInput:
    """P3: the ID shown, why there is no ticket, and the approving supervisor (empty user
    name and password: the signed-in account approves, when it is a supervisor's)."""

    id_type: str  # one of ID_TYPES
    id_last_digits: str
    reason: str
    supervisor: str = ""
    password: str = ""


# -- what comes out -----------------------------------------------------------------------------

@dataclass(frozen=True)
class ParcelRow:
    """One line of the lists: the phone masked (K2), ``alert`` the reason it stands out
    (``overnight``, ``past_limit``) or empty."""

    id: int
    ticket_number: str
    customer_name: str
    masked_phone: str
    description: str
    pieces: int
    shelf: str
    state: str
    deposited_at: datetime
    picked_up_at: datetime | None
    alert: str
    days_held: int
    version: int


@dataclass(frozen=True)
class ParcelDetail:
    row: ParcelRow
    customer_id: int | None
    visit_id: int | None
    condition: str
    deposited_by: str
    picked_up_by: str
    id_type: str
    id_last_digits: str
    approved_by: str
    release_reason: str
    storage_days: int  # the limit when this was read: the ticket prints it

    @property
    def keep_until(self) -> date:
        """The last local day the counter keeps the items."""
        return clock.local_today(self.row.deposited_at) + timedelta(self.storage_days)


@dataclass(frozen=True)
class Handover:
    """What :func:`pick_up` and :func:`release_lost` return: the deposit handed over, or the
    refusal (wrong digits, a wrong supervisor password) whose audit row is committed."""

    detail: ParcelDetail | None
    refused: DomainError | None = None


# -- rules --------------------------------------------------------------------------------------



def pieces_of(value: str | int) -> int:
    """The number of pieces: a whole number from 1 to 99 (full-width digits are fine)."""
    text = unicodedata.normalize("NFKC", clean_text(str(value), "pieces"))
    if not text.isdigit() or not 1 <= int(text) <= PIECES_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Pieces: a whole number from 1 to {max}."), "pieces", max=PIECES_MAX)
    return int(text)


def ticket_number_of(scanned: str) -> str:
    """A ticket number as printed, from what a scanner or a clerk typed: ``JC-20261123-0007``,
    ``jc 20261123 0007``, ``ＪＣ２０２６１１２３０００７`` or the bare digits."""
    text = "".join(unicodedata.normalize("NFKC", clean_text(scanned, "ticket")).upper().split())
    match = _TICKET.match(text)
    if not match:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a ticket number (JC-yyyymmdd-nnnn): scan the "
            "ticket again or type its number."), "ticket", value=clean_text(scanned)[:40])
    day, sequence = match.groups()
    try:
        issued_on = date(int(day[:4]), int(day[4:6]), int(day[6:]))
    except ValueError:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a ticket number (JC-yyyymmdd-nnnn): scan the "
            "ticket again or type its number."), "ticket", value=text[:40]) from None
    return numbering.PARCEL_TICKET.format(issued_on, int(sequence))


def _storage_days(session: Session, actor: Actor) -> int:
    return settings.read_settings(session, actor).parcel_storage_days


def limit_cutoff(days: int, today: date | None = None) -> datetime:
    """Deposited before this instant, a held deposit is past the storage limit: kept ``days``
    full local days after the day of the deposit."""
    start, _end = clock.day_bounds((today or clock.local_today()) - timedelta(days))
    return start


def closing_cutoff(today: date | None = None) -> datetime:
    """Deposited before this instant (today's local midnight), a held deposit stayed past
    closing."""
    start, _end = clock.day_bounds(today or clock.local_today())
    return start


def _local(at: datetime) -> str:
    return at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")


def alert_of(state: str, deposited_at: datetime, days: int) -> str:
    if state != HELD:
        return ""
    if deposited_at < limit_cutoff(days):
        return PAST_LIMIT
    if deposited_at < closing_cutoff():
        return OVERNIGHT
    return ""


# -- P1 deposit ---------------------------------------------------------------------------------

def deposit(session: Session, actor: Actor, data: DepositInput) -> ParcelDetail:
    """P1: the items taken into storage under a new ticket number."""
    authorize(session, actor, "parcel.write")
    customer = None
    if data.customer_id is not None:
        customer = session.get(Customer, data.customer_id)
        if customer is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."),
                           "customer")
    known = customer
    checks = Checks()  # every wrong box of the form said at once
    name = checks(lambda: person_name(data.name or (known.name if known else ""), "name"), "")
    digits = checks(lambda: phone(data.phone or (known.phone if known else "") or "", "phone",
                                  required=True) or "", "")
    description = checks(lambda: line_text(
        data.description, "description", DESCRIPTION_MAX, QT_TRANSLATE_NOOP(
            "DeskMessages", "Please describe the items (what they are, colour, packaging).")),
        "")
    pieces = checks(lambda: pieces_of(data.pieces), 0)
    shelf = checks(lambda: line_text(data.shelf, "shelf", SHELF_MAX), "")
    condition = checks(lambda: notes(data.condition, "condition"), "")
    checks.done()
    if customer is None:  # K3: a known phone puts the deposit in that customer's archive
        customer = session.scalar(select(Customer).where(Customer.phone == digits))
    if data.visit_id is not None and session.get(Visit, data.visit_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."),
                       "visit")
    now = clock.now()
    parcel = ParcelDeposit(
        ticket_number=numbering.draw(session, numbering.PARCEL_TICKET, clock.local_today(now)),
        customer_id=customer.id if customer else None, visit_id=data.visit_id,
        customer_name=name, phone=digits, description=description, pieces=pieces,
        condition=condition, shelf=shelf, state=HELD, deposited_at=now,
        deposited_by_id=actor.id)
    session.add(parcel)
    session.flush()
    audit.record(session, actor.id, "parcel.deposit", "parcel", parcel.id, after={
        "state": HELD, "ticket_number": parcel.ticket_number, "customer_id": parcel.customer_id,
        "visit_id": data.visit_id, "name": name, "phone": mask_phone(digits),
        "description": description, "pieces": pieces, "condition": condition, "shelf": shelf,
    })
    return get_parcel(session, actor, parcel.id)


# -- P2 pickup ----------------------------------------------------------------------------------

def _load(session: Session, parcel_id: int, lock: bool = False) -> ParcelDeposit:
    stmt = select(ParcelDeposit).where(ParcelDeposit.id == parcel_id)
    if lock:  # P2: the second of two counters waits here, then sees the first one's pickup
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    parcel = session.scalar(stmt)
    if parcel is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This deposit no longer exists."))
    return parcel


def find_ticket(session: Session, actor: Actor, scanned: str) -> ParcelDetail:
    """P2: the deposit of a scanned or typed ticket number."""
    authorize(session, actor, "parcel.read")
    number = ticket_number_of(scanned)
    parcel_id = session.scalar(select(ParcelDeposit.id)
                               .where(ParcelDeposit.ticket_number == number))
    if parcel_id is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "No deposit has ticket {number}."),
                       "ticket", number=number)
    return get_parcel(session, actor, parcel_id)


def _refuse_if_gone(session: Session, parcel: ParcelDeposit) -> None:
    """A ticket redeems once: the second time names when and by whom."""
    if parcel.state == HELD:
        return
    who = session.get(Staff, parcel.picked_up_by_id) if parcel.picked_up_by_id else None
    when = _local(parcel.picked_up_at) if parcel.picked_up_at else "?"
    if parcel.state == PICKED_UP:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Ticket {number} was already picked up at {time} by {name}: a "
            "ticket redeems once."), "ticket", number=parcel.ticket_number, time=when,
            name=who.display_name if who else "?")
    raise DomainError(QT_TRANSLATE_NOOP(
        "DeskMessages", "Ticket {number} was already released on a lost ticket at {time} by "
        "{name}: it no longer redeems."), "ticket", number=parcel.ticket_number, time=when,
        name=who.display_name if who else "?")


def pick_up(session: Session, actor: Actor, parcel_id: int, last_four: str) -> Handover:
    """P2: the items handed over once the last four digits of the phone match."""
    authorize(session, actor, "parcel.write")
    parcel = _load(session, parcel_id, lock=True)
    _refuse_if_gone(session, parcel)
    move = MACHINE.begin(session, actor, "pick_up", parcel.state, parcel.ticket_number)
    digits = unicodedata.normalize("NFKC", clean_text(last_four, "last_four")).replace(" ", "")
    if not re.fullmatch(r"\d{4}", digits):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Type the last four digits of the customer's phone."), "last_four")
    if digits != parcel.phone[-4:]:
        # Returned, not raised: the attempt is audited (a ticket being guessed at shows).
        audit.record(session, actor.id, "parcel.pickup_refused", "parcel", parcel.id,
                     after={"reason": "wrong_last_four"})
        return Handover(None, DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The last four digits do not match the phone given at the "
            "deposit. Nothing was handed over."), "last_four"))
    move.apply(session, parcel, "", {"picked_up_at": clock.now(), "picked_up_by_id": actor.id})
    return Handover(get_parcel(session, actor, parcel.id))


# -- P3 lost ticket -----------------------------------------------------------------------------

def _approver(session: Session, actor: Actor, data: LostTicketInput) -> Actor | DomainError:
    """The supervisor approving the release: the signed-in account when it may, else the
    one whose user name and password were typed (a refusal is returned so the failed
    attempt's count commits)."""
    if not data.supervisor.strip() and not data.password:
        own = authorize(session, actor, "parcel.write")
        if own.role in PERMISSIONS["parcel.release_lost"]:
            return actor
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A supervisor approves a release on a lost ticket: their user "
            "name and password, please."), "supervisor")
    outcome = staff.sign_in(session, data.supervisor, data.password)
    if outcome.actor is None:
        assert outcome.error is not None
        return DomainError(outcome.error.message, "password", **outcome.error.params)
    if outcome.actor.role not in PERMISSIONS["parcel.release_lost"]:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} is not a supervisor: a supervisor approves a release on a "
            "lost ticket."), "supervisor", name=outcome.actor.display_name)
    return outcome.actor


def release_lost(session: Session, actor: Actor, parcel_id: int, expected_version: int,
                 data: LostTicketInput) -> Handover:
    """P3: the items released without the ticket, on an ID check a supervisor approved."""
    authorize(session, actor, "parcel.write")
    parcel = _load(session, parcel_id, lock=True)
    _refuse_if_gone(session, parcel)
    move = MACHINE.begin(session, actor, "release_lost", parcel.state, parcel.ticket_number)
    if data.id_type not in ID_TYPES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose the ID the customer showed."), "id_type")
    last = "".join(unicodedata.normalize("NFKC", clean_text(data.id_last_digits,
                                                            "id_last_digits")).upper().split())
    if not re.fullmatch(r"[0-9A-Z]{4}", last):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Type the last four characters of the ID number (only those are "
            "kept)."), "id_last_digits")
    reason = notes(data.reason, "reason", REASON_MAX)
    if not reason:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please say what happened to the ticket."), "reason")
    if parcel.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} was changed by a colleague after you opened it. Look at "
            "it again and repeat the step if it is still needed."),
            number=parcel.ticket_number)
    approver = _approver(session, actor, data)
    if isinstance(approver, DomainError):
        audit.record(session, actor.id, "parcel.release_refused", "parcel", parcel.id,
                     after={"reason": "supervisor_not_signed_in",
                            "supervisor": clean_text(data.supervisor)[:40]})
        return Handover(None, approver)
    move.apply(session, parcel, reason, {
        "picked_up_at": clock.now(), "picked_up_by_id": actor.id, "id_type": data.id_type,
        "id_last_digits": last, "approved_by_id": approver.id, "release_reason": reason})
    return Handover(get_parcel(session, actor, parcel.id))


# -- P4 reading ---------------------------------------------------------------------------------

def _row(parcel: ParcelDeposit, days: int) -> ParcelRow:
    end = parcel.picked_up_at or clock.now()
    held = (clock.local_today(end) - clock.local_today(parcel.deposited_at)).days
    return ParcelRow(parcel.id, parcel.ticket_number, parcel.customer_name,
                     mask_phone(parcel.phone), parcel.description, parcel.pieces, parcel.shelf,
                     parcel.state, parcel.deposited_at, parcel.picked_up_at,
                     alert_of(parcel.state, parcel.deposited_at, days), held, parcel.version)


def _filtered(stmt: Any, view: View, days: int) -> Any:
    if view == "held":
        return stmt.where(ParcelDeposit.state == HELD)
    if view == "overnight":
        return stmt.where(ParcelDeposit.state == HELD,
                          ParcelDeposit.deposited_at < closing_cutoff())
    if view == "overdue":
        return stmt.where(ParcelDeposit.state == HELD,
                          ParcelDeposit.deposited_at < limit_cutoff(days))
    return stmt


def list_parcels(session: Session, actor: Actor, view: View = "held", *,
                 after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[ParcelRow]:
    """P4: the held lists oldest first (the longest waiting on top); ``all`` newest first."""
    authorize(session, actor, "parcel.read")
    days = _storage_days(session, actor)
    stmt = _filtered(select(ParcelDeposit), view, days)
    terms = ([Key(ParcelDeposit.id, descending=True)] if view == "all"
             else [Key(ParcelDeposit.deposited_at), Key(ParcelDeposit.id)])
    return keyset_page(session, stmt, terms, after, limit, lambda p: _row(p, days))


def count_parcels(session: Session, actor: Actor, view: View = "held") -> int:
    authorize(session, actor, "parcel.read")
    days = _storage_days(session, actor)
    return int(session.scalar(_filtered(select(func.count(ParcelDeposit.id)), view, days))
               or 0)


def get_parcel(session: Session, actor: Actor, parcel_id: int) -> ParcelDetail:
    authorize(session, actor, "parcel.read")
    parcel = _load(session, parcel_id)
    days = _storage_days(session, actor)
    wanted = {parcel.deposited_by_id, parcel.picked_up_by_id, parcel.approved_by_id} - {None}
    names = dict(session.execute(select(Staff.id, Staff.display_name)
                                 .where(Staff.id.in_(wanted))).all())
    return ParcelDetail(
        _row(parcel, days), parcel.customer_id, parcel.visit_id, parcel.condition,
        names.get(parcel.deposited_by_id, ""), names.get(parcel.picked_up_by_id or 0, ""),
        parcel.id_type or "", parcel.id_last_digits or "", names.get(parcel.approved_by_id or 0,
                                                                     ""),
        parcel.release_reason, days)


def parcel_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """K3: the customer's deposits in their archive."""
    rows = session.execute(
        select(ParcelDeposit.id, ParcelDeposit.ticket_number, ParcelDeposit.deposited_at,
               ParcelDeposit.shelf, ParcelDeposit.pieces, ParcelDeposit.description,
               ParcelDeposit.state)
        .where(ParcelDeposit.customer_id == customer_id)
        .order_by(ParcelDeposit.deposited_at.desc())
        .limit(1000)
    )
    return [
        # The archive's type column names the shelf: where the items are (or were) kept.
        HistoryItem(at, "parcel", number, shelf, f"{pieces} × {description}"[:120], state, pid)
        for pid, number, at, shelf, pieces, description, state in rows
    ]
