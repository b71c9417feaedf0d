"""The sales leads list (销售线索, R4): who wants to buy what, and which salesperson has it.

The service lists unassigned leads first, newest first within each group, in SQL; that order
is the point of the list (nobody's lead stands on top), so the columns do not sort.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import leads, numbering
from desk.services.leads import LeadRow
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.dialogs.lead_edit import AssignLeadDialog, LeadDialog
from desk.ui.events import LEADS, VISITS, DeskEvents, touches
from desk.ui.paged_model import Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table, size_columns

_NO_SORT = ("", False)  # the service orders the list itself


def _one_line(text: str) -> str:
    return " / ".join(line for line in text.splitlines() if line.strip())


class LeadsTab(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._events = events
        self._totals: tuple[int, int] | None = None  # all leads, unassigned; None: unknown
        self._shown_state: str | None = None  # the state filter of the rows being loaded
        self._reselect: int | None = None  # the lead to select once the list has reloaded

        self._filter = QComboBox(self)
        self._filter.setObjectName("stateFilter")
        self._filter.addItem(self.tr("All leads"), None)
        self._filter.addItem(self.tr("Unassigned"), leads.UNASSIGNED)
        self._filter.addItem(self.tr("Assigned"), leads.ASSIGNED)
        self._count_label = QLabel(self)
        self._count_label.setObjectName("leadCount")
        self._new_button = QPushButton(self.tr("&New lead…"), self)
        self._new_button.setObjectName("newLeadButton")
        self._assign_button = QPushButton(self.tr("&Assign…"), self)
        self._assign_button.setObjectName("assignButton")
        self._assign_button.setEnabled(False)

        self._model: PagedTableModel[LeadRow] = PagedTableModel(
            self._columns(), self._fetch, self._count, _NO_SORT,
            highlight=lambda row: not row.is_assigned,
        )
        self._table = record_table("leadsTable", self._model, self)
        self._prepare_table()
        self._lay_out()
        self._connect_signals()
        self.refresh()

    def _columns(self) -> list[Column[LeadRow]]:
        unassigned = labels.lead_state(False)
        return [
            Column(self.tr("Recorded at"), None, lambda r: labels.local_time(r.created_at)),
            Column(self.tr("Contact"), None, lambda r: r.contact_name),
            Column(self.tr("Phone"), None, lambda r: r.masked_phone),
            Column(self.tr("Wants to buy"), None, lambda r: _one_line(r.interest)),
            Column(self.tr("Salesperson"), None, lambda r: r.salesperson or unassigned),
            Column(self.tr("Assigned at"), None, lambda r: labels.local_time(r.assigned_at)),
            Column(self.tr("Visit no."), None, lambda r: r.visit_number),
            Column(self.tr("Recorded by"), None, lambda r: r.created_by),
        ]

    def _prepare_table(self) -> None:
        table = self._table
        table.setAlternatingRowColors(False)
        table.setSortingEnabled(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        # Widths from typical content, measured in bold (unassigned rows are bold), so the
        # columns fit without measuring every row; "wants to buy" takes the rest.
        bold = QFont(table.font())
        bold.setBold(True)
        cell = QFontMetrics(bold)
        stamp = "2026-12-31 23:59"
        widest_number = numbering.VISIT.format(date(2026, 12, 31), 9999)
        samples = (stamp, "欧阳先生", "138****5678", "", "欧阳先生", stamp, widest_number,
                   "欧阳先生")
        size_columns(self._table, samples, metrics=cell)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self) -> None:
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self._filter)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self._filter)
        bar.addSpacing(12)
        bar.addWidget(self._count_label)
        bar.addStretch(1)
        bar.addWidget(self._new_button)
        bar.addWidget(self._assign_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._table, 1)

    def _connect_signals(self) -> None:
        self._filter.currentIndexChanged.connect(self.refresh)
        self._new_button.clicked.connect(self._new_lead)
        self._assign_button.clicked.connect(self._assign_selected)
        self._table.activated.connect(self._on_activated)
        self._table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._model.reset_done.connect(self._reloaded)
        self._model.load_failed.connect(self._load_failed)
        self._events.changed.connect(self._on_changed)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the first page in the background; the selected lead stays selected if
        it is still shown (``_reloaded``)."""
        selected = self._selected_lead()
        if selected is not None and self._reselect is None:
            self._reselect = selected.id
        self._shown_state = self._state()
        self._model.refresh()

    def _state(self) -> str | None:
        state = self._filter.currentData()
        return state if isinstance(state, str) else None

    # _count and _fetch run on a worker thread (PagedTableModel): they read the state filter
    # as it was when the refresh was asked for, never the combo box itself.
    def _count(self) -> int:
        with self._store.read() as session:
            total = leads.count_leads(session, self._actor)
            unassigned = leads.count_leads(session, self._actor, leads.UNASSIGNED)
        self._totals = (total, unassigned)
        by_state = {leads.UNASSIGNED: unassigned, leads.ASSIGNED: total - unassigned}
        return by_state.get(self._shown_state or "", total)

    def _fetch(
        self, _sort_key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[LeadRow]:
        with self._store.read() as session:
            return leads.list_leads(
                session, self._actor, self._shown_state, after=after, limit=limit
            )

    def _reloaded(self, _shown: int) -> None:
        if self._reselect is not None:
            self._select(self._reselect)
            self._reselect = None
        self._update_buttons()
        self._show_count()

    def _load_failed(self, _failure: BaseException) -> None:
        self._totals = None  # the list says why; the count would only be a stale number
        self._show_count()

    def _show_count(self) -> None:
        if self._totals is None:
            self._count_label.clear()
            return
        total, unassigned = self._totals
        if total == 0:
            text = self.tr("No leads yet")
        elif total == 1:
            text = self.tr("1 lead, {unassigned} unassigned").format(unassigned=unassigned)
        else:
            text = self.tr("{total} leads, {unassigned} unassigned").format(
                total=total, unassigned=unassigned)
        self._count_label.setText(text)

    def _on_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, LEADS, VISITS):
            self.refresh()

    # -- selection and actions --------------------------------------------------------------
    def _selected_lead(self) -> LeadRow | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.row_at(rows[0].row()) if rows else None

    def _select(self, lead_id: int) -> None:
        for row in range(self._model.rowCount()):
            found = self._model.row_at(row)
            if found is not None and found.id == lead_id:
                self._table.selectRow(row)
                self._table.scrollTo(self._model.index(row, 0))
                return

    def _update_buttons(self) -> None:
        self._assign_button.setEnabled(self._selected_lead() is not None)

    def _on_activated(self, index: QModelIndex) -> None:
        lead = self._model.row_at(index.row())
        if lead is not None and not lead.is_assigned:
            self._open_assign(lead)

    def _assign_selected(self) -> None:
        lead = self._selected_lead()
        if lead is not None:
            self._open_assign(lead)

    def _new_lead(self) -> None:
        dialog = LeadDialog(self._store, self._actor, self)
        dialog.accepted.connect(lambda: self._saved(dialog.lead))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open_assign(self, lead: LeadRow) -> None:
        dialog = AssignLeadDialog(self._store, self._actor, lead, self)
        dialog.accepted.connect(lambda: self._saved(dialog.lead))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, lead: LeadRow | None) -> None:
        # The store announced the change; the list reloads from it and then selects the lead.
        if lead is not None:
            self._reselect = lead.id
        self._table.setFocus(Qt.FocusReason.OtherFocusReason)
