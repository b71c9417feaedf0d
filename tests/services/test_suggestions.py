"""Suggestions and opinions below the window (C1a): their own record and number, passed to
the department, evaluated with an improvement proposal, closed with the feedback; the periodic
feedback report; never counted as complaints (C11)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desk.db import Database
from desk.models import Complaint, Suggestion
from desk.services import archive, complaints, suggestions
from desk.services.complaints import ComplaintFilter
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.jobs import JobControl
from desk.services.paging import Sort
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from desk.services.suggestions import SuggestionFilter, SuggestionInput
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, at, audit_entries, count_rows

CST = datetime.now().astimezone().tzinfo




def take(database: Database, actor: Actor, content: str = "希望周末延长营业到晚上十点",
         channel: str = "box", customer_id: int | None = None) -> suggestions.SuggestionRow:
    with database.transaction() as session:
        return suggestions.take_suggestion(
            session, actor, SuggestionInput(channel, content, customer_id))


def walk(database: Database, actor: Actor, row: suggestions.SuggestionRow, to: str
         ) -> suggestions.SuggestionRow:
    """Move a suggestion along C1a up to the state ``to``."""
    with database.transaction() as session:
        if to in ("passed", "evaluated", "closed"):
            row = suggestions.pass_to_department(session, actor, row.id, "营运部", "",
                                                 row.version)
        if to in ("evaluated", "closed"):
            row = suggestions.evaluate(session, actor, row.id, "可行，客流数据支持",
                                       "十二月起周六延长至21:30", row.version)
        if to == "closed":
            row = suggestions.close_with_feedback(session, actor, row.id, "已电话告知顾客",
                                                  row.version)
    return row


def test_c1a_suggestion_gets_its_own_jy_number_and_is_audited(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    first = take(database, clerk)
    second = take(database, clerk, "收银台太少", "online")
    assert (first.number, second.number) == ("JY-2026-000001", "JY-2026-000002")
    assert first.state == suggestions.RECEIVED and first.owner_id == clerk.id
    [created] = audit_entries(database, "suggestion.create", first.id)
    assert created.after is not None and created.after["number"] == "JY-2026-000001"


def test_c1a_passed_evaluated_with_proposal_and_closed_with_feedback(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    row = walk(database, clerk, take(database, clerk), "closed")
    assert row.state == suggestions.CLOSED and row.department == "营运部"
    assert row.proposal == "十二月起周六延长至21:30" and row.feedback == "已电话告知顾客"
    assert row.passed_at == row.evaluated_at == row.closed_at == frozen[-1]
    assert [e.action for e in audit_entries(database) if e.entity == "suggestion"] == [
        "suggestion.create", "suggestion.pass", "suggestion.evaluate", "suggestion.close"]


def test_c1a_evaluation_before_it_is_passed_on_is_refused(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    row = take(database, clerk)
    with database.transaction() as session, pytest.raises(IllegalTransition) as refused:
        suggestions.evaluate(session, clerk, row.id, "好", "", row.version)
    assert "pass to the department" in refused.value.text()


def test_c1a_closed_suggestion_changes_no_more(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    row = walk(database, clerk, take(database, clerk), "closed")
    with database.transaction() as session, pytest.raises(IllegalTransition) as refused:
        suggestions.pass_to_department(session, clerk, row.id, "采购部", "", row.version)
    assert "nor change state any more" in refused.value.text()


def test_c1a_stale_edit_is_refused(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    row = take(database, clerk)
    walk(database, clerk, row, "passed")
    with database.transaction() as session, pytest.raises(StaleEdit):
        suggestions.pass_to_department(session, clerk, row.id, "采购部", "", row.version)


@pytest.mark.parametrize(("content", "channel", "field"), [
    ("", "box", "content"),
    ("  \n ", "box", "content"),
    ("建" * 5000, "box", "content"),
    ("好", "fax", "channel"),
])
def test_c1a_bad_input_is_refused_and_nothing_saved(
    database: Database, clerk: Actor, frozen: list[datetime], content: str, channel: str,
    field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        take(database, clerk, content, channel)
    assert refused.value.field == field
    assert count_rows(database, Suggestion) == 0


def test_c1a_control_characters_dropped_and_department_length_checked(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    row = take(database, clerk, "厕所\x07指示牌\u200b不清楚\x1b")
    assert row.content == "厕所指示牌不清楚"
    with database.transaction() as session, pytest.raises(DomainError) as refused:
        suggestions.pass_to_department(session, clerk, row.id, "部" * 41, "", row.version)
    assert refused.value.field == "department"
    with database.transaction() as session, pytest.raises(DomainError) as refused:
        suggestions.pass_to_department(session, clerk, row.id, "\x00 ", "", row.version)
    assert refused.value.field == "department"


def test_c11_suggestions_never_count_as_complaints(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    """C1a/C11: a suggestion from the suggestion box is not a complaint: no TS number is
    drawn, no complaint row, nothing in the complaint list or its count (the complaint rate's
    numerator), nothing overdue."""
    take(database, clerk, "希望增加停车位", "box")
    walk(database, clerk, take(database, clerk, "建议设母婴室"), "evaluated")
    assert count_rows(database, Complaint) == 0
    with database.read() as session:
        assert complaints.count_complaints(session, clerk, ComplaintFilter()) == 0
        assert complaints.count_overdue(session, clerk) == 0
        assert complaints.list_complaints(session, clerk, ComplaintFilter()).rows == []
    with database.transaction() as session:
        taken = complaints.take_complaint(session, clerk, complaints.ComplaintInput(
            "box", "attitude", "收银员态度差"))
    assert taken.row.number == "TS-2026-000001"  # the suggestions drew no complaint number


def test_c1a_list_is_paged_by_keyset_and_filtered(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    rows = [take(database, clerk, f"建议{i}") for i in range(5)]
    walk(database, clerk, rows[1], "passed")
    with database.read() as session:
        first = suggestions.list_suggestions(session, clerk, SuggestionFilter(),
                                             Sort("number"), limit=3)
        second = suggestions.list_suggestions(session, clerk, SuggestionFilter(),
                                              Sort("number"), after=first.after, limit=3)
        passed = suggestions.list_suggestions(session, clerk,
                                              SuggestionFilter(states=("passed",)))
        by_department = suggestions.list_suggestions(
            session, clerk, SuggestionFilter(department="营运部"))
    assert [r.number for r in first.rows + second.rows] == [r.number for r in rows]
    assert second.after is None
    with database.read() as session:
        counted = suggestions.count_suggestions(session, clerk,
                                                SuggestionFilter(states=("received",)))
    assert [r.id for r in passed.rows] == [r.id for r in by_department.rows] == [rows[1].id]
    assert counted == 4


def test_k3_suggestions_are_in_the_customer_archive(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "钱多多", "13900139000")
    take(database, clerk, "会员积分可以抵扣运费吗", "online", customer.id)
    with database.read() as session:
        items = archive.customer_history(session, clerk, customer.id)
    assert [(i.kind, i.number) for i in items] == [("suggestion", "JY-2026-000001")]


def test_s2_warehouse_cannot_read_or_write_suggestions(
    database: Database, clerk: Actor, warehouse_clerk: Actor, frozen: list[datetime]
) -> None:
    with pytest.raises(PermissionDenied):
        take(database, warehouse_clerk)
    with database.read() as session, pytest.raises(PermissionDenied):
        suggestions.list_suggestions(session, warehouse_clerk, SuggestionFilter())


def period_with_suggestions(database: Database, clerk: Actor, frozen: list[datetime]) -> None:
    frozen.append(at(2026, 10, 31, 12))
    take(database, clerk, "十月的建议")  # before the period
    frozen.append(at(2026, 11, 2))
    walk(database, clerk, take(database, clerk, "延长营业"), "closed")
    walk(database, clerk, take(database, clerk, "增加休息椅"), "evaluated")
    take(database, clerk, "停车难")
    row = take(database, clerk, "赠品太少")
    with database.transaction() as session:
        suggestions.pass_to_department(session, clerk, row.id, "市场部", "", row.version)


def test_c1a_feedback_report_by_department_and_state_with_proposals(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    period_with_suggestions(database, clerk, frozen)
    with database.read() as session:
        report = suggestions.feedback_report(session, clerk, date(2026, 11, 1),
                                             date(2026, 11, 30))
    assert report.departments == ("", "市场部", "营运部")
    assert dict(report.counts) == {("营运部", "closed"): 1, ("营运部", "evaluated"): 1,
                                   ("", "received"): 1, ("市场部", "passed"): 1}
    assert [r.content for r in report.suggestions] == ["延长营业", "增加休息椅", "停车难",
                                                       "赠品太少"]
    assert report.suggestions[0].proposal == "十二月起周六延长至21:30"


def test_c1a_feedback_report_period_backwards_is_refused(
    database: Database, clerk: Actor
) -> None:
    with database.read() as session, pytest.raises(DomainError) as refused:
        suggestions.feedback_report(session, clerk, date(2026, 11, 30), date(2026, 11, 1))
    assert refused.value.field == "date_to"


def test_c1a_feedback_report_workbook_reads_back(
    database: Database, clerk: Actor, frozen: list[datetime], tmp_path: Path
) -> None:
    period_with_suggestions(database, clerk, frozen)
    path = tmp_path / "suggestions.xlsx"
    result = suggestions.export_feedback_report(
        database, clerk, date(2026, 11, 1), date(2026, 11, 30), path, untranslated,
        JobControl())
    assert result.count == 4
    summary, listed = load_workbook(path).worksheets
    assert summary["A3"].value == "Department" and summary["B3"].value == "Received"
    rows = {r[0]: r[1:] for r in summary.iter_rows(min_row=4, values_only=True)}
    assert rows["营运部"] == (0, 0, 1, 1, 2)
    assert rows["(not passed on yet)"] == (1, 0, 0, 0, 1)
    assert rows["Total"] == (1, 1, 1, 1, 4)
    first = next(listed.iter_rows(min_row=4, values_only=True))
    assert first[0] == "JY-2026-000002" and first[7] == "可行，客流数据支持"
    assert first[8] == "十二月起周六延长至21:30" and first[9] == "已电话告知顾客"
    assert listed.auto_filter.ref == "A3:J7"
    [exported] = audit_entries(database, "suggestion.export")
    assert exported.after is not None and exported.after["count"] == 4


def test_c1a_c9_demo_shows_every_claim_and_suggestion_state(database: Database) -> None:
    from sqlalchemy import select

    from desk import demo
    from desk.models import Claim

    demo.fill_demo(database, days=1)
    with database.read() as session:
        claim_states = set(session.scalars(select(Claim.state)))
        suggestion_states = set(session.scalars(select(Suggestion.state)))
    assert claim_states == {"claimed", "agreed", "notified", "rejected"}
    assert suggestion_states == set(suggestions.SUGGESTION_STATES.states)
