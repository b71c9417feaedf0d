"""Manufacturer orders (W2): ordered → price verified → goods ready → finance notified →
received, cancel with a reason; the follow-up three calendar days after the payment notice.
Below the window, on both backends."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from desk.db import Database
from desk.models import ManufacturerOrder, ManufacturerOrderLine, OrderFollowUp
from desk.services import deliveries, items, orders, signatures
from desk.services.deliveries import DeliveryInput, DeliveryLineInput, InspectionInput, LineCheck
from desk.services.errors import DomainError, NotFound, PermissionDenied, StaleEdit
from desk.services.items import ItemInput, ItemRow
from desk.services.orders import FollowUpInput, OrderDetail, OrderInput, OrderLineInput
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from tests.services.helpers import at, audit_entries, count_rows

KETTLE = ItemInput("DK-1001", "电水壶", "台", spec="MK-1750", barcode="6901234567892")
CABLE = ItemInput("XL-200", "电源线", "米", countable=False, barcode="6900000000200")


def add_items(database: Database, actor: Actor) -> tuple[ItemRow, ItemRow]:
    with database.transaction() as session:
        return (items.create_item(session, actor, KETTLE), items.create_item(session, actor, CABLE))


def place(database: Database, actor: Actor, *lines: OrderLineInput,
          manufacturer: str = "美的生活电器", contact: str = "王经理") -> OrderDetail:
    with database.transaction() as session:
        return orders.create_order(session, actor, OrderInput(manufacturer, contact, lines))


@pytest.fixture
def order(database: Database, warehouse_clerk: Actor, frozen: list[datetime]) -> OrderDetail:
    kettle, _cable = add_items(database, warehouse_clerk)
    return place(database, warehouse_clerk, OrderLineInput("10", "128.50", kettle.id),
                 OrderLineInput("25.5", "１.２０", barcode="6900000000200"))


def step(database: Database, actor: Actor, detail: OrderDetail, action: str,
         *args: object) -> OrderDetail:
    calls = {"verify_price": orders.verify_price, "mark_ready": orders.mark_ready,
             "notify_finance": orders.notify_finance, "receive": orders.receive_order,
             "cancel": orders.cancel_order}
    with database.transaction() as session:
        return calls[action](session, actor, detail.row.id, detail.row.version, *args)  # type: ignore[operator]


def to_notified(database: Database, actor: Actor, detail: OrderDetail) -> OrderDetail:
    detail = step(database, actor, detail, "verify_price", True, "与报价单一致")
    detail = step(database, actor, detail, "mark_ready", "厂家张工")
    return step(database, actor, detail, "notify_finance", "财务部刘会计")


def reload(database: Database, actor: Actor, detail: OrderDetail) -> OrderDetail:
    with database.read() as session:
        return orders.get_order(session, actor, detail.row.id)


def due_numbers(database: Database, actor: Actor) -> list[str]:
    with database.read() as session:
        return [r.number for r in orders.list_orders(session, actor, "due").rows]


def test_w2_an_order_gets_its_number_lines_and_exact_total(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    assert order.row.number == "CG-20261125-0001" and order.row.state == "ordered"
    assert [(x.code, x.quantity, x.unit_price) for x in order.lines] == [
        ("DK-1001", Decimal(10), Decimal("128.50")), ("XL-200", Decimal("25.5"), Decimal("1.20"))]
    assert order.total == Decimal("1315.60")
    with database.read() as session:
        [row] = orders.list_orders(session, warehouse_clerk, "open").rows
    assert row.total == Decimal("1315.60")
    [created] = audit_entries(database, "order.create")
    assert created.after["lines"] == [["DK-1001", "10.000", "128.50"],
                                      ["XL-200", "25.500", "1.20"]]


def test_w2_the_states_in_order_each_audited(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, order: OrderDetail,
    frozen: list[datetime]
) -> None:
    detail = step(database, warehouse_clerk, order, "verify_price", True, "")
    assert detail.row.state == "price_verified" and detail.price_verified_by == "孙七"
    frozen.append(at(2026, 11, 27, 15))
    detail = step(database, supervisor, detail, "mark_ready", "厂家张工", "周五发货")
    assert (detail.row.state, detail.ready_said_by, detail.ready_at) == (
        "goods_ready", "厂家张工", at(2026, 11, 27, 15))
    detail = step(database, warehouse_clerk, detail, "notify_finance", "财务部刘会计")
    assert detail.row.state == "payment_notified"
    assert (detail.payment_notified_to, detail.row.payment_notified_at) == (
        "财务部刘会计", at(2026, 11, 27, 15))
    for action, source, target in (("verify_price", "ordered", "price_verified"),
                                   ("mark_ready", "price_verified", "goods_ready"),
                                   ("notify_finance", "goods_ready", "payment_notified")):
        [entry] = audit_entries(database, f"order.{action}")
        assert (entry.before["state"], entry.after["state"]) == (source, target)
    [ready] = audit_entries(database, "order.mark_ready")
    assert ready.after["ready_said_by"] == "厂家张工" and ready.after["note"] == "周五发货"


def test_w2_an_illegal_step_is_refused_saying_what_is_possible(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    with pytest.raises(IllegalTransition) as refused:
        step(database, warehouse_clerk, order, "notify_finance", "财务部刘会计")
    assert refused.value.text() == (
        f"{order.row.number} is Ordered: it cannot notify finance to pay now. "
        "Possible now: verify the prices, cancel.")
    with pytest.raises(IllegalTransition), database.transaction() as session:
        orders.record_follow_up(session, warehouse_clerk, order.row.id,
                                FollowUpInput("张工", "phone", "还没发货"))
    assert reload(database, warehouse_clerk, order).row.state == "ordered"
    assert audit_entries(database, "order.notify_finance") == []


def test_w2_price_verification_needs_the_box_ticked(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    with pytest.raises(DomainError) as refused:
        step(database, warehouse_clerk, order, "verify_price", False, "")
    assert refused.value.field == "confirmed"


def test_w2_goods_ready_and_the_payment_notice_name_the_person(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    detail = step(database, warehouse_clerk, order, "verify_price", True, "")
    with pytest.raises(DomainError) as refused:
        step(database, warehouse_clerk, detail, "mark_ready", "  ")
    assert refused.value.field == "said_by"
    detail = step(database, warehouse_clerk, detail, "mark_ready", "张工")
    with pytest.raises(DomainError) as refused:
        step(database, warehouse_clerk, detail, "notify_finance", "")
    assert refused.value.field == "person"
    assert reload(database, warehouse_clerk, order).row.state == "goods_ready"


def test_w2_cancel_needs_a_reason_and_ends_the_order(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    with pytest.raises(DomainError) as refused:
        step(database, warehouse_clerk, order, "cancel", " ")
    assert refused.value.field == "reason"
    detail = step(database, warehouse_clerk, order, "cancel", "厂家停产")
    assert (detail.row.state, detail.cancel_reason) == ("cancelled", "厂家停产")
    [entry] = audit_entries(database, "order.cancel")
    assert entry.after["cancel_reason"] == "厂家停产"
    with pytest.raises(IllegalTransition) as again:
        step(database, warehouse_clerk, detail, "verify_price", True, "")
    assert "nor change state any more" in again.value.text()
    assert count_rows(database, ManufacturerOrder) == 1  # never deleted (S3)


def test_w2_a_stale_step_is_refused(
    database: Database, warehouse_clerk: Actor, supervisor: Actor, order: OrderDetail
) -> None:
    step(database, supervisor, order, "verify_price", True, "")
    with pytest.raises((StaleEdit, IllegalTransition)):
        step(database, warehouse_clerk, order, "cancel", "重复下单")
    assert reload(database, warehouse_clerk, order).row.state == "price_verified"


def test_w2_counter_staff_cannot_see_or_place_orders(
    database: Database, clerk: Actor, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    with pytest.raises(PermissionDenied), database.read() as session:
        orders.list_orders(session, clerk)
    with pytest.raises(PermissionDenied):
        place(database, clerk, OrderLineInput("1", "1", order.lines[0].item_id))
    with pytest.raises(PermissionDenied):
        step(database, clerk, order, "verify_price", True, "")


@pytest.mark.parametrize(("line", "field"), [
    (OrderLineInput("-2", "10", barcode="6901234567892"), "quantity"),
    (OrderLineInput("1.5", "10", barcode="6901234567892"), "quantity"),  # counted in pieces
    (OrderLineInput("0", "10", barcode="6901234567892"), "quantity"),
    (OrderLineInput("2", "１２.３４５", barcode="6901234567892"), "unit_price"),
    (OrderLineInput("2", "-3", barcode="6901234567892"), "unit_price"),
    (OrderLineInput("2", "abc", barcode="6901234567892"), "unit_price"),
    (OrderLineInput("2", "10", barcode="6999999999999"), "item"),
    (OrderLineInput("2", "10", barcode=""), "item"),
])
def test_w2_bad_lines_are_refused_next_to_their_box_nothing_saved(
    database: Database, warehouse_clerk: Actor, line: OrderLineInput, field: str
) -> None:
    add_items(database, warehouse_clerk)
    good = OrderLineInput("3", "2.5", barcode="6900000000200")
    with pytest.raises(DomainError) as refused:
        place(database, warehouse_clerk, good, line)
    assert refused.value.field == field
    assert count_rows(database, ManufacturerOrder) == 0
    assert count_rows(database, ManufacturerOrderLine) == 0
    assert audit_entries(database, "order.create") == []


def test_w2_an_order_needs_lines_a_manufacturer_and_a_contact(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle, _cable = add_items(database, warehouse_clerk)
    line = OrderLineInput("1", "99", kettle.id)
    for kwargs, lines, field in (({}, (), "lines"),
                                 ({"manufacturer": " "}, (line,), "manufacturer"),
                                 ({"contact": ""}, (line,), "contact"),
                                 ({}, (line, line), "lines")):
        with pytest.raises(DomainError) as refused:
            place(database, warehouse_clerk, *lines, **kwargs)  # type: ignore[arg-type]
        assert refused.value.field == field
    assert count_rows(database, ManufacturerOrder) == 0


def test_w2_a_fractional_quantity_is_fine_for_a_measured_item(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    assert order.lines[1].quantity == Decimal("25.5")


def test_w2_follow_up_due_from_the_fourth_calendar_day_after_the_notice(
    database: Database, warehouse_clerk: Actor, order: OrderDetail, frozen: list[datetime]
) -> None:
    frozen.append(at(2026, 11, 25, 23, 50))  # the notice late on Wednesday 25th
    detail = to_notified(database, warehouse_clerk, order)
    for day, due in ((26, False), (27, False), (28, False), (29, True)):
        frozen.append(at(2026, 11, day, 0, 5))
        assert due_numbers(database, warehouse_clerk) == ([detail.row.number] if due else [])
        assert reload(database, warehouse_clerk, detail).row.follow_up_due is due
    frozen.append(at(2026, 11, 28, 23, 59))  # the third day's last minute: still waiting
    assert due_numbers(database, warehouse_clerk) == []
    frozen.append(at(2026, 11, 29, 9))
    row = reload(database, warehouse_clerk, detail).row
    assert row.days_waiting == 4
    with database.read() as session:
        assert orders.count_orders(session, warehouse_clerk, "due") == 1
        assert orders.count_orders(session, warehouse_clerk, "open") == 1


def test_w2_each_follow_up_is_kept_and_starts_three_more_days(
    database: Database, warehouse_clerk: Actor, order: OrderDetail, frozen: list[datetime]
) -> None:
    detail = to_notified(database, warehouse_clerk, order)
    frozen.append(at(2026, 11, 29, 10))
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        orders.record_follow_up(session, warehouse_clerk, detail.row.id,
                                FollowUpInput("张工", "phone", " "))
    assert refused.value.field == "cause"
    with database.transaction() as session:
        orders.record_follow_up(session, warehouse_clerk, detail.row.id,
                                FollowUpInput("张工", "phone", "物流延误", "周一到"))
    assert due_numbers(database, warehouse_clerk) == []
    frozen.append(at(2026, 12, 3, 10))  # three days later, still nothing
    assert due_numbers(database, warehouse_clerk) == [detail.row.number]
    with database.transaction() as session:
        detail = orders.record_follow_up(session, warehouse_clerk, detail.row.id,
                                         FollowUpInput("王经理", "in_person", "仓库漏发"))
    assert [(f.person, f.method, f.cause) for f in detail.follow_ups] == [
        ("张工", "phone", "物流延误"), ("王经理", "in_person", "仓库漏发")]
    assert count_rows(database, OrderFollowUp) == 2
    assert [e.after["cause"] for e in audit_entries(database, "order.follow_up")] == [
        "物流延误", "仓库漏发"]


def passed_delivery(database: Database, actor: Actor, item_id: int) -> str:
    with database.transaction() as session:
        created = deliveries.create_delivery(session, actor, DeliveryInput(
            "美的生活电器", "SH-1", [DeliveryLineInput("10", item_id)]))
    return created.row.number


def test_w2_received_names_a_delivery_the_dock_passed(
    database: Database, warehouse_clerk: Actor, order: OrderDetail, frozen: list[datetime]
) -> None:
    detail = to_notified(database, warehouse_clerk, order)
    number = passed_delivery(database, warehouse_clerk, order.lines[0].item_id)
    with pytest.raises(DomainError) as refused:
        step(database, warehouse_clerk, detail, "receive", number)
    assert refused.value.field == "delivery" and "has not passed" in refused.value.text()
    with pytest.raises(NotFound) as unknown:
        step(database, warehouse_clerk, detail, "receive", "DH-20261125-0099")
    assert unknown.value.field == "delivery"
    with database.transaction() as session:
        found = deliveries.find_delivery(session, warehouse_clerk, number)
        deliveries.inspect_delivery(session, warehouse_clerk, found.row.id, found.row.version,
                                    InspectionInput([LineCheck(
                                        found.lines[0].id, "10", True, True, True, True, True,
                                        True)], signatures.demo_signature("孙七", 1)))
    frozen.append(frozen[-1] + timedelta(days=5))
    detail = step(database, warehouse_clerk, detail, "receive", number.lower())
    assert (detail.row.state, detail.row.delivery_number) == ("received", number)
    assert due_numbers(database, warehouse_clerk) == []
    with database.read() as session:
        assert orders.count_orders(session, warehouse_clerk, "open") == 0
        assert orders.count_orders(session, warehouse_clerk, "all") == 1
    other = to_notified(database, warehouse_clerk, place(
        database, warehouse_clerk, OrderLineInput("1", "1", order.lines[0].item_id)))
    with pytest.raises(DomainError) as twice:
        step(database, warehouse_clerk, other, "receive", number)
    assert order.row.number in twice.value.text()


def test_w2_the_lists_page_by_keyset(
    database: Database, warehouse_clerk: Actor, order: OrderDetail
) -> None:
    for _ in range(4):
        place(database, warehouse_clerk, OrderLineInput("1", "1", order.lines[0].item_id))
    with database.read() as session:
        first = orders.list_orders(session, warehouse_clerk, "all", limit=3)
        second = orders.list_orders(session, warehouse_clerk, "all", after=first.after, limit=3)
    numbers = [r.number for r in first.rows + second.rows]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) == 5
    assert second.after is None
