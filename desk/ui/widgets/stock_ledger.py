"""One item's stock ledger (W7): its on-hand and its movements, newest first, each with the
document it references, paged through SQL like every long list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.services import stock
from desk.services.items import ItemRow, shown_quantity
from desk.services.paging import Page, PageKey
from desk.services.permissions import Actor
from desk.services.stock import MovementRow
from desk.ui import labels
from desk.ui.paged_model import Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table, size_columns


def signed(quantity: object) -> str:
    text = shown_quantity(quantity)  # type: ignore[arg-type]
    return text if text.startswith("-") else f"+{text}"


class StockLedger(QWidget):
    """The item picked in the list: what the book says is on hand, and why."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockLedger")
        self._store = store
        self._actor = actor
        self._item_id: int | None = None  # replaced, never changed: read by the worker
        self.heading = QLabel(self)
        self.heading.setObjectName("ledgerHeading")
        self.heading.setWordWrap(True)
        self.on_hand = QLabel(self)
        self.on_hand.setObjectName("ledgerOnHand")
        self.model: PagedTableModel[MovementRow] = PagedTableModel(
            [
                Column(
                    QCoreApplication.translate("StockLedger", "Time"),
                    None,
                    lambda m: labels.local_time(m.at),
                ),
                Column(
                    QCoreApplication.translate("StockLedger", "Movement"),
                    None,
                    lambda m: labels.movement_kind(m.kind),
                ),
                Column(
                    QCoreApplication.translate("StockLedger", "Quantity"),
                    None,
                    lambda m: signed(m.quantity),
                    align_right=True,
                ),
                Column(
                    QCoreApplication.translate("StockLedger", "Document"),
                    None,
                    lambda m: m.document_number,
                ),
                Column(QCoreApplication.translate("StockLedger", "By"), None, lambda m: m.by_name),
                Column(  # a receipt's delivery, an issue's taker and note
                    QCoreApplication.translate("StockLedger", "From / to"),
                    None,
                    lambda m: " ".join(m.note.split())[:80],
                ),
            ],
            self._fetch,
            self._count,
            ("id", True),
            page_size=100,
        )
        self.table = record_table("ledgerTable", self.model, self)
        # Time, kind, quantity, document and clerk shown whole; the rest to the last column.
        size_columns(self.table, ("2026-12-06 20:55", "期初库存", "-1,000.000",
                                  "DH-20261206-0001", "欧阳娜娜"))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.on_hand)
        layout.addWidget(self.table, 1)
        self.show_item(None)

    def show_item(self, item: ItemRow | None) -> None:
        """The item's heading and on-hand at once; its movements as they arrive."""
        if item is None:
            self._item_id = None
            self.heading.setText(
                QCoreApplication.translate(
                    "StockLedger", "Pick an item in the list to see its stock ledger."
                )
            )
            self.on_hand.clear()
            self.model.refresh()
            return
        self._item_id = item.id
        self.heading.setText(
            QCoreApplication.translate("StockLedger", "<b>{code}</b> · {name} {spec}").format(
                code=escape(item.code), name=escape(item.name), spec=escape(item.spec)
            )
        )
        text = QCoreApplication.translate(
            "StockLedger", "On hand: {quantity} {unit} · safety stock {safety}"
        ).format(
            quantity=shown_quantity(item.on_hand),
            unit=item.unit,
            safety=shown_quantity(item.safety_stock),
        )
        if item.below_safety:
            text += " · " + QCoreApplication.translate("StockLedger", "below safety stock")
        self.on_hand.setText(text)
        self.on_hand.setStyleSheet(
            "color: #b71c1c; font-weight: bold;" if item.below_safety else ""
        )
        self.model.refresh()

    def _fetch(
        self, _key: str, _descending: bool, after: PageKey | None, limit: int
    ) -> Page[MovementRow]:
        item_id = self._item_id
        if item_id is None:
            return Page([], None)
        with self._store.read() as session:
            return stock.list_movements(session, self._actor, item_id, after=after, limit=limit)

    def _count(self) -> int:
        item_id = self._item_id
        if item_id is None:
            return 0
        with self._store.read() as session:
            return stock.count_movements(session, self._actor, item_id)
