"""The dock inspection (W3): deliveries registered, inspected line by line, held or posted,
the handler's notice; the daily inbound list (W5). Below the window, on both backends."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from desk.db import Database
from desk.models import Delivery, DeliveryInspection, StockMovement
from desk.services import clock, deliveries, inbound, items, signatures, stock
from desk.services.deliveries import (
    DeliveryDetail,
    DeliveryInput,
    DeliveryLineInput,
    InspectionInput,
    LineCheck,
    NoticeInput,
)
from desk.services.errors import DomainError, NotFound, PermissionDenied, StaleEdit
from desk.services.items import ItemInput, ItemRow
from desk.services.permissions import Actor
from desk.services.states import IllegalTransition
from tests.services.helpers import audit_entries, count_rows

KETTLE = ItemInput("DK-1001", "电水壶", "台", spec="MK-1750", colour="白色",
                   barcode="6901234567892")
CABLE = ItemInput("XL-200", "电源线", "米", countable=False, barcode="6900000000200")
SIGNATURE = signatures.demo_signature("孙七", 1)


def add_items(database: Database, actor: Actor) -> tuple[ItemRow, ItemRow]:
    with database.transaction() as session:
        return (items.create_item(session, actor, KETTLE), items.create_item(session, actor, CABLE))


def expect(database: Database, actor: Actor, *lines: DeliveryLineInput,
           supplier: str = "美的供应链") -> DeliveryDetail:
    with database.transaction() as session:
        return deliveries.create_delivery(session, actor, DeliveryInput(
            supplier, "SH-778812", lines))


def all_pass(detail: DeliveryDetail, **changes: object) -> list[LineCheck]:
    """Every line counted as announced and every check passed (the F2 key of the window)."""
    checks = [LineCheck(line.id, str(line.expected), True, True, True, True, True, True)
              for line in detail.lines]
    return [replace(checks[0], **changes), *checks[1:]] if changes else checks  # type: ignore[arg-type]


def inspect(database: Database, actor: Actor, detail: DeliveryDetail, checks: list[LineCheck],
            signature: bytes = SIGNATURE) -> DeliveryDetail:
    with database.transaction() as session:
        return deliveries.inspect_delivery(session, actor, detail.row.id, detail.row.version,
                                           InspectionInput(checks, signature))


def on_hand(database: Database, actor: Actor, item_id: int) -> Decimal:
    with database.read() as session:
        return stock.on_hand(session, actor, item_id)


@pytest.fixture
def two_lines(database: Database, warehouse_clerk: Actor) -> DeliveryDetail:
    kettle, _cable = add_items(database, warehouse_clerk)
    return expect(database, warehouse_clerk, DeliveryLineInput("10", kettle.id),
                  DeliveryLineInput("25.5", barcode="6900000000200"))


def test_w3_an_expected_delivery_gets_its_number_and_lines(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    assert two_lines.row.number.startswith("DH-") and two_lines.row.state == "expected"
    assert [(line.code, line.expected) for line in two_lines.lines] == [
        ("DK-1001", Decimal(10)), ("XL-200", Decimal("25.5"))]
    [created] = audit_entries(database, "delivery.create")
    assert created.after is not None and created.after["supplier"] == "美的供应链"


def test_w3_a_passed_inspection_posts_one_receipt_with_a_movement_per_line(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    done = inspect(database, warehouse_clerk, two_lines, all_pass(two_lines))
    assert done.row.state == "passed" and done.row.receipt_number.startswith("RK-")
    assert done.inspection is not None and done.inspection.signature == SIGNATURE
    assert on_hand(database, warehouse_clerk, two_lines.lines[0].item_id) == 10
    assert on_hand(database, warehouse_clerk, two_lines.lines[1].item_id) == Decimal("25.5")
    with database.read() as session:
        movements = session.query(StockMovement).all()
    assert {(m.kind, m.document_number, m.note) for m in movements} == {
        ("receipt", done.row.receipt_number, done.row.number)}
    assert len(movements) == 2


def test_w3_a_failed_check_holds_the_delivery_and_nothing_posts(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, certificate_ok=False, note="无合格证"))
    assert held.row.state == "held" and held.row.receipt_number == ""
    assert count_rows(database, StockMovement) == 0
    found = held.lines[0].found
    assert found is not None and not found.checks["certificate_ok"] and found.note == "无合格证"


def test_w3_a_count_that_differs_fails_the_quantity_check_and_holds(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, received="9", note="少一台"))
    assert held.row.state == "held"
    assert held.lines[0].found is not None and not held.lines[0].found.quantity_ok
    assert count_rows(database, StockMovement) == 0


def test_w3_a_failed_check_needs_its_note_and_nothing_is_half_saved(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    with pytest.raises(DomainError) as refused:
        inspect(database, warehouse_clerk, two_lines, all_pass(two_lines, quality_ok=False))
    assert refused.value.field == "note"
    assert count_rows(database, DeliveryInspection) == 0


@pytest.mark.parametrize(("received", "message"), [
    ("-1", "more than zero"), ("1.5", "whole pieces"), ("abc", "number")])
def test_w3_negative_or_fractional_counts_are_refused_for_counted_items(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail, received: str,
    message: str,
) -> None:
    with pytest.raises(DomainError) as refused:
        inspect(database, warehouse_clerk, two_lines,
                all_pass(two_lines, received=received, note="x"))
    assert refused.value.field == "received" and message in refused.value.text()
    assert refused.value.text().startswith("电水壶: ")  # which line, wherever the clerk is
    assert count_rows(database, DeliveryInspection) == 0


def test_w3_an_unknown_barcode_and_a_delivery_with_no_lines_are_refused(
    database: Database, warehouse_clerk: Actor
) -> None:
    add_items(database, warehouse_clerk)
    with pytest.raises(NotFound):
        expect(database, warehouse_clerk, DeliveryLineInput("1", barcode="123456789"))
    with pytest.raises(DomainError) as refused:
        expect(database, warehouse_clerk)
    assert refused.value.field == "lines"
    assert count_rows(database, Delivery) == 0


def test_w3_receiving_a_delivery_twice_is_refused(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    done = inspect(database, warehouse_clerk, two_lines, all_pass(two_lines))
    with pytest.raises(IllegalTransition):
        inspect(database, warehouse_clerk, done, all_pass(done))
    assert count_rows(database, StockMovement) == 2


def test_w3_every_line_is_inspected_before_finishing(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    with pytest.raises(DomainError) as refused:
        inspect(database, warehouse_clerk, two_lines, all_pass(two_lines)[:1])
    assert refused.value.field == "lines"


def test_w3_the_clerk_signs_the_inspection(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    with pytest.raises(DomainError) as refused:
        inspect(database, warehouse_clerk, two_lines, all_pass(two_lines), signature=b"")
    assert refused.value.field == "signature"


def test_w3_a_held_delivery_is_re_inspected_after_the_fix_and_then_posts(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, documents_ok=False, note="送货单缺失"))
    done = inspect(database, warehouse_clerk, held, all_pass(held))
    assert done.row.state == "passed" and done.inspection is not None
    assert done.inspection.round == 2
    assert count_rows(database, DeliveryInspection) == 2
    assert on_hand(database, warehouse_clerk, held.lines[0].item_id) == 10


def test_w3_a_stale_inspection_is_refused(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    inspect(database, warehouse_clerk, two_lines,
            all_pass(two_lines, documents_ok=False, note="送货单缺失"))
    with pytest.raises(StaleEdit):
        inspect(database, warehouse_clerk, two_lines, all_pass(two_lines))  # the old version


def test_w3_the_handlers_notice_is_recorded_and_a_held_delivery_without_it_is_overdue_next_day(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, colour_ok=False, note="颜色不符"))
    assert not held.row.notified and not held.row.notice_overdue
    tomorrow = replace(held.row, held_at=held.row.held_at - timedelta(days=1))  # type: ignore[operator]
    assert tomorrow.notice_overdue
    with database.transaction() as session:
        told = deliveries.record_notice(session, warehouse_clerk, held.row.id,
                                        NoticeInput("采购 王五", "phone", "供应商明天换货"))
    assert told.row.notified and not replace(told.row, held_at=tomorrow.held_at).notice_overdue
    assert told.inspection is not None and told.inspection.notified_person == "采购 王五"
    [notice] = audit_entries(database, "delivery.notify")
    assert notice.after is not None and notice.after["notice_method"] == "phone"
    with database.read() as session:
        [listed] = deliveries.list_deliveries(session, warehouse_clerk, open_only=True).rows
    assert listed.notified and listed.state == "held"


def test_w3_a_notice_needs_who_and_how_and_only_a_held_delivery_takes_one(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    with pytest.raises(IllegalTransition), database.transaction() as session:
        deliveries.record_notice(session, warehouse_clerk, two_lines.row.id,
                                 NoticeInput("王五", "phone"))
    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, size_ok=False, note="尺寸不符"))
    later = clock.now() + timedelta(hours=1)
    for data, field in ((NoticeInput(" ", "phone"), "person"),
                        (NoticeInput("王五", "fax"), "method"),
                        (NoticeInput("王五", "phone", at=later), "at")):
        with pytest.raises(DomainError) as refused, database.transaction() as session:
            deliveries.record_notice(session, warehouse_clerk, held.row.id, data)
        assert refused.value.field == field


def test_w3_counter_staff_do_not_receive_supervisors_do(
    database: Database, warehouse_clerk: Actor, clerk: Actor, supervisor: Actor,
    two_lines: DeliveryDetail,
) -> None:
    with pytest.raises(PermissionDenied):
        inspect(database, clerk, two_lines, all_pass(two_lines))
    with pytest.raises(PermissionDenied), database.read() as session:
        deliveries.list_deliveries(session, clerk)
    assert inspect(database, supervisor, two_lines, all_pass(two_lines)).row.state == "passed"


def test_w5_the_inbound_list_has_the_days_received_lines(
    database: Database, warehouse_clerk: Actor, two_lines: DeliveryDetail
) -> None:
    done = inspect(database, warehouse_clerk, two_lines, all_pass(two_lines))
    with database.read() as session:
        rows = inbound.inbound_for_day(session, warehouse_clerk, clock.local_today())
        assert inbound.inbound_for_day(
            session, warehouse_clerk, clock.local_today() - timedelta(days=1)) == []
    assert [(r.receipt_number, r.code, r.quantity, r.received_by) for r in rows] == [
        (done.row.receipt_number, "DK-1001", Decimal(10), "孙七"),
        (done.row.receipt_number, "XL-200", Decimal("25.5"), "孙七")]


def test_w3_an_unannounced_delivery_is_registered_and_inspected_in_one_action(
    database: Database, warehouse_clerk: Actor
) -> None:
    kettle, _cable = add_items(database, warehouse_clerk)
    data = DeliveryInput("格力", "", [DeliveryLineInput("2", barcode=kettle.barcode)])
    check = LineCheck(0, "2", True, True, True, True, True, True)
    with database.transaction() as session:
        done = deliveries.receive_unannounced(session, warehouse_clerk, data, [check], SIGNATURE)
    assert done.row.state == "passed" and not done.announced
    assert on_hand(database, warehouse_clerk, kettle.id) == 2


def test_s6_a_warehouse_clerk_hands_over_held_deliveries_to_a_colleague_of_the_dock(
    database: Database, warehouse_clerk: Actor, admin: Actor, clerk: Actor,
    two_lines: DeliveryDetail,
) -> None:
    from desk.services import handover, staff

    held = inspect(database, warehouse_clerk, two_lines,
                   all_pass(two_lines, documents_ok=False, note="送货单缺失"))
    with database.transaction() as session:
        info = staff.create_staff(session, admin, "zhouba", "周八", "warehouse", "zhouba-pass-1")
        work = handover.open_dock_work(session, warehouse_clerk, warehouse_clerk.id)
        takers = dict(handover.dock_takers(session, warehouse_clerk))
        with pytest.raises(PermissionDenied):  # K2: the desk's work names customers
            handover.open_work(session, warehouse_clerk, warehouse_clerk.id)
    assert [(w.kind, w.label, w.customer_name) for w in work] == [
        ("delivery", held.row.number, "美的供应链")]
    assert info.id in takers and clerk.id not in takers  # the counter does not receive
    with pytest.raises(DomainError), database.transaction() as session:
        handover.hand_over(session, warehouse_clerk, warehouse_clerk.id, clerk.id, work, "休假")
    with database.transaction() as session:
        handover.hand_over(session, warehouse_clerk, warehouse_clerk.id, info.id, work, "休假")
    with database.read() as session:
        assert deliveries.get_delivery(session, warehouse_clerk, held.row.id).row.owner_name == (
            "周八")
    assert audit_entries(database, "delivery.hand_over")


def test_w3_two_clerks_finishing_the_same_delivery_at_once_post_it_once(
    database_url: str, database: Database, warehouse_clerk: Actor, supervisor: Actor,
    two_lines: DeliveryDetail,
) -> None:
    """Two desks (their own engines) pass the same delivery at the same moment. The first
    holds its transaction open; the second waits for the delivery's row (PostgreSQL: its lock;
    SQLite: BEGIN IMMEDIATE), then finds it passed and is refused: one receipt, two movements."""
    second_desk = Database(database_url)
    outcome: list[BaseException | DeliveryDetail] = []

    def other_clerk() -> None:
        try:
            with second_desk.transaction() as session:
                outcome.append(deliveries.inspect_delivery(
                    session, supervisor, two_lines.row.id, two_lines.row.version,
                    InspectionInput(all_pass(two_lines), SIGNATURE)))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    try:
        with database.transaction() as session:
            first = deliveries.inspect_delivery(
                session, warehouse_clerk, two_lines.row.id, two_lines.row.version,
                InspectionInput(all_pass(two_lines), SIGNATURE))
            racer = threading.Thread(target=other_clerk)
            racer.start()
            racer.join(timeout=1.0)
            assert racer.is_alive(), "the second inspection did not wait for the first"
        racer.join(timeout=10)
    finally:
        second_desk.dispose()
    [second] = outcome
    assert isinstance(second, IllegalTransition), second
    assert first.row.state == "passed"
    assert count_rows(database, StockMovement) == 2
    assert count_rows(database, DeliveryInspection) == 1
