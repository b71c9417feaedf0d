"""The stock ledger (W7) and issuing out (W6).

The ledger is append-only: this module only ever adds movements (a correction is a new
movement; the database's triggers refuse an UPDATE or DELETE as well). On-hand is the sum of
an item's movements, read through the ``(item_id, id)`` index; nothing caches it.

Stock never goes negative, also when two clerks issue the last unit at the same moment: an
issue locks its items' rows (``SELECT … FOR UPDATE`` on PostgreSQL, taken in id order so two
issues of the same items cannot deadlock) before it reads on-hand, so the second clerk waits
for the first to commit and then sees what is left. SQLite needs no row lock: every writer
takes the database's write lock at BEGIN (``BEGIN IMMEDIATE``, desk/db.py), so two issues
already run one after the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desk.models import Item, MonthClose, Staff, StockIssue, StockIssueLine, StockMovement
from desk.services import audit, clock, numbering
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.items import as_quantity, load_item, on_hand_of, quantity, shown_quantity
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text, notes

RECEIPT, ISSUE, ADJUSTMENT, OPENING = "receipt", "issue", "adjustment", "opening"
RECIPIENT_MAX = 60
LINES_MAX = 200


@dataclass(frozen=True)
class MovementRow:
    """One line of an item's ledger, with the document it references."""

    id: int
    at: datetime
    kind: str
    quantity: Decimal  # signed: + in, - out
    document_kind: str
    document_number: str
    by_name: str
    note: str


@dataclass(frozen=True)
class IssueLineInput:
    """One line of an issue, with what the clerk checked against the goods (W6)."""

    item_id: int
    quantity: str
    name_spec_checked: bool = False  # name and spec/model match the item
    quality_good: bool = False  # quality condition checked: fit to issue
    undamaged: bool = False  # no damage (无破损), packaging included
    note: str = ""


@dataclass(frozen=True)
class IssueInput:
    lines: Sequence[IssueLineInput]
    recipient: str = ""  # who takes the goods: a person or department
    note: str = ""


@dataclass(frozen=True)
class IssuedLine:
    item_id: int
    code: str
    name: str
    quantity: Decimal
    unit: str


@dataclass(frozen=True)
class IssueRow:
    id: int
    number: str
    issued_at: datetime
    recipient: str
    lines: tuple[IssuedLine, ...]


def _sum(session: Session, item_id: int) -> Decimal:
    return as_quantity(session.scalar(select(on_hand_of(item_id))))


def book_of(session: Session, item_id: int) -> Decimal:
    """The item's book now, for a service that has locked it (a stocktake's count)."""
    return _sum(session, item_id)


def on_hand(session: Session, actor: Actor, item_id: int) -> Decimal:
    """W7: what the book says is on the shelf, the sum of the item's movements."""
    authorize(session, actor, "stock.read")
    load_item(session, item_id)
    return _sum(session, item_id)


def month_of(at: datetime) -> str:
    """The local month a time falls in, as month closes name it: ``2026-11``."""
    day = clock.local_today(at)
    return f"{day.year:04d}-{day.month:02d}"


def closed_through(session: Session) -> str | None:
    """W9: the latest closed month; it and every month before it take no movement."""
    return session.scalar(select(func.max(MonthClose.month)))


def append_movement(session: Session, actor: Actor, item_id: int, signed: Decimal, kind: str,
                    document_kind: str, document_number: str, note: str = "") -> StockMovement:
    """The one way a movement enters the ledger. W9: a movement whose time falls in a closed
    month (or before it) is refused; the caller's transaction then saves nothing."""
    at = clock.now()
    closed = closed_through(session)
    if closed is not None and month_of(at) <= closed:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{month} is closed (month-end close up to {closed}): no movement "
            "can be dated into it. Check the computer's date."), "month",
            month=month_of(at), closed=closed)
    movement = StockMovement(item_id=item_id, quantity=signed, kind=kind,
                             document_kind=document_kind, document_number=document_number,
                             at=at, by_id=actor.id, note=note)
    session.add(movement)
    return movement


def lock_items(session: Session, item_ids: Sequence[int]) -> None:
    """Hold the items' rows until commit; a second issue of them waits here (PostgreSQL)."""
    session.execute(select(Item.id).where(Item.id.in_(sorted(set(item_ids))))
                    .order_by(Item.id).with_for_update())


def record_opening(session: Session, actor: Actor, item_id: int, amount: str,
                   note: str = "") -> MovementRow:
    """The item's opening balance when the desk starts keeping its book: once, before any
    other movement. Later differences are a stocktake's adjustments (W8)."""
    authorize(session, actor, "stock.receive")
    lock_items(session, [item_id])
    item = load_item(session, item_id)
    counted = quantity(amount, item.countable)
    moved = session.scalar(select(func.count(StockMovement.id))
                           .where(StockMovement.item_id == item_id))
    if moved:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "This item's book has started already: correct it with a "
            "stocktake, not a second opening balance."), "quantity")
    movement = append_movement(session, actor, item.id, counted, OPENING, OPENING, item.code,
                               notes(note, "note"))
    session.flush()
    audit.record(session, actor.id, "stock.opening", "item", item.id,
                 after={"quantity": counted, "movement_id": movement.id})
    return _movement(movement, actor.display_name)


def _movement(m: StockMovement, by_name: str) -> MovementRow:
    return MovementRow(m.id, m.at, m.kind, as_quantity(m.quantity), m.document_kind,
                       m.document_number, by_name, m.note)


def _ledger(stmt: Select[Any]) -> Select[Any]:
    return stmt.add_columns(Staff.display_name).join(Staff, Staff.id == StockMovement.by_id)


def list_movements(session: Session, actor: Actor, item_id: int, *,
                   after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[MovementRow]:
    """W7: one page of the item's ledger, newest first (keyset on the movement id)."""
    authorize(session, actor, "stock.read")
    stmt = _ledger(select(StockMovement)).where(StockMovement.item_id == item_id)
    terms = [Term(StockMovement.id, descending=True)]
    return keyset_page(session, stmt, terms, after, limit, _movement)


def count_movements(session: Session, actor: Actor, item_id: int) -> int:
    authorize(session, actor, "stock.read")
    return int(session.scalar(select(func.count(StockMovement.id))
                              .where(StockMovement.item_id == item_id)) or 0)


def _checked(line: IssueLineInput) -> None:
    if not line.name_spec_checked:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Check the name and spec/model against the goods first."),
            "name_spec_checked")
    if not line.quality_good:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Check the quality condition first: goods with a quality problem "
            "are not issued."), "quality_good")
    if not line.undamaged:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Confirm there is no damage (packaging included): damaged goods "
            "are not issued."), "undamaged")


def issue_out(session: Session, actor: Actor, data: IssueInput) -> IssueRow:
    """W6: an issue document (CK-yyyymmdd-nnnn) whose every line was checked (name, spec,
    quantity, quality condition, no damage); never more than on hand. All or nothing."""
    authorize(session, actor, "stock.issue")
    if not data.lines:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Add at least one item to issue."), "lines")
    if len(data.lines) > LINES_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most {max} lines on one issue."), "lines", max=LINES_MAX)
    recipient = clean_text(data.recipient, "recipient")
    if len(recipient) > RECIPIENT_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
                          "recipient", max=RECIPIENT_MAX)
    note = notes(data.note, "note")
    lock_items(session, [line.item_id for line in data.lines])
    wanted: dict[int, Decimal] = defaultdict(Decimal)
    checked: list[tuple[Item, Decimal, IssueLineInput]] = []
    for line in data.lines:
        item = load_item(session, line.item_id)
        amount = quantity(line.quantity, item.countable)
        _checked(line)
        wanted[item.id] += amount
        checked.append((item, amount, line))
    for item, _amount, _line in checked:
        available = _sum(session, item.id)
        if wanted[item.id] > available:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages",
                "Only {available} {unit} of {name} on hand: {wanted} cannot be issued."),
                "quantity", available=shown_quantity(available), unit=item.unit,
                name=item.name, wanted=shown_quantity(wanted[item.id]))
    issued_at = clock.now()
    issue = StockIssue(number=numbering.draw(session, numbering.STOCK_ISSUE,
                                             clock.local_today(issued_at)),
                       recipient=recipient, note=note, issued_at=issued_at,
                       issued_by_id=actor.id)
    session.add(issue)
    session.flush()
    for item, amount, line in checked:
        session.add(StockIssueLine(
            issue_id=issue.id, item_id=item.id, quantity=amount,
            name_spec_checked=True, quality_good=True, undamaged=True,
            note=notes(line.note, "note")))
        said = " · ".join(p for p in (recipient, note) if p)  # to whom, and why
        append_movement(session, actor, item.id, -amount, ISSUE, ISSUE, issue.number, said)
    session.flush()
    lines = tuple(IssuedLine(item.id, item.code, item.name, amount, item.unit)
                  for item, amount, _line in checked)
    audit.record(session, actor.id, "stock.issue", "stock_issue", issue.id, after={
        "number": issue.number, "recipient": recipient,
        "lines": [[line.code, str(line.quantity)] for line in lines],
    })
    return IssueRow(issue.id, issue.number, issue.issued_at, recipient, lines)
