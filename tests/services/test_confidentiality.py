"""K2: warehouse clerks see no customer contact data, anywhere.

Two proofs below the window: the permission table gives the warehouse role nothing that reads
customers, visits, leads or the audit trail (which holds customers' before/after), and every
service function that could return a customer's name or phone refuses a warehouse account. A
completeness check makes a new function in those modules join the list on purpose.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, Visit
from desk.services import (
    archive,
    audit,
    clock,
    customers,
    exports,
    leads,
    reception,
    replies,
    staff,
)
from desk.services.customers import CustomerInput
from desk.services.errors import PermissionDenied
from desk.services.jobs import JobControl
from desk.services.paging import Sort
from desk.services.permissions import PERMISSIONS, WAREHOUSE, Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, count_rows

# Modules whose results carry customers' names or phones (the archive, visits, leads, and the
# audit trail's before/after of customer records).
CUSTOMER_MODULES: tuple[ModuleType, ...] = (
    customers, archive, reception, leads, audit, exports, replies)


class _SameSession:
    """A job's session source that hands out the test's own session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def read(self) -> contextlib.nullcontext[Session]:
        return contextlib.nullcontext(self._session)

    def transaction(self, write: bool = True) -> contextlib.nullcontext[Session]:
        return contextlib.nullcontext(self._session)


@dataclass(frozen=True)
class Records:
    customer_id: int
    visit_id: int
    lead_id: int
    reply_id: int
    folder: Path  # where an export may write


Call = Callable[[Session, Actor, Records], Any]

CALLS: dict[str, Call] = {
    "customers.search_customers": lambda s, a, r: customers.search_customers(s, a, "138"),
    "customers.create_customer": lambda s, a, r: customers.create_customer(
        s, a, CustomerInput("王五", "13600001234")),
    "customers.update_customer": lambda s, a, r: customers.update_customer(
        s, a, r.customer_id, 1, CustomerInput("张三丰")),
    "customers.get_customer": lambda s, a, r: customers.get_customer(s, a, r.customer_id),
    "customers.reveal_phone": lambda s, a, r: customers.reveal_phone(s, a, r.customer_id),
    "archive.customer_history": lambda s, a, r: archive.customer_history(s, a, r.customer_id),
    "customers.change_history": lambda s, a, r: customers.change_history(s, a, r.customer_id),
    "reception.list_visits": lambda s, a, r: reception.list_visits(
        s, a, reception.VisitFilter()),
    "reception.stream_visits": lambda s, a, r: list(reception.stream_visits(
        s, a, reception.VisitFilter())),
    "exports.export_visits": lambda s, a, r: exports.export_visits(
        _SameSession(s), a, reception.VisitFilter(), Sort("arrived_at"), r.folder / "visits.xlsx",
        untranslated, JobControl()),
    "reception.today_at_the_counter": lambda s, a, r: reception.today_at_the_counter(s, a),
    "reception.open_visit_of": lambda s, a, r: reception.open_visit_of(s, a, r.customer_id),
    "reception.count_visits": lambda s, a, r: reception.count_visits(
        s, a, reception.VisitFilter()),
    "reception.visitors_today": lambda s, a, r: reception.visitors_today(s, a),
    "reception.get_visit": lambda s, a, r: reception.get_visit(s, a, r.visit_id),
    "reception.log_visit": lambda s, a, r: reception.log_visit(s, a, r.customer_id, "inquiry"),
    "reception.finish_visit": lambda s, a, r: reception.finish_visit(
        s, a, r.visit_id, "已解答", 1),
    "leads.create_lead": lambda s, a, r: leads.create_lead(s, a, "王五", "13600001234", "电视"),
    "leads.assign_lead": lambda s, a, r: leads.assign_lead(s, a, r.lead_id, "小刘", 1),
    "leads.list_leads": lambda s, a, r: leads.list_leads(s, a),
    "leads.count_leads": lambda s, a, r: leads.count_leads(s, a),
    "leads.salesperson_names": lambda s, a, r: leads.salesperson_names(s, a),
    "audit.history": lambda s, a, r: audit.history(s, a, "customer", r.customer_id),
    "replies.promise_reply": lambda s, a, r: replies.promise_reply(
        s, a, visit_id=r.visit_id, question="保修期", promised_at=clock.now() + timedelta(1)),
    "replies.answer_reply": lambda s, a, r: replies.answer_reply(s, a, r.reply_id, "三年", 1),
    "replies.get_reply": lambda s, a, r: replies.get_reply(s, a, r.reply_id),
    "replies.list_replies": lambda s, a, r: replies.list_replies(s, a, replies.ReplyFilter()),
    "replies.count_replies": lambda s, a, r: replies.count_replies(
        s, a, replies.ReplyFilter()),
    "replies.reply_counts": lambda s, a, r: replies.reply_counts(s, a),
    "replies.record_promise": lambda s, a, r: replies.record_promise(
        s, a, s.get(Visit, r.visit_id), replies.ReplyPromise("保修期", clock.now() + timedelta(1))),
    # Not in the modules above, but it lists who served the visits: the counter's business.
    "staff.handler_choices": lambda s, a, r: staff.handler_choices(s, a),
}


def _takes_an_actor(function: object) -> bool:
    return inspect.isfunction(function) and "actor" in inspect.signature(function).parameters


def test_k2_every_customer_service_function_is_in_the_list() -> None:
    """A new function that takes an actor in these modules must be added to CALLS (and so be
    proven to refuse the warehouse) before the suite passes."""
    found = {
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
        for module in CUSTOMER_MODULES
        for name, function in vars(module).items()
        if not name.startswith("_") and _takes_an_actor(function)
        and getattr(function, "__module__", "") == module.__name__
    }
    assert found == set(CALLS) - {"staff.handler_choices"}, sorted(found ^ set(CALLS))


def test_k2_warehouse_role_holds_no_customer_visit_lead_or_audit_permission() -> None:
    """Read from the table itself, so a permission added later (customer.export, lead.print…)
    is covered without editing this test."""
    for action, roles in PERMISSIONS.items():
        if action.split(".")[0] in {"customer", "visit", "lead", "audit"}:
            assert WAREHOUSE not in roles, action


@pytest.fixture
def records(database: Database, clerk: Actor, tmp_path: Path) -> Records:
    zhang = add_customer(database, clerk, "张三丰", "13812345678")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, zhang.id, "repair", "电视没有声音")
        lead = leads.create_lead(session, clerk, "王五", "13600001234", "冰箱")
        reply = replies.promise_reply(session, clerk, visit_id=visit.id, question="冰箱保修期",
                                      promised_at=clock.now() + timedelta(days=1))
    return Records(zhang.id, visit.id, lead.id, reply.id, tmp_path)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_k2_warehouse_clerk_is_refused_by_every_service_that_returns_customer_data(
    database: Database, records: Records, clerk: Actor, warehouse_clerk: Actor, name: str
) -> None:
    audit_rows = count_rows(database, AuditEntry)
    with pytest.raises(PermissionDenied) as refused, database.transaction() as session:
        CALLS[name](session, warehouse_clerk, records)
    assert "warehouse" in refused.value.text()
    assert "张三丰" not in refused.value.text() and "5678" not in refused.value.text()
    assert count_rows(database, AuditEntry) == audit_rows  # nothing was done, nothing to log
    # The same call is the counter's daily work: the refusal is about the role, not the call.
    with database.transaction() as session:
        CALLS[name](session, clerk, records)
