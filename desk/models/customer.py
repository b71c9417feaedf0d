"""The customer archive (K1-K3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desk.models.base import Base, UTCDateTime, utcnow


class Customer(Base):
    __tablename__ = "customers"
    __table_args__ = (
        # K1: one record per phone number. The service refuses a duplicate with the other
        # customer's name; this index stops two counters saving the same new number at once.
        Index(
            "uq_customers_phone",
            "phone",
            unique=True,
            sqlite_where=text("phone IS NOT NULL"),
            postgresql_where=text("phone IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)
    # Normalised digits only (13812345678, 01062345678); the natural lookup key (K1).
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    member_no: Mapped[str | None] = mapped_column(String(32), nullable=True)
    company: Mapped[str | None] = mapped_column(String(100), nullable=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False, default=utcnow)
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    __mapper_args__ = {"version_id_col": version}


class CustomerSearchKey(Base):
    """Every prefix-searchable spelling of a customer: one row per key.

    SQLite's ``LIKE 'x%'`` cannot use an index and ``LIKE '%5678'`` never can, so "any part of
    the phone", "any part of the name" and the pinyin spellings are stored as suffixes here and
    searched with an index range ``key >= :p AND key < :p || U+FFFF``. The key column is
    byte-ordered (COLLATE "C" on PostgreSQL) so the range matches exactly what a prefix means.
    """

    __tablename__ = "customer_search_keys"
    __table_args__ = (Index("ix_customer_search_keys_key", "key", "customer_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), nullable=False, index=True)
    key: Mapped[str] = mapped_column(
        String(64).with_variant(String(64, collation="C"), "postgresql"), nullable=False
    )
