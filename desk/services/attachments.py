"""Files kept with a record (C3 evidence 调查取证, C9 claims, the scans of signed papers later):
stored in the database with the record, so nothing can go missing on a disk.

What a file is comes from its first bytes (the maintained ``filetype`` library), not from its
name: a photo renamed ``.exe`` is a photo, a program renamed ``.jpg`` is refused.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath, PureWindowsPath

import filetype
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk.models import Attachment, Base, Callback, Claim, Complaint, Staff
from desk.services import audit, clock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text, notes

MAX_BYTES = 10 * 1024 * 1024  # a phone photo or a scanned page is well below; a video is not

# Evidence a counter collects: photos and scans, PDFs, office documents, call recordings.
ACCEPTED = frozenset({
    "jpg", "png", "gif", "webp", "tif", "bmp", "heic", "avif",
    "pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "rtf",
    "mp3", "m4a", "wav", "amr", "aac", "ogg",
})

# The records that take attachments: their table and the permissions to read and to add.
RECORDS: dict[str, tuple[type[Base], str, str]] = {
    "complaint": (Complaint, "complaint.read", "complaint.write"),
    "claim": (Claim, "complaint.read", "complaint.write"),  # C9: the claim's evidence
    "callback": (Callback, "callback.read", "callback.write"),  # B2: the signed paper form
}


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    note: str
    added_at: datetime
    added_by: str
    voided: bool


@dataclass(frozen=True)
class AttachmentFile:
    file_name: str
    media_type: str
    content: bytes


def _record(session: Session, entity: str, entity_id: int) -> tuple[str, str]:
    if entity not in RECORDS:
        raise ValueError(f"no attachments for {entity}")
    model, read, write = RECORDS[entity]
    if session.get(model, entity_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This record no longer exists."))
    return read, write


def _file_name(value: str) -> str:
    # Only the name: a path from Windows or Linux says where it was, not what it is.
    name = PurePath(PureWindowsPath(value).name).name
    name = clean_text(name, "file")
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "The file has no name."), "file")
    return name[-200:]


def attach_file(
    session: Session, actor: Actor, entity: str, entity_id: int, file_name: str,
    content: bytes, note: str = "",
) -> AttachmentRow:
    """Keep ``content`` with the record; refused above :data:`MAX_BYTES` or when it is not a
    photo, document or recording (nothing is saved)."""
    _, write = _record(session, entity, entity_id)
    authorize(session, actor, write)
    name = _file_name(file_name)
    if not content:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "The file {name} is empty."),
                          "file", name=name)
    if len(content) > MAX_BYTES:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The file {name} is {size} MB; at most {max} MB can be kept with a record. "
                "Send a smaller photo or scan.",
            ),
            "file", name=name, size=f"{len(content) / 1024 / 1024:.1f}",
            max=MAX_BYTES // 1024 // 1024,
        )
    kind = filetype.guess(content)
    if kind is None or kind.extension not in ACCEPTED:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "{name} is not a photo, a document or a recording, so it cannot be kept as "
                "evidence.",
            ),
            "file", name=name,
        )
    row = Attachment(
        entity=entity, entity_id=entity_id, file_name=name, media_type=kind.mime,
        size=len(content), sha256=hashlib.sha256(content).hexdigest(), content=content,
        note=notes(note, "note", 500), added_at=clock.now(), added_by_id=actor.id,
    )
    session.add(row)
    session.flush()
    # On the record's own trail, so the complaint's timeline shows the evidence arriving.
    audit.record(session, actor.id, f"{entity}.attach", entity, entity_id, after={
        "attachment_id": row.id, "file_name": name, "size": row.size, "sha256": row.sha256,
        "note": row.note or name,
    })
    return _rows(session, Attachment.id == row.id)[0]


def _rows(session: Session, *where: ColumnElement[bool]) -> list[AttachmentRow]:
    found = session.execute(
        select(Attachment.id, Attachment.file_name, Attachment.media_type, Attachment.size,
               Attachment.sha256, Attachment.note, Attachment.added_at, Staff.display_name,
               Attachment.voided_at)
        .join(Staff, Staff.id == Attachment.added_by_id)
        .where(*where)
        .order_by(Attachment.added_at, Attachment.id)
    )
    return [AttachmentRow(i, n, m, s, h, note, at, who, voided is not None)
            for i, n, m, s, h, note, at, who, voided in found]


def list_attachments(session: Session, actor: Actor, entity: str, entity_id: int
                     ) -> list[AttachmentRow]:
    """The record's files, oldest first, without their content."""
    read, _ = _record(session, entity, entity_id)
    authorize(session, actor, read)
    return _rows(session, Attachment.entity == entity, Attachment.entity_id == entity_id)


def _load(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This file no longer exists."))
    return row


def attachment_file(session: Session, actor: Actor, attachment_id: int) -> AttachmentFile:
    """A file's content, to open or save a copy: a copy of customer evidence leaves the
    archive, so it is audited (K2)."""
    row = _load(session, attachment_id)
    read, _ = _record(session, row.entity, row.entity_id)
    authorize(session, actor, read)
    audit.record(session, actor.id, "attachment.copy", row.entity, row.entity_id,
                 after={"attachment_id": row.id, "file_name": row.file_name})
    return AttachmentFile(row.file_name, row.media_type, row.content)


def void_attachment(session: Session, actor: Actor, attachment_id: int, reason: str
                    ) -> AttachmentRow:
    """A file added by mistake is voided with a reason, never deleted (S3)."""
    row = _load(session, attachment_id)
    _, write = _record(session, row.entity, row.entity_id)
    authorize(session, actor, write)
    why = notes(reason, "reason", 500)
    if not why:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please say why the file is voided."), "reason")
    if row.voided_at is not None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "This file is already voided."), "reason")
    row.voided_at = clock.now()
    row.void_reason = why
    session.flush()
    audit.record(session, actor.id, f"{row.entity}.void_attachment", row.entity, row.entity_id,
                 after={"attachment_id": row.id, "file_name": row.file_name, "note": why})
    return _rows(session, Attachment.id == row.id)[0]
