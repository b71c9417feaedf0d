"""The periodic suggestion feedback report (C1a) as an Excel workbook: counts by department
and state, then every suggestion of the period with its evaluation and proposal.

Words come from the caller; this module knows no language and imports no service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

WHEN = "yyyy-mm-dd hh:mm"


@dataclass(frozen=True)
class SuggestionSheetWords:
    title: str
    exported: str
    sheet_summary: str
    sheet_list: str
    department_word: str
    not_passed: str  # the department of a suggestion not passed on yet
    total_word: str
    states: Mapping[str, str]  # in the order of the state machine
    channels: Mapping[str, str]
    columns: tuple[str, ...]  # number, received, channel, customer, suggestion, department,
    #                           state, evaluation, proposal, feedback
    anonymous: str


class SuggestionLine(Protocol):
    @property
    def number(self) -> str: ...
    @property
    def received_at(self) -> datetime: ...
    @property
    def channel(self) -> str: ...
    @property
    def customer_name(self) -> str: ...
    @property
    def content(self) -> str: ...
    @property
    def department(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def evaluation(self) -> str: ...
    @property
    def proposal(self) -> str: ...
    @property
    def feedback(self) -> str: ...


def _heading(sheet: Worksheet, words: SuggestionSheetWords, columns: list[str],
             widths: Iterable[int]) -> None:
    sheet.append([words.title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([words.exported])
    sheet.append(columns)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "B4"
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width


def write_feedback_report(
    path: Path,
    departments: Iterable[str],
    counts: Mapping[tuple[str, str], int],
    suggestions: Iterable[SuggestionLine],
    words: SuggestionSheetWords,
    zone: object,
) -> int:
    """Write the workbook; returns the number of suggestions listed."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = words.sheet_summary
    states = list(words.states)
    _heading(summary, words,
             [words.department_word, *words.states.values(), words.total_word],
             [24, *(14 for _ in states), 10])
    for department in departments:
        per_state = [counts.get((department, state), 0) for state in states]
        summary.append([department or words.not_passed, *per_state, sum(per_state)])
    totals = [sum(n for (_, s), n in counts.items() if s == state) for state in states]
    summary.append([words.total_word, *totals, sum(totals)])
    for cell in summary[summary.max_row]:
        cell.font = Font(bold=True)

    sheet = book.create_sheet(words.sheet_list)
    _heading(sheet, words, list(words.columns), (16, 17, 10, 12, 40, 14, 12, 40, 40, 40))
    wrap = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row in suggestions:
        at = row.received_at.astimezone(zone).replace(tzinfo=None)  # type: ignore[arg-type]
        sheet.append([
            row.number, at, words.channels.get(row.channel, row.channel),
            row.customer_name or words.anonymous, row.content,
            row.department or words.not_passed, words.states.get(row.state, row.state),
            row.evaluation, row.proposal, row.feedback,
        ])
        line = sheet.max_row
        sheet.cell(line, 2).number_format = WHEN
        for column in (5, 8, 9, 10):
            sheet.cell(line, column).alignment = wrap
        count += 1
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(words.columns))}{3 + count}"
    book.save(path)
    return count
