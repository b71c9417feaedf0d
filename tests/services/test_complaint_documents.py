"""The complaint's papers (C5 acknowledgement, C3 handling slip): the PDF the preview shows and
the printer prints, text extractable with the CJK font embedded, each output audited (K2)."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from desk.db import Database
from desk.services import complaint_documents as documents
from desk.services import complaints, papers
from desk.services.complaints import ComplaintInput
from desk.services.errors import PermissionDenied
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.helpers import add_customer, audit_entries


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def slip(database: Database, clerk: Actor, supervisor: Actor) -> complaints.ComplaintDetail:
    customer = add_customer(database, clerk, "欧阳娜娜", "13912345678")
    with database.transaction() as session:
        c = complaints.take_complaint(session, clerk, ComplaintInput(
            "phone", "quality", "冰箱冷藏室结冰，食物冻坏", "上门检修", customer_id=customer.id))
        c = complaints.assess(session, clerk, c.row.id, True, True, "温控器故障属实", "major",
                              c.row.version)
        c = complaints.propose_plan(session, clerk, c.row.id, "维修部上门更换温控器",
                                    c.row.version)
        c = complaints.approve_plan(session, supervisor, c.row.id, "同意，明天完成",
                                    c.row.version)
        return complaints.issue_slip(session, clerk, c.row.id, "售后维修部", "周师傅",
                                     c.row.version)


def test_c5_the_acknowledgement_shows_the_number_and_the_promised_date(
    database: Database, clerk: Actor, slip: complaints.ComplaintDetail, tmp_path: Path
) -> None:
    with database.read() as session:
        paper = documents.complaint_pdf(session, clerk, slip.row.id, documents.ACKNOWLEDGEMENT,
                                        untranslated)
    text = _text(paper.pdf, tmp_path)
    assert slip.row.number in text and slip.row.promised_date.isoformat() in text
    assert "欧阳娜娜" in text and "139****5678" in text and "冰箱冷藏室结冰" in text
    assert "13912345678" not in text  # K2: the paper carries the masked phone
    assert paper.file_name == f"Complaint acknowledgement {slip.row.number}.pdf"
    assert b"/FontFile2" in paper.pdf  # the CJK font travels with the file


def test_c3_the_handling_slip_carries_the_approved_opinion_to_the_department(
    database: Database, clerk: Actor, slip: complaints.ComplaintDetail, tmp_path: Path
) -> None:
    with database.read() as session:
        paper = documents.complaint_pdf(session, clerk, slip.row.id, documents.HANDLING_SLIP,
                                        untranslated)
    text = _text(paper.pdf, tmp_path)
    for expected in ("维修部上门更换温控器", "同意，明天完成", "售后维修部", "周师傅", "赵六",
                     str(slip.row.rectify_due), "Printed by 李四"):
        assert expected in text, expected


def test_k2_each_copy_that_leaves_the_desk_is_audited_and_warehouse_is_refused(
    database: Database, clerk: Actor, warehouse_clerk: Actor,
    slip: complaints.ComplaintDetail,
) -> None:
    with database.read() as session:
        paper = documents.complaint_pdf(session, clerk, slip.row.id, documents.HANDLING_SLIP,
                                        untranslated)
    with database.transaction() as session:
        issued = papers.record_output(session, clerk, paper, "printer:HP LaserJet")
    [printed] = audit_entries(database, "complaint.print", slip.row.id)
    assert printed.after == {"document": "handling_slip", "destination": "printer:HP LaserJet",
                             "note": "printer:HP LaserJet", "issued": issued.id,
                             "sha256": hashlib.sha256(paper.pdf).hexdigest(), "copy": False}
    with database.read() as session, pytest.raises(PermissionDenied):
        documents.complaint_pdf(session, warehouse_clerk, slip.row.id,
                                documents.ACKNOWLEDGEMENT, untranslated)
