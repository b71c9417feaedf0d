"""Issue 5 §3: what an action changed is derived from what it wrote, never listed by hand."""

from __future__ import annotations

import pytest

from desk.db import Database
from desk.services import changes, customers, reception
from desk.services.customers import CustomerInput
from desk.services.permissions import Actor
from tests.services.helpers import add_customer


def test_s3_logging_a_visit_says_visits_changed(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        changes.watch(session)
        reception.log_visit(session, clerk, None, "inquiry", "问路")
        written = changes.written(session)
    # The visit, its audit row, and the day's number counter (a bulk UPDATE / INSERT).
    assert {"visits", "audit_log", "document_counters"} <= written
    assert "customers" not in written and "leads" not in written


def test_s3_a_new_customer_changes_customers_and_their_search_keys(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        changes.watch(session)
        customers.create_customer(session, clerk, CustomerInput("张三", "13812345678"))
        assert {"customers", "customer_search_keys"} <= changes.written(session)


def test_k2_revealing_a_phone_changes_only_the_audit_trail(
    database: Database, clerk: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        changes.watch(session)
        customers.reveal_phone(session, clerk, zhang.id)
        assert changes.written(session) == {"audit_log"}


def test_s3_a_read_writes_nothing(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        changes.watch(session)
        reception.list_visits(session, clerk, reception.VisitFilter())
        assert changes.written(session) == frozenset()


def test_s3_asking_an_unwatched_session_is_a_bug_not_an_empty_answer(
    database: Database,
) -> None:
    with pytest.raises(RuntimeError), database.read() as session:
        changes.written(session)
