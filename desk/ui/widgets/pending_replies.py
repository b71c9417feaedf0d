"""待答复: the walk-ins' questions waiting for the reply promised them (R1), and answering one.

The list is the service's order (pending first, the most urgent on top), so the columns do
not sort. An overdue reply stands out like C8 everywhere: red bold text on the highlight
colour, and the word 已逾期 in the state column, so it does not rest on colour alone. Whether a
row is overdue is worked out when its page is loaded; the list reloads itself when the next
promised time among the rows shown has passed, so a late reply turns red without a click.

Self-contained: it needs only the store, the signed-in staff member and the change events,
and says through ``counts_changed`` how many replies wait (a tab title, a status bar).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock, numbering, replies
from desk.services.errors import DomainError
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.services.replies import ReplyCounts, ReplyFilter, ReplyRow
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.events import DeskEvents, touches
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.paged_model import ALERT, ALERT_FOREGROUND, Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table

# The table's own name, as desk.services.changes announces it.
PENDING_REPLIES = "pending_replies"
CHECK_DUE_MS = 30_000
_NO_SORT = ("", False)  # the service orders the list itself
_QUESTION_COLUMN, _ANSWER_COLUMN = 3, 7


def _one_line(text: str) -> str:
    return " / ".join(line for line in text.splitlines() if line.strip())


class AnswerReplyDialog(QDialog):
    """The reply given to a customer's question: Enter saves (Shift+Enter starts a new line),
    Esc closes."""

    def __init__(
        self, store: Store, actor: Actor, reply: ReplyRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._reply = reply
        self.reply: ReplyRow | None = None
        self.setObjectName("answerReplyDialog")
        self.setWindowTitle(self.tr("Answer the question"))
        self.setMinimumWidth(560)
        who = reply.customer_name or labels.anonymous()
        if reply.masked_phone:
            who = f"{who} {reply.masked_phone}"
        about = QLabel(self.tr("{who} · visit {number} · reply promised by {time}").format(
            who=who, number=reply.visit_number or "-", time=labels.local_time(reply.promised_at)))
        about.setWordWrap(True)
        question = QLabel(reply.question)
        question.setObjectName("questionText")
        question.setWordWrap(True)
        question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer = NotesEdit(self.save)
        self.answer.setObjectName("answer")
        self.answer.setPlaceholderText(self.tr("The reply given to the customer"))
        self.answer.setFixedHeight(100)
        general = QLabel()
        self.errors = FieldErrors(general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the answer"))
        ok.setObjectName("saveAnswerButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        form = QFormLayout()
        form.addRow(self.tr("Question:"), question)
        answer = QVBoxLayout()
        answer.addWidget(self.answer)
        answer.addWidget(self.errors.label_for("answer"))
        form.addRow(self.tr("Answer *"), answer)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.answer.setFocus()

    def save(self) -> None:
        answered = run_action(self, self._store, self._answer, self._refused)
        if answered is not None:
            self.reply = answered
            self.accept()

    def _answer(self, session: Any) -> ReplyRow:
        return replies.answer_reply(
            session, self._actor, self._reply.id, self.answer.toPlainText(), self._reply.version
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)
        self.adjustSize()


class PendingRepliesView(QWidget):
    # How many replies wait and how many of them are overdue, after every reload.
    counts_changed = Signal(int, int)

    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._events = events
        self._flt = ReplyFilter()  # replaced, never changed: the worker reads it
        self._counts: ReplyCounts | None = None
        self._next_due: datetime | None = None  # the next promise among the rows to fall due
        self._reselect: int | None = None

        self._filter = QComboBox(self)
        self._filter.setObjectName("replyFilter")
        self._filter.addItem(self.tr("Awaiting reply"), replies.PENDING)
        self._filter.addItem(self.tr("Answered"), replies.ANSWERED)
        self._filter.addItem(self.tr("All questions"), None)
        self.mine_only = QCheckBox(self.tr("Only &mine"), self)
        self.mine_only.setObjectName("mineOnly")
        self.mine_only.setToolTip(self.tr("Only the questions I promised to answer"))
        self._count_label = QLabel(self)
        self._count_label.setObjectName("replyCount")
        self.answer_button = QPushButton(self.tr("&Answer…"), self)
        self.answer_button.setObjectName("answerButton")
        self.answer_button.setEnabled(False)
        self.answer_button.setVisible(allowed(actor, "reply.write"))

        self.model: PagedTableModel[ReplyRow] = PagedTableModel(
            self._columns(), self._fetch, self._count, _NO_SORT,
            style=lambda row: ALERT if row.overdue else None,
        )
        self.table = record_table("repliesTable", self.model, self)
        self._prepare_table()
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(CHECK_DUE_MS)
        self._lay_out()
        self._connect_signals()
        self._due_timer.start()
        self.refresh()

    def _columns(self) -> list[Column[ReplyRow]]:
        anonymous = labels.anonymous()
        return [
            Column(self.tr("Visit no."), None, lambda r: r.visit_number),
            Column(self.tr("Customer"), None, lambda r: r.customer_name or anonymous),
            Column(self.tr("Phone"), None, lambda r: r.masked_phone),
            Column(self.tr("Question"), None, lambda r: _one_line(r.question)),
            Column(self.tr("Reply by"), None, lambda r: labels.local_time(r.promised_at)),
            Column(self.tr("Owner"), None, lambda r: r.owner_name),
            Column(self.tr("State"), None, lambda r: labels.state("reply", r.shown_state)),
            Column(self.tr("Answer"), None, lambda r: _one_line(r.answer)),
        ]

    def _prepare_table(self) -> None:
        table = self.table
        table.setSortingEnabled(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        cell, head = table.fontMetrics(), header.fontMetrics()
        widest_number = numbering.VISIT.format(date(2026, 12, 31), 9999)
        state_words = (labels.state("reply", s) for s in (replies.PENDING, replies.ANSWERED,
                                                           replies.OVERDUE))
        widest_state = max(state_words, key=cell.horizontalAdvance)
        samples = (widest_number, "欧阳先生", "138****5678", "", "2026-12-31 23:59", "欧阳先生",
                   widest_state, "")
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cell.horizontalAdvance(sample), head.horizontalAdvance(title))
            header.resizeSection(column, width + 4 * cell.averageCharWidth())
        # The question and the answer share what is left: both are what the clerk reads.
        header.setSectionResizeMode(_QUESTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_ANSWER_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _lay_out(self) -> None:
        show = QLabel(self.tr("&Show:"), self)
        show.setBuddy(self._filter)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self._filter)
        bar.addWidget(self.mine_only)
        bar.addSpacing(12)
        bar.addWidget(self._count_label)
        bar.addStretch(1)
        bar.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        self._filter.currentIndexChanged.connect(self._filter_changed)
        self.mine_only.toggled.connect(self._filter_changed)
        self.answer_button.clicked.connect(self.answer_selected)
        self.table.activated.connect(lambda _index: self.answer_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.reset_done.connect(self._reloaded)
        self.model.load_failed.connect(self._load_failed)
        self._events.changed.connect(self._on_changed)
        self._due_timer.timeout.connect(self._check_due)

    # -- the list ---------------------------------------------------------------------------
    def set_state_filter(self, state: str | None) -> None:
        """Show the pending (default), the answered or all questions."""
        self._filter.setCurrentIndex(self._filter.findData(state))

    def _filter_changed(self) -> None:
        state = self._filter.currentData()
        owner = self._actor.id if self.mine_only.isChecked() else None
        self._flt = ReplyFilter(state if isinstance(state, str) else None, owner_id=owner)
        self.refresh()

    def refresh(self) -> None:
        """Reload from the first page in the background, keeping the selection if it stays."""
        selected = self.selected()
        if selected is not None and self._reselect is None:
            self._reselect = selected.id
        self.model.refresh()

    # _count and _fetch run on a worker thread (PagedTableModel): they read the filter as it
    # was when the refresh was asked for.
    def _count(self) -> int:
        flt = self._flt
        with self._store.read() as session:
            self._counts = replies.reply_counts(session, self._actor)
            return replies.count_replies(session, self._actor, flt)

    def _fetch(
        self, _sort_key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[ReplyRow]:
        flt = self._flt
        with self._store.read() as session:
            return replies.list_replies(session, self._actor, flt, after=after, limit=limit)

    def _reloaded(self, _shown: int) -> None:
        if self._reselect is not None:
            self._select(self._reselect)
            self._reselect = None
        if self.selected() is None and self.model.rowCount():
            self.table.selectRow(0)  # the next most urgent, after answering one
        self._update_buttons()
        waiting = [
            row.promised_at for i in range(self.model.rowCount())
            if (row := self.model.row_at(i)) is not None and row.state == replies.PENDING
            and not row.overdue
        ]
        self._next_due = min(waiting, default=None)
        self._show_counts()

    def _check_due(self) -> None:
        """A promise among the rows shown has fallen due: reload so it shows as overdue."""
        if self._next_due is not None and self._next_due <= clock.now():
            self._next_due = None
            self.refresh()

    def _load_failed(self, _failure: BaseException) -> None:
        self._counts = None  # the list says why; a count would only be a stale number
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        if counts is None:
            self._count_label.clear()
            return
        if counts.pending == 0:
            text = self.tr("No question awaits a reply")
        elif counts.overdue:
            text = self.tr("{pending} awaiting reply, {overdue} overdue").format(
                pending=counts.pending, overdue=counts.overdue)
        else:
            text = self.tr("{pending} awaiting reply").format(pending=counts.pending)
        self._count_label.setText(text)
        self._count_label.setStyleSheet(
            f"color: {ALERT_FOREGROUND.name()}; font-weight: bold;" if counts.overdue else "")
        self.counts_changed.emit(counts.pending, counts.overdue)

    @property
    def counts(self) -> ReplyCounts | None:
        return self._counts

    def _on_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, PENDING_REPLIES):
            self.refresh()

    # -- selection and the answer -----------------------------------------------------------
    def selected(self) -> ReplyRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _select(self, reply_id: int) -> None:
        row = self.model.index_where(lambda r: r.id == reply_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        reply = self.selected()
        self.answer_button.setEnabled(reply is not None and reply.state == replies.PENDING)

    def answer_selected(self) -> None:
        reply = self.selected()
        if reply is None or reply.state != replies.PENDING:
            return
        if not allowed(self._actor, "reply.write"):
            return
        self.answer_dialog = AnswerReplyDialog(self._store, self._actor, reply, self)
        self.answer_dialog.accepted.connect(self._answered)
        self.answer_dialog.finished.connect(self.answer_dialog.deleteLater)
        self.answer_dialog.open()

    def _answered(self) -> None:
        # The store announced the change; the list reloads itself from it.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_list(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.selected() is None and self.model.rowCount():
            self.table.selectRow(0)
