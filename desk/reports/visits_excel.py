"""The visit list as an Excel workbook: a sheet of visits and a sheet of totals.

openpyxl's write-only mode streams rows to disk, so an export of a year of visits does not
hold the workbook in memory. Column titles and the words for codes come from the caller (the
window passes them in the user's language); this module knows no language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from desk.reports.words import VisitSheetWords


class VisitLine(Protocol):
    """What a row of the sheet needs (the services' VisitRow has it; reports import no
    service)."""

    number: str
    arrived_at: datetime
    finished_at: datetime | None
    customer_name: str
    masked_phone: str
    purpose: str
    handler_name: str
    notes: str
    outcome: str

    @property
    def is_open(self) -> bool: ...

    @property
    def handling_seconds(self) -> int | None: ...


_WIDTHS = (18, 17, 14, 14, 12, 10, 8, 17, 8, 40, 40)


def _header(sheet: Worksheet, titles: Iterable[object]) -> list[WriteOnlyCell]:
    cells = []
    for title in titles:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center")
        cells.append(cell)
    return cells


def _local(at: datetime | None, zone: object) -> datetime | None:
    # Excel has no time zones: write the local wall-clock time the counter saw.
    return at.astimezone(zone).replace(tzinfo=None) if at else None  # type: ignore[arg-type]


def write_visits(
    path: Path,
    rows: Iterable[VisitLine],
    words: VisitSheetWords,
    zone: object,
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write the workbook; returns the number of visits. ``progress`` False stops early."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(words.sheet_visits)
    sheet.freeze_panes = "A2"
    for i, width in enumerate(_WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    sheet.append(_header(sheet, words.columns))
    by_purpose: Counter[str] = Counter()
    minutes_by_purpose: Counter[str] = Counter()
    finished_by_purpose: Counter[str] = Counter()
    count = 0
    for row in rows:
        minutes = None if row.handling_seconds is None else round(row.handling_seconds / 60, 1)
        values: list[object] = [
            row.number,
            _local(row.arrived_at, zone),
            row.customer_name or words.anonymous,
            row.masked_phone,
            words.purposes.get(row.purpose, row.purpose),
            row.handler_name,
            words.open_word if row.is_open else words.finished_word,
            _local(row.finished_at, zone),
            minutes,
            row.notes,
            row.outcome,
        ]
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, float):
                cell.number_format = "0.0"
            cells.append(cell)
        sheet.append(cells)
        by_purpose[row.purpose] += 1
        if minutes is not None:
            minutes_by_purpose[row.purpose] += int(minutes * 10)
            finished_by_purpose[row.purpose] += 1
        count += 1
        if progress is not None and count % 500 == 0 and not progress(count):
            break
    totals = book.create_sheet(words.sheet_totals)
    totals.column_dimensions["A"].width = 18
    totals.column_dimensions["B"].width = 10
    totals.column_dimensions["C"].width = 16
    totals.append(_header(totals, (words.purpose_word, words.count_word,
                                   words.mean_minutes_word)))
    for code, label in words.purposes.items():
        done = finished_by_purpose[code]
        mean = round(minutes_by_purpose[code] / 10 / done, 1) if done else None
        totals.append([label, by_purpose[code], mean])
    totals.append(_header(totals, (words.total_word, count, None)))
    book.save(path)
    return count
