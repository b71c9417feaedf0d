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
