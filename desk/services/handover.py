"""Handing over open work (交接, S6): a clerk going off duty or on leave passes their
open complaints, callbacks, pending replies and suggestions to a colleague; a supervisor can
reassign anyone's.

Each item names its new owner on its own record (and, for a complaint, on its timeline), and
the handover as a whole is one audit row on the giver's account: who handed what to whom,
when, and why. A warehouse clerk hands over their held deliveries (W3) and open counts (W7,
W8) the same way, to
another warehouse clerk or a supervisor: each kind of work goes only to someone whose role may
do it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk.models import (
    Callback,
    Complaint,
    Customer,
    Delivery,
    PendingReply,
    Staff,
    Stocktake,
    Suggestion,
)
from desk.services import audit, callbacks, clock, complaints, deliveries, stocktakes
from desk.services.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    NotFound,
    StaleEdit,
)
from desk.services.permissions import COUNTER, SUPERVISOR, WAREHOUSE, Actor, allowed, authorize
from desk.services.validation import notes

COMPLAINT, REPLY, SUGGESTION, CALLBACK = "complaint", "reply", "suggestion", "callback"
DELIVERY, STOCKTAKE = "delivery", "stocktake"
CHOOSE_TAKER = QT_TRANSLATE_NOOP("DeskMessages", "Choose a colleague to hand the work to.")
KINDS = (COMPLAINT, CALLBACK, REPLY, SUGGESTION, DELIVERY, STOCKTAKE)
_Record = Complaint | Callback | PendingReply | Suggestion | Delivery | Stocktake
_MODELS: dict[str, type[_Record]] = {
    COMPLAINT: Complaint, CALLBACK: Callback, REPLY: PendingReply, SUGGESTION: Suggestion,
    DELIVERY: Delivery, STOCKTAKE: Stocktake,
}
# What a colleague must be allowed to do to take each kind of work over.
_WORK = {COMPLAINT: "complaint.write", CALLBACK: "complaint.write", REPLY: "complaint.write",
         SUGGESTION: "complaint.write", DELIVERY: "stock.receive",
         STOCKTAKE: "stock.count"}


@dataclass(frozen=True)
class OpenItem:
    """One piece of open work as the handover lists it."""

    kind: str  # one of KINDS
    id: int
    label: str  # the complaint number, or the question's first words
    customer_name: str
    state: str
    due: datetime | None
    version: int


@dataclass(frozen=True)
class HandoverResult:
    giver: str
    taker: str
    items: int


def _staff(session: Session, staff_id: int, field: str) -> Staff:
    found = session.get(Staff, staff_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This account no longer exists."),
                       field)
    return found


def _may_hand_over(session: Session, actor: Actor, giver_id: int,
                   work: str = "complaint.write") -> None:
    """Everyone hands over their own work (``work``: the permission it needs, the desk's or
    the dock's); only a supervisor reassigns someone else's."""
    authorize(session, actor, work)
    if giver_id != actor.id:
        authorize(session, actor, "handover.assign")


def open_work(session: Session, actor: Actor, staff_id: int) -> list[OpenItem]:
    """What ``staff_id`` is following now: open complaints and unanswered questions."""
    _may_hand_over(session, actor, staff_id)
    items: list[OpenItem] = []
    found = session.execute(
        select(Complaint, Customer.name)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .where(Complaint.owner_id == staff_id, Complaint.state.in_(complaints.OPEN_STATES))
        .order_by(Complaint.received_at)
    )
    for c, name in found:
        items.append(OpenItem(COMPLAINT, c.id, c.number, name or "", c.state, None, c.version))
    calls = session.execute(
        select(Callback, Customer.name)
        .outerjoin(Customer, Customer.id == Callback.customer_id)
        .where(Callback.owner_id == staff_id, Callback.state.in_(callbacks.OPEN_STATES))
        .order_by(Callback.step_due.is_(None), Callback.step_due, Callback.id)
    )
    for b, name in calls:  # B1-B5: callbacks still to make or to sign
        due = clock.day_bounds(b.step_due)[0] if b.step_due else None  # the day it is due
        items.append(OpenItem(CALLBACK, b.id, b.number, name or "", b.state, due, b.version))
    replies = session.execute(
        select(PendingReply, Customer.name)
        .outerjoin(Customer, Customer.id == PendingReply.customer_id)
        .where(PendingReply.owner_id == staff_id, PendingReply.answered_at.is_(None))
        .order_by(PendingReply.promised_at)
    )
    for r, name in replies:
        items.append(OpenItem(REPLY, r.id, " ".join(r.question.split())[:40], name or "",
                              "pending", r.promised_at, r.version))
    ideas = session.execute(
        select(Suggestion, Customer.name)
        .outerjoin(Customer, Customer.id == Suggestion.customer_id)
        .where(Suggestion.owner_id == staff_id, Suggestion.state != "closed")
        .order_by(Suggestion.received_at)
    )
    for g, name in ideas:  # C1a: suggestions being followed up
        items.append(OpenItem(SUGGESTION, g.id, g.number, name or "", g.state, None, g.version))
    return items


def open_dock_work(session: Session, actor: Actor, staff_id: int) -> list[OpenItem]:
    """What ``staff_id`` follows at the dock: deliveries held for the supplier's fix (W3).
    Apart from :func:`open_work`, which carries customers' names (K2: not for the dock)."""
    _may_hand_over(session, actor, staff_id, "stock.receive")
    held = session.scalars(
        select(Delivery).where(Delivery.owner_id == staff_id, Delivery.state == deliveries.HELD)
        .order_by(Delivery.id))
    work = [OpenItem(DELIVERY, d.id, d.number, d.supplier, d.state, None, d.version)
            for d in held]
    counts = session.scalars(  # W7, W8: counts still being counted or awaiting approval
        select(Stocktake).where(Stocktake.owner_id == staff_id,
                                Stocktake.state.in_(stocktakes.OPEN_STATES))
        .order_by(Stocktake.id))
    return work + [OpenItem(STOCKTAKE, t.id, t.number, "", t.state, None, t.version)
                   for t in counts]


def takers(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Who can take desk work over: the active counter staff and supervisors."""
    authorize(session, actor, "complaint.write")
    return _active(session, (COUNTER, SUPERVISOR))


def dock_takers(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Who can take the dock's work over: the active warehouse clerks and supervisors."""
    authorize(session, actor, "stock.receive")
    return _active(session, (WAREHOUSE, SUPERVISOR))


def _active(session: Session, roles: tuple[str, ...]) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Staff.id, Staff.display_name)
        .where(Staff.active.is_(True), Staff.role.in_(roles))
        .order_by(Staff.display_name)
    )
    return [(i, n) for i, n in rows]


def hand_over(
    session: Session,
    actor: Actor,
    giver_id: int,
    taker_id: int,
    items: Sequence[OpenItem],
    note: str,
) -> HandoverResult:
    """Pass ``items`` from ``giver_id`` to ``taker_id`` in one transaction (S6).

    Refused, with nothing changed: an item that is no longer the giver's or was changed
    meanwhile (someone else just took it), a taker who cannot do desk work, nothing chosen.
    """
    for work in sorted({_WORK[item.kind] for item in items}) or [
            "complaint.write" if allowed(actor, "complaint.write") else "stock.receive"]:
        _may_hand_over(session, actor, giver_id, work)
    giver = _staff(session, giver_id, "giver")
    taker = _staff(session, taker_id, "taker")
    if taker_id == giver_id:
        raise DomainError(CHOOSE_TAKER, "taker")
    taking = Actor(taker.id, taker.username, taker.display_name, taker.role)
    if not taker.active or not all(allowed(taking, _WORK[item.kind]) for item in items):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} cannot take desk work (inactive or another role)."),
            "taker", name=taker.display_name)
    if not items:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Tick at least one item to hand over."), "items")
    why = notes(note, "note", 500)
    if not why:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please say why (off duty, leave, …) and what the colleague "
            "should know."), "note")
    moved: list[dict[str, Any]] = []
    for item in items:
        record: _Record | None = session.get(  # type: ignore[assignment]
            _MODELS[item.kind], item.id)
        if record is None or record.owner_id != giver_id or record.version != item.version:
            raise StaleEdit(QT_TRANSLATE_NOOP(
                "DeskMessages", "{item} changed meanwhile (someone else may have taken it). "
                "Reload the list."), item=item.label)
        record.owner_id = taker_id
        flag_modified(record, "owner_id")
        session.flush()
        text = f"{giver.display_name} → {taker.display_name}: {why}"
        audit.record(session, actor.id, f"{item.kind}.hand_over", item.kind, item.id,
                     {"owner_id": giver_id}, {"owner_id": taker_id, "note": text})
        moved.append({"kind": item.kind, "id": item.id, "label": item.label})
    audit.record(session, actor.id, "staff.handover", "staff", giver_id, None, {
        "to": taker_id, "to_name": taker.display_name, "by": actor.id, "note": why,
        "items": moved, "at": clock.now(),
    })
    return HandoverResult(giver.display_name, taker.display_name, len(moved))
