"""The audit trail (S3): who, when, what, before and after, in the same transaction."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import AuditEntry, Staff
from desk.services import clock
from desk.services.permissions import Actor, authorize


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        # An image (a signature) is named by its hash: the trail proves which one, without
        # copying it.
        return f"sha256:{hashlib.sha256(value).hexdigest()}"
    return value


def snapshot(row: object, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(row, name)) for name in fields}


def record(
    session: Session,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Add the audit row; the caller's transaction commits it with the change itself."""
    session.add(
        AuditEntry(
            at=clock.now(),
            staff_id=staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before={k: _plain(v) for k, v in before.items()} if before else None,
            after={k: _plain(v) for k, v in after.items()} if after else None,
        )
    )


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    staff_name: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def history(session: Session, actor: Actor, entity: str, entity_id: int) -> list[AuditRow]:
    """The changes to one record, newest first (the archive's 'history of changes')."""
    # A customer's changes belong to the archive every desk role reads (K3); any other trail
    # (staff accounts and their sign-ins, ...) is for supervisors and admins only (S2).
    authorize(session, actor, "customer.read" if entity == "customer" else "audit.read")
    return trail(session, entity, entity_id)


def trail(session: Session, entity: str, entity_id: int) -> list[AuditRow]:
    """One record's audit rows, newest first, for a caller that has checked the permission
    of its own kind (a complaint's timeline is read with complaint.read)."""
    rows = session.execute(
        select(AuditEntry, Staff.display_name)
        .outerjoin(Staff, Staff.id == AuditEntry.staff_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    ).all()
    return [
        AuditRow(e.at, name or "", e.action, e.entity, e.entity_id, e.before, e.after)
        for e, name in rows
    ]
