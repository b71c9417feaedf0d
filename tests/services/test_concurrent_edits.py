"""Two counters editing the same record never silently overwrite each other (S5)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm.exc import StaleDataError

from desk.db import Database
from desk.models import Customer
from desk.services import customers, staff
from desk.services.customers import CustomerInput
from desk.services.errors import StaleEdit
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries


def test_s5_second_edit_of_a_customer_is_refused_naming_who_changed_it(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    # Two counters open the same customer: both see version 1.
    with database.read() as session:
        at_counter_1 = customers.get_customer(session, supervisor, zhang.id)
    with database.read() as session:
        at_counter_2 = customers.get_customer(session, clerk, zhang.id)
    assert at_counter_1.version == at_counter_2.version == 1

    with database.transaction() as session:
        customers.update_customer(
            session, supervisor, zhang.id, at_counter_1.version,
            CustomerInput("张三", notes="赵六的修改"),
        )
    with pytest.raises(StaleEdit) as refused, database.transaction() as session:
        customers.update_customer(
            session, clerk, zhang.id, at_counter_2.version,
            CustomerInput("张三", notes="李四的修改"),
        )
    assert "赵六" in refused.value.text()

    with database.read() as session:
        assert customers.get_customer(session, clerk, zhang.id).notes == "赵六的修改"
    assert len(audit_entries(database, "customer.update")) == 1


def test_s5_race_between_check_and_write_is_a_stale_edit(
    database: Database, clerk: Actor
) -> None:
    """The version check in the service passed, then another counter committed before our
    UPDATE: the row's version no longer matches, SQLAlchemy raises StaleDataError, and the
    transaction turns it into the same StaleEdit the clerk already knows."""
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with pytest.raises(StaleEdit) as refused, database.transaction() as session:
        loaded = session.get(Customer, zhang.id)  # what this counter holds: version 1
        assert loaded is not None and loaded.version == 1
        # The other counter's commit, behind the ORM's back.
        session.execute(
            text("UPDATE customers SET notes = 'other', version = version + 1 WHERE id = :id"),
            {"id": zhang.id},
        )
        customers.update_customer(
            session, clerk, zhang.id, 1, CustomerInput("张三", notes="mine")
        )
    assert isinstance(refused.value.__cause__, StaleDataError)
    assert "Reload" in refused.value.text()
    with database.read() as session:
        kept = customers.get_customer(session, clerk, zhang.id)
    assert kept.notes == "" and kept.version == 1  # all of it rolled back, 'other' included
    assert audit_entries(database, "customer.update") == []


def test_s5_stale_data_error_becomes_stale_edit(database: Database) -> None:
    with pytest.raises(StaleEdit), database.transaction():
        raise StaleDataError("UPDATE matched 0 rows")


def test_s5_stale_staff_edit_refused(database: Database, admin: Actor, clerk: Actor) -> None:
    with database.read() as session:
        seen = next(s for s in staff.list_staff(session, admin) if s.id == clerk.id)
    with database.transaction() as session:
        staff.update_staff(session, admin, clerk.id, "李四", "supervisor", True, seen.version)
    with pytest.raises(StaleEdit), database.transaction() as session:
        staff.update_staff(session, admin, clerk.id, "李四", "counter", True, seen.version)
