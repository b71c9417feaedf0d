"""The warehouse benchmark (issue 8): 50,000 items and 2,000,000 stock movements.

    .venv/bin/python bench/bench_warehouse.py              # SQLite /tmp/bench-warehouse.sqlite3
    .venv/bin/python bench/bench_warehouse.py --refill     # rebuild that file first
    .venv/bin/python bench/bench_warehouse.py --db postgresql+psycopg://user:pw@host/empty_db

A script, not a test: each figure is printed as ``measured`` against its ``budget`` with ``ok``
or ``OVER``, and the script exits 1 when a budget is missed. See bench/README.md ("The
warehouse benchmark") for what is measured, with which clock, from where to where.

The database: the demo accounts (:func:`bench.bulk_fill.bulk_fill` with no customers), then
50,000 items with their search keys (:func:`desk.services.items.item_keys`, as the service
writes them) and 2,000,000 movements over three years, bulk-inserted here with Core
``INSERT`` executemany (:func:`fill_warehouse`). Each item's book opens with an opening
balance and never goes negative; most items have 20-60 movements, a few thousand each. Receipts
carry RK numbers (a few lines per document, the delivery's DH number as their note), issues
CK numbers, the rare stocktake adjustment a PD number; the document counters are set so the
desk's numbering continues after the load.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
if str(REPO) not in sys.path:  # run as a script: the repository's packages, bench included
    sys.path.insert(0, str(REPO))

from sqlalchemy import event, func, insert, select, text  # noqa: E402

from bench.bulk_fill import bulk_fill  # noqa: E402
from bench.machine import cpu_model, load_average, open_database  # noqa: E402
from desk.db import Database  # noqa: E402
from desk.models import (  # noqa: E402
    DocumentCounter,
    Item,
    ItemSearchKey,
    Staff,
    StockMovement,
)
from desk.services import clock, deliveries, items, numbering, signatures, staff, stock  # noqa: E402
from desk.services.items import ItemFilter  # noqa: E402
from desk.services.permissions import Actor  # noqa: E402
from desk.services.stocktakes import DOCUMENT_KIND as STOCKTAKE_KIND  # noqa: E402

ITEMS = 50_000
MOVEMENTS = 2_000_000
HEAVY_ITEMS = 30  # items with thousands of movements (a cable sold by the metre, filters)
DAYS = 3 * 365
CHUNK = 20_000
DELIVERY_LINES = 50
FILE = Path("/tmp/bench-warehouse.sqlite3")
WAREHOUSE_LOGIN = ("warehouse", "warehouse123")  # a demo account (desk.demo.DEMO_ACCOUNTS)

ON_HAND_BUDGET_S = 0.020
LEDGER_BUDGET_S = 0.100
POST_BUDGET_S = 0.200

BRANDS = ("美的", "格力", "海尔", "奥克斯", "海信", "TCL", "苏泊尔", "九阳", "老板", "方太",
          "小米", "格兰仕", "志高", "长虹", "创维", "容声", "西门子", "松下", "飞利浦", "万和")
PRODUCTS = (  # name, unit, counted in whole pieces
    ("电水壶", "台", True), ("电风扇", "台", True), ("空气净化器滤网", "个", True),
    ("电源线", "米", False), ("空调遥控器", "个", True), ("电视挂架", "套", True),
    ("洗衣机进水管", "根", True), ("排水管", "米", False), ("冰箱门封条", "条", True),
    ("压缩机", "台", True), ("温控器", "个", True), ("电机碳刷", "副", True),
    ("油烟机滤网", "个", True), ("燃气灶点火针", "个", True), ("热水器镁棒", "根", True),
    ("铜管", "米", False), ("保温棉", "米", False), ("制冷剂", "千克", False),
    ("减震垫", "个", True), ("空调支架", "套", True), ("微波炉磁控管", "个", True),
    ("电饭煲内胆", "个", True), ("吸尘器滤芯", "个", True), ("电视主板", "块", True),
    ("屏幕排线", "条", True), ("洗碗机喷淋臂", "个", True), ("净水器滤芯", "支", True),
    ("遥控器电池", "节", True), ("插线板", "个", True), ("膨胀螺丝", "盒", True),
)
COLOURS = ("白色", "黑色", "银色", "浅灰色", "金色", "")
SIZES = ("", "", "40cm", "1.7L", "55寸", "65寸", "大号", "小号", "Φ6", "Φ9.52")
TAKERS = ("售后维修部", "上门服务组", "安装队", "以旧换新柜台", "配送部")
CAUSES = ("盘点差错", "包装破损报损", "串号登记错误")


# -- machine and output ----------------------------------------------------------------------


def _machine() -> list[str]:
    import platform
    from importlib.metadata import version

    import sqlalchemy

    model = cpu_model()
    return [
        f"  machine   {os.cpu_count()} cores, {model}, {platform.platform()}",
        f"  software  Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, PySide6 {version('PySide6-Essentials')}",
        f"  load      {load_average()}",
    ]


def _line(label: str, measured: float, budget: float | None, unit: str = "ms",
          extra: str = "") -> bool:
    scale = 1000.0 if unit == "ms" else 1.0
    shown = f"{measured * scale:8.1f} {unit}"
    if budget is None:
        print(f"  {label:<58} {shown}   {'':>14}        {extra}".rstrip())
        return True
    ok = measured <= budget
    print(f"  {label:<58} {shown}   ≤ {budget * scale:6.1f} {unit}  {'ok  ' if ok else 'OVER'}"
          f"  {extra}".rstrip())
    return ok


def _timed(run: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return times, result


def _spread(times: list[float]) -> str:
    return (f"min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f} ms, n={len(times)}")


# -- the filler ------------------------------------------------------------------------------

def _ean13(n: int) -> str:
    body = f"69{n:010d}"
    odd = sum(int(d) for d in body[0::2])
    even = sum(int(d) for d in body[1::2])
    return body + str((10 - (odd + 3 * even) % 10) % 10)


def _item_rows(rng: random.Random, creator: int, created: datetime) -> list[dict[str, Any]]:
    rows = []
    letters = "ABCDEFGHJKLMNPQRSTWXYZ"
    for n in range(1, ITEMS + 1):
        product, unit, whole = PRODUCTS[rng.randrange(len(PRODUCTS))]
        brand = BRANDS[rng.randrange(len(BRANDS))]
        prefix = letters[n % len(letters)] + letters[(n // 7) % len(letters)]
        rows.append({
            "code": f"{prefix}-{n:05d}", "name": f"{brand}{product}",
            "spec": f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randrange(10, 9999)}",
            "colour": rng.choice(COLOURS), "size": rng.choice(SIZES), "unit": unit,
            "countable": whole,
            "barcode": _ean13(n) if rng.random() < 0.7 else None,
            "safety_stock": Decimal(rng.choice((0, 0, 2, 5, 10, 20, 50))),
            "created_at": created, "created_by_id": creator, "updated_at": created,
            "updated_by_id": creator, "version": 1,
        })
    return rows


def _keys(row: dict[str, Any], pinyin_memo: dict[str, set[str]]) -> set[str]:
    """items.item_keys, with the pinyin of the 600 distinct names computed once each."""
    name = row["name"]
    if name not in pinyin_memo:
        pinyin_memo[name] = items.item_keys(SimpleNamespace(  # type: ignore[arg-type]
            name=name, code="", spec="", barcode=None))
    own = items.item_keys(SimpleNamespace(  # type: ignore[arg-type]
        name="", code=row["code"], spec=row["spec"], barcode=row["barcode"]))
    return pinyin_memo[name] | own


def _movement_counts(rng: random.Random) -> list[int]:
    counts = [rng.randint(20, 60) for _ in range(ITEMS)]
    heavy = rng.sample(range(ITEMS), HEAVY_ITEMS)
    for k in heavy:
        counts[k] = rng.randint(2_000, 6_000)
    heavy_set = set(heavy)
    light = [k for k in range(ITEMS) if k not in heavy_set]
    excess = sum(counts) - MOVEMENTS
    while excess:
        k = light[rng.randrange(len(light))]
        if excess > 0 and counts[k] > 20:
            counts[k] -= 1
            excess -= 1
        elif excess < 0 and counts[k] < 60:
            counts[k] += 1
            excess += 1
    return counts


class _Documents:
    """Document numbers per local day, a few lines per receipt, as the services draw them."""

    def __init__(self, kind: numbering.DocumentKind, lines: int, rng: random.Random) -> None:
        self.kind, self.lines, self.rng = kind, lines, rng
        self.last: dict[str, int] = {}
        self._open: dict[str, tuple[str, int]] = {}

    def number(self, day: date) -> str:
        period = self.kind.period_of(day)
        current = self._open.get(period)
        if current is None or current[1] <= 0:
            self.last[period] = self.last.get(period, 0) + 1
            current = (self.kind.format(day, self.last[period]), self.rng.randint(1, self.lines))
        self._open[period] = (current[0], current[1] - 1)
        return current[0]

    def counters(self) -> list[dict[str, Any]]:
        return [{"kind": self.kind.prefix, "period": p, "last_value": v}
                for p, v in self.last.items()]


def _movement_rows(rng: random.Random, item_ids: list[int], codes: list[str],
                   countable: list[bool], clerks: list[int], first_day: date,
                   docs: dict[str, _Documents]) -> Iterator[dict[str, Any]]:
    """Every movement in time order (ids follow time, as in a store): each item's opening
    first, then receipts toward a level of its own and issues that never take it below zero."""
    counts = _movement_counts(rng)
    zone = clock.local_zone()
    start = datetime.combine(first_day, datetime.min.time(), zone)
    now = clock.now()
    last_day = DAYS - 1
    keys: list[int] = []
    for k, n in enumerate(counts):
        opened = rng.randrange(0, last_day // 2) if n < 1000 else rng.randrange(0, 30)
        keys.append(((opened * 86400 + 8 * 3600) << 16) | k)  # the opening: 08:00
        for _ in range(n - 1):
            nth = rng.randint(opened, last_day)
            second = nth * 86400 + 8 * 3600 + 60 + rng.randrange(11 * 3600)
            keys.append((second << 16) | k)
    keys.sort()
    level = [rng.choice((10, 20, 40, 80, 200)) for _ in range(ITEMS)]
    balance = [0] * ITEMS  # in thousandths for items sold by length or weight
    opened_yet = [False] * ITEMS
    for key in keys:
        k = key & 0xFFFF
        second = key >> 16
        at = start + timedelta(seconds=second)
        if at > now:
            at = now - timedelta(seconds=rng.randrange(1, 3600))
        day = first_day + timedelta(days=second // 86400)
        scale = 1 if countable[k] else 1000
        if not opened_yet[k]:  # the item's first movement: its opening balance
            opened_yet[k] = True
            amount = rng.randint(level[k] // 2, level[k]) * scale
            kind, dkind, number, note = "opening", "opening", codes[k], "启用系统时盘点结存"
        else:
            roll = rng.random()
            want_in = balance[k] < level[k] * scale // 2
            if balance[k] == 0 or roll < (0.55 if want_in else 0.12):
                amount = rng.randint(max(1, level[k] // 4), level[k]) * scale
                if not countable[k]:
                    amount += rng.randrange(0, 1000, 500)
                kind = dkind = "receipt"
                number, note = docs["RK"].number(day), docs["DH"].number(day)
            elif roll > 0.995:
                amount = rng.choice((-1, 1)) * scale
                if balance[k] + amount < 0:
                    amount = -amount
                kind, dkind = "adjustment", STOCKTAKE_KIND
                number, note = docs["PD"].number(day), rng.choice(CAUSES)
            else:
                most = max(1, level[k] // 10) * scale
                amount = -min(balance[k], rng.randint(1, most) if countable[k]
                              else rng.randrange(100, most + 1, 100))
                kind = dkind = "issue"
                number, note = docs["CK"].number(day), rng.choice(TAKERS)
        balance[k] += amount
        yield {"item_id": item_ids[k],
               "quantity": Decimal(amount) if scale == 1 else Decimal(amount) / 1000,
               "kind": kind, "document_kind": dkind, "document_number": number,
               "at": at.astimezone(UTC), "by_id": clerks[k % len(clerks)], "note": note}


def fill_warehouse(database: Database, seed: int = 8) -> None:
    rng = random.Random(seed)
    started = time.perf_counter()
    print(f"  filling {database.description}: the demo accounts")
    bulk_fill(database, customers=0, visits=0)  # refuses a database that has data
    with database.read() as session:
        clerks = list(session.scalars(select(Staff.id).where(Staff.role == "warehouse")))
    first_day = clock.local_today() - timedelta(days=DAYS - 1)
    created = datetime.combine(first_day, datetime.min.time(), clock.local_zone())
    item_rows = _item_rows(rng, clerks[0], created)
    memo: dict[str, set[str]] = {}
    item_ids: list[int] = []
    keys_written = 0
    with database.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _pragmas(conn, "synchronous=OFF", "cache_size=-262144")
        try:
            for part in range(0, ITEMS, CHUNK):
                chunk = item_rows[part: part + CHUNK]
                with conn.begin():
                    ids = conn.execute(
                        insert(Item).returning(Item.id, sort_by_parameter_order=True), chunk
                    ).scalars().all()
                    keys = [{"item_id": i, "key": key} for i, row in zip(ids, chunk, strict=True)
                            for key in sorted(_keys(row, memo))]
                    conn.execute(insert(ItemSearchKey), keys)
                item_ids.extend(ids)
                keys_written += len(keys)
            print(f"  {ITEMS:,} items, {keys_written:,} search keys "
                  f"({time.perf_counter() - started:.1f} s)")
            docs = {p: _Documents(kind, lines, rng) for p, kind, lines in (
                ("RK", numbering.STOCK_RECEIPT, 8), ("DH", numbering.DELIVERY, 8),
                ("CK", numbering.STOCK_ISSUE, 3), ("PD", numbering.STOCKTAKE, 20))}
            rows = _movement_rows(rng, item_ids, [r["code"] for r in item_rows],
                                  [r["countable"] for r in item_rows], clerks, first_day, docs)
            loaded = 0
            while True:
                chunk = [row for _, row in zip(range(CHUNK), rows, strict=False)]
                if not chunk:
                    break
                with conn.begin():
                    conn.execute(insert(StockMovement), chunk)
                loaded += len(chunk)
                print(f"\r  movements {loaded:,}/{MOVEMENTS:,}", end="", flush=True)
            with conn.begin():
                conn.execute(insert(DocumentCounter),
                             [c for d in docs.values() for c in d.counters()])
            print(f"  ({time.perf_counter() - started:.1f} s); documents: "
                  + ", ".join(f"{p} {sum(d.last.values()):,}" for p, d in docs.items()))
            if sqlite:
                with conn.begin():
                    conn.execute(text("ANALYZE"))
        finally:
            if sqlite:
                _pragmas(conn, "synchronous=FULL", "cache_size=-2000",
                         "wal_checkpoint(TRUNCATE)")
    print(f"  filled in {time.perf_counter() - started:.1f} s")


def _pragmas(conn: Any, *pragmas: str) -> None:
    if conn.in_transaction():
        conn.rollback()
    raw = conn.connection.dbapi_connection
    for pragma in pragmas:
        raw.execute(f"PRAGMA {pragma}")


def _prepare(url: str, refill: bool) -> Database:
    database = open_database(url, refill)
    with database.read() as session:
        count = session.scalar(select(func.count(Item.id))) or 0
        moved = session.scalar(select(func.count(StockMovement.id))) or 0
    if count == ITEMS and MOVEMENTS <= moved <= MOVEMENTS * 1.01:
        print(f"  using {database.description}: {count:,} items, {moved:,} movements")
        return database
    if count or moved:
        raise SystemExit(f"{database.description} holds other data ({count:,} items, "
                         f"{moved:,} movements): give the bench an empty database, or "
                         "--refill its own file")
    fill_warehouse(database)
    return database


# -- measuring the services ------------------------------------------------------------------

class _Statements:
    """The SQL a call runs (engine event), for its query plan."""

    def __init__(self, database: Database, table: str) -> None:
        self.seen: list[tuple[str, Any]] = []
        self._engine, self._table = database.engine, table

    def __enter__(self) -> _Statements:
        event.listen(self._engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, parameters: Any,
                _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and self._table in statement:
            self.seen.append((statement, parameters))


def _plans(database: Database, statements: list[tuple[str, Any]]) -> None:
    with database.engine.connect() as conn:
        for statement, parameters in statements:
            print(f"    {' '.join(statement.split())[:120]}…")
            if conn.dialect.name == "sqlite":
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters):
                    print(f"      {row[-1]}")
            else:
                for row in conn.exec_driver_sql(f"EXPLAIN (COSTS OFF) {statement}", parameters):
                    print(f"      {row[0]}")


def _sign_in(database: Database) -> Actor:
    with database.transaction() as session:
        outcome = staff.sign_in(session, *WAREHOUSE_LOGIN)
    assert outcome.actor is not None, outcome.error
    return outcome.actor


def _bare_sqlite(database: Database) -> sqlite3.Connection | None:
    from desk.db import sqlite_file

    path = sqlite_file(str(database.engine.url))
    if path is None:
        return None
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        raw.execute(f"PRAGMA {pragma}")
    return raw


def services(database: Database, actor: Actor, runs: int) -> tuple[bool, dict[str, Any]]:
    rng = random.Random(3)
    with database.read() as session:
        ids = list(session.scalars(select(Item.id).order_by(Item.id)))
        heavy = session.execute(
            select(StockMovement.item_id, func.count()).group_by(StockMovement.item_id)
            .order_by(func.count().desc()).limit(1)).one()
        heavy_barcode = session.scalar(select(Item.barcode).where(
            Item.id.in_(select(StockMovement.item_id).group_by(StockMovement.item_id)
                        .having(func.count() > 1000)), Item.barcode.is_not(None)))
    picked = rng.sample(ids, runs)
    raw = _bare_sqlite(database)
    ok = True

    print(f"1. On-hand of one item (stock.on_hand in a read transaction), {runs} random items")
    for _ in range(3):  # warm the page cache the way a store's running desk has it
        with database.read() as session:
            stock.on_hand(session, actor, picked[0])

    def on_hand(item_id: int) -> Callable[[], Any]:
        def run() -> Any:
            with database.read() as session:
                return stock.on_hand(session, actor, item_id)
        return run

    times = [_timed(on_hand(i), 1)[0][0] for i in picked]
    ok &= _line("stock.on_hand, one item of 20-60 movements: median", statistics.median(times),
                ON_HAND_BUDGET_S, "ms", _spread(times))
    heavy_times, heavy_sum = _timed(on_hand(heavy[0]), runs)
    ok &= _line(f"stock.on_hand, the busiest item ({heavy[1]:,} movements): median",
                statistics.median(heavy_times), ON_HAND_BUDGET_S, "ms", _spread(heavy_times))
    if raw is not None:
        sql = "SELECT coalesce(sum(quantity), 0) FROM stock_movements WHERE item_id = ?"
        def bare_sum(item_id: int) -> float:
            assert raw is not None
            started = time.perf_counter()
            raw.execute(sql, (item_id,)).fetchone()
            return time.perf_counter() - started

        bare = [bare_sum(i) for i in picked]
        _line("bare sqlite3, the same SUM: median", statistics.median(bare), None, "ms",
              _spread(bare))
        bare_heavy, _ = _timed(lambda: raw.execute(sql, (heavy[0],)).fetchone(), runs)
        _line("bare sqlite3, the same SUM of the busiest item: median",
              statistics.median(bare_heavy), None, "ms", f"{_spread(bare_heavy)}; "
              f"on hand {heavy_sum}")
    with _Statements(database, "stock_movements") as captured:
        on_hand(picked[0])()
    _plans(database, captured.seen)

    print(f"2. The ledger's first page (stock.list_movements, 200 newest), {runs} random items")

    def ledger(item_id: int) -> Callable[[], Any]:
        def run() -> Any:
            with database.read() as session:
                return stock.list_movements(session, actor, item_id)
        return run

    times = [_timed(ledger(i), 1)[0][0] for i in picked]
    ok &= _line("stock.list_movements, first page: median", statistics.median(times),
                LEDGER_BUDGET_S, "ms", _spread(times))
    heavy_times, page = _timed(ledger(heavy[0]), runs)
    ok &= _line(f"… of the busiest item ({heavy[1]:,} movements): median",
                statistics.median(heavy_times), LEDGER_BUDGET_S, "ms",
                f"{_spread(heavy_times)}; {len(page.rows)} rows")
    if raw is not None:
        sql = ("SELECT m.*, s.display_name FROM stock_movements m JOIN staff s ON s.id = m.by_id"
               " WHERE m.item_id = ? ORDER BY m.id DESC LIMIT 201")
        bare_heavy, _ = _timed(lambda: raw.execute(sql, (heavy[0],)).fetchall(), runs)
        _line("bare sqlite3, the same page of the busiest item: median",
              statistics.median(bare_heavy), None, "ms", _spread(bare_heavy))
    counted, total = _timed(lambda: _in_read(database, lambda s: stock.count_movements(
        s, actor, heavy[0])), runs)
    _line("stock.count_movements of the busiest item (the label)", statistics.median(counted),
          None, "ms", f"{total:,} movements")
    with _Statements(database, "stock_movements") as captured:
        ledger(heavy[0])()
    _plans(database, captured.seen)

    print("3. The items list (no budget): first page of 200 by code, its count, below safety")
    for label, flt in (("all items", ItemFilter()),
                       ("only below safety stock", ItemFilter(below_safety_only=True)),
                       ("a search by name (遥控器)", ItemFilter("遥控器")),
                       ("a search by pinyin initials (mddfs: 美的电风扇)", ItemFilter("mddfs"))):
        def page_of(flt: ItemFilter = flt) -> Any:
            with database.read() as session:
                return items.list_items(session, actor, flt)

        def count_of(flt: ItemFilter = flt) -> int:
            with database.read() as session:
                return items.count_items(session, actor, flt)

        page_times, page = _timed(page_of, max(3, runs // 4))
        count_times, total = _timed(count_of, 3)
        _line(f"{label}: first page", statistics.median(page_times), None, "ms",
              f"{_spread(page_times)}; {len(page.rows)} rows")
        _line(f"{label}: count", statistics.median(count_times), None, "ms",
              f"{_spread(count_times)}; {total:,} items")
    with _Statements(database, "items") as captured:
        _in_read(database, lambda s: items.list_items(s, actor, ItemFilter(below_safety_only=True)))
        _in_read(database, lambda s: items.count_items(s, actor,
                                                       ItemFilter(below_safety_only=True)))
    _plans(database, captured.seen)

    ok &= post_delivery(database, actor, ids, max(3, runs // 4), raw)
    if raw is not None:
        raw.close()
    return ok, {"heavy_barcode": heavy_barcode}


def _in_read(database: Database, work: Callable[[Any], Any]) -> Any:
    with database.read() as session:
        return work(session)


def post_delivery(database: Database, actor: Actor, ids: list[int], runs: int,
                  raw: sqlite3.Connection | None) -> bool:
    """4. A 50-line delivery registered (untimed), then its passing inspection timed: the
    transaction that locks the items, records the checks and the signature, draws the RK
    number and posts 50 receipt movements, committed."""
    print(f"4. Posting a {DELIVERY_LINES}-line delivery (deliveries.inspect_delivery, every "
          f"check passed, committed), {runs} deliveries")
    rng = random.Random(5)
    times, signed = [], []
    for run in range(runs):
        lines = rng.sample(ids, DELIVERY_LINES)
        with database.read() as session:
            whole = {i: c for i, c in session.execute(select(Item.id, Item.countable)
                                                      .where(Item.id.in_(lines)))}
        with database.transaction() as session:
            created = deliveries.create_delivery(session, actor, deliveries.DeliveryInput(
                "美的生活电器", f"BENCH-{run:03d}", [deliveries.DeliveryLineInput(
                    "12" if whole[i] else "12.5", i) for i in lines]))
        signature = signatures.demo_signature(actor.display_name, run)
        passed: dict[str, Any] = {check: True for check in deliveries.CHECKS}
        checks = [deliveries.LineCheck(line.id, str(line.expected), **passed)
                  for line in created.lines]
        started = time.perf_counter()
        with database.transaction() as session:
            done = deliveries.inspect_delivery(
                session, actor, created.row.id, created.row.version,
                deliveries.InspectionInput(checks, signature))
        times.append(time.perf_counter() - started)
        signed.append(done.row.receipt_number)
    ok = _line(f"inspect_delivery, {DELIVERY_LINES} lines passed and posted: median",
               statistics.median(times), POST_BUDGET_S, "ms",
               f"{_spread(times)}; {signed[0]} … {signed[-1]}")
    if raw is not None:
        bare = []
        for run in range(runs):
            lines = rng.sample(ids, DELIVERY_LINES)
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.executemany(
                "INSERT INTO stock_movements (item_id, quantity, kind, document_kind, "
                "document_number, at, by_id, note) VALUES (?, 12, 'receipt', 'receipt', ?, ?, "
                "?, 'bare')", [(i, f"BARE-{run}", datetime.now(UTC).isoformat(" "), actor.id)
                               for i in lines])
            raw.execute("ROLLBACK")  # nothing of the baseline stays in the ledger
            bare.append(time.perf_counter() - started)
        _line(f"bare sqlite3: {DELIVERY_LINES} movement INSERTs in one transaction (rolled "
              "back, no fsync)", statistics.median(bare), None, "ms", _spread(bare))
        fsync = []
        for _ in range(runs):
            started = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("UPDATE document_counters SET last_value = last_value "
                        "WHERE rowid = (SELECT min(rowid) FROM document_counters)")
            raw.execute("COMMIT")
            fsync.append(time.perf_counter() - started)
        _line("bare sqlite3: one committed write (WAL, synchronous=FULL)",
              statistics.median(fsync), None, "ms", _spread(fsync))
    return ok


# -- the warehouse tab (Qt, offscreen) -------------------------------------------------------

def gui_stalls(database: Database, actor: Actor, heavy_barcode: str | None) -> bool:
    """5. The longest GUI-thread stall while a warehouse clerk uses the tab at this size, each
    step driven as the widgets are, the event loop running until the lists have arrived."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler

    from bench.heartbeat import HEARTBEAT_MS, STALL_BUDGET_S, Heartbeat, until
    from desk.app import create_application
    from desk.ui.events import DeskEvents
    from desk.ui.store import AnnouncingStore
    from desk.ui.tabs.warehouse import WarehouseTab

    def quiet(_kind: QtMsgType, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen plugin, on every dialog
            print(f"  Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    create_application("zh_CN")  # as the window starts: font, translations, GIL switch
    events = DeskEvents()
    store = AnnouncingStore(database, events)
    beat = Heartbeat()
    # label, longest gap, GUI CPU in it, runnable waiting in it, the step until settled
    results: list[tuple[str, float, float, float | None, float]] = []

    def settled() -> bool:
        return (not tab._search_timer.isActive() and not tab.model.loading
                and not tab.ledger.model.loading)

    def step(label: str, action: Callable[[], None],
             ready: Callable[[], bool] = settled) -> None:
        started = time.perf_counter()
        with beat:
            action()
            until(ready)
        results.append((label, beat.longest, beat.longest_cpu, beat.longest_queued,
                        time.perf_counter() - started))

    built = time.perf_counter()
    tab = WarehouseTab(store, actor, events)
    tab.resize(1366, 700)
    built = time.perf_counter() - built
    gc.freeze()  # as build_main_window does once the window is built
    step("switch to the tab (paint, first page of items)", tab.show)

    def typed(text_: str) -> Callable[[], None]:
        def run() -> None:
            tab.search.setText(text_)
            tab.search.textEdited.emit(text_)  # as a key press does: the search timer starts
        return run

    for label, typed_text in (("search by name (遥控器)", "遥控器"),
                              ("search by pinyin initials (mddfs)", "mddfs"),
                              ("search by code (AB-0)", "AB-0"),
                              ("search by a code's number (4321)", "4321"),
                              ("search by a barcode's tail (0001234)", "0001234")):
        step(label, typed(typed_text))

    if heavy_barcode:
        def scan() -> None:
            tab.search.setText(heavy_barcode)
            tab.search.returnPressed.emit()

        step("scan a busy item's barcode (its ledger loads)", scan,
             lambda: settled() and tab.shown is not None)
    step("clear the search (all items)", typed(""))
    shown_before = tab.shown

    def pick() -> None:
        tab.table.selectRow(7)

    step("pick an item (its ledger loads)", pick,
         lambda: settled() and tab.shown is not shown_before)
    def sort_each(what: str) -> None:
        """Every column that sorts, both ways, as a header click does; the worst kept."""
        worst: tuple[float, float, float | None, float, str] = (0.0, 0.0, None, 0.0, "")
        for column in range(tab.model.columnCount()):
            if tab.model._columns[column].sort_key is None:
                continue
            for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
                started = time.perf_counter()
                with beat:
                    tab.table.horizontalHeader().setSortIndicator(column, order)
                    until(settled)
                if beat.longest > worst[0]:
                    title = str(tab.model.headerData(column, Qt.Orientation.Horizontal))
                    way = "desc" if order == Qt.SortOrder.DescendingOrder else "asc"
                    worst = (beat.longest, beat.longest_cpu, beat.longest_queued,
                             time.perf_counter() - started, f"{title} {way}")
        results.append((f"sort {what} by each column, worst ({worst[4]})", *worst[:4]))

    step("only below safety stock", lambda: tab.below_only.setChecked(True))
    sort_each("below-safety")
    step("all items again", lambda: tab.below_only.setChecked(False))
    sort_each("all items")
    tab.close()
    print(f"5. Longest GUI-thread stall in the warehouse tab (heartbeat every {HEARTBEAT_MS} ms)")
    _line("building the tab (part of the window's start-up)", built, None, "ms")
    ok = True
    for label, longest, cpu, queued, took in results:
        waited = f", runnable waiting {queued * 1000:.0f} ms" if queued is not None else ""
        ok &= _line(label, longest, STALL_BUDGET_S, "ms",
                    f"GUI thread busy {cpu * 1000:.0f} ms{waited}; settled after "
                    f"{took * 1000:.0f} ms")
    return ok


# -- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    global ITEMS, MOVEMENTS, HEAVY_ITEMS, FILE
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help=f"database URL (default: SQLite {FILE}); an empty one is "
                        "filled, one holding other data refused")
    parser.add_argument("--refill", action="store_true", help="rebuild the bench's SQLite file")
    parser.add_argument("--runs", type=int, default=40, help="items timed for on-hand and the "
                        "ledger (a quarter of it, at least 3, for the lists and deliveries)")
    parser.add_argument("--no-gui", action="store_true", help="skip the tab (section 5)")
    parser.add_argument("--quick", action="store_true", help="2,000 items and 80,000 "
                        "movements in /tmp/bench-warehouse-quick.sqlite3: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        ITEMS, MOVEMENTS, HEAVY_ITEMS = 2_000, 80_000, 3
        FILE = FILE.with_name("bench-warehouse-quick.sqlite3")
    if args.db and args.refill:
        parser.error("--refill rebuilds the bench's own SQLite file only")
    url = args.db or f"sqlite:///{FILE}"

    print("Warehouse benchmark (issue 8)")
    for line in _machine():
        print(line)
    database = _prepare(url, args.refill)
    try:
        actor = _sign_in(database)
        ok, found = services(database, actor, args.runs)
        if not args.no_gui:
            ok &= gui_stalls(database, actor, found["heavy_barcode"])
    finally:
        database.dispose()
    print(f"  load at the end: {load_average()}")
    print("all within budget" if ok else "OVER budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
