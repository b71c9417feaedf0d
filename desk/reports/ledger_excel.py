"""The stock ledger (W7) of a range as an Excel workbook: every movement in the ledger's order,
and a sheet of each item's opening, in, out, adjustments and closing (the month-end
reconciliation's figures for the range). No row of totals: units (台, 米) do not add up.

Write-only openpyxl like the inbound list; the words come from the caller in the reader's
language, this module knows none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
    set_widths,
)


class LedgerMovement(Protocol):
    """What a movement row needs (the services' LedgerLine has it)."""

    @property
    def at(self) -> datetime: ...
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def spec(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def document_kind(self) -> str: ...
    @property
    def document_number(self) -> str: ...
    @property
    def by_name(self) -> str: ...
    @property
    def note(self) -> str: ...


class LedgerTotal(Protocol):
    """What a totals row needs (the services' ReconciliationRow has it)."""

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
class LedgerWords:
    title: str  # "Stock ledger 2026-12-01 to 2026-12-31, all items"
    exported: str  # who exported it and when
    basis: str  # the totals' basis, in a sentence
    sheet_lines: str
    sheet_totals: str
    columns: tuple[str, ...]  # time, code, name, spec, unit, movement, quantity, document,
    # document no., by, from/to
    totals_columns: tuple[str, ...]  # code, name, spec, unit, then the six figures
    kind: Callable[[str], str]  # a movement's kind in words
    document: Callable[[str], str]  # a document kind in words


_WIDTHS = (17, 12, 20, 16, 6, 10, 10, 10, 18, 10, 30)
_TOTAL_WIDTHS = (12, 20, 16, 6, 10, 10, 10, 10, 10, 10)
_FIRST_ROW = 4
_PROGRESS_EVERY = 500


def _quantity(sheet: object, value: Decimal) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = QUANTITY_FORMAT
    return cell


def write_ledger(path: Path, rows: Iterable[LedgerMovement], totals: Iterable[LedgerTotal],
                 words: LedgerWords, zone: object,
                 progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook; returns the number of movements. ``progress(done)`` is called every
    few hundred rows (a cancelled job raises there)."""
    book = Workbook(write_only=True)
    sheet = list_sheet(book, words.sheet_lines, _WIDTHS, words.title, [words.exported],
                       words.columns)
    count = 0
    try:
        for row in rows:
            local = row.at.astimezone(zone).replace(tzinfo=None)  # type: ignore[arg-type]
            at = WriteOnlyCell(sheet, value=local)
            at.number_format = "yyyy-mm-dd hh:mm"
            sheet.append([at, row.code, row.name, row.spec, row.unit, words.kind(row.kind),
                          _quantity(sheet, row.quantity), words.document(row.document_kind),
                          row.document_number, row.by_name, " ".join(row.note.split())])
            count += 1
            if progress is not None and count % _PROGRESS_EVERY == 0:
                progress(count)
    except BaseException:
        discard(sheet)
        raise
    filter_listed(sheet, len(_WIDTHS), _FIRST_ROW - 1, count)
    summary = book.create_sheet(words.sheet_totals)
    set_widths(summary, _TOTAL_WIDTHS)
    summary.append(bold_cells(summary, [words.title], 13))
    summary.append([words.basis])
    summary.append(bold_cells(summary, words.totals_columns))
    for total in totals:
        summary.append([total.code, total.name, total.spec, total.unit,
                        *(_quantity(summary, figure) for figure in total.figures)])
    book.save(path)
    return count
