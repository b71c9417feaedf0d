"""The visit list's filters: date range, purpose, staff, state (today by default)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from desk.services import clock
from desk.services.reception import FINISHED, OPEN, VisitFilter
from desk.ui import labels


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


TODAY, YESTERDAY, THIS_WEEK, THIS_MONTH = "today", "yesterday", "week", "month"


def preset_range(preset: str, today: date) -> tuple[date, date]:
    """The days a preset button shows. A week starts on Monday (as a Chinese calendar's does);
    "this week" and "this month" end today, since no visit arrives tomorrow."""
    if preset == YESTERDAY:
        yesterday = today - timedelta(days=1)
        return yesterday, yesterday
    if preset == THIS_WEEK:
        return today - timedelta(days=today.weekday()), today
    if preset == THIS_MONTH:
        return today.replace(day=1), today
    return today, today


class VisitFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = _qdate(clock.local_today())
        self.date_from = QDateEdit(today)
        self.date_from.setObjectName("dateFrom")
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.today = QPushButton(self.tr("Today"))
        self.today.setObjectName("todayButton")
        self.yesterday = QPushButton(self.tr("Yesterday"))
        self.yesterday.setObjectName("yesterdayButton")
        self.this_week = QPushButton(self.tr("This week"))
        self.this_week.setObjectName("thisWeekButton")
        self.this_month = QPushButton(self.tr("This month"))
        self.this_month.setObjectName("thisMonthButton")
        self._presets = {
            TODAY: self.today, YESTERDAY: self.yesterday,
            THIS_WEEK: self.this_week, THIS_MONTH: self.this_month,
        }
        self.purpose = QComboBox()
        self.purpose.setObjectName("purposeFilter")
        self.purpose.addItem(self.tr("All purposes"), None)
        for code, text in labels.purposes().items():
            self.purpose.addItem(text, code)
        self.handler = QComboBox()
        self.handler.setObjectName("handlerFilter")
        self.handler.addItem(self.tr("All staff"), None)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.addItem(self.tr("Open and finished"), None)
        self.state.addItem(self.tr("Open only"), OPEN)
        self.state.addItem(self.tr("Finished only"), FINISHED)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.date_to)
        for button in self._presets.values():
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.purpose)
        layout.addWidget(self.handler)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.date_from.dateChanged.connect(self._from_changed)
        self.date_to.dateChanged.connect(self._to_changed)
        for preset, button in self._presets.items():
            button.clicked.connect(lambda _=False, preset=preset: self.show_preset(preset))
        for combo in (self.purpose, self.handler, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _from_changed(self, day: QDate) -> None:
        if self.date_to.date() < day:
            self.date_to.setDate(day)  # emits changed through _to_changed
            return
        self.changed.emit()

    def _to_changed(self, day: QDate) -> None:
        if self.date_from.date() > day:
            self.date_from.setDate(day)
            return
        self.changed.emit()

    def show_today(self) -> None:
        self.show_preset(TODAY)

    def show_preset(self, preset: str) -> None:
        first, last = preset_range(preset, clock.local_today())
        self.blockSignals(True)
        self.date_from.setDate(_qdate(first))  # may push "to" along; set right below
        self.date_to.setDate(_qdate(last))
        self.blockSignals(False)
        self.changed.emit()

    def set_handlers(self, handlers: list[tuple[int, str]]) -> None:
        current = self.handler.currentData()
        self.handler.blockSignals(True)
        while self.handler.count() > 1:
            self.handler.removeItem(1)
        for staff_id, name in handlers:
            self.handler.addItem(name, staff_id)
        index = self.handler.findData(current)
        self.handler.setCurrentIndex(max(index, 0))
        self.handler.blockSignals(False)

    def value(self) -> VisitFilter:
        return VisitFilter(
            date_from=_pydate(self.date_from.date()),
            date_to=_pydate(self.date_to.date()),
            purpose=self.purpose.currentData(),
            handler_id=self.handler.currentData(),
            state=self.state.currentData(),
        )
