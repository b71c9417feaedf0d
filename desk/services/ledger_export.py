"""The stock ledger (W7) exported to Excel for a range of local days, all items or one: every
movement in the ledger's order, and per item the range's opening, in, out, adjustments and
closing from :func:`desk.services.month_close.reconcile_range` (the month-end reconciliation's
one computation, on the same basis). A job like the inbound list's: permission-checked,
streamed, cancellable, the file complete or not there at all, audited with who, the range,
the item and the file."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.models import Item, Staff, StockMovement
from desk.services import audit, clock, items, month_close, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

SHEET = "LedgerSheet"


@dataclass(frozen=True)
class LedgerRange:
    """Local days ``first`` to ``last`` (both included); one item or all."""

    first: date
    last: date
    item_id: int | None = None


@dataclass(frozen=True)
class LedgerLine:
    """One movement of the exported ledger, with its item and the document it references."""

    at: datetime
    code: str
    name: str
    spec: str
    unit: str
    kind: str
    quantity: Decimal  # signed: + in, - out
    document_kind: str
    document_number: str
    by_name: str
    note: str


def check_range(selection: LedgerRange) -> None:
    if selection.last < selection.first:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The last day is before the first day."), "date_to")


def item_by_code(session: Session, actor: Actor, code: str) -> int:
    """The id of the item with ``code`` (as the command line names it)."""
    authorize(session, actor, "stock.read")
    wanted = code.strip().upper()
    found = session.scalar(select(Item.id).where(Item.code == wanted))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "DeskMessages", "No item has the barcode or code {code}."), "item", code=wanted[:40])
    return int(found)


def _in_range(selection: LedgerRange) -> list[Any]:
    """The WHERE terms: the range's local days, and the item if one is chosen."""
    start, end = clock.day_bounds(selection.first, selection.last)
    terms = [StockMovement.at >= start, StockMovement.at < end]
    if selection.item_id is not None:
        terms.append(StockMovement.item_id == selection.item_id)
    return terms


def count_lines(session: Session, actor: Actor, selection: LedgerRange) -> int:
    authorize(session, actor, "stock.read")
    stmt = select(func.count(StockMovement.id)).where(*_in_range(selection))
    return int(session.scalar(stmt) or 0)


def stream_lines(session: Session, actor: Actor, selection: LedgerRange,
                 batch: int = 2000) -> Generator[LedgerLine, None, None]:
    """W7: every movement in the range in the ledger's order (the order it was appended),
    ``batch`` rows at a time from one query: a consistent snapshot however long it runs."""
    authorize(session, actor, "stock.read")
    stmt = (select(StockMovement, Item.code, Item.name, Item.spec, Item.unit, Staff.display_name)
            .join(Item, Item.id == StockMovement.item_id)
            .join(Staff, Staff.id == StockMovement.by_id)
            .where(*_in_range(selection)).order_by(StockMovement.id))
    with session.execute(stmt.execution_options(yield_per=batch)) as result:
        for m, code, name, spec, unit, by_name in result:
            yield LedgerLine(m.at, code, name, spec, unit, m.kind, items.as_quantity(m.quantity),
                             m.document_kind, m.document_number, by_name, m.note)


@dataclass(frozen=True)
class LedgerExport:
    path: Path
    count: int  # movements
    items: int  # rows of the totals sheet


def ledger_file_name(selection: LedgerRange, translate: Translate, code: str = "") -> str:
    """The default file name: 库存台账 2026-12-01 至 2026-12-31 (and the item's code)."""
    name = translate(SHEET, QT_TRANSLATE_NOOP("LedgerSheet", "Stock ledger {first} to {last}")
                     ).format(first=selection.first.isoformat(), last=selection.last.isoformat())
    return f"{name} {code}.xlsx" if code else f"{name}.xlsx"


def export_ledger(source: SessionSource, actor: Actor, selection: LedgerRange, path: Path,
                  translate: Translate, control: JobControl) -> LedgerExport:
    """W7: the range's movements and per-item totals into a workbook at ``path``, audited with
    who, the range, the item and the file in the step that makes the file appear."""
    from desk.reports.ledger_excel import LedgerWords, write_ledger

    def t(text: str) -> str:
        return translate(SHEET, text)

    check_range(selection)
    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "stock.read")
        code = ""
        if selection.item_id is not None:
            code = items.load_item(session, selection.item_id).code
        total = count_lines(session, actor, selection)
        totals = month_close.reconcile_range(session, actor, selection.first, selection.last,
                                             selection.item_id)
        control.step(0, total)
        scope = code or t(QT_TRANSLATE_NOOP("LedgerSheet", "all items"))
        words = LedgerWords(
            title=t(QT_TRANSLATE_NOOP("LedgerSheet", "Stock ledger {first} to {last}, {scope}")
                    ).format(first=selection.first.isoformat(), last=selection.last.isoformat(),
                             scope=scope),
            exported=vocabulary.exported_by(actor.display_name, clock.now(), translate),
            basis=t(QT_TRANSLATE_NOOP(
                "LedgerSheet", "Every figure from the stock ledger by the local time of the "
                "movement; closing = opening + entered + receipts + issues + adjustments.")),
            sheet_lines=t(QT_TRANSLATE_NOOP("LedgerSheet", "Movements")),
            sheet_totals=t(QT_TRANSLATE_NOOP("LedgerSheet", "Totals")),
            columns=(
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Time")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Code")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Name")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Spec/model")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Unit")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Movement")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Quantity")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Document")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Document no.")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "By")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "From / to")),
            ),
            totals_columns=(
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Code")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Name")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Spec/model")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Unit")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Opening")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Opening balances entered")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "In")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Out")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Adjustments")),
                t(QT_TRANSLATE_NOOP("LedgerSheet", "Closing")),
            ),
            kind=lambda k: vocabulary.word(vocabulary.MOVEMENT_KINDS, k, translate),
            document=lambda k: vocabulary.word(vocabulary.DOCUMENT_KINDS, k, translate),
        )
        try:
            rows = stream_lines(session, actor, selection)
            # closing(): a cancelled export closes its cursor now (a server-side one on
            # PostgreSQL), not whenever the generator is collected.
            with output_file(path) as temp, closing(rows):
                count = write_ledger(temp, rows, totals, words, clock.local_zone(),
                                     lambda done: control.step(done, total))
                control.step(count, total)
                with source.transaction() as audit_session:
                    authorize(audit_session, actor, "stock.read")
                    audit.record(audit_session, actor.id, "stock.export_ledger", "item",
                                 selection.item_id, after={
                                     "file": str(path), "count": count, "items": len(totals),
                                     "from": selection.first.isoformat(),
                                     "to": selection.last.isoformat(), "item": code or None})
        except OSError as error:
            raise OutputProblem.from_os_error(path, error) from error
    return LedgerExport(path, count, len(totals))
