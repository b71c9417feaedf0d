"""The benchmarks' bulk loader: years of customers and visits in minutes, with SQLAlchemy Core.

A tool, not a service: it writes around the services (no audit rows, no leads) to reach the
sizes the budgets are measured at, while computing search keys and visit numbers exactly as
the services do. It reuses the demo's names, phrases and opening hours.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from desk.db import Database
from desk.demo import (
    _PHRASES,
    _PRODUCTS,
    BULK_EXTRA_CLERKS,
    DEMO_ACCOUNTS,
    OPENING_HOURS,
    OPENS,
    Progress,
    _arrival,
    _create_accounts,
    _customers,
    _handling,
    _NewCustomer,
    _open_window,
    _purpose,
    _refuse_unless_empty,
)
from desk.models import Customer, CustomerSearchKey, DocumentCounter, Visit
from desk.services import clock, numbering, searchkeys

CHUNK = 10_000


def _chunks(rows: Iterator[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk


def _day_shares(days: Sequence[date], today: date, now: datetime, total: int) -> list[int]:
    """``total`` visits over ``days``: weekends half as busy again, the store slowly growing,
    today only as far as it has got; rounded so the counts add up to ``total`` exactly."""
    weights = []
    for i, day in enumerate(days):
        weight = (1.5 if day.weekday() >= 5 else 1.0) * (0.7 + 0.6 * i / max(1, len(days) - 1))
        if day == today:
            start, end = _open_window(day, now)
            weight *= max(0.1, min(1.0, (end - start) / OPENING_HOURS))
        weights.append(weight)
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    by_remainder = sorted(range(len(days)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def bulk_fill(
    database: Database,
    customers: int,
    visits: int,
    progress: Progress | None = None,
    seed: int = 1,
) -> None:
    """Load ``customers`` customers and ``visits`` visits over about three years, fast.

    For the benchmarks (200,000 customers and 1,000,000 visits in a few minutes on SQLite).
    The accounts of :data:`DEMO_ACCOUNTS` and :data:`BULK_EXTRA_CLERKS` are created through
    the services; the rest is Core ``INSERT`` executemany in chunks, one transaction per chunk.
    Search keys come from :func:`desk.services.searchkeys.customer_keys` as in the service,
    visit numbers are ``JD-YYYYMMDD-NNNN`` per day in arrival order, and the document counters
    are set so numbering continues after the load. No audit rows, no leads. On SQLite the
    loading connection alone runs with ``synchronous=OFF`` (restored to FULL afterwards).
    """
    report = progress or (lambda done, total: None)
    total = customers + visits
    with database.transaction() as session:
        _refuse_unless_empty(session)
        actors = _create_accounts(session, DEMO_ACCOUNTS + BULK_EXTRA_CLERKS)
    clerk_ids = [a.id for a in actors.values() if a.role == "counter"]
    creator = actors[DEMO_ACCOUNTS[0].username].id

    rng = random.Random(seed)
    now = clock.now()
    today = clock.local_today(now)
    days = [today - timedelta(days=back) for back in range(3 * 365 - 1, -1, -1)]
    zone = clock.local_zone()

    with database.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _sqlite_pragmas(conn, "synchronous=OFF", "cache_size=-262144")
        try:
            loaded = 0
            ids: list[int] = []
            span = (days[-1] - days[0]).days or 1
            rows = (
                _customer_row(c, k, customers, days[0], span, creator, zone, now)
                for k, c in enumerate(_customers(rng, customers, company_share=0.002))
            )
            for chunk in _chunks(rows):
                with conn.begin():
                    new_ids = conn.execute(
                        insert(Customer).returning(Customer.id, sort_by_parameter_order=True),
                        chunk,
                    ).scalars().all()
                    keys = [
                        {"customer_id": cid, "key": key}
                        for cid, row in zip(new_ids, chunk, strict=True)
                        for key in sorted(searchkeys.customer_keys(
                            row["name"], row["phone"], row["member_no"], row["company"]))
                    ]
                    for part in range(0, len(keys), 2 * CHUNK):
                        conn.execute(insert(CustomerSearchKey), keys[part: part + 2 * CHUNK])
                ids.extend(new_ids)
                loaded += len(chunk)
                report(loaded, total)

            counts = _day_shares(days, today, now, visits)
            for chunk in _chunks(_visit_rows(rng, days, counts, ids, clerk_ids, now)):
                with conn.begin():
                    conn.execute(insert(Visit), chunk)
                loaded += len(chunk)
                report(loaded, total)
            counters = [
                {"kind": numbering.VISIT.prefix, "period": numbering.VISIT.period_of(day),
                 "last_value": n}
                for day, n in zip(days, counts, strict=True) if n
            ]
            if counters:
                with conn.begin():
                    conn.execute(insert(DocumentCounter), counters)
        finally:
            if sqlite:
                # The pooled connection goes back to the desk's durable settings (S4).
                _sqlite_pragmas(conn, "synchronous=FULL", "cache_size=-2000",
                                "wal_checkpoint(TRUNCATE)")


def _sqlite_pragmas(conn: Connection, *pragmas: str) -> None:
    """Run on the DBAPI connection itself: outside any transaction, this connection only."""
    if conn.in_transaction():
        conn.rollback()
    raw = conn.connection.dbapi_connection
    assert raw is not None
    for pragma in pragmas:
        raw.execute(f"PRAGMA {pragma}")


def _customer_row(
    c: _NewCustomer, k: int, total: int, first_day: date, span: int, creator: int,
    zone: tzinfo, now: datetime,
) -> dict[str, Any]:
    """Customer ``k`` joined the archive ``k/total`` of the way through the period."""
    day = first_day + timedelta(days=span * k // max(1, total))
    at = min(datetime.combine(day, OPENS, zone) + timedelta(seconds=(k * 7919) % 43200), now)
    return {
        "name": c.name, "phone": c.phone or None, "member_no": c.member_no or None,
        "company": c.company or None, "notes": c.notes, "created_at": at,
        "created_by_id": creator, "updated_at": at, "updated_by_id": creator, "version": 1,
    }


def _visit_rows(
    rng: random.Random,
    days: Sequence[date],
    counts: Sequence[int],
    customer_ids: Sequence[int],
    clerk_ids: Sequence[int],
    now: datetime,
) -> Iterator[dict[str, Any]]:
    """Visits day by day in arrival order; a visitor is a customer who had joined by then."""
    rendered = {
        purpose: [(n.format(p=p, n=q), o.format(p=p, n=q))
                  for n, o in texts for p in _PRODUCTS for q in (10, 30)]
        for purpose, texts in _PHRASES.items()
    }
    today = days[-1]
    for i, (day, count) in enumerate(zip(days, counts, strict=True)):
        if not count:
            continue
        start, end = _open_window(day, now)
        joined = max(1, len(customer_ids) * (i + 1) // len(days))
        arrivals = sorted(_arrival(rng, start, end) for _ in range(count))
        for n, arrived in enumerate(arrivals, start=1):
            purpose = _purpose(rng)
            note, outcome = rng.choice(rendered[purpose])
            finished = arrived + _handling(rng)
            still_open = day == today and (finished > now or n > count - 3)
            yield {
                "number": numbering.VISIT.format(day, n),
                "customer_id": (
                    customer_ids[rng.randrange(joined)]
                    if customer_ids and rng.random() >= 0.15 else None
                ),
                "purpose": purpose,
                "handler_id": clerk_ids[rng.randrange(len(clerk_ids))],
                "arrived_at": arrived,
                "finished_at": None if still_open else finished,
                "notes": note,
                "outcome": "" if still_open else outcome,
                "version": 1,
            }
