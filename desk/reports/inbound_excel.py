"""The daily inbound list for finance (W5) as an Excel workbook: every line taken into stock on
the day, receipt by receipt, and a sheet of totals per item.

Write-only openpyxl like the visit list; the words come from the caller in the reader's
language, this module knows none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from desk.reports.sheets import (
    QUANTITY_FORMAT,
    bold_cells,
    discard,
    filter_listed,
    list_sheet,
    totals_sheet,
)


class InboundLine(Protocol):
    """What a row needs (the services' InboundRow has it)."""

    @property
    def receipt_number(self) -> str: ...
    @property
    def delivery_number(self) -> str: ...
    @property
    def supplier(self) -> str: ...
    @property
    def note_number(self) -> str: ...
    @property
    def posted_at(self) -> datetime: ...
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def spec(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def received_by(self) -> str: ...


@dataclass(frozen=True)
class InboundSheetWords:
    title: str  # "Inbound list 2026-11-23"
    exported: str  # who exported it and when
    sheet_lines: str
    sheet_totals: str
    columns: tuple[str, ...]  # receipt, delivery, supplier, note, received at, code, name,
    # spec, unit, quantity, received by
    totals_columns: tuple[str, ...]  # code, name, unit, quantity
    receipts_word: str  # "Receipts"


_WIDTHS = (18, 18, 20, 14, 17, 12, 20, 16, 6, 10, 10)
_FIRST_ROW = 4


def write_inbound(path: Path, rows: Iterable[InboundLine], words: InboundSheetWords,
                  zone: object) -> int:
    """Write the workbook; returns the number of lines."""
    book = Workbook(write_only=True)
    sheet = list_sheet(book, words.sheet_lines, _WIDTHS, words.title, [words.exported],
                       words.columns)
    totals: dict[tuple[str, str, str], Decimal] = {}
    receipts: set[str] = set()
    count = 0
    try:
        for row in rows:
            at = row.posted_at.astimezone(zone).replace(tzinfo=None)  # type: ignore[arg-type]
            values: list[object] = [row.receipt_number, row.delivery_number, row.supplier,
                                    row.note_number, at, row.code, row.name, row.spec,
                                    row.unit, row.quantity, row.received_by]
            cells = []
            for value in values:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, datetime):
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif isinstance(value, Decimal):
                    cell.number_format = QUANTITY_FORMAT
                cells.append(cell)
            sheet.append(cells)
            key = (row.code, row.name, row.unit)
            totals[key] = totals.get(key, Decimal(0)) + row.quantity
            receipts.add(row.receipt_number)
            count += 1
    except BaseException:
        discard(sheet)
        raise
    filter_listed(sheet, len(_WIDTHS), _FIRST_ROW - 1, count)
    summary = totals_sheet(book, words.sheet_totals, (14, 24, 8, 12), words.totals_columns)
    for (code, name, unit), quantity in sorted(totals.items()):
        cell = WriteOnlyCell(summary, value=quantity)
        cell.number_format = QUANTITY_FORMAT
        summary.append([code, name, unit, cell])
    summary.append(bold_cells(summary, [words.receipts_word, len(receipts)]))
    book.save(path)
    return count
