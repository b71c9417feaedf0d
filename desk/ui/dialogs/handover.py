"""Handing over open work (交接, S6): whose work, to whom, which items, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.services import handover
from desk.services.errors import DeskError, DomainError
from desk.services.handover import HandoverResult, OpenItem
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.errors import show_error
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.store import Store


class HandoverDialog(QDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._items: list[OpenItem] = []
        self.result_: HandoverResult | None = None
        self.setObjectName("handoverDialog")
        self.setWindowTitle(self.tr("Hand over open work"))
        self.setMinimumWidth(560)
        self.giver = QComboBox(self)
        self.giver.setObjectName("giver")
        self.taker = QComboBox(self)
        self.taker.setObjectName("taker")
        self.items = QListWidget(self)
        self.items.setObjectName("items")
        self.items.setMinimumHeight(180)
        self.note = NotesEdit(self.save, self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Off duty, leave…; what the colleague should know"))
        self.note.setFixedHeight(70)
        general = QLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        for text, widget, field in (
            (self.tr("&Whose work"), self.giver, "giver"),
            (self.tr("&To"), self.taker, "taker"),
            (self.tr("&Items"), self.items, "items"),
            (self.tr("&Why *"), self.note, "note"),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors.label_for(field, self))
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Hand over"))
        ok.setObjectName("handOverButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self._fill_people()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.giver.currentIndexChanged.connect(self._load_items)
        self._load_items()
        self.taker.setFocus()

    def _fill_people(self) -> None:
        try:
            with self._store.read() as session:
                people = _people(session, self._actor)
        except DeskError as error:
            show_error(self, error)
            people = []
        self.giver.addItem(self._actor.display_name, self._actor.id)
        if allowed(self._actor, "handover.assign"):
            for staff_id, name in people:
                if staff_id != self._actor.id:
                    self.giver.addItem(name, staff_id)
        else:
            self.giver.setEnabled(False)
        self.taker.addItem(self.tr("— choose a colleague —"), None)
        for staff_id, name in people:
            self.taker.addItem(name, staff_id)

    def _load_items(self) -> None:
        self.items.clear()
        giver = int(self.giver.currentData())
        try:
            with self._store.read() as session:
                self._items = _open_work(session, self._actor, giver)
        except DeskError as error:
            show_error(self, error)
            self._items = []
        for item in self._items:
            if item.kind == handover.COMPLAINT:
                text = self.tr("Complaint {number} · {who} · {state}").format(
                    number=item.label, who=item.customer_name or labels.anonymous(),
                    state=labels.state("complaint", item.state))
            elif item.kind == handover.CALLBACK:
                text = self.tr("Callback {number} · {who} · {state} · due {day}").format(
                    number=item.label, who=item.customer_name or labels.anonymous(),
                    state=labels.state("callback", item.state),
                    day=labels.local_time(item.due)[:10] if item.due else "—")
            elif item.kind == handover.DELIVERY:
                text = self.tr("Held delivery {number} · {supplier}").format(
                    number=item.label, supplier=item.customer_name)
            elif item.kind == handover.STOCKTAKE:
                text = self.tr("Stocktake {number} · {state}").format(
                    number=item.label, state=labels.state("stocktake", item.state))
            elif item.kind == handover.SUGGESTION:
                text = self.tr("Suggestion {number} · {who}").format(
                    number=item.label, who=item.customer_name or labels.anonymous())
            else:
                text = self.tr("Pending reply “{question}” · {who} · due {due}").format(
                    question=item.label, who=item.customer_name or labels.anonymous(),
                    due=labels.local_time(item.due))
            row = QListWidgetItem(text, self.items)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        if not self._items:
            QListWidgetItem(self.tr("No open work to hand over."), self.items).setFlags(
                Qt.ItemFlag.NoItemFlags)

    def chosen(self) -> list[OpenItem]:
        return [item for i, item in enumerate(self._items)
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        giver = int(self.giver.currentData())
        taker = self.taker.currentData()
        if taker is None:
            self.errors.show(DomainError(handover.CHOOSE_TAKER, "taker"))
            return
        chosen, note = self.chosen(), self.note.toPlainText()

        def run(session: Any) -> HandoverResult:
            return handover.hand_over(session, self._actor, giver, int(taker), chosen, note)

        done = run_action(self, self._store, run, self.errors)
        if done is not None:
            self.result_ = done
            self.accept()


def _people(session: Any, actor: Actor) -> list[tuple[int, str]]:
    """The colleagues who may take over what ``actor`` does: the desk's, the dock's or both."""
    found: dict[int, str] = {}
    if allowed(actor, "complaint.write"):
        found.update(handover.takers(session, actor))
    if allowed(actor, "stock.receive"):
        found.update(handover.dock_takers(session, actor))
    return sorted(found.items(), key=lambda person: person[1])


def _open_work(session: Any, actor: Actor, giver: int) -> list[handover.OpenItem]:
    work: list[handover.OpenItem] = []
    if allowed(actor, "complaint.write"):
        work += handover.open_work(session, actor, giver)
    if allowed(actor, "stock.receive"):  # S6: held deliveries (W3)
        work += handover.open_dock_work(session, actor, giver)
    return work
