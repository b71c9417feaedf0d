"""Items the warehouse keeps (W1): code, name, spec/model, colour, size, unit, barcode, safety
stock; found by code, a barcode scan, the name or its pinyin initials in one box.

Quantities are exact decimals (``Decimal``, three places). An item counted in whole pieces
(``countable``: 件, 台, 个) only takes whole numbers; one measured by length or weight (米, 千克)
takes up to three decimals. Codes, barcodes, specs, sizes and numbers are folded from the
full-width forms a Chinese input method types (``ＫＦＲ－３５`` → ``KFR-35``, ``１２`` → ``12``);
names and colours keep their own spelling (only trimmed, invisible characters dropped).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import Item, ItemSearchKey, Staff, StockMovement
from desk.services import audit, clock, searchkeys
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.paging import PAGE_SIZE, Page, PageKey, Sort, Term, keyset_page, sort_by
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text

CODE_MAX, NAME_MAX, SPEC_MAX, COLOUR_MAX, SIZE_MAX, UNIT_MAX, BARCODE_MAX = (
    32, 100, 100, 30, 30, 10, 32)
QUANTITY_MAX = Decimal("999999999")
PLACES = Decimal("0.001")
SEARCH_LIMIT = 10
_CODE = re.compile(r"[A-Z0-9][A-Z0-9._/-]*")
_BARCODE = re.compile(r"[A-Za-z0-9-]+")
_AUDITED = ("code", "name", "spec", "colour", "size", "unit", "countable", "barcode",
            "safety_stock")


def _folded(value: str | None, field: str) -> str:
    return unicodedata.normalize("NFKC", clean_text(value, field))


def _too_long(field: str, limit: int) -> DomainError:
    return DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
                       field, max=limit)


def quantity(value: str | Decimal | int, countable: bool, field: str = "quantity",
             allow_zero: bool = False) -> Decimal:
    """A quantity typed by the clerk: a number, not negative, whole for a counted item, at
    most three decimals otherwise. Zero only where ``allow_zero`` (a safety stock)."""
    text = _folded(str(value), field).replace(",", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = Decimal("NaN")
    if not text or not number.is_finite():
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter a number."), field)
    if number < 0 or (number == 0 and not allow_zero):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The quantity must be more than zero."), field)
    if number > QUANTITY_MAX:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "This quantity is too large."),
                          field)
    if countable and number != number.to_integral_value():
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "This item is counted in whole pieces: no fractions."), field)
    if number != number.quantize(PLACES):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "At most three decimal places, please."), field)
    return number.quantize(PLACES)


def as_quantity(value: Any) -> Decimal:
    """A quantity read back from SQL (SQLite sums through binary floats): three places."""
    return Decimal(str(value or 0)).quantize(PLACES)


def shown_quantity(number: Decimal) -> str:
    """``12`` rather than ``12.000``; ``2.5`` rather than ``2.500``."""
    text = f"{number.quantize(PLACES):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    unit: str
    spec: str = ""
    colour: str = ""
    size: str = ""
    barcode: str = ""
    safety_stock: str = "0"
    countable: bool = True


@dataclass(frozen=True)
class ItemRow:
    id: int
    code: str
    name: str
    spec: str
    colour: str
    size: str
    unit: str
    countable: bool
    barcode: str
    safety_stock: Decimal
    on_hand: Decimal
    version: int

    @property
    def below_safety(self) -> bool:
        """W1: fewer on hand than the safety stock (none set: never)."""
        return self.on_hand < self.safety_stock


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""  # code, barcode, name or pinyin: the one search box
    below_safety_only: bool = False


def _validated(data: ItemInput) -> dict[str, Any]:
    code = _folded(data.code, "code").upper()
    if not code:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter the item code."),
                          "code")
    if len(code) > CODE_MAX:
        raise _too_long("code", CODE_MAX)
    if not _CODE.fullmatch(code):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "An item code uses letters, digits and - _ . / only, without spaces."), "code")
    name = clean_text(data.name, "name")
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter the item name."),
                          "name")
    unit = clean_text(data.unit, "unit")
    if not unit:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the unit (件, 台, 米…)."), "unit")
    barcode = _folded(data.barcode, "barcode").replace(" ", "")
    if barcode and not _BARCODE.fullmatch(barcode):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A barcode has letters, digits and - only."), "barcode")
    values: dict[str, Any] = {
        "code": code, "name": name, "spec": _folded(data.spec, "spec"),
        "colour": clean_text(data.colour, "colour"), "size": _folded(data.size, "size"),
        "unit": unit, "barcode": barcode or None, "countable": bool(data.countable),
    }
    limits = {"name": NAME_MAX, "spec": SPEC_MAX, "colour": COLOUR_MAX, "size": SIZE_MAX,
              "unit": UNIT_MAX, "barcode": BARCODE_MAX}
    for field, limit in limits.items():
        if len(values[field] or "") > limit:
            raise _too_long(field, limit)
    values["safety_stock"] = quantity(data.safety_stock or "0", values["countable"],
                                      "safety_stock", allow_zero=True)
    return values


def _refuse_duplicates(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    other = session.scalar(select(Item).where(Item.code == values["code"],
                                              Item.id != (own_id or 0)))
    if other is not None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The code {code} belongs to “{name}” already."), "code",
            code=other.code, name=other.name)
    if values["barcode"]:
        other = session.scalar(select(Item).where(Item.barcode == values["barcode"],
                                                  Item.id != (own_id or 0)))
        if other is not None:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "This barcode belongs to “{name}” ({code}) already."),
                "barcode", code=other.code, name=other.name)


def _flush_unique(session: Session) -> None:
    """Another clerk saved the same code or barcode between our check and our write."""
    try:
        session.flush()
    except IntegrityError as exc:
        problem = str(exc.orig).lower()
        if "barcode" in problem:
            field = "barcode"
        elif "code" in problem:
            field = "code"
        else:
            raise
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "Another clerk has just saved an item with this code or barcode. Search for it."),
            field) from exc


def item_keys(item: Item) -> set[str]:
    keys: set[str] = set()
    name = searchkeys.fold(item.name)
    keys |= {name[i:] for i in range(len(name))}
    keys |= searchkeys.pinyin_keys(name)
    code = searchkeys.fold(item.code)
    keys |= {code[i:] for i in range(len(code) - 2)} | {code}  # "1001" finds DK-1001
    if item.spec:
        keys.add(searchkeys.fold(item.spec))
    if item.barcode:
        barcode = searchkeys.fold(item.barcode)
        keys |= {barcode[i:] for i in range(len(barcode) - 3)} | {barcode}
    return {k[: searchkeys.KEY_MAX] for k in keys if k}


def _reindex(session: Session, item: Item) -> None:
    session.execute(delete(ItemSearchKey).where(ItemSearchKey.item_id == item.id))
    session.execute(insert(ItemSearchKey),
                    [{"item_id": item.id, "key": k} for k in sorted(item_keys(item))])


def on_hand_of(item_id: Any) -> Any:
    """On-hand as SQL: the sum of the item's movements (W7), 0 when it never moved."""
    return (select(func.coalesce(func.sum(StockMovement.quantity), 0))
            .where(StockMovement.item_id == item_id).scalar_subquery())


def _row(item: Item, on_hand: Any) -> ItemRow:
    return ItemRow(item.id, item.code, item.name, item.spec, item.colour, item.size, item.unit,
                   item.countable, item.barcode or "", Decimal(item.safety_stock),
                   as_quantity(on_hand), item.version)


def load_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This item no longer exists."))
    return item


def get_item(session: Session, actor: Actor, item_id: int) -> ItemRow:
    authorize(session, actor, "item.read")
    item = load_item(session, item_id)
    return _row(item, session.scalar(select(on_hand_of(item.id))))


def create_item(session: Session, actor: Actor, data: ItemInput) -> ItemRow:
    authorize(session, actor, "item.write")
    values = _validated(data)
    _refuse_duplicates(session, values, None)
    now = clock.now()
    item = Item(**values, created_at=now, created_by_id=actor.id, updated_at=now,
                updated_by_id=actor.id)
    session.add(item)
    _flush_unique(session)
    _reindex(session, item)
    audit.record(session, actor.id, "item.create", "item", item.id,
                 after=audit.snapshot(item, _AUDITED))
    return get_item(session, actor, item.id)


def update_item(session: Session, actor: Actor, item_id: int, expected_version: int,
                data: ItemInput) -> ItemRow:
    authorize(session, actor, "item.write")
    item = load_item(session, item_id)
    if item.version != expected_version:
        editor = session.get(Staff, item.updated_by_id)
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "This item was changed by {who} at {when} after you opened it. Reload to see "
            "their change, then edit again."),
            who=editor.display_name if editor else "?",
            when=item.updated_at.astimezone(clock.local_zone()).strftime("%H:%M"))
    values = _validated(data)
    if values["countable"] and not item.countable:
        fractional = session.scalar(select(func.count(StockMovement.id)).where(
            StockMovement.item_id == item.id,
            StockMovement.quantity != func.round(StockMovement.quantity)))
        if fractional:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "This item has moved in fractions: it cannot become counted "
                "in whole pieces."), "countable")
    _refuse_duplicates(session, values, item.id)
    before = audit.snapshot(item, _AUDITED)
    for key, value in values.items():
        setattr(item, key, value)
    after = audit.snapshot(item, _AUDITED)
    if after == before:
        return get_item(session, actor, item.id)
    item.updated_at = clock.now()
    item.updated_by_id = actor.id
    _flush_unique(session)
    _reindex(session, item)
    changed = [k for k in _AUDITED if before[k] != after[k]]
    audit.record(session, actor.id, "item.update", "item", item.id,
                 {k: before[k] for k in changed}, {k: after[k] for k in changed})
    return get_item(session, actor, item.id)


def find_by_barcode(session: Session, actor: Actor, barcode: str) -> ItemRow:
    """A scan (digits then Enter): exactly one item, or a message saying the code is unknown."""
    authorize(session, actor, "item.read")
    scanned = _folded(barcode, "barcode").replace(" ", "")
    found = session.scalar(select(Item).where(Item.barcode == scanned)) if scanned else None
    if found is None:
        found = session.scalar(select(Item).where(Item.code == scanned.upper()))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "DeskMessages", "No item has the barcode or code {code}."), "search",
            code=scanned[:40])
    return _row(found, session.scalar(select(on_hand_of(found.id))))


def search_items(session: Session, actor: Actor, text: str, limit: int = SEARCH_LIMIT
                 ) -> list[ItemRow]:
    """Code, barcode (any tail of it), name (any part) or pinyin initials, in one box."""
    authorize(session, actor, "item.read")
    stmt = _filtered(select(Item, on_hand_of(Item.id)), ItemFilter(text)).order_by(
        Item.code).limit(limit)
    return [_row(item, on_hand) for item, on_hand in session.execute(stmt)]


def _filtered(stmt: Select[Any], flt: ItemFilter) -> Select[Any]:
    query = searchkeys.normalise_query(flt.text)
    if query:
        stmt = stmt.where(Item.id.in_(select(ItemSearchKey.item_id).where(
            ItemSearchKey.key >= query, ItemSearchKey.key < query + searchkeys.HIGH)))
    if flt.below_safety_only:
        stmt = stmt.where(on_hand_of(Item.id) < Item.safety_stock)
    return stmt


_SORTS: dict[str, tuple[Any, bool]] = {"code": (Item.code, False), "name": (Item.name, False)}


def _sort_terms(sort: Sort | None) -> list[Term]:
    return sort_by(_SORTS, Item.id, sort, Sort("code"))


def list_items(session: Session, actor: Actor, flt: ItemFilter, sort: Sort | None = None, *,
               after: PageKey | None = None, limit: int = PAGE_SIZE) -> Page[ItemRow]:
    """One page of items with their on-hand (keyset paging)."""
    authorize(session, actor, "item.read")
    stmt = _filtered(select(Item, on_hand_of(Item.id)), flt)
    return keyset_page(session, stmt, _sort_terms(sort), after, limit, _row)


def count_items(session: Session, actor: Actor, flt: ItemFilter) -> int:
    authorize(session, actor, "item.read")
    return int(session.scalar(_filtered(select(func.count(Item.id)), flt)) or 0)
