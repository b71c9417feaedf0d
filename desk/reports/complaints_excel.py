"""The complaint summary (C10, C11) as an Excel workbook: a summary sheet and the full list.

The list can be a quarter of a busy store's complaints, so the book is written in openpyxl's
write-only mode (rows streamed to disk; openpyxl cannot mix modes in one book, so the short
summary sheet is laid out row by row the same way). The caller passes the numbers already
counted and every word in the user's language; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desk.reports.complaint_words import DASH, ComplaintSheetWords, CountTable, RateLine
from desk.reports.sheets import discard

_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_OVER_FONT = Font(bold=True, color="C00000")


class ComplaintLine(Protocol):
    """What a row of the list needs (the services' ReportLine has it)."""

    @property
    def number(self) -> str: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def channel(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def customer_name(self) -> str: ...
    @property
    def masked_phone(self) -> str: ...
    @property
    def content(self) -> str: ...
    @property
    def demand(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def severity(self) -> str | None: ...
    @property
    def department(self) -> str: ...
    @property
    def responsible_person(self) -> str: ...
    @property
    def promised_date(self) -> date: ...
    @property
    def rectify_due(self) -> date | None: ...
    @property
    def rectified_at(self) -> datetime | None: ...
    @property
    def on_time(self) -> bool | None: ...
    @property
    def callback_due(self) -> date | None: ...


# number, received, channel, category, customer, phone, content, demand, state, severity,
# department, responsible person, promised, rectify due, rectified, on time, callback due
_LIST_WIDTHS = (16, 17, 10, 12, 12, 14, 40, 28, 10, 8, 14, 12, 12, 12, 17, 8, 12)
LIST_FIRST_ROW = 4  # title, who exported it, column titles, then the complaints


def _local(at: datetime | None, zone: object) -> datetime | None:
    # Excel has no time zones: write the local wall-clock time the counter saw.
    return at.astimezone(zone).replace(tzinfo=None) if at else None  # type: ignore[arg-type]


def write_complaint_report(
    path: Path,
    tables: Sequence[CountTable],
    rates: Sequence[RateLine],
    rows: Iterable[ComplaintLine],
    words: ComplaintSheetWords,
    zone: object,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the workbook; returns the number of complaints listed. ``progress(done)`` is
    called every 500 rows; to stop, it raises (the caller removes the file).
    """
    book = Workbook(write_only=True)
    summary = book.create_sheet(words.sheet_summary)
    _write_summary(summary, tables, rates, words)
    sheet = book.create_sheet(words.sheet_list)
    sheet.freeze_panes = f"B{LIST_FIRST_ROW}"  # the header and the number stay in sight
    for i, width in enumerate(_LIST_WIDTHS):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width
    title = WriteOnlyCell(sheet, value=words.title)
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    sheet.append([words.exported])
    sheet.append([_head(sheet, text) for text in words.columns])
    try:
        count = _write_rows(sheet, rows, words, zone, progress)
    except BaseException:
        discard(sheet)
        raise
    last = LIST_FIRST_ROW - 1 + count
    sheet.auto_filter.ref = (
        f"A{LIST_FIRST_ROW - 1}:{get_column_letter(len(_LIST_WIDTHS))}{last}"
    )
    book.save(path)
    return count


def _head(sheet: Any, text: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = _BOLD
    cell.fill = _HEAD_FILL
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    return cell


def _write_summary(sheet: Any, tables: Sequence[CountTable], rates: Sequence[RateLine],
                   words: ComplaintSheetWords) -> None:
    for column, width in zip("ABCDEF", (34, 12, 12, 10, 10, 10), strict=True):
        sheet.column_dimensions[column].width = width
    title = WriteOnlyCell(sheet, value=words.title)
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    sheet.append([words.exported])
    sheet.append([])
    total = WriteOnlyCell(sheet, value=words.total)
    total.font = _BOLD
    sheet.append([total])
    sheet.append([])
    sheet.append([_head(sheet, text) for text in words.rate_heading])
    for rate in rates:
        value = rate.value
        cells: list[object] = [
            rate.label,
            DASH if rate.numerator is None else rate.numerator,
            DASH if rate.denominator is None else rate.denominator,
        ]
        shown = WriteOnlyCell(sheet, value=DASH if value is None else value)
        if value is not None:
            shown.number_format = "0.0%"
        verdict = WriteOnlyCell(sheet, value=rate.verdict)
        if rate.missed:
            verdict.font = _OVER_FONT
        sheet.append([*cells, shown, rate.target, verdict])
    for note in words.notes:
        sheet.append([note])
    for table in tables:
        sheet.append([])
        sheet.append([_head(sheet, table.title), _head(sheet, words.count_word)])
        for label, count in table.rows:
            sheet.append([label, count])


def _on_time_word(value: bool | None, words: ComplaintSheetWords) -> str | None:
    if value is None:
        return None
    return words.yes if value else words.no


def _write_rows(sheet: Any, rows: Iterable[ComplaintLine], words: ComplaintSheetWords,
                zone: object, progress: Callable[[int], None] | None) -> int:
    # Plain values wherever openpyxl's own handling is right (text; dates get yyyy-mm-dd by
    # themselves): it binds them into one reused cell. Only the two times need a cell of ours
    # for their format, reused row after row (a write-only row is written when appended).
    # Styled cells for all 17 columns made the list twice as slow (bench/README.md).
    received, rectified = WriteOnlyCell(sheet), WriteOnlyCell(sheet)
    received.number_format = rectified.number_format = "yyyy-mm-dd hh:mm"
    count = 0
    for row in rows:
        received.value = _local(row.received_at, zone)
        rectified.value = _local(row.rectified_at, zone)
        sheet.append((
            row.number,
            received,
            words.channels.get(row.channel, row.channel),
            words.categories.get(row.category, row.category),
            row.customer_name or words.anonymous,
            row.masked_phone,
            row.content,
            row.demand,
            words.states.get(row.state, row.state),
            words.severities.get(row.severity, row.severity) if row.severity else None,
            row.department or None,
            row.responsible_person or None,
            row.promised_date,
            row.rectify_due,
            rectified,
            _on_time_word(row.on_time, words),
            row.callback_due,
        ))
        count += 1
        if progress is not None and count % 500 == 0:
            progress(count)
    return count
