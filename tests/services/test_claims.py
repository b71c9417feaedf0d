"""Claims below the window (C9): opened on a justified complaint, amounts in exact decimal
yuan from what a clerk types, agreed by a supervisor, the notice to the responsible party
recorded, rejected with a reason; the monthly report by cause and its workbook."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.db import Database
from desk.models import Claim
from desk.services import archive, claims, complaints, money
from desk.services.claims import ClaimInput
from desk.services.complaints import ComplaintInput
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.jobs import JobCancelled, JobControl
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, at, audit_entries, count_rows

CST = datetime.now().astimezone().tzinfo




def justified_complaint(database: Database, actor: Actor, customer_id: int | None = None,
                        justified: bool = True) -> int:
    with database.transaction() as session:
        taken = complaints.take_complaint(session, actor, ComplaintInput(
            "phone", "quality", "冰箱送到时门被撞凹", customer_id=customer_id))
        complaints.assess(session, actor, taken.row.id, justified, True, "运输途中损坏属实",
                          "general" if justified else None, taken.row.version)
        return taken.row.id


def open_claim(database: Database, actor: Actor, complaint_id: int, amount: str = "1,234.50",
               cause: str = "transport", **fields: str) -> claims.ClaimRow:
    with database.transaction() as session:
        return claims.open_claim(session, actor, complaint_id, ClaimInput(
            cause, amount, fields.pop("party", "顺达物流"), **fields))


@pytest.mark.parametrize(("typed", "expected"), [
    ("1,234.50", "1234.50"),
    ("１２３４.５", "1234.50"),  # full-width digits from a Chinese input method
    ("￥1234.5", "1234.50"),
    ("¥ 1,234", "1234.00"),
    ("1234.5元", "1234.50"),
    ("0.1", "0.10"),
    ("9999999999.99", "9999999999.99"),
    ("１，２３４．５０", "1234.50"),  # full-width comma and point
])
def test_c9_amount_typed_by_a_clerk_is_exact_decimal_yuan(typed: str, expected: str) -> None:
    amount = money.parse_amount(typed)
    assert isinstance(amount, Decimal) and amount == Decimal(expected)
    assert str(amount) == expected


@pytest.mark.parametrize(("typed", "message"), [
    ("-5", "cannot be negative"),
    ("－5", "cannot be negative"),  # full-width minus
    ("12.345", "at most two decimals"),
    ("10000000000.00", "at most 9,999,999,999.99"),
    ("", "enter the amount"),
    ("   ", "enter the amount"),
    ("12,34.5", "not an amount"),
    ("1e3", "not an amount"),
    ("abc", "not an amount"),
    ("1.2.3", "not an amount"),
])
def test_c9_bad_amount_is_refused_with_a_message(typed: str, message: str) -> None:
    with pytest.raises(DomainError) as refused:
        money.parse_amount(typed, "claimed_amount")
    assert message in refused.value.text() and refused.value.field == "claimed_amount"


def test_c9_amounts_show_as_yuan_with_thousands() -> None:
    assert money.format_amount(Decimal("1234.5")) == "¥1,234.50"
    assert money.format_amount(None) == ""


def test_c9_claim_on_a_justified_complaint_keeps_the_exact_amount_and_is_audited(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint_id = justified_complaint(database, clerk)
    claim = open_claim(database, clerk, complaint_id, "１２３４.５", insurance_case="PICC-2026-88")
    assert claim.claimed_amount == Decimal("1234.50") and claim.state == claims.CLAIMED
    assert claim.insurance_case == "PICC-2026-88" and claim.complaint_number == "TS-2026-000001"
    with database.read() as session:
        stored = session.get(Claim, claim.id)
        assert stored is not None and stored.claimed_amount == Decimal("1234.50")
    [created] = audit_entries(database, "claim.create", claim.id)
    assert created.after is not None and created.after["claimed_amount"] == "1234.50"


def test_c9_a_complaint_may_have_more_than_one_claim(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint_id = justified_complaint(database, clerk)
    open_claim(database, clerk, complaint_id, "800", cause="transport")
    open_claim(database, clerk, complaint_id, "200", cause="late_delivery", party="配送部")
    with database.read() as session:
        listed = claims.list_claims(session, clerk, complaint_id)
    assert [(c.cause, c.claimed_amount) for c in listed] == [
        ("transport", Decimal("800.00")), ("late_delivery", Decimal("200.00"))]


@pytest.mark.parametrize("justified", [None, False])
def test_c9_no_claim_on_an_unassessed_or_unfounded_complaint(
    database: Database, clerk: Actor, frozen: list[datetime], justified: bool | None
) -> None:
    with database.transaction() as session:
        taken = complaints.take_complaint(session, clerk, ComplaintInput(
            "phone", "price", "价格比别家贵"))
        if justified is False:
            complaints.assess(session, clerk, taken.row.id, False, False, "价格合规，已解释",
                              None, taken.row.version)
    with pytest.raises(DomainError) as refused:
        open_claim(database, clerk, taken.row.id)
    assert "justified" in refused.value.text()
    assert count_rows(database, Claim) == 0


@pytest.mark.parametrize(("fields", "field"), [
    ({"amount": "-1"}, "claimed_amount"),
    ({"amount": "1.005"}, "claimed_amount"),
    ({"amount": "０"}, "claimed_amount"),  # nothing claimed is no claim
    ({"party": ""}, "responsible_party"),
    ({"party": "物" * 61}, "responsible_party"),
    ({"insurance_case": "X" * 41}, "insurance_case"),
    ({"description": "长" * 5000}, "description"),
    ({"cause": "weather"}, "cause"),
])
def test_c9_bad_input_is_refused_and_nothing_saved(
    database: Database, clerk: Actor, frozen: list[datetime], fields: dict[str, str], field: str
) -> None:
    complaint_id = justified_complaint(database, clerk)
    with pytest.raises(DomainError) as refused:
        open_claim(database, clerk, complaint_id, **fields)
    assert refused.value.field == field
    assert count_rows(database, Claim) == 0


def test_c9_control_characters_are_dropped_from_the_party(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint_id = justified_complaint(database, clerk)
    claim = open_claim(database, clerk, complaint_id, party="顺达\x00物流\u202e\x1b")
    assert claim.responsible_party == "顺达物流"


def test_c9_supervisor_agrees_then_the_notice_to_the_party_is_recorded(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    claim = open_claim(database, clerk, justified_complaint(database, clerk), "1,500")
    with database.transaction() as session, pytest.raises(PermissionDenied):
        claims.agree_amount(session, clerk, claim.id, "1000", "", claim.version)
    with database.transaction() as session:
        agreed = claims.agree_amount(session, supervisor, claim.id, "1,000.00", "协商一致",
                                     claim.version)
    assert agreed.state == claims.AGREED and agreed.agreed_amount == Decimal("1000.00")
    with database.transaction() as session:
        notified = claims.record_notice(session, clerk, claim.id, "书面通知", "顺达物流 王经理",
                                        "传真已确认", agreed.version)
    assert notified.state == claims.NOTIFIED and notified.notified_at == frozen[-1]
    assert (notified.notice_method, notified.notified_to) == ("书面通知", "顺达物流 王经理")
    actions = [e.action for e in audit_entries(database) if e.entity == "claim"]
    assert actions == ["claim.create", "claim.agree", "claim.notify"]
    [agree] = audit_entries(database, "claim.agree")
    assert agree.before is not None and agree.after is not None
    assert (agree.before["state"], agree.after["state"]) == ("claimed", "agreed")
    assert agree.after["agreed_amount"] == "1000.00"


def test_c9_agreed_amount_cannot_exceed_the_claim(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    claim = open_claim(database, clerk, justified_complaint(database, clerk), "500")
    with database.transaction() as session, pytest.raises(DomainError) as refused:
        claims.agree_amount(session, supervisor, claim.id, "500.01", "", claim.version)
    assert "¥500.00" in refused.value.text() and refused.value.field == "agreed_amount"


def test_c9_notice_before_an_agreed_amount_is_an_illegal_transition(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    claim = open_claim(database, clerk, justified_complaint(database, clerk))
    with database.transaction() as session, pytest.raises(IllegalTransition) as refused:
        claims.record_notice(session, clerk, claim.id, "电话", "王经理", "", claim.version)
    assert "agree the amount" in refused.value.text()


def test_c9_rejected_with_a_reason_and_then_final(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    claim = open_claim(database, clerk, justified_complaint(database, clerk))
    with database.transaction() as session, pytest.raises(DomainError):
        claims.reject_claim(session, supervisor, claim.id, "  ", claim.version)
    with database.transaction() as session:
        rejected = claims.reject_claim(session, supervisor, claim.id, "损坏系顾客自行搬运所致",
                                       claim.version)
    assert rejected.state == claims.REJECTED and rejected.allowed_actions == ()
    with database.transaction() as session, pytest.raises(IllegalTransition):
        claims.agree_amount(session, supervisor, claim.id, "1", "", rejected.version)


def test_c9_stale_version_is_refused(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    claim = open_claim(database, clerk, justified_complaint(database, clerk))
    with database.transaction() as session:
        claims.agree_amount(session, supervisor, claim.id, "100", "", claim.version)
    with database.transaction() as session, pytest.raises(StaleEdit):
        claims.agree_amount(session, supervisor, claim.id, "90", "", claim.version)


def test_k3_claims_are_in_the_customer_archive(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵敏", "13800138000")
    open_claim(database, clerk, justified_complaint(database, clerk, customer.id), "88.8")
    with database.read() as session:
        items = archive.customer_history(session, clerk, customer.id)
    [claim] = [i for i in items if i.kind == "claim"]
    assert claim.number == "TS-2026-000001" and claim.summary == "¥88.80"


def claims_in_november(database: Database, clerk: Actor, supervisor: Actor,
                       frozen: list[datetime]) -> None:
    complaint_id = justified_complaint(database, clerk)
    frozen.append(at(2026, 10, 31, 23))  # October: not in the report
    open_claim(database, clerk, complaint_id, "999")
    frozen.append(at(2026, 11, 1, 0))  # the first local minute of November
    a = open_claim(database, clerk, complaint_id, "1,000.10", cause="transport")
    b = open_claim(database, clerk, complaint_id, "0.20", cause="transport")
    c = open_claim(database, clerk, complaint_id, "300", cause="quality")
    frozen.append(at(2026, 11, 30, 23))
    open_claim(database, clerk, complaint_id, "50", cause="service")
    frozen.append(at(2026, 12, 1, 0))  # December: not in the report
    open_claim(database, clerk, complaint_id, "7777")
    with database.transaction() as session:
        claims.agree_amount(session, supervisor, a.id, "800.05", "", a.version)
        claims.agree_amount(session, supervisor, b.id, "0.1", "", b.version)
        claims.reject_claim(session, supervisor, c.id, "非质量问题", c.version)


def test_c9_monthly_report_by_cause_sums_exact_decimals(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    claims_in_november(database, clerk, supervisor, frozen)
    with database.read() as session:
        report = claims.claims_report(session, clerk, claims.parse_month("２０２６-11"))
    by_cause = {line.cause: line for line in report.lines}
    assert [line.cause for line in report.lines] == list(claims.CLAIM_CAUSES)
    transport = by_cause["transport"]
    assert (transport.count, transport.claimed_total) == (2, Decimal("1000.30"))
    assert (transport.agreed_count, transport.agreed_total) == (2, Decimal("800.15"))
    assert (by_cause["quality"].count, by_cause["quality"].rejected_count) == (1, 1)
    assert by_cause["quality"].agreed_total == Decimal("0.00")
    assert by_cause["other"].count == 0
    assert (report.total.count, report.total.claimed_total) == (4, Decimal("1350.30"))
    assert len(report.claims) == 4


@pytest.mark.parametrize("typed", ["2026-13", "2026-W47", "11-2026", "", "2026"])
def test_c9_bad_month_is_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        claims.parse_month(typed)
    assert refused.value.field == "month"


def test_c9_monthly_report_workbook_reads_back_with_exact_money(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime], tmp_path: Path
) -> None:
    claims_in_november(database, clerk, supervisor, frozen)
    path = tmp_path / "claims.xlsx"
    result = claims.export_claims_report(database, clerk, date(2026, 11, 1), path,
                                         untranslated, JobControl())
    assert result.count == 4
    book = load_workbook(path)
    causes, listed = book.worksheets
    assert causes["A1"].value == "Claims 2026-11" and causes.freeze_panes == "A4"
    rows = {row[0]: row for row in causes.iter_rows(min_row=4, values_only=True)}
    assert rows["Damaged in transport"][1:5] == (2, 1000.3, 2, 800.15)
    assert rows["Total"][1] == 4 and rows["Total"][2] == pytest.approx(1350.30)
    assert causes["C4"].number_format == '"¥"#,##0.00'
    assert listed.auto_filter.ref == "A3:J7"
    assert [r[1] for r in listed.iter_rows(min_row=4, values_only=True)] == ["TS-2026-000001"] * 4
    [exported] = audit_entries(database, "claim.export")
    assert exported.after is not None and exported.after["month"] == "2026-11"


def test_k2_claims_export_cancelled_leaves_no_file_and_no_audit(
    database: Database, clerk: Actor, tmp_path: Path, frozen: list[datetime]
) -> None:
    control = JobControl()
    control.cancel()
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(JobCancelled):
        claims.export_claims_report(database, clerk, date(2026, 11, 1), folder / "claims.xlsx",
                                    untranslated, control)
    assert list(folder.iterdir()) == []
    assert audit_entries(database, "claim.export") == []


def test_k2_warehouse_cannot_export_claims(
    database: Database, warehouse_clerk: Actor, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(PermissionDenied):
        claims.export_claims_report(database, warehouse_clerk, date(2026, 11, 1),
                                    folder / "x.xlsx", untranslated, JobControl())
    assert list(folder.iterdir()) == []
