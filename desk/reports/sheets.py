"""What every Excel writer of the desk shares (openpyxl, write-only mode)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any


def discard(sheet: Any) -> None:
    """A stopped write-only sheet (a cancelled or failed job): close its row stream and
    remove openpyxl's temporary file now, instead of leaving both to the garbage collector."""
    with suppress(Exception):
        sheet.close()
        sheet._writer.cleanup()
