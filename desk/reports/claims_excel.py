"""The monthly claims report (C9) as an Excel workbook: the month by cause, then its claims.

Money goes into the cells as exact Decimal yuan with a ``¥#,##0.00`` format, so the sums a
reader adds up in Excel are the desk's. Words come from the caller; this module knows no
language and imports no service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

MONEY = '"¥"#,##0.00'
WHEN = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True)
class ClaimsSheetWords:
    title: str  # "Claims 2026-11"
    exported: str  # who exported it and when (K2)
    sheet_causes: str
    sheet_claims: str
    cause_columns: tuple[str, ...]  # cause, claims, claimed, agreed claims, agreed, rejected
    claim_columns: tuple[str, ...]  # claimed at, complaint, customer, cause, claimed, agreed,
    #                                 responsible party, insurance case, state, notified at
    causes: Mapping[str, str]
    states: Mapping[str, str]
    total_word: str
    anonymous: str


class CauseTotals(Protocol):
    @property
    def cause(self) -> str: ...
    @property
    def count(self) -> int: ...
    @property
    def claimed_total(self) -> Decimal: ...
    @property
    def agreed_count(self) -> int: ...
    @property
    def agreed_total(self) -> Decimal: ...
    @property
    def rejected_count(self) -> int: ...


class ClaimLine(Protocol):
    @property
    def claimed_at(self) -> datetime: ...
    @property
    def complaint_number(self) -> str: ...
    @property
    def customer_name(self) -> str: ...
    @property
    def cause(self) -> str: ...
    @property
    def claimed_amount(self) -> Decimal: ...
    @property
    def agreed_amount(self) -> Decimal | None: ...
    @property
    def responsible_party(self) -> str: ...
    @property
    def insurance_case(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def notified_at(self) -> datetime | None: ...


def _local(at: datetime | None, zone: object) -> datetime | None:
    return at.astimezone(zone).replace(tzinfo=None) if at else None  # type: ignore[arg-type]


def _heading(sheet: Worksheet, words: ClaimsSheetWords, columns: tuple[str, ...],
             widths: tuple[int, ...]) -> None:
    sheet.append([words.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([words.exported])
    sheet.append(list(columns))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A4"
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width


def write_claims_report(
    path: Path,
    lines: Iterable[CauseTotals],
    total: CauseTotals,
    claims: Iterable[ClaimLine],
    words: ClaimsSheetWords,
    zone: object,
) -> int:
    """Write the workbook; returns the number of claims listed."""
    book = Workbook()
    causes = book.active
    assert causes is not None
    causes.title = words.sheet_causes
    _heading(causes, words, words.cause_columns, (20, 10, 16, 12, 16, 10))
    for line in (*lines, total):
        causes.append([
            words.causes.get(line.cause, line.cause) if line.cause else words.total_word,
            line.count, line.claimed_total, line.agreed_count, line.agreed_total,
            line.rejected_count,
        ])
        row = causes.max_row
        causes.cell(row, 3).number_format = MONEY
        causes.cell(row, 5).number_format = MONEY
    for cell in causes[causes.max_row]:
        cell.font = Font(bold=True)

    sheet = book.create_sheet(words.sheet_claims)
    _heading(sheet, words, words.claim_columns, (17, 16, 12, 16, 14, 14, 20, 16, 12, 17))
    count = 0
    for claim in claims:
        sheet.append([
            _local(claim.claimed_at, zone), claim.complaint_number,
            claim.customer_name or words.anonymous, words.causes.get(claim.cause, claim.cause),
            claim.claimed_amount, claim.agreed_amount, claim.responsible_party,
            claim.insurance_case, words.states.get(claim.state, claim.state),
            _local(claim.notified_at, zone),
        ])
        row = sheet.max_row
        sheet.cell(row, 1).number_format = WHEN
        sheet.cell(row, 5).number_format = MONEY
        sheet.cell(row, 6).number_format = MONEY
        sheet.cell(row, 10).number_format = WHEN
        count += 1
    last = get_column_letter(len(words.claim_columns))
    sheet.auto_filter.ref = f"A3:{last}{3 + count}"
    book.save(path)
    return count
