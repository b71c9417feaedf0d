"""The parcel storage benchmark (issue 9, P1-P4): 100,000 deposits.

    .venv/bin/python bench/bench_parcels.py              # SQLite /tmp/bench-parcels.sqlite3
    .venv/bin/python bench/bench_parcels.py --refill     # rebuild that file first
    .venv/bin/python bench/bench_parcels.py --db postgresql+psycopg://user:pw@host/empty_db

A script, not a test: each figure is printed as ``measured`` against its ``budget`` with ``ok``
or ``OVER`` and, beside it, the same work done by the bare library (sqlite3, reportlab) and
the ratio; the script exits 1 when a budget is missed.

The database: the demo accounts (:func:`bench.bulk_fill.bulk_fill` with no customers), then
100,000 deposits over two years, bulk-inserted with Core ``INSERT`` executemany: a few
hundred a day with JC numbers per day as :data:`desk.services.numbering.PARCEL_TICKET` formats
them, nearly all picked up within days, a few released on a lost ticket, the last weeks' still
held (a few hundred, some past the storage limit). The counter is set so the desk's numbering
continues after the load.

Measured, with ``time.perf_counter`` around the service call in its own read transaction (as
the window's action): finding a ticket by scan (:func:`parcels.find_ticket` with what a scanner
or a clerk types: lower case and spaces) ≤ 20 ms; the held list's first page
(:func:`parcels.list_parcels` and :func:`parcels.count_parcels`, as the page's model asks for
both) ≤ 100 ms; one ticket PDF (:func:`parcel_ticket.ticket_pdf`) ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
if str(REPO) not in sys.path:  # run as a script: the repository's packages, bench included
    sys.path.insert(0, str(REPO))

from sqlalchemy import func, insert, select  # noqa: E402

from bench.bulk_fill import bulk_fill  # noqa: E402
from bench.machine import cpu_model, load_average, open_database  # noqa: E402
from desk.db import Database  # noqa: E402
from desk.models import DocumentCounter, ParcelDeposit, Staff  # noqa: E402
from desk.services import clock, numbering, parcel_ticket, parcels, staff  # noqa: E402
from desk.services.permissions import Actor  # noqa: E402
from desk.services.vocabulary import untranslated  # noqa: E402

DEPOSITS = 100_000
DAYS = 2 * 365
CHUNK = 20_000
FILE = Path("/tmp/bench-parcels.sqlite3")
COUNTER_LOGIN = ("counter2", "counter123")  # a demo account (desk.demo.DEMO_ACCOUNTS)

FIND_BUDGET_S = 0.020
LIST_BUDGET_S = 0.100
TICKET_BUDGET_S = 0.100

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"
ITEMS = ("行李箱 黑色", "纸箱 两个", "婴儿推车", "购物袋 四个", "电饭煲 新购未拆封", "登山包",
         "雨伞", "滑板车", "吸尘器 包装完好", "微波炉")


def _machine() -> list[str]:
    import platform

    import reportlab
    import sqlalchemy

    return [
        f"  machine   {sys.platform}, {cpu_model()}, {platform.platform()}",
        f"  software  Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
        f"SQLite {sqlite3.sqlite_version}, reportlab {reportlab.Version}",
        f"  load      {load_average()}",
    ]


def _line(label: str, times: list[float], budget: float, baseline: list[float] | None) -> bool:
    median = statistics.median(times)
    worst = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
    ok = worst <= budget
    bare = ""
    if baseline:
        base = statistics.median(baseline)
        bare = f"  bare {base * 1000:6.2f} ms, ×{median / base:5.1f}"
    print(f"  {label:<44} median {median * 1000:6.2f} ms, p95 {worst * 1000:6.2f} ms   "
          f"≤ {budget * 1000:5.0f} ms  {'ok  ' if ok else 'OVER'}{bare}")
    return ok


def _timed(run: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


# -- the filler ------------------------------------------------------------------------------

def fill_parcels(database: Database, seed: int = 9) -> None:
    rng = random.Random(seed)
    bulk_fill(database, 0, 0)
    with database.read() as session:
        clerks = list(session.scalars(select(Staff.id).where(Staff.role == "counter")))
        supervisor = session.scalar(select(Staff.id).where(Staff.role == "supervisor"))
    now = clock.now()
    today = clock.local_today(now)
    per_day = DEPOSITS // DAYS + 1
    rows: list[dict[str, Any]] = []
    counters: list[dict[str, Any]] = []
    for back in range(DAYS - 1, -1, -1):
        day = today - timedelta(days=back)
        start, _end = clock.day_bounds(day)
        opening = start + timedelta(hours=9)
        count = min(per_day, DEPOSITS - len(rows))
        times = sorted(opening + timedelta(seconds=rng.randrange(12 * 3600))
                       for _ in range(count))
        times = [min(t, now - timedelta(minutes=1)) for t in times]
        for sequence, at in enumerate(times, 1):
            held = back < 3 or (back < 40 and rng.random() < 0.03)
            released = not held and rng.random() < 0.004
            left = None if held else at + timedelta(hours=rng.randrange(1, 72))
            rows.append({
                "ticket_number": numbering.PARCEL_TICKET.format(day, sequence),
                "customer_name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
                "phone": f"13{rng.randrange(10**9):09d}", "description": rng.choice(ITEMS),
                "pieces": rng.randint(1, 4), "condition": "", "shelf": f"A-{rng.randrange(40):02d}",
                "state": "held" if held else "released" if released else "picked_up",
                "deposited_at": at, "deposited_by_id": rng.choice(clerks),
                "picked_up_at": left, "picked_up_by_id": None if held else rng.choice(clerks),
                "id_type": "id_card" if released else None,
                "id_last_digits": f"{rng.randrange(10000):04d}" if released else None,
                "approved_by_id": supervisor if released else None,
                "release_reason": "寄存牌遗失" if released else "", "version": 1,
            })
        if count:
            counters.append({"kind": numbering.PARCEL_TICKET.prefix,
                             "period": numbering.PARCEL_TICKET.period_of(day),
                             "last_value": count})
    started = time.perf_counter()
    with database.engine.begin() as conn:
        for first in range(0, len(rows), CHUNK):
            conn.execute(insert(ParcelDeposit), rows[first:first + CHUNK])
        conn.execute(insert(DocumentCounter), counters)
    print(f"  filled {len(rows):,} deposits in {time.perf_counter() - started:.1f} s")


def _prepare(url: str, refill: bool) -> Database:
    database = open_database(url, refill)
    with database.read() as session:
        count = session.scalar(select(func.count(ParcelDeposit.id))) or 0
        accounts = session.scalar(select(func.count(Staff.id))) or 0
    if count == DEPOSITS:
        print(f"  using {database.description}: {count:,} deposits")
        return database
    if count or accounts:
        raise SystemExit(f"{database.description} holds other data: give the bench an empty "
                         "database, or --refill its own file")
    fill_parcels(database)
    return database


# -- measuring -------------------------------------------------------------------------------

def _bare_sqlite(database: Database) -> sqlite3.Connection | None:
    from desk.db import sqlite_file

    path = sqlite_file(str(database.engine.url))
    return sqlite3.connect(path, isolation_level=None) if path is not None else None


def _bare_ticket(number: str) -> bytes:
    """The same 80 mm page with the same barcode and QR code, nothing else: reportlab alone."""
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(80 * mm, 200 * mm))
    for y in (170 * mm, 80 * mm):
        Code128(number, barHeight=13 * mm, barWidth=0.33 * mm).drawOn(canvas, 8 * mm, y)
    widget = QrCodeWidget(number)
    drawing = Drawing(26 * mm, 26 * mm)
    drawing.add(widget)
    drawing.drawOn(canvas, 27 * mm, 40 * mm)
    canvas.drawString(8 * mm, 160 * mm, number)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def measure(database: Database, actor: Actor, runs: int) -> bool:
    rng = random.Random(3)
    with database.read() as session:
        numbers = list(session.scalars(select(ParcelDeposit.ticket_number)))
        held_ids = list(session.scalars(select(ParcelDeposit.id)
                                        .where(ParcelDeposit.state == "held")))
    picked = rng.sample(numbers, runs)
    raw = _bare_sqlite(database)
    ok = True
    print(f"  {len(held_ids):,} held now")

    print(f"1. Finding a ticket by scan (parcels.find_ticket), {runs} random tickets")
    typed = iter(n.lower().replace("-", " ") for n in picked * 2)

    def find() -> None:
        with database.read() as session:
            parcels.find_ticket(session, actor, next(typed))

    find()
    times = _timed(find, runs)
    bare = None
    if raw is not None:
        ask = iter(picked)
        bare = _timed(lambda: raw.execute("SELECT * FROM parcel_deposits WHERE ticket_number=?",
                                          (next(ask),)).fetchall(), runs)
    ok &= _line("find_ticket (scan text, lower case, spaces)", times, FIND_BUDGET_S, bare)

    print(f"2. The held list's first page and its count (list_parcels + count_parcels), {runs}×")
    for view in parcels.VIEWS[:3]:
        def first_page(view: parcels.View = view) -> None:
            with database.read() as session:
                parcels.list_parcels(session, actor, view)
                parcels.count_parcels(session, actor, view)

        first_page()
        times = _timed(first_page, runs)
        bare = None
        if raw is not None and view == "held":
            bare = _timed(lambda: (raw.execute(
                "SELECT * FROM parcel_deposits WHERE state='held' ORDER BY deposited_at, id "
                "LIMIT 201").fetchall(), raw.execute(
                "SELECT count(*) FROM parcel_deposits WHERE state='held'").fetchall()), runs)
        ok &= _line(f"first page + count, view {view}", times, LIST_BUDGET_S, bare)

    print(f"3. One ticket PDF (parcel_ticket.ticket_pdf), {runs} held deposits")
    ids = iter(rng.choices(held_ids, k=runs * 2))

    def ticket() -> None:
        with database.read() as session:
            parcel_ticket.ticket_pdf(session, actor, next(ids), untranslated)

    ticket()
    times = _timed(ticket, runs)
    _bare_ticket(picked[0])
    bare = _timed(lambda: _bare_ticket(picked[0]), runs)
    ok &= _line("ticket_pdf (80 mm, CJK font, Code 128 ×2, QR)", times, TICKET_BUDGET_S, bare)
    return ok


def main(argv: list[str] | None = None) -> int:
    global DEPOSITS, DAYS, FILE
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--db", help=f"database URL (default: SQLite {FILE}); an empty one is "
                        "filled, one holding other data refused")
    parser.add_argument("--refill", action="store_true", help="rebuild the bench's SQLite file")
    parser.add_argument("--runs", type=int, default=40, help="timed calls per figure")
    parser.add_argument("--quick", action="store_true",
                        help="5,000 deposits in /tmp/bench-parcels-quick.sqlite3: a smoke run")
    args = parser.parse_args(argv)
    if args.quick:
        DEPOSITS, DAYS = 5_000, 60
        FILE = FILE.with_name("bench-parcels-quick.sqlite3")
    if args.db and args.refill:
        parser.error("--refill rebuilds the bench's own SQLite file only")
    url = args.db or f"sqlite:///{FILE}"
    print("Parcel storage benchmark (issue 9)")
    for line in _machine():
        print(line)
    database = _prepare(url, args.refill)
    try:
        with database.transaction() as session:
            outcome = staff.sign_in(session, *COUNTER_LOGIN)
        assert outcome.actor is not None, outcome.error
        ok = measure(database, outcome.actor, args.runs)
    finally:
        database.dispose()
    print(f"  load at the end: {load_average()}   ({datetime.now():%Y-%m-%d %H:%M})")
    print("all within budget" if ok else "OVER budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
