"""Document numbers (S5): one counter row per kind and period, drawn inside the caller's
transaction, so two counters can never hand out the same number.

The counter row is bumped with ``UPDATE ... SET last_value = last_value + 1 RETURNING``: on
PostgreSQL the row lock makes the second counter wait for the first to commit; on SQLite the
write transaction (BEGIN IMMEDIATE) does the same. A number drawn by a transaction that later
rolls back is simply never used, as on paper forms.

Every document kind is one line of :data:`KINDS` (prefix, period, width); nothing else in the
desk formats a number (:func:`draw` for a new one, :func:`format_number` for a bulk load that
sets the counters itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import DocumentCounter


def next_value(session: Session, kind: str, period: str) -> int:
    bump = (
        update(DocumentCounter)
        .where(DocumentCounter.kind == kind, DocumentCounter.period == period)
        .values(last_value=DocumentCounter.last_value + 1)
        .returning(DocumentCounter.last_value)
    )
    value = session.execute(bump).scalar_one_or_none()
    if value is not None:
        return int(value)
    try:
        with session.begin_nested():
            session.add(DocumentCounter(kind=kind, period=period, last_value=1))
        return 1
    except IntegrityError:
        # Another counter created the row between our UPDATE and INSERT: bump it instead.
        return int(session.execute(bump).scalar_one())


Period = Literal["day", "year", "never"]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document number: ``JD-20261125-0007``, ``TS-2026-000123``."""

    prefix: str
    period: Period  # when the sequence restarts
    width: int  # digits of the sequence, zero-padded

    def period_of(self, day: date) -> str:
        if self.period == "day":
            return day.strftime("%Y%m%d")
        if self.period == "year":
            return f"{day.year:04d}"
        return ""

    def format(self, day: date, value: int) -> str:
        period = self.period_of(day)
        sequence = f"{value:0{self.width}d}"
        return f"{self.prefix}-{period}-{sequence}" if period else f"{self.prefix}-{sequence}"


# Every document number the desk hands out. The next issues add their lines here:
# complaints TS (yearly, 6), callbacks HF, parcels' tickets, invoice requests, receipts.
VISIT = DocumentKind("JD", "day", 4)  # 接待单: restarts every local day
COMPLAINT = DocumentKind("TS", "year", 6)  # 投诉: TS-2026-000123, never reused (C2)
SUGGESTION = DocumentKind("JY", "year", 6)  # 建议: JY-2026-000042 (C1a), apart from complaints
CALLBACK = DocumentKind("HF", "year", 6)  # 回访记录表: HF-2026-000031 (B2)
STOCK_RECEIPT = DocumentKind("RK", "day", 4)  # 入库单: RK-20261206-0001 (W3, W5)
STOCK_ISSUE = DocumentKind("CK", "day", 4)  # 出库单: CK-20261206-0001 (W6)
DELIVERY = DocumentKind("DH", "day", 4)  # 送货 at the dock: DH-20261206-0001 (W3)
PURCHASE_ORDER = DocumentKind("CG", "day", 4)  # 采购订单 to a manufacturer: CG-20261206-0001 (W2)
STOCKTAKE = DocumentKind("PD", "day", 4)  # 盘点单: PD-20261206-0001 (W7 daily count, W8)
GIFT_ISSUE = DocumentKind("ZP", "day", 4)  # 赠品发放单: ZP-20261206-0001 (G2)
# 寄存牌: JC-20261123-0007 (P1); the day is in the number, so a ticket is never reused.
PARCEL_TICKET = DocumentKind("JC", "day", 4)
INVOICE_REQUEST = DocumentKind("KP", "year", 6)  # 开票申请: KP-2026-000123 (I1)
KINDS: dict[str, DocumentKind] = {
    kind.prefix: kind
    for kind in (VISIT, COMPLAINT, SUGGESTION, CALLBACK, STOCK_RECEIPT, STOCK_ISSUE,
                 DELIVERY, PURCHASE_ORDER, STOCKTAKE, GIFT_ISSUE, PARCEL_TICKET,
                 INVOICE_REQUEST)
}


def draw(session: Session, kind: DocumentKind, day: date) -> str:
    """The next number of ``kind`` for the local ``day``, in the caller's transaction."""
    period = kind.period_of(day)
    return kind.format(day, next_value(session, kind.prefix, period))
