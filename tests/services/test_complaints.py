"""Complaints below the window: intake (C1, C2, C5), assessment (C3), working-day deadlines
(C4), states and timeline (C6), callback due dates (C7), overdue (C8), the visit link (R3)
and the archive (K3)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk.db import Database
from desk.models import Complaint
from desk.services import archive, clock, complaints, reception, workdays
from desk.services.complaints import ComplaintFilter, ComplaintInput
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from tests.services.helpers import add_customer, at, audit_entries, count_rows

CST = datetime.now().astimezone().tzinfo




def take(database: Database, actor: Actor, received: datetime | None = None,
         **fields: object) -> complaints.ComplaintDetail:
    data = {"channel": "phone", "category": "quality", "content": "洗衣机漏水", **fields}
    with database.transaction() as session:
        return complaints.take_complaint(
            session, actor, ComplaintInput(**data), received_at=received  # type: ignore[arg-type]
        )


def test_c2_intake_numbers_each_complaint_at_once(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    first = take(database, clerk, at(2026, 11, 24))
    second = take(database, clerk, at(2026, 11, 24), channel="letter", category="price")
    assert (first.row.number, second.row.number) == ("TS-2026-000001", "TS-2026-000002")
    assert first.row.state == complaints.RECEIVED and first.receiver_name == "李四"
    assert first.row.owner_id == clerk.id
    [created] = audit_entries(database, "complaint.create", first.row.id)
    assert created.after is not None and created.after["number"] == "TS-2026-000001"


def test_c1_phone_response_due_in_three_working_days_over_spring_festival(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    # Friday 13 Feb 2026; Saturday 14th is a make-up working day, 15th-23rd the holiday.
    complaint = take(database, clerk, at(2026, 2, 13), channel="phone")
    assert complaint.row.response_due_at is not None
    assert clock.local_today(complaint.row.response_due_at - timedelta(seconds=1)) == date(
        2026, 2, 25
    )
    assert complaint.row.responded_at is None


def test_c1_online_within_5_minutes_email_within_24_hours_walk_in_answered_at_once(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    received = at(2026, 11, 25, 8)
    customer = add_customer(database, clerk, "王芳", "13800138000")
    online = take(database, clerk, received, channel="online")
    email = take(database, clerk, received, channel="email")
    walk_in = take(database, clerk, received, channel="visit", customer_id=customer.id)
    assert online.row.response_due_at == received + timedelta(minutes=5)
    assert email.row.response_due_at == received + timedelta(hours=24)
    assert walk_in.row.response_due_at is None and walk_in.row.responded_at == received


def test_c8_first_response_goes_overdue_and_recording_it_clears_that(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint = take(database, clerk, at(2026, 11, 25, 8, 50), channel="online")
    assert complaint.row.overdue == ("response",)  # 10 minutes ago, no response yet
    with database.transaction() as session:
        answered = complaints.record_response(
            session, clerk, complaint.row.id, "已在线回复，承诺三日内处理", complaint.row.version
        )
    assert answered.row.overdue == () and answered.row.responded_at == frozen[-1]
    with database.transaction() as session, pytest.raises(DomainError) as again:
        complaints.record_response(session, clerk, complaint.row.id, "再次", answered.row.version)
    assert again.value.field == "note"


def test_c5_acknowledgement_promises_the_general_deadline(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    # National Day 2026: 1-7 Oct off, Saturday 10 Oct a make-up working day; received
    # Wednesday 30 Sept: 8, 9 and 10 Oct are the three working days.
    complaint = take(database, clerk, at(2026, 9, 30))
    assert complaint.row.promised_date == date(2026, 10, 10)
    assert not complaint.row.deadline_estimated


def test_c4_major_deadline_is_one_working_day_and_skips_the_holiday(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint = take(database, clerk, at(2026, 9, 30))
    with database.transaction() as session:
        assessed = complaints.assess(
            session, clerk, complaint.row.id, True, True, "外观破损属实", "major",
            complaint.row.version,
        )
    assert assessed.row.state == complaints.IN_PROGRESS
    assert assessed.row.rectify_due == date(2026, 10, 8)  # the first working day after 1-7 Oct
    assert assessed.row.severity == "major" and assessed.justified and assessed.demand_reasonable


def test_c4_a_deadline_without_calendar_data_is_flagged_estimated(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    frozen.append(at(2027, 1, 4, 12))
    complaint = take(database, clerk, at(2027, 1, 4))
    assert complaint.row.promised_date == date(2027, 1, 7)  # Mon + 3 weekdays
    assert complaint.row.deadline_estimated


def test_c4_the_supervisors_calendar_decides_a_year_the_library_does_not_know(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    # 2027: the official schedule is in no library yet; a supervisor enters New Year's
    # make-up working Saturday and confirms the year.
    frozen.append(at(2027, 1, 1, 12))
    with database.transaction() as session:
        workdays.save_calendar(session, supervisor, 2027, [
            workdays.DayChange(date(2027, 1, 1), False, "元旦"),
            workdays.DayChange(date(2027, 1, 2), True, "元旦调休上班"),
        ], confirmed=True)
    complaint = take(database, clerk, at(2026, 12, 31))
    # Thu 31 Dec: Fri 1 Jan off, Sat 2 Jan working, Mon 4, Tue 5.
    assert complaint.row.promised_date == date(2027, 1, 5)
    assert not complaint.row.deadline_estimated


def test_c3_unfounded_complaint_records_the_reply_and_closes(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint = take(database, clerk, at(2026, 11, 24))
    with database.transaction() as session:
        unfounded = complaints.assess(
            session, clerk, complaint.row.id, False, False,
            "已向顾客说明：商品在保修期外，按规定收费维修", None, complaint.row.version,
        )
    assert unfounded.row.state == complaints.UNFOUNDED and unfounded.row.rectify_due is None
    assert unfounded.allowed_actions == ("add_note", "close")
    with database.transaction() as session:
        closed = complaints.close_unfounded(session, clerk, unfounded.row.id, "",
                                            unfounded.row.version)
    assert closed.row.state == complaints.CLOSED and closed.closed_at == frozen[-1]


def test_c3_both_judgments_and_the_reasons_are_required(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    complaint = take(database, clerk, at(2026, 11, 24))
    cases = [
        ((None, True, "理由", "general"), "justified"),
        ((True, None, "理由", "general"), "demand_reasonable"),
        ((True, True, "  ", "general"), "assessment"),
        ((True, True, "理由", None), "severity"),
    ]
    for (justified, reasonable, text, severity), field in cases:
        with database.transaction() as session, pytest.raises(DomainError) as refused:
            complaints.assess(session, clerk, complaint.row.id, justified, reasonable, text,
                              severity, complaint.row.version)
        assert refused.value.field == field
    assert audit_entries(database, "complaint.assess") == []


def _to_slip(database: Database, clerk: Actor, supervisor: Actor, severity: str = "general"
             ) -> complaints.ComplaintDetail:
    c = take(database, clerk, at(2026, 11, 23))
    with database.transaction() as session:
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", severity,
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "上门更换密封圈并赔偿运费",
                                    c.row.version)
        c = complaints.approve_plan(session, supervisor, c.row.id, "同意，两日内完成",
                                    c.row.version)
        return complaints.issue_slip(session, clerk, c.row.id, "售后维修部", "李工",
                                     c.row.version)


def test_c3_the_plan_is_approved_by_a_supervisor_before_the_slip(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    c = take(database, clerk, at(2026, 11, 23))
    with database.transaction() as session:
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", "general",
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "更换", c.row.version)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        complaints.approve_plan(session, clerk, c.row.id, "同意", c.row.version)
    with database.transaction() as session, pytest.raises(DomainError) as early:
        complaints.issue_slip(session, clerk, c.row.id, "维修部", "李工", c.row.version)
    assert early.value.field == "department"
    slip = _to_slip(database, clerk, supervisor)
    assert slip.plan_approved_by == "赵六" and slip.approval_opinion == "同意，两日内完成"
    assert (slip.department, slip.responsible_person) == ("售后维修部", "李工")
    assert slip.slip_issued_at == frozen[-1] and slip.row.state == complaints.IN_PROGRESS


@pytest.mark.parametrize(("severity", "days"), [("major", 7), ("general", 14)])
def test_c7_callback_falls_due_after_the_checked_rectification(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime],
    severity: str, days: int,
) -> None:
    slip = _to_slip(database, clerk, supervisor, severity)
    with database.transaction() as session:
        done = complaints.record_rectification(
            session, clerk, slip.row.id, "密封圈老化", "李工", "已更换密封圈",
            "电话确认顾客家中已不漏水", slip.row.version,
        )
    assert done.row.state == complaints.RECTIFIED and done.verified_by == "李四"
    assert done.row.callback_due == date(2026, 11, 25) + timedelta(days=days)
    assert done.allowed_actions == ("add_note", "call_back")


def test_c6_an_illegal_step_is_refused_saying_what_is_possible(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    c = take(database, clerk, at(2026, 11, 24))
    with database.transaction() as session, pytest.raises(IllegalTransition) as refused:
        complaints.record_rectification(session, clerk, c.row.id, "a", "b", "c", "d",
                                        c.row.version)
    text = refused.value.render(lambda _c, s: s)
    assert "TS-2026-000001" in text and "assess" in text and "find unfounded" in text


def test_c6_every_step_is_on_the_timeline_with_who_and_the_note(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    slip = _to_slip(database, clerk, supervisor)
    with database.read() as session:
        steps = complaints.timeline(session, clerk, slip.row.id)
    assert [s.action for s in steps] == [
        "complaint.create", "complaint.assess", "complaint.propose_plan",
        "complaint.approve_plan", "complaint.issue_slip",
    ]
    assert [(s.state_before, s.state_after) for s in steps[1:3]] == [
        ("received", "in_progress"), ("in_progress", "in_progress")]
    assert steps[3].staff_name == "赵六" and steps[3].note == "同意，两日内完成"


def test_s5_a_stale_complaint_edit_is_refused(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    c = take(database, clerk, at(2026, 11, 24))
    with database.transaction() as session:
        complaints.add_note(session, clerk, c.row.id, "已致电顾客", c.row.version)
    with database.transaction() as session, pytest.raises(StaleEdit):
        complaints.add_note(session, clerk, c.row.id, "第二位同事", c.row.version)


def test_c8_overdue_rectification_and_callback_show_in_the_overdue_view(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    late = take(database, clerk, at(2026, 11, 16))  # promised 19 Nov, never assessed
    fresh = take(database, clerk, at(2026, 11, 25, 8))
    slip = _to_slip(database, clerk, supervisor, "major")
    with database.transaction() as session:
        done = complaints.record_rectification(session, clerk, slip.row.id, "a", "李工", "b",
                                               "c", slip.row.version)
    frozen.append(frozen[-1] + timedelta(days=8))  # the 7-day callback has passed
    with database.read() as session:
        page = complaints.list_complaints(session, supervisor, ComplaintFilter(overdue_only=True))
        count = complaints.count_overdue(session, supervisor)
    overdue = {r.number: r.overdue for r in page.rows}
    assert overdue[late.row.number] == ("response", "rectification")
    assert overdue[done.row.number] == ("callback",)
    assert overdue[fresh.row.number] == ("response", "rectification")  # 3 Dec passed too
    assert count == 3


def test_r3_a_complaint_from_a_visit_takes_its_customer_and_links_back(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "李雷", "13912345678")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, customer.id, "complaint",
                                    arrived_at=at(2026, 11, 25, 8))
    c = take(database, clerk, at(2026, 11, 25, 8, 30), channel="visit", visit_id=visit.id)
    assert c.row.customer_id == customer.id and c.visit_number == visit.number
    assert c.row.masked_phone == "139****5678"
    with database.read() as session:
        history = archive.customer_history(session, clerk, customer.id)
    assert [(h.kind, h.number) for h in history] == [
        ("complaint", c.row.number), ("visit", visit.number)]


def test_bad_input_intake_refuses_and_saves_nothing(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    cases = [
        ({"channel": "fax"}, "channel"),
        ({"category": "mood"}, "category"),
        ({"content": " \u0085\u200b "}, "content"),
        ({"content": "投" * 4001}, "content"),
        ({"content": "张\udc80三"}, "content"),
        ({"channel": "visit"}, "customer"),
    ]
    for fields, field in cases:
        with pytest.raises(DomainError) as refused:
            take(database, clerk, at(2026, 11, 25, 8), **fields)
        assert refused.value.field == field, fields
    with pytest.raises(DomainError) as future:
        take(database, clerk, frozen[-1] + timedelta(hours=1))
    assert future.value.field == "received_at"
    assert count_rows(database, Complaint) == 0
    kept = take(database, clerk, at(2026, 11, 25, 8), content="漏水\u202e\x85，要求退货")
    assert kept.row.content == "漏水，要求退货"


def test_s2_warehouse_clerk_cannot_read_or_take_complaints(
    database: Database, clerk: Actor, warehouse_clerk: Actor, frozen: list[datetime]
) -> None:
    with pytest.raises(PermissionDenied):
        take(database, warehouse_clerk, at(2026, 11, 25, 8))
    take(database, clerk, at(2026, 11, 25, 8))
    with database.read() as session, pytest.raises(PermissionDenied):
        complaints.list_complaints(session, warehouse_clerk, ComplaintFilter())


def test_c8_the_list_pages_by_key_and_filters_by_number_and_state(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    for hour in range(5):
        take(database, clerk, at(2026, 11, 24, 8 + hour))
    with database.read() as session:
        first = complaints.list_complaints(session, clerk, ComplaintFilter(), limit=3)
        rest = complaints.list_complaints(session, clerk, ComplaintFilter(), after=first.after,
                                          limit=3)
        found = complaints.list_complaints(session, clerk, ComplaintFilter(number="000004"))
        none = complaints.list_complaints(session, clerk,
                                          ComplaintFilter(states=(complaints.CLOSED,)))
    numbers = [r.number for r in first.rows + rest.rows]
    assert numbers == [f"TS-2026-00000{n}" for n in (5, 4, 3, 2, 1)] and rest.after is None
    assert [r.number for r in found.rows] == ["TS-2026-000004"] and none.rows == []


def test_bad_input_a_deadline_extension_never_goes_backwards(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    c = take(database, clerk, at(2026, 11, 23))  # promised Thu 26 Nov
    with database.transaction() as session, pytest.raises(PermissionDenied):
        complaints.extend_deadline(session, clerk, c.row.id, date(2026, 12, 1), "缺件",
                                   c.row.version)
    for day, field in ((date(2026, 11, 25), "new_due"), (date(2026, 11, 26), "new_due"),
                       (date(2027, 6, 1), "new_due"), (None, "new_due")):
        with database.transaction() as session, pytest.raises(DomainError) as refused:
            complaints.extend_deadline(session, supervisor, c.row.id, day, "缺件",
                                       c.row.version)
        assert refused.value.field == field, day
    with database.transaction() as session, pytest.raises(DomainError) as no_reason:
        complaints.extend_deadline(session, supervisor, c.row.id, date(2026, 12, 1), "",
                                   c.row.version)
    assert no_reason.value.field == "reason"
    with database.transaction() as session:
        moved = complaints.extend_deadline(session, supervisor, c.row.id, date(2026, 12, 1),
                                           "配件缺货，顾客电话同意等待", c.row.version)
    assert moved.row.promised_date == date(2026, 12, 1)
    with database.read() as session:
        last = complaints.timeline(session, clerk, c.row.id)[-1]
    assert last.action == "complaint.extend_deadline" and last.note.startswith("配件缺货")


def test_c3_a_supervisor_sends_the_plan_back_and_the_view_finds_plans_to_approve(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    c = take(database, clerk, at(2026, 11, 24))
    with database.transaction() as session:
        c = complaints.assess(session, clerk, c.row.id, True, True, "属实", "general",
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "道歉", c.row.version)
    assert c.row.awaiting_approval
    with database.read() as session:
        waiting = complaints.list_complaints(
            session, supervisor, ComplaintFilter(awaiting_approval=True)).rows
    assert [r.id for r in waiting] == [c.row.id]
    with database.transaction() as session, pytest.raises(PermissionDenied):
        complaints.return_plan(session, clerk, c.row.id, "再想想", c.row.version)
    with database.transaction() as session:
        back = complaints.return_plan(session, supervisor, c.row.id, "请写明赔偿金额",
                                      c.row.version)
    assert back.plan == "" and not back.row.awaiting_approval
    with database.read() as session:
        last = complaints.timeline(session, clerk, c.row.id)[-1]
    assert last.action == "complaint.return_plan" and last.note == "请写明赔偿金额"
    with database.transaction() as session, pytest.raises(DomainError):
        complaints.return_plan(session, supervisor, c.row.id, "again", back.row.version)
