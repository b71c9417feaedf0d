"""Invoice requests (开票申请, I1-I4): the buyer, the lines with their exact amounts, the sales
receipts they cover, and the invoice the tax platform issued for them.

A receipt is invoiced once (I3): its row stays ``active`` while the request that names it is
requested, issued or delivered; voiding or crediting the request clears ``active`` on its
receipts, and a partial unique index on the active rows makes a second claim fail in the
database itself, also when two counters save at the same instant.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
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

INVOICE_STATES = ("requested", "issued", "delivered", "voided", "credited")
BUYER_KINDS = ("person", "company")
INVOICE_TYPES = ("electronic_ordinary", "electronic_special", "paper_ordinary", "paper_special")
TAX_RATES = (13, 9, 6, 5, 3, 1, 0)  # percent (I2)
LINE_QUANTITY = Numeric(18, 6)  # up to six decimals: 0.125 kg, 2.5 m
MONEY = Numeric(12, 2)


def _one_of(column: str, values: tuple[object, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class InvoiceRequest(Base):
    """One invoice request (KP-2026-000123) and what became of it."""

    __tablename__ = "invoice_requests"
    __table_args__ = (
        CheckConstraint(_one_of("state", INVOICE_STATES), name="state_known"),
        CheckConstraint(_one_of("buyer_kind", BUYER_KINDS), name="buyer_kind_known"),
        CheckConstraint(_one_of("invoice_type", INVOICE_TYPES), name="invoice_type_known"),
        Index("ix_invoice_requests_state", "state", "id"),
        Index("ix_invoice_requests_customer", "customer_id", "created_at"),
        Index("ix_invoice_requests_invoice_number", "invoice_number"),
        Index("ix_invoice_requests_invoice_date", "invoice_date", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)  # KP-…
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), nullable=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id"), nullable=True)
    buyer_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    title: Mapped[str] = mapped_column(String(100), nullable=False)  # 抬头
    taxpayer_id: Mapped[str | None] = mapped_column(String(18), nullable=True)
    address_phone: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    bank_account: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(254), nullable=False, default="")
    invoice_type: Mapped[str] = mapped_column(String(24), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # Sums of the lines, kept for the list and the finance export (each line is fen-exact).
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    tax: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    total: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    state: Mapped[str] = mapped_column(String(12), nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    # From the tax platform (I4): the invoice's number and date.
    invoice_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    invoice_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    delivered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    delivered_how: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # Voided or credited (红字): when, by whom, why; a credit's red-letter invoice number.
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    close_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    credit_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class InvoiceLine(Base):
    """One line (I2): the price is tax-inclusive; total = quantity × price to the fen, half
    up; amount = total / (1 + rate) to the fen, half up; tax = total − amount. (No CHECK that
    total = amount + tax: SQLite compares NUMERIC as binary floats, 88.41 + 11.49 ≠ 99.9; the
    service computes it exactly and the property test holds it.)"""

    __tablename__ = "invoice_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price > 0", name="unit_price_positive"),
        CheckConstraint(_one_of("rate", TAX_RATES), name="rate_known"),
        Index("ix_invoice_lines_request", "request_id", "position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("invoice_requests.id"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    item: Mapped[str] = mapped_column(String(100), nullable=False)
    spec: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(12), nullable=False, default="")
    quantity: Mapped[Decimal] = mapped_column(LINE_QUANTITY, nullable=False)
    unit_price: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    rate: Mapped[int] = mapped_column(Integer, nullable=False)  # percent
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    tax: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    total: Mapped[Decimal] = mapped_column(MONEY, nullable=False)


class InvoiceReceipt(Base):
    """A sales receipt a request covers (I3). ``active`` while the request stands; at most one
    active row per receipt number (the partial unique index)."""

    __tablename__ = "invoice_receipts"
    __table_args__ = (
        Index("ix_invoice_receipts_receipt", "receipt_no", "id"),
        Index("ix_invoice_receipts_request", "request_id"),
        Index("uq_invoice_receipts_active_receipt", "receipt_no", unique=True,
              sqlite_where=text("active"), postgresql_where=text("active")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("invoice_requests.id"), nullable=False)
    receipt_no: Mapped[str] = mapped_column(String(32), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
