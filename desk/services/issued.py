"""The register of every document the desk issues (B4), and ``desk verify`` against it.

A PDF leaves the desk when it is printed or saved, never when it is only previewed. At that
moment :func:`issue` stores the SHA-256 of the exact bytes that left, with the records printed
in it and whether each page said 副本 (a reprint). Every rendering carries a fresh random token
in the PDF's metadata (the Keywords entry, see :func:`token_keyword`), so a file whose bytes no
longer match any hash, but which still carries one of our tokens, is known to be a desk
document altered since: :func:`verify` names the document it claims to be.

Generic on purpose: the complaint papers (C5, C3), the callback records (B4) and every later
document (inspection sheets, tickets) go through the same two functions. Which permission
issuing a kind needs is the table :data:`ISSUING`: the service that rendered the document
checked the reading, this checks that its kind may leave the desk with this account.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import IssuedDocument, IssuedRecord, Staff
from desk.services import audit, clock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.permissions import Actor, authorize

# What each kind of document needs to leave the desk (S2, checked where the data changes).
ISSUING: dict[str, str] = {
    "acknowledgement": "complaint.read",  # C5
    "handling_slip": "complaint.read",  # C3
    "callback_record": "callback.print",  # B4
    "payment_notice": "callback.write",  # B1: a special service's notice to the customer
    "inspection_sheet": "stock.receive",  # W4: the dock's inspection sheet (验收单)
    "receiving_note": "stock.receive",  # W5: the receiving note (入库单) for finance
    "stocktake_report": "stock.read",  # W8: the stocktake report (盘点报告) to the departments
    "parcel_ticket": "parcel.read",  # P1: the storage ticket (寄存牌) and the customer's stub
    "invoice_request": "invoice.read",  # I4: the invoice request, for the customer
}
OUTPUTS = ("printer", "file")  # on paper, or a file (the window's Save as PDF, the command line)

ORIGINAL, REPRINT, ALTERED, UNKNOWN = "original", "reprint", "altered", "unknown"

# The token in the PDF's Keywords: recognisable among other keywords a program might add.
_TOKEN_PREFIX = "desk-issued:"
_TOKEN_PATTERN = re.compile(rb"desk-issued:([0-9a-f]{32})")
_MAX_SCAN = 64 * 1024 * 1024  # verify reads a file in memory; a desk PDF is far smaller


def new_token() -> str:
    """A fresh random token for one rendering (128 bits: never guessed, never repeated)."""
    return secrets.token_hex(16)


def token_keyword(token: str) -> str:
    """The keyword the renderer writes into the PDF's metadata for ``token``."""
    return f"{_TOKEN_PREFIX}{token}"


@dataclass(frozen=True)
class PrintedRecord:
    """A record printed in a document: ``copy`` when its pages said 副本 (it was printed
    before, B4)."""

    entity: str
    entity_id: int
    reference: str  # the record's number as printed (HF-2026-000031, TS-2026-000123)
    copy: bool = False


@dataclass(frozen=True)
class IssuedInfo:
    """One issued file as the register knows it."""

    id: int
    kind: str
    title: str
    sha256: str
    size: int
    pages: int
    output: str
    printed_at: datetime
    printed_by: str
    records: tuple[PrintedRecord, ...]


@dataclass(frozen=True)
class Verdict:
    """What ``desk verify`` says about a file: ``status`` is one of ORIGINAL, REPRINT (every
    page marked 副本; a batch mixing both is ORIGINAL with the reprinted records marked),
    ALTERED (not these bytes, but our token: ``document`` is what it claims to be) or UNKNOWN
    (not issued by the desk)."""

    status: str
    sha256: str
    document: IssuedInfo | None = None


def _pages(pdf: bytes) -> int:
    from desk.services import pdfinfo

    return pdfinfo.page_count(pdf)


def issue(
    session: Session,
    actor: Actor,
    kind: str,
    title: str,
    pdf: bytes,
    token: str,
    records: Sequence[PrintedRecord],
    output: str,
    destination: str = "",
) -> IssuedInfo:
    """Register ``pdf`` as having left the desk (``output``: printer or file; ``destination``:
    the printer's name or the file's path, for the audit row). The same bytes issued again
    (printed, then saved) stay one document; each output gets its own audit row."""
    if kind not in ISSUING:
        raise ValueError(f"unknown document kind {kind!r}")
    if output not in OUTPUTS:
        raise ValueError(f"unknown output {output!r}")
    authorize(session, actor, ISSUING[kind])
    digest = hashlib.sha256(pdf).hexdigest()
    document = session.scalars(
        select(IssuedDocument).where(IssuedDocument.sha256 == digest)
        .order_by(IssuedDocument.id).limit(1)
    ).first()
    first = document is None
    if document is None:
        document = IssuedDocument(
            kind=kind, title=title[:200], sha256=digest, token=token, size=len(pdf),
            pages=_pages(pdf), output=output, printed_at=clock.now(), printed_by_id=actor.id,
        )
        session.add(document)
        session.flush()
        session.add_all(
            IssuedRecord(document_id=document.id, entity=r.entity, entity_id=r.entity_id,
                         reference=r.reference[:40], copy=r.copy)
            for r in records
        )
        session.flush()
    audit.record(session, actor.id, "document.issue", "issued_document", document.id, after={
        "kind": kind, "output": output, "destination": destination, "sha256": digest,
        "first": first, "records": len(records),
    })
    return _info(session, document)


def printed_before(session: Session, entity: str, ids: Iterable[int]) -> set[int]:
    """Which of these records already have a page in an issued document: their next page
    says 副本 (B4). A caller that may read the records asks; no permission of its own."""
    wanted = sorted(set(ids))
    found: set[int] = set()
    for start in range(0, len(wanted), 500):  # bound the IN list on every backend
        chunk = wanted[start:start + 500]
        found.update(session.scalars(
            select(IssuedRecord.entity_id).distinct()
            .where(IssuedRecord.entity == entity, IssuedRecord.entity_id.in_(chunk))
        ))
    return found


def _info(session: Session, document: IssuedDocument) -> IssuedInfo:
    printed_by = session.scalar(
        select(Staff.display_name).where(Staff.id == document.printed_by_id)) or ""
    records = tuple(
        PrintedRecord(r.entity, r.entity_id, r.reference, r.copy)
        for r in session.scalars(
            select(IssuedRecord).where(IssuedRecord.document_id == document.id)
            .order_by(IssuedRecord.id))
    )
    return IssuedInfo(
        id=document.id, kind=document.kind, title=document.title, sha256=document.sha256,
        size=document.size, pages=document.pages, output=document.output,
        printed_at=document.printed_at, printed_by=printed_by, records=records,
    )


def embedded_token(pdf: bytes) -> str | None:
    """The desk token in a file's metadata, if any. PDFium reads the Keywords of a file it
    can open; a damaged file (a byte changed in its cross-reference table) is searched
    as bytes, since reportlab writes the information dictionary uncompressed."""
    from desk.services import pdfinfo

    keywords = pdfinfo.keywords(pdf)
    found = _TOKEN_PATTERN.search(keywords.encode("latin-1", "replace")) if keywords else None
    if found is None:
        found = _TOKEN_PATTERN.search(pdf)
    return found.group(1).decode("ascii") if found else None


def verify(session: Session, actor: Actor, pdf: bytes) -> Verdict:
    """B4: is this file one the desk issued, a marked reprint, a desk document altered since,
    or not the desk's at all?"""
    authorize(session, actor, "document.verify")
    if len(pdf) > _MAX_SCAN:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "This file is too large to be a document the desk issued."), "file")
    digest = hashlib.sha256(pdf).hexdigest()
    document = session.scalars(
        select(IssuedDocument).where(IssuedDocument.sha256 == digest)
        .order_by(IssuedDocument.id).limit(1)
    ).first()
    if document is not None:
        info = _info(session, document)
        reprint = bool(info.records) and all(r.copy for r in info.records)
        return Verdict(REPRINT if reprint else ORIGINAL, digest, info)
    token = embedded_token(pdf)
    if token is not None:
        claimed = session.scalars(
            select(IssuedDocument).where(IssuedDocument.token == token)
            .order_by(IssuedDocument.id).limit(1)
        ).first()
        if claimed is not None:
            return Verdict(ALTERED, digest, _info(session, claimed))
    return Verdict(UNKNOWN, digest)


def verdict_lines(verdict: Verdict, translate: Any) -> list[str]:
    """The verdict as a person reads it, in their language (the command line prints these)."""
    context = "Verify"
    say = lambda text: translate(context, text)  # noqa: E731
    d = verdict.document
    if verdict.status == UNKNOWN:
        return [say(QT_TRANSLATE_NOOP(
            "Verify", "NOT ISSUED BY THE DESK: no document the desk issued has this content."))]
    assert d is not None
    when = d.printed_at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")
    output = say(QT_TRANSLATE_NOOP("Verify", "printed") if d.output == "printer"
                 else QT_TRANSLATE_NOOP("Verify", "saved as a file"))
    headline = {
        ORIGINAL: QT_TRANSLATE_NOOP("Verify", "ORIGINAL: {title}, issued by the desk."),
        REPRINT: QT_TRANSLATE_NOOP("Verify", "REPRINT (marked 副本): {title}, issued by the "
                                             "desk."),
        ALTERED: QT_TRANSLATE_NOOP("Verify", "ALTERED: this file claims to be {title} issued "
                                             "by the desk, but its content has changed since."),
    }[verdict.status]
    lines = [
        say(headline).format(title=d.title),
        say(QT_TRANSLATE_NOOP("Verify", "Issued by {name} at {time} ({output}), {pages} "
                                        "page(s).")).format(
            name=d.printed_by, time=when, output=output, pages=d.pages),
    ]
    for record in d.records:
        line = say(QT_TRANSLATE_NOOP("Verify", "Record {reference}")).format(
            reference=record.reference)
        if record.copy:
            line += say(QT_TRANSLATE_NOOP("Verify", " (reprint, marked 副本)"))
        lines.append("  " + line)
    return lines
