"""The audit trail (S3): every change writes who, when, what, before and after, atomically."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, Customer, Lead, Staff, Visit
from desk.services import clock, customers, leads, reception, staff
from desk.services.customers import CustomerInput
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries, count_rows


def _only(database: Database, action: str, entity_id: int | None = None) -> AuditEntry:
    [entry] = audit_entries(database, action, entity_id)
    return entry


def test_s3_customer_create_writes_after(database: Database, clerk: Actor) -> None:
    before = clock.now()
    zhang = add_customer(database, clerk, "张三", "13812345678", "VIP-1", "某公司", "常客")
    entry = _only(database, "customer.create", zhang.id)
    assert (entry.staff_id, entry.entity) == (clerk.id, "customer")
    assert before <= entry.at <= clock.now()
    assert entry.before is None
    assert entry.after == {
        "name": "张三", "phone": "138****5678", "member_no": "VIP-1", "company": "某公司",
        "notes": "常客",
    }


def test_s3_customer_update_writes_before_and_after(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        customers.update_customer(
            session, supervisor, zhang.id, zhang.version,
            CustomerInput("张三", "", company="新公司", notes="改过"),
        )
    entry = _only(database, "customer.update", zhang.id)
    assert entry.staff_id == supervisor.id
    # Only what changed, and the phone (unchanged here) is not in it.
    assert entry.before == {"company": None, "notes": ""}
    assert entry.after == {"company": "新公司", "notes": "改过"}


def test_s3_saving_an_unchanged_customer_writes_nothing(
    database: Database, clerk: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678", notes="常客")
    with database.transaction() as session:
        same = customers.update_customer(
            session, clerk, zhang.id, zhang.version, CustomerInput(" 张三 ", "", notes="常客")
        )
    assert same.version == zhang.version
    assert audit_entries(database, "customer.update") == []


def test_s3_visit_create_and_finish_write_before_and_after(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, None, "repair", "修手机")
    created = _only(database, "visit.create", visit.id)
    assert created.staff_id == clerk.id and created.entity == "visit" and created.before is None
    assert created.after is not None
    assert created.after["number"] == visit.number and created.after["purpose"] == "repair"
    assert created.after["arrived_at"] == visit.arrived_at.isoformat()
    assert created.after["finished_at"] is None

    finished_at = visit.arrived_at + timedelta(minutes=3)
    with database.transaction() as session:
        reception.finish_visit(session, clerk, visit.id, "已送修", visit.version, finished_at)
    finished = _only(database, "visit.finish", visit.id)
    # The transition's row (desk.services.states): the states beside the fields it changed.
    assert finished.before == {"state": "open", "finished_at": None, "outcome": ""}
    assert finished.after == {
        "state": "finished", "finished_at": finished_at.isoformat(), "outcome": "已送修"
    }


def test_s3_lead_create_and_assign_write_before_and_after(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        lead = leads.create_lead(session, clerk, "王五", "13600001234", "冰箱")
    created = _only(database, "lead.create", lead.id)
    assert created.staff_id == clerk.id and created.before is None
    assert created.after is not None and created.after["interest"] == "冰箱"
    with database.transaction() as session:
        leads.assign_lead(session, clerk, lead.id, "小刘", lead.version)
    assigned = _only(database, "lead.assign", lead.id)
    assert assigned.before == {"salesperson": None}
    assert assigned.after == {"salesperson": "小刘"}


def test_s3_staff_changes_write_before_and_after(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    created = _only(database, "staff.create", clerk.id)
    assert created.staff_id == admin.id and created.before is None
    assert created.after == {
        "username": "lisi", "display_name": "李四", "role": "counter", "active": True,
    }
    with database.read() as session:
        version = next(s.version for s in staff.list_staff(session, admin) if s.id == clerk.id)
    with database.transaction() as session:
        staff.update_staff(session, admin, clerk.id, "李四四", "supervisor", True, version)
    updated = _only(database, "staff.update", clerk.id)
    assert updated.before is not None and updated.after is not None
    assert (updated.before["role"], updated.after["role"]) == ("counter", "supervisor")
    assert (updated.before["display_name"], updated.after["display_name"]) == ("李四", "李四四")


def test_s3_audit_row_is_in_the_same_transaction(database: Database, clerk: Actor) -> None:
    """Whatever undoes the change undoes its audit row too: neither exists without the other."""
    before = count_rows(database, AuditEntry)
    with pytest.raises(RuntimeError), database.transaction() as session:
        created = customers.create_customer(session, clerk, CustomerInput("张三"))
        pending = session.scalar(
            select(func.count()).select_from(AuditEntry)
            .where(AuditEntry.action == "customer.create", AuditEntry.entity_id == created.id)
        )
        assert pending == 1
        raise RuntimeError("the power went out")
    assert count_rows(database, Customer) == 0
    assert count_rows(database, AuditEntry) == before


Refused = Callable[[Session, Actor, dict[str, Any]], Any]

REFUSED: dict[str, Refused] = {
    "duplicate phone": lambda s, a, ids: customers.create_customer(
        s, a, CustomerInput("张三丰", "13812345678")),
    "stale customer edit": lambda s, a, ids: customers.update_customer(
        s, a, ids["customer"], 99, CustomerInput("王强")),
    "bad customer name": lambda s, a, ids: customers.update_customer(
        s, a, ids["customer"], 1, CustomerInput("")),
    "unknown purpose": lambda s, a, ids: reception.log_visit(s, a, None, "shopping"),
    "finish twice": lambda s, a, ids: reception.finish_visit(
        s, a, ids["finished_visit"], "again", 2),
    "empty outcome": lambda s, a, ids: reception.finish_visit(s, a, ids["open_visit"], " ", 1),
    "lead without phone": lambda s, a, ids: leads.create_lead(s, a, "王五", "", "电视"),
    "assign without name": lambda s, a, ids: leads.assign_lead(s, a, ids["lead"], "", 1),
    "staff without permission": lambda s, a, ids: staff.create_staff(
        s, a, "wangwu", "王五", "counter", "good-pass-1"),
    "change password wrongly": lambda s, a, ids: staff.change_password(
        s, a, "wrong-pass-1", "new-pass-123"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_s3_refused_action_writes_no_audit_row_and_no_data(
    database: Database, clerk: Actor, case: str
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        done = reception.log_visit(session, clerk, None, "inquiry")
        done = reception.finish_visit(session, clerk, done.id, "ok", done.version)
        still_open = reception.log_visit(session, clerk, None, "inquiry")
        lead = leads.create_lead(session, clerk, "王五", "13600001234", "电视")
    ids = {"customer": zhang.id, "finished_visit": done.id, "open_visit": still_open.id,
           "lead": lead.id}

    def snapshot() -> tuple[Any, ...]:
        with database.read() as session:
            return (
                session.execute(select(AuditEntry.id, AuditEntry.action)).all(),
                session.execute(select(Customer.id, Customer.name, Customer.version)).all(),
                session.execute(select(Visit.id, Visit.outcome, Visit.version)).all(),
                session.execute(select(Lead.id, Lead.salesperson, Lead.version)).all(),
                session.execute(select(Staff.id, Staff.password_hash)).all(),
            )

    before = snapshot()
    with pytest.raises(DomainError), database.transaction() as session:
        REFUSED[case](session, clerk, ids)
    assert snapshot() == before


def test_s3_change_history_is_newest_first_with_names(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        second = customers.update_customer(
            session, supervisor, zhang.id, zhang.version, CustomerInput("张三", notes="一")
        )
    with database.transaction() as session:
        customers.update_customer(
            session, clerk, zhang.id, second.version, CustomerInput("张三", notes="二")
        )
    with database.transaction() as session:
        customers.reveal_phone(session, supervisor, zhang.id)
    with database.read() as session:
        history = customers.change_history(session, clerk, zhang.id)
    assert [(h.action, h.staff_name) for h in history] == [
        ("customer.reveal_phone", "赵六"),
        ("customer.update", "李四"),
        ("customer.update", "赵六"),
        ("customer.create", "李四"),
    ]
    assert history[1].before == {"notes": "一"} and history[1].after == {"notes": "二"}
