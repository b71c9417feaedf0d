"""Document numbers (S5): per kind and period, never handed out twice, even to two counters."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest

from desk.db import Database
from desk.services import numbering, reception
from desk.services.permissions import Actor
from tests.services.helpers import local_time

THREADS = 2
EACH = 25
OTHER_DAILY = numbering.DocumentKind("JC", "day", 4)


def test_s5_daily_numbers_increment_and_restart_the_next_day(database: Database) -> None:
    with database.transaction() as session:
        first = numbering.draw(session, numbering.VISIT, date(2026, 11, 25))
    with database.transaction() as session:
        second = numbering.draw(session, numbering.VISIT, date(2026, 11, 25))
        next_day = numbering.draw(session, numbering.VISIT, date(2026, 11, 26))
        other_kind = numbering.draw(session, OTHER_DAILY, date(2026, 11, 25))
    assert (first, second) == ("JD-20261125-0001", "JD-20261125-0002")
    assert next_day == "JD-20261126-0001"
    assert other_kind == "JC-20261125-0001"
    with database.transaction() as session:
        assert numbering.draw(session, numbering.VISIT, date(2026, 11, 25)) == "JD-20261125-0003"


def test_s5_yearly_number_format(database: Database) -> None:
    with database.transaction() as session:
        numbers = [
            numbering.draw(session, numbering.COMPLAINT, date(2026, 1, 1)) for _ in range(3)
        ]
        numbers.append(numbering.draw(session, numbering.COMPLAINT, date(2027, 1, 1)))
    assert numbers == ["TS-2026-000001", "TS-2026-000002", "TS-2026-000003", "TS-2027-000001"]


def test_s5_a_refused_action_uses_up_no_number(database: Database) -> None:
    """The draw rolls back with the refused action (no record ever bore it): no gap."""
    with pytest.raises(RuntimeError), database.transaction() as session:
        assert numbering.draw(session, numbering.COMPLAINT, date(2026, 1, 1)) == "TS-2026-000001"
        raise RuntimeError("refused")
    with database.transaction() as session:
        assert numbering.draw(session, numbering.COMPLAINT, date(2026, 1, 1)) == "TS-2026-000001"
        assert numbering.draw(session, numbering.COMPLAINT, date(2026, 1, 1)) == "TS-2026-000002"


def test_s5_visit_numbers_follow_the_local_arrival_day(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        numbers = [
            reception.log_visit(session, clerk, None, "inquiry", arrived_at=local_time(2, h)).number
            for h in (9, 10, 23)
        ]
        numbers.append(
            reception.log_visit(session, clerk, None, "inquiry", arrived_at=local_time(1, 0)).number
        )
    day2, day1 = local_time(2, 0).strftime("%Y%m%d"), local_time(1, 0).strftime("%Y%m%d")
    assert numbers == [f"JD-{day2}-0001", f"JD-{day2}-0002", f"JD-{day2}-0003",
                       f"JD-{day1}-0001"]


def test_s5_two_counters_never_get_the_same_number(database_url: str, database: Database) -> None:
    """Two threads, each with its own Database (its own engine and connections) on the same
    file or server, draw numbers in separate transactions at the same moment."""
    start = threading.Barrier(THREADS)

    def counter_desk() -> list[str]:
        desk = Database(database_url)
        try:
            start.wait(timeout=10)
            drawn = []
            for _ in range(EACH):
                with desk.transaction() as session:
                    drawn.append(numbering.draw(session, numbering.VISIT, date(2026, 11, 25)))
            return drawn
        finally:
            desk.dispose()

    with ThreadPoolExecutor(THREADS) as pool:
        futures = [pool.submit(counter_desk) for _ in range(THREADS)]
        results = [f.result(timeout=60) for f in futures]
    drawn = [n for result in results for n in result]
    assert len(drawn) == len(set(drawn)) == THREADS * EACH
    assert sorted(drawn) == [f"JD-20261125-{i:04d}" for i in range(1, THREADS * EACH + 1)]
    # Each desk saw its own numbers rise.
    assert all(result == sorted(result) for result in results)


def test_s5_every_kind_has_its_own_prefix_and_formats_itself() -> None:
    """One table of kinds: prefixes are unique, and a kind with no period has none."""
    assert len(numbering.KINDS) == len({k.prefix for k in numbering.KINDS.values()})
    assert numbering.DocumentKind("HF", "never", 5).format(date(2026, 11, 25), 42) == "HF-00042"
    assert numbering.VISIT.format(date(2026, 11, 25), 7) == "JD-20261125-0007"
