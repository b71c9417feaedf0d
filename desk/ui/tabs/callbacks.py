"""The callbacks tab (回访, B1-B5): the due list first (due today and overdue), the pending
replies beside it, one callback in full with the steps its state allows, and the signed
record.

The list pages through SQL like every list of the desk. An overdue step is red and says so in
words. The tab title counts what is due, in red while something is overdue.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.services import callbacks, clock, numbering, replies, vocabulary
from desk.services.callbacks import CallbackCounts, CallbackDetail, CallbackFilter, CallbackRow
from desk.services.complaints import TimelineEntry
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.dialogs.callback_record import (
    CallbackRecordDialog,
    SignLaterDialog,
    attach_signed_paper,
    summary,
)
from desk.ui.dialogs.new_callback import NewCallbackDialog
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.errors import show_error
from desk.ui.events import (
    ATTACHMENTS,
    CALLBACKS,
    COMPLAINTS,
    CUSTOMERS,
    DeskEvents,
    LoadWhenShown,
)
from desk.ui.forms import whole_hint
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad
from desk.ui.paged_model import ALERT, ALERT_FOREGROUND, Column, PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.store import Store
from desk.ui.widgets.callback_panel import CallbackPanel
from desk.ui.widgets.evidence_box import save_attachment_copy
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter

VIEWS = ("due", "open", "signature", "done", "all")
PHONE_COLUMN, COMPLAINT_COLUMN, SOURCE_COLUMN, ABOUT = 5, 6, 3, 8
# The columns that give way when the list is narrow, the first first (the panel shows them).
GIVE_WAY = (PHONE_COLUMN, COMPLAINT_COLUMN, SOURCE_COLUMN)
_NO_SORT = ("", False)  # the service orders the list: the most urgent first
_Loaded = tuple[CallbackDetail, list[TimelineEntry]]
_PENDING_REPLIES = "pending_replies"


def _state_text(row: CallbackRow) -> str:
    state = labels.state("callback", row.state)
    if row.overdue:
        return translate("CallbacksTab", "{state} · overdue").format(state=state)
    if row.due_today:
        return translate("CallbacksTab", "{state} · today").format(state=state)
    return state


def step_for(action: str, c: CallbackDetail, actor: Actor) -> Step:
    """The one-field steps of a callback (B1's steps, B2's exception, S3's void)."""
    def text(name: str, label: str, call: Any, placeholder: str = "") -> Step:
        def run(session: Any, v: Values) -> CallbackDetail:
            return call(session, actor, c.row.id, v[name], c.row.version)

        return Step(title, submit, [StepField(name, label, placeholder=placeholder)], run,
                    summary(c))

    if action == "send":
        title = translate("CallbacksTab", "Opinion sent to the department")
        submit = translate("CallbacksTab", "Save")
        return text("note", translate("CallbacksTab", "To whom, how"),
                    callbacks.send_to_department,
                    translate("CallbacksTab", "e.g. handed to the cashier manager Zhang"))
    if action == "receive_measures":
        title = translate("CallbacksTab", "The department's written measures")
        submit = translate("CallbacksTab", "Save")
        return text("measures", translate("CallbacksTab", "Measures *"),
                    callbacks.receive_measures)
    if action == "deliver_notice":
        title = translate("CallbacksTab", "Payment notice delivered")
        submit = translate("CallbacksTab", "Save")
        return text("note", translate("CallbacksTab", "How it was delivered"),
                    callbacks.deliver_notice,
                    translate("CallbacksTab", "e.g. handed over at the counter"))
    if action == "waive":
        title = translate("CallbacksTab", "The customer refused to sign")
        submit = translate("CallbacksTab", "Close without signature")
        return text("reason", translate("CallbacksTab", "Why, as the supervisor records it *"),
                    callbacks.waive_signature)
    if action == "void":
        title = translate("CallbacksTab", "Void the callback")
        submit = translate("CallbacksTab", "Void")
        return text("reason", translate("CallbacksTab", "Reason *"), callbacks.void_callback)
    if action == "report_fix":
        def fixed(session: Any, v: Values) -> CallbackDetail:
            day = date.fromisoformat(v["fixed_on"]) if v["fixed_on"] else None
            return callbacks.report_fix(session, actor, c.row.id, day, c.row.version)

        return Step(translate("CallbacksTab", "The fix is done"), translate("CallbacksTab", "Save"),
                    [StepField("fixed_on", translate("CallbacksTab", "Fixed on *"), "date",
                               value=clock.local_today().isoformat())], fixed, summary(c))
    raise KeyError(action)


class CallbacksTab(QWidget):
    # Asks the window to show the pending replies (R1) the due list names beside it.
    replies_requested = Signal()
    # Due today + overdue, and overdue, after every reload (the tab's title).
    counts_changed = Signal(int, int)

    def __init__(self, store: Store, actor: Actor, events: DeskEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._events = events
        self._filter = CallbackFilter()  # replaced, never mutated: the loader reads it
        self._counts: CallbackCounts | None = None
        self._waiting: replies.ReplyCounts | None = None
        self._shown_id: int | None = None
        self._detail = LatestLoad(self, store, self._detail_loaded, self._detail_failed)

        self.view = QComboBox(self)
        self.view.setObjectName("callbackView")
        for code, word in zip(VIEWS, (
            self.tr("Due today and overdue"), self.tr("Not done yet"),
            self.tr("Awaiting signature"), self.tr("Done"), self.tr("All callbacks"),
        ), strict=True):
            self.view.addItem(word, code)
        self.source = QComboBox(self)
        self.source.setObjectName("sourceFilter")
        self.source.addItem(self.tr("Every source"), None)
        for code, text in vocabulary.CALLBACK_SOURCES.items():
            self.source.addItem(translate(vocabulary.LABELS, text), code)
        self.number = QLineEdit(self)
        self.number.setObjectName("callbackNumber")
        self.number.setPlaceholderText(self.tr("Callback no. (scan or type)"))
        self.number.setClearButtonEnabled(True)
        whole_hint(self.number)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("callbackCount")
        # What the last action did ("Callback HF-… saved."), like the reception's line.
        self.message = QLabel(self)
        self.message.setObjectName("callbackMessage")
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.replies_button = QPushButton(self)
        self.replies_button.setObjectName("pendingRepliesButton")
        self.replies_button.setFlat(True)
        self.replies_button.setVisible(allowed(actor, "reply.read"))
        self.new_button = QPushButton(self.tr("New callback… (Ctrl+N)"), self)
        self.new_button.setObjectName("newCallbackButton")
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setVisible(allowed(actor, "callback.write"))
        self.print_button = QPushButton(self.tr("Print signed records…"), self)
        self.print_button.setObjectName("printRecordsButton")
        self.print_button.setVisible(allowed(actor, "callback.print"))

        self.model: PagedTableModel[CallbackRow] = PagedTableModel(
            self._columns(), self._fetch, self._count, _NO_SORT,
            style=lambda row: ALERT if row.overdue else None,
        )
        self.table = record_table("callbacksTable", self.model, self)
        self.panel = CallbackPanel(actor, self)
        self._prepare_table()
        self._lay_out()
        self._connect_signals()
        # Loads on first show, like the complaints: the reception tab comes first at start.

    def _columns(self) -> list[Column[CallbackRow]]:
        return [
            Column(self.tr("No."), None, lambda r: r.number),
            Column(self.tr("Due"), None,
                   lambda r: r.step_due.strftime("%Y-%m-%d") if r.step_due else ""),
            Column(self.tr("State"), None, _state_text),
            Column(self.tr("Source"), None, lambda r: vocabulary.word(
                vocabulary.CALLBACK_SOURCES, r.source, labels.translate)),
            Column(self.tr("Customer"), None,
                   lambda r: r.customer_name or labels.anonymous()),
            Column(self.tr("Phone"), None, lambda r: r.masked_phone),
            Column(self.tr("Complaint"), None, lambda r: r.complaint_number),
            Column(self.tr("Followed by"), None, lambda r: r.owner_name),
            Column(self.tr("About"), None, lambda r: " ".join(r.subject.split())[:80]),
        ]

    def _prepare_table(self) -> None:
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = QFontMetrics(self.table.font())
        widest_state = max((labels.state("callback", s) for s in callbacks.OPEN_STATES),
                           key=metrics.horizontalAdvance)
        samples = [
            numbering.CALLBACK.format(date(2026, 1, 1), 999999), "2026-12-31",
            _state_text_sample(widest_state), "满意度调查", "欧阳先生", "138****5678",
            numbering.COMPLAINT.format(date(2026, 1, 1), 999999), "欧阳先生",
        ]
        size_columns(self.table, samples, padding_chars=2)
        # What it is about takes the room left; it keeps at least this much.
        self._about_room = 20 * metrics.averageCharWidth()
        header.setSectionResizeMode(ABOUT, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The list fits its width without a horizontal scrollbar: what the panel beside it
        shows as well (the phone, the complaint, the source) gives way first, and comes back
        when there is room."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - self._about_room
        needed = sum(header.sectionSize(c) for c in range(ABOUT) if c not in GIVE_WAY)
        for column in GIVE_WAY:
            header.setSectionHidden(column, False)  # a hidden section's size reads 0
            needed += header.sectionSize(column)
        for column in GIVE_WAY:
            if needed <= room:
                break
            needed -= header.sectionSize(column)
            header.setSectionHidden(column, True)

    def _lay_out(self) -> None:
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self.view)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.view)
        bar.addWidget(self.source)
        bar.addWidget(self.number)
        bar.addSpacing(12)
        bar.addWidget(self.count_label)
        bar.addWidget(self.replies_button)
        bar.addSpacing(12)
        bar.addWidget(self.message, 1)  # takes the room left, never pushes the buttons
        bar.addWidget(self.print_button)
        bar.addWidget(self.new_button)
        self.split = split = splitter(
            Qt.Orientation.Horizontal, ((self.table, 3), (self.panel, 2)), self, "callbackSplit")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self) -> None:
        self.view.currentIndexChanged.connect(self._filters_changed)
        self.source.currentIndexChanged.connect(self._filters_changed)
        self.number.returnPressed.connect(self._filters_changed)
        self.number.textChanged.connect(lambda text: None if text else self._filters_changed())
        self.new_button.clicked.connect(self.new_callback)
        self.print_button.clicked.connect(self.print_batch)
        self.replies_button.clicked.connect(self.replies_requested)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self._default_step())
        self.model.reset_done.connect(self._reloaded)
        # A method, not a lambda: the model may answer after the tab is gone, and Qt drops
        # a connection to a method of a deleted receiver, never one to a lambda.
        self.model.load_failed.connect(self._load_failed)
        self.panel.step_requested.connect(self.run_step)
        self.panel.scan_copy_requested.connect(self.save_scan)
        self.lists = LoadWhenShown(
            self, self._events, (CALLBACKS, COMPLAINTS, CUSTOMERS, ATTACHMENTS, _PENDING_REPLIES),
            self.refresh)

    def _load_failed(self, _failure: object) -> None:
        self.count_label.clear()  # the list says what went wrong (record_table)

    # -- the list -------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        self.view.setCurrentIndex(self.view.findData(view))

    def _filters_changed(self) -> None:
        self._filter = CallbackFilter(view=str(self.view.currentData()),
                                      source=self.source.currentData(),
                                      number=self.number.text())
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    # _count and _fetch run on the thread pool: they read the filter the GUI thread swapped in.
    def _count(self) -> int:
        flt = self._filter
        with self._store.read() as session:
            self._counts = callbacks.callback_counts(session, self._actor)
            if allowed(self._actor, "reply.read"):
                self._waiting = replies.reply_counts(session, self._actor)
            return callbacks.count_callbacks(session, self._actor, flt)

    def _fetch(self, _key: str, _descending: bool, after: PageKey | None, limit: int
               ) -> Page[CallbackRow]:
        flt = self._filter
        with self._store.read() as session:
            return callbacks.list_callbacks(session, self._actor, flt, after=after, limit=limit)

    def _reloaded(self, total: int) -> None:
        self._fit_columns()  # a reset header shows every column again
        counts = self._counts
        text = self.tr("%n callback(s)", "", total)
        if counts is not None:
            text += " · " + self.tr("{today} due today, {overdue} overdue, {unsigned} awaiting "
                                    "signature").format(today=counts.due_today,
                                                        overdue=counts.overdue,
                                                        unsigned=counts.awaiting_signature)
            self.counts_changed.emit(counts.due_today + counts.overdue, counts.overdue)
        self.count_label.setText(text)
        self.count_label.setStyleSheet(
            f"color: {ALERT_FOREGROUND.name()}; font-weight: bold;"
            if counts is not None and counts.overdue else "")
        waiting = self._waiting
        if waiting is not None:
            self.replies_button.setText(self.tr(
                "Pending replies: {pending} ({overdue} overdue)").format(
                    pending=waiting.pending, overdue=waiting.overdue))
        row = -1
        if self._shown_id is not None:
            row = self.model.index_where(lambda r: r.id == self._shown_id)
        if row >= 0:
            self.table.selectRow(row)
            self._load_detail(self._shown_id)  # type: ignore[arg-type]
        elif self.model.rowCount():
            self._shown_id = None
            self.table.selectRow(0)
        else:
            self._shown_id = None
            self._detail.drop()
            self.panel.show_callback(None, [])

    # -- the callback beside the list -----------------------------------------------------
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self._shown_id:
            self._shown_id = row.id
            self._load_detail(row.id)

    def _detail_loaded(self, loaded: _Loaded) -> None:
        self.panel.show_callback(*loaded)

    def _detail_failed(self, _error: BaseException) -> None:
        self.panel.show_callback(None, [])

    def _load_detail(self, callback_id: int) -> None:
        actor = self._actor
        self._detail.load(lambda session: (callbacks.get_callback(session, actor, callback_id),
                                           callbacks.timeline(session, actor, callback_id)))

    def show_detail(self, detail: CallbackDetail | None) -> None:
        if detail is not None:
            self._shown_id = detail.row.id
            self._load_detail(detail.row.id)

    def _done(self, detail: CallbackDetail | None) -> None:
        """An action saved ``detail``: say so, and show it."""
        if detail is not None:
            self.announce(detail)
            self.show_detail(detail)

    def announce(self, detail: CallbackDetail) -> None:
        """Say what the last action did: the row may leave the list by itself."""
        number = detail.row.number
        if detail.row.state == callbacks.AWAITING_SIGNATURE:
            text = self.tr("Callback {number} saved: it waits for the customer's signature.")
        elif detail.row.state == callbacks.DONE:
            text = self.tr("Callback {number} is done: the signed record is saved.")
        else:
            text = self.tr("Callback {number} saved.")
        self.message.setText(text.format(number=number))
        self.message.setToolTip(self.message.text())

    # -- actions --------------------------------------------------------------------------
    def _default_step(self) -> None:
        """Enter on a row: the step it waits for (record the call, most often)."""
        detail = self.panel.detail
        if detail is not None:
            offered = self.panel.offered(detail)
            if offered and offered[0] != "print":
                self.run_step(offered[0])

    def run_step(self, action: str) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        self.message.clear()
        if action in ("record", "sign"):
            signing = (CallbackRecordDialog if action == "record" else SignLaterDialog)(
                self._store, self._actor, detail, self)
            signing.accepted.connect(lambda: self._done(signing.saved))
            signing.finished.connect(signing.deleteLater)
            signing.open()
        elif action == "attach_paper":
            attach_signed_paper(self, self._store, self._actor, detail, done=self._done)
        elif action == "print":
            self.print_record(detail.row.id)
        elif action == "print_notice":
            self.print_notice(detail.row.id)
        else:
            dialog = StepDialog(self._store, step_for(action, detail, self._actor), self)
            dialog.accepted.connect(lambda: self._done(dialog.result))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

    def save_scan(self, path: str | None = None) -> Path | None:
        """B2: a copy of the signed paper's scan where the clerk chooses; whoever may read the
        callback may, and the copy is audited like any kept file taken out (K2)."""
        detail = self.panel.detail
        if detail is None or detail.paper_scan_id is None:
            return None
        self.message.clear()
        saved = save_attachment_copy(self, self._store, self._actor, detail.paper_scan_id,
                                     detail.paper_scan_name,
                                     lambda error: show_error(self, error), path)
        if saved is not None:
            # Short, the bar is narrow at 1366 pixels; where it went is in the tooltip.
            self.message.setText(self.tr("The scan is saved."))
            self.message.setToolTip(str(saved))
        return saved

    def new_callback(self) -> NewCallbackDialog | None:
        if not allowed(self._actor, "callback.write"):
            return None
        self.message.clear()
        dialog = NewCallbackDialog(self._store, self._actor, self)
        dialog.accepted.connect(lambda: self._done(dialog.saved))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def print_record(self, callback_id: int) -> None:
        """B4: one signed record, previewed, printed or saved (and registered)."""
        from desk.ui.dialogs.callback_print import print_callback

        print_callback(self, self._store, self._actor, callback_id)

    def print_notice(self, callback_id: int) -> None:
        """B1: a special service's payment notice, previewed, printed or saved."""
        from desk.services import service_notice

        actor = self._actor
        preview_document(
            self, self._store, actor,
            lambda s: service_notice.payment_notice_pdf(s, actor, callback_id, translate))

    def print_batch(self) -> None:
        """B4: a supervisor prints the signed records of a date range and department."""
        from desk.ui.dialogs.callback_print import CallbackPrintDialog

        dialog = CallbackPrintDialog(self._store, self._actor, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.table.currentIndex().row() < 0 and self.model.rowCount():
            self.table.selectRow(0)


def _state_text_sample(state: str) -> str:
    return translate("CallbacksTab", "{state} · overdue").format(state=state)
