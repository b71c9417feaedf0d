"""C4: rectification deadlines in PRC working days, across the real 2026 holiday periods.

The 2026 dates are those of the State Council's notice for 2026 (November 2025), which the
bundled ``chinesecalendar`` 1.11 carries: 元旦 1-1..1-3 off, Sun 1-4 on; 春节 2-15..2-23 off,
Sat 2-14 and Sat 2-28 on; 中秋 9-25..9-27 off; 国庆 10-1..10-7 off, Sun 9-20 and Sat 10-10 on.
2027 has no notice in any library yet: the supervisors' calendar fills it.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import MappingProxyType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk.db import Database
from desk.models import CalendarDay
from desk.services import workdays
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.permissions import Actor
from desk.services.workdays import (
    OFFICIAL,
    STORE,
    CalendarYear,
    DayChange,
    Deadline,
    WorkCalendar,
    add_working_days,
)
from tests.services.helpers import audit_entries, count_rows

D = date


def calendar(database: Database) -> WorkCalendar:
    with database.read() as session:
        return workdays.load_calendar(session)


def year_of(database: Database, actor: Actor, year: int) -> CalendarYear:
    with database.read() as session:
        return workdays.calendar_year(session, actor, year)


def save(
    database: Database,
    actor: Actor,
    year: int,
    changes: list[DayChange],
    confirmed: bool = False,
    confirmed_version: int = 0,
) -> CalendarYear:
    with database.transaction() as session:
        return workdays.save_calendar(session, actor, year, changes, confirmed, confirmed_version)


# -- the official schedule ------------------------------------------------------------------


def test_c4_library_matches_the_2026_notice() -> None:
    cal = workdays.BUNDLED
    off = [D(2026, 1, 1), D(2026, 1, 3), D(2026, 2, 15), D(2026, 2, 23), D(2026, 4, 6),
           D(2026, 5, 1), D(2026, 5, 5), D(2026, 6, 19), D(2026, 9, 25), D(2026, 10, 1),
           D(2026, 10, 7)]
    make_up = [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
               D(2026, 10, 10)]
    assert not any(cal.is_working_day(d) for d in off)
    assert all(cal.is_working_day(d) for d in make_up)
    assert cal.is_working_day(D(2026, 10, 8))  # the notice ends National Day on the 7th


def test_c4_received_monday_within_one_working_day_is_tuesday() -> None:
    assert add_working_days(D(2026, 3, 2), 1) == D(2026, 3, 3)
    assert add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 9)  # Friday: the weekend is off
    assert add_working_days(D(2026, 3, 6), 3) == D(2026, 3, 11)


@pytest.mark.parametrize(
    ("received", "n", "due"),
    [
        (D(2026, 2, 13), 1, D(2026, 2, 14)),  # Friday before: the make-up Saturday counts
        (D(2026, 2, 13), 3, D(2026, 2, 25)),  # 2-14, then the nine days off, 2-24, 2-25
        (D(2026, 2, 14), 1, D(2026, 2, 24)),
        (D(2026, 2, 18), 1, D(2026, 2, 24)),  # received on a holiday: counted after it
        (D(2026, 2, 18), 3, D(2026, 2, 26)),
        (D(2026, 2, 26), 3, D(2026, 3, 2)),  # 2-27, make-up Saturday 2-28, Monday 3-2
    ],
)
def test_c4_spring_festival_2026(received: date, n: int, due: date) -> None:
    assert workdays.BUNDLED.deadline(received, n) == Deadline(due, estimated=False)


@pytest.mark.parametrize(
    ("received", "n", "due"),
    [
        (D(2026, 9, 18), 1, D(2026, 9, 20)),  # Saturday off, make-up Sunday 9-20 on
        (D(2026, 9, 24), 1, D(2026, 9, 28)),  # Mid-autumn 9-25..9-27 off
        (D(2026, 9, 30), 1, D(2026, 10, 8)),  # the whole National Day week is off
        (D(2026, 9, 30), 3, D(2026, 10, 10)),  # 10-8, 10-9, make-up Saturday 10-10
        (D(2026, 10, 3), 1, D(2026, 10, 8)),
    ],
)
def test_c4_national_day_2026(received: date, n: int, due: date) -> None:
    assert workdays.BUNDLED.deadline(received, n) == Deadline(due, estimated=False)


def test_c4_new_year_2026_make_up_sunday_counts() -> None:
    assert add_working_days(D(2025, 12, 31), 1) == D(2026, 1, 4)
    assert add_working_days(D(2026, 1, 1), 2) == D(2026, 1, 5)


def test_c4_zero_days_is_the_day_itself_or_the_next_working_day_and_negative_is_refused() -> None:
    assert add_working_days(D(2026, 3, 3), 0) == D(2026, 3, 3)
    assert add_working_days(D(2026, 10, 1), 0) == D(2026, 10, 8)
    with pytest.raises(ValueError):
        add_working_days(D(2026, 3, 3), -1)


def test_c4_2027_without_data_is_counted_on_weekdays_and_flagged() -> None:
    cal = workdays.BUNDLED
    assert not cal.known(D(2027, 1, 1))
    assert cal.deadline(D(2026, 12, 30), 1) == Deadline(D(2026, 12, 31), estimated=False)
    # 2027-01-01 is a Friday: with no notice it is taken as a working day, and flagged.
    assert cal.deadline(D(2026, 12, 31), 1) == Deadline(D(2027, 1, 1), estimated=True)
    assert cal.deadline(D(2027, 2, 5), 3) == Deadline(D(2027, 2, 10), estimated=True)
    assert add_working_days(D(2099, 12, 31), 1) == D(2100, 1, 1)  # never raises
    assert cal.deadline(D(2003, 6, 2), 1) == Deadline(D(2003, 6, 3), estimated=True)  # before 2004


# -- the supervisors' calendar --------------------------------------------------------------


def test_c4_confirmed_2027_with_overrides_is_exact(
    database: Database, supervisor: Actor
) -> None:
    save(
        database,
        supervisor,
        2027,
        [DayChange(D(2027, 1, 1), False, "元旦")],
        confirmed=True,
    )
    cal = calendar(database)
    assert cal.known(D(2027, 6, 1))
    assert cal.deadline(D(2026, 12, 31), 1) == Deadline(D(2027, 1, 4), estimated=False)
    assert cal.deadline(D(2027, 2, 5), 3) == Deadline(D(2027, 2, 10), estimated=False)
    assert add_working_days(D(2026, 12, 31), 1, cal) == D(2027, 1, 4)
    assert add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 1)  # the bundled schedule alone


def test_c4_an_override_day_is_known_but_its_unconfirmed_year_is_not(
    database: Database, supervisor: Actor
) -> None:
    saved = save(database, supervisor, 2027, [DayChange(D(2027, 1, 1), False, "元旦")])
    assert not saved.confirmed and not saved.known
    cal = calendar(database)
    assert cal.known(D(2027, 1, 1)) and not cal.known(D(2027, 1, 4))
    assert cal.deadline(D(2026, 12, 31), 1) == Deadline(D(2027, 1, 4), estimated=True)


def test_c4_override_turns_a_library_holiday_into_a_working_day(
    database: Database, supervisor: Actor
) -> None:
    saved = save(database, supervisor, 2026, [DayChange(D(2026, 10, 7), True, "盘点上班")])
    (entry,) = [d for d in saved.days if d.day == D(2026, 10, 7)]
    assert (entry.working, entry.name, entry.source, entry.official) == (
        True, "盘点上班", STORE, False)
    cal = calendar(database)
    assert cal.deadline(D(2026, 9, 30), 1) == Deadline(D(2026, 10, 7), estimated=False)
    # Cleared again: the national schedule applies.
    save(database, supervisor, 2026, [DayChange(D(2026, 10, 7), None, version=entry.version)])
    assert calendar(database).deadline(D(2026, 9, 30), 1).day == D(2026, 10, 8)
    assert count_rows(database, CalendarDay) == 0


def test_c4_calendar_year_lists_holidays_make_up_days_and_overrides_marked(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    save(database, supervisor, 2026, [DayChange(D(2026, 12, 24), False, "店庆")])
    year = year_of(database, clerk, 2026)  # every role reads the calendar
    assert year.bundled and year.known
    by_day = {d.day: d for d in year.days}
    assert (by_day[D(2026, 2, 14)].working, by_day[D(2026, 2, 14)].source) == (True, OFFICIAL)
    assert by_day[D(2026, 2, 14)].name == "Spring Festival"
    assert (by_day[D(2026, 10, 1)].working, by_day[D(2026, 10, 1)].name) == (
        False, "National Day")
    assert (by_day[D(2026, 12, 24)].source, by_day[D(2026, 12, 24)].official) == (STORE, True)
    assert D(2026, 3, 2) not in by_day  # an ordinary Monday is not listed
    assert [d.day for d in year.days] == sorted(by_day)
    empty = year_of(database, clerk, 2027)
    assert (empty.bundled, empty.confirmed, empty.days) == (False, False, ())


def test_c4_every_change_is_audited_with_before_and_after(
    database: Database, supervisor: Actor
) -> None:
    first = save(database, supervisor, 2027, [DayChange(D(2027, 1, 1), False, "元旦")], True)
    version = first.days[0].version
    save(database, supervisor, 2027,
         [DayChange(D(2027, 1, 1), False, "元旦节", version)], True, first.confirmed_version)
    entries = audit_entries(database, "calendar.change")
    assert [(e.staff_id, e.entity, e.entity_id, e.before, e.after) for e in entries] == [
        (supervisor.id, "calendar", 2027, None,
         {"day": "2027-01-01", "working": False, "name": "元旦"}),
        (supervisor.id, "calendar", 2027, {"year": 2027, "confirmed": False},
         {"year": 2027, "confirmed": True}),
        (supervisor.id, "calendar", 2027, {"day": "2027-01-01", "working": False, "name": "元旦"},
         {"day": "2027-01-01", "working": False, "name": "元旦节"}),
    ]


@pytest.mark.parametrize(
    ("year", "changes", "field"),
    [
        # A change that contradicts itself: one day, two different entries.
        (2027, [DayChange(D(2027, 1, 1), False, "元旦"), DayChange(D(2027, 1, 1), True, "上班")],
         "day"),
        (2027, [DayChange(D(2027, 1, 1), False, "元旦"), DayChange(D(2027, 1, 1), None)], "day"),
        (2027, [DayChange(D(2026, 12, 31), False, "元旦")], "day"),  # outside the year edited
        (2027, [DayChange(D(2027, 1, 1), False, "\x00\x07\u202e")], "name"),  # only controls
        (2027, [DayChange(D(2027, 1, 1), False, "")], "name"),
        (2027, [DayChange(D(2027, 1, 1), False, "节" * 61)], "name"),
        (1999, [], "year"),
        (2101, [], "year"),
    ],
)
def test_c4_bad_calendar_changes_are_refused_next_to_the_field_and_nothing_is_saved(
    database: Database, supervisor: Actor, year: int, changes: list[DayChange], field: str
) -> None:
    good = DayChange(D(year, 5, 6), False, "店休") if 2000 <= year <= 2100 else None
    with pytest.raises(DomainError) as refused:
        save(database, supervisor, year, [*([good] if good else []), *changes], confirmed=True)
    assert refused.value.field == field
    assert count_rows(database, CalendarDay) == 0
    assert audit_entries(database, "calendar.change") == []
    assert not calendar(database).confirmed_years


def test_c4_the_same_day_twice_alike_is_one_change_and_names_are_cleaned(
    database: Database, supervisor: Actor
) -> None:
    saved = save(database, supervisor, 2027, [DayChange(D(2027, 1, 1), False, " 元旦\u200b "),
                                              DayChange(D(2027, 1, 1), False, "元旦")])
    assert [(d.day, d.name) for d in saved.days] == [(D(2027, 1, 1), "元旦")]
    assert len(audit_entries(database, "calendar.change")) == 1


def test_s2_only_supervisors_and_admins_edit_the_calendar(
    database: Database, clerk: Actor, warehouse_clerk: Actor, admin: Actor
) -> None:
    for actor in (clerk, warehouse_clerk):
        with pytest.raises(PermissionDenied):
            save(database, actor, 2027, [DayChange(D(2027, 1, 1), False, "元旦")])
    save(database, admin, 2027, [DayChange(D(2027, 1, 1), False, "元旦")])
    assert calendar(database).overrides == {D(2027, 1, 1): False}


def test_s5_a_day_changed_meanwhile_is_not_overwritten(
    database: Database, supervisor: Actor, admin: Actor
) -> None:
    opened = save(database, supervisor, 2027, [DayChange(D(2027, 1, 1), False, "元旦")])
    version = opened.days[0].version
    save(database, admin, 2027, [DayChange(D(2027, 1, 1), False, "元旦假期", version)])
    with pytest.raises(StaleEdit, match=r"^王管理 changed 2027-01-01"):
        save(database, supervisor, 2027, [DayChange(D(2027, 1, 1), True, "上班", version)])
    # Added by someone else after it was read as absent: also refused, not overwritten.
    save(database, admin, 2027, [DayChange(D(2027, 2, 8), True, "调休上班")])
    with pytest.raises(StaleEdit):
        save(database, supervisor, 2027, [DayChange(D(2027, 2, 8), False, "店休")])
    with database.read() as session:
        rows = {r.day: (r.working, r.name) for r in session.scalars(select(CalendarDay))}
    assert rows == {D(2027, 1, 1): (False, "元旦假期"), D(2027, 2, 8): (True, "调休上班")}


def test_s5_a_confirmation_withdrawn_meanwhile_is_not_overwritten(
    database: Database, supervisor: Actor, admin: Actor
) -> None:
    first = save(database, supervisor, 2027, [], confirmed=True)
    assert first.confirmed
    save(database, admin, 2027, [], confirmed=False, confirmed_version=first.confirmed_version)
    with pytest.raises(StaleEdit):  # still showing "complete" from before: refused
        save(database, supervisor, 2027, [], confirmed=True,
             confirmed_version=first.confirmed_version)
    assert 2027 not in calendar(database).confirmed_years


def test_c4_confirming_a_bundled_year_stores_nothing(
    database: Database, supervisor: Actor
) -> None:
    saved = save(database, supervisor, 2026, [], confirmed=True)
    assert saved.known and not saved.confirmed
    assert audit_entries(database, "calendar.change") == []


# -- properties -----------------------------------------------------------------------------

_days = st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    start=_days,
    n=st.integers(min_value=1, max_value=40),
    overrides=st.dictionaries(_days, st.booleans(), max_size=30),
)
def test_c4_deadline_is_a_working_day_strictly_after_start(
    start: date, n: int, overrides: dict[date, bool]
) -> None:
    cal = WorkCalendar(MappingProxyType(overrides))
    due = cal.deadline(start, n)
    assert due.day > start
    assert cal.is_working_day(due.day)
    between = [start + timedelta(days=i) for i in range(1, (due.day - start).days + 1)]
    assert sum(cal.is_working_day(d) for d in between) == n
    assert due.estimated == (not all(cal.known(d) for d in between))
