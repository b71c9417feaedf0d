"""Permissions are enforced where the data changes, from the database's view of the account (S2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, Customer, Lead, Staff, Visit
from desk.services import archive, audit, customers, leads, reception, staff
from desk.services.customers import CustomerInput
from desk.services.errors import PermissionDenied
from desk.services.permissions import PERMISSIONS, Actor, allowed, authorize
from tests.services.helpers import add_customer, count_rows

# The table DOMAIN.md's roles imply, written out by hand so a change to PERMISSIONS is a
# deliberate one that shows up here.
EXPECTED: dict[str, set[str]] = {
    "counter": {
        "customer.read", "customer.write", "customer.reveal_phone",
        "visit.read", "visit.write", "visit.export", "lead.read", "lead.write",
        "settings.read",
        "complaint.read", "complaint.write", "complaint.export", "reply.read", "reply.write",
        "calendar.read", "suggestion.read", "suggestion.write",
        "callback.read", "callback.write",
        "gift.read", "gift.issue", "gift.export",
        "parcel.read", "parcel.write",
        "invoice.read", "invoice.write", "invoice.issue",
    },
    "warehouse": {"settings.read", "calendar.read", "item.read", "item.write", "stock.read",
                  "stock.receive", "stock.issue", "order.read", "order.write",
                  "stock.count"},
    "supervisor": {
        "customer.read", "customer.write", "customer.reveal_phone",
        "visit.read", "visit.write", "visit.export", "lead.read", "lead.write",
        "staff.read", "audit.read", "settings.read",
        "complaint.read", "complaint.write", "complaint.export", "reply.read", "reply.write",
        "calendar.read", "suggestion.read", "suggestion.write",
        "complaint.approve", "handover.assign", "calendar.manage",
        "callback.read", "callback.write", "callback.approve", "callback.print",
        "document.verify",
        "item.read", "item.write", "stock.read", "stock.receive", "stock.issue",
        "order.read", "order.write",
        "stock.count", "stock.approve", "stock.close",
        "gift.read", "gift.issue", "gift.manage", "gift.export",
        "parcel.read", "parcel.write", "parcel.release_lost",
        "invoice.read", "invoice.write", "invoice.issue", "invoice.credit", "invoice.export",
    },
    "admin": set(PERMISSIONS),
}


@pytest.fixture
def actors(admin: Actor, clerk: Actor, warehouse_clerk: Actor, supervisor: Actor
           ) -> dict[str, Actor]:
    return {"admin": admin, "counter": clerk, "warehouse": warehouse_clerk,
            "supervisor": supervisor}


def test_s2_each_role_has_exactly_its_permissions(
    database: Database, actors: dict[str, Actor]
) -> None:
    for role, actor in actors.items():
        granted = set()
        with database.read() as session:
            for action in PERMISSIONS:
                try:
                    authorize(session, actor, action)
                except PermissionDenied:
                    continue
                granted.add(action)
        assert granted == EXPECTED[role], role
        assert {a for a in PERMISSIONS if allowed(actor, a)} == EXPECTED[role]


def test_s2_unknown_action_is_refused_to_everyone(
    database: Database, actors: dict[str, Actor]
) -> None:
    with database.read() as session:
        for actor in actors.values():
            with pytest.raises(PermissionDenied):
                authorize(session, actor, "customer.delete")


Action = Callable[[Session, Actor], Any]

WAREHOUSE_REFUSED: dict[str, Action] = {
    "log_visit": lambda s, a: reception.log_visit(s, a, None, "inquiry"),
    "search_customers": lambda s, a: customers.search_customers(s, a, "zs"),
    "create_customer": lambda s, a: customers.create_customer(s, a, CustomerInput("张三")),
    "list_visits": lambda s, a: reception.list_visits(s, a, reception.VisitFilter()),
    "create_lead": lambda s, a: leads.create_lead(s, a, "王五", "13600001234", "电视"),
    "list_leads": lambda s, a: leads.list_leads(s, a),
    "list_staff": lambda s, a: staff.list_staff(s, a),
}


@pytest.mark.parametrize("name", WAREHOUSE_REFUSED)
def test_s2_warehouse_clerk_cannot_work_the_counter(
    database: Database, warehouse_clerk: Actor, name: str
) -> None:
    before = count_rows(database, AuditEntry)
    with pytest.raises(PermissionDenied) as refused, database.transaction() as session:
        WAREHOUSE_REFUSED[name](session, warehouse_clerk)
    assert "warehouse" in refused.value.text()
    assert count_rows(database, Visit) == count_rows(database, Customer) == 0
    assert count_rows(database, Lead) == 0
    assert count_rows(database, AuditEntry) == before


def test_s2_warehouse_clerk_cannot_read_a_customer(
    database: Database, clerk: Actor, warehouse_clerk: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    for call in (customers.get_customer, customers.reveal_phone, archive.customer_history,
                 customers.change_history):
        with pytest.raises(PermissionDenied), database.transaction() as session:
            call(session, warehouse_clerk, zhang.id)


def test_s2_counter_clerk_cannot_manage_staff(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.create_staff(session, clerk, "wangwu", "王五", "admin", "good-pass-1")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.list_staff(session, clerk)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.reset_password(session, clerk, admin.id, "taken-over-1")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.update_staff(session, clerk, clerk.id, "李四", "admin", True, 1)
    assert count_rows(database, Staff) == 2
    with database.read() as session:
        me = session.get(Staff, clerk.id)
        assert me is not None and me.role == "counter"


def test_s2_supervisor_reads_staff_but_cannot_manage(
    database: Database, admin: Actor, supervisor: Actor, clerk: Actor
) -> None:
    with database.read() as session:
        assert {s.username for s in staff.list_staff(session, supervisor)} == {
            "admin", "zhaoliu", "lisi"}
        assert audit.history(session, supervisor, "staff", clerk.id)
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.create_staff(session, supervisor, "wangwu", "王五", "counter", "good-pass-1")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.reset_password(session, supervisor, clerk.id, "reset-pass-1")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        staff.update_staff(session, supervisor, clerk.id, "李四", "counter", False, 1)


def test_s2_permission_is_read_from_the_database(database: Database, admin: Actor) -> None:
    """A demoted admin's Actor still says "admin"; the service believes the database."""
    with database.transaction() as session:
        second = staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    stale_actor = Actor(second.id, second.username, second.display_name, "admin")
    with database.transaction() as session:
        staff.update_staff(session, admin, second.id, second.display_name, "counter", True,
                           second.version)
    with pytest.raises(PermissionDenied) as refused, database.transaction() as session:
        staff.create_staff(session, stale_actor, "wangwu", "王五", "admin", "good-pass-1")
    assert "counter" in refused.value.text()
    assert count_rows(database, Staff) == 2


def test_s2_promotion_takes_effect_at_once(database: Database, admin: Actor, clerk: Actor
                                           ) -> None:
    with database.read() as session:
        info = next(s for s in staff.list_staff(session, admin) if s.id == clerk.id)
    with database.transaction() as session:
        staff.update_staff(session, admin, clerk.id, "李四", "supervisor", True, info.version)
    with database.read() as session:  # the clerk's old Actor still says "counter"
        assert len(staff.list_staff(session, clerk)) == 2


def test_s2_unknown_actor_is_refused(database: Database, admin: Actor) -> None:
    ghost = Actor(999, "ghost", "鬼", "admin")
    with pytest.raises(PermissionDenied), database.transaction() as session:
        customers.create_customer(session, ghost, CustomerInput("张三"))


def test_s2_only_supervisors_read_other_audit_trails(
    database: Database, admin: Actor, clerk: Actor, supervisor: Actor
) -> None:
    """A clerk reads a customer's change history, not the staff accounts' sign-in trail."""
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.read() as session:
        assert audit.history(session, clerk, "customer", zhang.id)
        assert audit.history(session, supervisor, "staff", clerk.id)
        with pytest.raises(PermissionDenied):
            audit.history(session, clerk, "staff", admin.id)
