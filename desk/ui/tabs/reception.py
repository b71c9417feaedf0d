"""接待登记: log walk-ins, finish them, and the visit list (R1-R4, K2)."""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import customers, exports, reception, staff
from desk.services.errors import DeskError
from desk.services.jobs import JobCancelled, JobControl
from desk.services.paging import Page, PageKey, Sort
from desk.services.permissions import Actor, allowed
from desk.services.reception import VisitFilter, VisitRow
from desk.services.validation import format_phone
from desk.ui import events as ev
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.dialogs.customer_archive import CustomerArchiveDialog
from desk.ui.dialogs.finish_visit import FinishVisitDialog
from desk.ui.dialogs.lead_edit import LeadDialog
from desk.ui.errors import show_error, tell
from desk.ui.events import DeskEvents
from desk.ui.operations import Progress, run_job, start_in_background
from desk.ui.paged_model import Column, PagedTableModel
from desk.ui.scanner import ScanToSearch
from desk.ui.store import Store
from desk.ui.tabs.visit_form import VisitForm
from desk.ui.widgets.record_table import record_table
from desk.ui.widgets.visit_filters import VisitFilterBar
from desk.ui.widgets.visit_services import choose_service, startable

log = logging.getLogger(__name__)


def visit_columns() -> list[Column[VisitRow]]:
    return [
        Column(QCoreApplication.translate("VisitColumns", "No."), "number", lambda v: v.number),
        Column(
            QCoreApplication.translate("VisitColumns", "Arrived"),
            "arrived_at",
            lambda v: labels.local_time(v.arrived_at),
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Customer"),
            "customer",
            lambda v: v.customer_name or labels.anonymous(),
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Phone"), "phone", lambda v: v.masked_phone
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Purpose"),
            "purpose",
            lambda v: labels.purpose(v.purpose),
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Handled by"),
            "handler",
            lambda v: v.handler_name,
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "State"),
            "state",
            lambda v: labels.visit_state(v.is_open),
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Finished"),
            "finished_at",
            lambda v: labels.local_time(v.finished_at, with_date=False),
        ),
        Column(
            QCoreApplication.translate("VisitColumns", "Time spent"),
            "duration",
            lambda v: labels.duration(v.handling_seconds),
            align_right=True,
        ),
        Column(QCoreApplication.translate("VisitColumns", "Notes"), "notes", lambda v: v.notes),
        Column(
            QCoreApplication.translate("VisitColumns", "Outcome"), "outcome", lambda v: v.outcome
        ),
    ]


class ReceptionTab(QWidget):
    complaint_requested = Signal(object)  # R3: the VisitRow a complaint is taken from
    service_requested = Signal(str, object)  # R3: "storage", "gift" or "invoice", the VisitRow

    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None,
        *, whole: bool = False,
    ) -> None:
        """``whole``: the form and the filter bar at once (a window about to show the tab for
        the first time, its size fitted to what it holds); else in the event loop's next turn."""
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._events = events
        self._filter = VisitFilter.today()
        self._export_folder: str | None = None
        self.exported: exports.ExportResult | None = None
        self.setObjectName("receptionTab")
        # The form and the filter bar are built in the event loop's next turn (or when first
        # asked for): building the whole tab in one go kept the GUI thread 13 ms and more
        # (30-60 ms on a busy counter PC) from a key press or a repaint.
        self._form: VisitForm | None = None
        self._filters: VisitFilterBar | None = None
        # Their place, made first: Tab (and the focus when the tab first shows) goes through
        # them before the list, as when they were built first.
        self._top = QWidget()
        self._top_layout = QVBoxLayout(self._top)
        self._top_layout.setContentsMargins(0, 0, 0, 0)
        if whole:  # before the list: Qt's focus chain then goes form, filter bar, list, buttons
            self._build_top()

        self.export_button = QPushButton(self.tr("Export to Excel… (Ctrl+E)"))
        self.export_button.setObjectName("exportButton")
        self.model: PagedTableModel[VisitRow] = PagedTableModel(
            visit_columns(),
            self._fetch,
            self._count,
            ("arrived_at", True),
            highlight=lambda v: v.is_open,
        )
        self.table = record_table("visitTable", self.model)
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(), Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 125, 95, 100, 130, 75, 70, 60, 70, 220)):
            self.table.setColumnWidth(column, width)

        self.count_label = QLabel()
        self.count_label.setObjectName("visitCount")
        # Why an action on the selected visit did nothing (F4 with no visit selected, …).
        self.message = QLabel()
        self.message.setObjectName("receptionMessage")
        self.message.setStyleSheet("color: #c62828;")
        self._select_after_load: int | None = None
        self.finish_button = QPushButton(self.tr("Finish visit… (F4)"))
        self.finish_button.setObjectName("finishVisitButton")
        # R3: the walk-in's complaint in one action, prefilled and linked back to the visit.
        self.complaint_button = QPushButton(self.tr("Take complaint… (F6)"))
        self.complaint_button.setObjectName("complaintFromVisitButton")
        self.complaint_button.setVisible(allowed(actor, "complaint.write"))
        # R3: the deposit, gift or invoice request the walk-in came for, in one action.
        self.service_button = QPushButton(self.tr("Storage, gift, invoice… (F7)"))
        self.service_button.setObjectName("serviceFromVisitButton")
        self.service_button.setVisible(bool(startable(actor)))
        self.lead_button = QPushButton(self.tr("Record sales lead…"))
        self.lead_button.setObjectName("leadButton")
        self.reveal_button = QPushButton(self.tr("Show full phone"))
        self.reveal_button.setObjectName("revealPhoneButton")
        self.archive_button = QPushButton(self.tr("Customer archive"))
        self.archive_button.setObjectName("archiveButton")

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addWidget(self.message, 1)
        for button in (
            self.finish_button,
            self.complaint_button,
            self.service_button,
            self.lead_button,
            self.reveal_button,
            self.archive_button,
            self.export_button,  # down here, the filter bar alone fills a 1024-pixel screen
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._connect_signals()
        QTimer.singleShot(0, self, self._build_top)
        # The list's first query starts once the table has painted (PagedTableModel); the
        # staff filter's names once the list is there, so neither runs beside the first paint.
        self.model.settled.connect(self._first_settled)
        self.refresh()
        self._selection_changed()

    @property
    def form(self) -> VisitForm:
        if self._form is None:
            self._build_top()
        assert self._form is not None
        return self._form

    @property
    def filters(self) -> VisitFilterBar:
        if self._filters is None:
            self._build_top()
        assert self._filters is not None
        return self._filters

    def _build_top(self) -> None:
        """The form and the filter bar, in their place above the list."""
        if self._form is not None:
            return
        self._form = form = VisitForm(self._store, self._actor)
        self._filters = filters = VisitFilterBar()
        self._top_layout.addWidget(form)
        self._top_layout.addWidget(filters)
        form.visit_logged.connect(self._visit_logged)
        form.archive_requested.connect(self.open_archive)
        filters.changed.connect(self._filters_changed)
        if not self.isVisible():
            return
        # Built after the list, the form comes after it in Qt's focus chain: the keys would go
        # to the list when the tab first shows. The search box takes them, as a scanner needs.
        form.show()  # now, not from the layout's queued call: the focus needs it shown
        filters.show()
        if self.focusWidget() in (None, self.table):
            form.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.export_button.clicked.connect(self.export)
        self.export_button.clicked.connect(self.focus_search)  # after the file dialog closes
        self.model.reset_done.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.table.activated.connect(self._row_activated)  # double-click or Enter
        self.finish_button.clicked.connect(self.finish_selected)
        self.lead_button.clicked.connect(self.lead_from_selected)
        self.complaint_button.clicked.connect(self.complaint_from_selected)
        self.service_button.clicked.connect(self.service_from_selected)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.archive_button.clicked.connect(self._archive_of_selected)
        QShortcut(QKeySequence("F4"), self, self.finish_selected)
        QShortcut(QKeySequence("F6"), self, self.complaint_from_selected)
        QShortcut(QKeySequence("F7"), self, self.service_from_selected)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        self._events.changed.connect(self._something_changed)
        self.model.modelReset.connect(self._select_logged_visit)
        # A scanner (or a clerk typing a phone number) is heard wherever the tab has focus.
        ScanToSearch(lambda: self.form.search, (
            self.table, self.export_button, self.finish_button, self.complaint_button,
            self.service_button, self.lead_button, self.reveal_button, self.archive_button,
        ), self)

    # -- the list -----------------------------------------------------------------------
    # _fetch and _count run on a worker thread (PagedTableModel): the filter they read is a
    # frozen value the GUI thread replaces, never changes.
    def _fetch(
        self, key: str, descending: bool, after: PageKey | None, limit: int
    ) -> Page[VisitRow]:
        with self._store.read() as session:
            return reception.list_visits(
                session, self._actor, self._filter, Sort(key, descending), after=after,
                limit=limit,
            )

    def _count(self) -> int:
        with self._store.read() as session:
            return reception.count_visits(session, self._actor, self._filter)

    def refresh(self) -> None:
        """Reload the list in the background; load problems show in the list itself."""
        self.model.refresh()

    def _first_settled(self) -> None:
        self.model.settled.disconnect(self._first_settled)
        self._load_handlers()

    def _load_handlers(self) -> None:
        """The staff filter's names, read off the GUI thread like the list itself."""
        store, actor = self._store, self._actor

        def read(_progress: Progress) -> list[tuple[int, str]]:
            with store.read() as session:
                return staff.handler_choices(session, actor)

        def failed(error: BaseException) -> None:
            # The filter only lacks the names; the list beside it says what is wrong.
            log.warning("staff names for the filter not loaded: %s", error)

        start_in_background(read, self._show_handlers, failed)

    def _show_handlers(self, choices: list[tuple[int, str]]) -> None:
        if shiboken6.isValid(self.filters):
            self.filters.set_handlers(choices)

    def _filters_changed(self) -> None:
        self._filter = self.filters.value()
        self.refresh()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n visit(s)", "", total))

    def _something_changed(self, changed: frozenset[str]) -> None:
        if ev.touches(changed, ev.VISITS, ev.CUSTOMERS, ev.STAFF):  # names shown in the list
            self.refresh()
        if ev.touches(changed, ev.STAFF):
            self._load_handlers()

    def _visit_logged(self, visit: VisitRow) -> None:
        self.message.clear()
        self._select_after_load = visit.id
        self._select_logged_visit()

    def _select_logged_visit(self) -> None:
        """Select the visit just logged once the list holds it, so the clerk sees it landed."""
        if self._select_after_load is None:
            return
        wanted = self._select_after_load
        row = self.model.index_where(lambda v: v.id == wanted)
        if row < 0:
            return
        self._select_after_load = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.form.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.form.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.form.search.selectAll()

    # -- actions on the selected visit ----------------------------------------------------
    def selected(self) -> VisitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        self.message.clear()
        visit = self.selected()
        self.finish_button.setEnabled(visit is not None and visit.is_open)
        self.lead_button.setEnabled(visit is not None)
        self.complaint_button.setEnabled(visit is not None)
        self.service_button.setEnabled(visit is not None)
        has_customer = visit is not None and visit.customer_id is not None
        self.reveal_button.setEnabled(has_customer and bool(visit and visit.masked_phone))
        self.archive_button.setEnabled(has_customer)

    def _row_activated(self, index: QModelIndex) -> None:
        visit = self.model.row_at(index.row())
        if visit is not None and visit.customer_id is not None:
            self.open_archive(visit.customer_id)

    def _archive_of_selected(self) -> None:
        visit = self.selected()
        if visit is not None and visit.customer_id is not None:
            self.open_archive(visit.customer_id)

    def open_archive(self, customer_id: int) -> None:
        try:
            dialog = CustomerArchiveDialog(self._store, self._actor, customer_id, self)
        except DeskError as error:
            show_error(self, error)
            return
        dialog.exec()
        self.focus_search()

    def finish_selected(self) -> None:
        visit = self.selected()
        if visit is None:
            self.message.setText(self.tr(
                "No visit selected: pick one in the list (click it, or Tab then ↑/↓), then F4."))
            return
        if not visit.is_open:
            self.message.setText(self.tr(
                "Visit {number} was finished already at {time}: nothing to finish."
            ).format(number=visit.number, time=labels.local_time(visit.finished_at)))
            return
        FinishVisitDialog(self._store, self._actor, visit, self).exec()
        self.focus_search()

    def complaint_from_selected(self) -> None:
        """R3: ask the window to take a complaint from the selected visit (the complaints tab
        owns the form; this tab does not reach into it)."""
        visit = self.selected()
        if visit is None:
            self.message.setText(self.tr("No visit selected: pick the walk-in's visit first."))
            return
        if allowed(self._actor, "complaint.write"):
            self.complaint_requested.emit(visit)

    def service_from_selected(self) -> None:
        """R3: ask the window to start the deposit, gift or invoice request the selected
        walk-in came for (its purpose says which, else the clerk picks from a menu)."""
        visit = self.selected()
        if visit is None:
            self.message.setText(self.tr("No visit selected: pick the walk-in's visit first."))
            return
        service = choose_service(self._actor, visit.purpose, self.service_button)
        if service is not None:
            self.service_requested.emit(service, visit)

    def lead_from_selected(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        dialog = LeadDialog(
            self._store,
            self._actor,
            self,
            customer_id=visit.customer_id,
            visit_id=visit.id,
            contact_name=visit.customer_name,
            masked_phone=visit.masked_phone,
            interest=visit.notes,
        )
        dialog.exec()
        self.focus_search()

    def reveal_selected(self) -> None:
        visit = self.selected()
        if visit is None or visit.customer_id is None:
            return
        customer_id = visit.customer_id
        digits = run_action(
            self, self._store,
            lambda session: customers.reveal_phone(session, self._actor, customer_id),
            lambda error: show_error(self, error),
        )
        if digits is None:
            return
        tell(
            self,
            self.tr("Phone number"),
            self.tr("{name}: {phone}\n\nThis look-up has been recorded.").format(
                name=visit.customer_name, phone=format_phone(digits)
            ),
        )
        self.focus_search()

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        folder = Path(self._export_folder or Path.home())
        default = folder / exports.visit_file_name(self._filter, labels.translate)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export visits"), str(default), self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self._export_folder = str(Path(name).parent)
            self.export_to(Path(name))

    def export_to(self, path: Path) -> JobControl:
        """The filtered, sorted list to Excel: the same job as ``desk export visits``."""
        flt, (key, descending) = self._filter, self.model.sort_state()
        store, actor = self._store, self._actor

        def job(control: JobControl) -> exports.ExportResult:
            return exports.export_visits(
                store, actor, flt, Sort(key, descending), path, labels.translate, control
            )

        def done(result: exports.ExportResult) -> None:
            self.exported = result
            self.count_label.setText(
                self.tr("Exported %n visit(s) to {path}", "", result.count).format(
                    path=result.path)
            )

        def cancelled(_error: JobCancelled) -> None:
            self.exported = None
            self.count_label.setText(self.tr("Export cancelled: no file was written."))

        return run_job(self, self.tr("Exporting visits…"), job, done, cancelled)
