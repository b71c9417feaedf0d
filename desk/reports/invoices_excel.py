"""Issued invoices for finance (I4) as an Excel workbook: every line of every invoice issued in
the range, with its invoice's head, and a sheet of totals per tax rate.

Write-only openpyxl like the other lists; money goes in as exact Decimal yuan with a yuan
format, the words come from the caller in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from desk.reports.sheets import discard, filter_listed, list_sheet, totals_sheet

MONEY = '"¥"#,##0.00'
QUANTITY = "#,##0.######"
CREDITED = "credited"


class InvoiceLine(Protocol):
    """What a row needs (the services' ExportLine has it)."""

    @property
    def invoice_date(self) -> date: ...
    @property
    def invoice_number(self) -> str: ...
    @property
    def request_number(self) -> str: ...
    @property
    def invoice_type(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def taxpayer_id(self) -> str: ...
    @property
    def item(self) -> str: ...
    @property
    def spec(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def rate(self) -> int: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def tax(self) -> Decimal: ...
    @property
    def total(self) -> Decimal: ...
    @property
    def receipts(self) -> str: ...
    @property
    def credit_number(self) -> str: ...


@dataclass(frozen=True)
class InvoiceSheetWords:
    title: str
    exported: str
    sheet_lines: str
    sheet_totals: str
    columns: tuple[str, ...]  # 18, in the order of the row below
    totals_columns: tuple[str, ...]  # rate, amount, tax, total
    credited_note: str
    invoice_type: Callable[[str], str]
    state: Callable[[str], str]


_WIDTHS = (11, 22, 16, 16, 12, 26, 20, 20, 12, 6, 9, 12, 7, 12, 11, 12, 24, 22)
_FIRST_ROW = 4


def write_invoices(path: Path, rows: Iterable[InvoiceLine], words: InvoiceSheetWords,
                   progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook; returns the number of lines."""
    book = Workbook(write_only=True)
    sheet = list_sheet(book, words.sheet_lines, _WIDTHS, words.title, [words.exported],
                       words.columns)
    sums: dict[int, list[Decimal]] = {}
    count = 0
    try:
        for row in rows:
            values: list[object] = [
                row.invoice_date, row.invoice_number, row.request_number,
                words.invoice_type(row.invoice_type), words.state(row.state), row.title,
                row.taxpayer_id, row.item, row.spec, row.unit, row.quantity, row.unit_price,
                row.rate, row.amount, row.tax, row.total, row.receipts, row.credit_number]
            cells = []
            for index, value in enumerate(values):
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
                elif index == 10:
                    cell.number_format = QUANTITY
                elif isinstance(value, Decimal):
                    cell.number_format = MONEY
                cells.append(cell)
            sheet.append(cells)
            if row.state != CREDITED:
                figures = sums.setdefault(row.rate, [Decimal(0), Decimal(0), Decimal(0)])
                figures[0] += row.amount
                figures[1] += row.tax
                figures[2] += row.total
            count += 1
            if progress is not None and count % 500 == 0:
                progress(count)
    except BaseException:
        discard(sheet)
        raise
    filter_listed(sheet, len(_WIDTHS), _FIRST_ROW - 1, count)
    summary = totals_sheet(book, words.sheet_totals, (10, 16, 16, 16), words.totals_columns)
    for rate in sorted(sums, reverse=True):
        cells = [WriteOnlyCell(summary, value=rate)]
        for value in sums[rate]:
            cell = WriteOnlyCell(summary, value=value)
            cell.number_format = MONEY
            cells.append(cell)
        summary.append(cells)
    summary.append([words.credited_note])
    book.save(path)
    return count
