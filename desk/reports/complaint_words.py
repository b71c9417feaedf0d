"""What the complaint summary's workbook needs from the caller: the counted tables, the rates
with what they are made of, and every word in the user's language. Plain data, no openpyxl:
the services build these while the window is open without paying openpyxl's import."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DASH = "—"  # a figure that cannot be given yet (no denominator, no callbacks)


@dataclass(frozen=True)
class CountTable:
    """One "counts by …" table: its heading and (word, count) rows, in the order shown."""

    title: str
    rows: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class RateLine:
    """A rate with what it is made of. ``numerator``/``denominator`` None: not known yet
    (satisfaction before the callbacks exist), shown as a dash."""

    label: str
    numerator: int | None
    denominator: int | None
    target: str  # "≤ 5 %", or "" when the rate has no target
    verdict: str  # "met", "missed" or "" in the user's language
    missed: bool = False

    @property
    def value(self) -> float | None:
        if not self.denominator or self.numerator is None:
            return None
        return self.numerator / self.denominator


@dataclass(frozen=True)
class ComplaintSheetWords:
    title: str  # "Weekly complaint summary 2026-W47 (2026-11-16 to 2026-11-22)"
    exported: str  # who exported it and when (K2)
    sheet_summary: str
    sheet_list: str
    total: str  # "Complaints received: {count}" already filled in
    count_word: str
    rate_heading: tuple[str, ...]  # rate, numerator, denominator, value, target, result
    notes: tuple[str, ...]
    columns: tuple[str, ...]  # see _LIST_WIDTHS for the order
    channels: Mapping[str, str]
    categories: Mapping[str, str]
    severities: Mapping[str, str]
    states: Mapping[str, str]
    anonymous: str
    yes: str
    no: str
