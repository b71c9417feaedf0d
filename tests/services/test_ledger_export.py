"""W7: the stock ledger of a range exported to Excel, as a job and from the command line."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.db import Database
from desk.services import ledger_export, stock, stocktakes
from desk.services.errors import DomainError, PermissionDenied
from desk.services.jobs import JobCancelled, JobControl
from desk.services.ledger_export import LedgerRange
from desk.services.permissions import Actor
from desk.services.stocktakes import ReasonInput
from desk.services.vocabulary import untranslated
from tests.services.helpers import at, audit_entries
from tests.services.test_stocktake import approve, count, explain, issue, start, stocked, submit

NOVEMBER = LedgerRange(date(2026, 11, 1), date(2026, 11, 30))


def _book(database: Database, actor: Actor, item_id: int) -> Decimal:
    with database.read() as session:
        return stock.on_hand(session, actor, item_id)


def _moved(database: Database, warehouse_clerk: Actor, supervisor: Actor,
           frozen: list[datetime]) -> list[int]:
    """25 Nov: openings; 27 Nov: 2 kettles out; 2 Dec: 1 kettle out and a stocktake's -1."""
    kettle, cable, fan = stocked(database, warehouse_clerk)
    frozen.append(at(2026, 11, 27, 10))
    issue(database, warehouse_clerk, kettle.id, "2")
    frozen.append(at(2026, 12, 2, 10))
    issue(database, warehouse_clerk, kettle.id, "1")
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "6")
    explain(database, warehouse_clerk, take, "DK-1001", ReasonInput("loss", "Broken"))
    submit(database, warehouse_clerk, take)
    approve(database, supervisor, take)
    return [kettle.id, cable.id, fan.id]


def test_w7_ledger_export_writes_every_movement_and_totals_equal_to_on_hand(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime],
    tmp_path: Path,
) -> None:
    kettle_id, *_ = ids = _moved(database, warehouse_clerk, supervisor, frozen)
    out = tmp_path / "ledger.xlsx"
    whole = LedgerRange(date(2026, 11, 1), date(2026, 12, 31))
    result = ledger_export.export_ledger(database, warehouse_clerk, whole, out, untranslated,
                                         JobControl())
    assert (result.count, result.items, result.path) == (6, 3, out.absolute())
    book = load_workbook(out)
    lines, totals = book.worksheets
    rows = list(lines.iter_rows(min_row=4, values_only=True))
    assert [(r[1], r[5], r[6], r[7]) for r in rows] == [
        ("DK-1001", "Opening balance", 10, "Opening balance"),
        ("XL-200", "Opening balance", 25.5, "Opening balance"),
        ("FS-40", "Opening balance", 4, "Opening balance"),
        ("DK-1001", "Issue", -2, "Issue note"),
        ("DK-1001", "Issue", -1, "Issue note"),
        ("DK-1001", "Adjustment", -1, "Stocktake"),
    ]
    assert rows[3][0] == datetime(2026, 11, 27, 10, 0)
    assert rows[3][2:5] == ("电水壶", "MK-1750", "台")
    assert rows[3][8].startswith("CK-") and rows[3][9] == "孙七" and rows[3][10] == "维修部"
    figures = {r[0]: r[4:] for r in totals.iter_rows(min_row=4, values_only=True)}
    assert figures["DK-1001"] == (0, 10, 0, -3, -1, 6)
    for item_id, code in zip(ids, ("DK-1001", "XL-200", "FS-40"), strict=True):
        assert Decimal(str(figures[code][-1])) == _book(database, supervisor, item_id)
    # December alone, one item: the opening is November's closing.
    december = LedgerRange(date(2026, 12, 1), date(2026, 12, 31), kettle_id)
    result = ledger_export.export_ledger(database, supervisor, december, out, untranslated,
                                         JobControl())
    assert (result.count, result.items) == (2, 1)
    totals = load_workbook(out).worksheets[1]
    [kettle] = list(totals.iter_rows(min_row=4, values_only=True))
    assert kettle[4:] == (8, 0, 0, -1, -1, 6)
    exported = audit_entries(database, "stock.export_ledger")
    assert [(e.staff_id, e.after["from"], e.after["to"], e.after["item"], e.after["count"])
            for e in exported] == [
        (warehouse_clerk.id, "2026-11-01", "2026-12-31", None, 6),
        (supervisor.id, "2026-12-01", "2026-12-31", "DK-1001", 2)]
    assert exported[0].after["file"] == str(out.absolute())


def test_w7_ledger_export_cancelled_leaves_no_file_and_no_audit(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime],
    tmp_path: Path,
) -> None:
    _moved(database, warehouse_clerk, supervisor, frozen)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ledger.xlsx"
    # Cancelled at the first step; the job stops at the next, with the workbook written.
    control = JobControl(lambda done, total: control.cancel())
    with pytest.raises(JobCancelled):
        ledger_export.export_ledger(database, warehouse_clerk, NOVEMBER, out, untranslated,
                                    control)
    assert list(folder.iterdir()) == []
    assert audit_entries(database, "stock.export_ledger") == []


def test_w7_ledger_export_refuses_the_counter_and_a_backward_range(
    database: Database, warehouse_clerk: Actor, clerk: Actor, frozen: list[datetime],
    tmp_path: Path,
) -> None:
    stocked(database, warehouse_clerk)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(PermissionDenied):
        ledger_export.export_ledger(database, clerk, NOVEMBER, out, untranslated, JobControl())
    backward = LedgerRange(date(2026, 11, 30), date(2026, 11, 1))
    with pytest.raises(DomainError):
        ledger_export.export_ledger(database, warehouse_clerk, backward, out, untranslated,
                                    JobControl())
    assert not out.exists()
    assert audit_entries(database, "stock.export_ledger") == []


def test_w7_desk_export_ledger_writes_the_range(
    database: Database, database_url: str, warehouse_clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: object,
) -> None:
    from desk import cli
    from desk.services import clock, staff

    stocked(database, warehouse_clerk)
    with database.transaction() as session:
        staff.change_password(session, warehouse_clerk, "sunqi-pass-1", "warehouse-pass-9")
    monkeypatch.setenv(cli.ENV_PASSWORD, "warehouse-pass-9")
    today = clock.local_today().isoformat()
    out = tmp_path / "台账.xlsx"
    assert cli.main(["export", "ledger", "--from", today, "--to", today, "--item", "xl-200",
                     "--out", str(out), "--db", database_url, "--user",
                     warehouse_clerk.username, "--lang", "en"]) == 0
    assert f"1 movement(s) of 1 item(s) -> {out}" in capsys.readouterr().out
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=4, values_only=True))
    assert [(r[1], r[6]) for r in rows] == [("XL-200", 25.5)]
    bad = tmp_path / "bad.xlsx"
    assert cli.main(["export", "ledger", "--from", today, "--to", "2000-01-01", "--out",
                     str(bad), "--db", database_url, "--user", warehouse_clerk.username]) == 1
    assert cli.main(["export", "ledger", "--from", today, "--to", today, "--item", "NOPE",
                     "--out", str(bad), "--db", database_url, "--user",
                     warehouse_clerk.username]) == 1
    assert not bad.exists()
