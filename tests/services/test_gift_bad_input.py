"""Bad input in every text field of the gifts (G1-G3), as tests/services/test_bad_input.py
does for the foundation's: control and invisible characters dropped, a broken character and
5,000 characters refused with a message next to the field, never a database error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

import pytest

from desk.db import Database
from desk.models import GiftIssue, GiftMovement
from desk.services import gifts
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from tests.services.test_bad_input import BIDI, C0, C1, LONE_SURROGATE, ZERO_WIDTH, _sprinkle
from tests.services.test_gifts import add_gift, gift_input, walk_in

pytestmark = pytest.mark.usefixtures("frozen")


@dataclass(frozen=True)
class Field:
    name: str  # the field a refusal names
    write: Callable[[Database, Actor, str], str]  # stores the value, returns what was stored
    sample: str = "张三"


def _gift(attr: str) -> Callable[[Database, Actor, str], str]:
    def write(database: Database, supervisor: Actor, value: str) -> str:
        with database.transaction() as session:
            row = gifts.create_gift(session, supervisor, replace(gift_input(), **{attr: value}))
        return str(getattr(row, attr))
    return write


def _movement(kind: str) -> Callable[[Database, Actor, str], str]:
    def write(database: Database, supervisor: Actor, value: str) -> str:
        cup = add_gift(database, supervisor)
        with database.transaction() as session:
            if kind == "restock":
                moved = gifts.restock(session, supervisor, cup.id, "1", value)
            else:
                moved = gifts.correct_stock(session, supervisor, cup.id, "-1", value)
        with database.read() as session:
            stored = session.get(GiftMovement, moved.id)
            assert stored is not None
            return stored.reason
    return write


def _void_reason(database: Database, supervisor: Actor, value: str) -> str:
    cup = add_gift(database, supervisor)
    with database.transaction() as session:
        done = gifts.issue_gift(session, supervisor, walk_in(cup.id))
    with database.transaction() as session:
        return gifts.void_issue(session, supervisor, done.id, done.version, value).void_reason


def _recipient(database: Database, supervisor: Actor, value: str) -> str:
    cup = add_gift(database, supervisor)
    with database.transaction() as session:
        done = gifts.issue_gift(session, supervisor, walk_in(cup.id, recipient_name=value))
    with database.read() as session:
        stored = session.get(GiftIssue, done.id)
        assert stored is not None
        return stored.recipient_name


FIELDS = [
    Field("name", _gift("name"), "保温杯"),
    Field("campaign", _gift("campaign"), "店庆"),
    Field("unit", _gift("unit"), "个"),
    Field("reason", _movement("restock"), "配送单123"),
    Field("reason", _movement("correction"), "破损"),
    Field("reason", _void_reason, "录错"),
    Field("recipient_name", _recipient),
]
IDS = ["gift.name", "gift.campaign", "gift.unit", "restock.reason", "correction.reason",
       "void.reason", "issue.recipient_name"]


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_g1_g3_control_and_invisible_characters_are_dropped(
    database: Database, supervisor: Actor, field: Field, frozen: list[datetime]
) -> None:
    junk = C1 + C0 + BIDI + ZERO_WIDTH
    sample = field.sample if len(field.sample) > 1 else field.sample * 2
    assert field.write(database, supervisor, _sprinkle(sample, junk)) == sample


@pytest.mark.parametrize("field", FIELDS, ids=IDS)
def test_g1_g3_a_broken_character_and_5000_characters_are_messages_under_the_field(
    database: Database, supervisor: Actor, field: Field
) -> None:
    for value, said in ((LONE_SURROGATE, "broken character"), ("长" * 5000, "at most")):
        with pytest.raises(DomainError) as refused:
            field.write(database, supervisor, value)
        assert said in refused.value.text().lower(), refused.value.text()
        assert refused.value.field == field.name
