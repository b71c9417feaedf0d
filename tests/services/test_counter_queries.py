"""The small queries behind the counter's answers (issue 5 §4): today's open visits for the
status bar (D1), a customer's open visit, and the store's name."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.demo import DEMO_STORE_NAME, fill_demo
from desk.models import Staff
from desk.services import clock, reception, settings
from desk.services.errors import PermissionDenied
from desk.services.permissions import Actor
from tests.services.helpers import add_customer


def test_d1_today_counts_visitors_and_those_still_open(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        done = reception.log_visit(session, clerk, None, "inquiry", "")
        reception.finish_visit(session, clerk, done.id, "答复", done.version)
        reception.log_visit(session, clerk, None, "repair", "")
        # Yesterday's forgotten open visit is not today's.
        reception.log_visit(
            session, clerk, None, "repair", "", arrived_at=clock.now() - timedelta(days=1)
        )
    with database.read() as session:
        today = reception.today_at_the_counter(session, clerk)
    assert (today.visitors, today.still_open) == (2, 1)


def test_r1_open_visit_of_a_customer_is_the_newest_unfinished_one(
    database: Database, clerk: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    li = add_customer(database, clerk, "李四", "13998765432")
    with database.transaction() as session:
        older = reception.log_visit(
            session, clerk, zhang.id, "repair", "", arrived_at=clock.now() - timedelta(hours=2)
        )
        newer = reception.log_visit(session, clerk, zhang.id, "inquiry", "")
        finished = reception.log_visit(session, clerk, li.id, "inquiry", "")
        reception.finish_visit(session, clerk, finished.id, "好", finished.version)
    with database.read() as session:
        assert reception.open_visit_of(session, clerk, zhang.id) == newer
        assert reception.open_visit_of(session, clerk, li.id) is None
    with database.transaction() as session:
        reception.finish_visit(session, clerk, newer.id, "好", newer.version)
    with database.read() as session:
        found = reception.open_visit_of(session, clerk, zhang.id)
    assert found is not None and found.id == older.id


def test_s2_a_warehouse_account_cannot_ask_about_open_visits(
    database: Database, clerk: Actor, warehouse_clerk: Actor
) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.read() as session, pytest.raises(PermissionDenied):
        reception.open_visit_of(session, warehouse_clerk, zhang.id)


def test_the_demo_names_its_store_for_the_status_bar(database: Database) -> None:
    fill_demo(database, days=1)
    with database.read() as session:
        counter = session.scalar(select(Staff).where(Staff.username == "counter"))
        assert counter is not None
        actor = Actor(counter.id, counter.username, counter.display_name, counter.role)
        assert settings.read_settings(session, actor).store_name == DEMO_STORE_NAME
