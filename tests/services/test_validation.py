"""What a clerk may type: phone numbers and names (K1), masking (K2), clean text."""

from __future__ import annotations

import pytest

from desk.db import Database
from desk.models import Customer
from desk.services import customers, searchkeys, validation
from desk.services.customers import CustomerInput
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from tests.services.helpers import count_rows


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+8613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-62345678", "01062345678"),
        ("(010) 6234 5678", "01062345678"),
        ("0755-88886666", "075588886666"),
        ("+86 755 8888 6666", "075588886666"),
        ("021-62345678", "02162345678"),
    ],
)
def test_k1_valid_phone_numbers_are_stored_as_digits(typed: str, stored: str) -> None:
    assert validation.phone(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "12345678901",  # 11 digits, but no such mobile range
        "1381234567",  # a digit short
        "138123456789",  # a digit too many
        "1381234",  # too short
        "62345678",  # a landline without its area code
        "021-1234",  # too short for a landline
        "abc",
        "138abcd5678",  # letters
        "+1 650 253 0000",  # not a Chinese number
        "+86",
    ],
)
def test_k1_invalid_phone_numbers_are_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        validation.phone(typed)
    assert refused.value.field == "phone"
    assert "010-62345678" in refused.value.text()  # the message shows what is expected


def test_k1_empty_phone_is_allowed_unless_required() -> None:
    assert validation.phone("") is None
    assert validation.phone("   ") is None
    with pytest.raises(DomainError) as refused:
        validation.phone("", "contact_phone", required=True)
    assert refused.value.field == "contact_phone"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("张三", "张三"), ("  欧阳  娜娜 ", "欧阳 娜娜"), ("Alice Wong", "Alice Wong"),
     ("张三2号", "张三2号"), ("名" * 50, "名" * 50), ("\t张三\n", "张三"),
     ("张三\x00", "张三"), ("张\x07三", "张三"), ("张\x1b[31m三", "张[31m三")],
)
def test_k1_names_are_cleaned(typed: str, kept: str) -> None:
    assert validation.person_name(typed) == kept


@pytest.mark.parametrize(
    "typed", ["", "   ", "\t\n", "\x00\x01", "名" * 51, "12345", "!!!", "138-1234", "。，、"]
)
def test_k1_bad_names_are_refused(typed: str) -> None:
    with pytest.raises(DomainError) as refused:
        validation.person_name(typed)
    assert refused.value.field == "name"


def test_k1_refused_name_saves_no_customer(database: Database, clerk: Actor) -> None:
    for name in ["", "  ", "名" * 51, "007", "---"]:
        with pytest.raises(DomainError) as refused, database.transaction() as session:
            customers.create_customer(session, clerk, CustomerInput(name, "13812345678"))
        assert refused.value.field == "name"
    assert count_rows(database, Customer) == 0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CustomerInput("张三", "12345678901"), "phone"),
        (CustomerInput("张三", member_no="M" * 33), "member_no"),
        (CustomerInput("张三", company="公" * 101), "company"),
        (CustomerInput("张三", notes="注" * 2001), "notes"),
    ],
)
def test_k1_refused_customer_fields_name_the_field(
    database: Database, clerk: Actor, data: CustomerInput, field: str
) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        customers.create_customer(session, clerk, data)
    assert refused.value.field == field
    assert count_rows(database, Customer) == 0


def test_k1_control_characters_are_stripped() -> None:
    assert validation.clean_text(" a\x00b\x7f c\td\r\ne ") == "ab c d e"
    assert validation.clean_multiline(" 一\x00行 \r\n\n 二\x1b行\t尾 ") == "一行\n\n二行 尾"
    assert validation.optional_text("\x00 ", 10, "company") is None
    assert validation.notes("\x08") == ""


def test_k1_search_query_drops_control_characters() -> None:
    """A NUL pasted into the search box must not reach PostgreSQL, which refuses it."""
    assert searchkeys.normalise_query("张\x00三") == "张三"
    assert searchkeys.normalise_query("138\x00-1234") == "1381234"


@pytest.mark.parametrize(
    ("digits", "masked"),
    [("13812345678", "138****5678"), ("01062345678", "010****5678"),
     ("075588886666", "075*****6666"), ("", ""), (None, "")],
)
def test_k2_phone_masking(digits: str | None, masked: str) -> None:
    assert validation.mask_phone(digits) == masked


@pytest.mark.parametrize(
    ("digits", "shown"),
    [("13812345678", "138 1234 5678"), ("01062345678", "010 6234 5678"), ("", "")],
)
def test_k1_phone_grouped_for_reading_aloud(digits: str, shown: str) -> None:
    assert validation.format_phone(digits) == shown
