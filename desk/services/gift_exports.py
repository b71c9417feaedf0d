"""The gift issue list (G3) exported to Excel as a job: one day or a range of days, every gift
handed out (voided ones marked), permission-checked and audited with who, the days and the
file in the step that makes the file appear (K2: it carries customers' names; their phones are
masked, as in the complaint reports). Like :mod:`desk.services.inbound`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desk.services import audit, clock, gift_lists, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

SHEET = "GiftSheet"
RANGE_MAX_DAYS = 366


@dataclass(frozen=True)
class GiftExport:
    path: Path
    count: int


def _days(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def gift_file_name(first: date, last: date, translate: Translate) -> str:
    return translate(SHEET, QT_TRANSLATE_NOOP("GiftSheet", "Gifts handed out {days}")).format(
        days=_days(first, last).replace(" – ", "_")) + ".xlsx"


def export_gift_issues(source: SessionSource, actor: Actor, first: date, last: date | None,
                       path: Path, translate: Translate, control: JobControl) -> GiftExport:
    """G3: the gifts handed out from ``first`` to ``last`` (local days, inclusive) into a
    workbook at ``path``."""
    from desk.reports.gifts_excel import GiftSheetWords, write_gift_issues

    last = last or first
    if last < first:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The last day ({last}) is before the first ({first})."), "last",
            first=first.isoformat(), last=last.isoformat())
    if (last - first).days >= RANGE_MAX_DAYS:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} days in one export, please."), "last",
            max=RANGE_MAX_DAYS)

    def t(text: str) -> str:
        return translate(SHEET, text)

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "gift.export")
        rows = gift_lists.issues_between(session, actor, first, last)
    control.step(0, len(rows))
    words = GiftSheetWords(
        title=t(QT_TRANSLATE_NOOP("GiftSheet", "Gifts handed out {days}")).format(
            days=_days(first, last)),
        exported=vocabulary.exported_by(actor.display_name, clock.now(), translate),
        sheet_lines=t(QT_TRANSLATE_NOOP("GiftSheet", "Issues")),
        sheet_totals=t(QT_TRANSLATE_NOOP("GiftSheet", "Totals")),
        columns=(
            t(QT_TRANSLATE_NOOP("GiftSheet", "Issue no.")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Handed out at")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Gift")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Campaign")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Sales receipt no.")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Quantity")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Unit")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Recipient")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Phone")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Staff")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "State")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Reason voided")),
        ),
        totals_columns=(
            t(QT_TRANSLATE_NOOP("GiftSheet", "Gift")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Campaign")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Unit")),
            t(QT_TRANSLATE_NOOP("GiftSheet", "Handed out (voided not counted)")),
        ),
        voided_word=t(QT_TRANSLATE_NOOP("GiftSheet", "Voided")),
        issued_word=t(QT_TRANSLATE_NOOP("GiftSheet", "Handed out")),
    )
    try:
        with output_file(path) as temp:
            count = write_gift_issues(temp, rows, words, clock.local_zone())
            control.step(count, len(rows))
            with source.transaction() as session:
                authorize(session, actor, "gift.export")
                audit.record(session, actor.id, "gift.export", "gift_issue", None, after={
                    "file": str(path), "count": count, "from": first.isoformat(),
                    "to": last.isoformat()})
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return GiftExport(path, count)
