"""Exports of customer data as jobs (K2): permission-checked, audited, cancellable.

The window and the command line run the same :func:`export_visits`; the words of the
workbook come from the caller's ``translate`` (the window's Qt translator, or the command
line's, loaded from the same catalogue with no display).
"""

from __future__ import annotations

import re
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desk.reports.words import VisitSheetWords
from desk.services import audit, clock, reception, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.paging import Sort
from desk.services.permissions import Actor, authorize
from desk.services.reception import VisitFilter
from desk.services.vocabulary import Translate

SHEET = "VisitSheet"
COLUMNS = "VisitColumns"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int


def _range(flt: VisitFilter, translate: Translate) -> str:
    start, end = flt.date_from, flt.date_to
    if start is None and end is None:
        return translate(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "all dates"))
    if start == end:
        return f"{start:%Y-%m-%d}"
    return translate(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "{start} to {end}")).format(
        start=f"{start:%Y-%m-%d}" if start else "…", end=f"{end:%Y-%m-%d}" if end else "…"
    )


_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def visit_file_name(flt: VisitFilter, translate: Translate) -> str:
    """The default name of the workbook: what it holds, in the user's language
    (``接待记录 2026-11-01 至 2026-11-25.xlsx``), safe on Windows and Linux."""
    name = translate(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Visits {range}")).format(
        range=_range(flt, translate))
    return _NOT_IN_FILE_NAMES.sub("_", name).replace("…", "") + ".xlsx"


def visit_sheet_words(
    flt: VisitFilter, exporter: str, at: datetime, translate: Translate
) -> VisitSheetWords:
    # Written out call by call: lupdate collects only literal contexts and texts.
    def t(context: str, text: str) -> str:
        return translate(context, text)

    return VisitSheetWords(
        title=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Visits {range}")).format(
            range=_range(flt, translate)),
        exported=vocabulary.exported_by(exporter, at, translate),
        sheet_visits=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Visits")),
        sheet_totals=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Totals")),
        columns=(
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "No.")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Arrived")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Customer")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Phone")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Purpose")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Handled by")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "State")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Finished")),
            t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Minutes")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Notes")),
            t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Outcome")),
        ),
        purposes={code: t(vocabulary.LABELS, text) for code, text in vocabulary.PURPOSES.items()},
        open_word=vocabulary.state_word("visit", reception.OPEN, translate),
        finished_word=vocabulary.state_word("visit", reception.FINISHED, translate),
        anonymous=t(vocabulary.LABELS, vocabulary.ANONYMOUS),
        total_word=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Total")),
        purpose_word=t(COLUMNS, QT_TRANSLATE_NOOP("VisitColumns", "Purpose")),
        count_word=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Number of visits")),
        mean_minutes_word=t(SHEET, QT_TRANSLATE_NOOP("VisitSheet", "Mean minutes")),
    )


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def export_visits(
    source: SessionSource,
    actor: Actor,
    flt: VisitFilter,
    sort: Sort,
    path: Path,
    translate: Translate,
    control: JobControl,
) -> ExportResult:
    """The visit list as it is filtered and sorted, into an Excel workbook at ``path``.

    K2: the role must allow ``visit.export``, and the export is audited with who, the range,
    the filter and the file, in the same step that makes the file appear: a workbook exists
    only if its audit row was committed. Cancelled or failed: no file, no audit row.
    """
    # openpyxl costs a quarter of a second to import: load it when an export runs, not
    # with the window that only might export.
    from desk.reports.visits_excel import write_visits

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "visit.export")
        total = reception.count_visits(session, actor, flt)
        words = visit_sheet_words(flt, actor.display_name, clock.now(), translate)
        control.step(0, total)
        try:
            rows = reception.stream_visits(session, actor, flt, sort)
            # closing(): a cancelled export closes its cursor now (a server-side one on
            # PostgreSQL), not whenever the generator is collected.
            with output_file(path) as temp, closing(rows):
                count = write_visits(
                    temp,
                    rows,
                    words,
                    clock.local_zone(),
                    lambda done: control.step(done, total),
                )
                control.step(count, total)
                with source.transaction() as audit_session:
                    authorize(audit_session, actor, "visit.export")
                    audit.record(
                        audit_session, actor.id, "visit.export", "visit", None,
                        after={
                            "file": str(path), "count": count,
                            "from": _day(flt.date_from), "to": _day(flt.date_to),
                            "purpose": flt.purpose, "handler_id": flt.handler_id,
                            "state": flt.state, "customer_id": flt.customer_id,
                            "sort": f"{sort.key} {'desc' if sort.descending else 'asc'}",
                        },
                    )
        except OSError as error:
            raise OutputProblem.from_os_error(path, error) from error
    return ExportResult(path, count)
