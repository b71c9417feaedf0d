"""Complaint summaries (C10) and the complaint rate (C11): the weekly sheet, the monthly
analysis and the quarterly report to management, as one job for the window and the command line.

A period is an ISO week (``2026-W47``), a month (``2026-11``) or a quarter (``2026-Q4``) of local
calendar days; a complaint belongs to the period it was *received* in, and its state, severity
and department are counted as they are when the report runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desk.models import CATEGORIES, CHANNELS, SEVERITIES, Complaint, Customer, Visit
from desk.reports.complaint_words import ComplaintSheetWords, CountTable, RateLine
from desk.services import audit, clock, complaints, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.validation import mask_phone
from desk.services.vocabulary import Translate

WEEK, MONTH, QUARTER = "week", "month", "quarter"
KINDS = (WEEK, MONTH, QUARTER)
# C11's targets, in whole percent: compared exactly (numerator × 100 against target ×
# denominator), never through a rounded float.
COMPLAINT_RATE_TARGET = 5  # at most
SATISFACTION_TARGET = 95  # at least
SHEET = "ComplaintReport"
COLUMNS = "ComplaintColumns"


# -- periods ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    kind: str  # week, month, quarter
    label: str  # 2026-W47, 2026-11, 2026-Q4
    first: date
    last: date  # included


_PATTERNS = {
    WEEK: re.compile(r"(\d{4})-W(\d{2})"),
    MONTH: re.compile(r"(\d{4})-(\d{2})"),
    QUARTER: re.compile(r"(\d{4})-Q(\d)"),
}
_EXAMPLES = {WEEK: "2026-W47", MONTH: "2026-11", QUARTER: "2026-Q4"}


def parse_period(kind: str, text: str) -> Period:
    """The period a person typed. Full-width digits and letters (``２０２６－Ｗ４７`` from a
    Chinese input method) are NFKC-normalised and accepted, and so is a lower-case ``w`` or
    ``q``; anything else that is not exactly the pattern is refused with an example, and a
    week, month or quarter that does not exist (``2026-W54``, ``2026-W00``, ``2026-W53``,
    ``2026-13``) with the range that does."""
    if kind not in KINDS:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Please choose week, month or quarter."), "kind")
    cleaned = unicodedata.normalize("NFKC", text or "").strip().upper().replace("－", "-")
    found = _PATTERNS[kind].fullmatch(cleaned)
    if found is None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "“{text}” is not a period. Write it like {example}."),
            "period", text=(text or "").strip(), example=_EXAMPLES[kind],
        )
    year, number = int(found.group(1)), int(found.group(2))
    if not 2000 <= year <= 2999:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The year must be between 2000 and 2999."),
            "period",
        )
    if kind == WEEK:
        weeks = date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
        if not 1 <= number <= weeks:
            raise DomainError(
                QT_TRANSLATE_NOOP("DeskMessages",
                                  "{year} has ISO weeks 1 to {weeks}; there is no week {week}."),
                "period", year=year, weeks=weeks, week=number,
            )
        first = date.fromisocalendar(year, number, 1)
        return Period(WEEK, f"{year}-W{number:02d}", first, first + timedelta(days=6))
    if kind == MONTH:
        if not 1 <= number <= 12:
            raise DomainError(
                QT_TRANSLATE_NOOP("DeskMessages",
                                  "A month is 01 to 12; there is no month {month}."),
                "period", month=number,
            )
        return _month_span(year, number, number, f"{year}-{number:02d}", MONTH)
    if not 1 <= number <= 4:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A quarter is Q1 to Q4; there is no Q{quarter}."),
            "period", quarter=number,
        )
    return _month_span(year, 3 * number - 2, 3 * number, f"{year}-Q{number}", QUARTER)


def _month_span(year: int, first_month: int, last_month: int, label: str, kind: str) -> Period:
    after = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    return Period(kind, label, date(year, first_month, 1), after - timedelta(days=1))


def period_containing(kind: str, day: date) -> Period:
    if kind == WEEK:
        iso = day.isocalendar()
        return parse_period(WEEK, f"{iso.year}-W{iso.week:02d}")
    if kind == MONTH:
        return parse_period(MONTH, f"{day:%Y-%m}")
    return parse_period(QUARTER, f"{day.year}-Q{(day.month - 1) // 3 + 1}")


def last_complete(kind: str, today: date | None = None) -> Period:
    """The newest period that has ended: the dialog's default (last week's summary on a
    Monday morning)."""
    current = period_containing(kind, today or clock.local_today())
    return period_containing(kind, current.first - timedelta(days=1))


def recent_periods(kind: str, count: int, today: date | None = None) -> list[Period]:
    """The current period and the ``count - 1`` before it, newest first (the dialog's list)."""
    periods = [period_containing(kind, today or clock.local_today())]
    while len(periods) < count:
        periods.append(period_containing(kind, periods[-1].first - timedelta(days=1)))
    return periods


# -- the summary -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int
    target_percent: int | None = None
    at_most: bool = True  # the target is a ceiling (complaint rate) or a floor

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    @property
    def meets_target(self) -> bool | None:
        """Exact, in integers: 5 of 100 meets "≤ 5 %", 6 of 100 does not. None without a
        target or without a denominator."""
        if self.target_percent is None or not self.denominator:
            return None
        scaled, limit = 100 * self.numerator, self.target_percent * self.denominator
        return scaled <= limit if self.at_most else scaled >= limit


@dataclass(frozen=True)
class ComplaintSummary:
    period: Period
    total: int
    by_channel: tuple[tuple[str, int], ...]  # every code in vocabulary order, zeros included
    by_category: tuple[tuple[str, int], ...]
    by_severity: tuple[tuple[str, int], ...]  # "" = not assessed as justified (yet)
    by_department: tuple[tuple[str, int], ...]  # "" = no handling slip yet; most first
    by_state: tuple[tuple[str, int], ...]
    justified_rate: Rate  # justified ÷ assessed
    on_time_rate: Rate  # rectified in time ÷ (rectified + still open past the deadline)
    late_open: int  # in the on-time denominator: open, past the deadline, not rectified
    complaint_rate: Rate  # C11: justified ÷ service requests
    visits: int  # service requests at the counter
    other_channel: int  # complaints that came in another way than a visit
    # C11: callbacks of the period satisfied or basically satisfied ÷ callbacks (B2).
    satisfaction: Rate


def _in_period(period: Period) -> Any:
    start, end = clock.day_bounds(period.first, period.last)
    return Complaint.received_at.between(start, end - timedelta(microseconds=1))


def _grouped(session: Session, column: Any, period: Period) -> Counter[str]:
    rows = session.execute(
        select(column, func.count(Complaint.id)).where(_in_period(period)).group_by(column)
    )
    return Counter({code or "": count for code, count in rows})


def _ordered(counts: Counter[str], codes: Iterable[str]) -> tuple[tuple[str, int], ...]:
    return tuple((code, counts.get(code, 0)) for code in codes)


def _due(rectify_due: date | None, promised: date) -> date:
    # Before the assessment only the promise to the customer (C5) exists; C8 reads it the same.
    return rectify_due or promised


def _late_open_condition(today: date) -> Any:
    """Open and past the deadline (C8's rectification overdue): counted late in the on-time
    rate, as it cannot be on time any more."""
    return (
        (Complaint.state.in_((complaints.RECEIVED, complaints.IN_PROGRESS)))
        & Complaint.rectified_at.is_(None)
        & (func.coalesce(Complaint.rectify_due, Complaint.promised_date) < today)
    )


def service_requests(session: Session, period: Period) -> tuple[int, int]:
    """C11's denominator: (visits at the counter, complaints from another channel).

    Every walk-in is a visit, so a walk-in's complaint is already counted by its visit. C1a's
    suggestions are not complaints and never enter either figure: when their table arrives it
    stays out of this function on purpose.
    """
    start, end = clock.day_bounds(period.first, period.last)
    visits = session.scalar(
        select(func.count(Visit.id)).where(Visit.arrived_at >= start, Visit.arrived_at < end)
    ) or 0
    other = session.scalar(
        select(func.count(Complaint.id)).where(_in_period(period), Complaint.channel != "visit")
    ) or 0
    return int(visits), int(other)


def summarize(session: Session, actor: Actor, period: Period) -> ComplaintSummary:
    """C10's counts and rates and C11's complaint rate for ``period``, counted in SQL."""
    authorize(session, actor, "complaint.export")
    today = clock.local_today()
    by_state = _grouped(session, Complaint.state, period)
    total = sum(by_state.values())
    assessed, justified = session.execute(
        select(func.count(Complaint.justified), func.count(Complaint.id).filter(
            Complaint.justified.is_(True)))
        .where(_in_period(period))
    ).one()
    on_time = rectified = 0
    # The local day of a rectification is the store's day, not SQL's: compared here, over
    # the rectified complaints of the period only (two columns each).
    for rectified_at, rectify_due, promised in session.execute(
        select(Complaint.rectified_at, Complaint.rectify_due, Complaint.promised_date)
        .where(_in_period(period), Complaint.rectified_at.is_not(None))
    ):
        rectified += 1
        on_time += clock.local_today(rectified_at) <= _due(rectify_due, promised)
    late_open = int(session.scalar(
        select(func.count(Complaint.id)).where(_in_period(period), _late_open_condition(today))
    ) or 0)
    visits, other = service_requests(session, period)
    departments = _grouped(session, Complaint.department, period)
    return ComplaintSummary(
        period=period,
        total=total,
        by_channel=_ordered(_grouped(session, Complaint.channel, period), CHANNELS),
        by_category=_ordered(_grouped(session, Complaint.category, period), CATEGORIES),
        by_severity=_ordered(_grouped(session, Complaint.severity, period), (*SEVERITIES, "")),
        by_department=tuple(sorted(departments.items(), key=lambda item: (
            item[0] == "", -item[1], item[0]))),
        by_state=_ordered(by_state, complaints.COMPLAINT_STATES.states),
        justified_rate=Rate(int(justified), int(assessed)),
        on_time_rate=Rate(on_time, rectified + late_open),
        late_open=late_open,
        complaint_rate=Rate(int(justified), visits + other, COMPLAINT_RATE_TARGET, at_most=True),
        visits=visits,
        other_channel=other,
        satisfaction=_satisfaction(session, period),
    )


def _satisfaction(session: Session, period: Period) -> Rate:
    """C11: every callback made in the period, whatever its source, counts (the desk's
    reading: 基本满意 is satisfied, as the sheet says)."""
    from desk.services import callbacks

    counted = callbacks.satisfaction(session, *clock.day_bounds(period.first, period.last))
    return Rate(counted.content, counted.total, SATISFACTION_TARGET, at_most=False)


# -- the list --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportLine:
    number: str
    received_at: datetime
    channel: str
    category: str
    customer_name: str
    masked_phone: str  # K2: a copy on paper or a USB stick never holds a whole number
    content: str
    demand: str
    state: str
    severity: str | None
    department: str
    responsible_person: str
    promised_date: date
    rectify_due: date | None
    rectified_at: datetime | None
    on_time: bool | None  # None: not rectified and not yet late
    callback_due: date | None


def _on_time(state: str, promised: date, rectify_due: date | None,
             rectified_at: datetime | None, today: date) -> bool | None:
    due = _due(rectify_due, promised)
    if rectified_at is not None:
        return clock.local_today(rectified_at) <= due
    if state in (complaints.RECEIVED, complaints.IN_PROGRESS) and due < today:
        return False
    return None


_customer = aliased(Customer)


def stream_lines(session: Session, actor: Actor, period: Period, batch: int = 2000
                 ) -> Generator[ReportLine, None, None]:
    """Every complaint received in the period, oldest first, from one query fetched
    ``batch`` rows at a time (one consistent snapshot however long the export runs).

    Plain columns, not ORM objects: the sheet only reads them, and loading 5,000 complaints
    as entities was most of the weekly workbook's time (bench/README.md)."""
    authorize(session, actor, "complaint.export")
    today = clock.local_today()
    c = Complaint
    stmt = (
        select(c.number, c.received_at, c.channel, c.category, _customer.name, _customer.phone,
               c.content, c.demand, c.state, c.severity, c.department, c.responsible_person,
               c.promised_date, c.rectify_due, c.rectified_at, c.callback_due)
        .outerjoin(_customer, _customer.id == c.customer_id)
        .where(_in_period(period))
        .order_by(c.received_at, c.id)
    )
    with session.execute(stmt.execution_options(yield_per=batch)) as result:
        for (number, received, channel, category, name, phone, content, demand, state,
             severity, department, person, promised, rectify_due, rectified, callback) in result:
            yield ReportLine(
                number, received, channel, category, name or "", mask_phone(phone), content,
                demand, state, severity, department, person, promised, rectify_due, rectified,
                _on_time(state, promised, rectify_due, rectified, today), callback,
            )


# -- words -----------------------------------------------------------------------------------

_TITLES = {
    WEEK: QT_TRANSLATE_NOOP("ComplaintReport", "Weekly complaint summary {period}"),
    MONTH: QT_TRANSLATE_NOOP("ComplaintReport", "Monthly complaint analysis {period}"),
    QUARTER: QT_TRANSLATE_NOOP("ComplaintReport", "Quarterly complaint report {period}"),
}
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def report_name(period: Period, translate: Translate) -> str:
    """``投诉周报 2026-W47``: the workbook's default file name (without .xlsx) and its title."""
    return translate(SHEET, _TITLES[period.kind]).format(period=period.label)


def file_name(period: Period, translate: Translate) -> str:
    return _NOT_IN_FILE_NAMES.sub("_", report_name(period, translate)) + ".xlsx"


def period_dates(period: Period, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "{start} to {end}")).format(
        start=f"{period.first:%Y-%m-%d}", end=f"{period.last:%Y-%m-%d}")


def _percent(value: int) -> str:
    return f"{value} %"


def _verdict(rate: Rate, translate: Translate) -> str:
    met = rate.meets_target
    if met is None:
        return ""
    return (translate(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "met")) if met
            else translate(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "missed")))


def rate_lines(summary: ComplaintSummary, translate: Translate) -> list[RateLine]:
    """The rates with what they are made of, in the user's language (the sheet; the window
    shows the same complaint rate)."""
    def t(text: str) -> str:
        return translate(SHEET, text)

    complaint_rate, satisfaction = summary.complaint_rate, summary.satisfaction
    return [
        RateLine(t(QT_TRANSLATE_NOOP("ComplaintReport", "Justified rate (justified ÷ assessed)")),
                 summary.justified_rate.numerator, summary.justified_rate.denominator, "", ""),
        RateLine(t(QT_TRANSLATE_NOOP(
            "ComplaintReport",
            "On-time rate (rectified by the deadline ÷ rectified or overdue)")),
            summary.on_time_rate.numerator, summary.on_time_rate.denominator, "", ""),
        RateLine(t(QT_TRANSLATE_NOOP(
            "ComplaintReport", "Complaint rate (justified complaints ÷ service requests)")),
            complaint_rate.numerator, complaint_rate.denominator,
            f"≤ {_percent(COMPLAINT_RATE_TARGET)}", _verdict(complaint_rate, translate),
            complaint_rate.meets_target is False),
        RateLine(t(QT_TRANSLATE_NOOP(
            "ComplaintReport",
            "Satisfaction (satisfied or basically satisfied ÷ callbacks)")),
            satisfaction.numerator, satisfaction.denominator,
            f"≥ {_percent(SATISFACTION_TARGET)}", _verdict(satisfaction, translate),
            satisfaction.meets_target is False),
    ]


def complaint_rate_text(summary: ComplaintSummary, translate: Translate) -> str:
    """C11 in one line for the window: the rate, what it is made of, and the target."""
    rate = summary.complaint_rate
    value = rate.value
    return translate(SHEET, QT_TRANSLATE_NOOP(
        "ComplaintReport",
        "Complaint rate {period}: {justified} justified ÷ {requests} service requests "
        "({visits} visits + {other} complaints by other channels) = {rate} (target ≤ {target})"
    )).format(
        period=summary.period.label, justified=rate.numerator, requests=rate.denominator,
        visits=summary.visits, other=summary.other_channel,
        rate=_shown(value), target=_percent(COMPLAINT_RATE_TARGET),
    )


def satisfaction_text(summary: ComplaintSummary, translate: Translate) -> str:
    """C11's other target in one line for the window, beside the complaint rate."""
    rate = summary.satisfaction
    return translate(SHEET, QT_TRANSLATE_NOOP(
        "ComplaintReport",
        "Satisfaction {period}: {content} satisfied or basically satisfied ÷ {callbacks} "
        "callbacks = {rate} (target ≥ {target})"
    )).format(
        period=summary.period.label, content=rate.numerator, callbacks=rate.denominator,
        rate=_shown(rate.value), target=_percent(SATISFACTION_TARGET),
    )


def _shown(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}".replace("%", " %")


def _tables(summary: ComplaintSummary, translate: Translate) -> list[CountTable]:
    def t(text: str) -> str:
        return translate(SHEET, text)

    def labels(rows: tuple[tuple[str, int], ...], table: Any, blank: str
               ) -> tuple[tuple[str, int], ...]:
        return tuple(
            (vocabulary.word(table, code, translate) if code else blank, count)
            for code, count in rows
        )

    unassigned = t(QT_TRANSLATE_NOOP("ComplaintReport", "(not assigned yet)"))
    return [
        CountTable(t(QT_TRANSLATE_NOOP("ComplaintReport", "By channel")),
                   labels(summary.by_channel, vocabulary.CHANNELS, "")),
        CountTable(t(QT_TRANSLATE_NOOP("ComplaintReport", "By category")),
                   labels(summary.by_category, vocabulary.CATEGORIES, "")),
        CountTable(t(QT_TRANSLATE_NOOP("ComplaintReport", "By severity")),
                   labels(summary.by_severity, vocabulary.SEVERITIES,
                          t(QT_TRANSLATE_NOOP("ComplaintReport", "(not assessed as justified)")))),
        CountTable(t(QT_TRANSLATE_NOOP("ComplaintReport", "By department")),
                   tuple((code or unassigned, count) for code, count in summary.by_department)),
        CountTable(t(QT_TRANSLATE_NOOP("ComplaintReport", "By state")),
                   tuple((vocabulary.state_word("complaint", code, translate), count)
                         for code, count in summary.by_state)),
    ]


def sheet_words(summary: ComplaintSummary, exporter: str, at: datetime, translate: Translate
                ) -> ComplaintSheetWords:
    # Written out call by call: lupdate collects only literal contexts and texts.
    def t(context: str, text: str) -> str:
        return translate(context, text)

    period = summary.period
    return ComplaintSheetWords(
        title=f"{report_name(period, translate)} ({period_dates(period, translate)})",
        exported=vocabulary.exported_by(exporter, at, translate),
        sheet_summary=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Summary")),
        sheet_list=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Complaints")),
        total=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Complaints received: {count}"))
        .format(count=summary.total),
        count_word=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Count")),
        rate_heading=(
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Rate")),
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Numerator")),
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Denominator")),
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Value")),
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Target")),
            t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "Result")),
        ),
        notes=(
            t(SHEET, QT_TRANSLATE_NOOP(
                "ComplaintReport",
                "Service requests: {visits} visits at the counter + {other} complaints by "
                "other channels; suggestions and opinions are not complaints and are not "
                "counted.")).format(visits=summary.visits, other=summary.other_channel),
            t(SHEET, QT_TRANSLATE_NOOP(
                "ComplaintReport",
                "On time: rectified on or before the deadline; {late} complaint(s) still open "
                "past the deadline count as late.")).format(late=summary.late_open),
            t(SHEET, QT_TRANSLATE_NOOP(
                "ComplaintReport",
                "Satisfaction counts “basically satisfied” (基本满意) as satisfied: every "
                "callback recorded in the period counts, whatever its source.")),
        ),
        columns=(
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "No.")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Received")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Channel")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Category")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Customer")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Phone")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Complaint")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Demand")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "State")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Severity")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Department")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Responsible person")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Promised")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Rectify by")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Rectified")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "On time")),
            t(COLUMNS, QT_TRANSLATE_NOOP("ComplaintColumns", "Callback due")),
        ),
        channels={code: vocabulary.word(vocabulary.CHANNELS, code, translate)
                  for code in CHANNELS},
        categories={code: vocabulary.word(vocabulary.CATEGORIES, code, translate)
                    for code in CATEGORIES},
        severities={code: vocabulary.word(vocabulary.SEVERITIES, code, translate)
                    for code in SEVERITIES},
        states={code: vocabulary.state_word("complaint", code, translate)
                for code in complaints.COMPLAINT_STATES.states},
        anonymous=t(vocabulary.LABELS, vocabulary.ANONYMOUS),
        yes=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "yes")),
        no=t(SHEET, QT_TRANSLATE_NOOP("ComplaintReport", "no")),
    )


# -- the job ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReportResult:
    path: Path
    count: int
    summary: ComplaintSummary


def export_complaint_report(
    source: SessionSource,
    actor: Actor,
    period: Period,
    path: Path,
    translate: Translate,
    control: JobControl,
) -> ReportResult:
    """The summary of ``period`` and its full list into an Excel workbook at ``path``.

    K2 as for the visits: the role must allow ``complaint.export``; the report is audited
    (``complaint.report``: who, which period, which file) in the step that makes the file
    appear. Cancelled or failed: no file, no audit row.
    """
    # openpyxl costs a quarter of a second to import: load it when a report runs.
    from desk.reports.complaints_excel import write_complaint_report

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        summary = summarize(session, actor, period)
        words = sheet_words(summary, actor.display_name, clock.now(), translate)
        total = summary.total
        control.step(0, total)
        try:
            rows = stream_lines(session, actor, period)
            with output_file(path) as temp, closing(rows):
                count = write_complaint_report(
                    temp, _tables(summary, translate), rate_lines(summary, translate), rows,
                    words, clock.local_zone(), lambda done: control.step(done, total),
                )
                control.step(count, total)
                with source.transaction() as audit_session:
                    authorize(audit_session, actor, "complaint.export")
                    audit.record(
                        audit_session, actor.id, "complaint.report", "complaint", None,
                        after={
                            "file": str(path), "count": count, "kind": period.kind,
                            "period": period.label, "from": period.first.isoformat(),
                            "to": period.last.isoformat(),
                        },
                    )
        except OSError as error:
            raise OutputProblem.from_os_error(path, error) from error
    return ReportResult(path, count, summary)
