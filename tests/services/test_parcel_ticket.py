"""P1: the storage ticket, 80 mm wide, whose barcode and QR code read back as its number."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select

from desk import cli
from desk.db import Database
from desk.models import IssuedDocument
from desk.services import issued, papers, parcel_ticket, parcels, staff
from desk.services.errors import PermissionDenied
from desk.services.parcels import DepositInput
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import audit_entries

MM = 72 / 25.4  # points per millimetre
PASSWORD = "own-password-9"


def _deposit(database: Database, actor: Actor) -> parcels.ParcelDetail:
    with database.transaction() as session:
        return parcels.deposit(session, actor, DepositInput(
            "张三", "13812345678", "行李箱 黑色，另有纸箱一个", 2, "右轮破损", "A-03"))


def _ticket(database: Database, actor: Actor, parcel_id: int) -> papers.Paper:
    with database.read() as session:
        return parcel_ticket.ticket_pdf(session, actor, parcel_id, untranslated)


def _read_codes(pdf: bytes) -> list[tuple[str, str]]:
    """The ticket rendered at a scanner's 300 dpi and read by zxing-cpp."""
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=300 / 72, grayscale=True).to_pil()
    return sorted((str(found.format), found.text) for found in zxingcpp.read_barcodes(image))


def test_p1_ticket_barcode_and_qr_decode_to_the_ticket_number(
        database: Database, clerk: Actor) -> None:
    detail = _deposit(database, clerk)
    paper = _ticket(database, clerk, detail.row.id)
    number = detail.row.ticket_number
    codes = _read_codes(paper.pdf)
    # The parcel's part has the barcode, the customer's stub the barcode and the QR code.
    assert [text for _kind, text in codes] == [number] * 3
    kinds = sorted(kind.replace("BarcodeFormat.", "").replace(" ", "") for kind, _ in codes)
    assert kinds == ["Code128", "Code128", "QRCode"]


def test_p1_ticket_is_80_mm_wide_fits_its_content_and_says_everything(
        database: Database, clerk: Actor) -> None:
    detail = _deposit(database, clerk)
    paper = _ticket(database, clerk, detail.row.id)
    document = pdfium.PdfDocument(paper.pdf)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert round(width / MM) == 80
    assert 150 < height / MM < 300  # as long as the content, not an A4 page
    text = document[0].get_textpage().get_text_range()
    for words in (detail.row.ticket_number, "Storage ticket", "138****5678", "A-03",
                  "2 piece(s)", "右轮破损", "(30 days)", "valuables", "supervisor's approval",
                  "Customer's stub", "cut here", "李四"):
        assert words in text, words
    assert "13812345678" not in text  # K2: the part on the shelf masks the phone
    assert (paper.kind, paper.records) == ("parcel_ticket", (issued.PrintedRecord(
        "parcel", detail.row.id, detail.row.ticket_number, False),))


def test_p1_a_reprinted_ticket_says_copy_and_both_are_registered(
        database: Database, clerk: Actor) -> None:
    detail = _deposit(database, clerk)
    with database.transaction() as session:
        papers.record_output(session, clerk, _ticket(database, clerk, detail.row.id),
                             "printer:Receipt")
    again = _ticket(database, clerk, detail.row.id)
    assert again.records[0].copy
    assert "COPY" in pdfium.PdfDocument(again.pdf)[0].get_textpage().get_text_range()
    assert [e.after["destination"] for e in audit_entries(database, "parcel.print")] == [
        "printer:Receipt"]
    assert [text for _kind, text in _read_codes(again.pdf)] == [detail.row.ticket_number] * 3


def test_k2_the_warehouse_prints_no_ticket(database: Database, clerk: Actor,
                                           warehouse_clerk: Actor) -> None:
    detail = _deposit(database, clerk)
    with pytest.raises(PermissionDenied):
        _ticket(database, warehouse_clerk, detail.row.id)


def test_p1_desk_print_ticket_writes_and_registers_the_pdf(
        database: Database, database_url: str, clerk: Actor, supervisor: Actor, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        qapp: object) -> None:
    """The command line borrows the tests' QApplication for its translator (as
    tests/test_cli_documents.py): one it made itself would be a bare QCoreApplication."""
    detail = _deposit(database, clerk)
    for actor in (clerk, supervisor):
        with database.transaction() as session:
            staff.change_password(session, actor, f"{actor.username}-pass-1", PASSWORD)
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "寄存牌.pdf"
    number = detail.row.ticket_number.lower().replace("-", " ")  # as typed, not as printed
    assert cli.main(["print", "ticket", number, "--out", str(out), "--db", database_url,
                     "--user", clerk.username, "--lang", "en"]) == 0
    said = capsys.readouterr().out
    assert f"Storage ticket {detail.row.ticket_number}, 1 page(s) -> {out}" in said
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
    assert document.kind == "parcel_ticket" and f"SHA-256 {document.sha256}" in said
    assert [text for _kind, text in _read_codes(out.read_bytes())] == [
        detail.row.ticket_number] * 3
    assert cli.main(["verify", str(out), "--db", database_url, "--user", supervisor.username,
                     "--lang", "en"]) == 0
    assert "ORIGINAL: Storage ticket, issued by the desk." in capsys.readouterr().out
    missing = tmp_path / "没有.pdf"
    assert cli.main(["print", "ticket", "JC-19990101-0001", "--out", str(missing), "--db",
                     database_url, "--user", clerk.username, "--lang", "en"]) != 0
    assert not missing.exists()
