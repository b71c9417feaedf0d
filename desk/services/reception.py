"""Walk-in reception (接待登记, R1-R3): logging visits, finishing them, listing them."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Float, Select, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from desk.models import PURPOSES, Customer, Staff, Visit
from desk.services import audit, clock, numbering, replies
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import (
    PAGE_SIZE,
    Page,
    PageKey,
    Sort,
    Term,
    keyset_page,
    ordered,
    sort_by,
)
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import mask_phone, notes

OPEN, FINISHED = "open", "finished"
# R2: a visit is open until it is finished with its outcome; finishing is the one transition.
VISIT_STATES = StateMachine(
    "visit",
    (OPEN, FINISHED),
    {"finish": Transition((OPEN,), FINISHED, "visit.write")},
)
_AUDITED = ("number", "customer_id", "purpose", "arrived_at", "finished_at", "notes", "outcome")


@dataclass(frozen=True)
class VisitRow:
    id: int
    number: str
    arrived_at: datetime
    finished_at: datetime | None
    customer_id: int | None
    customer_name: str  # "" for an anonymous walk-in
    masked_phone: str
    purpose: str
    handler_id: int
    handler_name: str
    notes: str
    outcome: str
    version: int

    @property
    def is_open(self) -> bool:
        return self.finished_at is None

    @property
    def handling_seconds(self) -> int | None:
        """R2: end − arrival, the staff KPI 'time spent per customer'."""
        if self.finished_at is None:
            return None
        return int((self.finished_at - self.arrived_at).total_seconds())


@dataclass(frozen=True)
class VisitFilter:
    """What the visit list shows; defaults to today (local), every purpose, staff and state."""

    date_from: date | None = None
    date_to: date | None = None
    purpose: str | None = None
    handler_id: int | None = None
    state: str | None = None  # OPEN, FINISHED or None for both
    customer_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def today(cls) -> VisitFilter:
        today = clock.local_today()
        return cls(date_from=today, date_to=today)


def visit_state(visit: Visit) -> str:
    return OPEN if visit.finished_at is None else FINISHED


def _purpose(value: str) -> str:
    if value not in PURPOSES:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please choose the purpose of the visit."), "purpose"
        )
    return value


class _Elapsed(FunctionElement[float]):
    """``finished − arrived`` as a number to sort by (R2's handling time).

    SQLite keeps timestamps as text, and text minus text is 0 there, so it needs julianday();
    PostgreSQL gives an interval, turned into seconds.
    """

    type = Float()
    inherit_cache = True


@compiles(_Elapsed)
def _elapsed_default(element: _Elapsed, compiler: SQLCompiler, **kw: Any) -> str:
    finished, arrived = (compiler.process(c, **kw) for c in element.clauses)
    return f"({finished} - {arrived})"


@compiles(_Elapsed, "postgresql")
def _elapsed_postgresql(element: _Elapsed, compiler: SQLCompiler, **kw: Any) -> str:
    # An interval there: seconds as a double, so the list's page key is a plain number.
    finished, arrived = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(EXTRACT(EPOCH FROM ({finished} - {arrived})) AS DOUBLE PRECISION)"


@compiles(_Elapsed, "sqlite")
def _elapsed_sqlite(element: _Elapsed, compiler: SQLCompiler, **kw: Any) -> str:
    finished, arrived = (compiler.process(c, **kw) for c in element.clauses)
    return f"(julianday({finished}) - julianday({arrived}))"


_customer = aliased(Customer)
_handler = aliased(Staff)

# Sort key -> (column, may it be NULL). Customer and phone are NULL for anonymous walk-ins.
_SORTS: dict[str, tuple[Any, bool]] = {
    "number": (Visit.number, False),
    "arrived_at": (Visit.arrived_at, False),
    "customer": (_customer.name, True),
    "phone": (_customer.phone, True),
    "purpose": (Visit.purpose, False),
    "handler": (_handler.display_name, False),
    "state": (Visit.finished_at.is_(None), False),
    "finished_at": (Visit.finished_at, True),
    "duration": (_Elapsed(Visit.finished_at, Visit.arrived_at), True),
    "notes": (Visit.notes, False),
    "outcome": (Visit.outcome, False),
}
SORT_KEYS = tuple(_SORTS)


def _filtered(stmt: Select[Any], flt: VisitFilter) -> Select[Any]:
    if flt.date_from or flt.date_to:
        start, end = clock.day_bounds(
            flt.date_from or date(2000, 1, 1), flt.date_to or date(2999, 12, 31)
        )
        stmt = stmt.where(Visit.arrived_at >= start, Visit.arrived_at < end)
    if flt.purpose:
        stmt = stmt.where(Visit.purpose == _purpose(flt.purpose))
    if flt.handler_id:
        stmt = stmt.where(Visit.handler_id == flt.handler_id)
    if flt.state == OPEN:
        stmt = stmt.where(Visit.finished_at.is_(None))
    elif flt.state == FINISHED:
        stmt = stmt.where(Visit.finished_at.is_not(None))
    if flt.customer_id:
        stmt = stmt.where(Visit.customer_id == flt.customer_id)
    return stmt


def _rows(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.add_columns(_customer.name, _customer.phone, _handler.display_name)
        .outerjoin(_customer, _customer.id == Visit.customer_id)
        .join(_handler, _handler.id == Visit.handler_id)
    )


def _row(visit: Visit, name: str | None, phone: str | None, handler: str) -> VisitRow:
    return VisitRow(
        visit.id,
        visit.number,
        visit.arrived_at,
        visit.finished_at,
        visit.customer_id,
        name or "",
        mask_phone(phone),
        visit.purpose,
        visit.handler_id,
        handler,
        visit.notes,
        visit.outcome,
        visit.version,
    )


# The list's columns, read as plain values: building ORM objects (identity map, attribute
# instrumentation) for a page took about half of the worker's Python time, time in which it
# holds the GIL that the window's repaint waits for.
_LISTED: tuple[Any, ...] = (
    Visit.id,
    Visit.number,
    Visit.arrived_at,
    Visit.finished_at,
    Visit.customer_id,
    Visit.purpose,
    Visit.handler_id,
    Visit.notes,
    Visit.outcome,
    Visit.version,
)


def _listed_row(
    visit_id: int, number: str, arrived_at: datetime, finished_at: datetime | None,
    customer_id: int | None, purpose: str, handler_id: int, visit_notes: str, outcome: str,
    version: int, name: str | None, phone: str | None, handler: str,
) -> VisitRow:
    return VisitRow(
        visit_id, number, arrived_at, finished_at, customer_id, name or "", mask_phone(phone),
        purpose, handler_id, handler, visit_notes, outcome, version,
    )


def _sort_terms(sort: Sort | None) -> list[Term]:
    """The list's order (newest first unless asked), as keyset terms; one for pages and
    exports alike."""
    return sort_by(_SORTS, Visit.id, sort, Sort("arrived_at", descending=True))


def list_visits(
    session: Session,
    actor: Actor,
    flt: VisitFilter,
    sort: Sort | None = None,
    *,
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> Page[VisitRow]:
    """One page of the visit list, filtered and sorted in SQL, starting after the key of the
    previous page's last row (keyset paging: stable while other counters log visits)."""
    authorize(session, actor, "visit.read")
    stmt = _rows(_filtered(select(*_LISTED), flt))
    return keyset_page(session, stmt, _sort_terms(sort), after, limit, _listed_row)


def stream_visits(
    session: Session, actor: Actor, flt: VisitFilter, sort: Sort | None = None,
    batch: int = 2000,
) -> Generator[VisitRow, None, None]:
    """Every visit the filter matches, in the list's order, fetched ``batch`` rows at a time
    from one query: a consistent snapshot for an export, however long it runs, with each
    row exactly once while other counters log visits meanwhile."""
    authorize(session, actor, "visit.read")
    stmt = ordered(_rows(_filtered(select(*_LISTED), flt)), _sort_terms(sort))
    with session.execute(stmt.execution_options(yield_per=batch)) as result:
        for row in result:
            yield _listed_row(*row)


def count_visits(session: Session, actor: Actor, flt: VisitFilter) -> int:
    authorize(session, actor, "visit.read")
    return int(session.scalar(_filtered(select(func.count(Visit.id)), flt)) or 0)


def visitors_today(session: Session, actor: Actor) -> int:
    """Today's visitor count for the status bar and the dashboard (D1)."""
    return count_visits(session, actor, VisitFilter.today())


@dataclass(frozen=True)
class TodayAtTheCounter:
    """The status bar's line (D1): who came today and how many of them are still being served."""

    visitors: int
    still_open: int


def today_at_the_counter(session: Session, actor: Actor) -> TodayAtTheCounter:
    today = VisitFilter.today()
    return TodayAtTheCounter(
        visitors=count_visits(session, actor, today),
        still_open=count_visits(
            session, actor, VisitFilter(today.date_from, today.date_to, state=OPEN)
        ),
    )


def open_visit_of(session: Session, actor: Actor, customer_id: int) -> VisitRow | None:
    """The customer's newest visit that is still open, if any.

    The counter is told before logging a second one (a customer waiting at two desks, or a
    visit nobody finished), but may go on: a second concern is a legitimate second visit.
    """
    authorize(session, actor, "visit.read")
    found = session.execute(
        _rows(select(Visit))
        .where(Visit.customer_id == customer_id, Visit.finished_at.is_(None))
        .order_by(Visit.arrived_at.desc(), Visit.id.desc())
        .limit(1)
    ).first()
    return _row(*found) if found is not None else None


def get_visit(session: Session, actor: Actor, visit_id: int) -> VisitRow:
    authorize(session, actor, "visit.read")
    found = session.execute(_rows(select(Visit)).where(Visit.id == visit_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
    return _row(*found)


def log_visit(
    session: Session,
    actor: Actor,
    customer_id: int | None,
    purpose: str,
    visit_notes: str = "",
    arrived_at: datetime | None = None,
) -> VisitRow:
    """R1: the arrival time is now, the handler is the signed-in staff member."""
    authorize(session, actor, "visit.write")
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("DeskMessages", "This customer no longer exists."), "customer"
        )
    arrived = arrived_at or clock.now()
    visit = Visit(
        number=numbering.draw(session, numbering.VISIT, clock.local_today(arrived)),
        customer_id=customer_id,
        purpose=_purpose(purpose),
        handler_id=actor.id,
        arrived_at=arrived,
        notes=notes(visit_notes),
        outcome="",
    )
    session.add(visit)
    session.flush()
    audit.record(
        session, actor.id, "visit.create", "visit", visit.id, after=audit.snapshot(visit, _AUDITED)
    )
    return get_visit(session, actor, visit.id)


def finish_visit(
    session: Session,
    actor: Actor,
    visit_id: int,
    outcome: str,
    expected_version: int,
    finished_at: datetime | None = None,
    *,
    promise: replies.ReplyPromise | None = None,
) -> VisitRow:
    """R2: the outcome and the end time; handling time = end − arrival.

    R1: a question that could not be answered on the spot is promised a reply in the same
    commit, so a visit is never finished with its promise lost (or promised twice)."""
    authorize(session, actor, "visit.write")
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This visit no longer exists."))
    move = VISIT_STATES.begin(session, actor, "finish", visit_state(visit), visit.number)
    if visit.version != expected_version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "Visit {number} was changed by someone else meanwhile. Reload it."
            ),
            number=visit.number,
        )
    text = notes(outcome, "outcome")
    if not text:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please write down the outcome of the visit."),
            "outcome",
        )
    before = audit.snapshot(visit, ("finished_at", "outcome"))
    visit.finished_at = max(finished_at or clock.now(), visit.arrived_at)
    visit.outcome = text
    session.flush()
    move.record(session, visit.id, before=before,
                after=audit.snapshot(visit, ("finished_at", "outcome")))
    if promise is not None:
        replies.record_promise(session, actor, visit, promise, at=visit.finished_at)
    return get_visit(session, actor, visit.id)


def visit_history(session: Session, customer_id: int) -> list[HistoryItem]:
    rows = session.execute(
        select(
            Visit.id,
            Visit.number,
            Visit.arrived_at,
            Visit.finished_at,
            Visit.purpose,
            Visit.notes,
            Visit.outcome,
        )
        .where(Visit.customer_id == customer_id)
        .order_by(Visit.arrived_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(
            arrived,
            "visit",
            number,
            purpose,
            (outcome or text)[:120],
            OPEN if finished is None else FINISHED,
            visit_id,
        )
        for visit_id, number, arrived, finished, purpose, text, outcome in rows
    ]

