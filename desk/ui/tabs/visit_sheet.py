"""The words of the visit workbook, in the user's language."""

from __future__ import annotations

from typing import Any

from desk.reports.words import VisitSheetWords
from desk.ui import labels


def visit_sheet_words(tr: Any) -> VisitSheetWords:
    return VisitSheetWords(
        sheet_visits=tr("Visits"),
        sheet_totals=tr("Totals"),
        columns=(
            tr("No."), tr("Arrived"), tr("Customer"), tr("Phone"), tr("Purpose"),
            tr("Handled by"), tr("State"), tr("Finished"), tr("Minutes"), tr("Notes"),
            tr("Outcome"),
        ),
        purposes=labels.purposes(),
        open_word=labels.visit_state(True),
        finished_word=labels.visit_state(False),
        anonymous=labels.anonymous(),
        total_word=tr("Total"),
        purpose_word=tr("Purpose"),
        count_word=tr("Visits"),
        mean_minutes_word=tr("Mean minutes"),
    )
