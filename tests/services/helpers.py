"""What the service tests share: make a customer, count rows, read the audit trail back."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select

from desk.db import Database
from desk.models import AuditEntry, Base
from desk.services import clock, customers
from desk.services.customers import CustomerDetail, CustomerInput
from desk.services.permissions import Actor


def add_customer(
    database: Database,
    actor: Actor,
    name: str,
    phone: str = "",
    member_no: str = "",
    company: str = "",
    notes: str = "",
) -> CustomerDetail:
    with database.transaction() as session:
        return customers.create_customer(
            session, actor, CustomerInput(name, phone, member_no, company, notes)
        )


def count_rows(database: Database, model: type[Base]) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_entries(
    database: Database, action: str | None = None, entity_id: int | None = None
) -> list[AuditEntry]:
    """The audit rows, oldest first, optionally only one action or one record."""
    stmt = select(AuditEntry).order_by(AuditEntry.id)
    if action is not None:
        stmt = stmt.where(AuditEntry.action == action)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    with database.read() as session:
        return list(session.scalars(stmt))


def local_time(days_ago: int, hour: int, minute: int = 0) -> datetime:
    """A moment on a local calendar day, counted back from today: visits in the past."""
    day = clock.local_today() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour, minute), clock.local_zone())


def signature_png(width: int = 300, height: int = 100, ink: bool = True) -> bytes:
    """A PNG like the pad's: a dark scribble on white (or a blank sheet with ``ink=False``)."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    if ink:
        ImageDraw.Draw(image).line(
            [(10, 70), (60, 20), (110, 80), (160, 25), (210, 75), (280, 30)], fill=(20, 20, 40),
            width=3,
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0) -> datetime:
    """A local moment (the store's clock), as the services store it."""
    local = datetime.now().astimezone().tzinfo
    return datetime(y, m, d, hour, minute, tzinfo=local).astimezone(UTC)
