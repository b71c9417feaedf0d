"""Complaint summaries below the window (C10, C11): periods, counts, rates, the workbook read
back, permission, audit and cancel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from desk.db import Database
from desk.services import clock, complaint_reports, complaints, reception
from desk.services.complaint_reports import MONTH, QUARTER, WEEK, Period, Rate, parse_period
from desk.services.complaints import ComplaintInput
from desk.services.errors import DomainError, PermissionDenied
from desk.services.jobs import JobCancelled, JobControl
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, at, audit_entries

CST = datetime.now().astimezone().tzinfo
W47 = Period(WEEK, "2026-W47", date(2026, 11, 16), date(2026, 11, 22))



@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """clock.now() returns the list's last value; a test moves time by appending."""
    moments = [at(2026, 11, 16, 9)]
    monkeypatch.setattr(clock, "now", lambda: moments[-1])
    return moments


# -- periods ---------------------------------------------------------------------------------

def test_c10_iso_week_runs_monday_to_sunday() -> None:
    assert parse_period(WEEK, "2026-W47") == W47


def test_c10_week_53_exists_in_2020_and_spans_the_new_year() -> None:
    assert parse_period(WEEK, "2020-W53") == Period(
        WEEK, "2020-W53", date(2020, 12, 28), date(2021, 1, 3))


@pytest.mark.parametrize(("text", "weeks"), [
    ("2026-W54", "2026 has ISO weeks 1 to 53"), ("2026-W00", "2026 has ISO weeks 1 to 53"),
    ("2025-W53", "2025 has ISO weeks 1 to 52"), ("2027-W53", "2027 has ISO weeks 1 to 52"),
])
def test_c10_a_week_that_does_not_exist_is_refused_with_the_range(text: str, weeks: str) -> None:
    """2026 begins on a Thursday, so it has a week 53 (28 Dec 2026 - 3 Jan 2027); 2025 and
    2027 do not."""
    with pytest.raises(DomainError) as refused:
        parse_period(WEEK, text)
    assert refused.value.field == "period"
    assert weeks in refused.value.text()
    assert parse_period(WEEK, "2026-W53").last == date(2027, 1, 3)


@pytest.mark.parametrize("text", ["2026W47", "26-W47", "2026-W4", "", "W47", "2026-47"])
def test_c10_a_week_not_written_like_2026_w47_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_period(WEEK, text)
    assert "Write it like 2026-W47" in refused.value.text()


def test_c10_full_width_week_from_a_chinese_input_method_is_accepted() -> None:
    """The desk's reading: NFKC turns ２０２６－Ｗ４７ into 2026-W47; the clerk meant that."""
    assert parse_period(WEEK, "２０２６-Ｗ４７") == W47
    assert parse_period(WEEK, " ２０２６－ｗ４７ ") == W47


def test_c10_month_and_quarter() -> None:
    assert parse_period(MONTH, "2026-11") == Period(
        MONTH, "2026-11", date(2026, 11, 1), date(2026, 11, 30))
    assert parse_period(MONTH, "2024-02").last == date(2024, 2, 29)
    assert parse_period(QUARTER, "2026-Q4") == Period(
        QUARTER, "2026-Q4", date(2026, 10, 1), date(2026, 12, 31))
    assert parse_period(QUARTER, "2026-q1").last == date(2026, 3, 31)
    for kind, text, message in ((MONTH, "2026-13", "no month 13"),
                                (QUARTER, "2026-Q5", "no Q5"),
                                (QUARTER, "2026-4", "Write it like 2026-Q4"),
                                (MONTH, "1999-12", "between 2000 and 2999")):
        with pytest.raises(DomainError, match=message):
            parse_period(kind, text)


def test_c10_last_complete_week_is_the_dialogs_default() -> None:
    assert complaint_reports.last_complete(WEEK, date(2026, 11, 25)) == W47
    assert complaint_reports.last_complete(WEEK, date(2021, 1, 2)).label == "2020-W52"
    assert complaint_reports.last_complete(MONTH, date(2026, 1, 5)).label == "2025-12"
    assert complaint_reports.last_complete(QUARTER, date(2026, 11, 25)).label == "2026-Q3"
    recent = complaint_reports.recent_periods(WEEK, 3, date(2026, 11, 25))
    assert [p.label for p in recent] == ["2026-W48", "2026-W47", "2026-W46"]


def test_c11_target_is_compared_exactly() -> None:
    assert Rate(5, 100, 5).meets_target is True
    assert Rate(6, 100, 5).meets_target is False
    assert Rate(1, 21, 5).meets_target is True  # 4.76 %
    assert Rate(0, 0, 5).meets_target is None and Rate(0, 0).value is None
    assert Rate(95, 100, 95, at_most=False).meets_target is True


# -- a week of complaints --------------------------------------------------------------------

def _take(database: Database, actor: Actor, frozen: list[datetime], when: datetime,
          **fields: Any) -> complaints.ComplaintDetail:
    frozen.append(when)
    data = {"channel": "phone", "category": "quality", "content": "洗衣机漏水", **fields}
    with database.transaction() as session:
        return complaints.take_complaint(session, actor, ComplaintInput(**data))


def _justify(database: Database, clerk: Actor, supervisor: Actor, complaint_id: int,
             severity: str, department: str | None) -> complaints.ComplaintDetail:
    with database.transaction() as session:
        c = complaints.assess(session, clerk, complaint_id, True, True, "属实", severity, 1)
        if department is not None:
            c = complaints.propose_plan(session, clerk, c.row.id, "上门更换", c.row.version)
            c = complaints.approve_plan(session, supervisor, c.row.id, "同意", c.row.version)
            c = complaints.issue_slip(session, clerk, c.row.id, department, "李工",
                                      c.row.version)
    return c


def _rectify(database: Database, clerk: Actor, frozen: list[datetime], when: datetime,
             c: complaints.ComplaintDetail) -> None:
    frozen.append(when)
    with database.transaction() as session:
        complaints.record_rectification(session, clerk, c.row.id, "密封圈老化", "李工",
                                        "更换密封圈", "电话核实", c.row.version)


@pytest.fixture
def week(database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
         ) -> dict[str, str]:
    """Week 47 of 2026 (Mon 16 - Sun 22 Nov), seen on Wednesday 25 Nov:

    A phone, general, rectified Wed 18 (due Thu 19): on time.
    B email, major, rectified Fri 20 (due Wed 18): late.
    C letter, unfounded.
    D walk-in, general, due Tue 24 and still in progress: counted late.
    E online, just received Sun 22, promised Wed 25: not late yet.
    F phone on Mon 23: the next week. Two visits in the week, one in the next.
    """
    wang = add_customer(database, clerk, "王芳", "13812345678")
    a = _take(database, clerk, frozen, at(2026, 11, 16))
    a = _justify(database, clerk, supervisor, a.row.id, "general", "维修部")
    b = _take(database, clerk, frozen, at(2026, 11, 17), channel="email", category="delivery")
    b = _justify(database, clerk, supervisor, b.row.id, "major", "配送部")
    c = _take(database, clerk, frozen, at(2026, 11, 18), channel="letter", category="price")
    with database.transaction() as session:
        complaints.assess(session, clerk, c.row.id, False, False, "价格已按公示执行", None, 1)
    _rectify(database, clerk, frozen, at(2026, 11, 18, 15), a)
    d = _take(database, clerk, frozen, at(2026, 11, 19), channel="visit", category="attitude",
              customer_id=wang.id)
    d = _justify(database, clerk, supervisor, d.row.id, "general", None)
    _rectify(database, clerk, frozen, at(2026, 11, 20), b)
    e = _take(database, clerk, frozen, at(2026, 11, 22), channel="online", category="other")
    f = _take(database, clerk, frozen, at(2026, 11, 23))
    with database.transaction() as session:
        for when in (at(2026, 11, 16, 11), at(2026, 11, 22, 19), at(2026, 11, 23, 9)):
            reception.log_visit(session, clerk, None, "inquiry", "问路", arrived_at=when)
    frozen.append(at(2026, 11, 25, 9))
    return {"A": a.row.number, "B": b.row.number, "C": c.row.number, "D": d.row.number,
            "E": e.row.number, "F": f.row.number}


def _summary(database: Database, actor: Actor, period: Period = W47
             ) -> complaint_reports.ComplaintSummary:
    with database.read() as session:
        return complaint_reports.summarize(session, actor, period)


@pytest.mark.usefixtures("week")
def test_c10_counts_by_channel_category_severity_department_and_state(
    database: Database, clerk: Actor
) -> None:
    s = _summary(database, clerk)
    assert s.total == 5
    assert dict(s.by_channel) == {"visit": 1, "phone": 1, "letter": 1, "email": 1,
                                  "online": 1, "box": 0}
    assert [code for code, _ in s.by_channel] == list(complaints.RESPONSE_TIMES)
    assert dict(s.by_category) == {"quality": 1, "attitude": 1, "delivery": 1, "price": 1,
                                   "repair": 0, "environment": 0, "other": 1}
    assert dict(s.by_severity) == {"major": 1, "general": 2, "": 2}
    assert s.by_department == (("维修部", 1), ("配送部", 1), ("", 3))
    assert dict(s.by_state) == {"received": 1, "in_progress": 1, "rectified": 2,
                                "called_back": 0, "closed": 0, "unfounded": 1}


@pytest.mark.usefixtures("week")
def test_c10_justified_rate_is_justified_over_assessed(database: Database, clerk: Actor) -> None:
    rate = _summary(database, clerk).justified_rate
    assert (rate.numerator, rate.denominator) == (3, 4)  # E is not assessed yet


@pytest.mark.usefixtures("week")
def test_c10_on_time_rate_counts_open_complaints_past_their_deadline_as_late(
    database: Database, clerk: Actor
) -> None:
    s = _summary(database, clerk)
    assert (s.on_time_rate.numerator, s.on_time_rate.denominator) == (1, 3)  # A of A, B, D
    assert s.late_open == 1


@pytest.mark.usefixtures("week")
def test_c11_complaint_rate_is_justified_over_visits_plus_other_channels(
    database: Database, clerk: Actor
) -> None:
    s = _summary(database, clerk)
    assert (s.visits, s.other_channel) == (2, 4)  # D came with a visit: counted once
    assert (s.complaint_rate.numerator, s.complaint_rate.denominator) == (3, 6)
    assert s.complaint_rate.meets_target is False
    text = complaint_reports.complaint_rate_text(s, untranslated)
    assert "3 justified ÷ 6 service requests" in text and "50.0 %" in text
    assert "target ≤ 5 %" in text


def _rows(sheet: Any) -> dict[str, tuple[Any, ...]]:
    """The summary sheet's rows by their first cell."""
    return {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}


def test_c10_workbook_read_back(
    database: Database, clerk: Actor, week: dict[str, str], tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / complaint_reports.file_name(W47, untranslated)
    assert target.name == "Weekly complaint summary 2026-W47.xlsx"
    result = complaint_reports.export_complaint_report(
        database, clerk, W47, target, untranslated, JobControl(lambda d, t: seen.append((d, t))))
    assert result.count == 5 and seen[0] == (0, 5) and seen[-1] == (5, 5)
    book = load_workbook(target)
    assert book.sheetnames == ["Summary", "Complaints"]
    summary = _rows(book["Summary"])
    assert book["Summary"]["A1"].value == (
        "Weekly complaint summary 2026-W47 (2026-11-16 to 2026-11-22)")
    assert book["Summary"]["A2"].value.startswith(f"Exported by {clerk.display_name} at ")
    assert "Complaints received: 5" in summary
    complaint_rate = summary["Complaint rate (justified complaints ÷ service requests)"]
    assert complaint_rate == ("Complaint rate (justified complaints ÷ service requests)",
                              3, 6, 0.5, "≤ 5 %", "missed")
    assert summary["Justified rate (justified ÷ assessed)"][1:4] == (3, 4, 0.75)
    satisfaction = summary["Satisfaction (satisfied or basically satisfied ÷ callbacks)"]
    assert satisfaction[1:5] == (0, 0, "—", "≥ 95 %")  # C11: no callbacks in the week
    assert any("基本满意" in str(label) for label in summary)
    assert summary["Walk-in"][1] == 1 and summary["Suggestion box"][1] == 0
    assert summary["维修部"][1] == 1 and summary["(not assigned yet)"][1] == 3
    rate_cell = next(row[3] for row in book["Summary"].iter_rows()
                     if row[0].value and str(row[0].value).startswith("Complaint rate"))
    assert rate_cell.number_format == "0.0%"

    sheet = book["Complaints"]
    assert sheet.freeze_panes == "B4"
    assert sheet.auto_filter.ref == "A3:Q8"
    assert sheet["A3"].value == "No." and sheet["Q3"].value == "Callback due"
    numbers = [sheet[f"A{r}"].value for r in range(4, 9)]
    assert numbers == [week[k] for k in "ABCDE"]  # oldest first, F is next week
    assert sheet["B4"].value == datetime(2026, 11, 16, 10, 0)
    assert sheet["B4"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["N4"].value == datetime(2026, 11, 19) and sheet["N4"].number_format == (
        "yyyy-mm-dd")
    on_time = {sheet[f"A{r}"].value: sheet[f"P{r}"].value for r in range(4, 9)}
    assert on_time == {week["A"]: "yes", week["B"]: "no", week["C"]: None, week["D"]: "no",
                       week["E"]: None}
    walk_in = next(r for r in range(4, 9) if sheet[f"A{r}"].value == week["D"])
    assert sheet[f"E{walk_in}"].value == "王芳"
    assert sheet[f"F{walk_in}"].value == "138****5678"  # K2: never the whole number
    assert sheet[f"C{walk_in}"].value == "Walk-in"
    assert sheet[f"I{walk_in}"].value == "In progress"
    assert sheet.column_dimensions["G"].width == 40

    [audited] = audit_entries(database, "complaint.report")
    assert audited.staff_id == clerk.id and audited.after is not None
    assert audited.after == {"file": str(target), "count": 5, "kind": "week",
                             "period": "2026-W47", "from": "2026-11-16", "to": "2026-11-22"}


def test_c10_week_across_the_year_boundary(
    database: Database, clerk: Actor, frozen: list[datetime], tmp_path: Path
) -> None:
    """2020-W53 runs from Mon 28 Dec 2020 to Sun 3 Jan 2021: both years' complaints."""
    for when in (at(2020, 12, 27, 20), at(2020, 12, 28, 8), at(2021, 1, 3, 21),
                 at(2021, 1, 4, 8)):
        _take(database, clerk, frozen, when)
    frozen.append(at(2021, 1, 10))
    period = parse_period(WEEK, "2020-W53")
    result = complaint_reports.export_complaint_report(
        database, clerk, period, tmp_path / "w53.xlsx", untranslated, JobControl())
    assert result.count == 2
    sheet = load_workbook(tmp_path / "w53.xlsx")["Complaints"]
    assert [sheet["B4"].value, sheet["B5"].value] == [datetime(2020, 12, 28, 8),
                                                       datetime(2021, 1, 3, 21)]


@pytest.mark.usefixtures("week")
def test_c10_warehouse_clerk_may_not_export_the_summary(
    database: Database, warehouse_clerk: Actor, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        complaint_reports.export_complaint_report(
            database, warehouse_clerk, W47, tmp_path / "x.xlsx", untranslated, JobControl())
    assert list(tmp_path.glob("*.xlsx")) == []
    assert audit_entries(database, "complaint.report") == []


def test_c10_cancelled_report_leaves_no_file_and_no_audit_row(
    database: Database, clerk: Actor, frozen: list[datetime], tmp_path: Path
) -> None:
    frozen.append(at(2026, 11, 25, 9))
    with database.transaction() as session:
        for i in range(600):
            complaints.take_complaint(session, clerk, ComplaintInput(
                "box", "environment", f"第{i}条：卫生间没有纸"), received_at=at(2026, 11, 16, 10))
    control = JobControl(lambda done, total: control.cancel() if done >= 500 else None)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(JobCancelled):
        complaint_reports.export_complaint_report(
            database, clerk, W47, out / "w47.xlsx", untranslated, control)
    assert list(out.iterdir()) == []
    assert audit_entries(database, "complaint.report") == []


def test_c10_an_empty_week_gives_dashes_not_a_division_by_zero(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    result = complaint_reports.export_complaint_report(
        database, clerk, W47, tmp_path / "empty.xlsx", untranslated, JobControl())
    assert result.count == 0 and result.summary.complaint_rate.value is None
    summary = _rows(load_workbook(tmp_path / "empty.xlsx")["Summary"])
    assert summary["Complaint rate (justified complaints ÷ service requests)"][1:6] == (
        0, 0, "—", "≤ 5 %", None)
