"""Evidence kept with the complaint in the database (C3 调查取证, the issue's attachment rules):
a size limit with a clear message, only photos, documents and recordings, never deleted."""

from __future__ import annotations

import io
import zipfile

import pytest

from desk.db import Database
from desk.models import Attachment
from desk.services import attachments, claims, complaints
from desk.services.complaints import ComplaintInput
from desk.services.errors import DomainError, PermissionDenied
from desk.services.permissions import Actor
from tests.services.helpers import audit_entries, count_rows

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00"
       b"\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
def complaint_id(database: Database, clerk: Actor) -> int:
    with database.transaction() as session:
        return complaints.take_complaint(
            session, clerk, ComplaintInput("phone", "quality", "漏水")).row.id


def attach(database: Database, actor: Actor, complaint_id: int, name: str, content: bytes,
           note: str = "") -> attachments.AttachmentRow:
    with database.transaction() as session:
        return attachments.attach_file(session, actor, "complaint", complaint_id, name,
                                       content, note)


def test_c3_evidence_photo_pdf_and_document_are_kept_with_the_complaint(
    database: Database, clerk: Actor, complaint_id: int
) -> None:
    photo = attach(database, clerk, complaint_id, r"C:\Users\店员\Desktop\漏水照片.png", PNG,
                   "顾客提供的现场照片")
    attach(database, clerk, complaint_id, "送货单.pdf", PDF)
    attach(database, clerk, complaint_id, "检测报告.docx", _docx())
    assert photo.file_name == "漏水照片.png" and photo.media_type == "image/png"
    assert photo.size == len(PNG) and photo.added_by == "李四" and len(photo.sha256) == 64
    with database.transaction() as session:
        files = attachments.list_attachments(session, clerk, "complaint", complaint_id)
        copy = attachments.attachment_file(session, clerk, photo.id)
        steps = complaints.timeline(session, clerk, complaint_id)
    assert [f.file_name for f in files] == ["漏水照片.png", "送货单.pdf", "检测报告.docx"]
    assert copy.content == PNG
    assert [s.action for s in steps][1:4] == ["complaint.attach"] * 3
    assert steps[1].note == "顾客提供的现场照片"
    assert len(audit_entries(database, "attachment.copy")) == 1  # K2: a copy is on record


def test_c3_a_file_over_the_limit_is_refused_with_its_size_and_nothing_saved(
    database: Database, clerk: Actor, complaint_id: int
) -> None:
    big = PNG + b"\0" * attachments.MAX_BYTES
    with pytest.raises(DomainError) as refused:
        attach(database, clerk, complaint_id, "大照片.png", big)
    text = refused.value.render(lambda _c, s: s)
    assert refused.value.field == "file" and "10.0 MB" in text and "at most 10 MB" in text
    assert count_rows(database, Attachment) == 0


@pytest.mark.parametrize("content", [b"MZ\x90\x00\x03" + b"\0" * 60, b"just some text", b""])
def test_c3_a_program_text_or_empty_file_is_not_evidence(
    database: Database, clerk: Actor, complaint_id: int, content: bytes
) -> None:
    with pytest.raises(DomainError) as refused:
        attach(database, clerk, complaint_id, "照片.jpg", content)  # the name does not decide
    assert refused.value.field == "file"
    assert count_rows(database, Attachment) == 0


def test_s3_a_file_is_voided_with_a_reason_never_deleted(
    database: Database, clerk: Actor, complaint_id: int
) -> None:
    photo = attach(database, clerk, complaint_id, "错传.png", PNG)
    with database.transaction() as session, pytest.raises(DomainError):
        attachments.void_attachment(session, clerk, photo.id, "  ")
    with database.transaction() as session:
        voided = attachments.void_attachment(session, clerk, photo.id, "传错了顾客的照片")
    assert voided.voided and count_rows(database, Attachment) == 1


def test_s2_warehouse_clerk_cannot_see_or_add_evidence(
    database: Database, clerk: Actor, warehouse_clerk: Actor, complaint_id: int
) -> None:
    with pytest.raises(PermissionDenied):
        attach(database, warehouse_clerk, complaint_id, "a.png", PNG)
    photo = attach(database, clerk, complaint_id, "a.png", PNG)
    with database.read() as session, pytest.raises(PermissionDenied):
        attachments.attachment_file(session, warehouse_clerk, photo.id)


def test_c9_a_claim_keeps_its_own_evidence(
    database: Database, clerk: Actor, complaint_id: int
) -> None:
    with database.transaction() as session:
        c = complaints.get_complaint(session, clerk, complaint_id)
        complaints.assess(session, clerk, complaint_id, True, True, "属实", "general",
                          c.row.version)
        claim = claims.open_claim(session, clerk, complaint_id,
                                  claims.ClaimInput("transport", "1,280", "顺达物流"))
    with database.transaction() as session:
        attachments.attach_file(session, clerk, "claim", claim.id, "破损照片.png", PNG)
    with database.read() as session:
        on_claim = attachments.list_attachments(session, clerk, "claim", claim.id)
        on_complaint = attachments.list_attachments(session, clerk, "complaint", complaint_id)
    assert [f.file_name for f in on_claim] == ["破损照片.png"] and on_complaint == []
