"""Suggestions and opinions (建议/意见, C1a): recorded with their own number (``JY-2026-000042``),
passed to the department concerned, which evaluates them and proposes an improvement, closed
with the feedback given; a periodic feedback report.

They are not complaints: they live in their own table, draw their own numbers and are never
read by the complaint lists, the overdue view or the complaint rate (C11).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from desk.models import CHANNELS, Customer, Staff, Suggestion
from desk.services import audit, clock, numbering
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
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
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports.suggestions_excel import SuggestionSheetWords

RECEIVED, PASSED, EVALUATED, CLOSED = "received", "passed", "evaluated", "closed"

# C1a. Passing it on again (to another department) is allowed until it is evaluated.
SUGGESTION_STATES = StateMachine(
    "suggestion",
    (RECEIVED, PASSED, EVALUATED, CLOSED),
    {
        "pass": Transition((RECEIVED, PASSED), PASSED, "suggestion.write"),
        "evaluate": Transition((PASSED, EVALUATED), EVALUATED, "suggestion.write"),
        "close": Transition((EVALUATED,), CLOSED, "suggestion.write"),
    },
)
OPEN_STATES = (RECEIVED, PASSED, EVALUATED)

CONTENT_MAX = 4000
DEPARTMENT_MAX = 40
_AUDITED = ("number", "channel", "customer_id", "content", "received_at", "owner_id")


@dataclass(frozen=True)
class SuggestionInput:
    channel: str
    content: str
    customer_id: int | None = None


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    number: str
    received_at: datetime
    channel: str
    customer_id: int | None
    customer_name: str
    masked_phone: str
    content: str
    state: str
    department: str
    passed_at: datetime | None
    evaluation: str
    proposal: str
    evaluated_at: datetime | None
    feedback: str
    closed_at: datetime | None
    owner_id: int
    owner_name: str
    version: int

    @property
    def allowed_actions(self) -> tuple[str, ...]:
        return SUGGESTION_STATES.allowed_actions(self.state)


@dataclass(frozen=True)
class SuggestionFilter:
    date_from: date | None = None
    date_to: date | None = None
    states: tuple[str, ...] = ()
    department: str = ""
    customer_id: int | None = None


_customer = aliased(Customer)
_owner = aliased(Staff)


def _rows(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.add_columns(_customer.name, _customer.phone, _owner.display_name)
        .outerjoin(_customer, _customer.id == Suggestion.customer_id)
        .join(_owner, _owner.id == Suggestion.owner_id)
    )


def _make(s: Suggestion, name: str | None, phone: str | None, owner: str) -> SuggestionRow:
    return SuggestionRow(
        s.id, s.number, s.received_at, s.channel, s.customer_id, name or "", mask_phone(phone),
        s.content, s.state, s.department, s.passed_at, s.evaluation, s.proposal,
        s.evaluated_at, s.feedback, s.closed_at, s.owner_id, owner, s.version,
    )


_SORTS: dict[str, tuple[Any, bool]] = {
    "number": (Suggestion.number, False),
    "received_at": (Suggestion.received_at, False),
    "customer": (_customer.name, True),
    "channel": (Suggestion.channel, False),
    "state": (Suggestion.state, False),
    "department": (Suggestion.department, False),
    "owner": (_owner.display_name, False),
}
SORT_KEYS = tuple(_SORTS)


def _sort_terms(sort: Sort | None) -> list[Term]:
    return sort_by(_SORTS, Suggestion.id, sort, Sort("received_at", descending=True))


def _filtered(stmt: Select[Any], flt: SuggestionFilter) -> Select[Any]:
    if flt.date_from or flt.date_to:
        start, end = clock.day_bounds(
            flt.date_from or date(2000, 1, 1), flt.date_to or date(2999, 12, 31))
        stmt = stmt.where(Suggestion.received_at >= start, Suggestion.received_at < end)
    if flt.states:
        stmt = stmt.where(Suggestion.state.in_(flt.states))
    department = clean_text(flt.department)
    if department:
        stmt = stmt.where(Suggestion.department == department)
    if flt.customer_id:
        stmt = stmt.where(Suggestion.customer_id == flt.customer_id)
    return stmt


def list_suggestions(
    session: Session,
    actor: Actor,
    flt: SuggestionFilter,
    sort: Sort | None = None,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[SuggestionRow]:
    """One page of suggestions, filtered and sorted in SQL (keyset paging)."""
    authorize(session, actor, "suggestion.read")
    stmt = _rows(_filtered(select(Suggestion), flt))
    return keyset_page(session, stmt, _sort_terms(sort), after, limit, _make)


def count_suggestions(session: Session, actor: Actor, flt: SuggestionFilter) -> int:
    authorize(session, actor, "suggestion.read")
    return int(session.scalar(_filtered(select(func.count(Suggestion.id)), flt)) or 0)


def get_suggestion(session: Session, actor: Actor, suggestion_id: int) -> SuggestionRow:
    authorize(session, actor, "suggestion.read")
    found = session.execute(
        _rows(select(Suggestion)).where(Suggestion.id == suggestion_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This suggestion no longer exists."))
    return _make(*found)


def suggestion_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """The customer's suggestions for their service archive (K3)."""
    rows = session.execute(
        select(Suggestion.id, Suggestion.number, Suggestion.received_at, Suggestion.channel,
               Suggestion.content, Suggestion.state)
        .where(Suggestion.customer_id == customer_id)
        .order_by(Suggestion.received_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(at, "suggestion", number, channel, content[:120], state, suggestion_id)
        for suggestion_id, number, at, channel, content, state in rows
    ]


def _text(value: str, field: str, required: str) -> str:
    text = notes(value, field, CONTENT_MAX)
    if not text:
        raise DomainError(required, field)
    return text


def take_suggestion(session: Session, actor: Actor, data: SuggestionInput,
                    received_at: datetime | None = None) -> SuggestionRow:
    """C1a: the suggestion is recorded and numbered at once (JY, its own sequence)."""
    authorize(session, actor, "suggestion.write")
    if data.channel not in CHANNELS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose how the suggestion came in."), "channel")
    content = _text(data.content, "content", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write down the suggestion."))
    if data.customer_id is not None and session.get(Customer, data.customer_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."), "customer")
    received = received_at or clock.now()
    if received > clock.now() + timedelta(minutes=5):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The time received cannot be in the future."), "received_at")
    suggestion = Suggestion(
        number=numbering.draw(session, numbering.SUGGESTION, clock.local_today(received)),
        channel=data.channel, customer_id=data.customer_id, content=content, state=RECEIVED,
        received_at=received, received_by_id=actor.id, owner_id=actor.id,
    )
    session.add(suggestion)
    session.flush()
    audit.record(session, actor.id, "suggestion.create", "suggestion", suggestion.id,
                 after={"state": RECEIVED, **audit.snapshot(suggestion, _AUDITED)})
    return get_suggestion(session, actor, suggestion.id)


def _begin(session: Session, actor: Actor, suggestion_id: int, action: str,
           expected_version: int) -> tuple[Suggestion, Any]:
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This suggestion no longer exists."))
    move = SUGGESTION_STATES.begin(session, actor, action, suggestion.state, suggestion.number)
    if suggestion.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "Suggestion {number} was changed by someone else meanwhile. Reload it."),
            number=suggestion.number)
    return suggestion, move


def _apply(session: Session, actor: Actor, suggestion: Suggestion, move: Move, note: str,
           changes: dict[str, Any]) -> SuggestionRow:
    move.apply(session, suggestion, note, changes)
    return get_suggestion(session, actor, suggestion.id)


def pass_to_department(session: Session, actor: Actor, suggestion_id: int, department: str,
                       note: str, expected_version: int) -> SuggestionRow:
    """C1a: passed to the department concerned (again, to another one, until evaluated)."""
    suggestion, move = _begin(session, actor, suggestion_id, "pass", expected_version)
    dept = clean_text(department, "department")
    if not dept:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please name the department concerned."), "department")
    if len(dept) > DEPARTMENT_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters."),
                          "department", max=DEPARTMENT_MAX)
    text = notes(note, "note", CONTENT_MAX)
    return _apply(session, actor, suggestion, move, text,
                  {"department": dept, "passed_at": clock.now()})


def evaluate(session: Session, actor: Actor, suggestion_id: int, evaluation: str,
             proposal: str, expected_version: int) -> SuggestionRow:
    """C1a: the department's evaluation and its improvement proposal (a corrected evaluation
    replaces the earlier one, which stays in the audit trail)."""
    suggestion, move = _begin(session, actor, suggestion_id, "evaluate", expected_version)
    judged = _text(evaluation, "evaluation", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write the department's evaluation."))
    improve = notes(proposal, "proposal", CONTENT_MAX)
    return _apply(session, actor, suggestion, move, "", {
        "evaluation": judged, "proposal": improve, "evaluated_at": clock.now(),
    })


def close_with_feedback(session: Session, actor: Actor, suggestion_id: int, feedback: str,
                        expected_version: int) -> SuggestionRow:
    """C1a: closed once the person who made it has been told what came of it."""
    suggestion, move = _begin(session, actor, suggestion_id, "close", expected_version)
    told = _text(feedback, "feedback", QT_TRANSLATE_NOOP(
        "DeskMessages", "Please write the feedback given."))
    return _apply(session, actor, suggestion, move, "",
                  {"feedback": told, "closed_at": clock.now()})


# -- the periodic feedback report (C1a) ------------------------------------------------------

@dataclass(frozen=True)
class FeedbackReport:
    date_from: date
    date_to: date
    # (department, state) -> count; "" for suggestions not yet passed on
    counts: Mapping[tuple[str, str], int]
    departments: tuple[str, ...]  # sorted, "" first when present
    suggestions: tuple[SuggestionRow, ...]  # received in the period, oldest first


def feedback_report(session: Session, actor: Actor, date_from: date, date_to: date
                    ) -> FeedbackReport:
    """C1a: the suggestions received in a period (local days, inclusive), counted by
    department and state, each with its evaluation and proposal."""
    authorize(session, actor, "suggestion.read")
    if date_to < date_from:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The period ends before it starts."), "date_to")
    if (date_to - date_from).days > 366:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A report covers at most one year."), "date_to")
    start, end = clock.day_bounds(date_from, date_to)
    rows = tuple(
        _make(*found) for found in session.execute(
            _rows(select(Suggestion))
            .where(Suggestion.received_at >= start, Suggestion.received_at < end)
            .order_by(Suggestion.received_at, Suggestion.id)
        )
    )
    counts = Counter((row.department, row.state) for row in rows)
    departments = tuple(sorted({row.department for row in rows}))
    return FeedbackReport(date_from, date_to, dict(counts), departments, rows)


SHEET = "SuggestionSheet"


@dataclass(frozen=True)
class ReportFile:
    path: Path
    count: int


def _period(date_from: date, date_to: date) -> str:
    return f"{date_from:%Y-%m-%d} – {date_to:%Y-%m-%d}"


def feedback_file_name(date_from: date, date_to: date, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Suggestions {period}")).format(
        period=f"{date_from:%Y-%m-%d} {date_to:%Y-%m-%d}") + ".xlsx"


def feedback_sheet_words(report: FeedbackReport, exporter: str, at: datetime,
                         translate: Translate) -> SuggestionSheetWords:
    from desk.reports.suggestions_excel import SuggestionSheetWords
    from desk.services import vocabulary

    def t(context: str, text: str) -> str:
        return translate(context, text)

    return SuggestionSheetWords(
        title=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Suggestions {period}")).format(
            period=_period(report.date_from, report.date_to)),
        exported=vocabulary.exported_by(exporter, at, translate),
        sheet_summary=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "By department")),
        sheet_list=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Suggestions")),
        department_word=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Department")),
        not_passed=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "(not passed on yet)")),
        total_word=t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Total")),
        states={state: vocabulary.state_word("suggestion", state, translate)
                for state in SUGGESTION_STATES.states},
        channels={code: t(vocabulary.LABELS, text) for code, text in vocabulary.CHANNELS.items()},
        columns=(
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "No.")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Received")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Channel")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Customer")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Suggestion")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Department")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "State")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Evaluation")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Improvement proposal")),
            t(SHEET, QT_TRANSLATE_NOOP("SuggestionSheet", "Feedback given")),
        ),
        anonymous=t(vocabulary.LABELS, vocabulary.ANONYMOUS),
    )


def export_feedback_report(
    source: SessionSource,
    actor: Actor,
    date_from: date,
    date_to: date,
    path: Path,
    translate: Translate,
    control: JobControl,
) -> ReportFile:
    """The periodic feedback report (C1a) into a workbook, as a job; K2: exported with
    ``complaint.export`` (the desk's exports), audited with the file; cancelled, nothing."""
    from desk.reports.suggestions_excel import write_feedback_report

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "complaint.export")
        report = feedback_report(session, actor, date_from, date_to)
    control.step(0, 1)
    words = feedback_sheet_words(report, actor.display_name, clock.now(), translate)
    try:
        with output_file(path) as temp:
            count = write_feedback_report(temp, report.departments, report.counts,
                                          report.suggestions, words, clock.local_zone())
            control.step(1, 1)
            with source.transaction() as session:
                authorize(session, actor, "complaint.export")
                audit.record(session, actor.id, "suggestion.export", "suggestion", None, after={
                    "file": str(path), "count": count, "from": date_from.isoformat(),
                    "to": date_to.isoformat(),
                })
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return ReportFile(path, count)
