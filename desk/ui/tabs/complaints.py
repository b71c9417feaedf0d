"""The complaints tab (投诉受理, C1-C8): the list with its overdue rows, one complaint in full
beside it, and the steps its state allows.

The list pages through SQL like every list of the desk; "overdue" is a filter in SQL (C8:
the supervisors' overdue view) and a red row with the reason in words everywhere else.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import attachments, complaint_documents, complaints, numbering, vocabulary
from desk.services.attachments import AttachmentRow
from desk.services.complaints import (
    ComplaintDetail,
    ComplaintFilter,
    ComplaintRow,
    TimelineEntry,
)
from desk.services.paging import Page, PageKey, Sort
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.events import ATTACHMENTS, COMPLAINTS, CUSTOMERS, DeskEvents, LoadWhenShown
from desk.ui.forms import whole_hint
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad
from desk.ui.paged_model import ALERT, Column, PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.store import Store
from desk.ui.tabs.complaint_steps import step_for
from desk.ui.widgets.claims_box import ClaimsBox
from desk.ui.widgets.complaint_panel import ComplaintPanel, overdue_words
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter

OPEN, OVERDUE, APPROVAL, FINISHED, EVERYTHING = (
    "open", "overdue", "approval", "finished", "all")
_Loaded = tuple[ComplaintDetail, list[TimelineEntry], list[AttachmentRow]]


def _view_filter(view: str) -> ComplaintFilter:
    if view == OPEN:
        return ComplaintFilter(states=complaints.OPEN_STATES)
    if view == OVERDUE:
        return ComplaintFilter(overdue_only=True)
    if view == APPROVAL:
        return ComplaintFilter(awaiting_approval=True)
    if view == FINISHED:
        return ComplaintFilter(states=(complaints.CLOSED, complaints.UNFOUNDED))
    return ComplaintFilter()


def _state_text(row: ComplaintRow) -> str:
    state = labels.state("complaint", row.state)
    if row.awaiting_approval:
        state += " · " + translate("ComplaintsTab", "plan awaiting approval")
    return f"{state} · {overdue_words(row.overdue)}" if row.overdue else state


def _due(row: ComplaintRow) -> str:
    """The deadline that matters now: rectification (or the promise), then the callback."""
    day = (
        row.callback_due
        if row.state == complaints.RECTIFIED
        else (row.rectify_due or row.promised_date)
    )
    if row.state in (complaints.CLOSED, complaints.UNFOUNDED, complaints.CALLED_BACK):
        return ""
    return day.strftime("%Y-%m-%d") + ("*" if row.deadline_estimated else "") if day else ""


class ComplaintsTab(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._events = events
        self._filter = _view_filter(OPEN)  # replaced, never mutated: the loader reads it
        self._shown_id: int | None = None
        self._detail = LatestLoad(self, store, self._detail_loaded, self._detail_failed)
        self._split_placed = False

        self.view = QComboBox(self)
        self.view.setObjectName("complaintView")
        self.view.addItem(self.tr("Open complaints"), OPEN)
        self.view.addItem(self.tr("Overdue"), OVERDUE)
        self.view.addItem(self.tr("Plans awaiting approval"), APPROVAL)
        self.view.addItem(self.tr("Closed and unfounded"), FINISHED)
        self.view.addItem(self.tr("All complaints"), EVERYTHING)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(self.tr("Every channel"), None)
        for code, text in vocabulary.CHANNELS.items():
            self.channel.addItem(translate(vocabulary.LABELS, text), code)
        self.number = QLineEdit(self)
        self.number.setObjectName("complaintNumber")
        self.number.setPlaceholderText(self.tr("Complaint no. (scan or type)"))
        self.number.setClearButtonEnabled(True)
        whole_hint(self.number)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("complaintCount")
        self.new_button = QPushButton(self.tr("New complaint… (Ctrl+N)"), self)
        self.new_button.setObjectName("newComplaintButton")
        self.new_button.setShortcut("Ctrl+N")  # live while this tab shows (like reception's)
        self.new_button.setVisible(allowed(actor, "complaint.write"))

        self.model: PagedTableModel[ComplaintRow] = PagedTableModel(
            self._columns(),
            self._fetch,
            self._count,
            ("received_at", True),
            style=lambda row: ALERT if row.is_overdue else None,
        )
        self.table = record_table("complaintsTable", self.model, self)
        self.panel = ComplaintPanel(store, actor, self, ClaimsBox(store, actor, events))
        self._prepare_table()
        self._lay_out()
        self._connect_signals()
        # The list loads when the tab is first shown, not while the window starts (the
        # reception tab is what a clerk sees first; its page should not queue behind ours).

    def _columns(self) -> list[Column[ComplaintRow]]:
        return [
            Column(self.tr("No."), "number", lambda r: r.number),
            Column(self.tr("Received"), "received_at", lambda r: labels.local_time(r.received_at)),
            Column(
                self.tr("Customer"), "customer", lambda r: r.customer_name or labels.anonymous()
            ),
            Column(self.tr("Phone"), None, lambda r: r.masked_phone),
            Column(
                self.tr("Channel"),
                "channel",
                lambda r: vocabulary.word(vocabulary.CHANNELS, r.channel, labels.translate),
            ),
            Column(
                self.tr("Category"),
                "category",
                lambda r: vocabulary.word(vocabulary.CATEGORIES, r.category, labels.translate),
            ),
            Column(self.tr("State"), "state", _state_text),
            Column(self.tr("Due"), "rectify_due", _due),
            Column(self.tr("Followed by"), "owner", lambda r: r.owner_name),
            Column(self.tr("Complaint"), None, lambda r: " ".join(r.content.split())[:80]),
        ]

    def _prepare_table(self) -> None:
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        samples = [
            numbering.COMPLAINT.format(date(2026, 1, 1), 999999),
            "2026-12-31 23:59",
            "欧阳先生",
            "138****5678",
            "意见箱",
            "服务态度",
            "已受理 · 首次答复逾期",
            "2026-12-31*",
            "欧阳先生",
        ]
        size_columns(self.table, samples)
        header.setSectionResizeMode(len(samples), QHeaderView.ResizeMode.Stretch)

    def _lay_out(self) -> None:
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.view)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.view)
        bar.addWidget(self.channel)
        bar.addWidget(self.number)
        bar.addSpacing(12)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        # the list keeps room for its columns at 1366 px
        self.split = split = splitter(
            Qt.Orientation.Horizontal, ((self.table, 5), (self.panel, 3)), self, "complaintSplit")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_placed:
            # The list gets the width of its columns up to "followed by" (so the deadline
            # column shows at 1366 px); the complaint beside it takes the rest.
            self._split_placed = True
            header = self.table.horizontalHeader()
            wanted = sum(header.sectionSize(i) for i in range(header.count() - 1)) + 24
            total = sum(self.split.sizes()) or self.width()
            # On a wide screen the complaint text gets room too: the panel takes 40 % at most.
            panel = max(min(total - wanted, total * 2 // 5), min(460, total // 3))
            self.split.setSizes([total - panel, panel])

    def _connect_signals(self) -> None:
        self.view.currentIndexChanged.connect(self._filters_changed)
        self.channel.currentIndexChanged.connect(self._filters_changed)
        self.number.returnPressed.connect(self._filters_changed)
        self.number.textChanged.connect(self._number_edited)
        self.new_button.clicked.connect(lambda: self.take_complaint())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._activated)
        self.model.reset_done.connect(self._reloaded)
        self.model.load_failed.connect(self._load_failed)
        self.panel.step_requested.connect(self.run_step)
        self.panel.print_requested.connect(self.print_document)
        self.lists = LoadWhenShown(
            self, self._events, (COMPLAINTS, CUSTOMERS, ATTACHMENTS),
            self.refresh)

    # -- the list -------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        flt = _view_filter(str(self.view.currentData()))
        self._filter = replace(flt, channel=self.channel.currentData(), number=self.number.text())
        self.refresh()

    def _number_edited(self, text: str) -> None:
        if not text:  # the clear button: back to the whole view
            self._filters_changed()

    def refresh(self) -> None:
        self.model.refresh()

    # _count and _fetch run on the thread pool: they read the filter the GUI thread swapped in.
    def _count(self) -> int:
        with self._store.read() as session:
            return complaints.count_complaints(session, self._actor, self._filter)

    def _fetch(
        self, key: str, descending: bool, after: PageKey | None, limit: int
    ) -> Page[ComplaintRow]:
        with self._store.read() as session:
            return complaints.list_complaints(
                session,
                self._actor,
                self._filter,
                Sort(key, descending),
                after=after,
                limit=limit,
            )

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(self.tr("%n complaint(s)", "", total))
        row = -1
        if self._shown_id is not None:
            row = self.model.index_where(lambda r: r.id == self._shown_id)
        if row >= 0:
            self.table.selectRow(row)
            self._load_detail(self.model.row_at(row).id)  # type: ignore[union-attr]
        elif self.model.rowCount():
            # The complaint shown is not in the list any more (another view, a number looked
            # up): the panel follows the list, never a complaint the clerk cannot see.
            self._shown_id = None
            self.table.selectRow(0)
        else:
            self._shown_id = None
            self._detail.drop()
            self.panel.show_complaint(None, [], [])

    def _load_failed(self, _failure: BaseException) -> None:
        self.count_label.clear()  # the list's own line says why

    # -- the complaint beside the list ----------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self._shown_id:
            self._shown_id = row.id
            self._load_detail(row.id)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.panel.setFocus()

    def _detail_loaded(self, loaded: _Loaded) -> None:
        self.panel.show_complaint(*loaded)

    def _detail_failed(self, _error: BaseException) -> None:
        self.panel.show_complaint(None, [], [])

    def _load_detail(self, complaint_id: int) -> None:
        actor = self._actor
        self._detail.load(lambda session: (
            complaints.get_complaint(session, actor, complaint_id),
            complaints.timeline(session, actor, complaint_id),
            attachments.list_attachments(session, actor, "complaint", complaint_id),
        ))

    def show_detail(self, detail: ComplaintDetail) -> None:
        """Show a complaint just saved at once (the list refreshes from the change notice)."""
        self._shown_id = detail.row.id
        self._load_detail(detail.row.id)

    # -- actions --------------------------------------------------------------------------
    def run_step(self, action: str) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        dialog = StepDialog(self._store, step_for(action, detail, self._actor), self)
        dialog.accepted.connect(lambda: self.show_detail(dialog.result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def take_complaint(
        self,
        *,
        visit_id: int | None = None,
        visit_summary: str = "",
        customer: tuple[int, str] | None = None,
        content: str = "",
    ) -> ComplaintIntakeDialog | None:
        if not allowed(self._actor, "complaint.write"):
            return None
        dialog = ComplaintIntakeDialog(
            self._store,
            self._actor,
            self,
            visit_id=visit_id,
            visit_summary=visit_summary,
            customer=customer,
            content=content,
        )
        dialog.accepted.connect(lambda: self._taken(dialog.complaint))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _taken(self, detail: ComplaintDetail | None) -> None:
        if detail is None:
            return
        self.show_detail(detail)
        box = acknowledgement(self, detail)
        box.buttonClicked.connect(
            lambda button: self.print_document(complaint_documents.ACKNOWLEDGEMENT, detail.row.id)
            if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole else None)

    def print_document(self, kind: str, complaint_id: int | None = None) -> None:
        """C5, C3: the acknowledgement or the handling slip, previewed, printed or saved."""
        complaint_id = complaint_id or (self.panel.detail.row.id if self.panel.detail else None)
        if complaint_id is None:
            return
        actor = self._actor
        preview_document(
            self, self._store, actor,
            lambda s: complaint_documents.complaint_pdf(s, actor, complaint_id, kind, translate))


def acknowledgement(parent: QWidget, c: ComplaintDetail) -> QMessageBox:
    """C5: the number and the promised date, said at once (and printed for the customer)."""
    box = QMessageBox(parent)
    box.setObjectName("complaintAcknowledgement")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ComplaintsTab", "Complaint taken"))
    promised = c.row.promised_date.strftime("%Y-%m-%d")
    text = translate(
        "ComplaintsTab",
        "Complaint {number} is taken.\nTell the customer: we will deal with it by {date}.",
    ).format(number=c.row.number, date=promised)
    if c.row.deadline_estimated:
        text += "\n" + translate(
            "ComplaintsTab",
            "(The date is estimated on weekdays: the holiday calendar for that year is not "
            "entered yet.)",
        )
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    printing = box.addButton(
        translate("ComplaintsTab", "Print acknowledgement…"), QMessageBox.ButtonRole.ActionRole)
    printing.setObjectName("printAcknowledgement")
    box.open()
    return box
