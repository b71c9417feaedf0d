"""Gifts (G1-G3) below the window: the catalogue, the append-only stock book, issuing against
sales receipts with its refusals, voiding, the daily list and the customer's archive (K3)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desk.db import Database
from desk.models import AuditEntry, GiftIssue, GiftMovement
from desk.services import archive, clock, gift_lists, gifts, reception
from desk.services.errors import DomainError, FieldRefusals, PermissionDenied, StaleEdit
from desk.services.gift_lists import GiftRow
from desk.services.gifts import GiftInput, IssueInput
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, at, audit_entries, count_rows

TODAY = date(2026, 11, 25)  # the frozen clock's day (tests/services/conftest.py)
pytestmark = pytest.mark.usefixtures("frozen")


def gift_input(name: str = "保温杯", campaign: str = "双十二满500送", *, start: date = TODAY,
               end: date | None = None, limit: str = "1", opening: str = "10") -> GiftInput:
    return GiftInput(name, campaign, start, end or TODAY + timedelta(days=20), limit, "个",
                     opening)


def add_gift(database: Database, supervisor: Actor, **kwargs: Any) -> GiftRow:
    with database.transaction() as session:
        return gifts.create_gift(session, supervisor, gift_input(**kwargs))


def walk_in(gift_id: int, receipt: str = "XS20261125-0001", quantity: str = "1",
            **kwargs: Any) -> IssueInput:
    who = {"recipient_name": "王小明", "recipient_phone": "13912345678", **kwargs}
    return IssueInput(gift_id, receipt, quantity, **who)


def issue(database: Database, actor: Actor, data: IssueInput) -> gift_lists.IssueRow:
    with database.transaction() as session:
        return gifts.issue_gift(session, actor, data)


def refused(database: Database, call: Callable[[Session], object]) -> DomainError:
    with pytest.raises(DomainError) as caught, database.transaction() as session:
        call(session)
    return caught.value


def on_hand(database: Database, actor: Actor, gift_id: int) -> int:
    with database.read() as session:
        return gift_lists.get_gift(session, actor, gift_id).on_hand


# -- G1 the catalogue ---------------------------------------------------------------------------

def test_g1_gift_enters_the_catalogue_with_dates_limit_and_opening_stock(
    database: Database, supervisor: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor, limit="2", opening="30")
    assert (cup.name, cup.campaign, cup.limit_per_receipt, cup.unit) == (
        "保温杯", "双十二满500送", 2, "个")
    assert cup.on_hand == 30 and cup.standing() == gift_lists.RUNNING
    [logged] = audit_entries(database, "gift.create")
    assert logged.after is not None and logged.after["opening_stock"] == 30
    assert count_rows(database, GiftMovement) == 1


@pytest.mark.parametrize(("change", "field"), [
    ({"name": ""}, "name"),
    ({"name": "杯" * 61}, "name"),
    ({"campaign": "  "}, "campaign"),
    ({"unit": ""}, "unit"),
    ({"limit_per_receipt": "0"}, "limit_per_receipt"),
    ({"limit_per_receipt": "1.5"}, "limit_per_receipt"),
    ({"limit_per_receipt": "1000"}, "limit_per_receipt"),
    ({"valid_to": TODAY - timedelta(days=1)}, "valid_to"),
    ({"opening_stock": "-3"}, "opening_stock"),
    ({"name": "\ud800"}, "name"),
])
def test_g1_bad_catalogue_input_is_refused_next_to_its_field(
    database: Database, supervisor: Actor, change: dict[str, Any], field: str
) -> None:
    data = GiftInput(**{**gift_input().__dict__, **change})
    error = refused(database, lambda s: gifts.create_gift(s, supervisor, data))
    assert error.field == field
    assert count_rows(database, GiftMovement) == 0


def test_g1_full_width_input_is_folded(database: Database, supervisor: Actor) -> None:
    with database.transaction() as session:
        cup = gifts.create_gift(session, supervisor, GiftInput(
            " 保温杯\u200b ", "店庆", TODAY, TODAY, "２", "个", "１０"))
    assert (cup.name, cup.limit_per_receipt, cup.on_hand) == ("保温杯", 2, 10)


def test_g1_only_a_supervisor_keeps_the_catalogue_and_the_warehouse_sees_none(
    database: Database, supervisor: Actor, clerk: Actor, warehouse_clerk: Actor
) -> None:
    cup = add_gift(database, supervisor)
    for call in (lambda s: gifts.create_gift(s, clerk, gift_input()),
                 lambda s: gifts.restock(s, clerk, cup.id, "5"),
                 lambda s: gifts.correct_stock(s, clerk, cup.id, "-1", "破损"),
                 lambda s: gifts.void_gift(s, clerk, cup.id, cup.version, "停止活动")):
        with pytest.raises(PermissionDenied), database.transaction() as session:
            call(session)
    for read in (lambda s: gift_lists.list_gifts(s, warehouse_clerk),
                 lambda s: gifts.issue_gift(s, warehouse_clerk, walk_in(cup.id))):
        with pytest.raises(PermissionDenied), database.transaction() as session:
            read(session)


def test_g1_catalogue_lists_running_campaigns_first_with_their_stock(
    database: Database, supervisor: Actor, frozen: list[datetime]
) -> None:
    old = add_gift(database, supervisor, name="雨伞", campaign="国庆", start=date(2026, 10, 1),
                   end=date(2026, 10, 7))
    cup = add_gift(database, supervisor, opening="3")
    later = add_gift(database, supervisor, name="围巾", campaign="元旦",
                     start=date(2026, 12, 30), end=date(2027, 1, 3), opening="")
    with database.read() as session:
        page = gift_lists.list_gifts(session, supervisor)
        assert gift_lists.count_gifts(session, supervisor) == 3
        running = gift_lists.running_gifts(session, supervisor)
    assert [g.id for g in page.rows] == [cup.id, later.id, old.id]
    assert [g.standing() for g in page.rows] == [
        gift_lists.RUNNING, gift_lists.NOT_STARTED, gift_lists.ENDED]
    assert page.rows[0].low_stock and page.rows[1].out_of_stock
    assert [g.id for g in running] == [cup.id]
    with database.read() as session:  # one row a page still walks all three, in order
        first = gift_lists.list_gifts(session, supervisor, limit=1)
        second = gift_lists.list_gifts(session, supervisor, after=first.after, limit=1)
        third = gift_lists.list_gifts(session, supervisor, after=second.after, limit=1)
    assert [p.rows[0].id for p in (first, second, third)] == [cup.id, later.id, old.id]
    assert third.after is None


def test_g1_edit_is_audited_and_a_stale_edit_is_refused(
    database: Database, supervisor: Actor, admin: Actor
) -> None:
    cup = add_gift(database, supervisor)
    with database.transaction() as session:
        edited = gifts.update_gift(session, supervisor, cup.id, cup.version,
                                   gift_input(limit="2"))
    assert edited.limit_per_receipt == 2 and edited.on_hand == 10
    with pytest.raises(StaleEdit), database.transaction() as session:
        gifts.update_gift(session, admin, cup.id, cup.version, gift_input(limit="3"))
    [logged] = audit_entries(database, "gift.update")
    assert logged.before == {**(logged.before or {}), "limit_per_receipt": 1}


# -- G3 the stock book ----------------------------------------------------------------------------

def test_g3_restock_and_correction_are_movements_and_stock_is_their_sum(
    database: Database, supervisor: Actor
) -> None:
    cup = add_gift(database, supervisor, opening="10")
    with database.transaction() as session:
        gifts.restock(session, supervisor, cup.id, "5", "总部配送 第2批")
        gifts.correct_stock(session, supervisor, cup.id, "-2", "两个杯盖破损")
        gifts.correct_stock(session, supervisor, cup.id, "+1", "盘点多出一个")
    assert on_hand(database, supervisor, cup.id) == 14
    with database.read() as session:
        book = gift_lists.list_movements(session, supervisor, cup.id)
        assert gift_lists.count_movements(session, supervisor, cup.id) == 4
    assert [(m.kind, m.quantity, m.reason) for m in book.rows] == [
        ("correction", 1, "盘点多出一个"), ("correction", -2, "两个杯盖破损"),
        ("restock", 5, "总部配送 第2批"), ("restock", 10, "")]
    assert [e.action for e in audit_entries(database)][-3:] == [
        "gift.restock", "gift.correct", "gift.correct"]


@pytest.mark.parametrize(("change", "reason", "field"), [
    ("-11", "丢失", "quantity"),  # below zero
    ("0", "无", "quantity"),
    ("1.5", "无", "quantity"),
    ("两个", "无", "quantity"),
    ("-1", "", "reason"),
    ("-1", "\x00\x07 ", "reason"),
])
def test_g3_bad_correction_is_refused_and_nothing_is_saved(
    database: Database, supervisor: Actor, change: str, reason: str, field: str
) -> None:
    cup = add_gift(database, supervisor, opening="10")
    error = refused(database, lambda s: gifts.correct_stock(s, supervisor, cup.id, change,
                                                             reason))
    assert error.field == field
    assert on_hand(database, supervisor, cup.id) == 10 and count_rows(database, GiftMovement) == 1


def test_g3_below_zero_says_how_many_are_on_hand(database: Database, supervisor: Actor) -> None:
    cup = add_gift(database, supervisor, opening="3")
    error = refused(database, lambda s: gifts.correct_stock(s, supervisor, cup.id, "-4", "丢失"))
    assert error.text() == ("Only 3 个 of 保温杯 on hand: a correction of -4 would take the "
                            "stock below zero.")


def test_g3_the_gift_book_is_append_only_in_the_database_too(
    database: Database, supervisor: Actor
) -> None:
    assert not [n for n in dir(gifts) if n.startswith(("delete", "update_movement"))]
    add_gift(database, supervisor, opening="10")
    for statement in (update(GiftMovement).values(quantity=99), delete(GiftMovement)):
        with pytest.raises(DatabaseError), database.transaction() as session:
            session.execute(statement)
    with database.read() as session:
        assert session.scalar(text("SELECT quantity FROM gift_movements")) == 10


# -- G2 issuing ---------------------------------------------------------------------------------

def test_g2_issue_takes_a_number_records_recipient_receipt_staff_and_posts_stock(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor)
    done = issue(database, clerk, walk_in(cup.id, receipt=" xs２０２６1125-0001 "))
    assert done.number == "ZP-20261125-0001"
    assert (done.receipt_number, done.quantity, done.recipient_name, done.masked_phone,
            done.issued_by, done.state) == (
        "XS20261125-0001", 1, "王小明", "139****5678", "李四", "issued")
    assert on_hand(database, supervisor, cup.id) == 9
    with database.read() as session:
        [movement] = gift_lists.list_movements(session, supervisor, cup.id, limit=1).rows
    assert (movement.kind, movement.quantity, movement.document_number) == (
        "issue", -1, done.number)
    [logged] = audit_entries(database, "gift_issue.issue")
    assert logged.after is not None and logged.after["recipient_phone"] == "139****5678"
    second = issue(database, clerk, walk_in(cup.id, receipt="XS20261125-0002"))
    assert second.number == "ZP-20261125-0002"


def test_g2_customer_on_record_and_visit_are_linked(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor)
    zhang = add_customer(database, clerk, "张三", "13812345678")
    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, zhang.id, "gift")
    done = issue(database, clerk, IssueInput(cup.id, "XS-0009", "1", visit_id=visit.id))
    assert (done.customer_id, done.recipient_name, done.masked_phone) == (
        zhang.id, "张三", "138****5678")
    with database.read() as session:
        stored = session.get(GiftIssue, done.id)
        assert stored is not None and stored.visit_id == visit.id
        history = archive.customer_history(session, clerk, zhang.id)
    assert ("gift_issue", done.number) in [(h.kind, h.number) for h in history]


def test_g2_receipt_had_its_gift_says_when_and_which_issue(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor)
    first = issue(database, clerk, walk_in(cup.id, receipt="XS-1001"))
    frozen.append(at(2026, 11, 25, 15, 30))
    error = refused(database, lambda s: gifts.issue_gift(
        s, clerk, walk_in(cup.id, receipt="xs-１００１", recipient_name="李雷")))
    assert error.field == "receipt_number"
    assert error.text() == (f"Receipt XS-1001 already had its gift: 1 个 of 保温杯 on "
                            f"{first.number} at 2026-11-25 09:00 (at most 1 per receipt).")
    assert count_rows(database, GiftIssue) == 1 and on_hand(database, supervisor, cup.id) == 9


def test_g2_the_limit_is_a_quantity_per_gift_and_receipt(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor, limit="2")
    bag = add_gift(database, supervisor, name="环保袋", limit="1")
    issue(database, clerk, walk_in(cup.id, receipt="XS-2001"))
    issue(database, clerk, walk_in(bag.id, receipt="XS-2001"))  # another gift of the campaign
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, walk_in(
        cup.id, receipt="XS-2001", quantity="2")))
    assert error.field == "receipt_number" and "at most 2 per receipt" in error.text()
    issue(database, clerk, walk_in(cup.id, receipt="XS-2001"))  # the second of two
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, walk_in(
        cup.id, receipt="XS-2002", quantity="3")))
    assert error.text() == "At most 2 个 of 保温杯 per sales receipt."


def test_g2_stock_short_says_how_many_are_left(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor, opening="2", limit="5")
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, walk_in(cup.id, quantity="3")))
    assert (error.field, error.text()) == (
        "quantity", "Only 2 个 of 保温杯 left: 3 cannot be handed out.")
    issue(database, clerk, walk_in(cup.id, quantity="2"))
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, walk_in(
        cup.id, receipt="XS-3002")))
    # None left: said as out of stock, under the gift (pick another), not "only 0 left".
    assert (error.field, error.text()) == (
        "gift", "保温杯 is out of stock: none can be handed out until it is restocked.")
    with database.read() as session:
        assert gift_lists.count_issues(session, clerk, clock.local_today()) == 1


def test_g2_campaign_not_running_says_which_with_its_dates(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    early = add_gift(database, supervisor, name="围巾", campaign="元旦",
                     start=date(2026, 12, 30), end=date(2027, 1, 3))
    late = add_gift(database, supervisor, name="雨伞", campaign="国庆",
                    start=date(2026, 10, 1), end=date(2026, 11, 24))
    gone = add_gift(database, supervisor, name="台历", campaign="店庆")
    with database.transaction() as session:
        gifts.void_gift(session, supervisor, gone.id, gone.version, "总部取消活动")
    texts = [refused(database, lambda s, g=g: gifts.issue_gift(s, clerk, walk_in(g.id)))
             for g in (early, late, gone)]
    assert texts[0].text() == ("The campaign 元旦 has not started: 围巾 is handed out from "
                               "2026-12-30 to 2027-01-03.")
    assert texts[1].text() == ("The campaign 国庆 is over: 雨伞 was handed out from "
                               "2026-10-01 to 2026-11-24.")
    assert texts[2].text() == ("台历 (店庆) was withdrawn from the catalogue: it is not handed "
                               "out any more.")
    assert {t.field for t in texts} == {"gift"} and count_rows(database, GiftIssue) == 0


def test_g2_the_last_day_is_inclusive(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor, start=date(2026, 11, 20), end=TODAY)
    frozen.append(at(2026, 11, 25, 23, 59))
    assert issue(database, clerk, walk_in(cup.id)).state == "issued"
    frozen.append(at(2026, 11, 26, 0, 1))
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, walk_in(cup.id, "XS-0002")))
    assert "is over" in error.text()


@pytest.mark.parametrize(("change", "field"), [
    ({"quantity": "0"}, "quantity"),
    ({"quantity": "-1"}, "quantity"),
    ({"quantity": "0.5"}, "quantity"),
    ({"quantity": ""}, "quantity"),
    ({"receipt_number": ""}, "receipt_number"),
    ({"receipt_number": " \t\r\n"}, "receipt_number"),
    ({"receipt_number": "X" * 33}, "receipt_number"),
    ({"receipt_number": "XS/001*"}, "receipt_number"),
    ({"receipt_number": "小票001"}, "receipt_number"),
    ({"receipt_number": "12"}, "receipt_number"),
    ({"receipt_number": "1" * 5000}, "receipt_number"),
    ({"receipt_number": "XS-\udc80001"}, "receipt_number"),
    ({"recipient_name": ""}, "recipient_name"),
    ({"recipient_phone": ""}, "recipient_phone"),
    ({"recipient_phone": "12345678901"}, "recipient_phone"),
])
def test_g2_bad_issue_input_is_refused_and_nothing_is_saved(
    database: Database, supervisor: Actor, clerk: Actor, change: dict[str, str], field: str
) -> None:
    cup = add_gift(database, supervisor)
    audit_rows = count_rows(database, AuditEntry)
    data = IssueInput(**{**walk_in(cup.id).__dict__, **change})
    error = refused(database, lambda s: gifts.issue_gift(s, clerk, data))
    assert error.field == field
    assert count_rows(database, GiftIssue) == 0 and count_rows(database, GiftMovement) == 1
    assert count_rows(database, AuditEntry) == audit_rows


def test_g2_control_characters_a_scanner_adds_are_dropped(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor)
    done = issue(database, clerk, walk_in(cup.id, receipt="\x02XS-7788\r\n"))
    assert done.receipt_number == "XS-7788"


def test_g2_g3_void_puts_the_stock_back_and_frees_the_receipt(
    database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor, opening="1")
    done = issue(database, clerk, walk_in(cup.id))
    with pytest.raises(PermissionDenied), database.transaction() as session:
        gifts.void_issue(session, clerk, done.id, done.version, "录错小票")
    error = refused(database, lambda s: gifts.void_issue(s, supervisor, done.id, done.version,
                                                         " "))
    assert error.field == "reason"
    with database.transaction() as session:
        voided = gifts.void_issue(session, supervisor, done.id, done.version, "录错小票")
    assert (voided.state, voided.void_reason) == ("voided", "录错小票")
    assert on_hand(database, supervisor, cup.id) == 1
    with database.read() as session:
        [back, *_] = gift_lists.list_movements(session, supervisor, cup.id).rows
    assert (back.kind, back.quantity, back.document_number) == ("return", 1, done.number)
    [logged] = audit_entries(database, "gift_issue.void")
    assert logged.after == {"state": "voided", **(logged.after or {})}
    again = issue(database, clerk, walk_in(cup.id))  # the same receipt may have its gift now
    assert again.state == "issued"
    error = refused(database, lambda s: gifts.void_issue(s, supervisor, done.id, 2, "再作废"))
    assert error.field == "state"


def test_g3_daily_issue_list_pages_newest_first(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor, opening="50", start=date(2026, 11, 1))
    frozen.append(at(2026, 11, 24, 10))
    yesterday = issue(database, clerk, walk_in(cup.id, receipt="XS-0000"))
    numbers = []
    for n in range(5):
        frozen.append(at(2026, 11, 25, 10, n))
        numbers.append(issue(database, clerk, walk_in(cup.id, receipt=f"XS-100{n}")).number)
    seen: list[str] = []
    with database.read() as session:
        after = None
        while True:
            page = gift_lists.list_issues(session, clerk, TODAY, after=after, limit=2)
            seen += [row.number for row in page.rows]
            if page.after is None:
                break
            after = page.after
        assert gift_lists.count_issues(session, clerk, TODAY) == 5
        assert gift_lists.count_issues(session, clerk, TODAY - timedelta(days=1), TODAY) == 6
        export = gift_lists.issues_between(session, clerk, TODAY - timedelta(days=1), TODAY)
    assert seen == list(reversed(numbers))
    assert [row.number for row in export] == [yesterday.number, *numbers]
    assert all(row.masked_phone == "139****5678" for row in export)


def test_g2_two_counters_issuing_the_last_unit_do_not_both_succeed(
    database_url: str, database: Database, supervisor: Actor, clerk: Actor
) -> None:
    """Two desks (their own engines) hand out the last cup, on different receipts. The first
    holds its transaction open; the second must wait for the gift's row lock (PostgreSQL) or
    the write lock (SQLite) and is then refused, not let through to -1."""
    cup = add_gift(database, supervisor, opening="1")
    second = _race(database_url, database, clerk, supervisor, walk_in(cup.id, "XS-0001"),
                   walk_in(cup.id, "XS-0002"))
    assert isinstance(second, DomainError) and second.field == "gift", second  # none left
    assert "out of stock" in second.text()
    assert on_hand(database, supervisor, cup.id) == 0


def test_g2_two_counters_issuing_on_the_same_receipt_do_not_both_succeed(
    database_url: str, database: Database, supervisor: Actor, clerk: Actor
) -> None:
    cup = add_gift(database, supervisor, opening="10")
    second = _race(database_url, database, clerk, supervisor, walk_in(cup.id, "XS-0001"),
                   walk_in(cup.id, "XS-0001"))
    assert isinstance(second, DomainError) and second.field == "receipt_number", second
    assert count_rows(database, GiftIssue) == 1


def _race(database_url: str, database: Database, first_actor: Actor, second_actor: Actor,
          first: IssueInput, second: IssueInput) -> object:
    other_desk = Database(database_url)
    outcome: list[object] = []

    def other_counter() -> None:
        try:
            with other_desk.transaction() as session:
                outcome.append(gifts.issue_gift(session, second_actor, second))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    try:
        with database.transaction() as session:
            gifts.issue_gift(session, first_actor, first)
            racer = threading.Thread(target=other_counter)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second issue did not wait for the first"
        racer.join(timeout=10)
    finally:
        other_desk.dispose()
    [result] = outcome
    return result


def test_k3_gifts_appear_in_the_customer_archive_newest_first(
    database: Database, supervisor: Actor, clerk: Actor, frozen: list[datetime]
) -> None:
    cup = add_gift(database, supervisor)
    zhang = add_customer(database, clerk, "张三", "13812345678")
    issue(database, clerk, IssueInput(cup.id, "XS-0001", "1", customer_id=zhang.id))
    frozen.append(at(2026, 11, 25, 11))
    later = issue(database, clerk, IssueInput(cup.id, "XS-0002", "1", customer_id=zhang.id))
    with database.read() as session:
        history = gift_lists.gift_history(session, zhang.id)
    assert [h.number for h in history] == [later.number, "ZP-20261125-0001"]
    assert history[0].summary == "保温杯 × 1 个 · XS-0002"
    assert history[0].category == "双十二满500送"  # the type column: its campaign
    assert clock.local_today(history[0].at) == TODAY


def test_g1_g2_every_wrong_box_is_refused_at_once(
        database: Database, supervisor: Actor, clerk: Actor) -> None:
    """One save names every wrong box of the gift form and of the issue form, in order."""
    with pytest.raises(FieldRefusals) as refused:
        add_gift(database, supervisor, name=" ", campaign="", start=TODAY,
                 end=TODAY - timedelta(days=1), limit="0")
    assert [e.field for e in refused.value.errors] == [
        "name", "campaign", "limit_per_receipt", "valid_to"]
    cup = add_gift(database, supervisor)
    with pytest.raises(FieldRefusals) as refused:
        issue(database, clerk, walk_in(cup.id, receipt="？", quantity="0",
                                       recipient_name="", recipient_phone="123"))
    assert [e.field for e in refused.value.errors] == [
        "receipt_number", "quantity", "recipient_name", "recipient_phone"]
