"""Bad input, as a class and for every field (issue 5, section 6): control characters (C0 and
C1), invisible format characters that can disguise a name, lone surrogates, very long input,
and compatibility characters in search (K1). Each text field of each service is tried, so a
new field that skips the cleaning shows up here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import delete, insert, select

from desk.db import Database, alembic_config
from desk.models import CustomerSearchKey, InvoiceRequest, Lead, ParcelDeposit, Staff, Visit
from desk.services import customers, invoices, leads, parcels, reception, staff
from desk.services.customers import CustomerInput
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from desk.services.searchkeys import customer_keys, fold, normalise_query
from desk.services.validation import clean_multiline, clean_text
from tests.services.helpers import add_customer

# Every C1 control character, a sample of C0 ones and DEL.
C1 = "".join(chr(c) for c in range(0x80, 0xA0))
C0 = "\x00\x01\x07\x08\x1b\x1c\x1f\x7f"
# Bidi embeddings, overrides, isolates and marks; zero-width characters; BOM; word joiner.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
LONE_SURROGATE = "张\udc80三"


def _sprinkle(text: str, junk: str) -> str:
    """``张三`` with every junk character put between its letters."""
    return text[0] + junk + text[1:] + junk


@dataclass(frozen=True)
class Field:
    """One text field as a service stores it: write ``value``, read back what was stored."""

    name: str
    write: Callable[[Database, Actor, str], str]
    sample: str = "张三"


def _customer_field(attr: str) -> Callable[[Database, Actor, str], str]:
    def write(database: Database, clerk: Actor, value: str) -> str:
        data = {"name": "张三", attr: value}
        with database.transaction() as session:
            detail = customers.create_customer(session, clerk, CustomerInput(**data))
        return str(getattr(detail, attr))

    return write


def _visit_notes(database: Database, clerk: Actor, value: str) -> str:
    with database.transaction() as session:
        row = reception.log_visit(session, clerk, None, "inquiry", value)
    with database.read() as session:
        visit = session.get(Visit, row.id)
        assert visit is not None
        return visit.notes


def _visit_outcome(database: Database, clerk: Actor, value: str) -> str:
    with database.transaction() as session:
        row = reception.log_visit(session, clerk, None, "inquiry")
    with database.transaction() as session:
        return reception.finish_visit(session, clerk, row.id, value, row.version).outcome


def _lead(attr: str) -> Callable[[Database, Actor, str], str]:
    def write(database: Database, clerk: Actor, value: str) -> str:
        args = {"contact_name": "张三", "interest": "空调", "salesperson": "", attr: value}
        with database.transaction() as session:
            row = leads.create_lead(
                session, clerk, args["contact_name"], "13812345678", args["interest"],
                salesperson=args["salesperson"],
            )
        with database.read() as session:
            lead = session.get(Lead, row.id)
            assert lead is not None
            return str(getattr(lead, attr))

    return write


def _display_name(database: Database, admin: Actor, value: str) -> str:
    with database.transaction() as session:
        info = staff.create_staff(session, admin, "wangwu", value, "counter", "wangwu-pass-1")
    return info.display_name


def _parcel(field: str, column: str) -> Callable[[Database, Actor, str], str]:
    """P1, P3: a deposit's text fields (``reason``: its release on a lost ticket)."""

    def write(database: Database, clerk: Actor, value: str) -> str:
        typed = {"name": "张三", "description": "纸箱", "condition": "", "shelf": "", field: value}
        with database.transaction() as session:
            detail = parcels.deposit(session, clerk, parcels.DepositInput(
                typed["name"], "13812345678", typed["description"], 1, typed["condition"],
                typed["shelf"]))
            if field == "reason":
                clerk_row = session.get(Staff, clerk.id)
                assert clerk_row is not None
                clerk_row.role = "supervisor"  # approves the release itself
                session.flush()
                parcels.release_lost(session, clerk, detail.row.id, detail.row.version,
                                     parcels.LostTicketInput("id_card", "1234", value))
        with database.read() as session:
            parcel = session.get(ParcelDeposit, detail.row.id)
            assert parcel is not None
            return str(getattr(parcel, column))

    return write


def _invoice(field: str) -> Callable[[Database, Actor, str], str]:
    """I1: an invoice request's head (a company's special invoice has every box)."""

    def write(database: Database, clerk: Actor, value: str) -> str:
        typed = {"title": "北京示例科技有限公司", "address_phone": "北京市海淀区 010-62345678",
                 "bank_account": "工商银行 0200004509012345678", "note": "", field: value}
        with database.transaction() as session:
            detail = invoices.create_request(session, clerk, invoices.RequestInput(
                buyer_kind="company", title=typed["title"], invoice_type="paper_special",
                lines=[invoices.LineInput("电水壶", "1", "199", "13")],
                receipts=["XS20261207001"], taxpayer_id="91110000600037341L",
                address_phone=typed["address_phone"], bank_account=typed["bank_account"],
                note=typed["note"]))
        with database.read() as session:
            request = session.get(InvoiceRequest, detail.row.id)
            assert request is not None
            return str(getattr(request, field))

    return write


FIELDS = [
    Field("customer.name", _customer_field("name")),
    Field("customer.company", _customer_field("company"), "华为公司"),
    Field("customer.member_no", _customer_field("member_no"), "VIP0001"),
    Field("customer.notes", _customer_field("notes"), "老客户"),
    Field("visit.notes", _visit_notes, "带发票"),
    Field("visit.outcome", _visit_outcome, "已解决"),
    Field("lead.contact_name", _lead("contact_name")),
    Field("lead.interest", _lead("interest"), "空调"),
    Field("lead.salesperson", _lead("salesperson"), "王五"),
    Field("staff.display_name", _display_name),
    Field("parcel.name", _parcel("name", "customer_name")),
    Field("parcel.description", _parcel("description", "description"), "行李箱"),
    Field("parcel.condition", _parcel("condition", "condition"), "轮子坏了"),
    Field("parcel.shelf", _parcel("shelf", "shelf"), "A架"),
    Field("parcel.reason", _parcel("reason", "release_reason"), "牌子丢了"),
    Field("invoice.title", _invoice("title"), "北京示例科技有限公司"),
    Field("invoice.address_phone", _invoice("address_phone"), "北京市海淀区 010-62345678"),
    Field("invoice.bank_account", _invoice("bank_account"), "工商银行 0200004509012345678"),
    Field("invoice.note", _invoice("note"), "退货后重开"),
]
IDS = [f.name for f in FIELDS]


def _actor(field: Field, clerk: Actor, admin: Actor) -> Actor:
    return admin if field.name.startswith("staff.") else clerk


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_c1_and_c0_control_characters_are_dropped_in_every_field(
    database: Database, clerk: Actor, admin: Actor, field: Field
) -> None:
    stored = field.write(database, _actor(field, clerk, admin), _sprinkle(field.sample, C1 + C0))
    assert stored == field.sample


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_bidi_overrides_and_zero_width_characters_cannot_disguise_a_text(
    database: Database, clerk: Actor, admin: Actor, field: Field
) -> None:
    """U+202E would print 张三's record with the name turned around; a zero-width space makes
    two names that look the same differ. Both are dropped (docs/DECISIONS.md)."""
    junk = BIDI + ZERO_WIDTH
    stored = field.write(database, _actor(field, clerk, admin), _sprinkle(field.sample, junk))
    assert stored == field.sample


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_lone_surrogate_is_a_message_next_to_the_field_not_a_unicode_error(
    database: Database, clerk: Actor, admin: Actor, field: Field
) -> None:
    with pytest.raises(DomainError) as refused:
        field.write(database, _actor(field, clerk, admin), LONE_SURROGATE)
    assert "broken character" in refused.value.text()
    assert refused.value.field == field.name.split(".", 1)[1]


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_5000_characters_are_a_message_not_a_database_error(
    database: Database, clerk: Actor, admin: Actor, field: Field
) -> None:
    with pytest.raises(DomainError) as refused:
        field.write(database, _actor(field, clerk, admin), "长" * 5000)
    assert "at most" in refused.value.text().lower()
    assert refused.value.field == field.name.split(".", 1)[1]


@pytest.mark.parametrize(
    "value", [LONE_SURROGATE, "1" * 5000, "１３８１２３４５６７８\udc80"]
)
def test_phone_fields_refuse_bad_input_with_a_message(
    database: Database, clerk: Actor, value: str
) -> None:
    for write in (
        lambda s: customers.create_customer(s, clerk, CustomerInput("张三", value)),
        lambda s: leads.create_lead(s, clerk, "张三", value, "空调"),
        lambda s: parcels.deposit(s, clerk, parcels.DepositInput("张三", value, "纸箱", 1)),
    ):
        with pytest.raises(DomainError) as refused, database.transaction() as session:
            write(session)
        assert refused.value.field == "phone"


def test_invisible_characters_in_a_phone_are_dropped_like_separators(
    database: Database, clerk: Actor
) -> None:
    detail = add_customer(database, clerk, "张三", "\u202d138\u200b1234\x855678\u202c")
    with database.transaction() as session:
        assert customers.reveal_phone(session, clerk, detail.id) == "13812345678"


def test_staff_user_name_and_password_refuse_a_lone_surrogate(
    database: Database, admin: Actor
) -> None:
    for username, password, field in (
        ("wang\udc80wu", "wangwu-pass-1", "username"),
        ("wangwu", "wangwu-pass-\udc80", "password"),
    ):
        with pytest.raises(DomainError) as refused, database.transaction() as session:
            staff.create_staff(session, admin, username, "王五", "counter", password)
        assert refused.value.field == field
    with database.read() as session:
        assert session.scalar(select(Staff).where(Staff.username == "wangwu")) is None


def test_sign_in_with_broken_or_long_input_is_a_wrong_password_not_a_crash(
    database: Database, admin: Actor
) -> None:
    for username, password in (
        ("admin", "admin-pass-\udc80"),
        ("ad\udc80min", "admin-pass-1x"),
        ("a" * 5000, "x" * 5000),
        ("admin" + "\u202e", "admin-pass-1" + "\x85"),
    ):
        with database.transaction() as session:
            outcome = staff.sign_in(session, username, password)
        assert outcome.actor is None and outcome.error is not None, (username[:10], password)
    # Invisible characters around the user name are dropped, as everywhere.
    with database.transaction() as session:
        assert staff.sign_in(session, "\u200badmin\u202c", "admin-pass-1").actor == admin


def test_notes_keep_their_lines_but_drop_disguises() -> None:
    assert clean_multiline("第一行\r\n\u202e第二行\x85\r\t 第三行 ") == "第一行\n第二行\n第三行"
    assert clean_text("  张\t\n三\u00ad ") == "张 三"


def test_search_box_drops_a_broken_character_instead_of_refusing() -> None:
    assert normalise_query("张\udc80三") == "张三"


# --- K1: compatibility characters are found ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "company", "queries"),
    [
        ("ＡＢＣ公司", "", ["ＡＢＣ", "abc", "ABC", "ＡＢＣ公司", "abc公司", "bc公"]),
        ("张三", "ＡＢＣ公司", ["ＡＢＣ", "abc", "ＡＢＣ公司"]),
        ("王ⅱ", "", ["王ⅱ", "王ii", "ⅱ", "ii", "王Ⅱ", "王II"]),
        ("ﬁ记", "", ["ﬁ", "fi", "FI记"]),
        ("李²", "", ["李²", "李2"]),
        ("Straße", "", ["STRASSE", "straße", "strasse"]),
    ],
)
def test_k1_fullwidth_and_compatibility_text_is_found(
    database: Database, clerk: Actor, name: str, company: str, queries: list[str]
) -> None:
    wanted = add_customer(database, clerk, name, company=company)
    add_customer(database, clerk, "赵六")  # someone else, who must not match
    for query in queries:
        with database.read() as session:
            hits = customers.search_customers(session, clerk, query)
        assert [h.id for h in hits] == [wanted.id], query


def test_k1_keys_and_query_share_one_fold() -> None:
    keys = customer_keys("ＡＢＣ公司", "13812345678", "ＶＩＰ００１", "ｆｉ")
    assert {"abc公司", "vip001", "fi", "5678"} <= keys
    assert all(key == fold(key) for key in keys)
    assert normalise_query(" ＡＢＣ 公司 ") == "abc公司"
    assert normalise_query("１３８-１２３４-５６７８") == "13812345678"


def test_k1_migration_0003_rebuilds_the_keys_of_existing_customers(
    database: Database, clerk: Actor
) -> None:
    """A database written by the older desk (keys only lower-cased) is found after the
    upgrade: the migration rebuilds every customer's keys."""
    abc = add_customer(database, clerk, "ＡＢＣ公司", "13812345678", member_no="VIP 007")
    zhang = add_customer(database, clerk, "张三", company="ｆｉ商行")
    lisi = add_customer(database, clerk, "李四")  # plain: the migration leaves its keys alone
    lisi_rows = select(CustomerSearchKey.id).where(CustomerSearchKey.customer_id == lisi.id)
    with database.read() as session:
        lisi_keys = session.scalars(lisi_rows).all()
    command.downgrade(alembic_config(database.engine), "0002")
    with database.engine.begin() as conn:  # the keys as the older desk wrote them
        conn.execute(delete(CustomerSearchKey).where(CustomerSearchKey.customer_id != lisi.id))
        conn.execute(
            insert(CustomerSearchKey),
            [
                {"customer_id": abc.id, "key": "ａｂｃ公司"},
                {"customer_id": zhang.id, "key": "张三"},
                {"customer_id": zhang.id, "key": "ｆｉ商行"},
            ],
        )
    with database.read() as session:
        assert customers.search_customers(session, clerk, "abc") == []
    database.open()  # the start: migrates to the head
    for query, wanted in (("abc", abc), ("ＡＢＣ", abc), ("5678", abc), ("fi商", zhang),
                          ("zs", zhang), ("ls", lisi), ("vip007", abc)):
        with database.read() as session:
            assert [h.id for h in customers.search_customers(session, clerk, query)] == [
                wanted.id
            ], query
    with database.read() as session:
        assert session.scalars(lisi_rows).all() == lisi_keys
