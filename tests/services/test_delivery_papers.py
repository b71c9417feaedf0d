"""W4 and W5 on paper: the inspection sheet (验收单) with every line's checks, the result, the
clerk's signature image and time, 副本 on a reprint; the receiving note (入库单) of a passed
delivery; ``desk print inspection``. PDFs are read back with poppler's tools."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desk import cli
from desk.db import Database
from desk.models import IssuedDocument
from desk.services import clock, delivery_papers, papers, staff
from desk.services.deliveries import DeliveryDetail
from desk.services.errors import DomainError, PermissionDenied
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import audit_entries
from tests.services.test_callback_documents import pdf_text, poppler_rows
from tests.services.test_deliveries import DeliveryLineInput as Line
from tests.services.test_deliveries import add_items, all_pass, expect, inspect

PASSWORD = "own-password-9"


@pytest.fixture
def delivery(database: Database, warehouse_clerk: Actor) -> DeliveryDetail:
    kettle, cable = add_items(database, warehouse_clerk)
    return expect(database, warehouse_clerk, Line("10", kettle.id), Line("25.5", cable.id))


def sheet(database: Database, actor: Actor, delivery_id: int) -> papers.Paper:
    with database.read() as session:
        return delivery_papers.inspection_sheet_pdf(session, actor, delivery_id, untranslated)


def test_w4_the_sheet_has_every_line_its_checks_the_result_and_the_signature(
    database: Database, warehouse_clerk: Actor, delivery: DeliveryDetail, tmp_path: Path
) -> None:
    held = inspect(database, warehouse_clerk, delivery,
                   all_pass(delivery, certificate_ok=False, note="合格证缺失"))
    paper = sheet(database, warehouse_clerk, held.row.id)
    text = pdf_text(paper.pdf, tmp_path)
    for expected in (held.row.number, "美的供应链", "SH-778812", "DK-1001 电水壶", "XL-200 电源线",
                     "Certificate Failed", "Failed", "Passed", "合格证缺失", "25.5 米",
                     "Held: not taken into stock", "Not yet told", "孙七"):
        assert expected in text, expected
    images = [row for row in poppler_rows("pdfimages", paper.pdf, tmp_path)
              if row and row[2] == "image"]
    assert len(images) == 1  # the clerk's signature
    fonts = poppler_rows("pdffonts", paper.pdf, tmp_path)
    assert all(row[-5] == "yes" for row in fonts if row)  # embedded


def test_w4_a_reprint_says_copy_and_only_an_inspected_delivery_prints(
    database: Database, warehouse_clerk: Actor, delivery: DeliveryDetail, tmp_path: Path
) -> None:
    with pytest.raises(DomainError):
        sheet(database, warehouse_clerk, delivery.row.id)
    done = inspect(database, warehouse_clerk, delivery, all_pass(delivery))
    first = sheet(database, warehouse_clerk, done.row.id)
    assert "COPY" not in pdf_text(first.pdf, tmp_path)
    with database.transaction() as session:
        papers.record_output(session, warehouse_clerk, first, "printer:仓库")
    again = sheet(database, warehouse_clerk, done.row.id)
    assert "COPY" in pdf_text(again.pdf, tmp_path)
    assert again.records[0].copy


def test_w5_the_receiving_note_lists_what_was_taken_in_under_its_receipt_number(
    database: Database, warehouse_clerk: Actor, clerk: Actor, delivery: DeliveryDetail,
    tmp_path: Path,
) -> None:
    with pytest.raises(DomainError), database.read() as session:
        delivery_papers.receiving_note_pdf(session, warehouse_clerk, delivery.row.id,
                                           untranslated)
    done = inspect(database, warehouse_clerk, delivery, all_pass(delivery))
    with database.read() as session:
        note = delivery_papers.receiving_note_pdf(session, warehouse_clerk, done.row.id,
                                                  untranslated)
        with pytest.raises(PermissionDenied):
            delivery_papers.receiving_note_pdf(session, clerk, done.row.id, untranslated)
    text = pdf_text(note.pdf, tmp_path)
    for expected in (done.row.receipt_number, done.row.number, "DK-1001 电水壶", "10 台",
                     "25.5 米", "Received by finance"):
        assert expected in text, expected


def test_w4_desk_print_inspection_writes_and_registers_the_sheet(
    database: Database, database_url: str, warehouse_clerk: Actor, delivery: DeliveryDetail,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    inspect(database, warehouse_clerk, delivery, all_pass(delivery))
    with database.transaction() as session:
        staff.change_password(session, warehouse_clerk, "sunqi-pass-1", PASSWORD)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "验收单.pdf"
    assert cli.main(["print", "inspection", delivery.row.number, "--out", str(out), "--db",
                     database_url, "--user", warehouse_clerk.username, "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert f"Inspection sheet {delivery.row.number}, 1 page(s) -> {out}" in said
    assert delivery.row.number in pdf_text(out.read_bytes(), tmp_path)
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
    assert document.kind == "inspection_sheet" and document.output == "file"
    missing = tmp_path / "none.pdf"
    assert cli.main(["print", "inspection", "DH-19990101-0001", "--out", str(missing), "--db",
                     database_url, "--user", warehouse_clerk.username, "--lang", "en"]) == 1
    assert not missing.exists()


def test_w5_desk_export_inbound_writes_the_days_list_and_audits_it(
    database: Database, database_url: str, warehouse_clerk: Actor, delivery: DeliveryDetail,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    done = inspect(database, warehouse_clerk, delivery, all_pass(delivery))
    with database.transaction() as session:
        staff.change_password(session, warehouse_clerk, "sunqi-pass-1", PASSWORD)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "入库.xlsx"
    today = clock.local_today().isoformat()
    assert cli.main(["export", "inbound", "--date", today, "--out", str(out), "--db",
                     database_url, "--user", warehouse_clerk.username, "--lang", "en"]) == 0
    assert f"2 line(s) taken in -> {out}" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    lines, totals = book.worksheets
    rows = [[cell for cell in row] for row in lines.iter_rows(min_row=4, values_only=True)]
    assert [(r[0], r[1], r[5], r[9]) for r in rows] == [
        (done.row.receipt_number, done.row.number, "DK-1001", 10),
        (done.row.receipt_number, done.row.number, "XL-200", 25.5)]
    assert list(totals.iter_rows(values_only=True))[-1][:2] == ("Receipts", 1)
    [exported] = audit_entries(database, "stock.export_inbound")
    assert exported.after is not None and exported.after["count"] == 2
