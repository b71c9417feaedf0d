"""Document numbers (S5): one counter row per kind and period, drawn inside the caller's
transaction, so two counters can never hand out the same number.

The counter row is bumped with ``UPDATE ... SET last_value = last_value + 1 RETURNING``: on
PostgreSQL the row lock makes the second counter wait for the first to commit; on SQLite the
write transaction (BEGIN IMMEDIATE) does the same. A number drawn by a transaction that later
rolls back is simply never used, as on paper forms.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import DocumentCounter


def next_value(session: Session, kind: str, period: str) -> int:
    bump = (
        update(DocumentCounter)
        .where(DocumentCounter.kind == kind, DocumentCounter.period == period)
        .values(last_value=DocumentCounter.last_value + 1)
        .returning(DocumentCounter.last_value)
    )
    value = session.execute(bump).scalar_one_or_none()
    if value is not None:
        return int(value)
    try:
        with session.begin_nested():
            session.add(DocumentCounter(kind=kind, period=period, last_value=1))
        return 1
    except IntegrityError:
        # Another counter created the row between our UPDATE and INSERT: bump it instead.
        return int(session.execute(bump).scalar_one())


def daily_number(session: Session, kind: str, day: date) -> str:
    """``JD-20261125-0007``: kind, local date, a sequence that restarts every day."""
    period = day.strftime("%Y%m%d")
    return f"{kind}-{period}-{next_value(session, kind, period):04d}"


def yearly_number(session: Session, kind: str, year: int) -> str:
    """``TS-2026-000123``: kind, year, a six-digit sequence that restarts every year."""
    return f"{kind}-{year}-{next_value(session, kind, str(year)):06d}"
