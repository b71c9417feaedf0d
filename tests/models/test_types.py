"""Times are timezone-aware UTC on both backends (UTCDateTime), and naive ones are refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from desk.db import Database
from desk.models import AuditEntry

BEIJING = timezone(timedelta(hours=8))


def test_r1_times_round_trip_as_aware_utc(database: Database) -> None:
    """Stored from Beijing time, read back as the same instant in UTC. On PostgreSQL the
    session's own time zone must not leak into what the desk sees."""
    at = datetime(2026, 11, 25, 16, 30, 15, 123456, tzinfo=BEIJING)
    with database.transaction() as session:
        session.add(AuditEntry(at=at, staff_id=None, action="test", entity="test"))
    with database.read() as session:
        if database.backend == "postgresql":
            session.execute(text("SET LOCAL TIME ZONE 'America/New_York'"))
        stored = session.scalars(select(AuditEntry.at).where(AuditEntry.action == "test")).one()
    assert stored == at
    assert stored.tzinfo == UTC and stored.utcoffset() == timedelta(0)
    assert (stored.hour, stored.microsecond) == (8, 123456)


def test_r1_comparisons_use_the_instant_not_the_wall_clock(database: Database) -> None:
    at = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    with database.transaction() as session:
        session.add(AuditEntry(at=at, staff_id=None, action="test", entity="test"))
    same_instant_in_beijing = datetime(2026, 11, 25, 16, 0, tzinfo=BEIJING)
    with database.read() as session:
        found = session.scalars(
            select(AuditEntry.id).where(AuditEntry.at >= same_instant_in_beijing)
        ).all()
        later = session.scalars(
            select(AuditEntry.id).where(AuditEntry.at > same_instant_in_beijing)
        ).all()
    assert len(found) == 1 and later == []


def test_r1_naive_datetime_is_refused(database: Database) -> None:
    with pytest.raises(StatementError) as refused, database.transaction() as session:
        session.add(AuditEntry(at=datetime(2026, 11, 25, 8, 0), staff_id=None, action="test",
                               entity="test"))
        session.flush()
    assert isinstance(refused.value.orig, ValueError)
    assert "naive" in str(refused.value.orig)
    with database.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "test")).all() == []
