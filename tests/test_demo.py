"""Demo data (desk.demo): what a newcomer signs in with and sees, and the bulk loader."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bench import bulk_fill as loader
from desk import demo
from desk.db import Database
from desk.models import (
    AuditEntry,
    Customer,
    CustomerSearchKey,
    DocumentCounter,
    Lead,
    Staff,
    Visit,
)
from desk.services import (
    clock,
    complaints,
    leads,
    numbering,
    reception,
    replies,
    searchkeys,
    staff,
    validation,
)
from desk.services.customers import search_customers
from desk.services.errors import DomainError
from desk.services.permissions import Actor


@pytest.fixture(autouse=True)
def afternoon() -> Iterator[None]:
    """The demo fills today up to now: run at 15:00 of today, so that a run just after
    midnight (when today holds only a few minutes, every visit still open) tests the same
    demo as one in the afternoon."""
    today = datetime.now().astimezone(clock.local_zone()).date()
    with clock.replaying(datetime.combine(today, time(15, 0), clock.local_zone())):
        yield


def _count(database: Database, column: Any, *where: Any) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count(column)).where(*where)) or 0)


def _customer_names(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(Customer.name).order_by(Customer.id)))


def _clerk(database: Database) -> Actor:
    with database.transaction() as session:
        outcome = staff.sign_in(session, "counter", "counter123")
    assert outcome.actor is not None
    return outcome.actor


@pytest.fixture
def filled(database: Database) -> demo.DemoSummary:
    return demo.fill_demo(database, days=3)


def test_s1_every_demo_account_signs_in_directly(
    database: Database, filled: demo.DemoSummary
) -> None:
    assert {a.role for a in demo.DEMO_ACCOUNTS} == set(staff.ROLES)
    assert filled.staff == len(demo.DEMO_ACCOUNTS)
    for account in demo.DEMO_ACCOUNTS:
        assert len(account.password) >= staff.PASSWORD_MIN
        with database.transaction() as session:
            outcome = staff.sign_in(session, account.username, account.password)
        assert outcome.error is None, account.username
        assert outcome.actor is not None and outcome.actor.role == account.role
        assert outcome.actor.display_name == account.display_name
        assert not outcome.must_change_password


def test_k1_every_demo_phone_is_valid(database: Database, filled: demo.DemoSummary) -> None:
    assert filled.customers == demo.DEMO_CUSTOMERS
    with database.read() as session:
        phones = list(session.scalars(select(Customer.phone).where(Customer.phone.is_not(None))))
        phones += list(session.scalars(select(Lead.phone).where(Lead.phone.is_not(None))))
    assert len(phones) > demo.DEMO_CUSTOMERS * 0.9
    assert all(validation.phone(p) == p for p in phones)
    assert any(p and p.startswith("0") for p in phones)  # some landlines


def test_r1_visits_today_some_still_open(database: Database, filled: demo.DemoSummary) -> None:
    clerk = _clerk(database)
    with database.read() as session:
        today = reception.list_visits(
            session, clerk, reception.VisitFilter.today(), limit=500
        ).rows
        assert today
        assert any(v.is_open for v in today)
        assert any(not v.is_open for v in today) or len(today) <= 3
        assert all(v.arrived_at <= clock.now() for v in today)
        everything = list(reception.stream_visits(session, clerk, reception.VisitFilter()))
    assert len(everything) == filled.visits
    assert filled.open_visits == sum(v.is_open for v in everything)
    assert {v.handler_name for v in everything} <= {
        a.display_name for a in demo.DEMO_ACCOUNTS if a.role == "counter"
    }
    finished = [v for v in everything if not v.is_open]
    assert all(3 * 60 <= (v.handling_seconds or 0) <= 40 * 60 for v in finished)
    assert any(v.customer_id is None for v in everything)  # anonymous walk-ins


def test_r4_leads_assigned_and_unassigned(database: Database, filled: demo.DemoSummary) -> None:
    clerk = _clerk(database)
    with database.read() as session:
        assert leads.count_leads(session, clerk, leads.ASSIGNED) > 0
        assert leads.count_leads(session, clerk, leads.UNASSIGNED) > 0
        assert leads.count_leads(session, clerk) == filled.leads


def test_r1_demo_has_pending_overdue_and_answered_replies(
    database: Database, filled: demo.DemoSummary
) -> None:
    """A newcomer sees every state of a pending reply; each was promised when its visit
    finished, answered after that, and audited when it happened."""
    clerk = _clerk(database)
    with database.read() as session:
        rows = replies.list_replies(session, clerk, replies.ReplyFilter(None)).rows
        counts = replies.reply_counts(session, clerk)
        finished = dict(session.execute(select(Visit.id, Visit.finished_at)).all())
        audited = dict(session.execute(select(AuditEntry.entity_id, AuditEntry.at).where(
            AuditEntry.action == "reply.promise")).all())
    states = [r.shown_state for r in rows]
    assert states.count(replies.OVERDUE) >= 1 and states.count(replies.ANSWERED) >= 1
    assert states.count(replies.PENDING) >= 2
    assert counts.pending == states.count(replies.PENDING) + states.count(replies.OVERDUE)
    for row in rows:
        assert row.customer_id is not None and row.visit_id is not None
        assert row.created_at == finished[row.visit_id] == audited[row.id]
        assert row.created_at < row.promised_at <= row.created_at + replies.HORIZON
        if row.answered_at is not None:
            assert row.created_at <= row.answered_at <= clock.now() and row.answer


def test_k3_demo_records_agree_with_their_change_history(
    database: Database, filled: demo.DemoSummary
) -> None:
    """Issue 5 §4: no customer was created after their first visit, and "last changed"
    is the time of the customer's last audit row; visits are audited when they happened."""
    with database.read() as session:
        customers = session.scalars(select(Customer)).all()
        for customer in customers:
            first_visit = session.scalar(select(func.min(Visit.arrived_at))
                                         .where(Visit.customer_id == customer.id))
            assert first_visit is None or customer.created_at <= first_visit
            last_audit = session.scalar(select(func.max(AuditEntry.at)).where(
                AuditEntry.entity == "customer", AuditEntry.entity_id == customer.id))
            assert customer.updated_at == last_audit
            assert customer.version == 1
        visits = session.execute(select(Visit.id, Visit.arrived_at, AuditEntry.at).join(
            AuditEntry, (AuditEntry.entity_id == Visit.id) & (AuditEntry.action == "visit.create")
        )).all()
    assert len(visits) == filled.visits
    assert all(arrived == audited for _id, arrived, audited in visits)


def test_demo_only_fills_an_empty_database(database: Database, filled: demo.DemoSummary) -> None:
    with pytest.raises(DomainError):
        demo.fill_demo(database, days=1)
    assert _count(database, Staff.id) == filled.staff


def test_demo_is_deterministic_for_a_seed(
    database: Database, filled: demo.DemoSummary, tmp_path: Path
) -> None:
    """The second database is SQLite whatever the first is: same seed, same archive."""
    other = Database(f"sqlite:///{tmp_path / 'second.sqlite3'}")
    other.open()
    try:
        demo.fill_demo(other, days=3)
        assert _customer_names(other) == _customer_names(database)
    finally:
        other.dispose()


@pytest.fixture
def bulk(database: Database) -> Database:
    loader.bulk_fill(database, customers=500, visits=3000)
    return database


def test_bulk_fill_counts_and_search(bulk: Database) -> None:
    assert _count(bulk, Customer.id) == 500
    assert _count(bulk, Visit.id) == 3000
    assert _count(bulk, Visit.id, Visit.arrived_at >= clock.day_bounds(clock.local_today())[0]) > 0
    clerk = _clerk(bulk)
    with bulk.read() as session:
        customer = session.scalars(
            select(Customer).where(Customer.phone.is_not(None)).order_by(Customer.id.desc())
        ).first()
        assert customer is not None and customer.phone
        stored = set(session.scalars(
            select(CustomerSearchKey.key).where(CustomerSearchKey.customer_id == customer.id)
        ))
        assert stored == searchkeys.customer_keys(
            customer.name, customer.phone, customer.member_no, customer.company
        )
        by_phone = search_customers(session, clerk, customer.phone[-4:])
        assert customer.id in [h.id for h in by_phone] or len(by_phone) == 10
        assert [h.id for h in search_customers(session, clerk, customer.phone)] == [customer.id]
        by_name = search_customers(session, clerk, customer.name, limit=500)
        assert customer.id in [h.id for h in by_name]


def test_s5_numbering_continues_after_bulk_fill(bulk: Database) -> None:
    clerk = _clerk(bulk)
    today = clock.local_today()
    period = today.strftime("%Y%m%d")
    with bulk.read() as session:
        so_far = session.scalar(
            select(DocumentCounter.last_value).where(
                DocumentCounter.kind == numbering.VISIT.prefix, DocumentCounter.period == period
            )
        )
        numbers = set(session.scalars(select(Visit.number)))
    assert so_far
    with bulk.transaction() as session:
        visit = reception.log_visit(session, clerk, None, "inquiry", "问路")
    assert visit.number == f"JD-{period}-{so_far + 1:04d}"
    assert visit.number not in numbers
    assert len(numbers) == 3000


def test_bulk_fill_refuses_a_used_database(bulk: Database) -> None:
    with pytest.raises(DomainError):
        loader.bulk_fill(bulk, customers=1, visits=1)


@pytest.mark.sqlite_only
def test_s4_bulk_fill_leaves_the_connections_durable(bulk: Database) -> None:
    """Only SQLite has the per-connection synchronous setting the loader turns off."""
    with bulk.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_c6_c8_demo_complaints_cover_the_states_and_the_overdue_kinds(
    database: Database, filled: demo.DemoSummary
) -> None:
    with database.transaction() as session:
        supervisor = staff.sign_in(session, "supervisor", "supervisor123").actor
    assert supervisor is not None and filled.complaints == len(demo._CASES)
    with database.read() as session:
        page = complaints.list_complaints(session, supervisor, complaints.ComplaintFilter())
        overdue = complaints.list_complaints(
            session, supervisor, complaints.ComplaintFilter(overdue_only=True))
        steps = complaints.timeline(session, supervisor, page.rows[-1].id)
    states = {row.state for row in page.rows}
    assert states >= {"received", "in_progress", "rectified", "unfounded", "closed"}
    reasons = {reason for row in overdue.rows for reason in row.overdue}
    assert reasons == {"response", "rectification", "callback"}
    assert any(row.channel == "visit" for row in page.rows)  # R3: taken from a visit
    # Replayed at the moments they happened: a step never precedes the one before it.
    assert [s.at for s in steps] == sorted(s.at for s in steps)


def test_w1_w7_demo_has_items_below_safety_stock_and_a_ledger(
    database: Database, filled: demo.DemoSummary
) -> None:
    from desk.services import items, stock

    with database.transaction() as session:
        outcome = staff.sign_in(session, "warehouse", "warehouse123")
    assert outcome.actor is not None
    with database.read() as session:
        page = items.list_items(session, outcome.actor, items.ItemFilter(below_safety_only=True))
        assert {i.code for i in page.rows} == {"FS-2001", "YK-1001"}
        fan = items.find_by_barcode(session, outcome.actor, "6923456789014")
        assert stock.on_hand(session, outcome.actor, fan.id) == 2
        kinds = [m.kind for m in stock.list_movements(session, outcome.actor, fan.id).rows]
        assert kinds == ["issue", "issue", "opening"]



def test_w3_w5_demo_has_a_passed_a_held_and_an_expected_delivery(
    database: Database, filled: demo.DemoSummary
) -> None:
    from desk.services import deliveries

    with database.transaction() as session:
        outcome = staff.sign_in(session, "warehouse", "warehouse123")
    assert outcome.actor is not None
    with database.read() as session:
        rows = deliveries.list_deliveries(session, outcome.actor).rows
        held = next(r for r in rows if r.state == "held")
        detail = deliveries.get_delivery(session, outcome.actor, held.id)
    assert sorted(r.state for r in rows) == ["expected", "held", "passed"]
    assert held.notified and not held.notice_overdue  # told the same day
    assert detail.inspection is not None and detail.inspection.notified_person
    assert next(r for r in rows if r.state == "passed").receipt_number.startswith("RK-")


def test_w2_demo_has_an_order_received_one_due_for_follow_up_and_one_placed(
    database: Database, filled: demo.DemoSummary
) -> None:
    from desk.services import orders

    with database.transaction() as session:
        outcome = staff.sign_in(session, "warehouse", "warehouse123")
    assert outcome.actor is not None
    with database.read() as session:
        rows = orders.list_orders(session, outcome.actor, "all").rows
        due = orders.list_orders(session, outcome.actor, "due").rows
    assert sorted(r.state for r in rows) == ["ordered", "payment_notified", "received"]
    assert [r.manufacturer for r in due] == ["格力电器"]
    assert due[0].days_waiting > orders.FOLLOW_UP_DAYS and due[0].follow_up_due
    assert next(r for r in rows if r.state == "received").delivery_number.startswith("DH-")


def test_w8_w9_demo_has_an_approved_stocktake_and_a_closed_month(
    database: Database, filled: demo.DemoSummary
) -> None:
    from desk.services import month_close, stocktakes

    with database.transaction() as session:
        outcome = staff.sign_in(session, "warehouse", "warehouse123")
    assert outcome.actor is not None
    with database.read() as session:
        [row] = stocktakes.list_stocktakes(session, outcome.actor).rows
        take = stocktakes.get_stocktake(session, outcome.actor, row.id)
        closed = month_close.closed_months(session, outcome.actor)
    assert take.row.state == "approved" and take.row.variances == 1
    assert [(x.code, x.variance, x.reason) for x in take.lines if x.variance] == [
        ("GJ-0501", -1, "loss")]
    assert [c.month for c in closed] == [month_close.previous_month()]
