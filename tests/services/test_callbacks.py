"""Callbacks below the window (B1-B5): where they come from, the signed record, the due list,
and what they do to their complaint (C6, C7) and to satisfaction (C11)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk.db import Database
from desk.models import Attachment, Callback, Complaint
from desk.services import (
    archive,
    attachments,
    callbacks,
    clock,
    complaint_reports,
    complaints,
    handover,
)
from desk.services.callbacks import CallbackFilter, CallbackRecord, NewCallback
from desk.services.errors import DomainError, PermissionDenied
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, audit_entries, count_rows, signature_png
from tests.services.test_complaints import _to_slip

ANSWERS = (("问题是否已经解决？", "已解决，洗衣机不再漏水"), ("对处理结果是否满意？", "满意"))


def rectified(database: Database, clerk: Actor, supervisor: Actor, severity: str = "general"
              ) -> complaints.ComplaintDetail:
    slip = _to_slip(database, clerk, supervisor, severity)
    with database.transaction() as session:
        return complaints.record_rectification(
            session, clerk, slip.row.id, "密封圈老化", "李工", "更换密封圈", "电话确认已修好",
            slip.row.version)


def the_callback(database: Database, actor: Actor, complaint_id: int) -> callbacks.CallbackRow:
    with database.read() as session:
        page = callbacks.list_callbacks(
            session, actor, CallbackFilter(view="all", complaint_id=complaint_id))
    [row] = page.rows
    return row


def record(database: Database, actor: Actor, row: callbacks.CallbackRow, **fields: object
           ) -> callbacks.CallbackDetail:
    data: dict[str, object] = {
        "method": "visit", "person_reached": "王芳本人", "answers": ANSWERS,
        "satisfaction": "satisfied", "signature": callbacks.ON_SCREEN,
        "customer_signature": signature_png(), "staff_signature": signature_png(),
        **fields,
    }
    with database.transaction() as session:
        return callbacks.record_callback(
            session, actor, row.id, CallbackRecord(**data), row.version)  # type: ignore[arg-type]


def test_b1_c7_a_rectified_complaint_schedules_its_callback(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    general = rectified(database, clerk, supervisor)
    major = rectified(database, clerk, supervisor, "major")
    today = clock.local_today(frozen[-1])
    for complaint, days in ((general, 14), (major, 7)):
        row = the_callback(database, clerk, complaint.row.id)
        assert row.source == "complaint" and row.state == callbacks.DUE
        assert row.step_due == today + timedelta(days=days) == complaint.row.callback_due
        assert row.complaint_number == complaint.row.number
        assert row.number.startswith("HF-2026-")
        assert row.department == "售后维修部" and row.owner_id == complaint.row.owner_id


def test_b2_c6_signed_on_screen_calls_back_and_closes_the_complaint(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    done = record(database, clerk, the_callback(database, clerk, complaint.row.id))
    assert done.row.state == callbacks.DONE and done.signature_mode == "screen"
    assert done.customer_signature == signature_png() and done.staff_signature
    assert done.answers == ANSWERS and done.caller_name == "李四"
    with database.read() as session:
        c = complaints.get_complaint(session, clerk, complaint.row.id)
        steps = [e.action for e in complaints.timeline(session, clerk, complaint.row.id)]
    assert c.row.state == complaints.CLOSED and c.closed_at is not None
    assert steps[-2:] == ["complaint.call_back", "complaint.close"]
    # The audit row names the signature by its hash; it does not copy the image (S3).
    [entry] = audit_entries(database, "callback.complete", done.row.id)
    assert entry.after is not None
    assert str(entry.after["customer_signature"]).startswith("sha256:")


def test_b2_a_phone_callback_waits_for_the_signature_and_the_complaint_stays_open(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    with pytest.raises(DomainError) as on_screen:
        record(database, clerk, row, method="phone")
    assert on_screen.value.field == "signature"
    waiting = record(database, clerk, row, method="phone", signature=callbacks.LATER,
                     customer_signature=None)
    assert waiting.row.state == callbacks.AWAITING_SIGNATURE
    with database.read() as session:
        c = complaints.get_complaint(session, clerk, complaint.row.id)
        counts = callbacks.callback_counts(session, clerk)
    assert c.row.state == complaints.CALLED_BACK and counts.awaiting_signature == 1
    # The signature is due within a week of the call, then overdue and on the due list (B5).
    today = clock.local_today(frozen[-1])
    assert waiting.row.step_due == today + timedelta(days=callbacks.SIGNATURE_DAYS)
    frozen.append(frozen[-1] + timedelta(days=callbacks.SIGNATURE_DAYS + 2))
    with database.read() as session:
        [late] = callbacks.list_callbacks(session, clerk, CallbackFilter(view="due")).rows
        assert late.id == row.id and late.overdue
        assert callbacks.callback_counts(session, clerk).overdue == 1
    # Closing the called-back complaint by hand is refused: it needs the signed record.
    with database.transaction() as session, pytest.raises(DomainError) as refused:
        complaints.close_unfounded(session, clerk, c.row.id, "结案", c.row.version)
    assert "signed callback record" in refused.value.message
    # The customer comes by and signs at the counter.
    with database.transaction() as session:
        signed = callbacks.sign_on_screen(session, clerk, row.id, signature_png(),
                                          waiting.row.version)
        assert signed.row.state == callbacks.DONE
        assert complaints.load(session, complaint.row.id).state == complaints.CLOSED


def test_b2_signed_on_paper_with_the_scan_attached_later(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    waiting = record(database, clerk, row, method="phone", signature=callbacks.ON_PAPER,
                     customer_signature=None)
    assert waiting.row.state == callbacks.AWAITING_SIGNATURE
    with database.transaction() as session, pytest.raises(DomainError) as wrong:
        callbacks.attach_signed_paper(session, clerk, row.id, "scan.txt", b"just some text",
                                      waiting.row.version)
    assert count_rows(database, Attachment) == 0, wrong.value
    assert wrong.value.field == "scan" and "image or a PDF" in wrong.value.text()
    with database.transaction() as session, pytest.raises(DomainError) as sound:
        callbacks.attach_signed_paper(session, clerk, row.id, "录音.wav",
                                      b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(32),
                                      waiting.row.version)
    # Evidence may be a recording; the signed form's scan may not, and says so, not "evidence".
    assert sound.value.field == "scan" and "image or a PDF" in sound.value.text()
    with database.transaction() as session:
        done = callbacks.attach_signed_paper(session, clerk, row.id, "回访表.png",
                                             signature_png(800, 1100), waiting.row.version)
    assert done.row.state == callbacks.DONE and done.signature_mode == "paper"
    assert done.paper_scan_id is not None and done.row.step_due is None
    with database.read() as session:
        note = session.get(Attachment, done.paper_scan_id)
        assert note is not None and note.note == done.row.number  # in no one's language


def test_b2_k2_the_paper_scan_is_copied_by_who_may_read_the_callback_and_audited(
    database: Database, clerk: Actor, supervisor: Actor, warehouse_clerk: Actor,
    frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    waiting = record(database, clerk, row, method="phone", signature=callbacks.ON_PAPER,
                     customer_signature=None)
    assert waiting.paper_scan_id is None and waiting.paper_scan_name == ""  # none to copy
    scan = signature_png(800, 1100)
    with database.transaction() as session:
        done = callbacks.attach_signed_paper(session, clerk, row.id, "回访表.png", scan,
                                             waiting.row.version)
    assert done.paper_scan_id is not None
    assert done.paper_scan_name == "回访表.png"  # what the save dialog offers
    # A warehouse clerk may not read callbacks, so not their scans either: refused, no trace.
    with database.transaction() as session, pytest.raises(PermissionDenied):
        attachments.attachment_file(session, warehouse_clerk, done.paper_scan_id)
    assert audit_entries(database, "attachment.copy") == []
    with database.transaction() as session:
        copy = attachments.attachment_file(session, supervisor, done.paper_scan_id)
    assert copy.content == scan and copy.file_name == "回访表.png"
    [copied] = audit_entries(database, "attachment.copy")
    assert (copied.staff_id, copied.entity, copied.entity_id) == (supervisor.id, "callback",
                                                                  row.id)
    assert copied.after == {"attachment_id": done.paper_scan_id, "file_name": "回访表.png"}


def test_b2_a_supervisor_records_the_refusal_to_sign(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    waiting = record(database, clerk, row, method="phone", signature=callbacks.LATER,
                     customer_signature=None)
    with database.transaction() as session, pytest.raises(PermissionDenied):
        callbacks.waive_signature(session, clerk, row.id, "客户拒签", waiting.row.version)
    with database.transaction() as session, pytest.raises(DomainError) as empty:
        callbacks.waive_signature(session, supervisor, row.id, "  ", waiting.row.version)
    assert empty.value.field == "reason"
    with database.transaction() as session:
        done = callbacks.waive_signature(session, supervisor, row.id, "客户电话中表示不愿签字",
                                         waiting.row.version)
        assert complaints.load(session, complaint.row.id).state == complaints.CLOSED
    assert done.exception_by == supervisor.display_name
    assert done.exception_reason == "客户电话中表示不愿签字"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"satisfaction": None}, "satisfaction"),
        ({"customer_signature": None}, "customer_signature"),
        ({"customer_signature": signature_png(ink=False)}, "customer_signature"),
        ({"customer_signature": b"GIF89a not a png"}, "customer_signature"),
        ({"staff_signature": None}, "staff_signature"),
        ({"answers": (("问题是否已经解决？", "  "),)}, "answers"),
        ({"person_reached": "\u3000"}, "person_reached"),
        ({"method": "fax"}, "method"),
        ({"signature": callbacks.UNSIGNED}, "signature"),
        ({"satisfaction": "dissatisfied"}, "outcome"),
    ],
)
def test_b2_a_wrong_record_is_refused_next_to_its_field_and_saves_nothing(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime],
    fields: dict[str, object], field: str,
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    with pytest.raises(DomainError) as refused:
        record(database, clerk, row, **fields)
    assert refused.value.field == field
    assert the_callback(database, clerk, complaint.row.id).version == row.version
    with database.read() as session:
        assert complaints.load(session, complaint.row.id).state == complaints.RECTIFIED


def test_b3_dissatisfied_reopens_the_complaint(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    done = record(database, clerk, row, satisfaction="dissatisfied", outcome=callbacks.REOPEN,
                  comments="还是漏水")
    assert done.row.state == callbacks.DONE
    with database.read() as session:
        c = complaints.load(session, complaint.row.id)
        steps = [e.action for e in complaints.timeline(session, clerk, complaint.row.id)]
    assert c.state == complaints.IN_PROGRESS
    assert steps[-2:] == ["complaint.call_back", "complaint.reopen"]


def test_b3_dissatisfied_opens_a_linked_new_complaint(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    done = record(database, clerk, row, satisfaction="dissatisfied",
                  outcome=callbacks.NEW_COMPLAINT, comments="上门人员态度差")
    assert done.follow_complaint_number == "TS-2026-000002"
    with database.read() as session:
        old = complaints.load(session, complaint.row.id)
        new = session.query(Complaint).filter_by(number="TS-2026-000002").one()
    assert old.state == complaints.CLOSED  # answered and signed; the new one takes it up
    assert complaint.row.number in new.content and "上门人员态度差" in new.content
    assert new.state == complaints.RECEIVED and new.customer_id == old.customer_id


def test_b1_survey_opinion_steps_each_with_its_calendar_deadline(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    today = clock.local_today(frozen[-1])
    with database.transaction() as session:
        cb = callbacks.add_callback(session, clerk, NewCallback(
            "survey", "顾客反映收银排队时间长", department="收银部",
            summary_on=today - timedelta(days=3)))
    # Summarised three days ago: it should have reached the department yesterday (2 days).
    assert cb.row.state == callbacks.TO_SEND and cb.row.overdue
    assert cb.row.step_due == today - timedelta(days=1)
    with database.transaction() as session:
        cb = callbacks.send_to_department(session, clerk, cb.row.id, "交收银部张经理",
                                          cb.row.version)
    assert cb.row.step_due == today + timedelta(days=3) and not cb.row.overdue
    frozen.append(frozen[-1] + timedelta(days=4))
    with database.read() as session:
        late = callbacks.get_callback(session, clerk, cb.row.id)
    assert late.row.overdue  # the written measures are a day late
    with database.transaction() as session:
        cb = callbacks.receive_measures(session, clerk, cb.row.id, "高峰期增开两个收银台",
                                        cb.row.version)
        assert cb.row.step_due is None
        cb = callbacks.report_fix(session, clerk, cb.row.id, clock.local_today(frozen[-1]),
                                  cb.row.version)
    assert cb.row.state == callbacks.DUE
    assert cb.row.step_due == clock.local_today(frozen[-1]) + timedelta(days=14)
    with pytest.raises(DomainError) as unsigned:
        record(database, clerk, cb.row, signature=callbacks.UNSIGNED)
    assert unsigned.value.field == "signature"  # seed 002: survey callbacks are signed too
    assert record(database, clerk, cb.row).row.state == callbacks.DONE


def test_b1_special_service_notice_then_an_unsigned_phone_callback(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session, pytest.raises(DomainError) as no_fee:
        callbacks.add_callback(session, clerk, NewCallback(
            "special_service", "空调深度清洗", customer_id=customer.id, service_fee="０"))
    assert no_fee.value.field == "service_fee"
    with database.transaction() as session:
        cb = callbacks.add_callback(session, clerk, NewCallback(
            "special_service", "空调深度清洗", customer_id=customer.id, service_fee="１２０.５"))
    assert cb.row.state == callbacks.NOTICE_PENDING and cb.service_fee == 120.5
    with database.transaction() as session:
        cb = callbacks.deliver_notice(session, clerk, cb.row.id, "", cb.row.version)
    assert cb.row.state == callbacks.DUE and cb.notice_delivered_at is not None
    with pytest.raises(DomainError) as visit:
        record(database, clerk, cb.row)
    assert visit.value.field == "method"
    done = record(database, clerk, cb.row, method="phone", signature=callbacks.UNSIGNED,
                  customer_signature=None, staff_signature=None)
    assert done.row.state == callbacks.DONE and done.customer_signature is None


def test_b1_follow_up_and_manual_are_due_on_the_chosen_day(
    database: Database, clerk: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    today = clock.local_today(frozen[-1])
    with database.transaction() as session:
        with pytest.raises(DomainError) as past:
            callbacks.add_callback(session, clerk, NewCallback(
                "follow_up", "新买的冰箱", customer_id=customer.id, due=today - timedelta(1)))
        assert past.value.field == "due"
        with pytest.raises(DomainError) as nobody:
            callbacks.add_callback(session, clerk, NewCallback("manual", "回访", due=today))
        assert nobody.value.field == "customer"
        cb = callbacks.add_callback(session, clerk, NewCallback(
            "follow_up", "新买的冰箱", customer_id=customer.id, due=today))
    assert cb.row.state == callbacks.DUE and cb.row.due_today and not cb.signature_required


def test_b5_the_due_list_is_due_today_and_overdue_most_urgent_first(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    today = clock.local_today(frozen[-1])
    with database.transaction() as session:
        for days in (0, 3, 10):
            callbacks.add_callback(session, clerk, NewCallback(
                "manual", f"{days}天后", customer_id=customer.id,
                due=today + timedelta(days=days)))
    rectified(database, clerk, supervisor)  # due in 14 days
    frozen.append(frozen[-1] + timedelta(days=4))
    with database.read() as session:
        due = callbacks.list_callbacks(session, clerk, CallbackFilter(view="due")).rows
        counts = callbacks.callback_counts(session, clerk)
        everything = callbacks.count_callbacks(session, clerk, CallbackFilter(view="open"))
    assert [r.subject for r in due] == ["0天后", "3天后"]
    assert [r.overdue for r in due] == [True, True]
    assert (counts.due_today, counts.overdue, everything) == (0, 2, 4)


def test_c11_satisfaction_counts_basically_satisfied_as_satisfied(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    for level in ("satisfied", "basic", "dissatisfied"):
        complaint = rectified(database, clerk, supervisor)
        row = the_callback(database, clerk, complaint.row.id)
        record(database, clerk, row, satisfaction=level, outcome=callbacks.REOPEN)
    start, end = clock.day_bounds(date(2026, 11, 1), date(2026, 11, 30))
    with database.read() as session:
        result = callbacks.satisfaction(session, start, end)
    assert (result.content, result.total) == (2, 3)
    assert result.rate == pytest.approx(2 / 3)
    # The summaries show it against the ≥ 95 % target, with numerator and denominator.
    month = complaint_reports.parse_period(complaint_reports.MONTH, "2026-11")
    with database.read() as session:
        summary = complaint_reports.summarize(session, supervisor, month)
    assert (summary.satisfaction.numerator, summary.satisfaction.denominator) == (2, 3)
    assert summary.satisfaction.meets_target is False
    line = complaint_reports.rate_lines(summary, untranslated)[-1]
    assert (line.numerator, line.denominator, line.target) == (2, 3, "≥ 95 %")
    assert "2 satisfied or basically satisfied ÷ 3 callbacks = 66.7 %" in (
        complaint_reports.satisfaction_text(summary, untranslated))


def test_illegal_steps_are_refused_with_the_state_named(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    complaint = rectified(database, clerk, supervisor)
    row = the_callback(database, clerk, complaint.row.id)
    done = record(database, clerk, row)
    with database.transaction() as session, pytest.raises(IllegalTransition):
        callbacks.sign_on_screen(session, clerk, row.id, signature_png(), done.row.version)
    with database.transaction() as session, pytest.raises(DomainError) as complaint_cb:
        callbacks.void_callback(session, supervisor, row.id, "录错", done.row.version)
    assert complaint_cb.value.field == "state"


def test_s3_void_a_mistaken_manual_callback_with_the_reason(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session:
        cb = callbacks.add_callback(session, clerk, NewCallback(
            "manual", "重复录入", customer_id=customer.id, due=clock.local_today()))
        voided = callbacks.void_callback(session, supervisor, cb.row.id, "重复录入",
                                         cb.row.version)
    assert voided.row.state == callbacks.VOIDED and voided.void_reason == "重复录入"
    assert count_rows(database, Callback) == 1


def test_k3_s6_the_archive_lists_callbacks_and_the_handover_moves_them(
    database: Database, clerk: Actor, supervisor: Actor, frozen: list[datetime]
) -> None:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session:
        cb = callbacks.add_callback(session, clerk, NewCallback(
            "follow_up", "新买的冰箱", customer_id=customer.id, due=clock.local_today()))
    with database.read() as session:
        history = archive.customer_history(session, clerk, customer.id)
        items = handover.open_work(session, clerk, clerk.id)
    assert [(h.kind, h.number) for h in history] == [("callback", cb.row.number)]
    assert ("callback", cb.row.id) in {(i.kind, i.id) for i in items}
