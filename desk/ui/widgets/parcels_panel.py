"""The storage page of the counter services tab (寄存, P1-P4).

On top the ticket box, with the focus: a USB scanner types the ticket's number and Enter from
anywhere on the page (:class:`ScanToSearch`), the pickup opens with the cursor in the
last-four box, four digits and Enter hand the items over. Below, the view (held now, held past
closing, past the storage limit, all), the list (a held deposit that stands out is red and
says why), the picked deposit's detail, and the buttons: Deposit (F4: the form, then the
ticket's print preview), Pick up (F6), Lost ticket (F7), Reprint ticket (F8).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import customers, parcel_ticket, parcels
from desk.services.errors import DomainError
from desk.services.paging import Page, PageKey
from desk.services.parcels import ParcelDetail, ParcelRow, View
from desk.services.permissions import Actor, allowed
from desk.services.vocabulary import ID_TYPES, PARCEL_ALERTS
from desk.ui import labels
from desk.ui.actions import handle_failure
from desk.ui.dialogs.step_form import StepDialog
from desk.ui.errors import message_of
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.labels import translate
from desk.ui.operations import LatestLoad
from desk.ui.paged_model import ALERT, Column, PagedTableModel
from desk.ui.printing import preview_document
from desk.ui.scanner import ScanToSearch
from desk.ui.store import Store
from desk.ui.widgets.parcel_steps import (
    DepositDialog,
    HandoverDialog,
    deposit_step,
    lost_ticket_step,
    pickup_step,
)
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import detail_text, splitter

TABLES = ("parcel_deposits",)


def state_or_alert(row: ParcelRow) -> str:
    """P4: a held deposit that stands out says why; the others their state."""
    if row.alert:
        return QCoreApplication.translate("ParcelsPanel", "{reason} ({days} days)").format(
            reason=translate("Labels", PARCEL_ALERTS[row.alert]), days=row.days_held)
    return labels.state("parcel", row.state)


def parcel_columns() -> list[Column[ParcelRow]]:
    return [
        Column(QCoreApplication.translate("ParcelsPanel", "Ticket"), None,
               lambda p: p.ticket_number),
        Column(QCoreApplication.translate("ParcelsPanel", "Customer"), None,
               lambda p: p.customer_name),
        Column(QCoreApplication.translate("ParcelsPanel", "Phone"), None,
               lambda p: p.masked_phone),
        Column(QCoreApplication.translate("ParcelsPanel", "Pieces"), None,
               lambda p: str(p.pieces), align_right=True),
        Column(QCoreApplication.translate("ParcelsPanel", "Shelf"), None, lambda p: p.shelf),
        Column(QCoreApplication.translate("ParcelsPanel", "Deposited"), None,
               lambda p: labels.local_time(p.deposited_at)),
        Column(QCoreApplication.translate("ParcelsPanel", "State"), None, state_or_alert),
        Column(QCoreApplication.translate("ParcelsPanel", "Items"), None,
               lambda p: p.description),
    ]


_COLUMN_SAMPLES = ("JC-20261206-0001", "欧阳娜娜娜", "138****5678", "99", "A-03-12",
                   "2026-12-06 18:30", "past the storage limit (31 days)")


class ParcelsPanel(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parcelsPanel")
        self._store = store
        self._actor = actor
        self.detail: ParcelDetail | None = None
        self.message = ""  # what the clerk was last told on the page (a pickup, a release)
        self._last_deposit: int | None = None  # picked once the list shows it
        # A deposit just handed over leaves the held list: its detail stays in sight (what was
        # handed over, when, by whom) until the clerk picks a row, not the first row's.
        self._handed_over = False
        self._detail_load = LatestLoad(self, store, self._show_detail)
        write = allowed(actor, "parcel.write")
        self.scan = QLineEdit(self)
        self.scan.setObjectName("ticketScan")
        self.scan.setPlaceholderText(QCoreApplication.translate(
            "ParcelsPanel", "Scan the ticket, or type its number and press Enter"))
        self.scan.setClearButtonEnabled(True)
        ticket = QLabel(QCoreApplication.translate("ParcelsPanel", "&Ticket:"), self)
        ticket.setBuddy(self.scan)
        self.scan_message = QLabel(self)
        self.scan_message.setObjectName("scanMessage")
        self.scan_message.setWordWrap(True)
        self.view = QComboBox(self)
        self.view.setObjectName("parcelView")
        for code, text in (
            ("held", QCoreApplication.translate("ParcelsPanel", "Held now")),
            ("overnight", QCoreApplication.translate("ParcelsPanel", "Held past closing")),
            ("overdue", QCoreApplication.translate("ParcelsPanel", "Past the storage limit")),
            ("all", QCoreApplication.translate("ParcelsPanel", "All deposits")),
        ):
            self.view.addItem(text, code)
        show = QLabel(QCoreApplication.translate("ParcelsPanel", "&Show:"), self)
        show.setBuddy(self.view)
        self.count_label = QLabel(self)
        self.deposit_button = QPushButton(
            QCoreApplication.translate("ParcelsPanel", "&Deposit… (F4)"), self)
        self.pickup_button = QPushButton(
            QCoreApplication.translate("ParcelsPanel", "Pick &up… (F6)"), self)
        self.lost_button = QPushButton(
            QCoreApplication.translate("ParcelsPanel", "Lost t&icket… (F7)"), self)
        self.reprint_button = QPushButton(
            QCoreApplication.translate("ParcelsPanel", "&Reprint ticket (F8)"), self)
        for name, button in (("depositButton", self.deposit_button),
                             ("pickupButton", self.pickup_button),
                             ("lostTicketButton", self.lost_button),
                             ("reprintButton", self.reprint_button)):
            button.setObjectName(name)
            button.setVisible(write or button is self.reprint_button)
        self.model: PagedTableModel[ParcelRow] = PagedTableModel(
            parcel_columns(), self._fetch, self._count, ("deposited_at", False),
            style=lambda p: ALERT if p.alert else None)
        self.table = record_table("parcelsTable", self.model, self)
        size_columns(self.table, _COLUMN_SAMPLES)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail_view = detail_text("parcelDetail", self)
        split = splitter(Qt.Orientation.Vertical, ((self.table, 3), (self.detail_view, 1)), self)
        scan_bar = QHBoxLayout()
        scan_bar.addWidget(ticket)
        scan_bar.addWidget(self.scan, 1)
        scan_bar.addWidget(show)
        scan_bar.addWidget(self.view)
        scan_bar.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.deposit_button, self.pickup_button, self.lost_button,
                       self.reprint_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(scan_bar)
        layout.addWidget(self.scan_message)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.scanner = ScanToSearch(lambda: self.scan, (self.table, self.detail_view,
                                                         self.view, *self._buttons()), self,
                                    into=self.table)
        self._connect_signals(events)
        self._say("")
        self._show_current()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.deposit_button, self.pickup_button, self.lost_button, self.reprint_button)

    def _connect_signals(self, events: DeskEvents) -> None:
        self.scan.returnPressed.connect(self.scan_ticket)
        self.scan.textEdited.connect(lambda _t: self._say(""))
        self.view.currentIndexChanged.connect(lambda _i: self.refresh())
        self.deposit_button.clicked.connect(lambda: self.deposit())
        self.pickup_button.clicked.connect(lambda: self.pick_up())
        self.lost_button.clicked.connect(lambda: self.lost_ticket())
        self.reprint_button.clicked.connect(self.reprint)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.refresh)
        for keys, act in (("F4", self.deposit), ("F6", self.pick_up), ("F7", self.lost_ticket),
                          ("F8", self.reprint)):
            QShortcut(QKeySequence(keys), self, lambda act=act: act(),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        self.model.refresh()

    def current_view(self) -> View:
        code = self.view.currentData()
        return code if code in parcels.VIEWS else "held"

    def _fetch(self, _key: str, _descending: bool, after: PageKey | None, limit: int
               ) -> Page[ParcelRow]:
        with self._store.read() as session:
            return parcels.list_parcels(session, self._actor, self.current_view(), after=after,
                                        limit=limit)

    def _count(self) -> int:
        with self._store.read() as session:
            return parcels.count_parcels(session, self._actor, self.current_view())

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("ParcelsPanel", "%n deposit(s)", "", total))
        # The deposit just made (its reprint is F8 if the printer jammed) stays picked when
        # the list is read again; else the row picked before, else the first.
        again = (self.model.index_where(lambda p: p.id == self._last_deposit)
                 if self._last_deposit is not None else -1)
        if again >= 0:
            self._last_deposit = None  # once: later reloads keep the clerk's own pick
            self.table.selectRow(again)
        elif self._handed_over and self.current() is None:
            self._handed_over = False
            return
        elif self.current() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._handed_over = False
        self._show_current()

    def current(self) -> ParcelRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_current(self) -> None:
        row = self.current()
        held = row is not None and row.state == parcels.HELD
        self.pickup_button.setEnabled(held)
        self.lost_button.setEnabled(held)
        self.reprint_button.setEnabled(row is not None)
        self.detail = None
        self.detail_view.clear()
        if row is None:
            self._detail_load.drop()
            return
        actor, parcel_id = self._actor, row.id
        self._detail_load.load(lambda session: parcels.get_parcel(session, actor, parcel_id))

    def _show_detail(self, detail: ParcelDetail) -> None:
        self.detail = detail
        self.detail_view.setPlainText(describe(detail))
        self.reprint_button.setEnabled(True)

    def _say(self, text: str, alert: bool = False) -> None:
        self.message = text
        self.scan_message.setText(text)
        self.scan_message.setStyleSheet("color: #c62828;" if alert else "color: #2e7d32;")
        self.scan_message.setVisible(bool(text))

    # -- acting -----------------------------------------------------------------------------
    def scan_ticket(self) -> HandoverDialog | None:
        """P2: the scanned (or typed) ticket found; a held one opens its pickup."""
        text = self.scan.text()
        if not text.strip():
            return None
        try:
            with self._store.read() as session:
                found = parcels.find_ticket(session, self._actor, text)
        except DomainError as error:
            self._say(message_of(error), alert=True)
            self.scan.selectAll()
            return None
        except Exception as exc:  # the environment or a bug: the one place that sorts them
            handle_failure(self, exc)
            return None
        self.scan.clear()
        self._pick(found)
        if found.row.state != parcels.HELD:
            gone = QCoreApplication.translate(
                "ParcelsPanel", "{number} is {state}: handed over at {time} by {name}.")
            self._say(gone.format(number=found.row.ticket_number,
                                  state=labels.state("parcel", found.row.state),
                                  time=labels.local_time(found.row.picked_up_at),
                                  name=found.picked_up_by), alert=True)
            return None
        return self.pick_up(found.row)

    def _pick(self, found: ParcelDetail) -> None:
        """The scanned ticket becomes the picked one: its row in the list (when listed) is
        selected, so Pick up, Lost ticket and Reprint act on it and not on the row that was
        highlighted before the scan."""
        self._last_deposit = None
        index = self.model.index_where(lambda p: p.id == found.row.id)
        if index >= 0:
            self.table.selectRow(index)
        else:  # not in this view (a redeemed ticket under "held now"): no other row picked
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
        self._show_detail(found)

    def deposit(self, customer: tuple[int, str] | None = None, visit_id: int | None = None
                ) -> StepDialog | None:
        """P1: the deposit's form; saved, the ticket's print preview opens."""
        if not allowed(self._actor, "parcel.write"):
            return None
        dialog = (DepositDialog(self._store, self._actor, visit_id, self) if customer is None
                  else StepDialog(self._store, deposit_step(self._actor, customer, visit_id),
                                  self))
        dialog.accepted.connect(lambda: self._deposited(dialog.result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def start_for_customer(self, customer_id: int, visit_id: int | None) -> StepDialog | None:
        """R3: a deposit for the customer of a walk-in visit, their name and phone the
        customer record's (the phone stays masked, K2)."""
        try:
            with self._store.read() as session:
                known = customers.get_customer(session, self._actor, customer_id)
        except Exception as exc:
            handle_failure(self, exc)
            return None
        words = QCoreApplication.translate("ParcelsPanel", "For {name} {phone}").format(
            name=known.name, phone=known.masked_phone)
        return self.deposit((customer_id, words), visit_id)

    def _deposited(self, detail: ParcelDetail) -> None:
        self._last_deposit = detail.row.id
        self._say(QCoreApplication.translate(
            "ParcelsPanel", "Deposited under ticket {number}: print it and hand the stub to "
            "the customer.").format(number=detail.row.ticket_number))
        self.print_ticket(detail.row.id)

    def print_ticket(self, parcel_id: int) -> None:
        actor = self._actor
        preview_document(self, self._store, actor,
                         lambda s: parcel_ticket.ticket_pdf(s, actor, parcel_id, translate))

    def reprint(self) -> None:
        """The picked deposit's ticket again (or the ticket just scanned, when its deposit
        is not in the list shown)."""
        row = self.current()
        if row is not None:
            self.print_ticket(row.id)
        elif self.detail is not None:
            self.print_ticket(self.detail.row.id)

    def pick_up(self, row: ParcelRow | None = None) -> HandoverDialog | None:
        row = row or self.current()
        if row is None or row.state != parcels.HELD or not allowed(self._actor,
                                                                    "parcel.write"):
            return None
        return self._open(HandoverDialog(self._store, pickup_step(self._actor, row), self),
                          QCoreApplication.translate(
                              "ParcelsPanel", "{number}: {pieces} piece(s) handed over. "
                              "Picked up."))

    def lost_ticket(self) -> HandoverDialog | None:
        row = self.current()
        if row is None or row.state != parcels.HELD or not allowed(self._actor,
                                                                    "parcel.write"):
            return None
        return self._open(HandoverDialog(self._store, lost_ticket_step(self._actor, row),
                                         self),
                          QCoreApplication.translate(
                              "ParcelsPanel", "{number}: {pieces} piece(s) released on the "
                              "ID check."))

    def _open(self, dialog: HandoverDialog, done: str) -> HandoverDialog:
        def handed_over() -> None:
            detail: ParcelDetail = dialog.result
            self._say(done.format(number=detail.row.ticket_number, pieces=detail.row.pieces))
            self._handed_over = True
            self._show_detail(detail)
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)  # ready for the next scan

        dialog.accepted.connect(handed_over)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


def describe(d: ParcelDetail) -> str:
    at = labels.local_time
    text = [
        QCoreApplication.translate(
            "ParcelsPanel", "{number} · {state} · {name} {phone}").format(
            number=d.row.ticket_number, state=labels.state("parcel", d.row.state),
            name=d.row.customer_name, phone=d.row.masked_phone),
        QCoreApplication.translate(
            "ParcelsPanel", "{pieces} piece(s): {items} · shelf {shelf}").format(
            pieces=d.row.pieces, items=d.row.description, shelf=d.row.shelf or "—"),
        QCoreApplication.translate(
            "ParcelsPanel", "Deposited {when} by {who}; kept until {day}").format(
            when=at(d.row.deposited_at), who=d.deposited_by, day=d.keep_until.isoformat()),
    ]
    if d.condition:
        text.append(QCoreApplication.translate("ParcelsPanel", "Condition: {condition}")
                    .format(condition=d.condition))
    if d.row.state == parcels.PICKED_UP:
        text.append(QCoreApplication.translate(
            "ParcelsPanel", "Picked up {when}, handed over by {who}").format(
            when=at(d.row.picked_up_at), who=d.picked_up_by))
    if d.row.state == parcels.RELEASED:
        text.append(QCoreApplication.translate(
            "ParcelsPanel", "Released {when} by {who} on {id_type} …{digits}, approved by "
            "{supervisor}: {reason}").format(
            when=at(d.row.picked_up_at), who=d.picked_up_by,
            id_type=translate("Labels", ID_TYPES.get(d.id_type, d.id_type)),
            digits=d.id_last_digits, supervisor=d.approved_by, reason=d.release_reason))
    return "\n".join(text)
