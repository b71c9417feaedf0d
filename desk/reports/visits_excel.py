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
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desk.reports.sheets import discard
from desk.reports.words import VisitSheetWords


class VisitLine(Protocol):
    """What a row of the sheet needs (the services' VisitRow has it; reports import no
    service). Read-only, as the services' rows are frozen."""

    @property
    def number(self) -> str: ...
    @property
    def arrived_at(self) -> datetime: ...
    @property
    def finished_at(self) -> datetime | None: ...
    @property
    def customer_name(self) -> str: ...
    @property
    def masked_phone(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def handler_name(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def outcome(self) -> str: ...
    @property
    def is_open(self) -> bool: ...
    @property
    def handling_seconds(self) -> int | None: ...


_WIDTHS = (18, 17, 14, 14, 12, 10, 8, 17, 8, 40, 40)
_FIRST_ROW = 4  # title, who exported it, column titles, then the visits


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
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the workbook; returns the number of visits. ``progress(done)`` is called every
    500 rows; to stop, it raises (the caller removes the file).

    The visits sheet opens with what it holds and who exported it (K2), then the column
    titles with an auto-filter and frozen panes; the totals sheet gives the count and the
    mean handling time (R2) per purpose and over all.
    """
    book = Workbook(write_only=True)
    sheet = book.create_sheet(words.sheet_visits)
    sheet.freeze_panes = f"A{_FIRST_ROW}"
    for i, width in enumerate(_WIDTHS):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    title = WriteOnlyCell(sheet, value=words.title)
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    sheet.append([words.exported])
    sheet.append(_header(sheet, words.columns))
    by_purpose: Counter[str] = Counter()
    tenths_by_purpose: Counter[str] = Counter()
    finished_by_purpose: Counter[str] = Counter()
    try:
        count = _write_rows(sheet, rows, words, zone, progress, by_purpose, tenths_by_purpose,
                            finished_by_purpose)
    except BaseException:
        discard(sheet)
        raise
    last = _FIRST_ROW - 1 + count
    sheet.auto_filter.ref = f"A{_FIRST_ROW - 1}:{get_column_letter(len(_WIDTHS))}{last}"

    totals = book.create_sheet(words.sheet_totals)
    totals.column_dimensions["A"].width = 18
    totals.column_dimensions["B"].width = 10
    totals.column_dimensions["C"].width = 16
    totals.append(_header(totals, (words.purpose_word, words.count_word,
                                   words.mean_minutes_word)))
    for code, label in words.purposes.items():
        totals.append([label, by_purpose[code],
                       _mean(tenths_by_purpose[code], finished_by_purpose[code])])
    overall = _mean(sum(tenths_by_purpose.values()), sum(finished_by_purpose.values()))
    totals.append(_header(totals, (words.total_word, count, overall)))
    book.save(path)
    return count


def _mean(tenths: int, finished: int) -> float | None:
    """The mean in minutes to one decimal, over the finished visits only (open ones have no
    handling time yet)."""
    return round(tenths / 10 / finished, 1) if finished else None


def _write_rows(
    sheet: Any,
    rows: Iterable[VisitLine],
    words: VisitSheetWords,
    zone: object,
    progress: Callable[[int], None] | None,
    by_purpose: Counter[str],
    tenths_by_purpose: Counter[str],
    finished_by_purpose: Counter[str],
) -> int:
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
            tenths_by_purpose[row.purpose] += round(minutes * 10)
            finished_by_purpose[row.purpose] += 1
        count += 1
        if progress is not None and count % 500 == 0:
            progress(count)
    return count
