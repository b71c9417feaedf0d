"""Month-end close (月结, W9): the month's reconciliation, then a supervisor closes it.

**The reconciliation** reads only the stock ledger, so the office, finance and the warehouse
reconcile on one basis (衔接, 计算口径一致): per item, the month's *opening* (every movement
before the month's first local day), the opening balances *entered* in the month (the desk
starting an item's book), *receipts*, *issues*, stocktake *adjustments* and the *closing*
(opening + the four). A month's closing is the next month's opening, and the closing of the
current month is the on-hand the tab shows.

**The close** is recorded (who, when, a note) and audited. A month can be closed once it has
ended (its last local day is over); from then on :func:`desk.services.stock.append_movement`
refuses any movement whose time falls in that month or before it. Movements are dated when
they are posted, so this guards against a computer whose clock went back; a stocktake frozen
in a closed month and approved later posts its adjustments in the month it is approved.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import Item, MonthClose, Staff, StockMovement
from desk.services import audit, clock, items, stock, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.validation import notes
from desk.services.vocabulary import Translate

SHEET = "ReconciliationSheet"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class ReconciliationRow:
    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    opening: Decimal
    entered: Decimal  # opening balances entered in the month
    received: Decimal
    issued: Decimal  # negative: out
    adjusted: Decimal
    closing: Decimal

    @property
    def figures(self) -> tuple[Decimal, ...]:
        return (self.opening, self.entered, self.received, self.issued, self.adjusted,
                self.closing)


@dataclass(frozen=True)
class ClosedMonth:
    month: str
    closed_at: datetime
    closed_by: str
    note: str


def parse_month(text: str) -> tuple[date, date]:
    """``2026-11`` → its first and last day; anything else refused at "month"."""
    found = _MONTH.match(text.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Enter the month as year-month, e.g. 2026-11."), "month")
    year, month = int(found.group(1)), int(found.group(2))
    return date(year, month, 1), date(year, month, monthrange(year, month)[1])


def previous_month(today: date | None = None) -> str:
    day = today or clock.local_today()
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def reconciliation(session: Session, actor: Actor, month: str) -> list[ReconciliationRow]:
    """W9: the month's in and out per item, every figure from the ledger."""
    first, last = parse_month(month)
    return reconcile_range(session, actor, first, last)


def reconcile_range(session: Session, actor: Actor, first: date, last: date,
                    item_id: int | None = None) -> list[ReconciliationRow]:
    """The reconciliation of any range of local days (a month is one; the ledger export (W7)
    takes any), every item with a movement before its end or only ``item_id``, by code."""
    authorize(session, actor, "stock.read")
    start, end = clock.day_bounds(first, last)
    in_month = (StockMovement.at >= start) & (StockMovement.at < end)

    def total(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, StockMovement.quantity), else_=0)), 0)

    rows = session.execute(
        select(Item, total(StockMovement.at < start),
               total(in_month & (StockMovement.kind == stock.OPENING)),
               total(in_month & (StockMovement.kind == stock.RECEIPT)),
               total(in_month & (StockMovement.kind == stock.ISSUE)),
               total(in_month & (StockMovement.kind == stock.ADJUSTMENT)))
        .join(StockMovement, StockMovement.item_id == Item.id)
        .where(StockMovement.at < end,
               *(() if item_id is None else (StockMovement.item_id == item_id,)))
        .group_by(Item.id).order_by(Item.code))
    out = []
    for item, *sums in rows:
        opening, entered, received, issued, adjusted = (items.as_quantity(s) for s in sums)
        out.append(ReconciliationRow(
            item.id, item.code, item.name, item.spec, item.unit, opening, entered, received,
            issued, adjusted, opening + entered + received + issued + adjusted))
    return out


def closed_months(session: Session, actor: Actor) -> list[ClosedMonth]:
    authorize(session, actor, "stock.read")
    return [ClosedMonth(c.month, c.closed_at, name, c.note) for c, name in session.execute(
        select(MonthClose, Staff.display_name).join(Staff, Staff.id == MonthClose.closed_by_id)
        .order_by(MonthClose.month.desc()))]


def close_month(session: Session, actor: Actor, month: str, note: str = "") -> ClosedMonth:
    """W9: a supervisor closes an ended month, after its reconciliation; no movement can be
    dated into it afterwards."""
    authorize(session, actor, "stock.close")
    first, _last = parse_month(month)
    month = f"{first.year:04d}-{first.month:02d}"
    now = clock.now()
    if month >= stock.month_of(now):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{month} has not ended yet: a month is closed after its last "
            "day."), "month", month=month)
    closed = stock.closed_through(session)
    if closed is not None and month <= closed:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{month} is closed already (closed up to {closed})."), "month",
            month=month, closed=closed)
    said = notes(note, "note")
    row = MonthClose(month=month, closed_at=now, closed_by_id=actor.id, note=said)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as error:  # a colleague closed it at the same moment
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{month} is closed already (closed up to {closed})."), "month",
            month=month, closed=month) from error
    figures = reconciliation(session, actor, month)
    audit.record(session, actor.id, "stock.close_month", "month_close", row.id, after={
        "month": month, "note": said, "items": len(figures)})
    return ClosedMonth(month, now, actor.display_name, said)


@dataclass(frozen=True)
class ReconciliationExport:
    path: Path
    count: int


def reconciliation_file_name(month: str, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("ReconciliationSheet", "Reconciliation {month}")
                     ).format(month=month) + ".xlsx"


def export_reconciliation(source: SessionSource, actor: Actor, month: str, path: Path,
                          translate: Translate, control: JobControl) -> ReconciliationExport:
    """W9: the month's reconciliation into a workbook at ``path``, audited with who, the month
    and the file in the step that makes the file appear."""
    from desk.reports.reconciliation_excel import ReconciliationWords, write_reconciliation

    def t(text: str) -> str:
        return translate(SHEET, text)

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        rows = reconciliation(session, actor, month)
    control.step(0, len(rows))
    words = ReconciliationWords(
        title=t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Month-end reconciliation {month}")
                ).format(month=month),
        basis=t(QT_TRANSLATE_NOOP(
            "ReconciliationSheet", "Every figure from the stock ledger by the local time of "
            "the movement; closing = opening + entered + receipts + issues + adjustments.")),
        exported=vocabulary.exported_by(actor.display_name, clock.now(), translate),
        sheet=t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Reconciliation")),
        columns=(
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Code")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Name")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Spec/model")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Unit")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Opening")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Opening balances entered")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Receipts")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Issues")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Adjustments")),
            t(QT_TRANSLATE_NOOP("ReconciliationSheet", "Closing")),
        ),
    )
    try:
        with output_file(path) as temp:
            count = write_reconciliation(temp, rows, words)
            control.step(count, len(rows))
            with source.transaction() as session:
                authorize(session, actor, "stock.read")
                audit.record(session, actor.id, "stock.export_reconciliation", "month_close",
                             None, after={"file": str(path), "count": count, "month": month})
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return ReconciliationExport(path, count)
