"""Taking a complaint (C1, C2): who, how it came in, what about, what they ask for.

From a walk-in visit (R3) the dialog opens with the visit's customer and the channel set; a
letter or a note from the suggestion box may have no customer. Saved, it tells the number and
the promised date at once (C5), which the tab then offers to print.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.services import complaints, vocabulary
from desk.services.complaints import ComplaintDetail, ComplaintInput
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.store import Store
from desk.ui.widgets.customer_picker import CustomerPicker


def _words(table: dict[str, str] | Any) -> dict[str, str]:
    return {code: labels.translate(vocabulary.LABELS, text) for code, text in table.items()}


class ComplaintIntakeDialog(QDialog):
    def __init__(
        self,
        store: Store,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        visit_id: int | None = None,
        visit_summary: str = "",
        customer: tuple[int, str] | None = None,
        content: str = "",
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._visit_id = visit_id
        self.complaint: ComplaintDetail | None = None
        self.setObjectName("complaintIntakeDialog")
        self.setWindowTitle(self.tr("Take a complaint"))
        self.setMinimumWidth(560)

        self.customer = CustomerPicker(store, actor, self)
        if customer is not None:
            self.customer.choose(*customer)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        for code, word in _words(vocabulary.CHANNELS).items():
            self.channel.addItem(word, code)
        self.channel.setCurrentIndex(self.channel.findData("visit" if visit_id else "phone"))
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.addItem(self.tr("— choose —"), "")
        for code, word in _words(vocabulary.CATEGORIES).items():
            self.category.addItem(word, code)
        self.content = NotesEdit(self.save, self)
        self.content.setObjectName("content")
        self.content.setPlaceholderText(self.tr("What happened, in the customer's words"))
        self.content.setFixedHeight(96)
        self.content.setPlainText(content)  # R3: what the visit's notes already say
        self.demand = NotesEdit(self.save, self)
        self.demand.setObjectName("demand")
        self.demand.setPlaceholderText(self.tr("e.g. exchange, refund, repair, an apology"))
        self.demand.setFixedHeight(60)
        self.responded = QCheckBox(self.tr("The first response was given while taking it"), self)
        self.responded.setObjectName("responded")

        general = QLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if visit_summary:
            form.addRow(self.tr("Visit"), QLabel(visit_summary, self))
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Customer"), self.customer, "customer"),
            (self.tr("C&hannel *"), self.channel, "channel"),
            (self.tr("Ca&tegory *"), self.category, "category"),
            (self.tr("C&omplaint *"), self.content, "content"),
            (self.tr("&Asks for"), self.demand, "demand"),
        ]
        for text, widget, name in rows:
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors.label_for(name, self))
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, column)
        form.addRow("", self.responded)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Take complaint"))
        ok.setObjectName("takeButton")
        ok.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        hint = QLabel(self.tr("Enter saves · Shift+Enter starts a new line · Esc cancels"), self)
        hint.setStyleSheet("color: #616161;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._channel_changed()
        (self.category if customer else self.customer).setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.customer.customer_chosen.connect(lambda *_: self.category.setFocus())
        for edit in (self.content, self.demand):
            edit.textChanged.connect(self.errors.clear)
        self.category.currentIndexChanged.connect(lambda _i: self.errors.clear())

    def _channel_changed(self) -> None:
        # A walk-in is answered face to face: there is no first response to wait for (C1).
        walk_in = self.channel.currentData() == "visit"
        self.responded.setEnabled(not walk_in)
        self.responded.setChecked(walk_in or self.responded.isChecked())

    def save(self) -> None:
        data = ComplaintInput(
            channel=str(self.channel.currentData()),
            category=str(self.category.currentData() or ""),
            content=self.content.toPlainText(),
            demand=self.demand.toPlainText(),
            customer_id=self.customer.chosen_id,
            visit_id=self._visit_id,
            responded=self.responded.isChecked(),
        )
        if self.customer.text().strip() and data.customer_id is None:
            self.errors.show(DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Pick the customer from the suggestions (or clear the box for none)."),
                "customer"))
            return
        taken = run_action(
            self, self._store, lambda s: complaints.take_complaint(s, self._actor, data),
            self._refused,
        )
        if taken is not None:
            self.complaint = taken
            self.accept()

    def _refused(self, error: DomainError) -> None:
        self.errors.show_and_focus(error, self)
        self.adjustSize()
