"""The counter services tab (赠品与寄存): gifts handed out against sales receipts (G1-G3) and
customers' large items kept at the counter against a ticket (P1-P4), one page each
(Ctrl+PgDown / Ctrl+PgUp between them). A page is there for a role that may read it.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk.services.permissions import Actor, allowed
from desk.ui.events import DeskEvents
from desk.ui.store import Store
from desk.ui.widgets.desk_pages import DeskPages
from desk.ui.widgets.gifts_panel import GiftsPanel
from desk.ui.widgets.parcels_panel import ParcelsPanel


class CounterServicesTab(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterServicesTab")
        self.pages = DeskPages(self)
        self.pages.setObjectName("counterServicesPages")
        # The pages, each for the roles that may read it (its service checks again):
        self.gifts: GiftsPanel | None = None
        if allowed(actor, "gift.read"):  # G1-G3: gifts against sales receipts
            self.gifts = GiftsPanel(store, actor, events, self)
            self.pages.addTab(self.gifts, self.tr("Gifts"))
        self.parcels: ParcelsPanel | None = None
        if allowed(actor, "parcel.read"):  # P1-P4: deposits against a ticket
            self.parcels = ParcelsPanel(store, actor, events, self)
            self.pages.addTab(self.parcels, self.tr("Storage"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.focus_page()

    def start_for_visit(self, service: str, customer_id: int | None,
                        visit_id: int) -> QWidget | None:
        """R3: the page of ``service`` ("gift" or "storage") shown and its new record started
        for the visit's customer; an anonymous walk-in gives name and phone in the form."""
        if service == "storage" and self.parcels is not None:
            self.pages.setCurrentWidget(self.parcels)
            if customer_id is None:
                return self.parcels.deposit(None, visit_id)
            return self.parcels.start_for_customer(customer_id, visit_id)
        if service == "gift" and self.gifts is not None:
            self.pages.setCurrentWidget(self.gifts)
            if customer_id is None:
                return self.gifts.issue_gift(None, visit_id)
            return self.gifts.start_for_customer(customer_id, visit_id)
        return None

    def focus_page(self) -> None:
        """The current page's first field (its search or scan box), as a clerk expects."""
        if self.pages.count():
            self.pages.turn(0)
