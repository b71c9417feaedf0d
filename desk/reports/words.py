"""Words a report needs from the caller, who knows the user's language (reports do not)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class VisitSheetWords:
    title: str  # what the sheet holds: "Visits 2026-11-01 to 2026-11-25"
    exported: str  # who exported it and when (K2: the paper trail of a copy)
    sheet_visits: str
    sheet_totals: str
    columns: tuple[str, ...]  # number, arrived, customer, phone, purpose, handler, state,
    #                           finished, minutes, notes, outcome
    purposes: Mapping[str, str]
    open_word: str
    finished_word: str
    anonymous: str
    total_word: str
    purpose_word: str
    count_word: str
    mean_minutes_word: str
