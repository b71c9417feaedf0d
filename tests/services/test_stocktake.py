"""Stocktakes (W8), the daily count built on them (W7) and the month-end close (W9), below the
window, on both backends."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.db import Database
from desk.models import StockIssue, StockMovement, Stocktake, StocktakeLine
from desk.services import (
    deliveries,
    items,
    month_close,
    papers,
    stock,
    stocktake_papers,
    stocktakes,
)
from desk.services.deliveries import DeliveryInput, DeliveryLineInput, InspectionInput, LineCheck
from desk.services.errors import DomainError, PermissionDenied
from desk.services.items import ItemInput, ItemRow
from desk.services.jobs import JobControl
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from desk.services.stock import IssueInput, IssueLineInput
from desk.services.stocktakes import ReasonInput, ReportInput, StartInput, StocktakeDetail
from desk.services.vocabulary import untranslated
from tests.services.helpers import at, audit_entries, count_rows
from tests.services.test_deliveries import SIGNATURE

KETTLE = ItemInput("DK-1001", "电水壶", "台", spec="MK-1750", barcode="6901234567892")
CABLE = ItemInput("XL-200", "电源线", "米", countable=False, barcode="6900000000200")
FAN = ItemInput("FS-40", "落地扇", "台", barcode="6901234567908")


def stocked(database: Database, actor: Actor) -> list[ItemRow]:
    """Three items with opening balances: 10 kettles, 25.5 m of cable, 4 fans."""
    with database.transaction() as session:
        made = [items.create_item(session, actor, data) for data in (KETTLE, CABLE, FAN)]
        for item, amount in zip(made, ("10", "25.5", "4"), strict=True):
            stock.record_opening(session, actor, item.id, amount)
    return made


def issue(database: Database, actor: Actor, item_id: int, amount: str) -> None:
    with database.transaction() as session:
        stock.issue_out(session, actor, IssueInput(
            [IssueLineInput(item_id, amount, True, True, True)], "维修部"))


def start(database: Database, actor: Actor, kind: str = stocktakes.FULL,
          item_ids: tuple[int, ...] = ()) -> StocktakeDetail:
    with database.transaction() as session:
        return stocktakes.start_stocktake(session, actor, StartInput(kind, item_ids))


def count(database: Database, actor: Actor, take: StocktakeDetail, code: str,
          amount: str) -> stocktakes.CountLine:
    with database.transaction() as session:
        line = stocktakes.find_line(session, actor, take.row.id, code)
        return stocktakes.enter_count(session, actor, take.row.id, line.id, amount)


def explain(database: Database, actor: Actor, take: StocktakeDetail, code: str,
            reason: ReasonInput) -> None:
    with database.transaction() as session:
        line = stocktakes.find_line(session, actor, take.row.id, code)
        stocktakes.explain_variance(session, actor, take.row.id, line.id, reason)


def fresh(database: Database, actor: Actor, take: StocktakeDetail) -> StocktakeDetail:
    with database.read() as session:
        return stocktakes.get_stocktake(session, actor, take.row.id)


def submit(database: Database, actor: Actor, take: StocktakeDetail) -> StocktakeDetail:
    take = fresh(database, actor, take)
    with database.transaction() as session:
        return stocktakes.submit(session, actor, take.row.id, take.row.version)


def approve(database: Database, actor: Actor, take: StocktakeDetail) -> StocktakeDetail:
    take = fresh(database, actor, take)
    with database.transaction() as session:
        return stocktakes.approve(session, actor, take.row.id, take.row.version)


def book(database: Database, actor: Actor, item_id: int) -> Decimal:
    with database.read() as session:
        return stock.on_hand(session, actor, item_id)


def counted_all(database: Database, actor: Actor, take: StocktakeDetail,
                amounts: dict[str, str]) -> None:
    for code, amount in amounts.items():
        count(database, actor, take, code, amount)


def test_w8_a_stocktake_is_numbered_and_freezes_the_book(
    database: Database, warehouse_clerk: Actor
) -> None:
    _kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk)
    assert take.row.number.startswith("PD-") and take.row.state == "counting"
    assert [(line.code, line.frozen, line.counted) for line in take.lines] == [
        ("DK-1001", Decimal(10), None), ("FS-40", Decimal(4), None),
        ("XL-200", Decimal("25.5"), None)]
    [started] = audit_entries(database, "stocktake.start")
    assert started.after["number"] == take.row.number and started.after["items"] == 3


def test_w8_variances_with_reasons_post_adjustments_on_a_supervisors_approval(
    database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    kettle, cable, fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk)
    counted_all(database, warehouse_clerk, take,
                {"6901234567892": "9", "XL-200": "25.5", "6901234567908": "5"})
    explain(database, warehouse_clerk, take, "DK-1001",
            ReasonInput("loss", "One box crushed behind the shelf"))
    explain(database, warehouse_clerk, take, "FS-40",
            ReasonInput("error", "Returned fan never booked in", "Booked by this adjustment; "
                        "the return slip goes to the service desk"))
    with database.transaction() as session:
        stocktakes.record_report(session, warehouse_clerk, take.row.id,
                                 ReportInput("财务部, 售后服务部"))
    submitted = submit(database, warehouse_clerk, take)
    assert submitted.row.state == "submitted" and submitted.row.variances == 2
    with pytest.raises(PermissionDenied):  # S2: only a supervisor approves
        approve(database, warehouse_clerk, take)
    done = approve(database, supervisor, take)
    assert done.row.state == "approved" and done.approved_by == supervisor.display_name
    assert (book(database, supervisor, kettle.id), book(database, supervisor, fan.id),
            book(database, supervisor, cable.id)) == (Decimal(9), Decimal(5), Decimal("25.5"))
    with database.read() as session:
        posted = session.query(StockMovement).filter_by(kind="adjustment").all()
    assert sorted((m.document_kind, m.document_number, m.quantity) for m in posted) == [
        ("stocktake", take.row.number, Decimal(-1)), ("stocktake", take.row.number, Decimal(1))]
    assert [e.after["state"] for e in audit_entries(database, "stocktake.approve")] == [
        "approved"]
    with pytest.raises(IllegalTransition):  # approved once: never posts twice
        approve(database, supervisor, take)


def test_w8_a_movement_during_the_count_is_not_a_variance(
    database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    """The count is taken against the book when it is entered (frozen + moved since)."""
    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    issue(database, warehouse_clerk, kettle.id, "3")  # while the clerk walks to the shelf
    line = count(database, warehouse_clerk, take, "DK-1001", "7")
    assert (line.frozen, line.moved, line.counted, line.variance) == (
        Decimal(10), Decimal(-3), Decimal(7), Decimal(0))
    submit(database, warehouse_clerk, take)
    approve(database, supervisor, take)
    assert book(database, supervisor, kettle.id) == Decimal(7)
    assert count_rows(database, StockMovement) == 4  # 3 openings, 1 issue, no adjustment


def test_w8_bad_counts_are_refused_next_to_the_count_and_nothing_is_saved(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    for bad in ("-1", "2.5", "many", ""):
        with pytest.raises(DomainError) as refused:
            count(database, warehouse_clerk, take, "6901234567892", bad)
        assert refused.value.field == "count"
    with pytest.raises(DomainError) as unknown:
        count(database, warehouse_clerk, take, "6909999999999", "1")
    assert unknown.value.field == "search" and "6909999999999" in str(unknown.value.params)
    with pytest.raises(DomainError) as other:  # an item not frozen for this count
        count(database, warehouse_clerk, take, "FS-40", "1")
    assert other.value.field == "search"
    assert fresh(database, warehouse_clerk, take).lines[0].counted is None
    assert audit_entries(database, "stocktake.count") == []
    # A measured item takes decimals.
    cable_take = start(database, warehouse_clerk, stocktakes.CHOSEN, (_cable.id,))
    assert count(database, warehouse_clerk, cable_take, "XL-200", "25.25").variance == Decimal(
        "-0.25")


def test_w8_approving_with_a_variance_lacking_its_reason_is_refused_and_nothing_posts(
    database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "8")
    submit(database, warehouse_clerk, take)
    with pytest.raises(DomainError) as refused:
        approve(database, supervisor, take)
    assert refused.value.field == "reason" and refused.value.params["name"] == "电水壶"
    assert fresh(database, supervisor, take).row.state == "submitted"
    assert book(database, supervisor, kettle.id) == Decimal(10)
    # Sent back with a word, explained, submitted again: approved.
    with database.transaction() as session:
        stocktakes.send_back(session, supervisor, take.row.id,
                             fresh(database, supervisor, take).row.version,
                             "Give the kettles' reason")
    assert fresh(database, supervisor, take).row.state == "counting"
    explain(database, warehouse_clerk, take, "DK-1001", ReasonInput("loss", "Two broken"))
    submit(database, warehouse_clerk, take)
    approve(database, supervisor, take)
    assert book(database, supervisor, kettle.id) == Decimal(8)


def test_w8_errors_and_quality_problems_need_handling_and_the_written_report(
    database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "9")
    for bad, field in ((ReasonInput("", "x"), "reason"), (ReasonInput("loss", " "), "cause"),
                       (ReasonInput("quality", "Scorched base"), "handling")):
        with pytest.raises(DomainError) as refused:
            explain(database, warehouse_clerk, take, "DK-1001", bad)
        assert refused.value.field == field
    explain(database, warehouse_clerk, take, "DK-1001",
            ReasonInput("quality", "Scorched base", "Returned to the supplier"))
    submit(database, warehouse_clerk, take)
    with pytest.raises(DomainError) as refused:
        approve(database, supervisor, take)
    assert refused.value.field == "report"
    with database.transaction() as session:
        with pytest.raises(DomainError) as empty:
            stocktakes.record_report(session, warehouse_clerk, take.row.id, ReportInput(""))
        assert empty.value.field == "to"
    with database.transaction() as session:
        stocktakes.record_report(session, warehouse_clerk, take.row.id,
                                 ReportInput("质检部", "by memo"))
    done = approve(database, supervisor, take)
    assert done.reported_to == "质检部" and done.reported_at is not None
    with database.read() as session:
        paper = stocktake_papers.stocktake_report_pdf(session, supervisor, take.row.id,
                                                      untranslated)
    assert paper.pdf.startswith(b"%PDF")
    with database.transaction() as session:
        papers.record_output(session, warehouse_clerk, paper, "printer:HP")


def test_w8_submitting_needs_every_item_counted(
    database: Database, warehouse_clerk: Actor
) -> None:
    stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk)
    count(database, warehouse_clerk, take, "DK-1001", "10")
    with pytest.raises(DomainError) as refused:
        submit(database, warehouse_clerk, take)
    assert refused.value.field == "lines" and refused.value.params["count"] == 2
    assert fresh(database, warehouse_clerk, take).row.state == "counting"


def test_w7_the_daily_count_takes_the_items_that_moved_today(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    _kettle, _cable, fan = stocked(database, warehouse_clerk)
    frozen.append(at(2026, 11, 26, 9))
    with pytest.raises(DomainError) as nothing:
        start(database, warehouse_clerk, stocktakes.DAILY)
    assert nothing.value.field == "kind"
    issue(database, warehouse_clerk, fan.id, "1")
    daily = start(database, warehouse_clerk, stocktakes.DAILY)
    assert daily.row.kind == "daily" and [line.code for line in daily.lines] == ["FS-40"]
    count(database, warehouse_clerk, daily, "FS-40", "2")
    explain(database, warehouse_clerk, daily, "FS-40", ReasonInput("other", "One on display"))
    submit(database, warehouse_clerk, daily)
    approve(database, supervisor, daily)
    assert book(database, supervisor, fan.id) == Decimal(2)
    assert count_rows(database, Stocktake) == 1


def test_w9_the_reconciliation_reads_the_ledger_on_one_basis(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime],
    tmp_path: Path
) -> None:
    kettle, _cable, _fan = stocked(database, warehouse_clerk)  # 25 Nov
    frozen.append(at(2026, 11, 27, 10))
    issue(database, warehouse_clerk, kettle.id, "2")
    frozen.append(at(2026, 12, 2, 10))
    issue(database, warehouse_clerk, kettle.id, "1")
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "6")
    explain(database, warehouse_clerk, take, "DK-1001", ReasonInput("loss", "Broken"))
    submit(database, warehouse_clerk, take)
    approve(database, supervisor, take)
    with database.read() as session:
        november = {r.code: r.figures for r in
                    month_close.reconciliation(session, supervisor, "2026-11")}
        december = {r.code: r.figures for r in
                    month_close.reconciliation(session, supervisor, "2026-12")}
    zero = Decimal(0)
    assert november["DK-1001"] == (zero, Decimal(10), zero, Decimal(-2), zero, Decimal(8))
    assert december["DK-1001"] == (Decimal(8), zero, zero, Decimal(-1), Decimal(-1), Decimal(6))
    assert december["FS-40"][0] == november["FS-40"][-1] == Decimal(4)
    out = tmp_path / "recon.xlsx"
    result = month_close.export_reconciliation(database, supervisor, "2026-11", out,
                                               untranslated, JobControl())
    assert result.count == 3
    sheet = load_workbook(out).active
    assert sheet is not None
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[4][:4] == ["DK-1001", "电水壶", "MK-1750", "台"]
    assert [e.after["month"] for e in audit_entries(database, "stock.export_reconciliation")
            ] == ["2026-11"]


def test_w9_only_a_supervisor_closes_an_ended_month_once(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    stocked(database, warehouse_clerk)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        month_close.close_month(session, warehouse_clerk, "2026-10")
    for month, field in (("2026-11", "month"), ("2026-13", "month"), ("Nov", "month")):
        with database.transaction() as session, pytest.raises(DomainError) as refused:
            month_close.close_month(session, supervisor, month)  # Nov has not ended on 25th
        assert refused.value.field == field
    frozen.append(at(2026, 12, 1, 9))
    with database.transaction() as session:
        closed = month_close.close_month(session, supervisor, "2026-11", "对账无误")
    assert closed.month == "2026-11"
    with database.transaction() as session, pytest.raises(DomainError):
        month_close.close_month(session, supervisor, "2026-11")
    with database.transaction() as session, pytest.raises(DomainError):
        month_close.close_month(session, supervisor, "2026-10")  # before a closed month
    [entry] = audit_entries(database, "stock.close_month")
    assert entry.after["month"] == "2026-11" and entry.after["items"] == 3


def test_w9_no_movement_is_dated_into_a_closed_month_and_nothing_is_saved(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "9")
    explain(database, warehouse_clerk, take, "DK-1001", ReasonInput("loss", "Broken"))
    submit(database, warehouse_clerk, take)
    with database.transaction() as session:
        delivery = deliveries.create_delivery(session, warehouse_clerk, DeliveryInput(
            "美的供应链", "SH-1", [DeliveryLineInput("5", kettle.id)]))
    frozen.append(at(2026, 12, 1, 9))
    with database.transaction() as session:
        month_close.close_month(session, supervisor, "2026-11")
    frozen.append(at(2026, 11, 30, 18))  # the counter PC's clock went back a day
    movements, issues = count_rows(database, StockMovement), count_rows(database, StockIssue)
    with pytest.raises(DomainError) as refused:
        issue(database, warehouse_clerk, kettle.id, "1")
    assert refused.value.field == "month" and refused.value.params["closed"] == "2026-11"
    with pytest.raises(DomainError), database.transaction() as session:
        deliveries.inspect_delivery(session, warehouse_clerk, delivery.row.id,
                                    delivery.row.version, InspectionInput([LineCheck(
                                        delivery.lines[0].id, "5", True, True, True, True,
                                        True, True)], SIGNATURE))
    with pytest.raises(DomainError):
        approve(database, supervisor, take)
    assert (count_rows(database, StockMovement), count_rows(database, StockIssue)) == (
        movements, issues)
    with database.read() as session:
        assert deliveries.get_delivery(session, supervisor, delivery.row.id).row.state == (
            "expected")
        assert stocktakes.get_stocktake(session, supervisor, take.row.id).row.state == (
            "submitted")
        assert session.query(StocktakeLine).one().adjusted_quantity is None
    frozen.append(at(2026, 12, 1, 10))  # the clock put right: December takes it
    approve(database, supervisor, take)
    assert book(database, supervisor, kettle.id) == Decimal(9)


def test_s6_w8_an_open_count_is_handed_over_with_the_dock_work(
    database: Database, warehouse_clerk: Actor, admin: Actor, clerk: Actor, supervisor: Actor
) -> None:
    from desk.services import handover, staff

    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    done = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, done, "DK-1001", "10")
    submit(database, warehouse_clerk, done)
    approve(database, supervisor, done)  # approved: no longer open work
    with database.transaction() as session:
        info = staff.create_staff(session, admin, "zhouba", "周八", "warehouse", "zhouba-pass-1")
        work = handover.open_dock_work(session, warehouse_clerk, warehouse_clerk.id)
    assert [(w.kind, w.label, w.state) for w in work] == [
        ("stocktake", take.row.number, "counting")]
    with pytest.raises(DomainError), database.transaction() as session:
        handover.hand_over(session, warehouse_clerk, warehouse_clerk.id, clerk.id, work, "下班")
    with database.transaction() as session:
        handover.hand_over(session, warehouse_clerk, warehouse_clerk.id, info.id, work, "下班")
    with database.read() as session:
        assert session.get(Stocktake, take.row.id).owner_id == info.id  # type: ignore[union-attr]
        assert handover.open_dock_work(session, warehouse_clerk, warehouse_clerk.id) == []
    assert audit_entries(database, "stocktake.hand_over")


def test_w9_desk_export_reconciliation_writes_the_month(
    database: Database, database_url: str, warehouse_clerk: Actor, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp: object,
) -> None:
    from desk import cli
    from desk.services import clock, staff

    stocked(database, warehouse_clerk)
    with database.transaction() as session:
        staff.change_password(session, warehouse_clerk, "sunqi-pass-1", "warehouse-pass-9")
    monkeypatch.setenv(cli.ENV_PASSWORD, "warehouse-pass-9")
    month = stock.month_of(clock.now())
    out = tmp_path / "月结.xlsx"
    assert cli.main(["export", "reconciliation", "--month", month, "--out", str(out), "--db",
                     database_url, "--user", warehouse_clerk.username, "--lang", "en"]) == 0
    assert f"3 item(s) reconciled -> {out}" in capsys.readouterr().out
    rows = list(load_workbook(out).worksheets[0].iter_rows(min_row=5, values_only=True))
    assert rows[0][:4] == ("DK-1001", "电水壶", "MK-1750", "台") and rows[0][-1] == 10
    assert [row[0] for row in rows] == ["DK-1001", "FS-40", "XL-200"]
    bad = tmp_path / "bad.xlsx"
    assert cli.main(["export", "reconciliation", "--month", "November", "--out", str(bad),
                     "--db", database_url, "--user", warehouse_clerk.username]) == 1
    assert not bad.exists()


def test_w8_two_supervisors_approving_at_once_post_the_adjustment_once(
    database_url: str, database: Database, warehouse_clerk: Actor, supervisor: Actor,
    admin: Actor,
) -> None:
    """The first approval holds its transaction open; the second waits for the stocktake's row
    (PostgreSQL: its lock; SQLite: BEGIN IMMEDIATE), then finds it approved and is refused."""
    import threading

    kettle, _cable, _fan = stocked(database, warehouse_clerk)
    take = start(database, warehouse_clerk, stocktakes.CHOSEN, (kettle.id,))
    count(database, warehouse_clerk, take, "DK-1001", "7")
    explain(database, warehouse_clerk, take, "DK-1001", ReasonInput("loss", "Three broken"))
    take = submit(database, warehouse_clerk, take)
    second_desk = Database(database_url)
    outcome: list[BaseException | StocktakeDetail] = []

    def other_supervisor() -> None:
        try:
            with second_desk.transaction() as session:
                outcome.append(stocktakes.approve(session, admin, take.row.id,
                                                  take.row.version))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    try:
        with database.transaction() as session:
            stocktakes.approve(session, supervisor, take.row.id, take.row.version)
            racer = threading.Thread(target=other_supervisor)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second approval did not wait for the first"
        racer.join(timeout=10)
    finally:
        second_desk.dispose()
    [second] = outcome
    assert isinstance(second, IllegalTransition), second
    assert book(database, supervisor, kettle.id) == Decimal(7)
    assert count_rows(database, StockMovement) == 4  # three openings, one adjustment
