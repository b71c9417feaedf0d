"""The daily inbound list for finance (W5): every line taken into stock on a day
(:func:`inbound_for_day`), and its Excel export as a job: permission-checked, audited, the
file complete or not there at all (like :mod:`desk.services.exports`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Delivery, DeliveryInspection, DeliveryLine, InspectionLine, Item, Staff
from desk.services import audit, clock, deliveries, items, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

SHEET = "InboundSheet"


@dataclass(frozen=True)
class InboundRow:
    """One received line of the day's inbound list for finance (W5)."""

    receipt_number: str
    delivery_number: str
    supplier: str
    note_number: str
    posted_at: datetime
    code: str
    name: str
    spec: str
    unit: str
    quantity: Decimal
    received_by: str


def inbound_for_day(session: Session, actor: Actor, day: date) -> list[InboundRow]:
    """W5: every line taken into stock on the local ``day``, receipt by receipt."""
    authorize(session, actor, "stock.read")
    start, end = clock.day_bounds(day)
    latest = (select(DeliveryInspection.inspected_by_id)
              .where(DeliveryInspection.delivery_id == Delivery.id,
                     DeliveryInspection.result == deliveries.PASSED)
              .order_by(DeliveryInspection.id.desc()).limit(1).scalar_subquery())
    rows = session.execute(
        select(Delivery, DeliveryLine, Item, latest)
        .join(DeliveryLine, DeliveryLine.delivery_id == Delivery.id)
        .join(Item, Item.id == DeliveryLine.item_id)
        .where(Delivery.posted_at >= start, Delivery.posted_at < end)
        .order_by(Delivery.posted_at, Delivery.id, DeliveryLine.id))
    received = _received_quantities(session, day)
    names: dict[int, str] = defaultdict(str, session.execute(
        select(Staff.id, Staff.display_name)).all())
    out = []
    for d, line, item, by_id in rows:
        assert d.receipt_number is not None and d.posted_at is not None
        out.append(InboundRow(d.receipt_number, d.number, d.supplier, d.note_number,
                              d.posted_at, item.code, item.name, item.spec, item.unit,
                              received.get(line.id, items.as_quantity(line.expected_quantity)),
                              names[by_id or 0]))
    return out


def _received_quantities(session: Session, day: date) -> dict[int, Decimal]:
    start, end = clock.day_bounds(day)
    rows = session.execute(
        select(InspectionLine.line_id, InspectionLine.received_quantity)
        .join(DeliveryInspection, DeliveryInspection.id == InspectionLine.inspection_id)
        .where(DeliveryInspection.result == deliveries.PASSED,
               DeliveryInspection.inspected_at >= start, DeliveryInspection.inspected_at < end))
    return {line_id: items.as_quantity(q) for line_id, q in rows}


@dataclass(frozen=True)
class InboundExport:
    path: Path
    count: int


def inbound_file_name(day: date, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("InboundSheet", "Inbound {day}")).format(
        day=day.isoformat()) + ".xlsx"


def export_inbound(source: SessionSource, actor: Actor, day: date, path: Path,
                   translate: Translate, control: JobControl) -> InboundExport:
    """W5: the lines taken into stock on ``day`` into a workbook at ``path``, audited with
    who, the day and the file in the step that makes the file appear."""
    from desk.reports.inbound_excel import InboundSheetWords, write_inbound

    def t(text: str) -> str:
        return translate(SHEET, text)

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "stock.read")
        rows = inbound_for_day(session, actor, day)
    control.step(0, len(rows))
    words = InboundSheetWords(
        title=t(QT_TRANSLATE_NOOP("InboundSheet", "Inbound list {day}")).format(
            day=day.isoformat()),
        exported=vocabulary.exported_by(actor.display_name, clock.now(), translate),
        sheet_lines=t(QT_TRANSLATE_NOOP("InboundSheet", "Taken in")),
        sheet_totals=t(QT_TRANSLATE_NOOP("InboundSheet", "Totals")),
        columns=(
            t(QT_TRANSLATE_NOOP("InboundSheet", "Receipt no.")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Delivery no.")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Supplier")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Delivery note no.")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Received at")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Code")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Name")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Spec/model")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Unit")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Quantity")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Received by")),
        ),
        totals_columns=(
            t(QT_TRANSLATE_NOOP("InboundSheet", "Code")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Name")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Unit")),
            t(QT_TRANSLATE_NOOP("InboundSheet", "Quantity")),
        ),
        receipts_word=t(QT_TRANSLATE_NOOP("InboundSheet", "Receipts")),
    )
    try:
        with output_file(path) as temp:
            count = write_inbound(temp, rows, words, clock.local_zone())
            control.step(count, len(rows))
            with source.transaction() as session:
                authorize(session, actor, "stock.read")
                audit.record(session, actor.id, "stock.export_inbound", "delivery", None,
                             after={"file": str(path), "count": count, "day": day.isoformat()})
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return InboundExport(path, count)
