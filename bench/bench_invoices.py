"""The invoices benchmark (issue 9): 60,000 invoice requests with 200,000 lines.

    .venv/bin/python bench/bench_invoices.py              # SQLite /tmp/bench-invoices.sqlite3
    .venv/bin/python bench/bench_invoices.py --refill     # rebuild that file first
    .venv/bin/python bench/bench_invoices.py --db postgresql+psycopg://user:pw@host/empty_db

A script, not a test: each figure is printed as ``measured`` against its ``budget`` with ``ok``
or ``OVER`` (the median of the runs, each in its own read transaction as the window does it),
and the script exits 1 when a budget is missed. Beside the desk's figures, the same query on a
bare sqlite3 connection gives the library's own cost, so the ratio shows what the services add.

The database: the demo accounts and 2,000 customers (:func:`bench.bulk_fill.bulk_fill`), then
the requests over three years bulk-inserted with Core ``INSERT`` executemany, their lines
computed by :func:`desk.services.invoices.figures` (the service's money rule), one to three
receipts each (a tenth of them on voided or credited requests, inactive), the KP counters set
so the desk's numbering continues after the load.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import func, insert, select  # noqa: E402

from bench.bulk_fill import bulk_fill  # noqa: E402
from bench.machine import cpu_model, load_average, open_database  # noqa: E402
from desk.db import Database  # noqa: E402
from desk.models import (  # noqa: E402
    Customer,
    DocumentCounter,
    InvoiceLine,
    InvoiceReceipt,
    InvoiceRequest,
    Staff,
)
from desk.services import invoice_papers, invoices, numbering, staff  # noqa: E402
from desk.services.invoices import InvoiceFilter  # noqa: E402
from desk.services.permissions import Actor  # noqa: E402

REQUESTS = 60_000
LINES = 200_000
DAYS = 3 * 365
CHUNK = 10_000
FILE = Path("/tmp/bench-invoices.sqlite3")
LOGIN = ("counter", "counter123")  # a demo account (desk.demo.DEMO_ACCOUNTS)

LIST_BUDGET_S = 0.100
LOOKUP_BUDGET_S = 0.020
PAPER_BUDGET_S = 0.100

ITEMS = (("电水壶", "MK-1750", "台", "199.00", 13), ("空调清洗服务", "", "次", "120.00", 6),
         ("电源线", "3×1.5", "米", "3.20", 13), ("冰箱门封条", "", "条", "45.00", 13),
         ("上门安装费", "", "次", "80.00", 9), ("延保服务", "3年", "份", "299.00", 6),
         ("燃气灶点火针", "", "个", "12.50", 13), ("大米", "5kg", "袋", "39.90", 9))
TYPES = invoices.INVOICE_TYPES
COMPANIES = ("北京华信科技有限公司", "上海申通贸易有限公司", "广州南方电器有限公司",
             "深圳前海数码有限公司", "杭州西湖餐饮管理有限公司")


def _machine() -> list[str]:
    import platform

    import sqlalchemy

    return [f"  machine   {os.cpu_count()} cores, {cpu_model()}, {platform.platform()}",
            f"  software  Python {platform.python_version()}, SQLAlchemy "
            f"{sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}",
            f"  load      {load_average()}"]


def _line(label: str, times: list[float], budget: float | None, extra: str = "") -> bool:
    measured = statistics.median(times)
    spread = f"min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f} ms, n={len(times)}"
    if budget is None:
        print(f"  {label:<52} {measured * 1000:8.2f} ms                  {spread} {extra}")
        return True
    ok = measured <= budget
    print(f"  {label:<52} {measured * 1000:8.2f} ms  ≤ {budget * 1000:5.0f} ms  "
          f"{'ok  ' if ok else 'OVER'}  {spread} {extra}".rstrip())
    return ok


def _timed(run: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return times


def _taxpayer(rng: random.Random) -> str:
    from desk.services.taxpayer import ALPHABET, check_character

    body = "91" + f"{rng.choice((110000, 310000, 440100, 440300, 330100)):06d}" + "".join(
        rng.choice(ALPHABET) for _ in range(9))
    return body + check_character(body)


def fill_invoices(database: Database, seed: int = 9) -> None:
    started = time.perf_counter()
    bulk_fill(database, 2_000, 0, seed=seed)
    rng = random.Random(seed)
    with database.read() as session:
        clerks = list(session.scalars(select(Staff.id).where(Staff.role == "counter")))
        customer_ids = list(session.scalars(select(Customer.id)))
    now = datetime.now(UTC)
    start = now - timedelta(days=DAYS)
    taxpayers = {name: _taxpayer(rng) for name in COMPANIES}
    per_request = [3] * REQUESTS
    for i in rng.sample(range(REQUESTS), LINES - 3 * REQUESTS):
        per_request[i] += 1
    request_rows: list[dict[str, Any]] = []
    line_rows: list[dict[str, Any]] = []
    receipt_rows: list[dict[str, Any]] = []
    counters: dict[str, int] = {}
    receipt_no = 0
    with database.engine.begin() as conn:
        for index in range(REQUESTS):
            created = start + timedelta(seconds=DAYS * 86400 * index / REQUESTS)
            year = str(created.year)
            counters[year] = counters.get(year, 0) + 1
            number = numbering.INVOICE_REQUEST.format(created.date(), counters[year])
            figures = []
            for position in range(per_request[index]):
                item, spec, unit, price, rate = rng.choice(ITEMS)
                quantity = Decimal(rng.choice(("1", "1", "2", "3", "2.5", "10")))
                f = invoices.figures(quantity, Decimal(price), rate)
                figures.append(f)
                line_rows.append(dict(request_id=index + 1, position=position + 1, item=item,
                                      spec=spec, unit=unit, quantity=quantity,
                                      unit_price=Decimal(price), rate=rate, amount=f.amount,
                                      tax=f.tax, total=f.total))
            sums = invoices.totals(figures)
            company = rng.random() < 0.4
            kind = rng.choice(TYPES) if company else rng.choice(
                ("electronic_ordinary", "paper_ordinary"))
            age = (now - created).days
            state = ("requested" if age < 3 else rng.choices(
                ("delivered", "issued", "voided", "credited"), (80, 8, 7, 5))[0])
            issued = state in ("issued", "delivered", "credited")
            title = rng.choice(COMPANIES) if company else f"顾客{index % 997}"
            request_rows.append(dict(
                id=index + 1, number=number,
                customer_id=rng.choice(customer_ids) if customer_ids and not company else None,
                buyer_kind="company" if company else "person", title=title,
                taxpayer_id=taxpayers[title] if company else None,
                address_phone="北京市海淀区中关村大街1号 010-62345678" if company else "",
                bank_account="工行中关村支行 0200004509012345678" if company else "",
                email="finance@example.com" if kind.startswith("electronic") else "",
                invoice_type=kind, note="", amount=sums.amount, tax=sums.tax, total=sums.total,
                state=state, created_at=created, created_by_id=rng.choice(clerks),
                invoice_number=(f"{index:020d}" if kind.startswith("electronic")
                                else f"{index % 100_000_000:08d}") if issued else None,
                invoice_date=created.date() if issued else None,
                issued_at=created if issued else None, delivered_how="", close_reason="",
                version=1))
            for _ in range(rng.choice((1, 1, 1, 2, 3))):
                receipt_no += 1
                receipt_rows.append(dict(request_id=index + 1, receipt_no=f"XS{receipt_no:010d}",
                                         active=state not in ("voided", "credited")))
            if len(line_rows) >= CHUNK:
                conn.execute(insert(InvoiceRequest), request_rows)
                conn.execute(insert(InvoiceLine), line_rows)
                conn.execute(insert(InvoiceReceipt), receipt_rows)
                request_rows, line_rows, receipt_rows = [], [], []
                print(f"\r  {index + 1:,} requests", end="", flush=True)
        for rows, model in ((request_rows, InvoiceRequest), (line_rows, InvoiceLine),
                            (receipt_rows, InvoiceReceipt)):
            if rows:
                conn.execute(insert(model), rows)
        conn.execute(insert(DocumentCounter), [
            dict(kind=numbering.INVOICE_REQUEST.prefix, period=year, last_value=value)
            for year, value in counters.items()])
    if database.engine.dialect.name == "sqlite":
        with database.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"\r  filled {REQUESTS:,} requests, {LINES:,} lines, {receipt_no:,} receipts in "
          f"{time.perf_counter() - started:.0f} s")


def _prepare(url: str, refill: bool) -> Database:
    database = open_database(url, refill)
    with database.read() as session:
        lines = session.scalar(select(func.count(InvoiceLine.id))) or 0
    if lines == LINES:
        print(f"  using {database.description}: {lines:,} invoice lines")
        return database
    if lines:
        raise SystemExit(f"{database.description} holds other data: --refill its own file")
    fill_invoices(database)
    return database


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=f"sqlite:///{FILE}")
    parser.add_argument("--refill", action="store_true")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    print("Invoices benchmark (issue 9)")
    print("\n".join(_machine()))
    database = _prepare(args.db, args.refill)
    with database.transaction() as session:
        outcome = staff.sign_in(session, *LOGIN)
    assert outcome.actor is not None
    actor: Actor = outcome.actor
    rng = random.Random(4)
    with database.read() as session:
        numbers = list(session.scalars(select(InvoiceRequest.number)
                                       .order_by(func.random()).limit(args.runs)))
        receipts = list(session.scalars(select(InvoiceReceipt.receipt_no)
                                        .order_by(func.random()).limit(args.runs)))
        biggest = session.scalar(select(InvoiceLine.request_id).group_by(InvoiceLine.request_id)
                                 .order_by(func.count().desc()).limit(1))
    ok = True

    def read(work: Callable[[Any], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with database.read() as session:
                return work(session)
        return run

    for _ in range(3):  # the page cache warm, as on a running desk
        read(lambda s: invoices.list_requests(s, actor))()
    print("1. The list's first page (200 rows), newest first")
    ok &= _line("list_requests, no filter", _timed(read(
        lambda s: invoices.list_requests(s, actor)), args.runs), LIST_BUDGET_S)
    ok &= _line("list_requests, state = requested", _timed(read(
        lambda s: invoices.list_requests(s, actor, InvoiceFilter("requested"))), args.runs),
        LIST_BUDGET_S)
    ok &= _line("list_requests, title search “华信”", _timed(read(
        lambda s: invoices.list_requests(s, actor, InvoiceFilter(text="华信"))), args.runs),
        LIST_BUDGET_S)
    ok &= _line("list_requests, search matching nothing (whole scan)", _timed(read(
        lambda s: invoices.list_requests(s, actor, InvoiceFilter(text="无此抬头"))), 10),
        LIST_BUDGET_S)
    ok &= _line("count_requests, no filter (the count label)", _timed(read(
        lambda s: invoices.count_requests(s, actor)), args.runs), LIST_BUDGET_S)
    print("2. Lookups")
    it = iter(numbers * 3)
    ok &= _line("find_request by KP number (with its detail)", _timed(read(
        lambda s: invoices.find_request(s, actor, next(it))), args.runs), LOOKUP_BUDGET_S)
    rc = iter(receipts * 3)
    ok &= _line("receipt_holder (the I3 check)", _timed(read(
        lambda s: invoices.receipt_holder(s, actor, next(rc))), args.runs), LOOKUP_BUDGET_S)
    print("3. One request paper (the request with the most lines)")
    ok &= _line("invoice_papers.request_pdf", _timed(read(
        lambda s: invoice_papers.request_pdf(s, actor, int(biggest or 1), lambda c, t: t)),
        max(10, args.runs // 5)), PAPER_BUDGET_S)

    from desk.db import sqlite_file

    path = sqlite_file(args.db)
    if path is not None:
        print("4. The bare library (sqlite3, same file, same queries), for the ratio")
        raw = sqlite3.connect(path)
        first_page = _timed(lambda: raw.execute(
            "SELECT * FROM invoice_requests ORDER BY id DESC LIMIT 201").fetchall(), args.runs)
        _line("bare first page", first_page, None)
        num = iter(numbers * 3)
        bare_find = _timed(lambda: raw.execute(
            "SELECT id FROM invoice_requests WHERE number = ?", (next(num),)).fetchall(),
            args.runs)
        _line("bare number lookup", bare_find, None)
        with database.read() as session:
            desk_page = _timed(lambda: invoices.list_requests(session, actor), args.runs)
            num2 = iter(numbers * 3)
            desk_find = _timed(lambda: session.scalar(select(InvoiceRequest.id).where(
                InvoiceRequest.number == next(num2))), args.runs)
        page_ratio = statistics.median(desk_page) / statistics.median(first_page)
        find_ratio = statistics.median(desk_find) / statistics.median(bare_find)
        print(f"  ratio desk/bare: first page {page_ratio:.1f}×, number lookup "
              f"{find_ratio:.1f}× (in one open read transaction)")
        raw.close()
    _ = rng
    database.dispose()
    print("all within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
