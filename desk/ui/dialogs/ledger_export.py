"""W7: what the stock ledger export covers: a range of days (this month by default) and the
item picked in the list, or all items. The export itself is the job ``desk export ledger``
runs (:func:`desk.services.ledger_export.export_ledger`)."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock
from desk.services.items import ItemRow
from desk.services.ledger_export import LedgerRange


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LedgerExportDialog(QDialog):
    """From, to and the item (the one picked in the list, or all items), then Export."""

    def __init__(self, item: ItemRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerExportDialog")
        self.setWindowTitle(self.tr("Export the stock ledger"))
        today = clock.local_today()
        self.date_from = self._date_edit("dateFrom", today.replace(day=1))
        self.date_to = self._date_edit(
            "dateTo", today.replace(day=monthrange(today.year, today.month)[1]))
        self.item = QComboBox(self)
        self.item.setObjectName("ledgerItem")
        self.item.addItem(self.tr("All items"), None)
        if item is not None:
            self.item.addItem(f"{item.code} · {item.name} {item.spec}".strip(), item.id)
            self.item.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.date_from)
        form.addRow(self.tr("&To"), self.date_to)
        form.addRow(self.tr("&Item"), self.item)
        buttons = QDialogButtonBox(self)
        export = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setObjectName("exportButton")
        export.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def selection(self) -> LedgerRange:
        item_id = self.item.currentData()
        return LedgerRange(_day(self.date_from.date()), _day(self.date_to.date()),
                           int(item_id) if item_id is not None else None)
