"""Items (W1), the append-only stock ledger (W7) and issuing out (W6), below the window."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import DatabaseError

from desk.db import Database
from desk.models import AuditEntry, Item, StockIssue, StockIssueLine, StockMovement
from desk.services import items, stock
from desk.services.errors import DomainError, NotFound, PermissionDenied, StaleEdit
from desk.services.items import ItemFilter, ItemInput, ItemRow
from desk.services.permissions import Actor
from desk.services.stock import IssueInput, IssueLineInput
from tests.services.helpers import audit_entries, count_rows

KETTLE = ItemInput("DK-1001", "电水壶", "台", spec="MK-1750", colour="白色", size="1.7L",
                   barcode="6901234567892", safety_stock="5")
CABLE = ItemInput("XL-200", "电源线", "米", countable=False, safety_stock="10.5")


def add_item(database: Database, actor: Actor, data: ItemInput = KETTLE,
             opening: str | None = None) -> ItemRow:
    with database.transaction() as session:
        item = items.create_item(session, actor, data)
        if opening is not None:
            stock.record_opening(session, actor, item.id, opening)
        return items.get_item(session, actor, item.id)


def line(item_id: int, quantity: str, **checks: bool) -> IssueLineInput:
    confirmed = {"name_spec_checked": True, "quality_good": True, "undamaged": True, **checks}
    return IssueLineInput(item_id, quantity, **confirmed)


def issue(database: Database, actor: Actor, *lines: IssueLineInput) -> stock.IssueRow:
    with database.transaction() as session:
        return stock.issue_out(session, actor, IssueInput(lines, recipient="售后维修组"))


def refused(database: Database, actor: Actor, call: object) -> DomainError:
    with pytest.raises(DomainError) as caught, database.transaction() as session:
        call(session)  # type: ignore[operator]
    return caught.value


# -- W1 items ----------------------------------------------------------------------------------

def test_w1_item_is_saved_with_its_details_and_audited(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk)
    assert (kettle.code, kettle.name, kettle.spec, kettle.colour, kettle.size, kettle.unit) == (
        "DK-1001", "电水壶", "MK-1750", "白色", "1.7L", "台")
    assert kettle.barcode == "6901234567892" and kettle.countable
    assert kettle.safety_stock == Decimal(5) and kettle.on_hand == 0
    [created] = audit_entries(database, "item.create")
    assert created.after is not None and created.after["code"] == "DK-1001"


def test_w1_full_width_input_is_folded_and_invisible_characters_dropped(
    database: Database, warehouse_clerk: Actor
) -> None:
    item = add_item(database, warehouse_clerk, ItemInput(
        "ｄｋ－２００２", "电\u200b饭煲\x07 ", "台", spec="ＭＢ－４０", barcode="６９０１２３",
        safety_stock="３"))
    assert (item.code, item.name, item.spec, item.barcode) == (
        "DK-2002", "电饭煲", "MB-40", "690123")
    assert item.safety_stock == 3


@pytest.mark.parametrize(("data", "field"), [
    (ItemInput("", "电水壶", "台"), "code"),
    (ItemInput("DK 1", "电水壶", "台"), "code"),
    (ItemInput("D" * 33, "电水壶", "台"), "code"),
    (ItemInput("DK-1", " ", "台"), "name"),
    (ItemInput("DK-1", "壶" * 101, "台"), "name"),
    (ItemInput("DK-1", "电水壶", ""), "unit"),
    (ItemInput("DK-1", "电水壶", "台", barcode="69 01#"), "barcode"),
    (ItemInput("DK-1", "电水壶", "台", safety_stock="-1"), "safety_stock"),
    (ItemInput("DK-1", "电水壶", "台", safety_stock="2.5"), "safety_stock"),
    (ItemInput("DK-1", "电线", "米", countable=False, safety_stock="1.0005"), "safety_stock"),
    (ItemInput("DK-1", "电水壶", "台", safety_stock="many"), "safety_stock"),
])
def test_w1_bad_item_input_is_refused_next_to_its_field(
    database: Database, warehouse_clerk: Actor, data: ItemInput, field: str
) -> None:
    error = refused(database, warehouse_clerk,
                    lambda s: items.create_item(s, warehouse_clerk, data))
    assert error.field == field
    assert count_rows(database, Item) == 0


def test_w1_code_and_barcode_are_unique(database: Database, warehouse_clerk: Actor) -> None:
    add_item(database, warehouse_clerk)
    same_code = ItemInput("dk-1001", "别的", "台")
    assert refused(database, warehouse_clerk,
                   lambda s: items.create_item(s, warehouse_clerk, same_code)).field == "code"
    same_barcode = ItemInput("DK-9", "别的", "台", barcode=KETTLE.barcode)
    assert refused(database, warehouse_clerk,
                   lambda s: items.create_item(s, warehouse_clerk, same_barcode)
                   ).field == "barcode"
    add_item(database, warehouse_clerk, ItemInput("DK-10", "无码一", "件"))
    add_item(database, warehouse_clerk, ItemInput("DK-11", "无码二", "件"))  # many without
    assert count_rows(database, Item) == 3


@pytest.mark.parametrize("field", ["code", "barcode"])
def test_w1_s5_two_clerks_saving_the_same_code_or_barcode_at_once(
    database: Database, warehouse_clerk: Actor, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    """The other clerk committed between our duplicate check and our write: the unique index
    refuses, and the clerk reads which box to look at instead of a crash report."""
    add_item(database, warehouse_clerk)
    monkeypatch.setattr(items, "_refuse_duplicates", lambda *_args: None)
    twin = ItemInput("DK-1001" if field == "code" else "DK-2", "电水壶", "台",
                     barcode=KETTLE.barcode if field == "barcode" else "")
    error = refused(database, warehouse_clerk, lambda s: items.create_item(s, warehouse_clerk,
                                                                          twin))
    assert error.field == field and "Another clerk" in error.text()
    assert count_rows(database, Item) == 1


def test_w1_found_by_code_barcode_name_or_pinyin_in_one_box(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk)
    add_item(database, warehouse_clerk, CABLE)
    with database.read() as session:
        for typed in ("dk-10", "DK-1001", "1001", "6901234567892", "4567892", "水壶", "dsh",
                      "dianshuihu", "mk-1750"):
            assert [i.id for i in items.search_items(session, warehouse_clerk, typed)] == [
                kettle.id], typed
        assert items.find_by_barcode(session, warehouse_clerk, "６９０１２３４５６７８９２").id == (
            kettle.id)
        assert items.search_items(session, warehouse_clerk, "冰箱") == []
        page = items.list_items(session, warehouse_clerk, ItemFilter("dyx"))
        assert [i.code for i in page.rows] == ["XL-200"]


def test_w1_unknown_barcode_is_refused_with_a_message(
    database: Database, warehouse_clerk: Actor
) -> None:
    add_item(database, warehouse_clerk)
    with pytest.raises(NotFound) as caught, database.read() as session:
        items.find_by_barcode(session, warehouse_clerk, "6900000000000")
    assert "6900000000000" in caught.value.text() and caught.value.field == "search"


def test_w1_edit_is_audited_and_a_stale_edit_is_refused_naming_who(
    database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk)
    with database.transaction() as session:
        changed = items.update_item(session, supervisor, kettle.id, kettle.version,
                                    ItemInput(**{**KETTLE.__dict__, "colour": "黑色"}))
    assert changed.colour == "黑色" and changed.version == kettle.version + 1
    [update_row] = audit_entries(database, "item.update")
    assert update_row.before == {"colour": "白色"} and update_row.after == {"colour": "黑色"}
    with pytest.raises(StaleEdit) as stale, database.transaction() as session:
        items.update_item(session, warehouse_clerk, kettle.id, kettle.version,
                          ItemInput(**{**KETTLE.__dict__, "colour": "红色"}))
    assert "赵六" in stale.value.text()


def test_w1_items_below_safety_stock_are_found_and_marked(
    database: Database, warehouse_clerk: Actor
) -> None:
    low = add_item(database, warehouse_clerk, opening="3")  # safety 5
    enough = add_item(database, warehouse_clerk, CABLE, opening="20.25")  # safety 10.5
    assert low.below_safety and not enough.below_safety
    assert enough.on_hand == Decimal("20.25")
    with database.read() as session:
        page = items.list_items(session, warehouse_clerk, ItemFilter(below_safety_only=True))
        assert [i.id for i in page.rows] == [low.id]
        assert items.count_items(session, warehouse_clerk, ItemFilter()) == 2


# -- W7 the ledger -----------------------------------------------------------------------------

def test_w7_on_hand_is_the_sum_of_the_movements(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="10")
    issue(database, warehouse_clerk, line(kettle.id, "3"))
    issue(database, warehouse_clerk, line(kettle.id, "2"))
    with database.read() as session:
        assert stock.on_hand(session, warehouse_clerk, kettle.id) == 5
        total = session.scalar(text("SELECT SUM(quantity) FROM stock_movements"))
        assert Decimal(str(total)) == 5
        assert items.get_item(session, warehouse_clerk, kettle.id).on_hand == 5


def test_w7_every_movement_references_its_document(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="10")
    done = issue(database, warehouse_clerk, line(kettle.id, "4"))
    with database.read() as session:
        page = stock.list_movements(session, warehouse_clerk, kettle.id)
    assert [(m.kind, m.quantity, m.document_kind, m.document_number) for m in page.rows] == [
        ("issue", Decimal(-4), "issue", done.number), ("opening", Decimal(10), "opening",
                                                        "DK-1001")]
    assert page.rows[0].by_name == "孙七"


def test_w7_ledger_pages_newest_first_without_gaps(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="30")
    for _ in range(7):
        issue(database, warehouse_clerk, line(kettle.id, "1"))
    seen: list[int] = []
    after = None
    with database.read() as session:
        while True:
            page = stock.list_movements(session, warehouse_clerk, kettle.id, after=after,
                                        limit=3)
            seen += [m.id for m in page.rows]
            if page.after is None:
                break
            after = page.after
        assert stock.count_movements(session, warehouse_clerk, kettle.id) == 8
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 8


def test_w7_the_ledger_is_append_only_in_the_database_too(
    database: Database, warehouse_clerk: Actor
) -> None:
    """No service updates or deletes a movement; a trigger refuses whoever tries."""
    assert not [name for name in dir(stock) if name.startswith(("delete", "update", "void"))]
    add_item(database, warehouse_clerk, opening="10")
    for statement in (update(StockMovement).values(quantity=99), delete(StockMovement)):
        with pytest.raises(DatabaseError), database.transaction() as session:
            session.execute(statement)
    with database.read() as session:
        assert session.scalar(text("SELECT quantity FROM stock_movements")) == 10


def test_w7_opening_balance_only_once(database: Database, warehouse_clerk: Actor) -> None:
    kettle = add_item(database, warehouse_clerk, opening="2")
    error = refused(database, warehouse_clerk,
                    lambda s: stock.record_opening(s, warehouse_clerk, kettle.id, "5"))
    assert "stocktake" in error.text()
    assert count_rows(database, StockMovement) == 1


# -- W6 issuing out ----------------------------------------------------------------------------

def test_w6_issue_takes_a_number_posts_stock_and_is_audited(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="5")
    cable = add_item(database, warehouse_clerk, CABLE, opening="12.5")
    done = issue(database, warehouse_clerk, line(kettle.id, "2"), line(cable.id, "2.75"))
    assert done.number.startswith("CK-") and done.number.endswith("-0001")
    assert [(x.code, x.quantity) for x in done.lines] == [
        ("DK-1001", Decimal(2)), ("XL-200", Decimal("2.75"))]
    with database.read() as session:
        assert stock.on_hand(session, warehouse_clerk, kettle.id) == 3
        assert stock.on_hand(session, warehouse_clerk, cable.id) == Decimal("9.75")
    assert count_rows(database, StockIssueLine) == 2
    [logged] = audit_entries(database, "stock.issue")
    assert logged.after is not None and logged.after["number"] == done.number
    assert issue(database, warehouse_clerk, line(kettle.id, "1")).number.endswith("-0002")


@pytest.mark.parametrize(("amount", "checks", "field"), [
    ("-1", {}, "quantity"),
    ("0", {}, "quantity"),
    ("1.5", {}, "quantity"),  # a kettle is counted in whole pieces
    ("两", {}, "quantity"),
    ("6", {}, "quantity"),  # more than the 5 on hand
    ("1", {"name_spec_checked": False}, "name_spec_checked"),
    ("1", {"quality_good": False}, "quality_good"),
    ("1", {"undamaged": False}, "undamaged"),
])
def test_w6_bad_issue_is_refused_and_nothing_is_saved(
    database: Database, warehouse_clerk: Actor, amount: str, checks: dict[str, bool], field: str
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="5")
    audit_rows = count_rows(database, AuditEntry)
    error = refused(database, warehouse_clerk, lambda s: stock.issue_out(
        s, warehouse_clerk, IssueInput([line(kettle.id, amount, **checks)])))
    assert error.field == field
    assert count_rows(database, StockIssue) == 0 and count_rows(database, StockMovement) == 1
    assert count_rows(database, AuditEntry) == audit_rows


def test_w6_more_than_on_hand_says_how_many_are_left(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="5")
    cable = add_item(database, warehouse_clerk, CABLE, opening="1")
    # Two lines of the same item count together; the good line is not half-saved either.
    error = refused(database, warehouse_clerk, lambda s: stock.issue_out(s, warehouse_clerk,
                    IssueInput([line(cable.id, "1"), line(kettle.id, "3"),
                                line(kettle.id, "3")])))
    assert error.text() == "Only 5 台 of 电水壶 on hand: 6 cannot be issued."
    assert count_rows(database, StockMovement) == 2


def test_w6_an_empty_issue_is_refused(database: Database, warehouse_clerk: Actor) -> None:
    error = refused(database, warehouse_clerk,
                    lambda s: stock.issue_out(s, warehouse_clerk, IssueInput([])))
    assert error.field == "lines"


def test_w6_stock_never_goes_negative_when_two_clerks_issue_the_last_unit(
    database_url: str, database: Database, warehouse_clerk: Actor, supervisor: Actor
) -> None:
    """Two desks (their own engines and connections) issue the last kettle at once. The first
    holds its transaction open; the second must wait for it (PostgreSQL: the item row's lock;
    SQLite: the write lock BEGIN IMMEDIATE takes) and is then refused, not let through to -1.
    Without the row lock PostgreSQL's second transaction would read on-hand 1 and issue too."""
    kettle = add_item(database, warehouse_clerk, opening="1")
    second_desk = Database(database_url)
    outcome: list[BaseException | stock.IssueRow] = []

    def other_counter() -> None:
        try:
            with second_desk.transaction() as session:
                outcome.append(stock.issue_out(session, supervisor,
                                               IssueInput([line(kettle.id, "1")])))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    try:
        with database.transaction() as session:
            first = stock.issue_out(session, warehouse_clerk, IssueInput([line(kettle.id, "1")]))
            racer = threading.Thread(target=other_counter)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second issue did not wait for the first"
        racer.join(timeout=10)
    finally:
        second_desk.dispose()
    [second] = outcome
    assert isinstance(second, DomainError), second
    assert second.field == "quantity"
    assert first.number.endswith("-0001")
    with database.read() as session:
        assert stock.on_hand(session, warehouse_clerk, kettle.id) == 0
    assert count_rows(database, StockIssue) == 1


# -- S2 ---------------------------------------------------------------------------------------

def test_s2_counter_staff_cannot_keep_items_or_move_stock(
    database: Database, warehouse_clerk: Actor, clerk: Actor
) -> None:
    kettle = add_item(database, warehouse_clerk, opening="5")
    calls = [
        lambda s: items.create_item(s, clerk, CABLE),
        lambda s: items.update_item(s, clerk, kettle.id, kettle.version, KETTLE),
        lambda s: items.search_items(s, clerk, "dk"),
        lambda s: items.list_items(s, clerk, ItemFilter()),
        lambda s: stock.on_hand(s, clerk, kettle.id),
        lambda s: stock.list_movements(s, clerk, kettle.id),
        lambda s: stock.issue_out(s, clerk, IssueInput([line(kettle.id, "1")])),
        lambda s: stock.record_opening(s, clerk, kettle.id, "1"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied), database.transaction() as session:
            call(session)
    assert count_rows(database, StockMovement) == 1 and count_rows(database, Item) == 1


def test_s2_supervisor_keeps_items_and_issues(
    database: Database, supervisor: Actor
) -> None:
    kettle = add_item(database, supervisor, opening="2")
    assert issue(database, supervisor, line(kettle.id, "2")).lines[0].quantity == 2
