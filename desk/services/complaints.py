"""Complaints (投诉受理, C1-C8): intake, the two-judgment assessment, the approved plan and its
handling slip, rectification and the desk's check, deadlines in PRC working days.

The states are data (:data:`COMPLAINT_STATES`, C6); the steps inside "in progress" (plan,
approval, slip, rectification) are transitions that keep the state, so every one of them is
checked and audited by the same machine and shows on the timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from desk.models import CATEGORIES, CHANNELS, SEVERITIES, Complaint, Customer, Staff, Visit
from desk.services import audit, clock, numbering, workdays
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import (
    PAGE_SIZE,
    Page,
    PageKey,
    Sort,
    Term,
    keyset_page,
    sort_by,
)
from desk.services.permissions import Actor, authorize
from desk.services.states import Move, StateMachine, Transition
from desk.services.validation import clean_text, mask_phone, notes

RECEIVED, IN_PROGRESS, RECTIFIED = "received", "in_progress", "rectified"
CALLED_BACK, CLOSED, UNFOUNDED = "called_back", "closed", "unfounded"
MAJOR, GENERAL = "major", "general"

# C6. The callbacks issue drives call_back and reopen; they are here so the whole life of a
# complaint is one table.
COMPLAINT_STATES = StateMachine(
    "complaint",
    (RECEIVED, IN_PROGRESS, RECTIFIED, CALLED_BACK, CLOSED, UNFOUNDED),
    {
        "respond": Transition((RECEIVED, IN_PROGRESS), None, "complaint.write"),
        "assess": Transition((RECEIVED,), IN_PROGRESS, "complaint.write"),
        "reject": Transition((RECEIVED,), UNFOUNDED, "complaint.write"),
        "propose_plan": Transition((IN_PROGRESS,), IN_PROGRESS, "complaint.write"),
        "approve_plan": Transition((IN_PROGRESS,), IN_PROGRESS, "complaint.approve"),
        "return_plan": Transition((IN_PROGRESS,), IN_PROGRESS, "complaint.approve"),
        "issue_slip": Transition((IN_PROGRESS,), IN_PROGRESS, "complaint.write"),
        "add_note": Transition(
            (RECEIVED, IN_PROGRESS, RECTIFIED, CALLED_BACK, UNFOUNDED), None, "complaint.write"
        ),
        "extend_deadline": Transition((RECEIVED, IN_PROGRESS), None, "complaint.approve"),
        "rectify": Transition((IN_PROGRESS,), RECTIFIED, "complaint.write"),
        "call_back": Transition((RECTIFIED,), CALLED_BACK, "complaint.write"),
        "close": Transition((CALLED_BACK, UNFOUNDED), CLOSED, "complaint.write"),
        "reopen": Transition((CLOSED, CALLED_BACK), IN_PROGRESS, "complaint.write"),
    },
)
OPEN_STATES = (RECEIVED, IN_PROGRESS, RECTIFIED, CALLED_BACK)

# C4: the rectification deadline in working days after receipt; C7: the callback in days
# after the rectification.
RECTIFY_WORKING_DAYS = {MAJOR: 1, GENERAL: 3}
CALLBACK_DAYS = {MAJOR: 7, GENERAL: 14}


@dataclass(frozen=True)
class WorkingDays:
    count: int


# C1: the first response each channel owes the customer. A walk-in is answered face to face
# when the complaint is taken; letters and the suggestion box are written channels like a
# phone message (3 working days, the desk's reading: docs/DECISIONS.md).
RESPONSE_TIMES: dict[str, WorkingDays | timedelta | None] = {
    "visit": None,
    "phone": WorkingDays(3),
    "letter": WorkingDays(3),
    "email": timedelta(hours=24),
    "online": timedelta(minutes=5),
    "box": WorkingDays(3),
}

CONTENT_MAX = 4000
_AUDITED = (
    "number", "channel", "category", "customer_id", "visit_id", "content", "demand",
    "received_at", "owner_id", "response_due_at", "responded_at", "promised_date",
)


@dataclass(frozen=True)
class ComplaintInput:
    channel: str
    category: str
    content: str
    demand: str = ""
    customer_id: int | None = None
    visit_id: int | None = None
    responded: bool = False  # the first response was given while taking it (online chat)


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    received_at: datetime
    channel: str
    category: str
    customer_id: int | None
    customer_name: str
    masked_phone: str
    content: str
    state: str
    severity: str | None
    owner_id: int
    owner_name: str
    response_due_at: datetime | None
    responded_at: datetime | None
    promised_date: date
    rectify_due: date | None
    callback_due: date | None
    deadline_estimated: bool
    version: int
    overdue: tuple[str, ...]  # "response", "rectification", "callback" (C8)
    awaiting_approval: bool = False  # a drafted plan waits for a supervisor (C3)

    @property
    def is_overdue(self) -> bool:
        return bool(self.overdue)


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    visit_number: str
    demand: str
    receiver_name: str
    justified: bool | None
    demand_reasonable: bool | None
    assessment: str
    assessed_by: str
    plan: str
    plan_approved_at: datetime | None
    plan_approved_by: str
    approval_opinion: str
    department: str
    responsible_person: str
    slip_issued_at: datetime | None
    cause: str
    measures: str
    rectified_at: datetime | None
    verified_by: str
    closed_at: datetime | None
    allowed_actions: tuple[str, ...]


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    staff_name: str
    action: str  # the transition ("complaint.assess") or "complaint.create"
    state_before: str | None
    state_after: str | None
    note: str


@dataclass(frozen=True)
class ComplaintFilter:
    date_from: date | None = None
    date_to: date | None = None
    states: tuple[str, ...] = ()  # empty: every state
    channel: str | None = None
    category: str | None = None
    owner_id: int | None = None
    customer_id: int | None = None
    overdue_only: bool = False  # C8: the supervisors' overdue view
    awaiting_approval: bool = False  # C3: plans a supervisor has to approve
    number: str = ""  # part of a complaint number (TS-2026-0001...)


def _choice(value: str, allowed: tuple[str, ...], field: str, message: str) -> str:
    if value not in allowed:
        raise DomainError(message, field)
    return value


def _text(value: str, field: str, required: str | None, limit: int = CONTENT_MAX) -> str:
    text = notes(value, field, limit)
    if required and not text:
        raise DomainError(required, field)
    return text


def _response_due(calendar: workdays.WorkCalendar, channel: str, received: datetime
                  ) -> tuple[datetime | None, bool]:
    """C1: when the channel's first response falls due, and whether it was estimated."""
    rule = RESPONSE_TIMES[channel]
    if rule is None:
        return None, False
    if isinstance(rule, timedelta):
        return received + rule, False
    # "Within 3 working days": by the end of the third working day after receipt (23:59, so
    # the deadline reads as that day, not as the next day's 00:00).
    due = calendar.deadline(clock.local_today(received), rule.count)
    _, end = clock.day_bounds(due.day)
    return end - timedelta(minutes=1), due.estimated


def _rectify_due(calendar: workdays.WorkCalendar, received: datetime, severity: str
                 ) -> workdays.Deadline:
    return calendar.deadline(clock.local_today(received), RECTIFY_WORKING_DAYS[severity])


# -- reading ---------------------------------------------------------------------------------

_customer = aliased(Customer)
_owner = aliased(Staff)


def _overdue_reasons(c: Complaint, at: datetime) -> tuple[str, ...]:
    """C8: which of the complaint's deadlines have passed unmet at ``at``."""
    today = clock.local_today(at)
    reasons = []
    if (c.state in (RECEIVED, IN_PROGRESS) and c.responded_at is None
            and c.response_due_at is not None and c.response_due_at < at):
        reasons.append("response")
    if c.state in (RECEIVED, IN_PROGRESS) and (c.rectify_due or c.promised_date) < today:
        reasons.append("rectification")
    if c.state == RECTIFIED and c.callback_due is not None and c.callback_due < today:
        reasons.append("callback")
    return tuple(reasons)


def _overdue_condition(at: datetime) -> Any:
    """The SQL twin of :func:`_overdue_reasons`, for the overdue view (C8)."""
    today = clock.local_today(at)
    return or_(
        and_(
            Complaint.state.in_((RECEIVED, IN_PROGRESS)),
            Complaint.responded_at.is_(None),
            Complaint.response_due_at < at,
        ),
        and_(Complaint.state == RECEIVED, Complaint.promised_date < today),
        and_(Complaint.state == IN_PROGRESS, Complaint.rectify_due < today),
        and_(Complaint.state == RECTIFIED, Complaint.callback_due < today),
    )


def _rows(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.add_columns(_customer.name, _customer.phone, _owner.display_name)
        .outerjoin(_customer, _customer.id == Complaint.customer_id)
        .join(_owner, _owner.id == Complaint.owner_id)
    )


def _row_at(at: datetime) -> Any:
    def make(c: Complaint, name: str | None, phone: str | None, owner: str) -> ComplaintRow:
        return ComplaintRow(
            c.id, c.number, c.received_at, c.channel, c.category, c.customer_id, name or "",
            mask_phone(phone), c.content, c.state, c.severity, c.owner_id, owner,
            c.response_due_at, c.responded_at, c.promised_date, c.rectify_due,
            c.callback_due, c.deadline_estimated, c.version, _overdue_reasons(c, at),
            c.state == IN_PROGRESS and bool(c.plan) and c.plan_approved_at is None,
        )
    return make


_SORTS: dict[str, tuple[Any, bool]] = {
    "number": (Complaint.number, False),
    "received_at": (Complaint.received_at, False),
    "customer": (_customer.name, True),
    "channel": (Complaint.channel, False),
    "category": (Complaint.category, False),
    "state": (Complaint.state, False),
    "severity": (Complaint.severity, True),
    "owner": (_owner.display_name, False),
    "promised_date": (Complaint.promised_date, False),
    "rectify_due": (Complaint.rectify_due, True),
}
SORT_KEYS = tuple(_SORTS)


def _sort_terms(sort: Sort | None) -> list[Term]:
    return sort_by(_SORTS, Complaint.id, sort, Sort("received_at", descending=True))


def _filtered(stmt: Select[Any], flt: ComplaintFilter, at: datetime) -> Select[Any]:
    if flt.date_from or flt.date_to:
        start, end = clock.day_bounds(
            flt.date_from or date(2000, 1, 1), flt.date_to or date(2999, 12, 31)
        )
        stmt = stmt.where(Complaint.received_at >= start, Complaint.received_at < end)
    if flt.states:
        stmt = stmt.where(Complaint.state.in_(flt.states))
    if flt.channel:
        stmt = stmt.where(Complaint.channel == flt.channel)
    if flt.category:
        stmt = stmt.where(Complaint.category == flt.category)
    if flt.owner_id:
        stmt = stmt.where(Complaint.owner_id == flt.owner_id)
    if flt.customer_id:
        stmt = stmt.where(Complaint.customer_id == flt.customer_id)
    if flt.overdue_only:
        stmt = stmt.where(_overdue_condition(at))
    if flt.awaiting_approval:
        stmt = stmt.where(Complaint.state == IN_PROGRESS, Complaint.plan != "",
                          Complaint.plan_approved_at.is_(None))
    number = clean_text(flt.number).upper().replace(" ", "")
    if number:
        # A number typed in full (or scanned) is found exactly; a fragment by its digits.
        stmt = stmt.where(
            Complaint.number.contains(number, autoescape=True) if len(number) < 14
            else Complaint.number == number
        )
    return stmt


def list_complaints(
    session: Session,
    actor: Actor,
    flt: ComplaintFilter,
    sort: Sort | None = None,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[ComplaintRow]:
    """One page of the complaint list, filtered and sorted in SQL (keyset paging)."""
    authorize(session, actor, "complaint.read")
    at = clock.now()
    stmt = _rows(_filtered(select(Complaint), flt, at))
    return keyset_page(session, stmt, _sort_terms(sort), after, limit, _row_at(at))


def count_complaints(session: Session, actor: Actor, flt: ComplaintFilter) -> int:
    authorize(session, actor, "complaint.read")
    return int(session.scalar(_filtered(select(func.count(Complaint.id)), flt, clock.now()))
               or 0)


def count_overdue(session: Session, actor: Actor) -> int:
    """How many complaints are overdue now (C8: the tab's title, the dashboard)."""
    authorize(session, actor, "complaint.read")
    return int(session.scalar(
        select(func.count(Complaint.id)).where(_overdue_condition(clock.now()))
    ) or 0)


def load(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This complaint no longer exists."))
    return complaint


def _name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    return staff.display_name if staff else ""


def get_complaint(session: Session, actor: Actor, complaint_id: int) -> ComplaintDetail:
    authorize(session, actor, "complaint.read")
    at = clock.now()
    found = session.execute(
        _rows(select(Complaint)).where(Complaint.id == complaint_id)
    ).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This complaint no longer exists."))
    c: Complaint = found[0]
    visit_number = session.scalar(select(Visit.number).where(Visit.id == c.visit_id)) or ""
    return ComplaintDetail(
        row=_row_at(at)(*found),
        visit_number=visit_number,
        demand=c.demand,
        receiver_name=_name(session, c.receiver_id),
        justified=c.justified,
        demand_reasonable=c.demand_reasonable,
        assessment=c.assessment,
        assessed_by=_name(session, c.assessed_by_id),
        plan=c.plan,
        plan_approved_at=c.plan_approved_at,
        plan_approved_by=_name(session, c.plan_approved_by_id),
        approval_opinion=c.approval_opinion,
        department=c.department,
        responsible_person=c.responsible_person,
        slip_issued_at=c.slip_issued_at,
        cause=c.cause,
        measures=c.measures,
        rectified_at=c.rectified_at,
        verified_by=_name(session, c.verified_by_id),
        closed_at=c.closed_at,
        allowed_actions=COMPLAINT_STATES.allowed_actions(c.state),
    )


def timeline(session: Session, actor: Actor, complaint_id: int) -> list[TimelineEntry]:
    """C6: who did what and when, with the notes, oldest first."""
    authorize(session, actor, "complaint.read")
    load(session, complaint_id)
    entries = []
    for row in reversed(audit.trail(session, "complaint", complaint_id)):
        before, after = row.before or {}, row.after or {}
        entries.append(TimelineEntry(
            row.at, row.staff_name, row.action, before.get("state"), after.get("state"),
            str(after.get("note", "")),
        ))
    return entries


def complaint_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """The customer's complaints for their service archive (K3)."""
    rows = session.execute(
        select(Complaint.id, Complaint.number, Complaint.received_at, Complaint.category,
               Complaint.content, Complaint.state)
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.received_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(at, "complaint", number, category, content[:120], state, complaint_id)
        for complaint_id, number, at, category, content, state in rows
    ]


# -- intake (C1, C2, C5) ---------------------------------------------------------------------

def take_complaint(
    session: Session, actor: Actor, data: ComplaintInput, received_at: datetime | None = None
) -> ComplaintDetail:
    """C2: the complaint is recorded and numbered at once; C5: the promised date is set (the
    general rectification deadline: a major complaint is then answered sooner than promised);
    C1: the channel's first response falls due."""
    authorize(session, actor, "complaint.write")
    channel = _choice(data.channel, CHANNELS, "channel",
                      QT_TRANSLATE_NOOP("DeskMessages", "Please choose how the complaint came in."))
    category = _choice(data.category, CATEGORIES, "category",
                       QT_TRANSLATE_NOOP("DeskMessages", "Please choose the complaint's category."))
    content = _text(data.content, "content",
                    QT_TRANSLATE_NOOP("DeskMessages", "Please write down what the complaint is."))
    demand = _text(data.demand, "demand", None)
    if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."), "customer"
        )
    customer_id = data.customer_id
    if data.visit_id is not None:
        visit = session.get(Visit, data.visit_id)
        if visit is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
        customer_id = customer_id or visit.customer_id
    if channel == "visit" and data.visit_id is None and customer_id is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages",
                              "A walk-in's complaint needs the customer (or the visit)."),
            "customer",
        )
    received = received_at or clock.now()
    if received > clock.now() + timedelta(minutes=5):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The time received cannot be in the future."),
            "received_at",
        )
    calendar = workdays.load_calendar(session)
    response_due, response_estimated = _response_due(calendar, channel, received)
    promised = _rectify_due(calendar, received, GENERAL)
    responded = received if channel == "visit" else (clock.now() if data.responded else None)
    complaint = Complaint(
        number=numbering.draw(session, numbering.COMPLAINT, clock.local_today(received)),
        channel=channel,
        category=category,
        customer_id=customer_id,
        visit_id=data.visit_id,
        content=content,
        demand=demand,
        received_at=received,
        receiver_id=actor.id,
        owner_id=actor.id,
        state=RECEIVED,
        response_due_at=response_due,
        responded_at=responded,
        promised_date=promised.day,
        deadline_estimated=promised.estimated or response_estimated,
    )
    session.add(complaint)
    session.flush()
    audit.record(session, actor.id, "complaint.create", "complaint", complaint.id,
                 after={"state": RECEIVED, **audit.snapshot(complaint, _AUDITED)})
    return get_complaint(session, actor, complaint.id)


# -- the steps of C3, C4 and C6 --------------------------------------------------------------

def _begin(session: Session, actor: Actor, complaint_id: int, action: str,
           expected_version: int) -> tuple[Complaint, Move]:
    complaint = load(session, complaint_id)
    move = COMPLAINT_STATES.begin(session, actor, action, complaint.state, complaint.number)
    if complaint.version != expected_version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Complaint {number} was changed by someone else meanwhile. Reload it.",
            ),
            number=complaint.number,
        )
    return complaint, move


def _apply(session: Session, actor: Actor, complaint: Complaint, move: Move, note: str,
           changes: dict[str, Any]) -> ComplaintDetail:
    """The step's effects and its audit row (S3, C6), then the complaint as it is now."""
    move.apply(session, complaint, note, changes)
    return get_complaint(session, actor, complaint.id)


def record_response(session: Session, actor: Actor, complaint_id: int, note: str,
                    expected_version: int) -> ComplaintDetail:
    """C1: the channel's first response was given (what was said goes on the timeline)."""
    complaint, move = _begin(session, actor, complaint_id, "respond", expected_version)
    if complaint.responded_at is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The first response was already recorded."), "note"
        )
    text = _text(note, "note", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write down what the customer was told."))
    return _apply(session, actor, complaint, move, text, {"responded_at": clock.now()})


def add_note(session: Session, actor: Actor, complaint_id: int, note: str,
             expected_version: int) -> ComplaintDetail:
    """A note on the timeline: evidence gathered (调查取证), a call made, a reminder sent."""
    complaint, move = _begin(session, actor, complaint_id, "add_note", expected_version)
    text = _text(note, "note", QT_TRANSLATE_NOOP("DeskMessages", "Please write the note."))
    return _apply(session, actor, complaint, move, text, {})


def _judgment(value: bool | None, field: str) -> bool:
    if value is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please give both judgments."), field
        )
    return value


def assess(
    session: Session,
    actor: Actor,
    complaint_id: int,
    justified: bool | None,
    demand_reasonable: bool | None,
    reasoning: str,
    severity: str | None,
    expected_version: int,
) -> ComplaintDetail:
    """C3: whether the grounds hold and whether the demand is reasonable.

    Not justified: ``reasoning`` is the reply given to the customer with its reason, and the
    complaint becomes 不成立. Justified: the severity sets the rectification deadline in PRC
    working days from receipt (C4).
    """
    grounds = _judgment(justified, "justified")
    reasonable = _judgment(demand_reasonable, "demand_reasonable")
    action = "assess" if grounds else "reject"
    complaint, move = _begin(session, actor, complaint_id, action, expected_version)
    text = _text(reasoning, "assessment", QT_TRANSLATE_NOOP(
        "DeskMessages",
        "Please write down the reasons (for an unfounded complaint: the reply given to the "
        "customer and why).",
    ))
    changes: dict[str, Any] = {
        "justified": grounds,
        "demand_reasonable": reasonable,
        "assessment": text,
        "assessed_at": clock.now(),
        "assessed_by_id": actor.id,
    }
    if grounds:
        level = _choice(severity or "", SEVERITIES, "severity", QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose whether the complaint is major or general."))
        due = _rectify_due(workdays.load_calendar(session), complaint.received_at, level)
        changes.update(severity=level, rectify_due=due.day,
                       deadline_estimated=complaint.deadline_estimated or due.estimated)
    return _apply(session, actor, complaint, move, text, changes)


def propose_plan(session: Session, actor: Actor, complaint_id: int, plan: str,
                 expected_version: int) -> ComplaintDetail:
    """C3: the handling plan (处理方案), drafted for a supervisor's approval. A new draft after an
    approval needs approving again."""
    complaint, move = _begin(session, actor, complaint_id, "propose_plan", expected_version)
    text = _text(plan, "plan", QT_TRANSLATE_NOOP("DeskMessages", "Please write the plan."))
    if complaint.slip_issued_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "The handling slip has been issued with the approved plan; add a note instead."),
            "plan")
    return _apply(session, actor, complaint, move, text, {
        "plan": text, "plan_approved_at": None, "plan_approved_by_id": None,
        "approval_opinion": "",
    })


def approve_plan(session: Session, actor: Actor, complaint_id: int, opinion: str,
                 expected_version: int) -> ComplaintDetail:
    """C3: a supervisor approves the plan (呈报领导审批) with their opinion."""
    complaint, move = _begin(session, actor, complaint_id, "approve_plan", expected_version)
    if not complaint.plan:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "There is no plan to approve yet."), "opinion")
    if complaint.plan_approved_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The plan is already approved."), "opinion")
    text = _text(opinion, "opinion", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write the approval opinion."))
    return _apply(session, actor, complaint, move, text, {
        "plan_approved_at": clock.now(), "plan_approved_by_id": actor.id,
        "approval_opinion": text,
    })


def return_plan(session: Session, actor: Actor, complaint_id: int, reason: str,
                expected_version: int) -> ComplaintDetail:
    """C3: the supervisor sends the plan back with what to change; the desk drafts it again
    (the returned draft stays on the timeline and in the audit trail)."""
    complaint, move = _begin(session, actor, complaint_id, "return_plan", expected_version)
    if not complaint.plan or complaint.plan_approved_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "There is no plan waiting for approval."), "reason")
    why = _text(reason, "reason", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please say what the plan should change."))
    return _apply(session, actor, complaint, move, why, {"plan": ""})


def issue_slip(session: Session, actor: Actor, complaint_id: int, department: str,
               responsible_person: str, expected_version: int) -> ComplaintDetail:
    """C3: the handling slip (受理处理单) with the approved opinion goes to the responsible
    department and person; the desk then follows it up (督办)."""
    complaint, move = _begin(session, actor, complaint_id, "issue_slip", expected_version)
    if complaint.plan_approved_at is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The plan must be approved by a supervisor before the slip is issued."
        ), "department")
    dept = clean_text(department, "department")
    person = clean_text(responsible_person, "responsible_person")
    if not dept:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please name the responsible department."), "department")
    if not person:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please name the responsible person."), "responsible_person")
    if len(dept) > 40 or len(person) > 40:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} characters."),
            "department" if len(dept) > 40 else "responsible_person", max=40)
    return _apply(session, actor, complaint, move, f"{dept} / {person}", {
        "department": dept, "responsible_person": person, "slip_issued_at": clock.now(),
    })


def extend_deadline(session: Session, actor: Actor, complaint_id: int, new_due: date | None,
                    reason: str, expected_version: int) -> ComplaintDetail:
    """A supervisor moves the rectification deadline later (延期), with the reason, e.g. a part
    on order the customer agreed to wait for. Never earlier: a deadline that goes backwards
    would make a late complaint look on time."""
    complaint, move = _begin(session, actor, complaint_id, "extend_deadline", expected_version)
    current = complaint.rectify_due or complaint.promised_date
    if new_due is None:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please give the new date."),
                          "new_due")
    if new_due <= current:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "The new date must be after the current deadline {current}: a deadline can be "
            "extended, never moved back."), "new_due", current=current.isoformat())
    if new_due > current + timedelta(days=90):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A deadline can be extended by at most 90 days at a time."),
            "new_due")
    why = _text(reason, "reason", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please give the reason (and whether the customer agreed)."))
    field = "rectify_due" if complaint.rectify_due is not None else "promised_date"
    return _apply(session, actor, complaint, move, why, {field: new_due})


def record_rectification(
    session: Session,
    actor: Actor,
    complaint_id: int,
    cause: str,
    responsible_person: str,
    measures: str,
    check_note: str,
    expected_version: int,
) -> ComplaintDetail:
    """C6 rectified: the cause, who was responsible, the measures, and the desk's own check
    that they were carried out (监督、检查整改情况). C7: the callback falls due 7 (major) or 14
    (general) days later."""
    complaint, move = _begin(session, actor, complaint_id, "rectify", expected_version)
    if complaint.slip_issued_at is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Issue the handling slip before recording the rectification."),
            "cause")
    why = _text(cause, "cause", QT_TRANSLATE_NOOP("DeskMessages", "Please write the cause."))
    person = clean_text(responsible_person, "responsible_person")
    if not person:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please name the responsible person."), "responsible_person")
    if len(person) > 40:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} characters."), "responsible_person", max=40)
    done = _text(measures, "measures", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write the measures taken."))
    checked = _text(check_note, "check_note", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write how the desk checked the rectification."))
    now = clock.now()
    days = CALLBACK_DAYS[complaint.severity or GENERAL]
    move.apply(session, complaint, checked, {
        "cause": why, "responsible_person": person, "measures": done, "rectified_at": now,
        "verified_by_id": actor.id,
        "callback_due": clock.local_today(now) + timedelta(days=days),
    })
    # B1: the callback is scheduled in the same commit (imported here: callbacks build on
    # complaints, not the other way round).
    from desk.services import callbacks

    callbacks.schedule_for_complaint(session, actor, complaint)
    return get_complaint(session, actor, complaint.id)


def close_unfounded(session: Session, actor: Actor, complaint_id: int, note: str,
                    expected_version: int) -> ComplaintDetail:
    """C6: an unfounded complaint closes once the customer has had the reply."""
    complaint, move = _begin(session, actor, complaint_id, "close", expected_version)
    if complaint.state != UNFOUNDED:
        # Closing after a callback needs the signed callback record (B2): the callbacks do it.
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A called-back complaint closes with its signed callback record."),
            "state")
    text = _text(note, "note", None)
    return _apply(session, actor, complaint, move, text, {"closed_at": clock.now()})

