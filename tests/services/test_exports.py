"""Exports as jobs below the UI (issue 5 §1, K2): permission, audit, cancel, words, sheet."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk.db import Database
from desk.models import AuditEntry
from desk.services import clock, exports, jobs, reception
from desk.services.errors import PermissionDenied
from desk.services.jobs import JobCancelled, JobControl
from desk.services.paging import Sort
from desk.services.permissions import Actor
from desk.services.reception import VisitFilter
from desk.services.vocabulary import untranslated

NEWEST_FIRST = Sort("arrived_at", descending=True)

# A stand-in catalogue: what the window's or the command line's Qt translator would answer.
CHINESE = {
    "Visits": "接待记录", "Totals": "汇总", "Visits {range}": "接待记录 {range}",
    "{start} to {end}": "{start} 至 {end}", "Inquiry": "咨询", "Repair": "维修",
    "Exported by {name} at {when}": "导出人：{name}，{when}", "No.": "单号",
}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the clerk exports into (the test database lives beside it)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def chinese(_context: str, text: str) -> str:
    return CHINESE.get(text, text)


def _visits(database: Database, clerk: Actor, count: int, finished: int = 0) -> None:
    with database.transaction() as session:
        for i in range(count):
            visit = reception.log_visit(session, clerk, None, "inquiry" if i % 2 else "repair",
                                        f"第{i}位")
            if i < finished:
                reception.finish_visit(session, clerk, visit.id, "已处理", visit.version,
                                       visit.arrived_at + timedelta(minutes=6 * (i + 1)))


def _audits(database: Database, action: str) -> list[AuditEntry]:
    with database.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_k2_export_is_audited_with_who_range_and_file(
    database: Database, clerk: Actor, out: Path
) -> None:
    _visits(database, clerk, 4, finished=2)
    target = out / "visits.xlsx"
    seen: list[tuple[int, int]] = []
    result = exports.export_visits(database, clerk, VisitFilter.today(), NEWEST_FIRST, target,
                                   untranslated, JobControl(lambda d, t: seen.append((d, t))))
    assert result == exports.ExportResult(target, 4)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    [row] = _audits(database, "visit.export")
    today = clock.local_today().isoformat()
    assert row.staff_id == clerk.id
    assert row.after is not None
    assert row.after["file"] == str(target) and row.after["count"] == 4
    assert (row.after["from"], row.after["to"]) == (today, today)


def test_k2_warehouse_clerk_may_not_export_visits(
    database: Database, clerk: Actor, warehouse_clerk: Actor, out: Path
) -> None:
    _visits(database, clerk, 1)
    with pytest.raises(PermissionDenied):
        exports.export_visits(database, warehouse_clerk, VisitFilter(), NEWEST_FIRST,
                              out / "x.xlsx", untranslated, JobControl())
    assert list(out.iterdir()) == []


def test_cancelled_export_removes_its_partial_file_and_is_not_audited(
    database: Database, clerk: Actor, out: Path
) -> None:
    """Issue 5 §1: cancel halfway through (after the first 500 rows): no file is left."""
    _visits(database, clerk, 1200)
    control = JobControl(lambda done, total: control.cancel() if done >= 500 else None)
    with pytest.raises(JobCancelled):
        exports.export_visits(database, clerk, VisitFilter(), NEWEST_FIRST,
                              out / "visits.xlsx", untranslated, control)
    assert list(out.iterdir()) == []
    assert _audits(database, "visit.export") == []


def test_a_failed_export_keeps_the_file_that_was_there(out: Path) -> None:
    target = out / "report.xlsx"
    target.write_bytes(b"last week's report")
    with pytest.raises(RuntimeError), jobs.output_file(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"last week's report"
    assert [p.name for p in out.iterdir()] == ["report.xlsx"]


def test_export_into_a_missing_folder_says_so(
    database: Database, clerk: Actor, out: Path
) -> None:
    with pytest.raises(jobs.OutputProblem, match="does not exist"):
        exports.export_visits(database, clerk, VisitFilter(), NEWEST_FIRST,
                              out / "gone" / "v.xlsx", untranslated, JobControl())


def test_k2_chinese_sheet_has_range_exporter_filter_and_mean_time(
    database: Database, clerk: Actor, out: Path
) -> None:
    """The words come from the caller's catalogue; the sheet names its range and exporter,
    filters, and the totals give the mean handling time of finished visits (R2)."""
    _visits(database, clerk, 3, finished=2)  # 6 and 12 minutes: mean 9.0
    today = clock.local_today()
    week = VisitFilter(date_from=today - timedelta(days=6), date_to=today)
    target = out / exports.visit_file_name(week, chinese)
    assert target.name == f"接待记录 {today - timedelta(days=6):%Y-%m-%d} 至 {today:%Y-%m-%d}.xlsx"
    exports.export_visits(database, clerk, week, NEWEST_FIRST, target, chinese, JobControl())
    book = load_workbook(target)
    assert book.sheetnames == ["接待记录", "汇总"]
    sheet = book["接待记录"]
    assert sheet["A1"].value == target.stem
    assert sheet["A2"].value.startswith(f"导出人：{clerk.display_name}，")
    assert sheet["A3"].value == "单号"
    assert sheet.auto_filter.ref == "A3:K6"
    assert {sheet[f"E{r}"].value for r in (4, 5, 6)} == {"咨询", "维修"}
    totals = book["汇总"]
    last = list(totals.iter_rows(values_only=True))[-1]
    assert last[1:] == (3, 9.0)


def test_visit_file_name_is_safe_for_every_filter() -> None:
    today = clock.local_today()
    assert exports.visit_file_name(VisitFilter(), untranslated) == "Visits all dates.xlsx"
    one_day = VisitFilter(date_from=today, date_to=today)
    assert exports.visit_file_name(one_day, untranslated) == f"Visits {today:%Y-%m-%d}.xlsx"
    open_end = VisitFilter(date_from=today)
    name = exports.visit_file_name(open_end, untranslated)
    assert "/" not in name and name.startswith(f"Visits {today:%Y-%m-%d} to")
