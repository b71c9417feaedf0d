"""The gifts page of the counter services tab (赠品, G1-G3): the catalogue (running campaigns
first, stock on hand, low and out of stock said in words and in red), the picked gift's stock
book, and the day's issue list. Issue a gift with F2 (or from a visit: ``start_for_customer``);
a supervisor adds gifts, restocks, corrects, withdraws and voids issues."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import customers, gift_lists
from desk.services.errors import DeskError
from desk.services.gift_lists import GiftRow, IssueRow, MovementRow
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepDialog
from desk.ui.errors import show_error
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.paged_model import ALERT, DIMMED, Column, PagedTableModel
from desk.ui.scanner import ScanToSearch
from desk.ui.store import Store
from desk.ui.widgets import gift_steps
from desk.ui.widgets.gift_issue_list import GiftIssueList
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter

TABLES = ("gifts", "gift_movements", "gift_issues")


def standing_words(gift: GiftRow) -> str:
    """How the gift stands today, in words (never colour alone): running or not, and its stock."""
    now = gift.standing()
    if now == gift_lists.WITHDRAWN:
        return QCoreApplication.translate("GiftsPanel", "Withdrawn")
    if now == gift_lists.ENDED:
        return QCoreApplication.translate("GiftsPanel", "Campaign over")
    if now == gift_lists.NOT_STARTED:
        text = QCoreApplication.translate("GiftsPanel", "Starts {day}").format(
            day=gift.valid_from.isoformat()
        )
    else:
        text = QCoreApplication.translate("GiftsPanel", "Running")
    if gift.out_of_stock:
        return text + " · " + QCoreApplication.translate("GiftsPanel", "OUT OF STOCK")
    if gift.low_stock:
        return (
            text
            + " · "
            + QCoreApplication.translate("GiftsPanel", "low: {n} left").format(n=gift.on_hand)
        )
    return text


def _style(gift: GiftRow) -> str | None:
    if gift.standing() in (gift_lists.WITHDRAWN, gift_lists.ENDED):
        return DIMMED
    return ALERT if gift.out_of_stock or gift.low_stock else None


def catalogue_columns() -> list[Column[GiftRow]]:
    return [
        Column(QCoreApplication.translate("GiftsPanel", "Gift"), None, lambda g: g.name),
        Column(QCoreApplication.translate("GiftsPanel", "Campaign"), None, lambda g: g.campaign),
        Column(
            QCoreApplication.translate("GiftsPanel", "Runs"),
            None,
            lambda g: f"{g.valid_from.isoformat()} – {g.valid_to.isoformat()}",
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Per receipt"),
            None,
            lambda g: str(g.limit_per_receipt),
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "On hand"),
            None,
            lambda g: f"{g.on_hand} {g.unit}",
            align_right=True,
        ),
        Column(QCoreApplication.translate("GiftsPanel", "Now"), None, standing_words),
    ]


def book_columns() -> list[Column[MovementRow]]:
    return [
        Column(
            QCoreApplication.translate("GiftsPanel", "Time"),
            None,
            lambda m: labels.local_time(m.at),
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Movement"),
            None,
            lambda m: labels.gift_movement_kind(m.kind),
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Qty"),
            None,
            lambda m: f"{m.quantity:+d}",
            align_right=True,
        ),
        Column(
            QCoreApplication.translate("GiftsPanel", "Issue no."),
            None,
            lambda m: m.document_number,
        ),
        Column(QCoreApplication.translate("GiftsPanel", "By"), None, lambda m: m.by_name),
        Column(
            QCoreApplication.translate("GiftsPanel", "Reason"),
            None,
            lambda m: " ".join(m.reason.split())[:80],
        ),
    ]


class GiftsPanel(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("giftsPanel")
        self._store = store
        self._actor = actor
        self._book_gift: int | None = None  # replaced, never changed: read by the worker
        manage = allowed(actor, "gift.manage")
        self.catalogue: PagedTableModel[GiftRow] = PagedTableModel(
            catalogue_columns(),
            self._fetch_gifts,
            self._count_gifts,
            ("running", False),
            style=_style,
        )
        self.table = record_table("giftsTable", self.catalogue, self)
        size_columns(
            self.table, ("厨房清洁套装", "双十二满500送", "2026-12-01 – 2026-12-16", "99", "999 个")
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setObjectName("giftsStatus")
        self.status.setWordWrap(True)
        # G2 scanner-first: a receipt scanned anywhere on the page opens the issue form with it.
        self.receipt_scan = QLineEdit(self)
        self.receipt_scan.setObjectName("giftReceiptScan")
        self.receipt_scan.setPlaceholderText(
            QCoreApplication.translate("GiftsPanel", "Scan a sales receipt to hand out its gift"))
        self.receipt_scan.setMaxLength(64)
        self.receipt_scan.setMinimumWidth(
            QFontMetrics(self.receipt_scan.font()).horizontalAdvance(
                self.receipt_scan.placeholderText()) + 24)
        self.receipt_label = QLabel(
            QCoreApplication.translate("GiftsPanel", "Receip&t:"), self)
        self.receipt_label.setBuddy(self.receipt_scan)
        for widget in (self.receipt_scan, self.receipt_label):
            widget.setVisible(allowed(actor, "gift.issue"))
        self.issue_button = QPushButton(
            QCoreApplication.translate("GiftsPanel", "&Issue gift… (F2)"), self
        )
        self.issue_button.setObjectName("issueGiftButton")
        self.issue_button.setVisible(allowed(actor, "gift.issue"))
        self.manage_buttons: dict[str, QPushButton] = {}
        for name, word in (
            ("new", QCoreApplication.translate("GiftsPanel", "&New gift…")),
            ("edit", QCoreApplication.translate("GiftsPanel", "&Edit…")),
            ("restock", QCoreApplication.translate("GiftsPanel", "&Restock…")),
            ("correct", QCoreApplication.translate("GiftsPanel", "&Correct stock…")),
            ("withdraw", QCoreApplication.translate("GiftsPanel", "&Withdraw…")),
        ):
            button = QPushButton(word, self)
            button.setObjectName(f"{name}GiftButton")
            button.setVisible(manage)
            self.manage_buttons[name] = button
        self.book_heading = QLabel(self)
        self.book_heading.setObjectName("giftBookHeading")
        self.book_heading.setWordWrap(True)
        self.book: PagedTableModel[MovementRow] = PagedTableModel(
            book_columns(), self._fetch_book, self._count_book, ("id", True), page_size=100
        )
        self.book_table = record_table("giftBookTable", self.book, self)
        # The movement's words in the reader's language, not the longest English ones.
        size_columns(
            self.book_table,
            (
                "2026-12-06 20:55",
                labels.gift_movement_kind("return"),
                "+999",
                "ZP-20261206-0001",
                "欧阳娜娜",
            ),
        )
        self.book_table.horizontalHeader().setStretchLastSection(True)
        self.issues = GiftIssueList(store, actor, self)
        self._layout()
        self._connect_signals(events)
        self._show_picked()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.receipt_label)
        bar.addWidget(self.receipt_scan)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.issue_button)
        for button in self.manage_buttons.values():
            bar.addWidget(button)
        book = QWidget(self)
        column = QVBoxLayout(book)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.book_heading)
        column.addWidget(self.book_table, 1)
        top = splitter(Qt.Orientation.Horizontal, ((self.table, 1), (book, 1)), self)
        split = splitter(Qt.Orientation.Vertical, ((top, 1), (self.issues, 1)), self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def _connect_signals(self, events: DeskEvents) -> None:
        self.issue_button.clicked.connect(lambda: self.issue_gift())
        self.manage_buttons["new"].clicked.connect(lambda: self.new_gift())
        self.manage_buttons["edit"].clicked.connect(lambda: self.open_step("edit"))
        self.manage_buttons["restock"].clicked.connect(lambda: self.open_step("restock"))
        self.manage_buttons["correct"].clicked.connect(lambda: self.open_step("correct"))
        self.manage_buttons["withdraw"].clicked.connect(lambda: self.open_step("withdraw"))
        self.issues.void_button.clicked.connect(lambda: self.void_issue())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_picked())
        self.catalogue.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, TABLES, self.refresh)
        QShortcut(QKeySequence("F2"), self, self.issue_gift)
        self.receipt_scan.returnPressed.connect(self.issue_scanned)
        if allowed(self._actor, "gift.issue"):  # a scan is heard wherever the page has focus
            ScanToSearch(lambda: self.receipt_scan, (
                self.table, self.book_table, self.issues.table, self.issue_button,
                *self.manage_buttons.values(),
            ), self, into=self.table)

    def refresh(self) -> None:
        self.catalogue.refresh()
        self.issues.refresh()

    # -- the catalogue and the picked gift's book -------------------------------------------
    def _fetch_gifts(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[GiftRow]:
        with self._store.read() as session:
            return gift_lists.list_gifts(session, self._actor, after=after, limit=limit)

    def _count_gifts(self) -> int:
        with self._store.read() as session:
            return gift_lists.count_gifts(session, self._actor)

    def _fetch_book(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[MovementRow]:
        gift_id = self._book_gift
        if gift_id is None:
            return Page([], None)
        with self._store.read() as session:
            return gift_lists.list_movements(
                session, self._actor, gift_id, after=after, limit=limit
            )

    def _count_book(self) -> int:
        gift_id = self._book_gift
        if gift_id is None:
            return 0
        with self._store.read() as session:
            return gift_lists.count_movements(session, self._actor, gift_id)

    def _reloaded(self, _total: int) -> None:
        """The gift picked before the list was read again stays picked (a restock, an issue
        from another counter), else the first."""
        if self.catalogue.rowCount():
            again = self.catalogue.index_where(lambda g: g.id == self._book_gift)
            self.table.selectRow(max(again, 0))
        self._show_picked()

    def current(self) -> GiftRow | None:
        return self.catalogue.row_at(self.table.currentIndex().row())

    def _show_picked(self) -> None:
        gift = self.current()
        active = gift is not None and gift.state == gift_lists.ACTIVE
        for name in ("edit", "restock", "correct", "withdraw"):
            self.manage_buttons[name].setEnabled(
                gift is not None and (active or name != "withdraw")
            )
        self._book_gift = gift.id if gift is not None else None
        if gift is None:
            self.book_heading.setText(
                QCoreApplication.translate("GiftsPanel", "Pick a gift to see its stock book.")
            )
        else:
            self.book_heading.setText(
                QCoreApplication.translate(
                    "GiftsPanel", "Stock book of {name} ({campaign}): {on_hand} {unit} on hand"
                ).format(
                    name=gift.name, campaign=gift.campaign, on_hand=gift.on_hand, unit=gift.unit
                )
            )
        self.book.refresh()

    # -- acting -----------------------------------------------------------------------------
    def _open(self, step: Step, done: str = "", kind: type[StepDialog] = StepDialog
              ) -> StepDialog:
        dialog = kind(self._store, step, self)

        def finished(_code: int) -> None:
            if dialog.result is not None and done:
                self.status.setText(done.format(**vars(dialog.result)))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def issue_scanned(self) -> StepDialog | None:
        """G2: the receipt scanned on the page, into a new issue form (Enter on an empty box
        opens the form too)."""
        receipt = self.receipt_scan.text().strip()
        self.receipt_scan.clear()
        return self.issue_gift(receipt=receipt)

    def issue_gift(
        self, customer: tuple[int, str] | None = None, visit_id: int | None = None,
        receipt: str = "",
    ) -> StepDialog | None:
        """G2: the issue form, the picked gift chosen if it is running."""
        if not allowed(self._actor, "gift.issue"):
            return None
        try:
            with self._store.read() as session:
                running = gift_lists.running_gifts(session, self._actor)
        except DeskError as error:
            show_error(self, error)
            return None
        if not running:
            self.status.setText(
                QCoreApplication.translate(
                    "GiftsPanel", "No campaign is running today: there is no gift to hand out."
                )
            )
            return None
        picked = self.current()
        step = gift_steps.issue_step(
            self._store,
            self._actor,
            running,
            picked.id if picked is not None else None,
            customer,
            visit_id,
            receipt,
        )
        dialog = self._open(
            step,
            QCoreApplication.translate(
                "GiftsPanel",
                "{number}: {gift_name} × {quantity} handed out to {recipient_name} "
                "(receipt {receipt_number}).",
            ),
            gift_steps.IssueDialog,
        )
        if customer is not None:
            box = dialog.findChild(QLineEdit, "receipt_number")
            if box is not None:
                box.setFocus()
        return dialog

    def start_for_customer(self, customer_id: int, visit_id: int | None) -> StepDialog | None:
        """R3: from a walk-in visit, the issue form with the customer filled in and the visit
        linked; the cursor waits in the receipt box for the scanner."""
        try:
            with self._store.read() as session:
                found = customers.get_customer(session, self._actor, customer_id)
        except DeskError as error:
            show_error(self, error)
            return None
        text = "  ".join(p for p in (found.name, found.masked_phone) if p)
        return self.issue_gift((customer_id, text), visit_id)

    def new_gift(self) -> StepDialog | None:
        if not allowed(self._actor, "gift.manage"):
            return None
        return self._open(gift_steps.gift_step(self._actor))

    def open_step(self, name: str) -> StepDialog | None:
        gift = self.current()
        if gift is None or not allowed(self._actor, "gift.manage"):
            return None
        make = {
            "edit": gift_steps.gift_step,
            "restock": gift_steps.restock_step,
            "correct": gift_steps.correct_step,
            "withdraw": gift_steps.withdraw_step,
        }[name]
        return self._open(make(self._actor, gift))

    def void_issue(self) -> StepDialog | None:
        issue: IssueRow | None = self.issues.current()
        if issue is None or issue.state != gift_lists.ISSUED:
            return None
        return self._open(gift_steps.void_issue_step(self._actor, issue))
