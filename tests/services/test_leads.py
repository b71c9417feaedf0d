"""Sales leads (R4): the counter records prospective buyers and hands them to a salesperson."""

from __future__ import annotations

import json

import pytest

from desk.db import Database
from desk.models import Lead
from desk.services import leads, reception
from desk.services.errors import DomainError, NotFound, StaleEdit
from desk.services.leads import ASSIGNED, UNASSIGNED, LeadRow
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries, count_rows


def _lead(
    database: Database, actor: Actor, name: str = "王五", phone: str = "13600001234",
    interest: str = "想买洗衣机", salesperson: str = "", customer_id: int | None = None,
    visit_id: int | None = None,
) -> LeadRow:
    with database.transaction() as session:
        return leads.create_lead(
            session, actor, name, phone, interest, customer_id, visit_id, salesperson
        )


def _listed(database: Database, actor: Actor, state: str | None = None) -> list[int]:
    with database.read() as session:
        rows = leads.list_leads(session, actor, state).rows
        assert leads.count_leads(session, actor, state) == len(rows)
    return [r.id for r in rows]


def test_r4_lead_created_without_salesperson_is_unassigned(
    database: Database, clerk: Actor
) -> None:
    lead = _lead(database, clerk)
    assert not lead.is_assigned and lead.salesperson == "" and lead.assigned_at is None
    assert lead.contact_name == "王五" and lead.interest == "想买洗衣机"
    assert lead.created_by == "李四"
    assert lead.masked_phone == "136****1234"


def test_r4_lead_created_with_salesperson_is_assigned(database: Database, clerk: Actor) -> None:
    lead = _lead(database, clerk, salesperson="  销售 小刘 ")
    assert lead.is_assigned and lead.salesperson == "销售 小刘"
    assert lead.assigned_at is not None and lead.assigned_at.tzinfo is not None


def test_r4_lead_from_a_visit_shows_the_visit_number(database: Database, clerk: Actor) -> None:
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, zhang.id, "group_purchase")
    lead = _lead(database, clerk, "张三", "13812345678", "团购50台", customer_id=zhang.id,
                 visit_id=visit.id)
    assert lead.visit_number == visit.number and lead.customer_id == zhang.id


def test_r4_lead_for_a_known_customer_takes_name_and_phone_from_the_archive(
    database: Database, clerk: Actor
) -> None:
    """The window shows the customer's phone masked (K2), so the clerk need not retype it."""
    zhang = add_customer(database, clerk, "张三", "13812345678")
    lead = _lead(database, clerk, "", "", "想买空调", customer_id=zhang.id)
    assert lead.contact_name == "张三" and lead.masked_phone == "138****5678"
    with database.read() as session:
        stored = session.get(Lead, lead.id)
        assert stored is not None and stored.phone == "13812345678"


def test_r4_list_leads_shows_unassigned_first(database: Database, clerk: Actor) -> None:
    first = _lead(database, clerk, interest="A")
    taken = _lead(database, clerk, interest="B", salesperson="小刘")
    second = _lead(database, clerk, interest="C")
    # Unassigned first (newest first among them), then the assigned ones.
    assert _listed(database, clerk) == [second.id, first.id, taken.id]
    assert _listed(database, clerk, UNASSIGNED) == [second.id, first.id]
    assert _listed(database, clerk, ASSIGNED) == [taken.id]


def test_r4_assign_lead(database: Database, clerk: Actor, supervisor: Actor) -> None:
    lead = _lead(database, clerk)
    with database.transaction() as session:
        assigned = leads.assign_lead(session, supervisor, lead.id, " 小刘 ", lead.version)
    assert assigned.salesperson == "小刘" and assigned.is_assigned
    assert assigned.assigned_at is not None and assigned.version == lead.version + 1
    assert _listed(database, clerk, ASSIGNED) == [lead.id]
    assert _listed(database, clerk, UNASSIGNED) == []
    with database.read() as session:
        stored = session.get(Lead, lead.id)
        assert stored is not None and stored.assigned_by_id == supervisor.id
        assert leads.salesperson_names(session, clerk) == ["小刘"]


def test_r4_reassigning_with_an_old_version_is_refused(database: Database, clerk: Actor) -> None:
    lead = _lead(database, clerk)
    with database.transaction() as session:
        leads.assign_lead(session, clerk, lead.id, "小刘", lead.version)
    with pytest.raises(StaleEdit), database.transaction() as session:
        leads.assign_lead(session, clerk, lead.id, "小王", lead.version)
    with database.read() as session:
        assert leads.list_leads(session, clerk).rows[0].salesperson == "小刘"


@pytest.mark.parametrize("salesperson", ["", "   "])
def test_r4_assign_needs_a_salesperson(
    database: Database, clerk: Actor, salesperson: str
) -> None:
    lead = _lead(database, clerk)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        leads.assign_lead(session, clerk, lead.id, salesperson, lead.version)
    assert refused.value.field == "salesperson"


def test_r4_assign_unknown_lead_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(NotFound), database.transaction() as session:
        leads.assign_lead(session, clerk, 404, "小刘", 1)


def test_r4_salesperson_over_40_characters_refused(database: Database, clerk: Actor) -> None:
    with pytest.raises(DomainError) as refused:
        _lead(database, clerk, salesperson="刘" * 41)
    assert refused.value.field == "salesperson"
    assert count_rows(database, Lead) == 0
    assert _lead(database, clerk, salesperson="刘" * 40).salesperson == "刘" * 40


@pytest.mark.parametrize("phone", ["12345678901", "1381234", "abc", ""])
def test_r4_invalid_phone_refused(database: Database, clerk: Actor, phone: str) -> None:
    with pytest.raises(DomainError) as refused:
        _lead(database, clerk, phone=phone)
    assert refused.value.field == "phone"
    assert count_rows(database, Lead) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"name": ""}, "contact_name"), ({"name": "123"}, "contact_name"),
     ({"interest": "  "}, "interest"), ({"interest": "x" * 501}, "interest")],
)
def test_r4_lead_needs_a_name_and_an_interest(
    database: Database, clerk: Actor, changes: dict[str, str], field: str
) -> None:
    with pytest.raises(DomainError) as refused:
        _lead(database, clerk, **changes)
    assert refused.value.field == field
    assert count_rows(database, Lead) == 0


def test_r4_lead_for_unknown_customer_or_visit_refused(
    database: Database, clerk: Actor
) -> None:
    with pytest.raises(NotFound):
        _lead(database, clerk, customer_id=404)
    with pytest.raises(NotFound):
        _lead(database, clerk, visit_id=404)
    assert count_rows(database, Lead) == 0


def test_r4_list_leads_pages(database: Database, clerk: Actor) -> None:
    newest_first = [_lead(database, clerk, interest=str(i)).id for i in range(5)][::-1]
    with database.read() as session:
        first = leads.list_leads(session, clerk, limit=2)
        second = leads.list_leads(session, clerk, after=first.after, limit=2)
        third = leads.list_leads(session, clerk, after=second.after, limit=2)
    pages = [[r.id for r in page.rows] for page in (first, second, third)]
    assert pages == [newest_first[0:2], newest_first[2:4], newest_first[4:]]
    assert third.after is None


def test_k2_lead_audit_rows_never_hold_the_phone(database: Database, clerk: Actor) -> None:
    lead = _lead(database, clerk, salesperson="小刘")
    [created] = audit_entries(database, "lead.create", lead.id)
    assert created.after is not None and created.after["salesperson"] == "小刘"
    assert "13600001234" not in json.dumps(created.after, ensure_ascii=False)
