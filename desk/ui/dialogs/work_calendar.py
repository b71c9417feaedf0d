"""The supervisors' work calendar (工作日历, C4): the year's holidays and make-up working days as
the State Council fixed them, and the store's own days on top.

A supervisor enters a year the bundled schedule does not know yet (2027 before a library
release has it) from the notice, then ticks "complete": deadlines in that year are exact from
then on instead of estimated on Monday to Friday. Each press of Save or Remove is one saved,
audited change, so switching the year never loses typed work.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from desk.ui.actions import handle_failure, run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table

if TYPE_CHECKING:
    from desk.services.workdays import CalendarYear, DayChange, SpecialDay

_Index = QModelIndex | QPersistentModelIndex


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class SpecialDaysModel(QAbstractTableModel):
    """A thin view of one :class:`CalendarYear`'s special days (a year has a few dozen)."""

    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[SpecialDay, ...] = ()

    def show_days(self, days: tuple[SpecialDay, ...]) -> None:
        self.beginResetModel()
        self._days = days
        self.endResetModel()

    def day_at(self, row: int) -> SpecialDay:
        return self._days[row]

    def row_of(self, day: date) -> int | None:
        return next((i for i, d in enumerate(self._days) if d.day == day), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("WorkCalendar", "Date"),
            QCoreApplication.translate("WorkCalendar", "Weekday"),
            QCoreApplication.translate("WorkCalendar", "Off / working"),
            QCoreApplication.translate("WorkCalendar", "Name"),
            QCoreApplication.translate("WorkCalendar", "Source"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        special = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(special, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and special.source == "store":
            return official_text(special.official)
        return None

    @staticmethod
    def _text(special: SpecialDay, column: int) -> str:
        if column == 0:
            return special.day.isoformat()
        if column == 1:
            return QLocale().dayName(special.day.isoweekday(), QLocale.FormatType.ShortFormat)
        if column == 2:
            return working_word(special.working)
        if column == 3:
            return day_name(special)
        if special.source == "official":
            return QCoreApplication.translate("WorkCalendar", "National schedule")
        return QCoreApplication.translate("WorkCalendar", "Store setting")


def working_word(working: bool) -> str:
    """休 / 班, as a Chinese wall calendar marks the days."""
    if working:
        return QCoreApplication.translate("WorkCalendar", "Working")
    return QCoreApplication.translate("WorkCalendar", "Off")


def day_name(special: SpecialDay) -> str:
    from desk.services.workdays import HOLIDAYS

    if special.source == "official":
        return QCoreApplication.translate(HOLIDAYS, special.name)
    return special.name


def official_text(official: bool | None) -> str:
    """What the national schedule says for a day the store set (the row's tooltip)."""
    if official is None:
        return QCoreApplication.translate(
            "WorkCalendar", "National schedule: no data for this day")
    if official:
        return QCoreApplication.translate("WorkCalendar", "National schedule: working day")
    return QCoreApplication.translate("WorkCalendar", "National schedule: day off")


class WorkCalendarDialog(QDialog):
    """One year of the calendar; Save and Remove write at once (each audited)."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        from desk.services.workdays import FIRST_YEAR, LAST_YEAR, NAME_MAX

        super().__init__(parent)
        self._store = store
        self._actor = actor
        self.loaded: CalendarYear | None = None
        self.setObjectName("workCalendarDialog")
        self.setWindowTitle(self.tr("Work calendar"))
        self._general = QLabel(self)
        self._errors = FieldErrors(self._general)

        self.year = QSpinBox(self)
        self.year.setObjectName("calendarYear")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(clock.local_today().year)
        self.year.setKeyboardTracking(False)  # typing "2027" loads once, not 2, 20, 202
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year)

        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)

        self.model = SpecialDaysModel(self)
        self.table = record_table("specialDays", self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the editor, arrows move rows
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.first_day = QDateEdit(self)
        self.first_day.setObjectName("firstDay")
        self.last_day = QDateEdit(self)
        self.last_day.setObjectName("lastDay")
        for edit in (self.first_day, self.last_day):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("dayKind")
        self.kind.addItem(self.tr("Off (holiday)"), False)
        self.kind.addItem(self.tr("Working (make-up day)"), True)
        self.day_name = QLineEdit(self)
        self.day_name.setObjectName("dayName")
        self.day_name.setMaxLength(NAME_MAX)
        self.day_name.setPlaceholderText(self.tr("e.g. 元旦, 春节, 调休上班"))
        self.save_button = QPushButton(self.tr("&Save days"), self)
        self.save_button.setObjectName("saveDays")
        self.remove_button = QPushButton(self.tr("&Remove store setting"), self)
        self.remove_button.setObjectName("removeDays")
        self.remove_button.setToolTip(self.tr(
            "The selected days follow the national schedule again."))

        self.complete = QCheckBox(self.tr("This year's schedule is &complete"), self)
        self.complete.setObjectName("yearComplete")
        self.complete.setToolTip(self.tr(
            "Tick when every holiday and make-up working day of the State Council's notice "
            "for this year is entered: deadlines in the year are then exact, no longer "
            "estimated on Monday to Friday."))
        self.saved_line = QLabel(self)
        self.saved_line.setObjectName("calendarSaved")
        self.saved_line.setWordWrap(True)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        # Enter confirms the field it is pressed in (the year, the name), never a button the
        # focus is not on: a year typed and entered must not save a day or close the calendar.
        for button in (self.save_button, self.remove_button, close):
            button.setAutoDefault(False)
        for widget in (self.first_day, self.last_day, self.kind):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._lay_out(year_label)
        self._connect_signals()
        self.resize(720, 600)
        self.load()
        self.year.setFocus()

    # -- building ---------------------------------------------------------------------------
    def _field(self, field: str, widget: QWidget) -> QVBoxLayout:
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        error = self._errors.label_for(field, self)
        error.setMinimumWidth(200)
        cell.addWidget(error)
        return cell

    def _lay_out(self, year_label: QLabel) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addLayout(self._field("year", self.year))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        editor = QGroupBox(self.tr("Store setting for days"), self)
        grid = QGridLayout(editor)
        rows: tuple[tuple[str, QWidget, QVBoxLayout | QWidget], ...] = (
            (self.tr("&From:"), self.first_day, self._field("day", self.first_day)),
            (self.tr("&To:"), self.last_day, self.last_day),
            (self.tr("&Kind:"), self.kind, self.kind),
            (self.tr("&Name:"), self.day_name, self._field("name", self.day_name)),
        )
        for row, (text, widget, cell) in enumerate(rows):
            label = QLabel(text, editor)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(cell, QWidget):
                grid.addWidget(cell, row, 1)
            else:
                grid.addLayout(cell, row, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, len(rows), 1)
        grid.setColumnStretch(1, 1)
        layout.addWidget(editor)

        layout.addWidget(self.complete)
        layout.addWidget(self._general)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_line, 1)
        bottom.addWidget(self._buttons)
        layout.addLayout(bottom)
        chain = (self.year, self.table, self.first_day, self.last_day, self.kind,
                 self.day_name, self.save_button, self.remove_button, self.complete,
                 self._buttons)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.year.valueChanged.connect(lambda _year: self.load())
        self.first_day.dateChanged.connect(self._first_day_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.save_button.clicked.connect(self.save_days)
        self.day_name.returnPressed.connect(self.save_days)
        self.remove_button.clicked.connect(self.remove_days)
        self.table.installEventFilter(self)  # Delete in the list removes the store's days
        self.complete.clicked.connect(self.save_complete)
        self._buttons.rejected.connect(self.reject)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_days()
            return True
        return super().eventFilter(watched, event)

    # -- showing ----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the year picked and show it (also after every save)."""
        from desk.services import workdays

        self._errors.clear()
        self.saved_line.clear()  # "Saved" was about the year shown before
        try:
            with self._store.read() as session:
                loaded = workdays.calendar_year(session, self._actor, self.year.value())
        except DomainError as error:
            self._refused(error)
            return
        except Exception as exc:  # the database unreachable, or a bug: the one sorting place
            handle_failure(self, exc)
            return
        self._show(loaded)

    def _show(self, loaded: CalendarYear) -> None:
        self.loaded = loaded
        year = loaded.year
        self.model.show_days(loaded.days)
        first, last = QDate(year, 1, 1), QDate(year, 12, 31)
        for edit in (self.first_day, self.last_day):
            edit.setDateRange(first, last)
        if self.first_day.date().year() != year:
            self.first_day.setDate(first)
            self.last_day.setDate(first)
        self.complete.setChecked(loaded.known)
        self.complete.setEnabled(not loaded.bundled)  # a bundled year is complete as shipped
        self._show_notice(loaded)
        self._selection_changed()

    def _show_notice(self, loaded: CalendarYear) -> None:
        if loaded.bundled:
            text = self.tr(
                "{year}: the national schedule (State Council notice) is built in. Days set "
                "here take precedence over it.")
            style = ""
        elif loaded.confirmed:
            text = self.tr(
                "{year}: the schedule was entered here and marked complete; deadlines in this "
                "year are exact.")
            style = ""
        else:
            text = self.tr(
                "{year} has no national schedule data yet: enter its holidays and make-up "
                "working days from the State Council's notice. Until then deadlines are "
                "estimated on Monday to Friday.")
            style = "color: #8a4b00; background: #fff4e0; padding: 6px;"
        self.notice.setText(text.format(year=loaded.year))
        self.notice.setStyleSheet(style)

    def _selected(self) -> list[SpecialDay]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.day_at(row) for row in rows]

    def _selection_changed(self, *_args: object) -> None:
        chosen = self._selected()
        self.remove_button.setEnabled(any(d.source == "store" for d in chosen))
        if not chosen:
            return
        self.first_day.setDate(_qdate(chosen[0].day))
        self.last_day.setDate(_qdate(chosen[-1].day))
        self.kind.setCurrentIndex(self.kind.findData(chosen[0].working))
        self.day_name.setText(day_name(chosen[0]))

    def _first_day_changed(self, first: QDate) -> None:
        if self.last_day.date() < first:
            self.last_day.setDate(first)

    # -- saving -----------------------------------------------------------------------------
    def _version(self, day: date) -> int:
        row = self.model.row_of(day)
        special = self.model.day_at(row) if row is not None else None
        return special.version if special is not None and special.source == "store" else 0

    def save_days(self) -> None:
        """The days from..to set off or working under the name typed."""
        from desk.services.workdays import DayChange

        first, last = _pydate(self.first_day.date()), _pydate(self.last_day.date())
        working = bool(self.kind.currentData())
        changes = [
            DayChange(day, working, self.day_name.text(), self._version(day))
            for day in (first + timedelta(days=i) for i in range((last - first).days + 1))
        ]
        if self._save(changes, self.complete.isChecked()):
            self.saved_line.setText(self.tr("Saved: %n day(s).", "", len(changes)))

    def remove_days(self) -> None:
        """The selected store settings go; the national schedule applies to them again."""
        from desk.services.workdays import DayChange

        chosen = [d for d in self._selected() if d.source == "store"]
        if not chosen:
            return
        changes = [DayChange(d.day, None, version=d.version) for d in chosen]
        if self._save(changes, self.complete.isChecked()):
            self.saved_line.setText(self.tr("Removed: %n day(s).", "", len(changes)))

    def save_complete(self) -> None:
        if self._save([], self.complete.isChecked()):
            self.saved_line.setText(self.tr("Saved."))
        elif self.loaded is not None:
            self.complete.setChecked(self.loaded.known)

    def _save(self, changes: list[DayChange], confirmed: bool) -> bool:
        from desk.services import workdays

        loaded = self.loaded
        if loaded is None:
            return False
        self.saved_line.clear()
        saved = run_action(
            self,
            self._store,
            lambda s: workdays.save_calendar(
                s, self._actor, loaded.year, changes, confirmed, loaded.confirmed_version
            ),
            self._refused,
        )
        if saved is None:
            return False
        self._show(saved)
        return True

    def _refused(self, error: DomainError) -> None:
        label = self._errors.show(error)
        widget = {"year": self.year, "day": self.first_day, "name": self.day_name}.get(
            error.field or "")
        if widget is not None:
            widget.setFocus()
        else:
            label.setFocus()

    # -- for the tests ----------------------------------------------------------------------
    def error_text(self, field: str) -> str:
        return self._errors.text(field)
