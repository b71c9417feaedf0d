"""Parcel storage (P1-P4): deposit under a ticket number, pickup once with the last four
digits, release on a lost ticket with a supervisor's approval, the held lists."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta

import pytest

from desk.db import Database
from desk.models import ParcelDeposit
from desk.services import archive, parcels, settings
from desk.services.errors import DomainError, FieldRefusals, NotFound, PermissionDenied
from desk.services.parcels import DepositInput, LostTicketInput
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, audit_entries, count_rows

DAY = "20261125"  # the frozen clock's local day


def _deposit(database: Database, actor: Actor, **changes: object) -> parcels.ParcelDetail:
    data = replace(DepositInput("张三", "13812345678", "行李箱 黑色", "2", "右轮破损", "A-03"),
                   **changes)
    with database.transaction() as session:
        return parcels.deposit(session, actor, data)


def _pick_up(database: Database, actor: Actor, parcel_id: int, digits: str) -> parcels.Handover:
    with database.transaction() as session:
        return parcels.pick_up(session, actor, parcel_id, digits)


def _lost(database: Database, actor: Actor, detail: parcels.ParcelDetail,
          **changes: str) -> parcels.Handover:
    data = replace(LostTicketInput("id_card", "123X", "顾客说牌子丢了", "zhaoliu",
                                   "zhaoliu-pass-1"), **changes)
    with database.transaction() as session:
        return parcels.release_lost(session, actor, detail.row.id, detail.row.version, data)


# -- P1 -----------------------------------------------------------------------------------------

def test_p1_deposit_draws_a_ticket_number_and_records_everything(
        database: Database, clerk: Actor, frozen: list) -> None:
    first = _deposit(database, clerk)
    second = _deposit(database, clerk, pieces="１")  # full-width digits from an input method
    assert (first.row.ticket_number, second.row.ticket_number) == (
        f"JC-{DAY}-0001", f"JC-{DAY}-0002")
    row = first.row
    assert (row.customer_name, row.masked_phone, row.description, row.pieces, row.shelf,
            row.state) == ("张三", "138****5678", "行李箱 黑色", 2, "A-03", "held")
    assert (first.condition, first.deposited_by, row.deposited_at) == ("右轮破损", "李四",
                                                                        frozen[-1])
    entry = audit_entries(database, "parcel.deposit", first.row.id)[0]
    assert entry.after["ticket_number"] == f"JC-{DAY}-0001"
    assert entry.after["phone"] == "138****5678"  # K2: the audit keeps it masked too


def test_p1_a_known_phone_files_the_deposit_in_the_customers_archive(
        database: Database, clerk: Actor, frozen: list) -> None:
    customer = add_customer(database, clerk, "王五", "13900001111")
    by_phone = _deposit(database, clerk, name="王五", phone="139 0000 1111")
    picked = _deposit(database, clerk, name="", phone="", customer_id=customer.id)
    assert by_phone.customer_id == picked.customer_id == customer.id
    assert picked.row.customer_name == "王五"
    with database.read() as session:
        history = archive.customer_history(session, clerk, customer.id)
    assert [(h.kind, h.number, h.category) for h in history if h.kind == "parcel"] == [
        ("parcel", f"JC-{DAY}-0002", "A-03"), ("parcel", f"JC-{DAY}-0001", "A-03")]


@pytest.mark.parametrize(("field", "changes"), [
    ("name", {"name": ""}),
    ("phone", {"phone": ""}),
    ("phone", {"phone": "12345"}),
    ("description", {"description": "  "}),
    ("description", {"description": "箱" * 201}),
    ("pieces", {"pieces": "0"}),
    ("pieces", {"pieces": "2.5"}),
    ("pieces", {"pieces": "100"}),
    ("shelf", {"shelf": "A" * 21}),
    ("condition", {"condition": "x" * 5000}),
    ("description", {"description": "\ud800"}),
])
def test_p1_bad_input_is_refused_naming_the_field_and_nothing_is_saved(
        database: Database, clerk: Actor, field: str, changes: dict) -> None:
    with pytest.raises(DomainError) as refused:
        _deposit(database, clerk, **changes)
    assert refused.value.field == field
    assert count_rows(database, ParcelDeposit) == 0


def test_p1_every_wrong_box_is_refused_at_once(database: Database, clerk: Actor) -> None:
    """A clerk who left three boxes wrong hears of all three on the first Enter, each next
    to its box and in the form's order, not one per save."""
    with pytest.raises(FieldRefusals) as refused:
        _deposit(database, clerk, name="", phone="12345", description=" ", pieces="0")
    assert [e.field for e in refused.value.errors] == ["name", "phone", "description", "pieces"]
    assert refused.value.field == "name"  # as one error, it is the first
    assert count_rows(database, ParcelDeposit) == 0


def test_p1_the_visit_it_was_started_from_is_kept(database: Database, clerk: Actor) -> None:
    from desk.services import reception

    with database.transaction() as session:
        visit = reception.log_visit(session, clerk, None, "storage")
    detail = _deposit(database, clerk, visit_id=visit.id)
    assert detail.visit_id == visit.id
    with pytest.raises(NotFound):
        _deposit(database, clerk, visit_id=visit.id + 99)


def test_s5_eight_counters_deposit_at_once_and_no_ticket_repeats(
        database_url: str, database: Database, clerk: Actor) -> None:
    """P1, S5: eight sessions (eight Database objects, own connections) on the same file or
    PostgreSQL server deposit at the same moment; every ticket number is different."""
    counters, each = 8, 3
    start = threading.Barrier(counters)

    def counter_desk() -> list[str]:
        desk = Database(database_url)
        try:
            start.wait(timeout=20)
            drawn = []
            for _ in range(each):
                with desk.transaction() as session:
                    drawn.append(parcels.deposit(session, clerk, DepositInput(
                        "张三", "13812345678", "纸箱", 1)).row.ticket_number)
            return drawn
        finally:
            desk.dispose()

    with ThreadPoolExecutor(counters) as pool:
        results = [f.result(timeout=120) for f in [pool.submit(counter_desk)
                                                   for _ in range(counters)]]
    drawn = [number for result in results for number in result]
    assert len(drawn) == len(set(drawn)) == counters * each
    assert count_rows(database, ParcelDeposit) == counters * each


# -- P2 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", [f"JC-{DAY}-0001", f"jc {DAY} 0001", f"{DAY}0001",
                                   f"ＪＣ－{DAY}－０００１", f"  JC{DAY}0001 "])
def test_p2_a_scanned_or_typed_ticket_finds_the_deposit(
        database: Database, clerk: Actor, frozen: list, typed: str) -> None:
    detail = _deposit(database, clerk)
    with database.read() as session:
        assert parcels.find_ticket(session, clerk, typed).row.id == detail.row.id


def test_p2_an_unknown_or_garbled_ticket_is_refused(
        database: Database, clerk: Actor, frozen: list) -> None:
    _deposit(database, clerk)
    with database.read() as session:
        with pytest.raises(NotFound) as unknown:
            parcels.find_ticket(session, clerk, f"JC-{DAY}-0002")
        with pytest.raises(DomainError) as garbled:
            parcels.find_ticket(session, clerk, "hello")
        with pytest.raises(DomainError):
            parcels.find_ticket(session, clerk, "JC-20261399-0001")
    assert unknown.value.field == garbled.value.field == "ticket"


def test_p2_ticket_redeems_once(database: Database, clerk: Actor, supervisor: Actor,
                                frozen: list) -> None:
    detail = _deposit(database, clerk)
    frozen.append(frozen[-1] + timedelta(hours=3))
    done = _pick_up(database, clerk, detail.row.id, "5678")
    assert done.refused is None and done.detail is not None
    assert (done.detail.row.state, done.detail.row.picked_up_at, done.detail.picked_up_by) == (
        "picked_up", frozen[-1], "李四")
    with pytest.raises(DomainError) as again:
        _pick_up(database, supervisor, detail.row.id, "5678")
    assert "already picked up at {time} by {name}" in again.value.message
    assert again.value.params["name"] == "李四"
    assert again.value.params["time"].endswith("12:00")
    assert [e.after["state"] for e in audit_entries(database, "parcel.pick_up")] == ["picked_up"]


def test_p2_wrong_last_four_is_refused_audited_and_nothing_handed_over(
        database: Database, clerk: Actor, frozen: list) -> None:
    detail = _deposit(database, clerk)
    refused = _pick_up(database, clerk, detail.row.id, "5679")
    assert refused.detail is None and refused.refused is not None
    assert refused.refused.field == "last_four"
    with pytest.raises(DomainError) as short:
        _pick_up(database, clerk, detail.row.id, "567")
    assert short.value.field == "last_four"
    with database.read() as session:
        assert parcels.get_parcel(session, clerk, detail.row.id).row.state == "held"
    assert len(audit_entries(database, "parcel.pickup_refused", detail.row.id)) == 1
    assert _pick_up(database, clerk, detail.row.id, "５６７８").detail is not None


def test_p2_two_counters_scanning_the_same_ticket_hand_it_over_once(
        database_url: str, database: Database, clerk: Actor, supervisor: Actor) -> None:
    detail = _deposit(database, clerk)
    start = threading.Barrier(2)

    def counter(actor: Actor) -> str:
        desk = Database(database_url)
        try:
            start.wait(timeout=10)
            with desk.transaction() as session:
                parcels.pick_up(session, actor, detail.row.id, "5678")
            return "handed over"
        except DomainError as error:
            return error.message
        finally:
            desk.dispose()

    with ThreadPoolExecutor(2) as pool:
        said = sorted(f.result(timeout=60) for f in [pool.submit(counter, a)
                                                     for a in (clerk, supervisor)])
    assert said[1] == "handed over"
    assert "already picked up" in said[0]
    assert len(audit_entries(database, "parcel.pick_up")) == 1


# -- P3 -----------------------------------------------------------------------------------------

def test_p3_lost_ticket_released_with_a_supervisors_password_recorded(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list) -> None:
    detail = _deposit(database, clerk)
    done = _lost(database, clerk, detail, id_last_digits="123x")
    assert done.refused is None and done.detail is not None
    released = done.detail
    assert (released.row.state, released.id_type, released.id_last_digits,
            released.approved_by, released.picked_up_by, released.release_reason) == (
        "released", "id_card", "123X", "赵六", "李四", "顾客说牌子丢了")
    entry = audit_entries(database, "parcel.release_lost", detail.row.id)[0]
    assert entry.after["approved_by_id"] == supervisor.id
    assert entry.after["note"] == "顾客说牌子丢了"
    with pytest.raises(DomainError) as redeem:
        _pick_up(database, clerk, detail.row.id, "5678")
    assert "released on a lost ticket" in redeem.value.message


def test_p3_a_wrong_supervisor_password_releases_nothing_and_counts_the_failure(
        database: Database, clerk: Actor, supervisor: Actor, frozen: list) -> None:
    detail = _deposit(database, clerk)
    refused = _lost(database, clerk, detail, password="wrong")
    assert refused.detail is None and refused.refused is not None
    assert refused.refused.field == "password"
    assert audit_entries(database, "staff.sign_in_failed")[-1].entity_id == supervisor.id
    assert len(audit_entries(database, "parcel.release_refused", detail.row.id)) == 1
    with database.read() as session:
        assert parcels.get_parcel(session, clerk, detail.row.id).row.state == "held"


def test_p3_only_a_supervisor_approves(database: Database, clerk: Actor, supervisor: Actor,
                                       admin: Actor, frozen: list) -> None:
    detail = _deposit(database, clerk)
    with pytest.raises(DomainError) as not_supervisor:
        _lost(database, clerk, detail, supervisor="lisi", password="lisi-pass-1")
    assert not_supervisor.value.field == "supervisor"
    with pytest.raises(DomainError) as nobody:
        _lost(database, clerk, detail, supervisor="", password="")
    assert nobody.value.field == "supervisor"
    # A supervisor signed in approves themself.
    done = _lost(database, supervisor, detail, supervisor="", password="")
    assert done.detail is not None and done.detail.approved_by == "赵六"


@pytest.mark.parametrize(("field", "changes"), [
    ("id_type", {"id_type": "library_card"}),
    ("id_last_digits", {"id_last_digits": "12"}),
    ("id_last_digits", {"id_last_digits": "110101199001011234"}),
    ("reason", {"reason": ""}),
])
def test_p3_bad_input_is_refused(database: Database, clerk: Actor, supervisor: Actor,
                                 field: str, changes: dict) -> None:
    detail = _deposit(database, clerk)
    with pytest.raises(DomainError) as refused:
        _lost(database, clerk, detail, **changes)
    assert refused.value.field == field
    with database.read() as session:
        assert parcels.get_parcel(session, clerk, detail.row.id).row.state == "held"


# -- P4 -----------------------------------------------------------------------------------------

def _views(database: Database, actor: Actor) -> dict[str, list[tuple[str, str]]]:
    with database.read() as session:
        return {view: [(r.ticket_number[-4:], r.alert)
                       for r in parcels.list_parcels(session, actor, view).rows]
                for view in parcels.VIEWS}


def test_p4_held_past_closing_and_past_the_storage_limit_are_listed(
        database: Database, clerk: Actor, admin: Actor, frozen: list) -> None:
    start = frozen[-1]
    frozen.append(start - timedelta(days=31))
    old = _deposit(database, clerk)  # JC-…-0001 of its day
    frozen.append(start - timedelta(days=1))
    _deposit(database, clerk)
    frozen.append(start)
    _deposit(database, clerk)
    gone = _deposit(database, clerk)
    _pick_up(database, clerk, gone.row.id, "5678")
    views = _views(database, clerk)
    assert views["held"] == [("0001", "past_limit"), ("0001", "overnight"), ("0001", "")]
    assert views["overnight"] == [("0001", "past_limit"), ("0001", "overnight")]
    assert views["overdue"] == [("0001", "past_limit")]
    assert len(views["all"]) == 4
    with database.read() as session:
        assert parcels.count_parcels(session, clerk, "overdue") == 1
        assert parcels.get_parcel(session, clerk, old.row.id).row.days_held == 31
    # The limit is a setting: at 60 days nothing is past it.
    with database.transaction() as session:
        loaded = settings.read_settings(session, admin)
        settings.save_settings(session, admin, replace(loaded, parcel_storage_days=60))
    assert _views(database, clerk)["overdue"] == []


@pytest.mark.parametrize("days", [0, 366, True, "30"])
def test_p4_the_storage_limit_setting_is_validated(database: Database, admin: Actor,
                                                   days: object) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        loaded = settings.read_settings(session, admin)
        settings.save_settings(session, admin, replace(loaded, parcel_storage_days=days))
    assert refused.value.field == "parcel_storage_days"
    with database.read() as session:
        assert settings.read_settings(session, admin).parcel_storage_days == 30


def test_p4_lists_page_by_keyset(database: Database, clerk: Actor, frozen: list) -> None:
    for _ in range(5):
        _deposit(database, clerk)
    with database.read() as session:
        first = parcels.list_parcels(session, clerk, "held", limit=2)
        second = parcels.list_parcels(session, clerk, "held", after=first.after, limit=2)
    assert [r.ticket_number[-1] for r in first.rows + second.rows] == list("1234")


def test_k2_warehouse_sees_no_deposits(database: Database, clerk: Actor,
                                       warehouse_clerk: Actor) -> None:
    detail = _deposit(database, clerk)
    with database.read() as session, pytest.raises(PermissionDenied):
        parcels.list_parcels(session, warehouse_clerk)
    with database.read() as session, pytest.raises(PermissionDenied):
        parcels.get_parcel(session, warehouse_clerk, detail.row.id)
    with pytest.raises(PermissionDenied):
        _deposit(database, warehouse_clerk)
