"""The warehouse (W1, W6, W7): items, the append-only stock ledger and issue documents.

Quantities are ``Numeric(12, 3)``: exact decimals, never float. An item counted in whole
pieces (件, 台, 个: ``countable``) only ever holds integers; the service refuses a fraction.
Items sold by length or weight (米, 千克) take up to three decimals (a millimetre, a gram).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow

QUANTITY = Numeric(12, 3)
# W7: what moved stock. Receipts and issues come from their documents; adjustments from a
# stocktake (W8); an opening balance once per item, when the desk starts keeping its book.
MOVEMENT_KINDS = ("receipt", "issue", "adjustment", "opening")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Item(Base):
    """An item the warehouse keeps (W1)."""

    __tablename__ = "items"
    __table_args__ = (
        CheckConstraint("safety_stock >= 0", name="safety_not_negative"),
        # A scanned barcode names one item; many items have none.
        Index(
            "uq_items_barcode",
            "barcode",
            unique=True,
            sqlite_where=text("barcode IS NOT NULL"),
            postgresql_where=text("barcode IS NOT NULL"),
        ),
        Index("ix_items_name", "name", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    spec: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    colour: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    size: Mapped[str] = mapped_column(String(30), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(10), nullable=False)
    countable: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    barcode: Mapped[str | None] = mapped_column(String(32), nullable=True)
    safety_stock: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False, default=Decimal(0))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class ItemSearchKey(Base):
    """The prefix-searchable spellings of an item (code, barcode, name suffixes, pinyin), like
    ``customer_search_keys``: an index range, never a scan."""

    __tablename__ = "item_search_keys"
    __table_args__ = (Index("ix_item_search_keys_key", "key", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False, index=True)
    key: Mapped[str] = mapped_column(
        String(64).with_variant(String(64, collation="C"), "postgresql"), nullable=False
    )


class StockMovement(Base):
    """One line of the stock ledger (W7). Append-only: never updated or deleted (the service
    has no such function and database triggers refuse it); a correction is a new movement.
    On-hand is the sum of an item's movements."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint(_one_of("kind", MOVEMENT_KINDS), name="kind_known"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        CheckConstraint(
            "(kind = 'receipt' AND quantity > 0) OR (kind = 'issue' AND quantity < 0) "
            "OR kind IN ('adjustment', 'opening')",
            name="sign_fits_kind",
        ),
        # On-hand (SUM per item) and the item's ledger page (newest first) read this range;
        # the quantity rides along so a sum never visits the table (migration 0012).
        Index("ix_stock_movements_item", "item_id", "id", "quantity"),
        Index("ix_stock_movements_document", "document_kind", "document_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)  # signed: + in, - out
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    # The document it references (W7): "issue" CK-20261206-0001, "receipt" RK-…, "opening".
    document_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    document_number: Mapped[str] = mapped_column(String(32), nullable=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class StockIssue(Base):
    """An issue document (出库单, W6): numbered CK-yyyymmdd-nnnn, its lines checked."""

    __tablename__ = "stock_issues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    recipient: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    issued_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)


class StockIssueLine(Base):
    """One issued item with the checks the clerk confirmed (核对名称、规格、数量、质量状况,
    无破损)."""

    __tablename__ = "stock_issue_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_stock_issue_lines_issue", "issue_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("stock_issues.id"), nullable=False)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), nullable=False)
    quantity: Mapped[Decimal] = mapped_column(QUANTITY, nullable=False)
    name_spec_checked: Mapped[bool] = mapped_column(Boolean, nullable=False)
    quality_good: Mapped[bool] = mapped_column(Boolean, nullable=False)
    undamaged: Mapped[bool] = mapped_column(Boolean, nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
