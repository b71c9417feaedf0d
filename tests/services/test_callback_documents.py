"""B4: the signed callback record (回访记录表) as the archive PDF: the record and complaint
numbers, the answers and both signatures on every record's page, the CJK font embedded as a
subset, 副本 on a reprint, one PDF for a batch, supervisors only."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.models import Attachment, IssuedDocument, IssuedRecord
from desk.services import callback_documents as documents
from desk.services import clock, issued, papers, settings
from desk.services.callback_documents import CallbackRange
from desk.services.errors import DomainError, PermissionDenied
from desk.services.jobs import JobCancelled, JobControl
from desk.services.permissions import Actor
from desk.services.vocabulary import untranslated
from tests.services.callback_rows import done_callback, rectified_complaint, signature_png
from tests.services.helpers import add_customer, audit_entries


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "record.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def poppler_rows(tool: str, pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """The table ``pdffonts`` or ``pdfimages -list`` prints, one list of columns a row."""
    path = tmp_path / "listed.pdf"
    path.write_bytes(pdf)
    command = [tool, str(path)] if tool == "pdffonts" else [tool, "-list", str(path)]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def at_local(day_offset: int, hour: int) -> datetime:
    day = clock.local_today() - timedelta(days=day_offset)
    return datetime.combine(day, time(hour), clock.local_zone())


@pytest.fixture
def signed(database: Database, clerk: Actor, supervisor: Actor) -> int:
    """A complaint callback, done and signed on screen (B2), of a rectified complaint."""
    customer = add_customer(database, clerk, "欧阳娜娜", "13912345678")
    with database.transaction() as session:
        complaint = rectified_complaint(session, clerk, supervisor, customer.id)
        return done_callback(session, clerk, complaint).id


def one(database: Database, actor: Actor, callback_id: int) -> papers.Paper:
    with database.read() as session:
        return documents.callback_pdf(session, actor, callback_id, untranslated)


def test_b4_the_record_carries_its_numbers_the_complaint_rectification_and_the_answers(
    database: Database, supervisor: Actor, signed: int, tmp_path: Path
) -> None:
    printed = one(database, supervisor, signed)
    text = pdf_text(printed.pdf, tmp_path)
    [record] = printed.records
    assert record.reference.startswith(f"HF-{clock.local_today().year}-")
    for expected in (record.reference, "TS-", "冰箱冷藏室不制冷", "温控器老化",
                     "更换温控器并试机两小时", "周师傅", "维修后冰箱是否正常制冷？",
                     "正常，温度稳定在4度", "满意，谢谢", "Satisfied", "希望以后配件备足",
                     "张女士", "139****5678", "Printed by 赵六", "Callback record"):
        assert expected in text, expected
    assert "13912345678" not in text  # K2: the paper carries the masked phone
    assert "COPY" not in text  # never printed before: the original


def test_b4_fonts_are_embedded_as_a_subset_and_both_signatures_are_images(
    database: Database, supervisor: Actor, signed: int, tmp_path: Path
) -> None:
    printed = one(database, supervisor, signed)
    fonts = poppler_rows("pdffonts", printed.pdf, tmp_path)
    assert fonts and all(row[-5:-3] == ["yes", "yes"] for row in fonts)  # emb, sub
    assert all("+" in row[0] for row in fonts)  # a subset's name carries its tag
    images = [row for row in poppler_rows("pdfimages", printed.pdf, tmp_path)
              if row[2] == "image"]
    assert len(images) == 2  # the customer's and the staff member's signature


def test_b4_the_sha256_of_the_bytes_that_left_is_stored_and_print_then_save_is_one_file(
    database: Database, supervisor: Actor, signed: int
) -> None:
    printed = one(database, supervisor, signed)
    with database.transaction() as session:
        first = papers.record_output(session, supervisor, printed, "printer:柜台打印机")
    with database.transaction() as session:
        again = papers.record_output(session, supervisor, printed, "/tmp/回访.pdf")
    assert first.id == again.id and first.output == "printer"
    assert first.sha256 == hashlib.sha256(printed.pdf).hexdigest()
    assert first.pages == 1 and first.size == len(printed.pdf)
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
        [row] = session.scalars(select(IssuedRecord)).all()
    assert (document.kind, document.token, document.printed_by_id) == (
        "callback_record", printed.token, supervisor.id)
    assert (row.entity, row.entity_id, row.copy) == ("callback", signed, False)
    outputs = [e.after["destination"] for e in audit_entries(database, "document.issue")
               if e.after]
    assert outputs == ["printer:柜台打印机", "/tmp/回访.pdf"]
    assert len(audit_entries(database, "callback.print", signed)) == 2


def test_b4_a_reprint_says_copy_on_its_page(
    database: Database, supervisor: Actor, signed: int, tmp_path: Path
) -> None:
    with database.transaction() as session:
        papers.record_output(session, supervisor, one(database, supervisor, signed),
                                "printer:HP")
    reprint = one(database, supervisor, signed)
    assert "COPY" in pdf_text(reprint.pdf, tmp_path)
    assert [r.copy for r in reprint.records] == [True]


def test_b4_a_batch_is_one_pdf_of_the_days_done_records_in_call_order(
    database: Database, clerk: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    with database.transaction() as session:
        late = done_callback(session, clerk, None, at_local(1, 16), source="follow_up",
                             subject="新买的洗衣机用得怎么样", department="家电部")
        early = done_callback(session, clerk, None, at_local(1, 9), source="survey", seed=2,
                              subject="希望延长周末营业时间", department="营运部")
        done_callback(session, clerk, None, at_local(5, 9), source="manual", seed=3)  # outside
        waiting = done_callback(session, clerk, None, at_local(1, 10), source="manual", seed=4)
        waiting.state = "awaiting_signature"  # B2: a phone callback waiting for its signature
        numbers = [early.number, late.number]
    day = clock.local_today() - timedelta(days=1)
    steps: list[tuple[int, int]] = []
    printed = documents.print_batch(database, supervisor, CallbackRange(day, day), untranslated,
                                    JobControl(lambda done, total: steps.append((done, total))))
    assert [r.reference for r in printed.records] == numbers
    text = pdf_text(printed.pdf, tmp_path)
    assert text.index(numbers[0]) < text.index(numbers[1])
    assert "希望延长周末营业时间" in text and "新买的洗衣机用得怎么样" in text
    assert "Satisfaction survey opinion" in text and "Product follow-up" in text
    assert steps[-1] == (2, 2) and (1, 2) in steps
    only = documents.print_batch(database, supervisor, CallbackRange(day, day, "家电部"),
                                 untranslated, JobControl())
    assert [r.reference for r in only.records] == [late.number]
    with database.read() as session:
        assert documents.departments(session, supervisor) == ["售后维修部", "家电部", "营运部"]


def test_b4_printing_a_range_with_nothing_in_it_is_refused(
    database: Database, supervisor: Actor, signed: int
) -> None:
    first = clock.local_today() - timedelta(days=30)
    with pytest.raises(DomainError) as refused:
        documents.print_batch(database, supervisor, CallbackRange(first, first + timedelta(2)),
                              untranslated, JobControl())
    assert refused.value.text() == (f"There are no signed callback records from {first} to "
                                    f"{first + timedelta(2)}.")


def test_b4_a_cancelled_batch_stops(database: Database, clerk: Actor, supervisor: Actor) -> None:
    with database.transaction() as session:
        for seed in range(3):
            done_callback(session, clerk, None, at_local(0, 0) + timedelta(minutes=seed),
                          source="manual", seed=seed)
    control = JobControl()
    control.cancel()
    today = clock.local_today()
    with pytest.raises(JobCancelled):
        documents.print_batch(database, supervisor, CallbackRange(today, today), untranslated,
                              control)


def test_b4_only_supervisors_print_callback_records_and_only_done_ones(
    database: Database, clerk: Actor, supervisor: Actor, signed: int
) -> None:
    today = clock.local_today()
    with database.read() as session, pytest.raises(PermissionDenied):
        documents.callback_pdf(session, clerk, signed, untranslated)
    with pytest.raises(PermissionDenied):
        documents.print_batch(database, clerk, CallbackRange(today, today), untranslated,
                              JobControl())
    with database.transaction() as session:
        waiting = done_callback(session, clerk, None, source="manual")
        waiting.state = "awaiting_signature"
        waiting_id = waiting.id
    with database.read() as session, pytest.raises(DomainError) as refused:
        documents.callback_pdf(session, supervisor, waiting_id, untranslated)
    assert "is not finished yet" in refused.value.text()


def test_b2_signed_on_paper_shows_the_scanned_image_or_names_the_pdf_scan(
    database: Database, clerk: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    scan = signature_png(99, 600, 800)  # a scanned page: taller than wide
    with database.transaction() as session:
        files = []
        for name, media, content in (("签字.png", "image/png", scan),
                                     ("签字.pdf", "application/pdf", b"%PDF-1.4\n%%EOF\n")):
            attachment = Attachment(entity="callback", entity_id=0, file_name=name,
                                    media_type=media, size=len(content),
                                    sha256=hashlib.sha256(content).hexdigest(), content=content,
                                    added_by_id=clerk.id)
            session.add(attachment)
            session.flush()
            files.append(attachment.id)
        on_paper = [done_callback(session, clerk, None, source="manual", seed=i,
                                  signature_mode="paper", paper_scan_id=file_id).id
                    for i, file_id in enumerate(files)]
    image_scan = one(database, supervisor, on_paper[0])
    assert "the scan is shown below" in " ".join(pdf_text(image_scan.pdf, tmp_path).split())
    images = [row for row in poppler_rows("pdfimages", image_scan.pdf, tmp_path)
              if row[2] == "image"]
    assert len(images) == 2  # the scan and the staff signature
    pdf_scan = one(database, supervisor, on_paper[1])
    assert "the scan (a PDF file) is kept with the record" in " ".join(
        pdf_text(pdf_scan.pdf, tmp_path).split())


def test_b2_a_supervisors_exception_is_on_the_record(
    database: Database, clerk: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    with database.transaction() as session:
        refused = done_callback(session, clerk, None, source="manual", signature_mode=None)
        refused.exception_reason = "顾客表示满意但拒绝签字"
        refused.exception_at = clock.now()
        refused.exception_by_id = supervisor.id
        refused_id = refused.id
    text = pdf_text(one(database, supervisor, refused_id).pdf, tmp_path)
    for expected in ("顾客表示满意但拒绝签字", "Refused to sign", "赵六"):
        assert expected in text, expected


def test_b4_the_store_name_heads_the_form(
    database: Database, admin: Actor, supervisor: Actor, signed: int, tmp_path: Path
) -> None:
    with database.transaction() as session:
        wanted = settings.read_settings(session, admin)
        settings.save_settings(session, admin, type(wanted)(
            store_name="华联电器城", idle_lock_minutes=wanted.idle_lock_minutes,
            versions=wanted.versions))
    assert "华联电器城" in pdf_text(one(database, supervisor, signed).pdf, tmp_path)


def test_b4_the_pdf_carries_its_register_token_in_the_metadata(
    database: Database, supervisor: Actor, signed: int
) -> None:
    printed = one(database, supervisor, signed)
    assert issued.embedded_token(printed.pdf) == printed.token
    assert printed.token != one(database, supervisor, signed).token  # fresh per rendering
