"""Finish a visit: the outcome and the end time (R2)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.services import reception
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from desk.services.reception import VisitRow
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.store import Store


class _OutcomeEdit(QPlainTextEdit):
    """Enter saves (as everywhere on the desk); Shift+Enter starts a new line."""

    def __init__(self, on_enter: object) -> None:
        super().__init__()
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._on_enter()  # type: ignore[operator]
            return
        super().keyPressEvent(event)


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
        self.outcome = _OutcomeEdit(self.save)
        self.outcome.setObjectName("outcome")
        self.outcome.setPlaceholderText(self.tr("What was done for the customer?"))
        self.outcome.setFixedHeight(90)
        general = QLabel()
        self.errors = FieldErrors(general)
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
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.outcome.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        finished = run_action(self, self._store, self._finish, self._refused)
        if finished is not None:
            self.visit = finished
            self.accept()

    def _finish(self, session: Any) -> VisitRow:
        return reception.finish_visit(
            session, self._actor, self._visit.id, self.outcome.toPlainText(), self._visit.version
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)
        self.adjustSize()
