"""The daily inbound list for finance (W5) as an Excel job: permission-checked, audited, the
file complete or not there at all (like :mod:`desk.services.exports`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.services import audit, clock, deliveries
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

SHEET = "InboundSheet"


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
        rows = deliveries.inbound_for_day(session, actor, day)
    control.step(0, len(rows))
    words = InboundSheetWords(
        title=t(QT_TRANSLATE_NOOP("InboundSheet", "Inbound list {day}")).format(
            day=day.isoformat()),
        exported=t(QT_TRANSLATE_NOOP("InboundSheet", "Exported by {name} at {when}")).format(
            name=actor.display_name,
            when=clock.now().astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M")),
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
