"""The desk command: help, and the demo fill without a window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desk import cli
from desk.db import Database
from desk.demo import DEMO_ACCOUNTS
from desk.models import AuditEntry, Staff
from desk.services import clock, complaints, reception, staff
from desk.services.permissions import Actor

CLERK_PASSWORD = "own-password-9"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for word in ("demo", "--db", "--demo", "--lang"):
        assert word in out


def test_demo_fills_an_empty_database_without_a_window(
    database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", "--db", database_url, "--days", "2"]) == 0
    out = capsys.readouterr().out
    assert "Sign in with" in out and "counter123" in out
    with database.transaction() as session:
        outcome = staff.sign_in(session, "counter", "counter123")
    assert outcome.actor is not None
    with database.read() as session:
        assert reception.count_visits(session, outcome.actor, reception.VisitFilter()) > 0
    assert {a[2] for a in DEMO_ACCOUNTS} == {"admin", "counter", "warehouse", "supervisor"}


def test_demo_refuses_a_database_with_accounts(
    database: Database, database_url: str, admin: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", "--db", database_url]) == 1
    assert "accounts already" in capsys.readouterr().err


# -- desk export visits (issue 5 §1, K2) ------------------------------------------------------

def _export(database_url: str, out: Path, user: str, *extra: str) -> int:
    today = clock.local_today().isoformat()
    return cli.main(["export", "visits", "--from", today, "--to", today, "--out", str(out),
                     "--db", database_url, "--user", user, "--lang", "en", *extra])


@pytest.fixture
def two_visits(database: Database, clerk: Actor, warehouse_clerk: Actor, qapp: object) -> None:
    """Two visits today; the accounts have chosen their own passwords (S1: one set by the
    administrator must be changed in the window first). In this process the command line
    finds the tests' QApplication and borrows it for its translator."""
    for actor in (clerk, warehouse_clerk):
        with database.transaction() as session:
            staff.change_password(session, actor, f"{actor.username}-pass-1", CLERK_PASSWORD)
    with database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry", "问路")
        reception.log_visit(session, clerk, None, "repair", "修冰箱")


@pytest.mark.usefixtures("two_visits")
def test_k2_export_visits_signs_in_writes_and_is_audited(
    database: Database, database_url: str, clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, CLERK_PASSWORD)
    out = tmp_path / "visits.xlsx"
    assert _export(database_url, out, clerk.username) == 0
    assert "2 visit(s)" in capsys.readouterr().out
    assert load_workbook(out)["Visits"]["A3"].value == "No."
    with database.read() as session:
        audited = session.scalars(select(AuditEntry).where(AuditEntry.action == "visit.export"))
        [row] = audited.all()
    assert row.staff_id == clerk.id and row.after is not None
    assert row.after["file"] == str(out)


@pytest.mark.usefixtures("two_visits")
def test_s1_export_with_a_wrong_password_is_refused_counted_and_writes_nothing(
    database: Database, database_url: str, clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, "not-the-password")
    out = tmp_path / "visits.xlsx"
    assert _export(database_url, out, clerk.username) == cli.EXIT_REFUSED
    assert "Wrong user name or password." in capsys.readouterr().err
    assert not out.exists()
    with database.read() as session:
        assert session.scalar(select(Staff.failed_attempts).where(Staff.id == clerk.id)) == 1


@pytest.mark.usefixtures("two_visits")
def test_k2_warehouse_account_may_not_export_visits_from_the_command_line(
    database_url: str, warehouse_clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, CLERK_PASSWORD)
    out = tmp_path / "visits.xlsx"
    assert _export(database_url, out, warehouse_clerk.username) == cli.EXIT_REFUSED
    assert "may not do this" in capsys.readouterr().err
    assert not out.exists()


def _no_display_env() -> dict[str, str]:
    """A scheduled task's environment: no screen, the password given, and this checkout's
    desk first on the path (a worktree's tests must not run the venv's editable install)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env[cli.ENV_PASSWORD] = CLERK_PASSWORD
    checkout = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (checkout, env.get("PYTHONPATH")) if p)
    return env


@pytest.mark.slow
@pytest.mark.usefixtures("two_visits")
def test_export_visits_in_chinese_on_a_machine_with_no_display(
    database_url: str, clerk: Actor, tmp_path: Path
) -> None:
    """Issue 5 §1: the words come from the window's catalogue, with no display at all."""
    today = clock.local_today().isoformat()
    out = tmp_path / "接待.xlsx"
    env = _no_display_env()
    done = subprocess.run(
        [sys.executable, "-m", "desk.cli", "export", "visits", "--from", today, "--to", today,
         "--out", str(out), "--db", database_url, "--user", clerk.username, "--lang", "zh_CN"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    book = load_workbook(out)
    assert book.sheetnames == ["接待记录", "汇总"]
    assert book["接待记录"]["A1"].value == f"接待记录 {today}"
    assert {book["接待记录"]["E4"].value, book["接待记录"]["E5"].value} == {"咨询", "维修"}


# -- desk export weekly/monthly/quarterly-complaints (issue 6, C10, C11) ----------------------

def _this_week() -> str:
    iso = clock.local_today().isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _export_complaints(database_url: str, out: Path, user: str, report: str, option: str,
                       period: str) -> int:
    return cli.main(["export", report, f"--{option}", period, "--out", str(out),
                     "--db", database_url, "--user", user, "--lang", "en"])


@pytest.fixture
def two_complaints(database: Database, two_visits: None, clerk: Actor) -> None:
    """Today: two visits (two_visits) and two phoned-in complaints, one of them justified."""
    with database.transaction() as session:
        first = complaints.take_complaint(
            session, clerk, complaints.ComplaintInput("phone", "repair", "洗衣机修了三次还漏水"))
        complaints.take_complaint(
            session, clerk, complaints.ComplaintInput("letter", "other", "停车场收费不合理"))
        complaints.assess(session, clerk, first.row.id, True, True, "属实", "general",
                          first.row.version)


@pytest.mark.usefixtures("two_complaints")
@pytest.mark.parametrize(("report", "option", "period"), [
    ("weekly-complaints", "week", _this_week()),
    ("monthly-complaints", "month", f"{clock.local_today():%Y-%m}"),
    ("quarterly-complaints", "quarter",
     f"{clock.local_today().year}-Q{(clock.local_today().month - 1) // 3 + 1}"),
])
def test_c10_complaint_reports_from_the_command_line_are_written_and_audited(
    database: Database, database_url: str, clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    report: str, option: str, period: str,
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, CLERK_PASSWORD)
    out = tmp_path / "complaints.xlsx"
    assert _export_complaints(database_url, out, clerk.username, report, option, period) == 0
    said = capsys.readouterr().out
    assert f"2 complaint(s) -> {out}" in said
    # C11: 1 justified ÷ (2 visits + 2 complaints by phone and letter)
    assert "1 justified ÷ 4 service requests" in said and "25.0 %" in said
    book = load_workbook(out)
    assert book.sheetnames == ["Summary", "Complaints"]
    assert period in book["Summary"]["A1"].value
    assert book["Complaints"]["A3"].value == "No."
    with database.read() as session:
        [row] = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "complaint.report")).all()
    assert row.staff_id == clerk.id and row.after is not None
    assert (row.after["period"], row.after["kind"], row.after["file"]) == (
        period, option, str(out))


@pytest.mark.usefixtures("two_complaints")
def test_c10_a_week_that_does_not_exist_is_refused_before_signing_in(
    database: Database, database_url: str, clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, "not-the-password")
    out = tmp_path / "w54.xlsx"
    assert _export_complaints(database_url, out, clerk.username, "weekly-complaints", "week",
                              "2026-W54") == cli.EXIT_REFUSED
    assert "2026 has ISO weeks 1 to 53; there is no week 54." in capsys.readouterr().err
    assert not out.exists()
    with database.read() as session:  # refused before the password was tried
        assert session.scalar(select(Staff.failed_attempts).where(Staff.id == clerk.id)) == 0


@pytest.mark.usefixtures("two_complaints")
def test_c10_warehouse_account_may_not_export_complaint_reports(
    database_url: str, warehouse_clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, CLERK_PASSWORD)
    out = tmp_path / "w.xlsx"
    assert _export_complaints(database_url, out, warehouse_clerk.username, "weekly-complaints",
                              "week", _this_week()) == cli.EXIT_REFUSED
    assert "may not do this" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.usefixtures("two_complaints")
def test_c10_weekly_complaints_in_chinese_on_a_machine_with_no_display(
    database_url: str, clerk: Actor, tmp_path: Path
) -> None:
    """A scheduled task: no screen, the words from the window's catalogue (here the words
    it already holds: categories and "anonymous" of the Labels context)."""
    week = _this_week()
    out = tmp_path / "投诉周报.xlsx"
    env = _no_display_env()
    done = subprocess.run(
        [sys.executable, "-m", "desk.cli", "export", "weekly-complaints", "--week", week,
         "--out", str(out), "--db", database_url, "--user", clerk.username, "--lang", "zh_CN"],
        env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "2 件投诉 ->" in done.stdout  # the summary line in the reader's language too
    book = load_workbook(out)
    summary, listed = book.worksheets
    assert week in summary["A1"].value
    assert {listed["D4"].value, listed["D5"].value} == {"维修", "其他"}
    assert listed["E4"].value == listed["E5"].value == "（匿名）"
