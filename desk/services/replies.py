"""Pending replies of walk-ins (R1): a question not answered on the spot, answered by a
promised time.

A reply is pending until it is answered; answering is the one transition of its state machine.
"Overdue" is not stored: it is a pending reply whose promised time has passed, worked out
against :func:`desk.services.clock.now` wherever it is shown, so it can never be stale in the
database. The owner is who promised it; the handover of S6 moves it to someone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from desk.models import Customer, PendingReply, Staff, Visit
from desk.services import audit, clock
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import mask_phone, notes

PENDING, ANSWERED, OVERDUE = "pending", "answered", "overdue"
REPLY_STATES = StateMachine(
    "reply",
    (PENDING, ANSWERED),
    {"answer": Transition((PENDING,), ANSWERED, "reply.write")},
)
# A promise further out than this is a typing mistake (a wrong month), not a promise.
HORIZON = timedelta(days=30)
QUESTION_MAX = 1000
ANSWER_MAX = 2000
_AUDITED = ("visit_id", "customer_id", "question", "promised_at", "owner_id")


@dataclass(frozen=True)
class ReplyRow:
    id: int
    visit_id: int | None
    visit_number: str
    customer_id: int | None
    customer_name: str  # "" for an anonymous walk-in
    masked_phone: str
    question: str
    promised_at: datetime
    owner_id: int
    owner_name: str
    created_at: datetime
    answered_at: datetime | None
    answered_by: str
    answer: str
    version: int

    @property
    def state(self) -> str:
        return PENDING if self.answered_at is None else ANSWERED

    @property
    def overdue(self) -> bool:
        """R1, like C8: still pending after the promised time."""
        return self.answered_at is None and self.promised_at < clock.now()

    @property
    def shown_state(self) -> str:
        """The word a list shows: overdue stands out in words, not only in colour."""
        return OVERDUE if self.overdue else self.state


@dataclass(frozen=True)
class ReplyPromise:
    """What the clerk promised when a question could not be answered on the spot."""

    question: str
    promised_at: datetime


@dataclass(frozen=True)
class ReplyFilter:
    """What the list shows: pending replies (default), answered ones or all, optionally only
    one owner's or one customer's."""

    state: str | None = PENDING  # PENDING, ANSWERED or None for all
    owner_id: int | None = None
    customer_id: int | None = None


@dataclass(frozen=True)
class ReplyCounts:
    """For the tab title and the status bar: how many wait, how many of them are late."""

    pending: int
    overdue: int


_customer = aliased(Customer)
_owner = aliased(Staff)
_answerer = aliased(Staff)


def _rows() -> Select[Any]:
    stmt: Select[Any] = select(PendingReply)
    return (
        stmt.add_columns(Visit.number, _customer.name, _customer.phone, _owner.display_name,
                         _answerer.display_name)
        .outerjoin(Visit, Visit.id == PendingReply.visit_id)
        .outerjoin(_customer, _customer.id == PendingReply.customer_id)
        .join(_owner, _owner.id == PendingReply.owner_id)
        .outerjoin(_answerer, _answerer.id == PendingReply.answered_by_id)
    )


def _row(
    reply: PendingReply, visit_number: str | None, name: str | None, phone: str | None,
    owner: str, answerer: str | None,
) -> ReplyRow:
    return ReplyRow(
        reply.id,
        reply.visit_id,
        visit_number or "",
        reply.customer_id,
        name or "",
        mask_phone(phone),
        reply.question,
        reply.promised_at,
        reply.owner_id,
        owner,
        reply.created_at,
        reply.answered_at,
        answerer or "",
        reply.answer,
        reply.version,
    )


def _get(session: Session, reply_id: int) -> ReplyRow:
    found = session.execute(_rows().where(PendingReply.id == reply_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This question no longer exists."))
    return _row(*found)


def get_reply(session: Session, actor: Actor, reply_id: int) -> ReplyRow:
    authorize(session, actor, "reply.read")
    return _get(session, reply_id)


def _question(value: str) -> str:
    text = notes(value, "question", QUESTION_MAX)
    if not text:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please write down the customer's question."),
            "question",
        )
    return text


def _promised(value: datetime, at: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("promised_at must be timezone-aware")
    if value <= at:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "The promised reply time must be later than now."
            ),
            "promised_at",
        )
    if value > at + HORIZON:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The promised reply time may be at most {days} days ahead.",
            ),
            "promised_at",
            days=HORIZON.days,
        )
    return value


def record_promise(
    session: Session, actor: Actor, visit: Visit, promise: ReplyPromise,
    at: datetime | None = None,
) -> PendingReply:
    """The pending reply of ``visit``, in the caller's transaction (finishing a visit records
    its promise in the same commit)."""
    authorize(session, actor, "reply.write")
    made = at or clock.now()
    question = _question(promise.question)
    reply = PendingReply(
        visit_id=visit.id,
        customer_id=visit.customer_id,
        question=question,
        promised_at=_promised(promise.promised_at, made),
        owner_id=actor.id,
        created_at=made,
        created_by_id=actor.id,
        answer="",
    )
    session.add(reply)
    session.flush()
    audit.record(
        session, actor.id, "reply.promise", "reply", reply.id,
        after=audit.snapshot(reply, _AUDITED),
    )
    return reply


def promise_reply(
    session: Session,
    actor: Actor,
    *,
    visit_id: int,
    question: str,
    promised_at: datetime,
    at: datetime | None = None,
) -> ReplyRow:
    """R1: the customer is the visit's, the owner is who promised; the promise lies ahead,
    within :data:`HORIZON`. ``at`` is when it was promised (now; the demo's past days)."""
    authorize(session, actor, "reply.write")
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
    reply = record_promise(session, actor, visit, ReplyPromise(question, promised_at), at)
    return _get(session, reply.id)


def answer_reply(
    session: Session,
    actor: Actor,
    reply_id: int,
    answer: str,
    version: int,
    answered_at: datetime | None = None,
) -> ReplyRow:
    """R1: the reply given; a question is answered once, by whoever on the desk gives it."""
    authorize(session, actor, "reply.write")
    reply = session.get(PendingReply, reply_id)
    if reply is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This question no longer exists."))
    if reply.answered_at is not None:
        # Said before the stale-version check: "who answered, when" is what the second clerk
        # needs to know, not that the row changed.
        answered = _get(session, reply.id)
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "This question was answered already by {name} at {time}."
            ),
            "state",
            name=answered.answered_by,
            time=reply.answered_at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M"),
        )
    move = REPLY_STATES.begin(session, actor, "answer", PENDING)
    if reply.version != version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "This question was changed by someone else meanwhile. Reload it."
            )
        )
    text = notes(answer, "answer", ANSWER_MAX)
    if not text:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please write down the reply given."), "answer"
        )
    before = audit.snapshot(reply, ("answer",))
    reply.answered_at = max(answered_at or clock.now(), reply.created_at)
    reply.answered_by_id = actor.id
    reply.answer = text
    session.flush()
    move.record(session, reply.id, before=before,
                after=audit.snapshot(reply, ("answered_at", "answer")))
    return _get(session, reply.id)


def _filtered(stmt: Select[Any], flt: ReplyFilter) -> Select[Any]:
    if flt.state == PENDING:
        stmt = stmt.where(PendingReply.answered_at.is_(None))
    elif flt.state == ANSWERED:
        stmt = stmt.where(PendingReply.answered_at.is_not(None))
    if flt.owner_id is not None:
        stmt = stmt.where(PendingReply.owner_id == flt.owner_id)
    if flt.customer_id is not None:
        stmt = stmt.where(PendingReply.customer_id == flt.customer_id)
    return stmt


def _order(flt: ReplyFilter) -> list[Term]:
    """Pending first, the most urgent on top (promised time ascending); answered ones alone
    are shown newest promise first, as a record of what was done lately."""
    if flt.state == ANSWERED:
        return [Term(PendingReply.promised_at, True), Term(PendingReply.id, True)]
    return [
        Term(PendingReply.answered_at.is_not(None)),
        Term(PendingReply.promised_at),
        Term(PendingReply.id),
    ]


def list_replies(
    session: Session,
    actor: Actor,
    flt: ReplyFilter,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[ReplyRow]:
    """One page of the pending replies, keyset-paged (stable while others promise more)."""
    authorize(session, actor, "reply.read")
    return keyset_page(session, _filtered(_rows(), flt), _order(flt), after, limit, _row)


def count_replies(session: Session, actor: Actor, flt: ReplyFilter) -> int:
    authorize(session, actor, "reply.read")
    return int(session.scalar(_filtered(select(func.count(PendingReply.id)), flt)) or 0)


def reply_counts(session: Session, actor: Actor, owner_id: int | None = None) -> ReplyCounts:
    """Pending and overdue, for a tab title or the status bar; one owner's or everyone's."""
    authorize(session, actor, "reply.read")
    now = clock.now()
    stmt = select(
        func.count(PendingReply.id),
        func.count(PendingReply.id).filter(PendingReply.promised_at < now),
    ).where(PendingReply.answered_at.is_(None))
    if owner_id is not None:
        stmt = stmt.where(PendingReply.owner_id == owner_id)
    pending, overdue = session.execute(stmt).one()
    return ReplyCounts(int(pending or 0), int(overdue or 0))


def reply_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """K3: the customer's questions in their archive, answered or still waiting."""
    now = clock.now()
    rows = session.execute(
        select(PendingReply.id, PendingReply.created_at, PendingReply.promised_at,
               PendingReply.answered_at, PendingReply.question, Visit.number)
        .outerjoin(Visit, Visit.id == PendingReply.visit_id)
        .where(PendingReply.customer_id == customer_id)
        .order_by(PendingReply.created_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(
            created,
            "reply",
            number or "",
            "",
            question[:120],
            ANSWERED if answered else OVERDUE if promised < now else PENDING,
            reply_id,
        )
        for reply_id, created, promised, answered, question, number in rows
    ]
