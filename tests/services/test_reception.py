"""Walk-in reception: logging (R1), finishing (R2) and the visit list."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, DocumentCounter, Visit
from desk.services import clock, customers, reception
from desk.services.customers import CustomerInput
from desk.services.errors import DomainError, NotFound, StaleEdit
from desk.services.paging import Sort
from desk.services.permissions import Actor
from desk.services.reception import FINISHED, OPEN, VisitFilter, VisitRow
from tests.services.helpers import add_customer, count_rows, local_time

# --- R1: every walk-in is logged -------------------------------------------------------------


def test_r1_log_visit_for_existing_customer(database: Database, clerk: Actor) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    before = clock.now()
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, zhang.id, "return_exchange", "退货")
    after = clock.now()
    assert visit.customer_id == zhang.id and visit.customer_name == "张三"
    assert visit.purpose == "return_exchange" and visit.notes == "退货"
    assert visit.is_open and visit.outcome == "" and visit.handling_seconds is None
    # The arrival time is automatic, aware, and now.
    assert visit.arrived_at.tzinfo is not None
    assert before <= visit.arrived_at <= after


def test_r1_handler_is_the_acting_staff_member(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    with database.transaction() as session:
        by_clerk = reception.log_visit(session, clerk, None, "inquiry")
        by_supervisor = reception.log_visit(session, supervisor, None, "inquiry")
    assert (by_clerk.handler_id, by_clerk.handler_name) == (clerk.id, "李四")
    assert (by_supervisor.handler_id, by_supervisor.handler_name) == (supervisor.id, "赵六")


def test_r1_log_visit_for_a_new_customer_in_one_action(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        new = customers.create_customer(session, clerk, CustomerInput("王五", "13600001234"))
        visit = reception.log_visit(session, clerk, new.id, "repair")
    with database.read() as session:
        stored = reception.get_visit(session, clerk, visit.id)
    assert stored.customer_id == new.id and stored.customer_name == "王五"
    assert stored.masked_phone == "136****1234"


def test_r1_log_anonymous_walk_in(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, None, "storage")
    assert visit.customer_id is None
    assert visit.customer_name == "" and visit.masked_phone == ""


@pytest.mark.parametrize("purpose", reception.PURPOSES)
def test_r1_every_purpose_is_accepted(database: Database, clerk: Actor, purpose: str) -> None:
    with database.transaction() as session:
        assert reception.log_visit(session, clerk, None, purpose).purpose == purpose


@pytest.mark.parametrize("purpose", ["", "shopping", "Inquiry", "咨询"])
def test_r1_unknown_purpose_refused_and_nothing_saved(
    database: Database, clerk: Actor, purpose: str
) -> None:
    audits = count_rows(database, AuditEntry)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        reception.log_visit(session, clerk, None, purpose)
    assert refused.value.field == "purpose"
    assert count_rows(database, Visit) == 0
    assert count_rows(database, AuditEntry) == audits
    # Not even a visit number was used up.
    assert count_rows(database, DocumentCounter) == 0


def test_r1_notes_over_2000_characters_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "字" * 2001)
    assert refused.value.field == "notes"
    assert count_rows(database, Visit) == 0
    with database.transaction() as session:
        kept = reception.log_visit(session, clerk, None, "inquiry", "字" * 2000)
    assert len(kept.notes) == 2000


def test_r1_notes_keep_lines_and_drop_control_characters(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        visit = reception.log_visit(
            session, clerk, None, "inquiry", "  第一行\x00 \r\n第二行\t说明\x07  "
        )
    assert visit.notes == "第一行\n第二行 说明"


def test_r1_visit_for_unknown_customer_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(NotFound) as refused, database.transaction() as session:
        reception.log_visit(session, clerk, 999, "inquiry")
    assert refused.value.field == "customer"
    assert count_rows(database, Visit) == 0


# --- R2: finishing a visit -------------------------------------------------------------------


def _open_visit(database: Database, actor: Actor, minutes_ago: int = 10) -> VisitRow:
    with database.transaction() as session:
        return reception.log_visit(
            session, actor, None, "inquiry",
            arrived_at=clock.now() - timedelta(minutes=minutes_ago),
        )


def test_r2_finish_records_end_time_and_outcome(database: Database, clerk: Actor) -> None:
    visit = _open_visit(database, clerk)
    before = clock.now()
    with database.transaction() as session:
        done = reception.finish_visit(session, clerk, visit.id, "  已解答  ", visit.version)
    assert done.outcome == "已解答"
    assert done.finished_at is not None and before <= done.finished_at <= clock.now()
    assert not done.is_open
    assert done.version == visit.version + 1


def test_r2_handling_time_is_end_minus_arrival(database: Database, clerk: Actor) -> None:
    visit = _open_visit(database, clerk, minutes_ago=30)
    with database.transaction() as session:
        done = reception.finish_visit(
            session, clerk, visit.id, "已退货", visit.version,
            finished_at=visit.arrived_at + timedelta(minutes=7, seconds=30),
        )
    assert done.handling_seconds == 450
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit.id).handling_seconds == 450


def test_r2_end_time_never_before_arrival(database: Database, clerk: Actor) -> None:
    visit = _open_visit(database, clerk)
    with database.transaction() as session:
        done = reception.finish_visit(
            session, clerk, visit.id, "ok", visit.version,
            finished_at=visit.arrived_at - timedelta(minutes=5),
        )
    assert done.finished_at == visit.arrived_at and done.handling_seconds == 0


def test_r2_finishing_twice_refused_naming_the_visit(database: Database, clerk: Actor) -> None:
    visit = _open_visit(database, clerk)
    with database.transaction() as session:
        done = reception.finish_visit(session, clerk, visit.id, "已解答", visit.version)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, "再次", done.version)
    assert visit.number in refused.value.text()
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit.id).outcome == "已解答"


@pytest.mark.parametrize("outcome", ["", "   ", "\n\t"])
def test_r2_empty_outcome_refused(database: Database, clerk: Actor, outcome: str) -> None:
    visit = _open_visit(database, clerk)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, outcome, visit.version)
    assert refused.value.field == "outcome"
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit.id).is_open


def test_r2_stale_version_refused(database: Database, clerk: Actor) -> None:
    visit = _open_visit(database, clerk)
    with database.transaction() as session:  # another counter's edit, as the database sees it
        session.execute(
            text("UPDATE visits SET version = version + 1 WHERE id = :id"), {"id": visit.id}
        )
    with pytest.raises(StaleEdit) as refused, database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, "已解答", visit.version)
    assert visit.number in refused.value.text()
    with database.read() as session:
        assert reception.get_visit(session, clerk, visit.id).is_open


def test_r2_finishing_unknown_visit_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        reception.finish_visit(session, clerk, 404, "ok", 1)


# --- the visit list --------------------------------------------------------------------------


def _log_in(
    session: Session, actor: Actor, customer_id: int | None, purpose: str,
    days_ago: int, hour: int, minutes: int | None = None, notes: str = "",
) -> VisitRow:
    """A visit on a past local day; ``minutes`` finishes it after that long."""
    visit = reception.log_visit(
        session, actor, customer_id, purpose, notes, arrived_at=local_time(days_ago, hour)
    )
    if minutes is not None:
        visit = reception.finish_visit(
            session, actor, visit.id, f"done in {minutes}", visit.version,
            finished_at=visit.arrived_at + timedelta(minutes=minutes),
        )
    return visit


def _log(
    database: Database, actor: Actor, customer_id: int | None, purpose: str,
    days_ago: int, hour: int, minutes: int | None = None, notes: str = "",
) -> VisitRow:
    with database.transaction() as session:
        return _log_in(session, actor, customer_id, purpose, days_ago, hour, minutes, notes)


def _numbers(database: Database, actor: Actor, flt: VisitFilter, sort: Sort | None = None,
             limit: int = 200) -> list[str]:
    with database.read() as session:
        rows = reception.list_visits(session, actor, flt, sort, limit=limit).rows
    return [r.number for r in rows]


def test_r1_visit_list_defaults_to_today(database: Database, clerk: Actor) -> None:
    yesterday = _log(database, clerk, None, "inquiry", days_ago=1, hour=23)
    with database.transaction() as session:
        today = reception.log_visit(session, clerk, None, "inquiry")
    assert _numbers(database, clerk, VisitFilter.today()) == [today.number]
    assert yesterday.number in _numbers(database, clerk, VisitFilter())
    with database.read() as session:
        assert reception.visitors_today(session, clerk) == 1
        assert reception.count_visits(session, clerk, VisitFilter()) == 2


def test_r1_visit_list_filters_by_date_range(database: Database, clerk: Actor) -> None:
    by_day = {d: _log(database, clerk, None, "inquiry", days_ago=d, hour=10) for d in range(5)}
    today = clock.local_today()
    flt = VisitFilter(date_from=today - timedelta(days=3), date_to=today - timedelta(days=2))
    assert _numbers(database, clerk, flt) == [by_day[2].number, by_day[3].number]
    only_from = VisitFilter(date_from=today - timedelta(days=1))
    assert _numbers(database, clerk, only_from) == [by_day[0].number, by_day[1].number]
    only_to = VisitFilter(date_to=today - timedelta(days=4))
    assert _numbers(database, clerk, only_to) == [by_day[4].number]
    with database.read() as session:
        assert reception.count_visits(session, clerk, flt) == 2


def test_r1_visit_list_day_includes_midnight_and_excludes_next_day(
    database: Database, clerk: Actor
) -> None:
    at_midnight = _log(database, clerk, None, "inquiry", days_ago=2, hour=0)
    late = _log(database, clerk, None, "inquiry", days_ago=2, hour=23)
    _log(database, clerk, None, "inquiry", days_ago=1, hour=0)
    day = clock.local_today() - timedelta(days=2)
    assert sorted(_numbers(database, clerk, VisitFilter(day, day))) == sorted(
        [at_midnight.number, late.number]
    )


def test_r1_visit_list_filters_by_purpose_handler_and_state(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    a = _log(database, clerk, None, "complaint", days_ago=0, hour=0, minutes=5)
    b = _log(database, clerk, None, "inquiry", days_ago=0, hour=0)
    c = _log(database, supervisor, None, "complaint", days_ago=0, hour=0)

    def numbers(**changes: object) -> set[str]:
        flt = replace(VisitFilter(), **changes)
        with database.read() as session:
            counted = reception.count_visits(session, clerk, flt)
        listed = set(_numbers(database, clerk, flt))
        assert counted == len(listed)
        return listed

    assert numbers(purpose="complaint") == {a.number, c.number}
    assert numbers(handler_id=clerk.id) == {a.number, b.number}
    assert numbers(handler_id=supervisor.id) == {c.number}
    assert numbers(state=OPEN) == {b.number, c.number}
    assert numbers(state=FINISHED) == {a.number}
    assert numbers(purpose="complaint", handler_id=clerk.id, state=FINISHED) == {a.number}
    assert numbers(purpose="gift") == set()


def test_r1_visit_list_filter_refuses_unknown_purpose(database: Database, clerk: Actor) -> None:
    with pytest.raises(DomainError), database.read() as session:
        reception.list_visits(session, clerk, VisitFilter(purpose="shopping"))


def test_r1_visit_list_filters_by_customer(database: Database, clerk: Actor) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    mine = _log(database, clerk, zhang.id, "inquiry", days_ago=0, hour=0)
    _log(database, clerk, None, "inquiry", days_ago=0, hour=0)
    assert _numbers(database, clerk, VisitFilter(customer_id=zhang.id)) == [mine.number]


@pytest.fixture
def four_visits(database: Database, clerk: Actor, supervisor: Actor) -> list[VisitRow]:
    """Four visits a day apart with distinct customers, purposes, handlers and durations."""
    with database.transaction() as session:  # one commit (one fsync) for the lot
        alice, bob, carol, dave = (
            customers.create_customer(session, clerk, CustomerInput(name, f"1380000000{i}"))
            for i, name in enumerate(("Alice", "Bob", "Carol", "Dave"), start=1)
        )
        return [
            _log_in(session, clerk, carol.id, "repair", 4, 9, minutes=30, notes="c"),
            _log_in(session, supervisor, alice.id, "inquiry", 3, 9, minutes=5, notes="a"),
            _log_in(session, clerk, dave.id, "complaint", 2, 9, minutes=60, notes="d"),
            _log_in(session, supervisor, bob.id, "gift", 1, 9, notes="b"),
        ]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", reception.SORT_KEYS)
def test_r1_visit_list_sorts_by_every_column(
    database: Database, clerk: Actor, four_visits: list[VisitRow], key: str, descending: bool
) -> None:
    with database.read() as session:
        rows = reception.list_visits(session, clerk, VisitFilter(), Sort(key, descending)).rows
    assert sorted(r.id for r in rows) == sorted(v.id for v in four_visits)


@pytest.mark.parametrize(
    ("key", "ascending"),
    [
        ("arrived_at", [0, 1, 2, 3]),
        ("number", [0, 1, 2, 3]),
        ("customer", [1, 3, 0, 2]),  # Alice, Bob, Carol, Dave
        ("phone", [1, 3, 0, 2]),
        ("purpose", [2, 3, 1, 0]),  # complaint, gift, inquiry, repair
        ("notes", [1, 3, 0, 2]),
    ],
)
def test_r1_visit_list_sort_order_is_right(
    database: Database, clerk: Actor, four_visits: list[VisitRow], key: str,
    ascending: list[int],
) -> None:
    expected = [four_visits[i].number for i in ascending]
    assert _numbers(database, clerk, VisitFilter(), Sort(key)) == expected
    assert _numbers(database, clerk, VisitFilter(), Sort(key, True)) == expected[::-1]


def test_r2_visit_list_sorts_by_handling_time(
    database: Database, clerk: Actor, four_visits: list[VisitRow]
) -> None:
    """Durations 5, 30 and 60 minutes sort as numbers on both backends (the open one aside)."""
    finished = VisitFilter(state=FINISHED)
    shortest_first = [four_visits[i].number for i in (1, 0, 2)]
    assert _numbers(database, clerk, finished, Sort("duration")) == shortest_first
    assert _numbers(database, clerk, finished, Sort("duration", True)) == shortest_first[::-1]


def test_r1_visit_list_sorts_open_visits_together(
    database: Database, clerk: Actor, four_visits: list[VisitRow]
) -> None:
    ascending = _numbers(database, clerk, VisitFilter(), Sort("state"))
    descending = _numbers(database, clerk, VisitFilter(), Sort("state", True))
    open_number = four_visits[3].number
    assert ascending[-1] == open_number and descending[0] == open_number


def test_r1_visit_list_sorts_by_handler(
    database: Database, clerk: Actor, four_visits: list[VisitRow]
) -> None:
    with database.read() as session:
        rows = reception.list_visits(session, clerk, VisitFilter(), Sort("handler")).rows
    handlers = [r.handler_id for r in rows]
    # Each handler's visits stand together, the later ones first within (the id tie-break).
    assert handlers in ([clerk.id] * 2 + [four_visits[1].handler_id] * 2,
                        [four_visits[1].handler_id] * 2 + [clerk.id] * 2)


def test_r1_visit_list_default_sort_is_newest_first(
    database: Database, clerk: Actor, four_visits: list[VisitRow]
) -> None:
    assert _numbers(database, clerk, VisitFilter()) == [v.number for v in four_visits[::-1]]


def test_r1_visit_list_refuses_unknown_sort_key(database: Database, clerk: Actor) -> None:
    with pytest.raises(DomainError), database.read() as session:
        reception.list_visits(session, clerk, VisitFilter(), Sort("password_hash"))


def test_r1_visit_list_pages_by_key_and_limit(database: Database, clerk: Actor) -> None:
    logged = [_log(database, clerk, None, "inquiry", days_ago=0, hour=0) for _ in range(7)]
    newest_first = [v.number for v in logged[::-1]]
    pages: list[list[str]] = []
    after = None
    with database.read() as session:
        while True:
            page = reception.list_visits(session, clerk, VisitFilter(), after=after, limit=3)
            pages.append([r.number for r in page.rows])
            if page.after is None:
                break
            after = page.after
    assert pages == [newest_first[0:3], newest_first[3:6], newest_first[6:7]]
    with database.read() as session:
        assert reception.count_visits(session, clerk, VisitFilter()) == 7


def test_r1_visit_times_are_utc_aware(database: Database, clerk: Actor) -> None:
    _log(database, clerk, None, "inquiry", days_ago=1, hour=9, minutes=3)
    with database.read() as session:
        [row] = reception.list_visits(session, clerk, VisitFilter()).rows
    assert row.arrived_at.tzinfo == UTC and row.finished_at is not None
    assert row.finished_at.tzinfo == UTC
    assert row.arrived_at == local_time(1, 9)
