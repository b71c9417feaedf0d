"""Time as the counter sees it: stored in UTC, reasoned about in the store's local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def now() -> datetime:
    return datetime.now(UTC)


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
