"""Stocktakes (盘点, W8) and the daily count (每天盘点对数, W7), one mechanism.

A stocktake is numbered PD-yyyymmdd-nnnn and counts either every item (``full``), the items
the clerk chose (``chosen``), or the items that moved on the local day (``daily``, W7: at
least the items that moved). Starting it freezes each item's book (``frozen_quantity``).

**Movements during the count.** Goods keep moving while the shelf is counted. Each count is
taken against the book *at the moment it is entered* (the item's row locked, so no issue or
receipt of it is half-way): ``book_at_count``. The variance is ``counted - book_at_count``,
which is ``counted - (frozen + moved since the freeze)``; when nothing moved it is ``counted -
frozen``. On approval that variance posts as one ADJUSTMENT movement per item, through
:func:`desk.services.stock.append_movement`, under the stocktake's number: movements after
the count are on both sides and need no correction.

Every non-zero variance needs its reason and cause; errors (差错) and quality problems
(质量问题) also their handling, and the stocktake then needs its written report to the
departments concerned (to whom, when) before it can be approved. A supervisor approves (S2)
or sends it back to counting. States are data (:data:`MACHINE`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desk.models import Item, Staff, StockMovement, Stocktake, StocktakeLine
from desk.services import audit, clock, errors, items, numbering, stock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, Term, keyset_page
from desk.services.permissions import Actor, authorize
from desk.services.states import StateMachine, Transition
from desk.services.validation import clean_text, notes

COUNTING, SUBMITTED, APPROVED = "counting", "submitted", "approved"
OPEN_STATES = (COUNTING, SUBMITTED)
FULL, CHOSEN, DAILY = "full", "chosen", "daily"
KINDS = (FULL, CHOSEN, DAILY)
REASONS = ("error", "quality", "loss", "other")
REPORTED_REASONS = ("error", "quality")  # W8: cause, handling and a written report
REPORTED_TO_MAX = 100
DOCUMENT_KIND = "stocktake"

MACHINE = StateMachine("stocktake", (COUNTING, SUBMITTED, APPROVED), {
    "count": Transition((COUNTING,), None, "stock.count"),
    "explain": Transition((COUNTING,), None, "stock.count"),
    "report": Transition((COUNTING, SUBMITTED), None, "stock.count"),
    "submit": Transition((COUNTING,), SUBMITTED, "stock.count"),
    "approve": Transition((SUBMITTED,), APPROVED, "stock.approve"),
    "send_back": Transition((SUBMITTED,), COUNTING, "stock.approve"),
})


@dataclass(frozen=True)
class StartInput:
    kind: str  # one of KINDS
    item_ids: Sequence[int] = ()  # for CHOSEN
    note: str = ""


@dataclass(frozen=True)
class ReasonInput:
    reason: str  # one of REASONS
    cause: str
    handling: str = ""


@dataclass(frozen=True)
class ReportInput:
    """W8: the written report (书面汇报) of errors and quality problems was sent."""

    to: str  # the departments concerned
    note: str = ""
    at: datetime | None = None  # None: now


@dataclass(frozen=True)
class StocktakeRow:
    id: int
    number: str
    kind: str
    state: str
    frozen_at: datetime
    started_by: str
    lines: int
    counted: int
    variances: int
    version: int


@dataclass(frozen=True)
class CountLine:
    id: int
    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    countable: bool
    barcode: str
    frozen: Decimal
    counted: Decimal | None
    book_at_count: Decimal | None
    counted_at: datetime | None
    counted_by: str
    reason: str
    cause: str
    handling: str
    adjusted: Decimal | None

    @property
    def moved(self) -> Decimal:
        """What moved between the freeze and the count."""
        return Decimal(0) if self.book_at_count is None else self.book_at_count - self.frozen

    @property
    def variance(self) -> Decimal | None:
        """Counted minus the book when it was counted (frozen + moved since)."""
        if self.counted is None or self.book_at_count is None:
            return None
        return self.counted - self.book_at_count

    @property
    def needs_reason(self) -> bool:
        return bool(self.variance) and not (self.reason and self.cause)


@dataclass(frozen=True)
class StocktakeDetail:
    row: StocktakeRow
    note: str
    submitted_at: datetime | None
    submitted_by: str
    approved_at: datetime | None
    approved_by: str
    reported_to: str
    reported_at: datetime | None
    report_note: str
    lines: tuple[CountLine, ...]

    @property
    def needs_report(self) -> bool:
        return any(line.reason in REPORTED_REASONS for line in self.lines)


# -- starting ----------------------------------------------------------------------------------

def _moved_on(session: Session, day: date) -> list[int]:
    start, end = clock.day_bounds(day)
    return list(session.scalars(select(StockMovement.item_id).distinct().where(
        StockMovement.at >= start, StockMovement.at < end)))


def start_stocktake(session: Session, actor: Actor, data: StartInput) -> StocktakeDetail:
    """W8 (and W7's daily count): a numbered count whose items' book is frozen now."""
    authorize(session, actor, "stock.count")
    if data.kind not in KINDS:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please choose what to count."),
                          "kind")
    now = clock.now()
    if data.kind == FULL:
        wanted = list(session.scalars(select(Item.id)))
    elif data.kind == DAILY:
        wanted = _moved_on(session, clock.local_today(now))
        if not wanted:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "Nothing moved today: choose the items to count instead."),
                "kind")
    else:
        wanted = list(dict.fromkeys(data.item_ids))
        for item_id in wanted:
            items.load_item(session, item_id)
    if not wanted:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Choose at least one item to count."), "items")
    note = notes(data.note, "note")
    stock.lock_items(session, wanted)  # the frozen book is whole: no issue half-way
    take = Stocktake(number=numbering.draw(session, numbering.STOCKTAKE,
                                           clock.local_today(now)),
                     kind=data.kind, state=COUNTING, note=note, frozen_at=now,
                     started_by_id=actor.id, owner_id=actor.id)
    session.add(take)
    session.flush()
    books = dict(session.execute(
        select(StockMovement.item_id, func.sum(StockMovement.quantity))
        .where(StockMovement.item_id.in_(wanted)).group_by(StockMovement.item_id)).all())
    session.execute(insert(StocktakeLine), [
        {"stocktake_id": take.id, "item_id": item_id,
         "frozen_quantity": items.as_quantity(books.get(item_id)), "cause": "", "handling": ""}
        for item_id in sorted(wanted)])
    audit.record(session, actor.id, "stocktake.start", "stocktake", take.id, after={
        "number": take.number, "kind": take.kind, "items": len(wanted), "note": note})
    return get_stocktake(session, actor, take.id)


# -- counting ----------------------------------------------------------------------------------

def _load(session: Session, stocktake_id: int, lock: bool = False) -> Stocktake:
    stmt = select(Stocktake).where(Stocktake.id == stocktake_id)
    if lock:
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    take = session.scalars(stmt).first()
    if take is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This stocktake no longer exists."))
    return take


def _check_version(take: Stocktake, expected_version: int | None) -> None:
    if expected_version is not None and take.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} was changed by someone else after you opened it. "
            "Reload it and try again."), number=take.number)


def find_line(session: Session, actor: Actor, stocktake_id: int, scanned: str) -> CountLine:
    """A scan (barcode or code, then Enter): the count's line of that item."""
    authorize(session, actor, "stock.read")
    take = _load(session, stocktake_id)
    found = items.find_by_barcode(session, actor, scanned)  # unknown: said at "search"
    line_id = session.scalar(select(StocktakeLine.id).where(
        StocktakeLine.stocktake_id == take.id, StocktakeLine.item_id == found.id))
    if line_id is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{name} is not on {number}: it was not frozen for this count."),
            "search", name=found.name, number=take.number)
    return next(line for line in get_stocktake(session, actor, take.id).lines
                if line.id == line_id)


def _line(session: Session, take: Stocktake, line_id: int) -> StocktakeLine:
    line = session.get(StocktakeLine, line_id)
    if line is None or line.stocktake_id != take.id:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This line is not on the stocktake."))
    return line


def enter_count(session: Session, actor: Actor, stocktake_id: int, line_id: int,
                counted: str) -> CountLine:
    """W8: what is on the shelf. Negative, not a number, or a fraction of an item counted in
    whole pieces is refused at "count". The book is read now, the item locked."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "count", take.state, take.number)
    line = _line(session, take, line_id)
    item = items.load_item(session, line.item_id)
    try:
        amount = items.quantity(counted, item.countable, "count", allow_zero=True)
    except DomainError as error:  # say which item: the clerk may have scanned another
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "{name}: {problem}"), "count",
                          name=item.name, problem=errors.Term("DeskMessages", error.message)
                          ) from error
    stock.lock_items(session, [item.id])
    before = {"counted": line.counted_quantity, "book_at_count": line.book_at_count}
    line.counted_quantity = amount
    line.book_at_count = stock.book_of(session, item.id)
    line.counted_at = clock.now()
    line.counted_by_id = actor.id
    flag_modified(take, "state")  # the stocktake's version moves (S5)
    session.flush()
    move.record(session, take.id, "", {"item": item.code, **before},
                {"item": item.code, "counted": amount, "book_at_count": line.book_at_count})
    return next(x for x in get_stocktake(session, actor, take.id).lines if x.id == line.id)


def explain_variance(session: Session, actor: Actor, stocktake_id: int, line_id: int,
                     data: ReasonInput) -> CountLine:
    """W8: why the shelf differs from the book. An error or a quality problem also needs its
    handling (and the stocktake its written report)."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "explain", take.state, take.number)
    line = _line(session, take, line_id)
    if data.reason not in REASONS:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please choose the reason."),
                          "reason")
    cause = notes(data.cause, "cause")
    if not cause:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please say what caused the difference."), "cause")
    handling = notes(data.handling, "handling")
    if data.reason in REPORTED_REASONS and not handling:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An error or a quality problem needs its handling: say what was "
            "done about it."), "handling")
    before = {"reason": line.reason, "cause": line.cause, "handling": line.handling}
    line.reason, line.cause, line.handling = data.reason, cause, handling
    flag_modified(take, "state")
    session.flush()
    move.record(session, take.id, "", before,
                {"reason": line.reason, "cause": cause, "handling": handling})
    return next(x for x in get_stocktake(session, actor, take.id).lines if x.id == line.id)


def record_report(session: Session, actor: Actor, stocktake_id: int, data: ReportInput
                  ) -> StocktakeDetail:
    """W8: the written report to the departments concerned: to whom, when."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "report", take.state, take.number)
    to = clean_text(data.to, "to")
    if not to:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the departments the report went to."), "to")
    if len(to) > REPORTED_TO_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
                          "to", max=REPORTED_TO_MAX)
    now = clock.now()
    at = data.at or now
    if at > now or at < take.frozen_at:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The report is sent between the start of the count and now."), "at")
    before = {"reported_to": take.reported_to, "reported_at": take.reported_at}
    take.reported_to, take.reported_at = to, at
    take.report_note = notes(data.note, "note")
    session.flush()
    move.record(session, take.id, take.report_note, before,
                {"reported_to": to, "reported_at": at})
    return get_stocktake(session, actor, take.id)


def submit(session: Session, actor: Actor, stocktake_id: int, expected_version: int
           ) -> StocktakeDetail:
    """Counting done: every line counted, to a supervisor for approval."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "submit", take.state, take.number)
    _check_version(take, expected_version)
    detail = get_stocktake(session, actor, take.id)
    left = [line for line in detail.lines if line.counted is None]
    if left:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{count} item(s) not counted yet, first {name}: count them "
            "(0 when the shelf is empty)."), "lines", count=len(left), name=left[0].name)
    move.apply(session, take, "", {"submitted_at": clock.now(), "submitted_by_id": actor.id})
    return get_stocktake(session, actor, take.id)


def send_back(session: Session, actor: Actor, stocktake_id: int, expected_version: int,
              note: str) -> StocktakeDetail:
    """A supervisor returns the count to the clerk, saying why."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "send_back", take.state, take.number)
    _check_version(take, expected_version)
    said = notes(note, "note")
    if not said:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Say what must be done before it comes back."), "note")
    move.apply(session, take, said, {"submitted_at": None, "submitted_by_id": None})
    return get_stocktake(session, actor, take.id)


def approve(session: Session, actor: Actor, stocktake_id: int, expected_version: int
            ) -> StocktakeDetail:
    """W8: a supervisor approves; each variance posts one ADJUSTMENT movement under the
    stocktake's number, the items locked. Refused, nothing saved, while a variance lacks its
    reason, the written report is missing, or an adjustment would take stock below zero."""
    take = _load(session, stocktake_id, lock=True)
    move = MACHINE.begin(session, actor, "approve", take.state, take.number)
    _check_version(take, expected_version)
    detail = get_stocktake(session, actor, take.id)
    unexplained = [line for line in detail.lines if line.needs_reason]
    if unexplained:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{count} variance(s) without a reason, first {name}: send it back "
            "to give each its reason."), "reason", count=len(unexplained),
            name=unexplained[0].name)
    if detail.needs_report and detail.reported_at is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Errors or quality problems were found: record the written report "
            "to the departments concerned first."), "report")
    varied = [line for line in detail.lines if line.variance]
    stock.lock_items(session, [line.item_id for line in varied])
    posted = []
    for line in varied:
        assert line.variance is not None
        if stock.book_of(session, line.item_id) + line.variance < 0:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "{name}: the adjustment {variance} would take stock below "
                "zero; count it again."), "reason", name=line.name,
                variance=items.shown_quantity(line.variance))
        stock.append_movement(session, actor, line.item_id, line.variance, stock.ADJUSTMENT,
                              DOCUMENT_KIND, take.number, line.cause)
        row = session.get(StocktakeLine, line.id)
        assert row is not None
        row.adjusted_quantity = line.variance
        posted.append([line.code, str(line.variance)])
    move.apply(session, take, "", {"approved_at": clock.now(), "approved_by_id": actor.id})
    audit.record(session, actor.id, "stock.adjust", "stocktake", take.id,
                 after={"number": take.number, "adjustments": posted})
    return get_stocktake(session, actor, take.id)


# -- reading -----------------------------------------------------------------------------------

def _summary() -> Any:
    lines = (select(StocktakeLine.stocktake_id, func.count(StocktakeLine.id).label("n"),
                    func.count(StocktakeLine.counted_quantity).label("counted"),
                    func.sum(case((StocktakeLine.counted_quantity
                                   != StocktakeLine.book_at_count, 1), else_=0)).label("varied"))
             .group_by(StocktakeLine.stocktake_id).subquery())
    return lines


def _row(take: Stocktake, name: str, n: Any, counted: Any, varied: Any) -> StocktakeRow:
    return StocktakeRow(take.id, take.number, take.kind, take.state, take.frozen_at, name,
                        int(n or 0), int(counted or 0), int(varied or 0), take.version)


def _listed() -> Any:
    lines = _summary()
    return (select(Stocktake, Staff.display_name, lines.c.n, lines.c.counted, lines.c.varied)
            .join(Staff, Staff.id == Stocktake.started_by_id)
            .outerjoin(lines, lines.c.stocktake_id == Stocktake.id))


def list_stocktakes(session: Session, actor: Actor, *, after: PageKey | None = None,
                    limit: int = PAGE_SIZE) -> Page[StocktakeRow]:
    """The stocktakes, newest first."""
    authorize(session, actor, "stock.read")
    return keyset_page(session, _listed(), [Term(Stocktake.id, descending=True)], after, limit,
                       _row)


def count_stocktakes(session: Session, actor: Actor) -> int:
    authorize(session, actor, "stock.read")
    return int(session.scalar(select(func.count(Stocktake.id))) or 0)


def get_stocktake(session: Session, actor: Actor, stocktake_id: int) -> StocktakeDetail:
    authorize(session, actor, "stock.read")
    session.flush()
    found = session.execute(_listed().where(Stocktake.id == stocktake_id)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This stocktake no longer exists."))
    take = found[0]
    names = dict(session.execute(select(Staff.id, Staff.display_name)).all())
    lines = tuple(
        CountLine(line.id, item.id, item.code, item.name, item.spec, item.unit, item.countable,
                  item.barcode or "", items.as_quantity(line.frozen_quantity),
                  _maybe(line.counted_quantity), _maybe(line.book_at_count), line.counted_at,
                  names.get(line.counted_by_id or 0, ""), line.reason or "", line.cause,
                  line.handling, _maybe(line.adjusted_quantity))
        for line, item in session.execute(
            select(StocktakeLine, Item).join(Item, Item.id == StocktakeLine.item_id)
            .where(StocktakeLine.stocktake_id == take.id).order_by(Item.code)))
    return StocktakeDetail(_row(*found), take.note, take.submitted_at,
                           names.get(take.submitted_by_id or 0, ""), take.approved_at,
                           names.get(take.approved_by_id or 0, ""), take.reported_to,
                           take.reported_at, take.report_note, lines)


def _maybe(value: Any) -> Decimal | None:
    return None if value is None else items.as_quantity(value)
