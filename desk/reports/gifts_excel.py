"""The gift issue list (G3) as an Excel workbook: every gift handed out in the days, and a sheet
of totals per gift.

Write-only openpyxl like the inbound list; the words come from the caller in the reader's
language, this module knows none. Phones arrive masked (K2).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from desk.reports.sheets import discard, filter_listed, list_sheet, totals_sheet


class GiftIssueLine(Protocol):
    """What a row needs (the services' IssueRow has it)."""

    @property
    def number(self) -> str: ...
    @property
    def issued_at(self) -> datetime: ...
    @property
    def gift_name(self) -> str: ...
    @property
    def campaign(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def receipt_number(self) -> str: ...
    @property
    def quantity(self) -> int: ...
    @property
    def recipient_name(self) -> str: ...
    @property
    def masked_phone(self) -> str: ...
    @property
    def issued_by(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def void_reason(self) -> str: ...


@dataclass(frozen=True)
class GiftSheetWords:
    title: str  # "Gifts handed out 2026-11-23"
    exported: str  # who exported it and when
    sheet_lines: str
    sheet_totals: str
    columns: tuple[str, ...]  # number, time, gift, campaign, receipt, quantity, unit,
    # recipient, phone, staff, state, void reason
    totals_columns: tuple[str, ...]  # gift, campaign, unit, handed out (voided not counted)
    voided_word: str  # the state column of a voided issue
    issued_word: str


_WIDTHS = (18, 17, 16, 18, 20, 8, 6, 12, 14, 10, 10, 20)
_FIRST_ROW = 4


def write_gift_issues(path: Path, rows: Iterable[GiftIssueLine], words: GiftSheetWords,
                      zone: object) -> int:
    """Write the workbook; returns the number of issues listed."""
    book = Workbook(write_only=True)
    sheet = list_sheet(book, words.sheet_lines, _WIDTHS, words.title, [words.exported],
                       words.columns)
    totals: dict[tuple[str, str, str], int] = {}
    count = 0
    try:
        for row in rows:
            at = row.issued_at.astimezone(zone).replace(tzinfo=None)  # type: ignore[arg-type]
            voided = row.state == "voided"
            time_cell = WriteOnlyCell(sheet, value=at)
            time_cell.number_format = "yyyy-mm-dd hh:mm"
            sheet.append([row.number, time_cell, row.gift_name, row.campaign,
                          row.receipt_number, row.quantity, row.unit, row.recipient_name,
                          row.masked_phone, row.issued_by,
                          words.voided_word if voided else words.issued_word,
                          row.void_reason])
            if not voided:
                key = (row.gift_name, row.campaign, row.unit)
                totals[key] = totals.get(key, 0) + row.quantity
            count += 1
    except BaseException:
        discard(sheet)
        raise
    filter_listed(sheet, len(_WIDTHS), _FIRST_ROW - 1, count)
    summary = totals_sheet(book, words.sheet_totals, (20, 22, 8, 12), words.totals_columns)
    for (gift, campaign, unit), quantity in sorted(totals.items()):
        summary.append([gift, campaign, unit, quantity])
    book.save(path)
    return count
