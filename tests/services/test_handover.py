"""S6: a clerk going off duty hands over open complaints and pending replies; a supervisor
reassigns anyone's; the handover is recorded."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desk.db import Database
from desk.models import PendingReply
from desk.services import clock, complaints, handover, staff, suggestions
from desk.services.complaints import ComplaintInput
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries


def _colleague(database: Database, admin: Actor, username: str = "wangwu",
               role: str = "counter") -> Actor:
    with database.transaction() as session:
        info = staff.create_staff(session, admin, username, "王五", role, f"{username}-pass-1")
    return Actor(info.id, info.username, info.display_name, info.role)


def _work_of(database: Database, clerk: Actor) -> None:
    customer = add_customer(database, clerk, "李雷", "13912345678")
    with database.transaction() as session:
        complaints.take_complaint(session, clerk, ComplaintInput(
            "phone", "quality", "冰箱不制冷", customer_id=customer.id))
        done = complaints.take_complaint(session, clerk, ComplaintInput(
            "email", "price", "差价", customer_id=customer.id))
        complaints.assess(session, clerk, done.row.id, False, False, "已说明", None, 1)
        complaints.close_unfounded(session, clerk, done.row.id, "", 2)
        session.add(PendingReply(
            customer_id=customer.id, question="这款空调能否加装WiFi模块？",
            promised_at=clock.now() + timedelta(days=1), owner_id=clerk.id,
            created_by_id=clerk.id))


def test_s6_clerk_hands_open_complaints_and_replies_to_a_colleague(
    database: Database, clerk: Actor, admin: Actor
) -> None:
    _work_of(database, clerk)
    colleague = _colleague(database, admin)
    with database.read() as session:
        items = handover.open_work(session, clerk, clerk.id)
    assert [(i.kind, i.customer_name) for i in items] == [("complaint", "李雷"),
                                                         ("reply", "李雷")]
    with database.transaction() as session:
        result = handover.hand_over(session, clerk, clerk.id, colleague.id, items, "明天休假")
    assert (result.giver, result.taker, result.items) == ("李四", "王五", 2)
    with database.read() as session:
        assert handover.open_work(session, clerk, clerk.id) == []
        taken = handover.open_work(session, colleague, colleague.id)
        steps = complaints.timeline(session, colleague, items[0].id)
    assert [i.id for i in taken] == [i.id for i in items]
    assert steps[-1].action == "complaint.hand_over" and "明天休假" in steps[-1].note
    [record] = audit_entries(database, "staff.handover")
    assert record.after is not None and record.after["to_name"] == "王五"
    assert record.after["items"][0]["label"].startswith("TS-")


def test_s6_a_supervisor_reassigns_a_clerks_work_a_clerk_cannot(
    database: Database, clerk: Actor, admin: Actor, supervisor: Actor
) -> None:
    _work_of(database, clerk)
    colleague = _colleague(database, admin)
    with database.read() as session, pytest.raises(PermissionDenied):
        handover.open_work(session, colleague, clerk.id)
    with database.read() as session:
        items = handover.open_work(session, supervisor, clerk.id)
    with database.transaction() as session:
        handover.hand_over(session, supervisor, clerk.id, colleague.id, items[:1], "病假")
    [record] = audit_entries(database, "staff.handover")
    assert record.staff_id == supervisor.id and record.entity_id == clerk.id


def test_s6_refused_handovers_change_nothing(
    database: Database, clerk: Actor, admin: Actor
) -> None:
    _work_of(database, clerk)
    keeper = _colleague(database, admin, "sunqi2", "warehouse")
    colleague = _colleague(database, admin)
    with database.read() as session:
        items = handover.open_work(session, clerk, clerk.id)
    cases = [
        (keeper.id, items, "休假", "taker"),  # a warehouse clerk takes no desk work
        (clerk.id, items, "休假", "taker"),
        (colleague.id, [], "休假", "items"),
        (colleague.id, items, " \u200b ", "note"),
    ]
    for taker, chosen, note, field in cases:
        with database.transaction() as session, pytest.raises(DomainError) as refused:
            handover.hand_over(session, clerk, clerk.id, taker, chosen, note)
        assert refused.value.field == field
    with database.transaction() as session:  # someone moved the complaint on meanwhile
        complaints.add_note(session, clerk, items[0].id, "已联系", items[0].version)
    with database.transaction() as session, pytest.raises(StaleEdit):
        handover.hand_over(session, clerk, clerk.id, colleague.id, items, "休假")
    assert audit_entries(database, "staff.handover") == []


def test_s6_a_suggestion_being_followed_is_handed_over_too(
    database: Database, clerk: Actor, admin: Actor
) -> None:
    colleague = _colleague(database, admin)
    with database.transaction() as session:
        idea = suggestions.take_suggestion(
            session, clerk, suggestions.SuggestionInput("box", "建议增设母婴室"))
    with database.read() as session:
        items = handover.open_work(session, clerk, clerk.id)
    assert [(i.kind, i.label) for i in items] == [("suggestion", idea.number)]
    with database.transaction() as session:
        handover.hand_over(session, clerk, clerk.id, colleague.id, items, "调岗")
    with database.read() as session:
        assert suggestions.get_suggestion(session, colleague, idea.id).owner_id == colleague.id
