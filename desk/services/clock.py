"""Time as the counter sees it: stored in UTC, reasoned about in the store's local time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo

_replayed: datetime | None = None


def now() -> datetime:
    return _replayed if _replayed is not None else datetime.now(UTC)


@contextmanager
def replaying(at: datetime) -> Iterator[None]:
    """Run the real services as if it were ``at`` (the demo replays three weeks of a counter,
    so every step of a complaint and its audit row carry the moment it happened). Not for the
    window: one thread, one replay at a time."""
    global _replayed
    if at.tzinfo is None:
        raise ValueError("naive datetime given to clock.replaying")
    previous, _replayed = _replayed, at
    try:
        yield
    finally:
        _replayed = previous


def local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def local_today(at: datetime | None = None) -> date:
    return (at or now()).astimezone(local_zone()).date()


def day_bounds(first: date, last: date | None = None) -> tuple[datetime, datetime]:
    """UTC instants covering the local calendar days ``first`` to ``last`` inclusive."""
    zone = local_zone()
    start = datetime.combine(first, time.min, zone)
    end = datetime.combine((last or first) + timedelta(days=1), time.min, zone)
    return start.astimezone(UTC), end.astimezone(UTC)
