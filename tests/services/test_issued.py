"""B4 and the issue's "beyond the anchors": ``desk verify`` tells an original the desk issued
from a marked reprint, a desk file altered since, and a file the desk never issued."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from reportlab.pdfgen.canvas import Canvas

from desk.db import Database
from desk.models import Callback
from desk.services import callback_documents as documents
from desk.services import clock, complaint_documents, issued, papers
from desk.services.errors import PermissionDenied
from desk.services.jobs import JobControl
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.callback_rows import done_callback, rectified_complaint
from tests.services.helpers import add_customer


@pytest.fixture
def two_signed(database: Database, clerk: Actor, supervisor: Actor) -> list[int]:
    customer = add_customer(database, clerk, "欧阳娜娜", "13912345678")
    with database.transaction() as session:
        complaint = rectified_complaint(session, clerk, supervisor, customer.id)
        return [done_callback(session, clerk, complaint, seed=1).id,
                done_callback(session, clerk, None, source="manual", seed=2).id]


def issue(database: Database, actor: Actor, callback_id: int,
          destination: str = "printer:HP") -> papers.Paper:
    with database.read() as session:
        printed = documents.callback_pdf(session, actor, callback_id, untranslated)
    with database.transaction() as session:
        papers.record_output(session, actor, printed, destination)
    return printed


def verify(database: Database, actor: Actor, pdf: bytes) -> issued.Verdict:
    with database.read() as session:
        return issued.verify(session, actor, pdf)


def test_b4_verify_names_an_original_its_record_who_printed_it_and_when(
    database: Database, supervisor: Actor, two_signed: list[int]
) -> None:
    printed = issue(database, supervisor, two_signed[0])
    verdict = verify(database, supervisor, printed.pdf)
    assert verdict.status == issued.ORIGINAL and verdict.document is not None
    assert verdict.document.printed_by == "赵六" and verdict.document.output == "printer"
    assert [r.reference for r in verdict.document.records] == [printed.records[0].reference]
    lines = issued.verdict_lines(verdict, untranslated)
    assert lines[0] == "ORIGINAL: Callback record, issued by the desk."
    assert "Issued by 赵六 at " in lines[1] and "(printed), 1 page(s)." in lines[1]
    assert lines[2] == f"  Record {printed.records[0].reference}"


def test_b4_verify_knows_a_reprint_marked_copy(
    database: Database, supervisor: Actor, two_signed: list[int]
) -> None:
    issue(database, supervisor, two_signed[0])
    reprint = issue(database, supervisor, two_signed[0], "/tmp/副本.pdf")
    verdict = verify(database, supervisor, reprint.pdf)
    assert verdict.status == issued.REPRINT
    assert verdict.document is not None and verdict.document.output == "file"
    assert issued.verdict_lines(verdict, untranslated)[-1].endswith("(reprint, marked 副本)")


def test_b4_a_batch_mixing_reprints_and_originals_is_an_original_with_the_copies_marked(
    database: Database, supervisor: Actor, two_signed: list[int]
) -> None:
    issue(database, supervisor, two_signed[0])
    today = clock.local_today()
    batch = documents.print_batch(database, supervisor,
                                  documents.CallbackRange(today - timedelta(days=1), today),
                                  untranslated, JobControl())
    with database.transaction() as session:
        papers.record_output(session, supervisor, batch, "printer:HP")
    verdict = verify(database, supervisor, batch.pdf)
    assert verdict.status == issued.ORIGINAL and verdict.document is not None
    assert [(r.entity_id, r.copy) for r in verdict.document.records] == [
        (two_signed[0], True), (two_signed[1], False)]
    assert verdict.document.pages == 2


def test_b4_a_file_with_one_byte_changed_is_altered_and_names_what_it_claims_to_be(
    database: Database, supervisor: Actor, two_signed: list[int]
) -> None:
    printed = issue(database, supervisor, two_signed[0])
    for where in (len(printed.pdf) // 2, len(printed.pdf) - 30):  # content, cross-references
        changed = bytearray(printed.pdf)
        changed[where] ^= 0x01
        verdict = verify(database, supervisor, bytes(changed))
        assert verdict.status == issued.ALTERED, where
        assert verdict.document is not None
        assert verdict.document.records[0].reference == printed.records[0].reference
        assert issued.verdict_lines(verdict, untranslated)[0].startswith(
            "ALTERED: this file claims to be Callback record")


def test_b4_a_file_the_desk_never_issued_is_unknown(
    database: Database, supervisor: Actor, two_signed: list[int]
) -> None:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, "HF-2026-000001")
    canvas.save()
    assert verify(database, supervisor, out.getvalue()).status == issued.UNKNOWN
    assert verify(database, supervisor, b"not a pdf at all").status == issued.UNKNOWN
    # Rendered by the desk but never printed or saved: not issued either.
    with database.read() as session:
        previewed = documents.callback_pdf(session, supervisor, two_signed[0], untranslated)
    verdict = verify(database, supervisor, previewed.pdf)
    assert verdict.status == issued.UNKNOWN
    assert issued.verdict_lines(verdict, untranslated) == [
        "NOT ISSUED BY THE DESK: no document the desk issued has this content."]


def test_b4_complaint_papers_are_in_the_register_too(
    database: Database, clerk: Actor, supervisor: Actor, two_signed: list[int]
) -> None:
    with database.read() as session:
        callback = documents.callback_pdf(session, supervisor, two_signed[0], untranslated)
        row = session.get(Callback, two_signed[0])
        assert row is not None and row.complaint_id is not None
        complaint_id = row.complaint_id
        slip = complaint_documents.complaint_pdf(session, clerk, complaint_id,
                                                 complaint_documents.HANDLING_SLIP,
                                                 untranslated)
    with database.transaction() as session:
        papers.record_output(session, clerk, slip, "/tmp/处理单.pdf")
    verdict = verify(database, supervisor, slip.pdf)
    assert verdict.status == issued.ORIGINAL and verdict.document is not None
    assert verdict.document.kind == "handling_slip"
    assert verdict.document.records[0].reference == slip.records[0].reference
    assert callback.records[0].reference != slip.records[0].reference


def test_b4_verify_is_for_supervisors(
    database: Database, clerk: Actor, warehouse_clerk: Actor
) -> None:
    for actor in (clerk, warehouse_clerk):
        with database.read() as session, pytest.raises(PermissionDenied):
            issued.verify(session, actor, b"%PDF-1.4\n%%EOF\n")
