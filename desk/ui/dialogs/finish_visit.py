"""Finish a visit: the outcome and the end time (R2), and, for a question that could not be
answered on the spot, the reply time promised (R1), saved in the same commit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.services import reception
from desk.services.errors import DomainError
from desk.services.permissions import Actor, allowed
from desk.services.reception import VisitRow
from desk.services.replies import ReplyPromise
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.store import Store

# R1: what a counter says when it cannot answer at once: "we will call you back by noon
# tomorrow". The clerk changes it when the answer needs longer (a manufacturer to ask).
DEFAULT_REPLY_TIME = QTime(12, 0)


def default_promise(now: QDateTime | None = None) -> QDateTime:
    """Tomorrow at noon, local time."""
    today = (now or QDateTime.currentDateTime()).date()
    return QDateTime(today.addDays(1), DEFAULT_REPLY_TIME)


def aware(moment: QDateTime) -> datetime:
    """A local QDateTime as the aware UTC datetime the services want."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class FinishVisitDialog(QDialog):
    def __init__(
        self, store: Store, actor: Actor, visit: VisitRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._visit = visit
        self.visit: VisitRow | None = None
        self.setObjectName("finishVisitDialog")
        self.setWindowTitle(self.tr("Finish visit {number}").format(number=visit.number))
        self.setMinimumWidth(440)
        who = visit.customer_name or labels.anonymous()
        summary = QLabel(
            self.tr("{who} · {purpose} · arrived {time}").format(
                who=who, purpose=labels.purpose(visit.purpose),
                time=labels.local_time(visit.arrived_at, with_date=False),
            )
        )
        self.outcome = NotesEdit(self.save)
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What was done for the customer?"))
        self.outcome.setFixedHeight(90)
        general = QLabel()
        self.errors = FieldErrors(general)
        self.promise_check = QCheckBox(
            self.tr("&Question not answered on the spot: promise a reply by a set time"))
        self.promise_check.setObjectName("promiseReply")
        self.promise_check.setVisible(allowed(actor, "reply.write"))
        self.question = NotesEdit(self.save)
        self.question.setObjectName("question")
        self.question.setPlaceholderText(self.tr("The customer's question, to answer later"))
        self.question.setFixedHeight(70)
        self.promised_at = QDateTimeEdit(default_promise())
        self.promised_at.setObjectName("promisedAt")
        self.promised_at.setCalendarPopup(True)
        self.promised_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.promised_at.setMinimumDate(QDate.currentDate())
        self.promise_box = self._promise_box()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Finish visit"))
        ok.setObjectName("finishButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("Outcome *")))
        layout.addWidget(self.outcome)
        layout.addWidget(self.errors.label_for("outcome"))
        layout.addWidget(self.promise_check)
        layout.addWidget(self.promise_box)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.outcome.setFocus()

    def _promise_box(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("promiseBox")
        form = QFormLayout(box)
        form.setContentsMargins(18, 0, 0, 0)
        question = QVBoxLayout()
        question.addWidget(self.question)
        question.addWidget(self.errors.label_for("question", box))
        form.addRow(self.tr("Question *"), question)
        when = QVBoxLayout()
        when.addWidget(self.promised_at)
        when.addWidget(self.errors.label_for("promised_at", box))
        form.addRow(self.tr("Reply by *"), when)
        box.hide()
        return box

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.promise_check.toggled.connect(self._show_promise)

    def _show_promise(self, shown: bool) -> None:
        self.promise_box.setVisible(shown)
        if shown:
            self.question.setFocus()
        self.adjustSize()

    def promise(self) -> ReplyPromise | None:
        """What the clerk promised, or None when the question was answered on the spot."""
        if not self.promise_check.isChecked():
            return None
        return ReplyPromise(self.question.toPlainText(), aware(self.promised_at.dateTime()))

    def save(self) -> None:
        finished = run_action(self, self._store, self._finish, self._refused)
        if finished is not None:
            self.visit = finished
            self.accept()

    def _finish(self, session: Any) -> VisitRow:
        return reception.finish_visit(
            session, self._actor, self._visit.id, self.outcome.toPlainText(), self._visit.version,
            promise=self.promise(),
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)
        self.adjustSize()
