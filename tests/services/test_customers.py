"""The customer archive: one search box (K1), masked phones (K2), the service history (K3)."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, insert, select

from desk.db import Database
from desk.models import Customer, CustomerSearchKey
from desk.services import archive as service_archive
from desk.services import clock, customers, leads, reception
from desk.services.customers import CustomerDetail, CustomerInput
from desk.services.errors import DomainError, FieldRefusals
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries, count_rows

Archive = dict[str, CustomerDetail]


@pytest.fixture
def archive(database: Database, clerk: Actor) -> Archive:
    """A small archive with one customer for each way of being found."""
    return {
        "张三": add_customer(database, clerk, "张三", "13812345678"),
        "李娜": add_customer(
            database, clerk, "李娜", "139 9876 5432", member_no="VIP-0088",
            company="华为技术有限公司",
        ),
        "曾小明": add_customer(database, clerk, "曾小明", "15011112222"),
        "欧阳娜娜": add_customer(database, clerk, "欧阳娜娜", "010-62345678"),
        "Alice Wong": add_customer(database, clerk, "Alice Wong"),
    }


def found(database: Database, actor: Actor, text: str, limit: int = 10) -> list[str]:
    with database.read() as session:
        return [hit.name for hit in customers.search_customers(session, actor, text, limit)]


# --- K1: one search box ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("1381", ["张三"]),  # phone prefix
        ("5432", ["李娜"]),  # phone suffix
        ("1234", ["张三"]),  # phone middle digits
        ("2345678", ["张三", "欧阳娜娜"]),  # the end of a mobile and of a landline
        ("0106234", ["欧阳娜娜"]),  # landline with its area code
    ],
)
def test_k1_search_finds_customer_by_phone_digits(
    database: Database, clerk: Actor, archive: Archive, query: str, expected: list[str]
) -> None:
    assert sorted(found(database, clerk, query)) == sorted(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("138-1234", ["张三"]),
        ("138 1234 5678", ["张三"]),
        ("+86 138-1234-5678", ["张三"]),
        ("(010)6234", ["欧阳娜娜"]),
        ("139-9876-5432", ["李娜"]),
    ],
)
def test_k1_search_ignores_phone_separators(
    database: Database, clerk: Actor, archive: Archive, query: str, expected: list[str]
) -> None:
    assert found(database, clerk, query) == expected


def test_k1_search_finds_customer_by_name(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    assert found(database, clerk, "张三") == ["张三"]
    assert found(database, clerk, "Alice Wong") == ["Alice Wong"]
    assert found(database, clerk, "ALICE") == ["Alice Wong"]


def test_k1_search_finds_customer_by_part_of_a_name(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    assert found(database, clerk, "阳娜") == ["欧阳娜娜"]
    assert found(database, clerk, "小明") == ["曾小明"]
    assert found(database, clerk, "wong") == ["Alice Wong"]
    assert sorted(found(database, clerk, "娜")) == ["李娜", "欧阳娜娜"]


@pytest.mark.parametrize(
    ("query", "expected"), [("zs", "张三"), ("ZS", "张三"), ("oynn", "欧阳娜娜")]
)
def test_k1_search_finds_customer_by_pinyin_initials(
    database: Database, clerk: Actor, archive: Archive, query: str, expected: str
) -> None:
    assert found(database, clerk, query) == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("zhangsan", "张三"), ("zhang", "张三"), ("Zhang San", "张三"), ("ouyang", "欧阳娜娜")],
)
def test_k1_search_finds_customer_by_full_pinyin(
    database: Database, clerk: Actor, archive: Archive, query: str, expected: str
) -> None:
    assert found(database, clerk, query) == [expected]


@pytest.mark.parametrize("query", ["zengxiaoming", "cengxiaoming", "zxm", "cxm", "zeng", "ceng"])
def test_k1_search_finds_heteronym_surname_either_way(
    database: Database, clerk: Actor, archive: Archive, query: str
) -> None:
    """曾 is read zeng as a surname and ceng as a word: the clerk may type either."""
    assert found(database, clerk, query) == ["曾小明"]


@pytest.mark.parametrize("query", ["VIP-0088", "vip-0088", "vip-00"])
def test_k1_search_finds_customer_by_member_number(
    database: Database, clerk: Actor, archive: Archive, query: str
) -> None:
    assert found(database, clerk, query) == ["李娜"]


@pytest.mark.parametrize("query", ["华为", "华为技术有限公司", "hwjs", "huawei"])
def test_k1_search_finds_customer_by_company(
    database: Database, clerk: Actor, archive: Archive, query: str
) -> None:
    assert found(database, clerk, query) == ["李娜"]


@pytest.mark.parametrize("query", ["", "   ", "\t", "-", "xyz999", "张三丰"])
def test_k1_search_with_empty_or_unknown_query_finds_nothing(
    database: Database, clerk: Actor, archive: Archive, query: str
) -> None:
    assert found(database, clerk, query) == []


def test_k1_search_stops_at_the_limit(database: Database, clerk: Actor) -> None:
    for i in range(5):
        add_customer(database, clerk, f"王{'一二三四五'[i]}", f"1380000000{i}")
    assert len(found(database, clerk, "王")) == 5
    assert len(found(database, clerk, "王", limit=3)) == 3


def test_k1_renamed_customer_is_found_by_new_name_only(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    old = archive["张三"]
    with database.transaction() as session:
        customers.update_customer(
            session, clerk, old.id, old.version, CustomerInput("王强", "")
        )
    assert found(database, clerk, "张三") == []
    assert found(database, clerk, "zs") == []
    assert found(database, clerk, "zhangsan") == []
    assert found(database, clerk, "王强") == ["王强"]
    assert found(database, clerk, "wq") == ["王强"]
    # The phone was left alone (an empty phone box means "unchanged") and still finds them.
    assert found(database, clerk, "12345678") == ["王强"]


def test_k1_changed_phone_is_found_by_new_digits_only(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    old = archive["曾小明"]
    with database.transaction() as session:
        customers.update_customer(
            session, clerk, old.id, old.version, CustomerInput("曾小明", "186 0000 9999")
        )
    assert found(database, clerk, "1111") == []
    assert found(database, clerk, "9999") == ["曾小明"]


@pytest.mark.parametrize("box", ["", "   ", "\t"])
def test_k2_blank_phone_box_on_update_keeps_the_number(
    database: Database, clerk: Actor, archive: Archive, box: str
) -> None:
    """The phone box starts empty because the number is confidential: leaving it empty (or
    blank) keeps the number instead of erasing it."""
    zhang = archive["张三"]
    with database.transaction() as session:
        saved = customers.update_customer(
            session, clerk, zhang.id, zhang.version, CustomerInput("张三", box, notes="新")
        )
        assert customers.reveal_phone(session, clerk, zhang.id) == "13812345678"
    assert saved.masked_phone == "138****5678"
    [entry] = audit_entries(database, "customer.update", zhang.id)
    assert entry.after == {"notes": "新"}


def test_k1_duplicate_phone_refused_naming_the_other_customer(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    before = count_rows(database, Customer)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        customers.create_customer(session, clerk, CustomerInput("张三丰", "138-1234-5678"))
    assert refused.value.field == "phone"
    assert "张三" in refused.value.text()
    assert count_rows(database, Customer) == before


def test_k1_duplicate_phone_refused_on_update(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    lina = archive["李娜"]
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        customers.update_customer(
            session, clerk, lina.id, lina.version, CustomerInput("李娜", "13812345678")
        )
    assert refused.value.field == "phone"
    assert "张三" in refused.value.text()
    with database.transaction() as session:  # a reveal writes its audit row
        assert customers.reveal_phone(session, clerk, lina.id) == "13998765432"


def test_k1_customer_keeps_own_phone_on_update(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    """Saving a customer with their own number is not a duplicate of themselves."""
    zhang = archive["张三"]
    with database.transaction() as session:
        saved = customers.update_customer(
            session, clerk, zhang.id, zhang.version,
            CustomerInput("张三", "13812345678", notes="老客户"),
        )
    assert saved.notes == "老客户"
    assert saved.version == zhang.version + 1


def _captured_search_statement(database: Database, clerk: Actor) -> tuple[str, Any]:
    """The SQL and parameters search_customers really sends for the search keys."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "customer_search_keys" in statement:
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        assert found(database, clerk, "zs") == ["张三"]
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    assert len(seen) == 1
    return seen[0]


def test_k1_search_uses_the_index_not_a_scan(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    """The search is an index range on the keys: EXPLAIN the very statement the service ran."""
    statement, parameters = _captured_search_statement(database, clerk)
    with database.engine.connect() as conn:
        if database.backend == "sqlite":
            plan = " | ".join(
                str(row[-1])
                for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            assert "ix_customer_search_keys_key" in plan, plan
            assert "USING COVERING INDEX" in plan or "USING INDEX" in plan, plan
            assert "SCAN customer_search_keys" not in plan, plan
        else:
            # With a real archive's worth of keys the planner picks the index by itself.
            conn.execute(
                insert(CustomerSearchKey),
                [{"customer_id": archive["Alice Wong"].id, "key": f"filler{i:05d}"}
                 for i in range(5000)],
            )
            conn.exec_driver_sql("ANALYZE customer_search_keys")
            plan = "\n".join(
                str(row[0]) for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)
            )
            # An index scan, index-only scan or bitmap index scan, with the range as its
            # Index Cond (a filter applied after reading every row would say "Filter").
            assert re.search(r"Index (Only )?Scan (using|on) ix_customer_search_keys_key", plan), (
                plan
            )
            assert "Index Cond" in plan and "Filter" not in plan, plan
            assert "Seq Scan" not in plan, plan
            conn.rollback()


# --- K2: phones are confidential -------------------------------------------------------------


def test_k2_search_hits_show_masked_phone(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    with database.read() as session:
        hits = customers.search_customers(session, clerk, "zs")
        landline = customers.search_customers(session, clerk, "欧阳")
    assert [h.masked_phone for h in hits] == ["138****5678"]
    assert "13812345678" not in repr(hits)
    assert landline[0].masked_phone == "010****5678"


def test_k2_customer_detail_and_visit_list_show_masked_phone(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    zhang = archive["张三"]
    assert zhang.masked_phone == "138****5678" and zhang.has_phone
    with database.transaction() as session:
        reception.log_visit(session, clerk, zhang.id, "inquiry")
    with database.read() as session:
        detail = customers.get_customer(session, clerk, zhang.id)
        rows = reception.list_visits(session, clerk, reception.VisitFilter.today()).rows
    assert detail.masked_phone == "138****5678"
    assert [r.masked_phone for r in rows] == ["138****5678"]
    assert "13812345678" not in repr(detail) + repr(rows)


def test_k2_customer_without_phone_shows_nothing(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    alice = archive["Alice Wong"]
    assert alice.masked_phone == "" and not alice.has_phone
    with database.transaction() as session:
        assert customers.reveal_phone(session, clerk, alice.id) == ""


def test_k2_reveal_phone_is_audited(database: Database, clerk: Actor, archive: Archive) -> None:
    zhang = archive["张三"]
    with database.transaction() as session:
        assert customers.reveal_phone(session, clerk, zhang.id) == "13812345678"
    [entry] = audit_entries(database, "customer.reveal_phone")
    assert entry.staff_id == clerk.id
    assert entry.entity == "customer" and entry.entity_id == zhang.id
    assert entry.at.tzinfo is not None


def test_k2_audit_rows_keep_phone_masked(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    zhang = archive["张三"]
    with database.transaction() as session:
        customers.update_customer(
            session, clerk, zhang.id, zhang.version, CustomerInput("张三", "13900001111")
        )
    [created] = audit_entries(database, "customer.create", zhang.id)
    [updated] = audit_entries(database, "customer.update", zhang.id)
    assert created.after is not None and created.after["phone"] == "138****5678"
    assert updated.before == {"phone": "138****5678"}
    assert updated.after == {"phone": "139****1111"}
    with database.read() as session:
        changes = customers.change_history(session, clerk, zhang.id)
    text = json.dumps([(c.before, c.after) for c in changes], ensure_ascii=False)
    assert "13812345678" not in text and "13900001111" not in text


# --- K3: the customer service archive --------------------------------------------------------


def test_k3_customer_history_lists_visits_and_leads_newest_first(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    zhang = archive["张三"]
    now = clock.now()
    with database.transaction() as session:
        older = reception.log_visit(
            session, clerk, zhang.id, "repair", "屏幕碎了", arrived_at=now - timedelta(days=3)
        )
        newer = reception.log_visit(
            session, clerk, zhang.id, "inquiry", "问价格", arrived_at=now - timedelta(hours=2)
        )
        reception.finish_visit(
            session, clerk, older.id, "已送修", older.version,
            finished_at=older.arrived_at + timedelta(minutes=20),
        )
        lead = leads.create_lead(
            session, clerk, "张三", "13812345678", "想买冰箱", customer_id=zhang.id
        )
        # Someone else's visit stays out of 张三's archive.
        reception.log_visit(session, clerk, archive["李娜"].id, "gift")
    with database.read() as session:
        history = service_archive.customer_history(session, clerk, zhang.id)
    assert [(h.kind, h.record_id) for h in history] == [
        ("lead", lead.id),
        ("visit", newer.id),
        ("visit", older.id),
    ]
    assert [h.at for h in history] == sorted((h.at for h in history), reverse=True)
    assert history[1].number == newer.number and history[1].state == reception.OPEN
    assert history[2].category == "repair" and history[2].state == reception.FINISHED
    assert history[2].summary == "已送修"
    assert history[0].state == leads.UNASSIGNED


def test_k3_customer_history_of_a_new_customer_is_empty(
    database: Database, clerk: Actor, archive: Archive
) -> None:
    with database.read() as session:
        assert service_archive.customer_history(session, clerk, archive["Alice Wong"].id) == []


def test_k1_customer_fields_are_stored_cleaned(database: Database, clerk: Actor) -> None:
    created = add_customer(
        database, clerk, "  张\t三 ", "+86 138 1234 5678", " vip-1 ", "  某公司 ", " 备注\n第二行 "
    )
    with database.read() as session:
        row = session.scalars(select(Customer).where(Customer.id == created.id)).one()
    assert (row.name, row.phone, row.member_no, row.company, row.notes) == (
        "张 三", "13812345678", "vip-1", "某公司", "备注\n第二行",
    )


def test_k1_same_new_phone_saved_at_two_counters_at_once_is_refused_by_the_index(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """S5: the read-then-insert check cannot see a customer another counter is saving at
    this moment; the unique index refuses the second, with a message, not a traceback."""
    with database.transaction() as session:
        customers.create_customer(session, clerk, CustomerInput("张三", "13812345678"))
    monkeypatch.setattr(customers, "_refuse_duplicate_phone", lambda *_args: None)
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        customers.create_customer(session, clerk, CustomerInput("张叁", "138 1234 5678"))
    assert refused.value.field == "phone"
    assert "Another counter" in refused.value.text()


def test_k1_full_width_digits_from_a_chinese_input_method_are_a_phone(
    database: Database, clerk: Actor
) -> None:
    with database.transaction() as session:
        created = customers.create_customer(
            session, clerk, CustomerInput("王五", "１３８１２３４５６７８")
        )
        hits = customers.search_customers(session, clerk, "５６７８")
    assert created.masked_phone == "138****5678"
    assert [h.id for h in hits] == [created.id]


def test_k1_every_wrong_box_of_a_new_customer_is_refused_at_once(
    database: Database, clerk: Actor
) -> None:
    with pytest.raises(FieldRefusals) as refused, database.transaction() as session:
        customers.create_customer(session, clerk, CustomerInput(
            "", "12345", member_no="V" * 100))
    assert [e.field for e in refused.value.errors] == ["name", "phone", "member_no"]
