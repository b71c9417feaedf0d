"""Callbacks (回访, B1-B5): where they come from, the signed record, the due list.

Every source ends in the same call (B2) but reaches it its own way (B1):

- a rectified complaint is scheduled by :func:`schedule_for_complaint` with C7's due date;
- a satisfaction-survey opinion goes to the department (2 days after the summary), comes back
  as written measures (3 days after receipt), is fixed, and is called back 14 days after the
  fix, all in calendar days;
- a special paid service (特约服务) first has its payment notice delivered, then a phone call;
- a product follow-up and a manual entry are simply due on the day the clerk sets.

``step_due`` always holds the current step's day, so "due today and overdue" (B5) and the C8
highlight are one indexed comparison whatever the source. The record closes its complaint
only with the customer's signature (on screen, or the scan of a paper form) or a supervisor's
recorded exception; a dissatisfied customer reopens the complaint or gets a linked new one
(B3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from desk.models import (
    CALLBACK_METHODS,
    CALLBACK_SOURCES,
    SATISFACTIONS,
    Attachment,
    Callback,
    Complaint,
    Customer,
    Staff,
)
from desk.services import attachments, audit, clock, complaints, numbering
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.money import parse_amount
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, allowed, authorize
from desk.services.states import Move, StateMachine, Transition
from desk.services.validation import clean_text, mask_phone, notes

TO_SEND, AWAITING_MEASURES, AWAITING_FIX = "to_send", "awaiting_measures", "awaiting_fix"
NOTICE_PENDING, DUE, AWAITING_SIGNATURE = "notice_pending", "due", "awaiting_signature"
DONE, VOIDED = "done", "voided"
COMPLAINT, SURVEY, SPECIAL, FOLLOW_UP, MANUAL = CALLBACK_SOURCES
PHONE, VISIT = CALLBACK_METHODS
SATISFIED, BASIC, DISSATISFIED = SATISFACTIONS
# How the customer signs, as the clerk chooses it on the record.
ON_SCREEN, ON_PAPER, LATER, UNSIGNED = "screen", "paper", "later", "unsigned"
# B3: what a dissatisfied complaint callback does with the complaint.
REOPEN, NEW_COMPLAINT = "reopen", "new"

_BEFORE_CALL = (TO_SEND, AWAITING_MEASURES, AWAITING_FIX, NOTICE_PENDING, DUE)
OPEN_STATES = (*_BEFORE_CALL, AWAITING_SIGNATURE)

CALLBACK_STATES = StateMachine(
    "callback",
    (TO_SEND, AWAITING_MEASURES, AWAITING_FIX, NOTICE_PENDING, DUE, AWAITING_SIGNATURE, DONE,
     VOIDED),
    {
        # B1 survey: the opinion reaches the department, its measures come back, the fix.
        "send": Transition((TO_SEND,), AWAITING_MEASURES, "callback.write"),
        "receive_measures": Transition((AWAITING_MEASURES,), AWAITING_FIX, "callback.write"),
        "report_fix": Transition((AWAITING_FIX,), DUE, "callback.write"),
        # B1 special service: the payment notice was handed to the customer.
        "deliver_notice": Transition((NOTICE_PENDING,), DUE, "callback.write"),
        # B2: the call, finished at once (signed, or no signature needed) or waiting for it.
        "complete": Transition((DUE,), DONE, "callback.write"),
        "record": Transition((DUE,), AWAITING_SIGNATURE, "callback.write"),
        "sign": Transition((AWAITING_SIGNATURE,), DONE, "callback.write"),
        "waive": Transition((AWAITING_SIGNATURE,), DONE, "callback.approve"),
        "void": Transition(_BEFORE_CALL, VOIDED, "callback.approve"),
    },
)

# B1's calendar days: the summary to the department, the department's written measures, the
# callback after the fix. A special service's notice goes out the next day and its call
# follows within a week of delivery (the desk's choice, docs/DECISIONS.md).
SURVEY_SEND_DAYS, SURVEY_MEASURES_DAYS, SURVEY_CALLBACK_DAYS = 2, 3, 14
NOTICE_DAYS, SPECIAL_CALLBACK_DAYS = 1, 7
# A record waiting for the customer's signature (a phone callback: the customer comes by or
# sends the signed paper back) is due within a week of the call, then overdue like C8.
SIGNATURE_DAYS = 7
# A follow-up or manual callback set further out than this is a typing mistake.
HORIZON = timedelta(days=366)
# Complaint and survey callbacks need the customer's signature (seed 002: 要客户签字认可);
# special services are called by phone and never signed.
SIGNATURE_REQUIRED = frozenset({COMPLAINT, SURVEY})
SUBJECT_MAX, ANSWER_MAX, COMMENTS_MAX, REASON_MAX = 2000, 1000, 2000, 1000
MAX_QUESTIONS = 12
_AUDITED = ("number", "source", "complaint_id", "customer_id", "subject", "department",
            "step_due", "owner_id")


@dataclass(frozen=True)
class CallbackRow:
    id: int
    number: str
    source: str
    state: str
    step_due: date | None
    complaint_id: int | None
    complaint_number: str
    customer_id: int | None
    customer_name: str
    masked_phone: str
    subject: str
    department: str
    owner_id: int
    owner_name: str
    called_at: datetime | None
    satisfaction: str | None
    version: int
    overdue: bool  # B1/B5, like C8: the current step's day has passed

    @property
    def due_today(self) -> bool:
        return self.step_due is not None and self.step_due == clock.local_today()


@dataclass(frozen=True)
class CallbackDetail:
    row: CallbackRow
    created_at: datetime
    created_by: str
    # The complaint being called back, and its rectification (C6).
    complaint_content: str
    complaint_cause: str
    complaint_measures: str
    complaint_rectified_at: datetime | None
    complaint_state: str
    # B1 survey and special service.
    summary_on: date | None
    sent_at: datetime | None
    measures: str
    measures_at: datetime | None
    fixed_on: date | None
    service_fee: Decimal | None
    notice_delivered_at: datetime | None
    # B2: the record.
    method: str | None
    caller_name: str
    person_reached: str
    answers: tuple[tuple[str, str], ...]
    comments: str
    signature_mode: str | None
    customer_signature: bytes | None
    customer_signed_at: datetime | None
    paper_scan_id: int | None
    paper_scan_name: str  # the scan's file name, offered when a copy is saved (K2: audited)
    staff_signature: bytes | None
    exception_reason: str
    exception_by: str
    exception_at: datetime | None
    done_at: datetime | None
    follow_complaint_number: str
    void_reason: str
    signature_required: bool
    allowed_actions: tuple[str, ...]


@dataclass(frozen=True)
class CallbackFilter:
    """What the list shows. ``view``: "due" (B5: due today and overdue), "open" (everything
    not done), "signature" (called, the signature missing), "done", or "all"."""

    view: str = "due"
    source: str | None = None
    owner_id: int | None = None
    customer_id: int | None = None
    complaint_id: int | None = None
    number: str = ""


@dataclass(frozen=True)
class CallbackCounts:
    """For the tab title and the dashboard (D1): the due list and the unsigned records."""

    due_today: int
    overdue: int
    awaiting_signature: int


@dataclass(frozen=True)
class NewCallback:
    """A callback a clerk enters by hand (B1): survey, special service, follow-up, manual."""

    source: str
    subject: str
    customer_id: int | None = None
    department: str = ""
    due: date | None = None  # follow-up and manual: the day to call
    summary_on: date | None = None  # survey: the day the opinions were summarised
    service_fee: str = ""  # special service: the fee on the payment notice, as typed


@dataclass(frozen=True)
class CallbackRecord:
    """What the clerk fills in on the callback record (B2)."""

    method: str
    person_reached: str
    answers: Sequence[tuple[str, str]]
    satisfaction: str | None
    comments: str = ""
    signature: str = ON_SCREEN  # ON_SCREEN, ON_PAPER, LATER or UNSIGNED
    customer_signature: bytes | None = None
    staff_signature: bytes | None = None
    scan_name: str = ""  # ON_PAPER: the scan of the signed paper form, if it is at hand
    scan: bytes | None = None
    outcome: str | None = None  # B3: REOPEN or NEW_COMPLAINT when dissatisfied
    called_at: datetime | None = None  # now, unless the call was earlier


@dataclass(frozen=True)
class Satisfaction:
    """C11: callbacks satisfied or basically satisfied, out of all callbacks of the period."""

    satisfied: int
    basic: int
    dissatisfied: int

    @property
    def total(self) -> int:
        return self.satisfied + self.basic + self.dissatisfied

    @property
    def content(self) -> int:
        return self.satisfied + self.basic

    @property
    def rate(self) -> float | None:
        return self.content / self.total if self.total else None


# -- reading ---------------------------------------------------------------------------------

_customer = aliased(Customer)
_owner = aliased(Staff)
_complaint = aliased(Complaint)


def _rows(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.add_columns(_complaint.number, _customer.name, _customer.phone,
                         _owner.display_name)
        .outerjoin(_complaint, _complaint.id == Callback.complaint_id)
        .outerjoin(_customer, _customer.id == Callback.customer_id)
        .join(_owner, _owner.id == Callback.owner_id)
    )


def _row(cb: Callback, complaint_number: str | None, name: str | None, phone: str | None,
         owner: str) -> CallbackRow:
    today = clock.local_today()
    return CallbackRow(
        cb.id, cb.number, cb.source, cb.state, cb.step_due, cb.complaint_id,
        complaint_number or "", cb.customer_id, name or "", mask_phone(phone), cb.subject,
        cb.department, cb.owner_id, owner, cb.called_at, cb.satisfaction, cb.version,
        cb.state in OPEN_STATES and cb.step_due is not None and cb.step_due < today,
    )


def _load(session: Session, callback_id: int) -> Callback:
    cb = session.get(Callback, callback_id)
    if cb is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This callback no longer exists."))
    return cb


def _name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff.display_name if staff else ""


def _file_name(session: Session, attachment_id: int | None) -> str:
    if attachment_id is None:
        return ""
    return session.scalar(select(Attachment.file_name).where(Attachment.id == attachment_id)
                          ) or ""


def _get_row(session: Session, callback_id: int) -> tuple[Callback, CallbackRow]:
    found = session.execute(_rows(select(Callback)).where(Callback.id == callback_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This callback no longer exists."))
    return found[0], _row(*found)


def get_callback(session: Session, actor: Actor, callback_id: int) -> CallbackDetail:
    authorize(session, actor, "callback.read")
    cb, row = _get_row(session, callback_id)
    complaint = session.get(Complaint, cb.complaint_id) if cb.complaint_id else None
    follow = session.get(Complaint, cb.follow_complaint_id) if cb.follow_complaint_id else None
    return CallbackDetail(
        row=row,
        created_at=cb.created_at,
        created_by=_name(session, cb.created_by_id),
        complaint_content=complaint.content if complaint else "",
        complaint_cause=complaint.cause if complaint else "",
        complaint_measures=complaint.measures if complaint else "",
        complaint_rectified_at=complaint.rectified_at if complaint else None,
        complaint_state=complaint.state if complaint else "",
        summary_on=cb.summary_on,
        sent_at=cb.sent_at,
        measures=cb.measures,
        measures_at=cb.measures_at,
        fixed_on=cb.fixed_on,
        service_fee=cb.service_fee,
        notice_delivered_at=cb.notice_delivered_at,
        method=cb.method,
        caller_name=_name(session, cb.caller_id),
        person_reached=cb.person_reached,
        answers=tuple((str(q), str(a)) for q, a in (cb.answers or [])),
        comments=cb.comments,
        signature_mode=cb.signature_mode,
        customer_signature=cb.customer_signature,
        customer_signed_at=cb.customer_signed_at,
        paper_scan_id=cb.paper_scan_id,
        paper_scan_name=_file_name(session, cb.paper_scan_id),
        staff_signature=cb.staff_signature,
        exception_reason=cb.exception_reason,
        exception_by=_name(session, cb.exception_by_id),
        exception_at=cb.exception_at,
        done_at=cb.done_at,
        follow_complaint_number=follow.number if follow else "",
        void_reason=cb.void_reason,
        signature_required=cb.source in SIGNATURE_REQUIRED,
        allowed_actions=tuple(
            a for a in CALLBACK_STATES.allowed_actions(cb.state)
            if allowed(actor, CALLBACK_STATES.transitions[a].permission)
        ),
    )


def _filtered(stmt: Select[Any], flt: CallbackFilter) -> Select[Any]:
    today = clock.local_today()
    if flt.view == "due":
        # B5: due today and overdue, a missing signature included; a step without a day
        # (awaiting the department's fix) is not "due".
        stmt = stmt.where(Callback.state.in_(OPEN_STATES), Callback.step_due <= today)
    elif flt.view == "open":
        stmt = stmt.where(Callback.state.in_(OPEN_STATES))
    elif flt.view == "signature":
        stmt = stmt.where(Callback.state == AWAITING_SIGNATURE)
    elif flt.view == "done":
        stmt = stmt.where(Callback.state == DONE)
    if flt.source:
        stmt = stmt.where(Callback.source == flt.source)
    if flt.owner_id is not None:
        stmt = stmt.where(Callback.owner_id == flt.owner_id)
    if flt.customer_id is not None:
        stmt = stmt.where(Callback.customer_id == flt.customer_id)
    if flt.complaint_id is not None:
        stmt = stmt.where(Callback.complaint_id == flt.complaint_id)
    number = clean_text(flt.number).upper()
    if number:
        stmt = stmt.where(Callback.number.like(f"%{number}%"))
    return stmt


def _order(flt: CallbackFilter) -> list[Term]:
    """The most urgent first (the earliest day; steps without a day last); done records are
    shown newest call first, as a record of what was done lately."""
    if flt.view == "done":
        return [Term(Callback.done_at, True), Term(Callback.id, True)]
    return [Term(Callback.step_due.is_(None)), Term(Callback.step_due), Term(Callback.id)]


def list_callbacks(
    session: Session, actor: Actor, flt: CallbackFilter, *, after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[CallbackRow]:
    """One page of callbacks, filtered and ordered in SQL (keyset paging)."""
    authorize(session, actor, "callback.read")
    return keyset_page(session, _filtered(_rows(select(Callback)), flt), _order(flt), after,
                       limit, _row)


def count_callbacks(session: Session, actor: Actor, flt: CallbackFilter) -> int:
    authorize(session, actor, "callback.read")
    return int(session.scalar(_filtered(select(func.count(Callback.id)), flt)) or 0)


def callback_counts(session: Session, actor: Actor, owner_id: int | None = None
                    ) -> CallbackCounts:
    """B5: how many are due today, overdue, and waiting for the customer's signature."""
    authorize(session, actor, "callback.read")
    today = clock.local_today()
    waiting = Callback.state.in_(OPEN_STATES)
    stmt = select(
        func.count(Callback.id).filter(waiting, Callback.step_due == today),
        func.count(Callback.id).filter(waiting, Callback.step_due < today),
        func.count(Callback.id).filter(Callback.state == AWAITING_SIGNATURE),
    ).where(Callback.state.in_(OPEN_STATES))
    if owner_id is not None:
        stmt = stmt.where(Callback.owner_id == owner_id)
    due, overdue, unsigned = session.execute(stmt).one()
    return CallbackCounts(int(due or 0), int(overdue or 0), int(unsigned or 0))


def satisfaction(session: Session, start: datetime, end: datetime) -> Satisfaction:
    """C11: the callbacks made in [start, end), by how satisfied the customer was. For a
    caller that has checked its own permission (the complaint summaries)."""
    rows = dict(session.execute(
        select(Callback.satisfaction, func.count(Callback.id))
        .where(Callback.called_at >= start, Callback.called_at < end,
               Callback.satisfaction.is_not(None), Callback.state != VOIDED)
        .group_by(Callback.satisfaction)
    ).all())
    return Satisfaction(int(rows.get(SATISFIED, 0)), int(rows.get(BASIC, 0)),
                        int(rows.get(DISSATISFIED, 0)))


def callback_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """K3: the customer's callbacks in their archive."""
    rows = session.execute(
        select(Callback.id, Callback.number, Callback.created_at, Callback.called_at,
               Callback.source, Callback.subject, Callback.state, Callback.satisfaction)
        .where(Callback.customer_id == customer_id)
        .order_by(Callback.created_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(called or created, "callback", number, source, subject[:120], state, cb_id)
        for cb_id, number, created, called, source, subject, state, _sat in rows
    ]


def timeline(session: Session, actor: Actor, callback_id: int) -> list[complaints.TimelineEntry]:
    """Who did what to the callback and when, oldest first."""
    authorize(session, actor, "callback.read")
    _load(session, callback_id)
    return [
        complaints.TimelineEntry(
            row.at, row.staff_name, row.action, (row.before or {}).get("state"),
            (row.after or {}).get("state"), str((row.after or {}).get("note", "")),
        )
        for row in reversed(audit.trail(session, "callback", callback_id))
    ]


# -- where callbacks come from (B1) -----------------------------------------------------------

def _create(session: Session, actor: Actor, source: str, state: str, step_due: date | None,
            owner_id: int | None = None, **fields: Any) -> Callback:
    now = clock.now()
    cb = Callback(
        number=numbering.draw(session, numbering.CALLBACK, clock.local_today(now)),
        source=source, state=state, step_due=step_due, owner_id=owner_id or actor.id,
        created_at=now, created_by_id=actor.id, answers=[], **fields,
    )
    session.add(cb)
    session.flush()
    audit.record(session, actor.id, "callback.create", "callback", cb.id,
                 after={"state": state, **audit.snapshot(cb, _AUDITED)})
    return cb


def schedule_for_complaint(session: Session, actor: Actor, complaint: Complaint) -> Callback:
    """B1/C7: a rectified complaint's callback, due on the complaint's callback day and followed
    by whoever follows the complaint. Called inside the rectification's own transaction."""
    authorize(session, actor, "callback.write")
    return _create(
        session, actor, COMPLAINT, DUE, complaint.callback_due, owner_id=complaint.owner_id,
        complaint_id=complaint.id, customer_id=complaint.customer_id,
        subject=complaint.content[:SUBJECT_MAX], department=complaint.department,
    )


def _subject(value: str) -> str:
    text = notes(value, "subject", SUBJECT_MAX)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write what the callback is about."), "subject")
    return text


def _department(value: str, required: bool) -> str:
    text = clean_text(value, "department")
    if required and not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please name the department concerned."), "department")
    if len(text) > 40:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} characters."), "department", max=40)
    return text


def _customer_id(session: Session, value: int | None, required: bool) -> int | None:
    if value is None:
        if required:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "Please choose the customer to call back."), "customer")
        return None
    if session.get(Customer, value) is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."))
    return value


def _day(value: date | None, field_name: str, earliest: date, latest: date) -> date:
    if value is None:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please choose the day."), field_name)
    if value < earliest or value > latest:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please choose a day from {first} to {last}."),
            field_name, first=earliest.isoformat(), last=latest.isoformat(),
        )
    return value


def add_callback(session: Session, actor: Actor, data: NewCallback) -> CallbackDetail:
    """B1: a callback the desk enters itself. A survey opinion starts on its way to the
    department; a special service starts with its payment notice; a product follow-up or a
    manual callback is due on the day chosen."""
    authorize(session, actor, "callback.write")
    today = clock.local_today()
    if data.source not in (SURVEY, SPECIAL, FOLLOW_UP, MANUAL):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose where the callback comes from."), "source")
    subject = _subject(data.subject)
    if data.source == SURVEY:
        summary = _day(data.summary_on, "summary_on", today - timedelta(days=90), today)
        cb = _create(session, actor, SURVEY, TO_SEND,
                     summary + timedelta(days=SURVEY_SEND_DAYS), subject=subject,
                     department=_department(data.department, True), summary_on=summary,
                     customer_id=_customer_id(session, data.customer_id, False))
    elif data.source == SPECIAL:
        fee = parse_amount(data.service_fee, "service_fee")
        if fee <= 0:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "Please enter the fee of the service."), "service_fee")
        cb = _create(session, actor, SPECIAL, NOTICE_PENDING,
                     today + timedelta(days=NOTICE_DAYS), subject=subject, service_fee=fee,
                     department=_department(data.department, False),
                     customer_id=_customer_id(session, data.customer_id, True))
    else:
        due = _day(data.due, "due", today, today + HORIZON)
        cb = _create(session, actor, data.source, DUE, due, subject=subject,
                     department=_department(data.department, False),
                     customer_id=_customer_id(session, data.customer_id, True))
    return get_callback(session, actor, cb.id)


def _begin(session: Session, actor: Actor, callback_id: int, action: str,
           expected_version: int) -> tuple[Callback, Move]:
    cb = _load(session, callback_id)
    move = CALLBACK_STATES.begin(session, actor, action, cb.state, cb.number)
    if cb.version != expected_version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Callback {number} was changed by someone else meanwhile. Reload it.",
            ),
            number=cb.number,
        )
    return cb, move


def send_to_department(session: Session, actor: Actor, callback_id: int, note: str,
                       expected_version: int) -> CallbackDetail:
    """B1 survey: the summarised opinion reached the department; its written measures are
    due 3 days later."""
    cb, move = _begin(session, actor, callback_id, "send", expected_version)
    now = clock.now()
    move.apply(session, cb, notes(note, "note"), {
        "sent_at": now,
        "step_due": clock.local_today(now) + timedelta(days=SURVEY_MEASURES_DAYS),
    })
    return get_callback(session, actor, cb.id)


def receive_measures(session: Session, actor: Actor, callback_id: int, measures: str,
                     expected_version: int) -> CallbackDetail:
    """B1 survey: the department's written measures (整改措施书面反馈) came back. The fix
    itself has no day of its own: the callback counts from when it is reported."""
    cb, move = _begin(session, actor, callback_id, "receive_measures", expected_version)
    text = notes(measures, "measures", SUBJECT_MAX)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write down the measures the department sent."), "measures")
    move.apply(session, cb, "", {"measures": text, "measures_at": clock.now(), "step_due": None})
    return get_callback(session, actor, cb.id)


def report_fix(session: Session, actor: Actor, callback_id: int, fixed_on: date | None,
               expected_version: int) -> CallbackDetail:
    """B1 survey: the fix is done; the callback follows within 2 weeks of it."""
    cb, move = _begin(session, actor, callback_id, "report_fix", expected_version)
    today = clock.local_today()
    earliest = clock.local_today(cb.measures_at) if cb.measures_at else today
    day = _day(fixed_on, "fixed_on", earliest, today)
    move.apply(session, cb, "", {
        "fixed_on": day, "step_due": day + timedelta(days=SURVEY_CALLBACK_DAYS),
    })
    return get_callback(session, actor, cb.id)


def deliver_notice(session: Session, actor: Actor, callback_id: int, note: str,
                   expected_version: int) -> CallbackDetail:
    """B1 special service: the payment notice (缴费通知单) was handed over; the phone call on
    the customer's satisfaction follows within a week."""
    cb, move = _begin(session, actor, callback_id, "deliver_notice", expected_version)
    now = clock.now()
    move.apply(session, cb, notes(note, "note"), {
        "notice_delivered_at": now,
        "step_due": clock.local_today(now) + timedelta(days=SPECIAL_CALLBACK_DAYS),
    })
    return get_callback(session, actor, cb.id)


# -- the record (B2, B3) ----------------------------------------------------------------------

def _answers(pairs: Sequence[tuple[str, str]]) -> list[list[str]]:
    kept: list[list[str]] = []
    for question, answer in pairs[:MAX_QUESTIONS]:
        q = clean_text(question, "answers")[:200]
        a = notes(answer, "answers", ANSWER_MAX)
        if q and a:
            kept.append([q, a])
    if not kept:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write down at least one answer of the customer."), "answers")
    return kept


def _checked_record(cb: Callback, data: CallbackRecord) -> dict[str, Any]:
    """Everything B2 asks of the record, refused field by field before anything is written."""
    if data.method not in CALLBACK_METHODS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose how the customer was called back."), "method")
    if cb.source == SPECIAL and data.method != PHONE:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A special service is called back by phone."), "method")
    person = clean_text(data.person_reached, "person_reached")
    if not person:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write who was reached."), "person_reached")
    if len(person) > 60:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} characters."), "person_reached", max=60)
    if data.satisfaction not in SATISFACTIONS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose how satisfied the customer is."), "satisfaction")
    now = clock.now()
    called = data.called_at or now
    if called > now + timedelta(minutes=5) or called < now - timedelta(days=7):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The time of the call must lie within the last 7 days."),
            "called_at")
    return {
        "method": data.method, "called_at": called, "person_reached": person,
        "answers": _answers(data.answers), "satisfaction": data.satisfaction,
        "comments": notes(data.comments, "comments", COMMENTS_MAX),
    }


def _checked_signing(cb: Callback, data: CallbackRecord
                     ) -> tuple[str | None, bytes | None, bytes | None]:
    """B2: how the customer signs. Returns the mode, the customer's and the staff's PNG."""
    from desk.services import signatures  # Pillow: loaded with the first signature, not at start

    required = cb.source in SIGNATURE_REQUIRED
    mode = data.signature
    if mode not in (ON_SCREEN, ON_PAPER, LATER, UNSIGNED):
        raise ValueError(f"unknown signature mode {mode!r}")
    if cb.source == SPECIAL and mode != UNSIGNED:
        mode = UNSIGNED  # special services are called by phone and never signed (B2)
    if mode == UNSIGNED and required:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "This callback needs the customer's signature: on screen, on paper, or later."),
            "signature")
    if mode == ON_SCREEN and data.method == PHONE:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "On the phone the customer cannot sign on this screen: choose \"sign later\"."),
            "signature")
    customer = None
    if mode == ON_SCREEN:
        if not data.customer_signature:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "The customer has not signed on the pad yet."),
                "customer_signature")
        customer = signatures.check_signature(data.customer_signature, "customer_signature")
    staff = None
    if data.staff_signature:
        staff = signatures.check_signature(data.staff_signature, "staff_signature")
    elif required:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please sign the record yourself as well."), "staff_signature")
    return mode, customer, staff


def record_callback(session: Session, actor: Actor, callback_id: int, data: CallbackRecord,
                    expected_version: int) -> CallbackDetail:
    """B2: the callback record. Signed on screen (or on paper with the scan at hand), or when
    no signature is needed, it is done at once; otherwise it waits for the signature. For a
    complaint: C6 called back, and B3 when the customer is dissatisfied."""
    cb = _load(session, callback_id)
    fields = _checked_record(cb, data)
    mode, customer_png, staff_png = _checked_signing(cb, data)
    complaint = _complaint_to_call_back(session, cb)
    dissatisfied = fields["satisfaction"] == DISSATISFIED
    if complaint is not None and dissatisfied and data.outcome not in (REOPEN, NEW_COMPLAINT):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "The customer is not satisfied: reopen the complaint or open a new one."),
            "outcome")
    has_scan = mode == ON_PAPER and bool(data.scan)
    finished = mode in (UNSIGNED, ON_SCREEN) or has_scan
    cb, move = _begin(session, actor, callback_id, "complete" if finished else "record",
                      expected_version)
    now = clock.now()
    changes: dict[str, Any] = {
        **fields, "caller_id": actor.id, "signature_mode": None if mode in (LATER, UNSIGNED)
        else mode, "staff_signature": staff_png,
        "step_due": None if finished else clock.local_today(now) + timedelta(
            days=SIGNATURE_DAYS),
    }
    if customer_png is not None:
        changes.update(customer_signature=customer_png, customer_signed_at=now)
    if finished:
        changes["done_at"] = now
    move.apply(session, cb, "", changes)
    if has_scan:
        _attach_scan(session, actor, cb, data.scan_name, data.scan or b"")
    if complaint is not None:
        _complaint_called_back(session, actor, cb, complaint, data.outcome if dissatisfied
                               else None)
        if finished:
            _close_complaint(session, actor, cb)
    return get_callback(session, actor, cb.id)


def _complaint_to_call_back(session: Session, cb: Callback) -> Complaint | None:
    if cb.source != COMPLAINT or cb.complaint_id is None:
        return None
    complaint = complaints.load(session, cb.complaint_id)
    if complaint.state != complaints.RECTIFIED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Complaint {number} is not waiting for its callback any more.",
            ),
            "state", number=complaint.number,
        )
    return complaint


def _complaint_called_back(session: Session, actor: Actor, cb: Callback, complaint: Complaint,
                           outcome: str | None) -> None:
    """C6 rectified → called back; B3: a dissatisfied customer reopens the complaint, or the
    complaint is answered and a new one, linked to this record, takes up what is left."""
    note = cb.number
    move = complaints.COMPLAINT_STATES.begin(session, actor, "call_back", complaint.state,
                                             complaint.number)
    move.apply(session, complaint, note, {})
    if outcome == REOPEN:
        move = complaints.COMPLAINT_STATES.begin(session, actor, "reopen", complaint.state,
                                                 complaint.number)
        move.apply(session, complaint, cb.comments or note, {"closed_at": None})
    elif outcome == NEW_COMPLAINT:
        detail = complaints.take_complaint(session, actor, complaints.ComplaintInput(
            # Face to face (a home visit) counts as a visit when the customer is known.
            channel="visit" if cb.method == VISIT and complaint.customer_id else PHONE,
            category=complaint.category,
            content=_follow_content(cb, complaint),
            customer_id=complaint.customer_id,
            responded=True,
        ))
        before = audit.snapshot(cb, ("follow_complaint_id",))
        cb.follow_complaint_id = detail.row.id
        session.flush()
        audit.record(session, actor.id, "callback.follow_complaint", "callback", cb.id,
                     before, audit.snapshot(cb, ("follow_complaint_id",)))


def _follow_content(cb: Callback, complaint: Complaint) -> str:
    said = cb.comments or "; ".join(a for _q, a in cb.answers)
    return f"{complaint.number} / {cb.number}: {said}"[: complaints.CONTENT_MAX]


def _close_complaint(session: Session, actor: Actor, cb: Callback) -> None:
    """C6 called back → closed, with the signed record (or the supervisor's exception) as its
    reason: the one way a called-back complaint closes (B2)."""
    if cb.complaint_id is None:
        return
    complaint = complaints.load(session, cb.complaint_id)
    if complaint.state != complaints.CALLED_BACK:
        return  # reopened (B3): it closes after its next callback
    move = complaints.COMPLAINT_STATES.begin(session, actor, "close", complaint.state,
                                             complaint.number)
    move.apply(session, complaint, cb.number, {"closed_at": clock.now()})


def _attach_scan(session: Session, actor: Actor, cb: Callback, name: str, content: bytes
                 ) -> None:
    """The scan of the signed paper form, kept with the record (its note names the record,
    in no one's language). Refused, saying so, when it is not an image or a PDF."""
    import filetype  # the same guess from the bytes as attachments makes

    kind = filetype.guess(content) if content else None
    if kind is not None and not (kind.mime.startswith("image/")
                                 or kind.mime == "application/pdf"):
        kind = None
    if content and kind is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The scan of the signed form must be an image or a PDF."), "scan")
    row = attachments.attach_file(session, actor, "callback", cb.id, name or "scan",
                                  content, cb.number)
    cb.paper_scan_id = row.id
    session.flush()


def sign_on_screen(session: Session, actor: Actor, callback_id: int, customer_png: bytes,
                   expected_version: int) -> CallbackDetail:
    """B2: the customer signs a waiting record at the counter (a phone callback's customer
    came by)."""
    from desk.services import signatures

    cb, move = _begin(session, actor, callback_id, "sign", expected_version)
    png = signatures.check_signature(customer_png, "customer_signature")
    now = clock.now()
    move.apply(session, cb, "", {"signature_mode": ON_SCREEN, "customer_signature": png,
                                 "customer_signed_at": now, "done_at": now, "step_due": None})
    _close_complaint(session, actor, cb)
    return get_callback(session, actor, cb.id)


def attach_signed_paper(session: Session, actor: Actor, callback_id: int, file_name: str,
                        content: bytes, expected_version: int) -> CallbackDetail:
    """B2: the scan of the paper form the customer signed; the record is then done."""
    cb, move = _begin(session, actor, callback_id, "sign", expected_version)
    now = clock.now()
    _attach_scan(session, actor, cb, file_name, content)
    move.apply(session, cb, "", {"signature_mode": ON_PAPER, "customer_signed_at": now,
                                 "done_at": now, "step_due": None})
    _close_complaint(session, actor, cb)
    return get_callback(session, actor, cb.id)


def waive_signature(session: Session, actor: Actor, callback_id: int, reason: str,
                    expected_version: int) -> CallbackDetail:
    """B2: a supervisor's recorded exception: the customer refused to sign. The complaint then
    closes on the supervisor's word, which the record keeps."""
    cb, move = _begin(session, actor, callback_id, "waive", expected_version)
    text = notes(reason, "reason", REASON_MAX)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write why the record stays unsigned."), "reason")
    now = clock.now()
    move.apply(session, cb, text, {"exception_reason": text, "exception_at": now,
                                   "exception_by_id": actor.id, "done_at": now,
                                   "step_due": None})
    _close_complaint(session, actor, cb)
    return get_callback(session, actor, cb.id)


def void_callback(session: Session, actor: Actor, callback_id: int, reason: str,
                  expected_version: int) -> CallbackDetail:
    """S3: a callback entered by mistake is voided with the reason, never deleted. A
    complaint's own callback cannot be: the complaint would never close."""
    cb, move = _begin(session, actor, callback_id, "void", expected_version)
    if cb.source == COMPLAINT:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A complaint's callback cannot be voided: the complaint waits for it."),
            "state")
    text = notes(reason, "reason", REASON_MAX)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write why the callback is voided."), "reason")
    move.apply(session, cb, text, {"void_reason": text, "step_due": None})
    return get_callback(session, actor, cb.id)


def open_for_complaint(session: Session, complaint_id: int) -> bool:
    """Whether a complaint has a callback still to make or to sign (its panel says so)."""
    return bool(session.scalar(
        select(func.count(Callback.id)).where(
            Callback.complaint_id == complaint_id, Callback.state.in_(OPEN_STATES))
    ))

