"""What every Excel writer of the desk shares (openpyxl, write-only mode)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

QUANTITY_FORMAT = "#,##0.###"  # stock quantities: whole pieces, or metres and kilograms to 3


def discard(sheet: Any) -> None:
    """A stopped write-only sheet (a cancelled or failed job): close its row stream and
    remove openpyxl's temporary file now, instead of leaving both to the garbage collector."""
    with suppress(Exception):
        sheet.close()
        sheet._writer.cleanup()


def bold_cells(sheet: Any, values: Iterable[object], size: float = 11) -> list[WriteOnlyCell]:
    """A title or header row of a write-only sheet."""
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        cell.font = Font(bold=True, size=size)
        cells.append(cell)
    return cells


def set_widths(sheet: Any, widths: Sequence[float]) -> None:
    """Column widths from A on, set before the first row of a write-only sheet."""
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width


def list_sheet(book: Any, name: str, widths: Sequence[float], title: str,
               notes: Sequence[str], columns: Sequence[str], frozen_column: str = "A") -> Any:
    """A write-only list sheet as every export of the desk starts one: the title in bold, the
    notes below it (the basis, who exported it and when), the bold column header, the widths,
    and the panes frozen under the header (and left of ``frozen_column``)."""
    sheet = book.create_sheet(name)
    sheet.freeze_panes = f"{frozen_column}{len(notes) + 3}"
    set_widths(sheet, widths)
    sheet.append(bold_cells(sheet, [title], 13))
    for note in notes:
        sheet.append([note])
    sheet.append(bold_cells(sheet, columns))
    return sheet


def filter_listed(sheet: Any, columns: int, header_row: int, count: int) -> None:
    """An autofilter over the header row and the ``count`` rows listed under it (none for an
    empty list: a filter over a header alone confuses Excel's sort)."""
    if count:
        last = get_column_letter(columns)
        sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + count}"


def totals_sheet(book: Any, name: str, widths: Sequence[float], columns: Sequence[str]) -> Any:
    """The sheet of totals after a list: its widths and its bold column header."""
    sheet = book.create_sheet(name)
    set_widths(sheet, widths)
    sheet.append(bold_cells(sheet, columns))
    return sheet
