"""The gift page's forms as data (G1-G3): issue a gift against a sales receipt, a new gift of a
campaign, restock, correct the stock, withdraw a gift, void an issue. Each is a
:class:`StepDialog` step saving through its service call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk.services import clock, gift_lists, gifts
from desk.services.errors import DomainError
from desk.services.gift_lists import GiftRow, IssueRow
from desk.services.gifts import GiftInput, IssueInput
from desk.services.permissions import Actor
from desk.services.validation import phone
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.store import Store
from desk.ui.widgets.customer_picker import CustomerPicker


def gift_choice(gift: GiftRow) -> str:
    """A gift as the issue form offers it: what, which campaign, how many are left."""
    return QCoreApplication.translate(
        "GiftsPanel", "{name} · {campaign} · {on_hand} {unit} left"
    ).format(name=gift.name, campaign=gift.campaign, on_hand=gift.on_hand, unit=gift.unit)


def _gift_box(
    running: Sequence[GiftRow], picked: int | None
) -> Callable[[QWidget], tuple[QWidget, Callable[[], str]]]:
    def make(parent: QWidget) -> tuple[QWidget, Callable[[], str]]:
        box = QComboBox(parent)
        for gift in running:
            box.addItem(gift_choice(gift), gift.id)
        index = box.findData(picked) if picked is not None else -1
        if index < 0:  # none picked: the first that can still be handed out
            index = next((i for i, gift in enumerate(running) if gift.on_hand > 0), 0)
        box.setCurrentIndex(index)
        return box, lambda: str(box.currentData() or "")

    return make


def _customer_box(
    store: Store, actor: Actor, customer: tuple[int, str] | None
) -> Callable[[QWidget], tuple[QWidget, Callable[[], str]]]:
    def make(parent: QWidget) -> tuple[QWidget, Callable[[], str]]:
        picker = CustomerPicker(store, actor, parent)
        if customer is not None:
            picker.choose(*customer)
        return picker, lambda: str(picker.chosen_id or "")

    return make


def issue_step(
    store: Store,
    actor: Actor,
    running: Sequence[GiftRow],
    picked: int | None,
    customer: tuple[int, str] | None = None,
    visit_id: int | None = None,
    receipt: str = "",
) -> Step:
    """G2: hand a gift out. The receipt comes last, so a scanner's number and Enter save;
    ``receipt`` is one scanned on the page before the form opened."""
    fields = [
        StepField(
            "customer",
            QCoreApplication.translate("GiftsPanel", "C&ustomer"),
            "widget",
            make=_customer_box(store, actor, customer),
        ),
        StepField(
            "recipient_name",
            QCoreApplication.translate("GiftsPanel", "Walk-in &name"),
            "line",
            max_length=50,
            placeholder=QCoreApplication.translate("GiftsPanel", "only without a customer record"),
        ),
        StepField(
            "recipient_phone",
            QCoreApplication.translate("GiftsPanel", "Walk-in &phone"),
            "line",
            max_length=25,
            placeholder=QCoreApplication.translate("GiftsPanel", "only without a customer record"),
        ),
        StepField(
            "gift",
            QCoreApplication.translate("GiftsPanel", "&Gift *"),
            "widget",
            make=_gift_box(running, picked),
        ),
        StepField(
            "quantity",
            QCoreApplication.translate("GiftsPanel", "&Quantity *"),
            "line",
            value="1",
            max_length=12,
        ),
        StepField(
            "receipt_number",
            QCoreApplication.translate("GiftsPanel", "Sales &receipt no. *"),
            "line",
            value=receipt,
            max_length=64,
            placeholder=QCoreApplication.translate("GiftsPanel", "scan or type it, then Enter"),
        ),
    ]

    def run(s: Any, v: Values) -> IssueRow:
        return gifts.issue_gift(
            s,
            actor,
            IssueInput(
                int(v["gift"] or 0),
                v["receipt_number"],
                v["quantity"],
                customer_id=int(v["customer"]) if v["customer"] else None,
                recipient_name=v["recipient_name"],
                recipient_phone=v["recipient_phone"],
                visit_id=visit_id,
            ),
        )

    summary = QCoreApplication.translate(
        "GiftsPanel",
        "Handed out against a sales receipt: the campaign must be running, the "
        "receipt may not have had its gift yet.",
    )
    return Step(
        QCoreApplication.translate("GiftsPanel", "Issue a gift"),
        QCoreApplication.translate("GiftsPanel", "Hand out"),
        fields,
        run,
        summary=summary,
    )


def gift_step(actor: Actor, gift: GiftRow | None = None) -> Step:
    """G1: a gift of a campaign enters the catalogue, or (``gift``) its words, dates and limit
    are corrected; its stock moves only by restocks and corrections."""
    today = clock.local_today().isoformat()
    fields = [
        StepField(
            "name",
            QCoreApplication.translate("GiftsPanel", "&Gift *"),
            "line",
            value=gift.name if gift else "",
            max_length=60,
            placeholder=QCoreApplication.translate("GiftsPanel", "e.g. 保温杯"),
        ),
        StepField(
            "campaign",
            QCoreApplication.translate("GiftsPanel", "&Campaign *"),
            "line",
            value=gift.campaign if gift else "",
            max_length=60,
            placeholder=QCoreApplication.translate("GiftsPanel", "e.g. 双十二满500送"),
        ),
        StepField(
            "valid_from",
            QCoreApplication.translate("GiftsPanel", "&From *"),
            "date",
            value=gift.valid_from.isoformat() if gift else today,
        ),
        StepField(
            "valid_to",
            QCoreApplication.translate("GiftsPanel", "&To (included) *"),
            "date",
            value=gift.valid_to.isoformat() if gift else today,
        ),
        StepField(
            "limit_per_receipt",
            QCoreApplication.translate("GiftsPanel", "&Limit per receipt *"),
            "line",
            value=str(gift.limit_per_receipt) if gift else "1",
            max_length=12,
        ),
        StepField(
            "unit",
            QCoreApplication.translate("GiftsPanel", "&Unit *"),
            "line",
            value=gift.unit if gift else "个",
            max_length=10,
        ),
    ]
    if gift is None:
        fields.append(
            StepField(
                "opening_stock",
                QCoreApplication.translate("GiftsPanel", "&Opening stock"),
                "line",
                max_length=12,
            )
        )

    def run(s: Any, v: Values) -> GiftRow:
        data = GiftInput(
            v["name"],
            v["campaign"],
            date.fromisoformat(v["valid_from"]),
            date.fromisoformat(v["valid_to"]),
            v["limit_per_receipt"],
            v["unit"],
            v.get("opening_stock", ""),
        )
        if gift is None:
            return gifts.create_gift(s, actor, data)
        return gifts.update_gift(s, actor, gift.id, gift.version, data)

    if gift is not None:
        return Step(
            QCoreApplication.translate("GiftsPanel", "Edit the gift: {name}").format(
                name=gift.name
            ),
            QCoreApplication.translate("GiftsPanel", "Save"),
            fields,
            run,
            summary=_about(gift),
        )
    return Step(
        QCoreApplication.translate("GiftsPanel", "New gift"),
        QCoreApplication.translate("GiftsPanel", "Add to the catalogue"),
        fields,
        run,
    )


def _about(gift: GiftRow) -> str:
    return QCoreApplication.translate(
        "GiftsPanel", "{name} · {campaign} · on hand {on_hand} {unit}"
    ).format(name=gift.name, campaign=gift.campaign, on_hand=gift.on_hand, unit=gift.unit)


def restock_step(actor: Actor, gift: GiftRow) -> Step:
    """G3: gifts received into the counter's stock."""
    fields = [
        StepField(
            "quantity",
            QCoreApplication.translate("GiftsPanel", "&Received *"),
            "line",
            max_length=12,
        ),
        StepField(
            "reason",
            QCoreApplication.translate("GiftsPanel", "&Note"),
            placeholder=QCoreApplication.translate("GiftsPanel", "e.g. the delivery note's number"),
        ),
    ]

    def run(s: Any, v: Values) -> gift_lists.MovementRow:
        return gifts.restock(s, actor, gift.id, v["quantity"], v["reason"])

    return Step(
        QCoreApplication.translate("GiftsPanel", "Restock: {name}").format(name=gift.name),
        QCoreApplication.translate("GiftsPanel", "Restock"),
        fields,
        run,
        summary=_about(gift),
    )


def correct_step(actor: Actor, gift: GiftRow) -> Step:
    """G3: the counted stock differs from the book."""
    fields = [
        StepField(
            "quantity",
            QCoreApplication.translate("GiftsPanel", "&Change *"),
            "line",
            max_length=12,
            placeholder=QCoreApplication.translate(
                "GiftsPanel", "-2 for two fewer, 3 for three more"
            ),
        ),
        StepField("reason", QCoreApplication.translate("GiftsPanel", "&Reason *")),
    ]

    def run(s: Any, v: Values) -> gift_lists.MovementRow:
        return gifts.correct_stock(s, actor, gift.id, v["quantity"], v["reason"])

    return Step(
        QCoreApplication.translate("GiftsPanel", "Correct the stock: {name}").format(
            name=gift.name
        ),
        QCoreApplication.translate("GiftsPanel", "Correct"),
        fields,
        run,
        summary=_about(gift),
    )


def withdraw_step(actor: Actor, gift: GiftRow) -> Step:
    """G1: the gift is handed out no more."""
    fields = [StepField("reason", QCoreApplication.translate("GiftsPanel", "&Reason *"))]

    def run(s: Any, v: Values) -> GiftRow:
        return gifts.void_gift(s, actor, gift.id, gift.version, v["reason"])

    return Step(
        QCoreApplication.translate("GiftsPanel", "Withdraw the gift: {name}").format(
            name=gift.name
        ),
        QCoreApplication.translate("GiftsPanel", "Withdraw"),
        fields,
        run,
        summary=_about(gift),
    )


def void_issue_step(actor: Actor, issue: IssueRow) -> Step:
    """G2, G3: an issue made by mistake; its units go back into stock."""
    fields = [StepField("reason", QCoreApplication.translate("GiftsPanel", "&Reason *"))]

    def run(s: Any, v: Values) -> IssueRow:
        return gifts.void_issue(s, actor, issue.id, issue.version, v["reason"])

    summary = QCoreApplication.translate(
        "GiftsPanel", "{number} · {gift} × {quantity} · receipt {receipt} · {recipient} · {state}"
    ).format(
        number=issue.number,
        gift=issue.gift_name,
        quantity=issue.quantity,
        receipt=issue.receipt_number,
        recipient=issue.recipient_name,
        state=labels.state("gift_issue", issue.state),
    )
    return Step(
        QCoreApplication.translate("GiftsPanel", "Void the gift issue {number}").format(
            number=issue.number
        ),
        QCoreApplication.translate("GiftsPanel", "Void"),
        fields,
        run,
        summary=summary,
    )


def scanned_receipt(text: str) -> str | None:
    """``text`` as a sales receipt number when it can only be one: it reads as a receipt
    number, is no phone number, and has letters (XS20261206-0040) or more digits than a
    phone. Phone digits and names stay a customer search."""
    try:
        number = gifts.receipt_number(text)
    except DomainError:
        return None
    try:
        phone(text, "customer")
        return None
    except DomainError:
        pass
    return number if any(c.isalpha() for c in number) or len(number) > 11 else None


class IssueDialog(StepDialog):
    """G2's form as the counter uses it with a scanner: a receipt scanned while the cursor
    is in the customer search goes to the receipt box (the search found no one); a customer
    picked closes the walk-in's boxes and sends the cursor to the receipt; a refused value
    is selected, so the next scan or number replaces it instead of being appended."""

    def __init__(self, store: Store, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(store, step, parent)
        self.customer = self.findChild(CustomerPicker, "customer")
        self.receipt = self.findChild(QLineEdit, "receipt_number")
        if self.customer is not None:
            self.customer.customer_chosen.connect(lambda _i, _t: self._walk_in(False))
            self.customer.customer_cleared.connect(lambda: self._walk_in(True))
            self.customer.installEventFilter(self)
            if self.customer.chosen_id is not None:  # R3: the visit's customer
                self._walk_in(False)

    def _walk_in(self, needed: bool) -> None:
        self.errors.clear()
        for name in ("recipient_name", "recipient_phone"):
            box = self.findChild(QLineEdit, name)
            if box is not None:
                if not needed:
                    box.clear()
                box.setEnabled(needed)
        receipt = self.receipt
        if not needed and receipt is not None:
            receipt.setFocus(Qt.FocusReason.OtherFocusReason)
            # A pick from the suggestions' popup: the popup hands the keyboard back to the
            # search box as it closes, after this.
            QTimer.singleShot(0, receipt,
                              lambda: receipt.setFocus(Qt.FocusReason.OtherFocusReason))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        picker = self.customer
        if (watched is picker and picker is not None and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and picker.chosen_id is None and self.receipt is not None
                and not self.receipt.text().strip()):
            number = scanned_receipt(picker.text())
            if number is not None:
                picker.search_now(show_suggestions=False)
                if not picker.hits:  # no customer answers to it: it was the receipt
                    picker.reset()
                    self.errors.clear()
                    self.receipt.setText(number)
                    return True  # the cursor stays in the search, for the customer
        return super().eventFilter(watched, event)

    def _refused(self, error: DomainError) -> None:
        super()._refused(error)
        box = self.findChild(QLineEdit, error.field) if error.field else None
        if box is not None:
            box.selectAll()
