"""PRC working days (C4): the official schedule, the supervisors' calendar on top.

Deadlines are counted in working days as the State Council's notice (国务院办公厅关于…部分节假日
安排的通知) fixes them each year: statutory holidays are off, make-up weekends (调休上班) are on.
The notices up to the library's last year come from the maintained ``chinesecalendar`` package
(``chinese_calendar``: 2004 to 2026 in 1.11, it raises NotImplementedError outside); the
supervisors enter a year the library does not know yet (the notice for 2027 appears in
November 2026, a library release later) and correct a day the store handles differently, in
the ``calendar_days`` table. Their word on a day always wins over the library's.

A year counts as *known* when the library covers it or a supervisor confirmed that its
schedule is entered completely (a ``settings`` row per year, see :func:`confirmation_key`).
A deadline counted through days where nothing is known is still computed, on Monday to Friday,
and says so (``Deadline.estimated``), so the window can flag it instead of failing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from types import MappingProxyType

import chinese_calendar
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import CalendarDay, Setting, Staff
from desk.services import audit, clock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, StaleEdit
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text

FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years a supervisor may edit
NAME_MAX = 60  # calendar_days.name
OFFICIAL, STORE = "official", "store"  # where a special day comes from: 国家安排 / 本店设置
HOLIDAYS = "Holidays"  # translation context of the library's holiday names
_ONE_DAY = timedelta(days=1)
_CONFIRMED_PREFIX = "calendar.confirmed."

# The library names its holidays in English; the window shows them in the desk's language.
HOLIDAY_NAMES = (
    QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
    QT_TRANSLATE_NOOP("Holidays", "Spring Festival"),
    QT_TRANSLATE_NOOP("Holidays", "Tomb-sweeping Day"),
    QT_TRANSLATE_NOOP("Holidays", "Labour Day"),
    QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"),
    QT_TRANSLATE_NOOP("Holidays", "Mid-autumn Festival"),
    QT_TRANSLATE_NOOP("Holidays", "National Day"),
    QT_TRANSLATE_NOOP("Holidays", "Anti-Fascist 70th Day"),
)


def _bundled_years() -> range:
    """The years the installed library has notices for, read from its own data: a newer
    release (with the next year's notice) widens this without a change here."""
    years = {day.year for day in chinese_calendar.holidays}
    return range(min(years), max(years) + 1)


BUNDLED_YEARS = _bundled_years()


def _official(day: date) -> bool | None:
    """The library's word on ``day`` (working?), or None where it has no data."""
    if day.year not in BUNDLED_YEARS:
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:  # a release whose range has a gap: treat as no data
        return None


@dataclass(frozen=True)
class Deadline:
    """The day a deadline falls on; ``estimated`` when some day counted had no calendar data
    and was taken as an ordinary Monday-to-Friday week (C4: flagged on screen)."""

    day: date
    estimated: bool


@dataclass(frozen=True)
class WorkCalendar:
    """The working days as the desk counts them: supervisors' overrides, then the library,
    then Monday to Friday. Immutable: built once per action by :func:`load_calendar`."""

    overrides: Mapping[date, bool] = field(default_factory=lambda: MappingProxyType({}))
    confirmed_years: frozenset[int] = frozenset()

    def is_working_day(self, day: date) -> bool:
        override = self.overrides.get(day)
        if override is not None:
            return override
        official = _official(day)
        return official if official is not None else day.weekday() < 5

    def known(self, day: date) -> bool:
        """Whether real calendar data covers ``day`` (else it is an estimate on weekdays)."""
        return (
            day in self.overrides
            or day.year in BUNDLED_YEARS
            or day.year in self.confirmed_years
        )

    def deadline(self, start: date, n: int) -> Deadline:
        """The ``n``-th working day strictly after ``start`` (C4: received on Monday, "within
        1 working day" is Tuesday; received on a holiday, the count starts after it).

        ``n == 0`` is ``start`` itself when it is a working day, else the next working day.
        """
        if n < 0:
            raise ValueError(f"a deadline counts forward: n={n}")
        day = start
        estimated = False
        if n == 0:
            while True:
                estimated = estimated or not self.known(day)
                if self.is_working_day(day):
                    return Deadline(day, estimated)
                day += _ONE_DAY
        counted = 0
        while counted < n:
            day += _ONE_DAY
            estimated = estimated or not self.known(day)
            if self.is_working_day(day):
                counted += 1
        return Deadline(day, estimated)


BUNDLED = WorkCalendar()  # the library's schedule alone, no supervisor's word


def add_working_days(start: date, n: int, calendar: WorkCalendar | None = None) -> date:
    """``start`` plus ``n`` PRC working days (see :meth:`WorkCalendar.deadline`); without a
    calendar, the bundled official schedule alone (Monday to Friday where it has no data)."""
    return (calendar or BUNDLED).deadline(start, n).day


def confirmation_key(year: int) -> str:
    """The ``settings`` key saying a supervisor entered ``year``'s schedule completely."""
    return f"{_CONFIRMED_PREFIX}{year}"


def load_calendar(session: Session) -> WorkCalendar:
    """The calendar as stored now. No permission check: the complaint services call it inside
    their own authorised action; what it reveals is the public holiday schedule."""
    overrides = {day: working for day, working in session.execute(
        select(CalendarDay.day, CalendarDay.working))}
    confirmed = frozenset(
        int(key.removeprefix(_CONFIRMED_PREFIX))
        for key, value in session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(_CONFIRMED_PREFIX))
        )
        if value is True
    )
    return WorkCalendar(MappingProxyType(overrides), confirmed)


# -- the supervisors' editor ---------------------------------------------------------------


@dataclass(frozen=True)
class SpecialDay:
    """A day that is not an ordinary weekday or weekend.

    ``source`` OFFICIAL: the library's holiday or make-up working day, ``name`` its English
    holiday name (context ``Holidays``). STORE: a supervisor's override, ``name`` as typed,
    ``version`` to save a change against; ``official`` is then what the national schedule
    says for the day (None: no data)."""

    day: date
    working: bool
    name: str
    source: str
    version: int = 0
    official: bool | None = None


@dataclass(frozen=True)
class CalendarYear:
    year: int
    bundled: bool  # the library has the year's notice
    confirmed: bool  # a supervisor said the year's schedule is entered completely
    confirmed_version: int  # of that confirmation (0: never stored), to save against
    days: tuple[SpecialDay, ...]

    @property
    def known(self) -> bool:
        """Deadlines in this year are exact (else estimated on Monday to Friday)."""
        return self.bundled or self.confirmed


@dataclass(frozen=True)
class DayChange:
    """One override to set (``working`` True/False, with a ``name`` saying why) or to clear
    (``working`` None: the national schedule applies again). ``version`` is the override's as
    it was read, 0 when there was none."""

    day: date
    working: bool | None
    name: str = ""
    version: int = 0


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Choose a year from {first} to {last}."),
            "year",
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )


def _official_days(year: int) -> dict[date, tuple[bool, str]]:
    if year not in BUNDLED_YEARS:
        return {}
    days = {d: (False, name) for d, name in chinese_calendar.holidays.items() if d.year == year}
    days.update(
        (d, (True, name))
        for d, name in chinese_calendar.workdays.items()
        if d.year == year and d.weekday() >= 5  # a make-up working weekend (调休上班)
    )
    return days


def _confirmation(session: Session, year: int) -> Setting | None:
    return session.get(Setting, confirmation_key(year))


def _overrides(session: Session, year: int) -> list[CalendarDay]:
    return list(session.scalars(
        select(CalendarDay)
        .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
        .order_by(CalendarDay.day)
    ))


def _year(session: Session, year: int) -> CalendarYear:
    official = _official_days(year)
    days = {d: SpecialDay(d, working, name, OFFICIAL) for d, (working, name) in official.items()}
    for row in _overrides(session, year):
        days[row.day] = SpecialDay(
            row.day, row.working, row.name, STORE, row.version, _official(row.day)
        )
    confirmation = _confirmation(session, year)
    return CalendarYear(
        year,
        year in BUNDLED_YEARS,
        confirmation is not None and confirmation.value is True,
        confirmation.version if confirmation is not None else 0,
        tuple(days[d] for d in sorted(days)),
    )


def calendar_year(session: Session, actor: Actor, year: int) -> CalendarYear:
    """``year``'s holidays, make-up working days and overrides, for the editor."""
    authorize(session, actor, "calendar.read")
    _check_year(year)
    return _year(session, year)


def _checked_changes(year: int, changes: Iterable[DayChange]) -> dict[date, DayChange]:
    """The changes by day, each validated; refused before anything is written."""
    wanted: dict[date, DayChange] = {}
    for change in changes:
        if change.day.year != year:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "{day} is not in {year}. Switch the calendar to its year to change it.",
                ),
                "day",
                day=change.day.isoformat(),
                year=year,
            )
        name = ""
        if change.working is not None:
            name = clean_text(change.name, "name")
            if not name:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DeskMessages",
                        "Please name the day (for example 元旦 or 调休上班) so everyone sees "
                        "why it differs.",
                    ),
                    "name",
                )
            if len(name) > NAME_MAX:
                raise DomainError(
                    QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
                    "name",
                    max=NAME_MAX,
                )
        checked = DayChange(change.day, change.working, name, change.version)
        earlier = wanted.get(change.day)
        if earlier is not None and earlier != checked:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "{day} is given twice with different entries. Keep one of them.",
                ),
                "day",
                day=change.day.isoformat(),
            )
        wanted[change.day] = checked
    return wanted


def _stale(session: Session, what: str, staff_id: int | None, at: datetime | None) -> StaleEdit:
    editor = session.get(Staff, staff_id) if staff_id else None
    when = at.astimezone(clock.local_zone()).strftime("%H:%M") if at is not None else "?"
    return StaleEdit(
        QT_TRANSLATE_NOOP(
            "DeskMessages",
            "{who} changed {what} in the work calendar at {when} after you opened it. Close the "
            "calendar and open it again to see their change.",
        ),
        who=editor.display_name if editor else "?",
        what=what,
        when=when,
    )


def _entry(row: CalendarDay | None) -> dict[str, object] | None:
    if row is None:
        return None
    return {"day": row.day, "working": row.working, "name": row.name}


def save_calendar(
    session: Session,
    actor: Actor,
    year: int,
    changes: Sequence[DayChange],
    confirmed: bool,
    confirmed_version: int = 0,
) -> CalendarYear:
    """Set and clear override days of ``year`` and whether its schedule is complete, in the
    caller's one transaction, each change audited (``calendar.change``, before/after).

    All or nothing: a change outside the year, a day given twice differently, an unusable
    name or a row someone changed after it was read refuses the whole save (S5). For a year
    the library covers, ``confirmed`` is not stored: the official data makes it known.
    """
    supervisor = authorize(session, actor, "calendar.manage")
    _check_year(year)
    wanted = _checked_changes(year, changes)
    now = clock.now()
    for day in sorted(wanted):
        change = wanted[day]
        row = session.get(CalendarDay, day)
        if (row.version if row is not None else 0) != change.version:
            if row is not None:
                raise _stale(session, day.isoformat(), row.set_by_id, row.set_at)
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "Someone removed {day} from the work calendar after you opened it. Close "
                    "the calendar and open it again.",
                ),
                "day",
                day=day.isoformat(),
            )
        before = _entry(row)
        if change.working is None:
            if row is None:
                continue
            session.delete(row)
        else:
            if row is not None and (row.working, row.name) == (change.working, change.name):
                continue
            if row is None:
                row = CalendarDay(day=day)
                session.add(row)
            row.working = change.working
            row.name = change.name
            row.set_at = now
            row.set_by_id = supervisor.id
        audit.record(
            session,
            actor.id,
            "calendar.change",
            "calendar",
            year,
            before=before,
            after=_entry(row) if change.working is not None else None,
        )
    if year not in BUNDLED_YEARS:
        _save_confirmation(session, actor, year, confirmed, confirmed_version)
    try:
        session.flush()
    except IntegrityError as exc:  # another supervisor added the same day at the same moment
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "Someone else saved this record at the same moment. Reload it."
            )
        ) from exc
    return _year(session, year)


def _save_confirmation(
    session: Session, actor: Actor, year: int, confirmed: bool, expected_version: int
) -> None:
    row = _confirmation(session, year)
    stored = row is not None and row.value is True
    if stored == confirmed:
        return  # nothing to change, whoever confirmed it meanwhile
    if row is not None and row.version != expected_version:
        raise _stale(session, str(year), row.updated_by_id, row.updated_at)
    if row is None:
        row = Setting(key=confirmation_key(year), value=confirmed)
        session.add(row)
    row.value = confirmed
    row.updated_at = clock.now()
    row.updated_by_id = actor.id
    audit.record(
        session,
        actor.id,
        "calendar.change",
        "calendar",
        year,
        before={"year": year, "confirmed": stored},
        after={"year": year, "confirmed": confirmed},
    )

