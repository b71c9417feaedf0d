"""The storage page's forms as data (P1-P3): the deposit, the pickup (the last four digits of
the phone) and the release on a lost ticket (the ID shown, the supervisor's approval).

A pickup or a release whose check fails is *answered*, not raised, by the service (its audit
row must commit): :class:`HandoverDialog` shows that answer under its field like any refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.services import parcels
from desk.services.errors import DomainError
from desk.services.parcels import DepositInput, LostTicketInput, ParcelRow
from desk.services.permissions import Actor, allowed
from desk.services.vocabulary import ID_TYPES
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.labels import translate
from desk.ui.store import Store
from desk.ui.widgets.customer_picker import CustomerPicker


def deposit_step(actor: Actor, customer: tuple[int, str] | None = None,
                 visit_id: int | None = None,
                 chosen: Callable[[], int | None] | None = None) -> Step:
    """P1: what the clerk types when a customer leaves items (``customer``: the id and the
    words naming a customer picked at reception: their name and phone are the record's;
    ``chosen``: the customer picked in the form's own search, if any)."""
    fields = [
        StepField("description", QCoreApplication.translate("ParcelsPanel", "&Items *"), "line",
                  placeholder=QCoreApplication.translate(
                      "ParcelsPanel", "what, colour, packaging: 黑色行李箱"),
                  max_length=parcels.DESCRIPTION_MAX),
        StepField("pieces", QCoreApplication.translate("ParcelsPanel", "&Pieces *"), "line",
                  value="1", max_length=2),
        StepField("shelf", QCoreApplication.translate("ParcelsPanel", "Shel&f"), "line",
                  max_length=parcels.SHELF_MAX),
        StepField("condition", QCoreApplication.translate("ParcelsPanel", "&Condition"),
                  placeholder=QCoreApplication.translate(
                      "ParcelsPanel", "scratches, a broken wheel, open packaging…")),
    ]
    if customer is None:
        fields[:0] = [
            StepField("name", QCoreApplication.translate("ParcelsPanel", "&Name *"), "line",
                      max_length=50),
            StepField("phone", QCoreApplication.translate("ParcelsPanel", "P&hone *"), "line",
                      placeholder=QCoreApplication.translate(
                          "ParcelsPanel", "its last four digits are asked at pickup"),
                      max_length=20),
        ]
    given = customer[0] if customer else None

    def run(s: Any, v: Values) -> Any:
        customer_id = given if given is not None else chosen() if chosen else None
        return parcels.deposit(s, actor, DepositInput(
            v.get("name", ""), v.get("phone", ""), v["description"], v["pieces"],
            v["condition"], v["shelf"], customer_id=customer_id, visit_id=visit_id))

    return Step(QCoreApplication.translate("ParcelsPanel", "Deposit items"),
                QCoreApplication.translate("ParcelsPanel", "Deposit and print the ticket"),
                fields, run, summary=customer[1] if customer else "")


def _summary(row: ParcelRow) -> str:
    return QCoreApplication.translate(
        "ParcelsPanel", "{number} · {name} {phone} · {pieces} × {items} · shelf {shelf}").format(
        number=row.ticket_number, name=row.customer_name, phone=row.masked_phone,
        pieces=row.pieces, items=row.description, shelf=row.shelf or "—")


def pickup_step(actor: Actor, row: ParcelRow) -> Step:
    """P2: the last four digits of the phone, and Enter hands the items over."""
    parcel_id = row.id

    def run(s: Any, v: Values) -> Any:
        return parcels.pick_up(s, actor, parcel_id, v["last_four"])

    return Step(
        QCoreApplication.translate("ParcelsPanel", "Pick up"),
        QCoreApplication.translate("ParcelsPanel", "Hand over"),
        [StepField("last_four", QCoreApplication.translate(
            "ParcelsPanel", "&Last four digits of the phone *"), "line", max_length=4,
            placeholder="0000")],
        run, summary=_summary(row))


def _id_types() -> Mapping[str, str]:
    return {code: translate("Labels", text) for code, text in ID_TYPES.items()}


def lost_ticket_step(actor: Actor, row: ParcelRow) -> Step:
    """P3: the ID the customer shows and a supervisor's approval (a signed-in supervisor
    approves themself and types nothing)."""
    parcel_id, version = row.id, row.version
    fields = [
        StepField("id_type", QCoreApplication.translate("ParcelsPanel", "&ID shown *"),
                  "choice", choices=_id_types(), value="id_card"),
        StepField("id_last_digits", QCoreApplication.translate(
            "ParcelsPanel", "Last &four of the ID number *"), "line", max_length=4,
            placeholder=QCoreApplication.translate("ParcelsPanel", "only these are kept")),
        StepField("reason", QCoreApplication.translate("ParcelsPanel", "&What happened *")),
    ]
    if not allowed(actor, "parcel.release_lost"):
        fields += [
            StepField("supervisor", QCoreApplication.translate(
                "ParcelsPanel", "&Supervisor's user name *"), "line", max_length=40),
            StepField("password", QCoreApplication.translate(
                "ParcelsPanel", "Supervisor's &password *"), "line"),
        ]

    def run(s: Any, v: Values) -> Any:
        return parcels.release_lost(s, actor, parcel_id, version, LostTicketInput(
            v["id_type"], v["id_last_digits"], v["reason"], v.get("supervisor", ""),
            v.get("password", "")))

    return Step(QCoreApplication.translate("ParcelsPanel", "Lost ticket: release on ID"),
                QCoreApplication.translate("ParcelsPanel", "Release"), fields, run,
                summary=_summary(row) + "\n" + labels.state("parcel", row.state))


class HandoverDialog(StepDialog):
    """A pickup's or a lost ticket's form: the service's :class:`parcels.Handover` either
    hands the items over (the dialog closes) or says why not, under the field."""

    def __init__(self, store: Store, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(store, step, parent)
        password = self.findChild(QLineEdit, "password")
        if password is not None:
            password.setEchoMode(QLineEdit.EchoMode.Password)

    def save(self) -> None:
        values = self.values()
        handover = run_action(self, self._store, lambda s: self._step.run(s, values),
                              self._refused)
        if handover is None:
            return
        if handover.refused is not None:
            self._refused(handover.refused)
            return
        self.result = handover.detail
        self.accept()

    def _refused(self, error: DomainError) -> None:
        super()._refused(error)
        # The refused digits selected: the clerk's next four replace them (the box takes four
        # at most, so digits typed after the old ones were silently dropped).
        box = self.findChild(QLineEdit, error.field) if error.field else None
        if box is not None:
            box.selectAll()


class DepositDialog(StepDialog):
    """P1's form with the customer search on top (K1): a customer picked there lends the
    deposit their name and phone, and the deposit joins their archive; otherwise the clerk
    types a name and phone below."""

    def __init__(self, store: Store, actor: Actor, visit_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        picked: list[CustomerPicker] = []
        step = deposit_step(actor, None, visit_id,
                            chosen=lambda: picked[0].chosen_id if picked else None)
        super().__init__(store, step, parent)
        self.customer = CustomerPicker(store, actor, self)
        picked.append(self.customer)
        self.customer.setPlaceholderText(QCoreApplication.translate(
            "ParcelsPanel", "A known customer: phone, name or pinyin initials"))
        label = QLabel(QCoreApplication.translate("ParcelsPanel", "C&ustomer"), self)
        label.setBuddy(self.customer)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.customer, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)
        self.customer.customer_chosen.connect(lambda _id, _text: self._typed_boxes(False))
        self.customer.customer_cleared.connect(lambda: self._typed_boxes(True))
        self.customer.setFocus()

    def _typed_boxes(self, needed: bool) -> None:
        """A picked customer's name and phone are the record's: the name box is not needed;
        the phone box stays open for a customer with no phone on record, or another one
        given today (it is the one checked at pickup)."""
        self.errors.clear()  # "enter the name" no longer stands under a box that is not needed
        for name in ("name", "phone"):
            box = self.findChild(QLineEdit, name)
            if box is not None and not needed:
                box.clear()
        name_box = self.findChild(QLineEdit, "name")
        if name_box is not None:
            name_box.setEnabled(needed)
        items = self.findChild(QLineEdit, "description")
        if not needed and items is not None:  # what is left to type: the items
            items.setFocus(Qt.FocusReason.OtherFocusReason)
            # A pick from the suggestions' popup: the popup hands the keyboard back to the
            # search box as it closes, after this.
            QTimer.singleShot(0, items, lambda: items.setFocus(Qt.FocusReason.OtherFocusReason))
