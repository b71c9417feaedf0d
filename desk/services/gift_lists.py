"""What the gifts page and the daily list read (G1-G3): the catalogue with each gift's stock
on hand (the SUM of its movements), a gift's stock book, the issues of a day or a range (phones
masked, K2) and the customer's gifts in their archive (K3). The writes are in
:mod:`desk.services.gifts`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from desk.models import Gift, GiftIssue, GiftMovement, Staff
from desk.services import clock
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, NotFound
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.validation import mask_phone

ACTIVE, VOIDED = "active", "voided"
ISSUED = "issued"
# How a gift stands today, in the catalogue's words (G1).
RUNNING, NOT_STARTED, ENDED, WITHDRAWN = "running", "not_started", "ended", "withdrawn"
# A gift with this many or fewer left is "low" in the catalogue: a supervisor restocks in time.
LOW_STOCK = 5


# -- what comes out -----------------------------------------------------------------------------

@dataclass(frozen=True)
class GiftRow:
    id: int
    name: str
    campaign: str
    valid_from: date
    valid_to: date
    limit_per_receipt: int
    unit: str
    state: str
    on_hand: int
    version: int

    def standing(self, today: date | None = None) -> str:
        """running, not_started, ended or withdrawn, on the local ``today``."""
        return standing(self.state, self.valid_from, self.valid_to, today)

    @property
    def out_of_stock(self) -> bool:
        return self.on_hand <= 0

    @property
    def low_stock(self) -> bool:
        return 0 < self.on_hand <= LOW_STOCK


@dataclass(frozen=True)
class MovementRow:
    id: int
    at: datetime
    kind: str
    quantity: int  # signed: + in, - out
    document_number: str
    by_name: str
    reason: str


@dataclass(frozen=True)
class IssueRow:
    id: int
    number: str
    issued_at: datetime
    gift_id: int
    gift_name: str
    campaign: str
    unit: str
    receipt_number: str
    quantity: int
    customer_id: int | None
    recipient_name: str
    masked_phone: str  # K2: lists and exports never show the whole number
    state: str
    issued_by: str
    void_reason: str
    version: int


def standing(state: str, valid_from: date, valid_to: date, today: date | None = None) -> str:
    today = today or clock.local_today()
    if state == VOIDED:
        return WITHDRAWN
    if today < valid_from:
        return NOT_STARTED
    if today > valid_to:
        return ENDED
    return RUNNING


# -- reading ------------------------------------------------------------------------------------

def on_hand_column() -> Any:
    return (select(func.coalesce(func.sum(GiftMovement.quantity), 0))
            .where(GiftMovement.gift_id == Gift.id).scalar_subquery())


def stock_of(session: Session, gift_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(GiftMovement.quantity), 0))
                              .where(GiftMovement.gift_id == gift_id)) or 0)


def gift_row(g: Gift, on_hand: Any) -> GiftRow:
    return GiftRow(g.id, g.name, g.campaign, g.valid_from, g.valid_to, g.limit_per_receipt,
                   g.unit, g.state, int(on_hand or 0), g.version)


def load_gift(session: Session, gift_id: int) -> Gift:
    gift = session.get(Gift, gift_id)
    if gift is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This gift no longer exists."), "gift")
    return gift


def get_gift(session: Session, actor: Actor, gift_id: int) -> GiftRow:
    authorize(session, actor, "gift.read")
    gift = load_gift(session, gift_id)
    return gift_row(gift, stock_of(session, gift.id))


def _catalogue_terms(today: date) -> list[Term]:
    running = case((and_(Gift.state == ACTIVE, Gift.valid_from <= today,
                         Gift.valid_to >= today), 0), else_=1)
    return [Term(running), Term(Gift.valid_to, descending=True), Term(Gift.id, descending=True)]


def list_gifts(session: Session, actor: Actor, *, after: PageKey | None = None,
               limit: int = PAGE_SIZE) -> Page[GiftRow]:
    """G1: the catalogue, the campaigns running today first, then the latest-ending, each
    with its stock on hand."""
    authorize(session, actor, "gift.read")
    stmt = select(Gift, on_hand_column())
    return keyset_page(session, stmt, _catalogue_terms(clock.local_today()), after, limit,
                       gift_row)


def count_gifts(session: Session, actor: Actor) -> int:
    authorize(session, actor, "gift.read")
    return int(session.scalar(select(func.count(Gift.id))) or 0)


def running_gifts(session: Session, actor: Actor) -> list[GiftRow]:
    """G2: what a clerk can hand out today (the issue form's choices), stock included."""
    authorize(session, actor, "gift.read")
    today = clock.local_today()
    rows = session.execute(
        select(Gift, on_hand_column())
        .where(Gift.state == ACTIVE, Gift.valid_from <= today, Gift.valid_to >= today)
        .order_by(Gift.campaign, Gift.name, Gift.id))
    return [gift_row(g, on_hand) for g, on_hand in rows]


def movement_row(m: GiftMovement, by_name: str) -> MovementRow:
    return MovementRow(m.id, m.at, m.kind, m.quantity, m.document_number, by_name, m.reason)


def _book(stmt: Select[Any]) -> Select[Any]:
    return stmt.add_columns(Staff.display_name).join(Staff, Staff.id == GiftMovement.by_id)


def list_movements(session: Session, actor: Actor, gift_id: int, *,
                   after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[MovementRow]:
    """G3: one page of the gift's stock book, newest first."""
    authorize(session, actor, "gift.read")
    stmt = _book(select(GiftMovement)).where(GiftMovement.gift_id == gift_id)
    return keyset_page(session, stmt, [Term(GiftMovement.id, descending=True)], after, limit,
                       movement_row)


def count_movements(session: Session, actor: Actor, gift_id: int) -> int:
    authorize(session, actor, "gift.read")
    return int(session.scalar(select(func.count(GiftMovement.id))
                              .where(GiftMovement.gift_id == gift_id)) or 0)


def _issues(stmt: Select[Any]) -> Select[Any]:
    return (stmt.add_columns(Gift.name, Gift.campaign, Gift.unit, Staff.display_name)
            .join(Gift, Gift.id == GiftIssue.gift_id)
            .join(Staff, Staff.id == GiftIssue.issued_by_id))


def issue_row(i: GiftIssue, gift_name: str, campaign: str, unit: str, by: str) -> IssueRow:
    return IssueRow(i.id, i.number, i.issued_at, i.gift_id, gift_name, campaign, unit,
                    i.receipt_number, i.quantity, i.customer_id, i.recipient_name,
                    mask_phone(i.recipient_phone), i.state, by, i.void_reason, i.version)


def _in_days(stmt: Select[Any], first: date, last: date | None) -> Select[Any]:
    start, end = clock.day_bounds(first, last)
    return stmt.where(GiftIssue.issued_at >= start, GiftIssue.issued_at < end)


ISSUE_ORDER = (Term(GiftIssue.issued_at, descending=True), Term(GiftIssue.id, descending=True))


def list_issues(session: Session, actor: Actor, first: date, last: date | None = None, *,
                after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[IssueRow]:
    """G3: the daily issue list (or several days'), newest first, voided issues included."""
    authorize(session, actor, "gift.read")
    stmt = _in_days(_issues(select(GiftIssue)), first, last)
    return keyset_page(session, stmt, ISSUE_ORDER, after, limit, issue_row)


def count_issues(session: Session, actor: Actor, first: date, last: date | None = None) -> int:
    authorize(session, actor, "gift.read")
    return int(session.scalar(_in_days(select(func.count(GiftIssue.id)), first, last)) or 0)


def issues_between(session: Session, actor: Actor, first: date, last: date | None = None
                   ) -> list[IssueRow]:
    """G3: every issue of the local days ``first`` to ``last``, oldest first (the export)."""
    authorize(session, actor, "gift.read")
    stmt = _in_days(_issues(select(GiftIssue)), first, last)
    rows = session.execute(stmt.order_by(GiftIssue.issued_at, GiftIssue.id))
    return [issue_row(*row) for row in rows]


def get_issue(session: Session, actor: Actor, issue_id: int) -> IssueRow:
    authorize(session, actor, "gift.read")
    row = session.execute(_issues(select(GiftIssue)).where(GiftIssue.id == issue_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This gift issue no longer exists."))
    return issue_row(*row)


def gift_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """K3: the gifts the customer received, in their archive."""
    rows = session.execute(
        select(GiftIssue.id, GiftIssue.number, GiftIssue.issued_at, GiftIssue.quantity,
               GiftIssue.receipt_number, GiftIssue.state, Gift.name, Gift.campaign, Gift.unit)
        .join(Gift, Gift.id == GiftIssue.gift_id)
        .where(GiftIssue.customer_id == customer_id)
        .order_by(GiftIssue.issued_at.desc())
        .limit(1000))
    return [
        HistoryItem(at, "gift_issue", number, campaign[:40],  # the archive's type: its campaign
                    f"{name} × {qty} {unit} · {receipt}"[:120], state, issue_id)
        for issue_id, number, at, qty, receipt, state, name, campaign, unit in rows
    ]
