"""G3's daily issue list as Excel: the job below the window and ``desk export gifts`` (K2:
permission-checked, audited, phones masked)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from desk import cli
from desk.db import Database
from desk.services import clock, gift_exports, gift_lists, gifts, staff
from desk.services.errors import DomainError, PermissionDenied
from desk.services.gifts import GiftInput, IssueInput
from desk.services.jobs import JobControl
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import audit_entries

PASSWORD = "own-password-9"


@pytest.fixture
def handed_out(database: Database, supervisor: Actor, clerk: Actor) -> list[gift_lists.IssueRow]:
    """Today: two cups and a bag handed out, the bag voided."""
    today = clock.local_today()
    with database.transaction() as session:
        cup = gifts.create_gift(session, supervisor, GiftInput(
            "保温杯", "店庆", today - timedelta(days=3), today + timedelta(days=3), "1", "个",
            "10"))
        bag = gifts.create_gift(session, supervisor, GiftInput(
            "环保袋", "店庆", today, today, "2", "个", "10"))
        done = [gifts.issue_gift(session, clerk, IssueInput(
            gift_id, receipt, qty, recipient_name="王小明", recipient_phone="13912345678"))
            for gift_id, receipt, qty in ((cup.id, "XS-0001", "1"), (cup.id, "XS-0002", "1"),
                                          (bag.id, "XS-0001", "2"))]
        gifts.void_issue(session, supervisor, done[2].id, done[2].version, "录错")
    return done


def test_g3_export_writes_the_days_issues_masked_and_audits_it(
    database: Database, clerk: Actor, handed_out: list[gift_lists.IssueRow], tmp_path: Path
) -> None:
    out = tmp_path / "赠品.xlsx"
    today = clock.local_today()
    result = gift_exports.export_gift_issues(database, clerk, today, None, out, untranslated,
                                             JobControl())
    assert result.count == 3
    lines, totals = openpyxl.load_workbook(out).worksheets
    rows = list(lines.iter_rows(min_row=4, values_only=True))
    assert [(r[0], r[4], r[5], r[8], r[10]) for r in rows] == [
        (handed_out[0].number, "XS-0001", 1, "139****5678", "Handed out"),
        (handed_out[1].number, "XS-0002", 1, "139****5678", "Handed out"),
        (handed_out[2].number, "XS-0001", 2, "139****5678", "Voided")]
    assert "13912345678" not in str(rows)
    assert list(totals.iter_rows(min_row=2, values_only=True)) == [("保温杯", "店庆", "个", 2)]
    [logged] = audit_entries(database, "gift.export")
    assert logged.after == {"file": str(out), "count": 3, "from": today.isoformat(),
                            "to": today.isoformat()}


def test_g3_export_refuses_the_warehouse_and_a_backwards_range(
    database: Database, warehouse_clerk: Actor, clerk: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "gifts.xlsx"
    with pytest.raises(PermissionDenied):
        gift_exports.export_gift_issues(database, warehouse_clerk, date(2026, 11, 1), None, out,
                                        untranslated, JobControl())
    with pytest.raises(DomainError) as refused:
        gift_exports.export_gift_issues(database, clerk, date(2026, 11, 2), date(2026, 11, 1),
                                        out, untranslated, JobControl())
    assert refused.value.field == "last"
    assert not out.exists() and not audit_entries(database, "gift.export")


@pytest.mark.usefixtures("handed_out")
def test_g3_desk_export_gifts_from_the_command_line(
    database: Database, database_url: str, clerk: Actor, warehouse_clerk: Actor,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    for actor in (clerk, warehouse_clerk):
        with database.transaction() as session:
            staff.change_password(session, actor, f"{actor.username}-pass-1", PASSWORD)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    today = clock.local_today().isoformat()
    out = tmp_path / "gifts.xlsx"
    common = ["--out", str(out), "--db", database_url, "--lang", "en"]
    assert cli.main(["export", "gifts", "--date", today, *common, "--user",
                     clerk.username]) == 0
    assert f"3 gift issue(s) -> {out}" in capsys.readouterr().out
    ranged = tmp_path / "range.xlsx"
    assert cli.main(["export", "gifts", "--from", "2026-01-01", "--to", today, "--out",
                     str(ranged), "--db", database_url, "--lang", "en", "--user",
                     clerk.username]) == 0
    assert len(list(openpyxl.load_workbook(ranged).worksheets[0].iter_rows(min_row=4))) == 3
    assert [e.after["from"] for e in audit_entries(database, "gift.export")
            if e.after] == [today, "2026-01-01"]
    denied = tmp_path / "denied.xlsx"
    assert cli.main(["export", "gifts", "--date", today, "--out", str(denied), "--db",
                     database_url, "--lang", "en", "--user", warehouse_clerk.username]) == 1
    assert "may not do this" in capsys.readouterr().err and not denied.exists()
