"""The month-end reconciliation (月结对账, W9) as an Excel workbook: per item the month's
opening, receipts, issues, adjustments and closing, all read from the one ledger on the same
basis. No row of totals: items are counted in different units (台, 米), which do not add up.

Write-only openpyxl like the inbound list; the words come from the caller in the reader's
language, this module knows none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from desk.reports.sheets import QUANTITY_FORMAT, discard, list_sheet


class ReconciliationLine(Protocol):
    """What a row needs (the services' ReconciliationRow has it)."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def spec(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def figures(self) -> tuple[Decimal, ...]: ...  # opening, entered, in, out, adjusted, closing


@dataclass(frozen=True)
class ReconciliationWords:
    title: str  # "Month-end reconciliation 2026-11"
    basis: str  # the basis of the figures, in a sentence
    exported: str  # who exported it and when
    sheet: str
    columns: tuple[str, ...]  # code, name, spec, unit, then the six figures


_WIDTHS = (12, 20, 16, 6, 10, 10, 10, 10, 10, 10)


def _quantity(sheet: object, value: Decimal) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = QUANTITY_FORMAT
    return cell


def write_reconciliation(path: Path, rows: Iterable[ReconciliationLine],
                         words: ReconciliationWords) -> int:
    """Write the workbook; returns the number of items."""
    book = Workbook(write_only=True)
    sheet = list_sheet(book, words.sheet, _WIDTHS, words.title, [words.basis, words.exported],
                       words.columns)
    count = 0
    try:
        for row in rows:
            sheet.append([row.code, row.name, row.spec, row.unit,
                          *(_quantity(sheet, figure) for figure in row.figures)])
            count += 1
    except BaseException:
        discard(sheet)
        raise
    book.save(path)
    return count
