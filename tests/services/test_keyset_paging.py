"""Issue 5 §3: paging is stable while another counter inserts rows (keyset, not OFFSET).

A clerk scrolls the visit list page by page while other counters log visits (some of them
anonymous, unfinished, of customers without a phone: NULL in the nullable sort columns). Every
row that existed when the clerk started is seen exactly once, whatever the sort column and
direction; a row logged meanwhile is seen at most once.
"""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from desk.db import Database
from desk.services import leads, reception
from desk.services.paging import PageKey, Sort
from desk.services.permissions import Actor
from desk.services.reception import VisitFilter
from tests.services.helpers import add_customer, local_time

PURPOSES = ("inquiry", "repair", "gift")


def _log(database: Database, actor: Actor, customer_id: int | None, n: int) -> int:
    """Visit ``n``: a few share an arrival time and a customer (ties), a third stay open."""
    with database.transaction() as session:
        visit = reception.log_visit(
            session, actor, customer_id, PURPOSES[n % 3], f"note {n % 4}",
            arrived_at=local_time(1 + n % 2, 9 + n % 5),
        )
        if n % 3:
            visit = reception.finish_visit(
                session, actor, visit.id, f"outcome {n % 2}", visit.version,
                finished_at=visit.arrived_at + timedelta(minutes=5 * (n % 4)),
            )
        return visit.id


@pytest.fixture
def customer_ids(database: Database, clerk: Actor) -> list[int | None]:
    with_phone = add_customer(database, clerk, "张三", "13812345678").id
    twin = add_customer(database, clerk, "张三", "13912345678").id  # same name: a tie
    no_phone = add_customer(database, clerk, "李四", "").id
    return [with_phone, twin, no_phone, None]  # None: an anonymous walk-in


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", reception.SORT_KEYS)
def test_s3_visit_pages_stay_stable_while_another_counter_logs_visits(
    database: Database, clerk: Actor, customer_ids: list[int | None], key: str,
    descending: bool,
) -> None:
    kinds = itertools.cycle(customer_ids)
    existing = {_log(database, clerk, next(kinds), n) for n in range(14)}
    sort, seen, after = Sort(key, descending), [], None
    for page_number in itertools.count():
        with database.read() as session:
            page = reception.list_visits(session, clerk, VisitFilter(), sort, after=after, limit=3)
        seen += [row.id for row in page.rows]
        if page.after is None:
            break
        after = page.after
        # Meanwhile another counter logs two visits, which sort anywhere in the list.
        _log(database, clerk, next(kinds), 100 + page_number)
        _log(database, clerk, next(kinds), 200 + page_number)
    assert len(seen) == len(set(seen)), "a row was shown twice"
    assert existing <= set(seen), "a row was skipped"


def test_s3_keyset_pages_match_the_full_sorted_list(
    database: Database, clerk: Actor, customer_ids: list[int | None]
) -> None:
    """Without inserts, walking the pages gives exactly the one-query order."""
    kinds = itertools.cycle(customer_ids)
    for n in range(11):
        _log(database, clerk, next(kinds), n)
    for key, descending in itertools.product(reception.SORT_KEYS, (False, True)):
        sort = Sort(key, descending)
        with database.read() as session:
            whole = [r.id for r in reception.list_visits(
                session, clerk, VisitFilter(), sort, limit=100).rows]
            walked = [r.id for r in reception.stream_visits(
                session, clerk, VisitFilter(), sort, batch=2)]
        assert walked == whole, key


def test_r4_lead_pages_stay_stable_while_leads_are_recorded(
    database: Database, clerk: Actor
) -> None:
    def record(n: int) -> int:
        with database.transaction() as session:
            lead = leads.create_lead(
                session, clerk, f"客户{n}", "13600001234", f"要 {n} 台风扇",
                salesperson="小刘" if n % 2 else "",
            )
            return lead.id

    existing = {record(n) for n in range(9)}
    seen: list[int] = []
    after: PageKey | None = None
    for n in itertools.count():
        with database.read() as session:
            page = leads.list_leads(session, clerk, after=after, limit=2)
        seen += [row.id for row in page.rows]
        if page.after is None:
            break
        after = page.after
        record(50 + n)  # unassigned: sorts to the very top, above the clerk's place
    assert len(seen) == len(set(seen))
    assert existing <= set(seen)
