"""The foundation benchmark: start-up, the visit list, customer search and memory at scale.

    .venv/bin/python bench/bench_foundation.py              # 200,000 customers, 1,000,000 visits
    .venv/bin/python bench/bench_foundation.py --quick      # 20,000 / 100,000: a smoke run
    .venv/bin/python bench/bench_foundation.py --db postgresql://user:pw@host/desk_bench

A script, not a test: it prints each figure as ``measured`` against its ``budget`` with
``ok`` or ``OVER`` and exits 1 when a budget is missed. See bench/README.md for what each
figure means, which clock measures it and from which moment to which.

The same file is also the child process of the start-up and memory measurements
(``--child desk|bare|workload``): the parent only orchestrates, so the children pay for their
own imports exactly as ``desk`` would. The module therefore imports nothing heavy at the top.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from desk.db import Database
    from desk.services.permissions import Actor
    from desk.ui.main_window import MainWindow
    from desk.ui.tabs.reception import ReceptionTab

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
if str(REPO) not in sys.path:  # run as a script: the repository's packages, bench included
    sys.path.insert(0, str(REPO))

from bench.heartbeat import HEARTBEAT_MS, STALL_BUDGET_S, Heartbeat  # noqa: E402
from bench.machine import cpu_model, load_average  # noqa: E402

RESULT_MARK = "BENCH-RESULT "
URL_VARIABLE = "DESK_BENCH_DATABASE_URL"  # how the parent hands the URL to its children
COUNTER_LOGIN = ("counter", "counter123")  # a demo account (desk.demo.DEMO_ACCOUNTS)
TODAY_TOP_UP = 300  # visits logged for today when the database has none (a stale file)
PAINT_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Size:
    customers: int
    visits: int
    file_name: str


FULL = Size(200_000, 1_000_000, "bench-desk.sqlite3")
QUICK = Size(20_000, 100_000, "bench-desk-quick.sqlite3")

# The budgets. Times are seconds throughout, printed in the unit of their line.
START_BUDGET_S = 1.0
START_RATIO_BUDGET = 2.0
LIST_BUDGET_S = 0.100
SEARCH_BUDGET_S = 0.050
MEMORY_BUDGET_MB = 200.0

SEARCH_KINDS = (
    "phone suffix (last 4)",
    "phone prefix (first 7)",
    "full name",
    "surname alone",
    "pinyin initials",
    "full pinyin",
)


# --- small helpers shared by parent and children --------------------------------------------


def _rss_mb() -> tuple[float, float]:
    """(current RSS, RSS high-water mark) of this process in MB, from /proc (Linux)."""
    current = peak = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def _since_kernel_start() -> float | None:
    """Seconds since the kernel started this process (10 ms ticks), or None off Linux.

    A cross-check of the parent's clock. Not psutil's ``create_time()``: that adds the boot
    time from /proc/stat, which is whole seconds, so it is off by up to a second.
    """
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _emit(result: dict[str, Any]) -> None:
    print(RESULT_MARK + json.dumps(result, ensure_ascii=False), flush=True)


# --- children: the start-up and the workload, each in a fresh process -----------------------


def _wait_until_painted(target: QWidget, ready: Callable[[], bool]) -> bool:
    """Run the event loop until ``target`` got a paint event while ``ready()`` held.

    The loop quits on a zero timer queued from the paint event, so the rest of that repaint
    (the backing store flush) has finished when this returns. True: painted; False: timeout.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()
    seen: list[bool] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is target and event.type() == QEvent.Type.Paint and ready() and not seen:
                seen.append(True)
                QTimer.singleShot(0, loop.quit)
            return False

    watch = PaintWatch()
    target.installEventFilter(watch)
    QTimer.singleShot(int(PAINT_TIMEOUT_S * 1000), loop.quit)
    if not seen:
        loop.exec()
    target.removeEventFilter(watch)
    return bool(seen)


def _child_bare(titles: Sequence[str], size: Sequence[int]) -> dict[str, Any]:
    marks = {"entered": time.time()}
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    marks["imported"] = time.time()
    app = QApplication(sys.argv[:1])
    marks["app"] = time.time()
    window = QMainWindow()
    tabs = QTabWidget()
    for title in titles:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(size[0], size[1])  # the desk window's own size, so both paint as much
    marks["built"] = time.time()
    page = tabs.currentWidget()
    assert page is not None
    window.show()
    marks["shown"] = time.time()
    painted = _wait_until_painted(page, lambda: True)
    marks["usable"] = time.time()
    since_start = _since_kernel_start()
    return {"marks": marks, "since_kernel_start": since_start, "painted": painted,
            "tabs": titles, "platform": app.platformName(), "rss_mb": _rss_mb()}


@dataclass
class _Window:
    """What the start-up leaves for the workload: the live window and its database."""

    app: QApplication
    window: MainWindow
    tab: ReceptionTab
    database: Database
    actor: Actor
    result: dict[str, Any] = field(default_factory=dict)


def _start_desk(url: str, language: str) -> _Window:
    """The desk's own start (desk.app.first_sign_in, then the main window): the sign-in
    window first while the database opens behind it, then the clerk's name and password
    typed at once and Sign in pressed (the real dialog, Argon2 included), then the window
    with today's list."""
    marks = {"entered": time.time()}
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from desk.app import build_main_window, create_application, open_and_prepare
    from desk.ui.dialogs.sign_in import SignInDialog
    from desk.ui.operations import start_in_background

    marks["imported"] = time.time()
    app = create_application(language)
    marks["app"] = time.time()
    dialog = SignInDialog(None)
    opened: list[Any] = []
    start_in_background(lambda progress: open_and_prepare(url, progress), opened.append,
                        lambda error: opened.append(error))
    dialog.show()
    first_painted = _wait_until_painted(dialog, lambda: True)
    marks["signin_shown"] = time.time()
    while not opened:
        app.processEvents()
        time.sleep(0.001)
    if isinstance(opened[0], BaseException):
        raise SystemExit(f"the database did not open: {opened[0]}")
    database = opened[0].database
    dialog.set_store(database)
    marks["database"] = time.time()
    username = dialog.findChild(QLineEdit, "username")
    password = dialog.findChild(QLineEdit, "password")
    button = dialog.findChild(QPushButton, "signInButton")
    assert username is not None and password is not None and button is not None
    username.setText(COUNTER_LOGIN[0])
    password.setText(COUNTER_LOGIN[1])
    button.click()
    if dialog.actor is None:
        raise SystemExit(f"sign-in as {COUNTER_LOGIN[0]} failed")
    marks["signed_in"] = time.time()

    class _Outcome:
        actor = dialog.actor

    outcome = _Outcome()
    window = build_main_window(database, outcome.actor, language)
    marks["built"] = time.time()
    tab = window.reception
    assert tab is not None, "the counter role must see the reception tab"
    model = tab.model
    reset_seen: list[int] = []
    model.reset_done.connect(reset_seen.append)
    window.present()  # as desk.app does: show, focus the search box, start the glyph warm-up
    marks["shown"] = time.time()
    painted = _wait_until_painted(
        tab.table.viewport(), lambda: model.rowCount() > 0 or bool(reset_seen)
    )
    marks["usable"] = time.time()
    since_start = _since_kernel_start()
    _until_loaded(app, model)  # off the clock: the count follows the painted rows
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    result = {"marks": marks, "since_kernel_start": since_start,
              "painted": painted and first_painted,
              "tabs": tabs, "size": [window.width(), window.height()],
              "rows": model.rowCount(), "total": model.total,
              "platform": app.platformName(), "rss_mb": _rss_mb()}
    return _Window(app, window, tab, database, outcome.actor, result)


def _child_desk(url: str, language: str) -> dict[str, Any]:
    return _start_desk(url, language).result


def _set_dates(tab: ReceptionTab, first: date, last: date) -> None:
    """Set the filter bar's dates without a refresh; the caller emits ``changed`` itself."""
    from PySide6.QtCore import QDate

    bar = tab.filters
    bar.blockSignals(True)
    bar.date_from.setDate(QDate(first.year, first.month, first.day))
    bar.date_to.setDate(QDate(last.year, last.month, last.day))
    bar.date_from.setDate(QDate(first.year, first.month, first.day))
    bar.blockSignals(False)


def _list_views(today: date) -> list[tuple[str, date, date, str, bool]]:
    """(name, from, to, sort key, descending): the default view, a year, a month by name."""
    return [
        ("today, by arrival (default view)", today, today, "arrived_at", True),
        ("a whole year, by arrival descending", today - timedelta(days=364), today,
         "arrived_at", True),
        ("a month, by customer name", today - timedelta(days=30), today, "customer", False),
    ]


def _until_loaded(app: QApplication, model: Any, timeout_s: float = 60.0) -> None:
    """Run the event loop until the paged model's worker answers are applied."""
    deadline = time.perf_counter() + timeout_s
    while model.loading:
        if time.perf_counter() > deadline:
            raise SystemExit("the visit list did not load within a minute")
        app.processEvents()
        time.sleep(0.0005)
    app.processEvents()


def _until_rows(app: QApplication, model: Any, timeout_s: float = 60.0) -> None:
    """Run the event loop until the refresh's first page is applied; its count may still be
    on the way (PagedTableModel runs them side by side)."""
    deadline = time.perf_counter() + timeout_s
    while model.rows_pending:
        if time.perf_counter() > deadline:
            raise SystemExit("the visit list's rows did not arrive within a minute")
        app.processEvents()
        time.sleep(0.0005)


def _scroll_pages(w: _Window, pages: int) -> int:
    """Scroll the visit list down ``pages`` pages the way the view does: fetchMore, paint."""
    tab = w.tab
    _until_loaded(w.app, tab.model)
    for _ in range(pages):
        if not tab.model.canFetchMore():
            break
        tab.model.fetchMore()
        _until_loaded(w.app, tab.model)
        tab.table.scrollToBottom()
        w.app.processEvents()
    return int(tab.model.rowCount())


def _gui_stalls(w: _Window, values: dict[str, list[str]], today: date) -> list[dict[str, Any]]:
    """The longest GUI-thread stall while a clerk opens the tab, sorts a year by each
    column, filters and searches: each step driven as the widgets are, the event loop
    running until the list has its rows."""
    from PySide6.QtCore import Qt

    from desk.ui.store import AnnouncingStore
    from desk.ui.tabs.reception import ReceptionTab, visit_columns

    app, events = w.app, w.window.events
    stalls: list[dict[str, Any]] = []

    with Heartbeat() as beat:
        tab = ReceptionTab(AnnouncingStore(w.database, events), w.actor, events)
        tab.resize(1200, 700)
        tab.show()
        _until_loaded(app, tab.model)
    stalls.append({"name": "opening the reception tab (today)", "longest": beat.longest,
                   "cpu": beat.longest_cpu,
                   "queued": beat.longest_queued})

    year_from = today - timedelta(days=364)
    with Heartbeat() as beat:
        tab.filters.date_from.setDate(tab.filters.date_from.date().addDays(-364))
        _until_loaded(app, tab.model)
    assert tab.filters.value().date_from == year_from, tab.filters.value()
    stalls.append({"name": f"a whole year ({tab.model.total:,} visits)",
                   "longest": beat.longest, "cpu": beat.longest_cpu,
                   "queued": beat.longest_queued})

    header = tab.table.horizontalHeader()
    worst, worst_cpu, worst_name = 0.0, 0.0, ""
    worst_queued: float | None = None
    for column, spec in enumerate(visit_columns()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            with Heartbeat() as beat:
                header.setSortIndicator(column, order)  # what a click on the header does
                _until_loaded(app, tab.model)
            if beat.longest > worst:
                worst, worst_cpu, worst_queued = beat.longest, beat.longest_cpu, \
                    beat.longest_queued
                direction = "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
                worst_name = f"{spec.sort_key} {direction}"
    stalls.append({"name": f"sorting a year by each of {len(visit_columns())} columns, both "
                           f"ways (worst: {worst_name})", "longest": worst, "cpu": worst_cpu,
                   "queued": worst_queued})

    with Heartbeat() as beat:
        for combo, index in ((tab.filters.state, 1), (tab.filters.state, 2),
                             (tab.filters.state, 0), (tab.filters.purpose, 2),
                             (tab.filters.purpose, 0)):
            combo.setCurrentIndex(index)
            _until_loaded(app, tab.model)
    stalls.append({"name": "filtering a year by state and purpose", "longest": beat.longest,
                   "cpu": beat.longest_cpu,
                   "queued": beat.longest_queued})

    picker = tab.form.search
    with Heartbeat() as beat:
        for kind in SEARCH_KINDS:
            for text in values[kind][:5]:
                picker.setFocus()
                picker.setText(text)
                picker.search_now()
                app.processEvents()
        picker.reset()
        app.processEvents()
    stalls.append({"name": "searching customers (30 texts typed)", "longest": beat.longest,
                   "cpu": beat.longest_cpu,
                   "queued": beat.longest_queued})
    tab.close()
    tab.deleteLater()
    return stalls


def _child_stalls(url: str, language: str, values_file: str) -> dict[str, Any]:
    """Section 5 alone (``--stalls-only``): start as the desk starts, let the window settle
    as the full workload leaves it (today's list loaded, the glyph warm-up done), then the
    stall scenarios."""
    from desk.services import clock

    w = _start_desk(url, language)
    values: dict[str, list[str]] = json.loads(Path(values_file).read_text(encoding="utf-8"))
    _until_loaded(w.app, w.tab.model)
    deadline = time.perf_counter() + 30
    while not w.window.glyphs.done and time.perf_counter() < deadline:
        w.app.processEvents()
        time.sleep(0.001)
    return {"start": w.result, "stalls": _gui_stalls(w, values, clock.local_today())}


def _child_workload(url: str, language: str, values_file: str, runs: int) -> dict[str, Any]:
    """Start as the desk starts, use it like a clerk (memory), then time lists and searches."""
    w = _start_desk(url, language)
    from PySide6.QtCore import Qt

    from desk.services import clock, customers, reception
    from desk.services.paging import Sort
    from desk.ui.tabs.reception import visit_columns

    values: dict[str, list[str]] = json.loads(Path(values_file).read_text(encoding="utf-8"))
    tab, app = w.tab, w.app
    out: dict[str, Any] = {"start": w.result, "rss_usable": _rss_mb()}
    today = clock.local_today()

    # Memory: today's list scrolled, a year's list scrolled five pages, searches typed.
    rows_today = _scroll_pages(w, 5)
    _set_dates(tab, today - timedelta(days=364), today)
    tab.filters.changed.emit()
    _until_loaded(app, tab.model)
    rows_year = _scroll_pages(w, 5)
    picker = tab.form.search
    typed = 0
    for kind in SEARCH_KINDS:
        for text in values[kind][:5]:
            picker.setText(text)
            picker.search_now()
            app.processEvents()
            typed += 1
    picker.reset()
    app.processEvents()
    out["memory_scenario"] = {"rows_today": rows_today, "rows_year": rows_year,
                              "searches_typed": typed}
    out["rss_after_use"] = _rss_mb()

    # The visit list: the refresh the window runs (count + first page), per view.
    columns = {c.sort_key: i for i, c in enumerate(visit_columns())}
    lists: list[dict[str, Any]] = []
    for name, first, last, key, descending in _list_views(today):
        _set_dates(tab, first, last)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        started = time.perf_counter()
        tab.filters.changed.emit()  # the clerk changed the dates: refresh under the old sort
        if tab.model.sort_state() != (key, descending):
            started = time.perf_counter()
            # What a click on the header does. Not QTableView.sortByColumn(): with sorting
            # enabled that sorts twice (through sortIndicatorChanged, and once more itself).
            tab.table.horizontalHeader().setSortIndicator(columns[key], order)
        _until_rows(app, tab.model)
        first_s = time.perf_counter() - started
        _until_loaded(app, tab.model)
        assert tab.filters.value().date_from == first and tab.model.sort_state() == (
            key, descending)
        timings, counted, counts, pages = [], [], [], []
        flt, sort = tab.filters.value(), Sort(key, descending)
        for _ in range(runs):
            started = time.perf_counter()
            tab.refresh()
            _until_rows(app, tab.model)  # the rows are there: what the clerk waits for
            timings.append(time.perf_counter() - started)
            _until_loaded(app, tab.model)  # and the count beside them ("399,689 visits")
            counted.append(time.perf_counter() - started)
            started = time.perf_counter()
            with w.database.read() as session:
                reception.count_visits(session, w.actor, flt)
            counts.append(time.perf_counter() - started)
            started = time.perf_counter()
            with w.database.read() as session:
                reception.list_visits(session, w.actor, flt, sort, limit=200)
            pages.append(time.perf_counter() - started)
        lists.append({"name": name, "first": first_s, "runs": timings, "counted": counted,
                      "count": counts,
                      "page": pages, "total": tab.model.total, "rows": tab.model.rowCount()})
    out["lists"] = lists
    out["stalls"] = _gui_stalls(w, values, today)

    # Customer search through the service, as the picker calls it (one read per search).
    searches: dict[str, dict[str, list[float]]] = {}
    for kind in SEARCH_KINDS:
        times, hits = [], []
        for text in values[kind]:
            started = time.perf_counter()
            with w.database.read() as session:
                found = customers.search_customers(session, w.actor, text)
            times.append(time.perf_counter() - started)
            hits.append(float(len(found)))
        searches[kind] = {"times": times, "hits": hits}
    out["searches"] = searches
    out["rss_end"] = _rss_mb()
    return out


def _child_main(args: argparse.Namespace) -> int:
    if args.child == "bare":
        result = _child_bare(json.loads(args.titles), json.loads(args.size))
    elif args.child == "desk":
        result = _child_desk(os.environ[URL_VARIABLE], args.language)
    elif args.child == "stalls":
        result = _child_stalls(os.environ[URL_VARIABLE], args.language, args.values)
    else:
        result = _child_workload(os.environ[URL_VARIABLE], args.language, args.values,
                                 args.runs)
    _emit(result)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # the figures are out; Qt's teardown is not part of any measurement


# --- the parent: database, children, report ---------------------------------------------------


@dataclass
class Line:
    """One reported figure against its budget."""

    label: str
    measured: float
    budget: float | None
    unit: str
    detail: str = ""

    @property
    def over(self) -> bool:
        return self.budget is not None and self.measured > self.budget


def _fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "x":
        return f"{value:.2f}×"
    return f"{value:.0f} MB"


def _print_lines(title: str, lines: Sequence[Line]) -> None:
    print(f"\n{title}")
    for line in lines:
        budget = f"≤ {_fmt(line.budget, line.unit)}" if line.budget is not None else ""
        verdict = ("OVER" if line.over else "ok") if line.budget is not None else ""
        print(f"  {line.label:<44} {_fmt(line.measured, line.unit):>10}  {budget:>11}  "
              f"{verdict:<4}  {line.detail}".rstrip())



def _spread(values: Sequence[float], unit: str) -> str:
    return f"min {_fmt(min(values), unit)}, max {_fmt(max(values), unit)}, n={len(values)}"


def _machine(backend_version: str, platform_name: str) -> list[str]:
    import platform
    from importlib.metadata import version

    model = cpu_model()
    memory = ""
    try:
        total_kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {total_kb / 1024 / 1024:.1f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return [
        f"machine   {os.cpu_count()} cores, {model}{memory}, {platform.platform()}",
        f"software  Python {platform.python_version()}, PySide6 {version('PySide6-Essentials')}"
        f", SQLAlchemy {version('SQLAlchemy')}, {backend_version}",
        f"Qt        QT_QPA_PLATFORM={platform_name}",
    ]


def _counts(database: Database) -> dict[str, int]:
    from sqlalchemy import text

    tables = ("customers", "visits", "customer_search_keys", "staff", "leads", "audit_log")
    with database.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
                for t in tables}


def _sqlite_path(database: Database) -> Path | None:
    from sqlalchemy.engine import make_url

    url = make_url(database.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _size_of(database: Database) -> str:
    from sqlalchemy import text

    path = _sqlite_path(database)
    if path is not None:
        main = path.stat().st_size
        wal = Path(f"{path}-wal").stat().st_size if Path(f"{path}-wal").exists() else 0
        return f"{main / 2**20:.0f} MB ({path.name}) + {wal / 2**20:.0f} MB WAL"
    with database.engine.connect() as conn:
        size = int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
                   or 0)
    return f"{size / 2**20:.0f} MB (pg_database_size)"


def _counter_actor(database: Database) -> Actor:
    from sqlalchemy import select

    from desk.models import Staff
    from desk.services.staff import actor_of

    with database.read() as session:
        row = session.scalar(select(Staff).where(Staff.username == COUNTER_LOGIN[0]))
        if row is None:
            raise SystemExit("the database has no 'counter' demo account: use --refill")
        return actor_of(row)


def _fill(database: Database, size: Size) -> float:
    from bench.bulk_fill import bulk_fill

    total = size.customers + size.visits
    shown = [0]

    def progress(done: int, _total: int) -> None:
        if done * 10 // total > shown[0]:
            shown[0] = done * 10 // total
            print(f"  filled {done:,} of {total:,} rows", flush=True)

    started = time.perf_counter()
    bulk_fill(database, customers=size.customers, visits=size.visits, progress=progress)
    return time.perf_counter() - started


def _top_up_today(database: Database, actor: Actor, customer_count: int) -> int:
    """Log visits for today through the service, so the default view is not empty."""
    import random

    from desk.services import clock, reception

    rng = random.Random(20261125)
    now = clock.now()
    midnight = clock.day_bounds(clock.local_today(now))[0]
    start = max(midnight, now - timedelta(hours=10))
    arrivals = sorted(start + (now - start) * rng.random() for _ in range(TODAY_TOP_UP))
    with database.transaction() as session:
        for arrived in arrivals:
            customer = rng.randint(1, customer_count) if rng.random() >= 0.15 else None
            visit = reception.log_visit(session, actor, customer, "inquiry",
                                        "咨询以旧换新政策", arrived_at=arrived)
            finished = arrived + timedelta(minutes=rng.randint(3, 40))
            if finished < now:
                reception.finish_visit(session, actor, visit.id, "已解释政策并留下联系方式",
                                       visit.version, finished_at=finished)
    return TODAY_TOP_UP


def _has_statistics(database: Database) -> bool:
    from sqlalchemy import text

    with database.engine.connect() as conn:
        if database.backend != "sqlite":
            return True  # PostgreSQL's autovacuum analyses by itself; the bench analyses too
        exists = conn.execute(text(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar()
        return bool(exists) and bool(conn.execute(text(
            "SELECT count(*) FROM sqlite_stat1")).scalar())


def _drop_statistics(database: Database) -> None:
    from sqlalchemy import text

    if database.backend == "sqlite" and _has_statistics(database):
        with database.engine.begin() as conn:
            conn.execute(text("DELETE FROM sqlite_stat1"))
    database.engine.dispose()  # connections read the statistics when they open


def _analyze(database: Database) -> float:
    from sqlalchemy import text

    started = time.perf_counter()
    with database.engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    database.engine.dispose()
    return time.perf_counter() - started


def _prepare(args: argparse.Namespace, size: Size) -> tuple[Database, list[str]]:
    """The database at the wanted size, with visits today and statistics; notes of what ran."""
    from desk.db import Database
    from desk.services import reception
    from desk.services.reception import VisitFilter

    notes: list[str] = []
    database = Database(args.db)
    path = _sqlite_path(database)
    database.open()
    counts = _counts(database)
    # The bench may have topped up today's visits on an earlier day: allow 1 % on top.
    right = (counts["customers"] == size.customers
             and size.visits <= counts["visits"] <= size.visits * 1.01)
    if args.refill or not right:
        owned = path is not None and path.resolve().parent == BENCH_DIR and path.name in (
            FULL.file_name, QUICK.file_name)
        if any(counts.values()) and not owned:
            raise SystemExit(
                f"{database.description} holds {counts}, not the bench's data set of "
                f"{size.customers:,} customers and {size.visits:,} visits. bulk_fill only "
                "fills an empty database, and the bench deletes no database but its own "
                f"files in {BENCH_DIR}: give it an empty one.")
        if path is not None and owned and any(counts.values()):
            database.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            database = Database(args.db)
            database.open()
        found = f"found {counts['customers']:,} customers, {counts['visits']:,} visits"
        why = "--refill" if args.refill else found
        print(f"Filling {database.description} ({why}) …", flush=True)
        seconds = _fill(database, size)
        notes.append(f"filled with bulk_fill({size.customers:,} customers, "
                     f"{size.visits:,} visits) in {seconds:.0f} s")
    actor = _counter_actor(database)
    with database.read() as session:
        today_count = reception.count_visits(session, actor, VisitFilter.today())
    changed = bool(notes)
    if today_count == 0:
        added = _top_up_today(database, actor, size.customers)
        notes.append(f"today had no visits (a file filled on an earlier day): logged {added} "
                     "visits for today through reception.log_visit")
        changed = True
    else:
        notes.append(f"today already has {today_count:,} visits (no top-up needed)")
    if args.no_analyze:
        _drop_statistics(database)
        notes.append("--no-analyze: planner statistics removed, the database as the desk "
                     "leaves it")
    elif changed or not _has_statistics(database):
        notes.append(f"ANALYZE ran in {_analyze(database):.1f} s (planner statistics)")
    else:
        notes.append("planner statistics present from an earlier ANALYZE")
    if path is not None:  # the children start on a checkpointed file, as after a quiet night
        raw = database.engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    return database, notes


def _search_values(database: Database, per_kind: int) -> dict[str, list[str]]:
    """Search texts drawn from the data itself (seeded): real phones, names and spellings."""
    import random

    from pypinyin import lazy_pinyin
    from sqlalchemy import func, select

    from desk.models import Customer

    rng = random.Random(7)
    with database.read() as session:
        top = int(session.scalar(select(func.max(Customer.id))) or 0)
        ids = rng.sample(range(1, top + 1), min(top, per_kind * 20))
        people = [(name, phone) for name, phone in session.execute(
            select(Customer.name, Customer.phone).where(Customer.id.in_(ids)))]
    rng.shuffle(people)
    mobiles = [p for _, p in people if p and len(p) == 11 and p.startswith("1")][:per_kind]
    # People, not the few company customers: a name of two to four Chinese characters.
    names = [n for n, _ in people
             if len(n) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in n)][:per_kind]
    spelled = [lazy_pinyin(n) for n in names]
    return {
        "phone suffix (last 4)": [p[-4:] for p in mobiles],
        "phone prefix (first 7)": [p[:7] for p in mobiles],
        "full name": names,
        "surname alone": [n[0] for n in names],
        "pinyin initials": ["".join(s[0] for s in syllables) for syllables in spelled],
        "full pinyin": ["".join(syllables) for syllables in spelled],
    }


def _captured_sql(database: Database, values: dict[str, list[str]]) -> list[tuple[str, str, Any]]:
    """The exact statements the list and the search run, captured from the engine."""
    from sqlalchemy import event

    from desk.services import clock, customers, reception
    from desk.services.paging import Sort
    from desk.services.reception import VisitFilter

    actor = _counter_actor(database)
    captured: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any,
                _many: bool) -> None:
        if any(t in statement for t in ("visits", "customer_search_keys", "FROM customers")):
            captured.append((statement, parameters))

    out: list[tuple[str, str, Any]] = []
    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        for name, first, last, key, descending in _list_views(clock.local_today()):
            flt = VisitFilter(date_from=first, date_to=last)
            with database.read() as session:
                captured.clear()
                reception.count_visits(session, actor, flt)
                reception.list_visits(session, actor, flt, Sort(key, descending), limit=200)
            out += [(f"{name}: {'count' if i == 0 else 'page'}", s, p)
                    for i, (s, p) in enumerate(captured)]
        for kind in ("phone suffix (last 4)", "surname alone", "pinyin initials"):
            with database.read() as session:
                captured.clear()
                customers.search_customers(session, actor, values[kind][0])
            out += [(f"search {kind}", s, p) for s, p in captured]
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    return out


def _plan(database: Database, statement: str, parameters: Any) -> str:
    with database.engine.connect() as conn:
        if database.backend == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
            return " | ".join(str(r[3]) for r in rows)
        rows = conn.exec_driver_sql("EXPLAIN (COSTS OFF) " + statement, parameters).all()
        return " | ".join(" ".join(str(r[0]).split()) for r in rows)


def _plans(database: Database, values: dict[str, list[str]]) -> list[str]:
    """Each statement's plan here, and (SQLite) on the same schema without statistics.

    Without sqlite_stat1 SQLite plans from the schema alone, so a freshly migrated, empty
    database shows the plans a store's database gets before anyone runs ANALYZE.
    """
    from desk.db import Database

    statements = _captured_sql(database, values)
    bare: Database | None = None
    if database.backend == "sqlite":
        bare = Database("sqlite://")
        bare.open()
    lines = []
    for label, statement, parameters in statements:
        here = _plan(database, statement, parameters)
        lines.append(f"  {label}")
        if bare is None:
            lines.append(f"      {here}")
            continue
        shipped = _plan(bare, statement, parameters)
        if shipped == here:
            lines.append(f"      same with and without statistics: {here}")
        else:
            lines.append(f"      without statistics (as shipped): {shipped}")
            lines.append(f"      with this database's statistics: {here}")
    if bare is not None:
        bare.dispose()
    return lines


@dataclass
class StartRun:
    kind: str
    seconds: float  # parent's time.time() before Popen → child's time.time() when usable
    kernel: float | None  # kernel start of the child → usable (cross-check)
    phases: dict[str, float]
    result: dict[str, Any]


def _child_command(args: argparse.Namespace, kind: str, extra: Sequence[str] = (),
                   python_flags: Sequence[str] = ()) -> list[str]:
    return [sys.executable, *python_flags, str(Path(__file__).resolve()), "--child", kind,
            "--language", args.language, *extra]


def _run_child(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any], str]:
    import subprocess

    started = time.time()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    stdout, stderr = process.communicate(timeout=1800)
    for line in stdout.splitlines():
        if line.startswith(RESULT_MARK):
            return started, json.loads(line[len(RESULT_MARK):]), stderr
    raise SystemExit(f"child {command[4:6]} failed (exit {process.returncode}):\n"
                     f"{stdout}\n{stderr}")


def _start_run(args: argparse.Namespace, kind: str, env: dict[str, str],
               like: StartRun | None = None) -> StartRun:
    """One start in a fresh process; a bare window copies the tabs and size of ``like``."""
    extra: list[str] = []
    if kind == "bare":
        assert like is not None
        extra = ["--titles", json.dumps(like.result["tabs"], ensure_ascii=False),
                 "--size", json.dumps(like.result["size"])]
    started, result, _ = _run_child(_child_command(args, kind, extra), env)
    if not result["painted"]:
        raise SystemExit(f"the {kind} window did not paint within {PAINT_TIMEOUT_S} s")
    marks: dict[str, float] = result["marks"]
    phases = {name: at - started for name, at in marks.items()}
    return StartRun(kind, marks["usable"] - started, result["since_kernel_start"], phases,
                    result)


def _median(values: Sequence[float]) -> float:
    import statistics

    return float(statistics.median(values))


def _importtime(args: argparse.Namespace, env: dict[str, str], top: int = 12) -> list[str]:
    """One extra desk start under ``python -X importtime``: where the import time goes.

    Self times (a module's own, without what it imports) summed per top-level package, and
    the desk's own modules by self time.
    """
    _, _, stderr = _run_child(_child_command(args, "desk", python_flags=("-X", "importtime")),
                              env)
    packages: dict[str, int] = {}
    modules: list[tuple[int, str]] = []
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "cumulative" not in line:
            own, _cumulative, name = line[len("import time:"):].split("|")
            module = name.strip()
            package = module.split(".")[0]
            packages[package] = packages.get(package, 0) + int(own)
            if package == "desk":
                modules.append((int(own), module))
    total = sum(packages.values())
    biggest = sorted(packages.items(), key=lambda item: item[1], reverse=True)[:top]
    lines = [f"  all imports {total / 1e6:.3f} s; self time per package:",
             "    " + ", ".join(f"{name} {micro / 1e3:.0f} ms" for name, micro in biggest)]
    lines.append("  the desk's own modules, self time (class bodies, mapper set-up):")
    lines.append("    " + ", ".join(f"{name} {micro / 1e3:.1f} ms"
                                    for micro, name in sorted(modules, reverse=True)[:top]))
    return lines


def _start_lines(desk: list[StartRun], bare: list[StartRun]) -> list[Line]:
    d = [r.seconds for r in desk]
    b = [r.seconds for r in bare]
    first = [r.phases["signin_shown"] for r in desk]
    dk = [r.kernel for r in desk if r.kernel is not None]
    lines = [
        Line("desk: Popen → sign-in window painted, typing", _median(first), None, "s",
             _spread(first, "s")),
        Line("desk: Popen → signed in, today's list painted", _median(d), START_BUDGET_S, "s",
             _spread(d, "s") + "; no typing time"),
        Line("bare PySide6 window: Popen → painted", _median(b), None, "s", _spread(b, "s")),
        Line("ratio first window: sign-in / bare", _median(first) / _median(b),
             START_RATIO_BUDGET, "x", f"{_median(first) - _median(b):.3f} s more than bare"),
        Line("ratio signed-in window / bare (info)", _median(d) / _median(b), None, "x",
             f"{_median(d) - _median(b):.3f} s more than bare: SQLAlchemy, schema check, "
             "Argon2, the list"),
    ]
    if dk:
        lines.append(Line("desk, cross-check: kernel start → usable", _median(dk), None, "s",
                          _spread(dk, "s") + " (10 ms ticks)"))
    return lines


def _phase_lines(desk: list[StartRun], bare: list[StartRun]) -> list[str]:
    names = ("entered", "imported", "app", "signin_shown", "database", "signed_in", "built",
             "shown", "usable")
    words = {"entered": "interpreter up, script running", "imported": "imports done",
             "app": "QApplication (+ font, translations)",
             "signin_shown": "sign-in window painted",
             "database": "database opened (worker thread)",
             "signed_in": "signed in (argon2 verify)", "built": "main window built",
             "shown": "show() returned", "usable": "list painted"}
    lines = ["  median wall time since Popen (desk | bare):"]
    previous = 0.0
    for name in names:
        at = _median([r.phases[name] for r in desk])
        bare_at = [r.phases[name] for r in bare if name in r.phases]
        bare_text = f"{_median(bare_at):.3f} s" if bare_at else "      -"
        lines.append(f"    {words[name]:<38} {at:6.3f} s  (+{at - previous:.3f})   "
                     f"{bare_text}")
        previous = at
    rss = _median([r.result["rss_mb"][1] for r in desk])
    bare_rss = _median([r.result["rss_mb"][1] for r in bare])
    lines.append(f"  peak RSS when usable: desk {rss:.0f} MB, bare {bare_rss:.0f} MB")
    return lines


def _list_lines(work: dict[str, Any]) -> list[Line]:
    lines = []
    for view in work["lists"]:
        runs = view["runs"]
        first = _fmt(view["first"], "ms") + (" (!)" if view["first"] > LIST_BUDGET_S else "")
        lines.append(Line(
            view["name"], _median(runs), LIST_BUDGET_S, "ms",
            f"{_spread(runs, 'ms')}; first after the change {first}; count shown "
            f"{_fmt(_median(view['counted']), 'ms')}; alone: count "
            f"{_fmt(_median(view['count']), 'ms')}, page "
            f"{_fmt(_median(view['page']), 'ms')}; {view['total']:,} visits"))
    return lines


def _stall_lines(work: dict[str, Any]) -> list[Line]:
    return [Line(s["name"], s["longest"], STALL_BUDGET_S, "ms",
                 f"GUI thread busy {_fmt(s['cpu'], 'ms')} of it"
                 + ("" if s.get("queued") is None else
                    f", waiting for a core {_fmt(s['queued'], 'ms')}"))
            for s in work["stalls"]]


def _search_lines(work: dict[str, Any], values: dict[str, list[str]]) -> list[Line]:
    lines = []
    for kind in SEARCH_KINDS:
        times = work["searches"][kind]["times"]
        hits = work["searches"][kind]["hits"]
        examples = ", ".join(values[kind][:3])
        lines.append(Line(f"{kind} median", _median(times), SEARCH_BUDGET_S, "ms",
                          f"n={len(times)}, hits {min(hits):.0f}-{max(hits):.0f}; e.g. "
                          f"{examples}"))
        lines.append(Line(f"{kind} max", max(times), SEARCH_BUDGET_S, "ms"))
    return lines


def _memory_lines(work: dict[str, Any]) -> list[Line]:
    scenario = work["memory_scenario"]
    return [
        Line("peak RSS: window usable", work["rss_usable"][1], None, "MB",
             f"current {work['rss_usable'][0]:.0f} MB"),
        Line("peak RSS: after scrolling and searching", work["rss_after_use"][1],
             MEMORY_BUDGET_MB, "MB",
             f"current {work['rss_after_use'][0]:.0f} MB; {scenario['rows_today']} rows today, "
             f"{scenario['rows_year']} rows of a year loaded, {scenario['searches_typed']} "
             "searches typed"),
        Line("peak RSS: after all timings (info)", work["rss_end"][1], None, "MB",
             f"current {work['rss_end'][0]:.0f} MB"),
    ]


def _parent_main(args: argparse.Namespace) -> int:
    size = QUICK if args.quick else FULL
    if args.db is None:
        args.db = f"sqlite:///{BENCH_DIR / size.file_name}"
    env = dict(os.environ)
    platform_name = args.platform or env.get("QT_QPA_PLATFORM") or (
        "xcb" if env.get("DISPLAY") else "offscreen")
    env["QT_QPA_PLATFORM"] = platform_name
    env[URL_VARIABLE] = args.db  # not on the command line, where ps shows a password
    began = time.perf_counter()

    database, notes = _prepare(args, size)
    values = _search_values(database, args.searches)
    plans = [] if args.stalls_only else _plans(database, values)
    counts = _counts(database)
    with database.engine.connect() as conn:
        if database.backend == "sqlite":
            backend = f"SQLite {conn.exec_driver_sql('select sqlite_version()').scalar()}"
        else:
            backend = str(conn.exec_driver_sql("select version()").scalar()).split(",")[0]
    db_size = _size_of(database)
    description = database.description
    database.dispose()

    print("Foundation benchmark" + (" (--quick)" if args.quick else ""))
    for line in _machine(backend, platform_name):
        print(line)
    print(f"load      {load_average()} at the start (other processes share these cores)")
    print(f"database  {description}: {db_size}")
    print("rows      " + ", ".join(f"{name} {n:,}" for name, n in counts.items()))
    for note in notes:
        print(f"          {note}")

    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     encoding="utf-8") as handle:
        json.dump(values, handle, ensure_ascii=False)
    if args.stalls_only:
        try:
            _, work, _ = _run_child(_child_command(args, "stalls", ["--values", handle.name]),
                                    env)
        finally:
            Path(handle.name).unlink(missing_ok=True)
        stalls = _stall_lines(work)
        _print_lines(f"5. Longest GUI-thread stall: the longest gap between {HEARTBEAT_MS} ms "
                     "heartbeats of a QTimer on the GUI thread", stalls)
        missed = [line.label for line in stalls if line.over]
        print(f"\n{len(stalls)} budgets, {len(missed)} missed. Bench took "
              f"{time.perf_counter() - began:.0f} s; load {load_average()} at the end.")
        return 1 if missed else 0
    try:
        # Warm-up: the first start after a while reads Qt and Python from disk; reported apart.
        warm_desk = _start_run(args, "desk", env)
        titles = warm_desk.result["tabs"]
        warm_bare = _start_run(args, "bare", env, warm_desk)
        desk_runs: list[StartRun] = []
        bare_runs: list[StartRun] = []
        for _ in range(args.repeat):
            desk_runs.append(_start_run(args, "desk", env))
            bare_runs.append(_start_run(args, "bare", env, warm_desk))
        _, work, _ = _run_child(
            _child_command(args, "workload", ["--values", handle.name, "--runs",
                                              str(args.runs)]), env)
    finally:
        Path(handle.name).unlink(missing_ok=True)

    start = _start_lines(desk_runs, bare_runs)
    lists = _list_lines(work)
    searches = _search_lines(work, values)
    memory = _memory_lines(work)
    stalls = _stall_lines(work)
    _print_lines(f"1. Start-up, fresh process each, {args.repeat} alternating runs of each "
                 f"(tabs {' | '.join(titles)}; {warm_desk.result['rows']} of "
                 f"{warm_desk.result['total']} visits on the first page)", start)
    print(f"  warm-up runs (not counted): desk {warm_desk.seconds:.3f} s, "
          f"bare {warm_bare.seconds:.3f} s")
    print("\n".join(_phase_lines(desk_runs, bare_runs)))
    _print_lines(f"2. Visit list: ReceptionTab.refresh() → first page shown (the count runs "
                 f"beside it), median of {args.runs}", lists)
    _print_lines(f"3. Customer search: customers.search_customers in a read transaction, "
                 f"{args.searches} values per kind", searches)
    _print_lines("4. Memory of the window process (VmHWM)", memory)
    _print_lines(f"5. Longest GUI-thread stall: the longest gap between {HEARTBEAT_MS} ms "
                 "heartbeats of a QTimer on the GUI thread", stalls)
    print("\nQuery plans (EXPLAIN" + (" QUERY PLAN" if database.backend == "sqlite" else "")
          + "):")
    print("\n".join(plans))
    if args.importtime:
        print("\nImports of one desk start (python -X importtime):")
        print("\n".join(_importtime(args, env)))
    everything = [*start, *lists, *searches, *memory, *stalls]
    missed = [line.label for line in everything if line.over]
    print(f"\n{len(everything) - len([x for x in everything if x.budget is None])} budgets, "
          f"{len(missed)} missed{': ' + '; '.join(missed) if missed else ''}. "
          f"Bench took {time.perf_counter() - began:.0f} s; load {load_average()} at the end.")
    return 1 if missed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Start-up, visit list, search and memory of the desk at 1,000,000 visits.")
    parser.add_argument("--db", metavar="URL",
                        help="database URL (default: SQLite bench/bench-desk.sqlite3, filled "
                             "on first use; PostgreSQL must be empty or already filled)")
    parser.add_argument("--quick", action="store_true",
                        help="20,000 customers and 100,000 visits (bench-desk-quick.sqlite3)")
    parser.add_argument("--repeat", type=int, default=5, metavar="N",
                        help="start-up runs of each kind, alternating (default 5)")
    parser.add_argument("--runs", type=int, default=9, metavar="N",
                        help="refreshes timed per visit-list view (default 9)")
    parser.add_argument("--searches", type=int, default=20, metavar="N",
                        help="search values drawn per kind (default 20)")
    parser.add_argument("--refill", action="store_true",
                        help="rebuild the SQLite file even when its counts are right")
    parser.add_argument("--no-analyze", action="store_true",
                        help="remove SQLite's planner statistics: measure the desk's database "
                             "as it is in a store, where nothing runs ANALYZE")
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "en", "auto"),
                        help="interface language of the window (default zh_CN, as in a store)")
    parser.add_argument("--platform", help="QT_QPA_PLATFORM for the children (default: "
                                           "offscreen, or xcb when DISPLAY is set)")
    parser.add_argument("--importtime", action="store_true",
                        help="also list the costliest imports of one desk start")
    parser.add_argument("--stalls-only", action="store_true",
                        help="only section 5 (the GUI-thread stalls), in one fresh window "
                             "process: no start-up runs, list timings, searches or plans")
    parser.add_argument("--child", choices=("desk", "bare", "workload", "stalls"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--titles", help=argparse.SUPPRESS)
    parser.add_argument("--size", help=argparse.SUPPRESS)
    parser.add_argument("--values", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    if args.child:
        return _child_main(args)
    return _parent_main(args)


if __name__ == "__main__":
    sys.exit(main())
