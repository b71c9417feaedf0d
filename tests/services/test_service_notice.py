"""B1: a special paid service's payment notice (缴费通知单): the fee in figures and in capital
words, the masked phone (K2), printed through the one print path and registered, so that
``desk verify`` knows it; then its delivery is recorded and the phone callback falls due."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desk.db import Database
from desk.services import callbacks, issued, papers, service_notice
from desk.services.callbacks import NewCallback
from desk.services.errors import DomainError, PermissionDenied
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, audit_entries


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def special(database: Database, clerk: Actor, fee: str = "１,６８０.３２") -> int:
    customer = add_customer(database, clerk, "赵六", "13900139000")
    with database.transaction() as session:
        return callbacks.add_callback(session, clerk, NewCallback(
            "special_service", "空调深度清洗", customer_id=customer.id, service_fee=fee,
            department="售后维修部")).row.id


def notice(database: Database, actor: Actor, callback_id: int) -> papers.Paper:
    with database.read() as session:
        return service_notice.payment_notice_pdf(session, actor, callback_id, untranslated)


def test_b1_payment_notice_shows_the_fee_in_figures_and_capital_words(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    paper = notice(database, clerk, special(database, clerk))
    text = pdf_text(paper.pdf, tmp_path)
    [record] = paper.records
    for expected in (record.reference, "空调深度清洗", "售后维修部", "¥1,680.32",
                     "人民币壹仟陆佰捌拾元零叁角贰分", "赵六", "139****9000",
                     "Payment notice for a special service", "Printed by"):
        assert expected in text, expected
    assert "13900139000" not in text  # K2: the customer's copy carries the masked phone
    assert paper.kind == "payment_notice" and paper.file_name.endswith(".pdf")


def test_b1_payment_notice_printed_is_registered_audited_and_verified(
    database: Database, clerk: Actor, supervisor: Actor
) -> None:
    callback_id = special(database, clerk)
    paper = notice(database, clerk, callback_id)
    with database.transaction() as session:
        info = papers.record_output(session, clerk, paper, "printer:柜台打印机")
    assert info.output == "printer" and info.kind == "payment_notice"
    [printed] = audit_entries(database, "callback.print", callback_id)
    assert printed.after is not None and printed.after["document"] == "payment_notice"
    with database.read() as session:
        verdict = issued.verify(session, supervisor, paper.pdf)
    assert verdict.status == issued.ORIGINAL
    # The notice reached the customer: the phone callback falls due (B1).
    with database.transaction() as session:
        version = callbacks.get_callback(session, clerk, callback_id).row.version
        done = callbacks.deliver_notice(session, clerk, callback_id, "顾客已签收", version)
    assert done.row.state == callbacks.DUE and done.row.step_due is not None


def test_b1_only_a_special_service_has_a_payment_notice(
    database: Database, clerk: Actor
) -> None:
    customer = add_customer(database, clerk, "钱七", "13700137000")
    with database.transaction() as session:
        follow_up = callbacks.add_callback(session, clerk, NewCallback(
            "manual", "回访冰箱", customer_id=customer.id,
            due=callbacks.clock.local_today()))
    with pytest.raises(DomainError) as refused:
        notice(database, clerk, follow_up.row.id)
    assert "special service" in refused.value.text()


def test_b1_k2_a_warehouse_account_cannot_print_a_payment_notice(
    database: Database, clerk: Actor, warehouse_clerk: Actor
) -> None:
    callback_id = special(database, clerk)
    with pytest.raises(PermissionDenied):
        notice(database, warehouse_clerk, callback_id)
