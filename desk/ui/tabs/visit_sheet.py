"""The words of the visit workbook, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.reports.words import VisitSheetWords
from desk.ui import labels


def visit_sheet_words() -> VisitSheetWords:
    # Written out call by call: lupdate collects only literal contexts and texts.
    return VisitSheetWords(
        sheet_visits=QCoreApplication.translate("VisitSheet", "Visits"),
        sheet_totals=QCoreApplication.translate("VisitSheet", "Totals"),
        columns=(
            QCoreApplication.translate("VisitColumns", "No."),
            QCoreApplication.translate("VisitColumns", "Arrived"),
            QCoreApplication.translate("VisitColumns", "Customer"),
            QCoreApplication.translate("VisitColumns", "Phone"),
            QCoreApplication.translate("VisitColumns", "Purpose"),
            QCoreApplication.translate("VisitColumns", "Handled by"),
            QCoreApplication.translate("VisitColumns", "State"),
            QCoreApplication.translate("VisitColumns", "Finished"),
            QCoreApplication.translate("VisitSheet", "Minutes"),
            QCoreApplication.translate("VisitColumns", "Notes"),
            QCoreApplication.translate("VisitColumns", "Outcome"),
        ),
        purposes=labels.purposes(),
        open_word=labels.visit_state(True),
        finished_word=labels.visit_state(False),
        anonymous=labels.anonymous(),
        total_word=QCoreApplication.translate("VisitSheet", "Total"),
        purpose_word=QCoreApplication.translate("VisitColumns", "Purpose"),
        count_word=QCoreApplication.translate("VisitSheet", "Number of visits"),
        mean_minutes_word=QCoreApplication.translate("VisitSheet", "Mean minutes"),
    )
