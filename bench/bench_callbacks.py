"""The callback-record benchmark (issue 7): printing signed callback records (B4).

    .venv/bin/python bench/bench_callbacks.py              # SQLite in a temporary folder
    .venv/bin/python -m bench.bench_callbacks              # the same
    .venv/bin/python bench/bench_callbacks.py --db postgresql+psycopg://user:pw@host/empty_db
    .venv/bin/python bench/bench_callbacks.py --profile    # + where a 1,000 batch spends its time

A script, not a test: each figure is printed as ``measured`` against its ``budget`` with ``ok``
or ``OVER``, and the script exits 1 when a budget is missed. See bench/README.md ("The
callback-record benchmark") for what is measured, with which clock, from where to where.

The database: 2,000 customers and the demo accounts (:func:`bench.bulk_fill.bulk_fill`), ten
complaints taken through the services up to their rectification
(:func:`tests.services.callback_rows.rectified_complaint`), copied by Core ``INSERT`` into
1,000 complaints, and 1,000 done complaint callbacks (50 a day over the last 20 days), each
signed on screen by the customer and by the clerk with its own signature
(:func:`desk.services.signatures.demo_signature`, the pad's kind of PNG).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
if str(REPO) not in sys.path:  # run as a script: the repository's packages, bench included
    sys.path.insert(0, str(REPO))

from sqlalchemy import func, insert, select, text, update  # noqa: E402

from bench.bulk_fill import bulk_fill  # noqa: E402
from bench.machine import cpu_model, load_average  # noqa: E402
from desk.db import Database  # noqa: E402
from desk.models import (  # noqa: E402
    Callback,
    Complaint,
    Customer,
    DocumentCounter,
    IssuedDocument,
    Staff,
)
from desk.services import callback_documents, clock, complaints, numbering, signatures, staff  # noqa: E402
from desk.services.callback_documents import CallbackRange  # noqa: E402
from desk.services.jobs import JobCancelled, JobControl  # noqa: E402
from desk.services.permissions import Actor  # noqa: E402
from desk.services.vocabulary import untranslated  # noqa: E402

RECORDS = 1_000
PER_DAY = 50  # callbacks made a day: the first day of the range is the 50-page batch
CUSTOMERS = 2_000
TEMPLATES = 10  # complaints taken through the services, then copied
SUPERVISOR_LOGIN = ("supervisor", "supervisor123")  # demo accounts (desk.demo.DEMO_ACCOUNTS)
COUNTER_LOGIN = ("counter", "counter123")

BATCH_RATIO_BUDGET = 1.5  # the desk's 1,000 batch / a bare reportlab script, same run
ONE_RECORD_BUDGET_S = 0.100
PREVIEW_BUDGET_S = 0.300
CANCEL_AT = RECORDS // 2

# What the services hand the print path (a ``PrintedCallbacks`` before the papers refactor, a
# ``papers.Paper`` after it): the bench only reads ``pdf``, ``title`` and ``records``.
Printed = Any

# What was complained about, done and said: the words of a store's records.
CONTENTS = (
    "冰箱冷藏室不制冷，食物两天就坏了", "洗衣机脱水时剧烈抖动并漏水，第二次上门仍未修好",
    "空调安装后外机噪音很大，邻居已经来投诉", "电视屏幕出现一条竖直亮线，刚买一个月",
    "送货迟到两天且未提前通知，家里专门留人等了一整天", "热水器打火失败，冬天无法洗澡",
    "吸尘器吸力很弱，换了滤网也没有改善", "微波炉加热时门缝冒火花", "油烟机安装倾斜，滴油",
    "燃气灶左侧火力小，点火需要多次",
)
DEMANDS = ("更换新机", "上门维修并赔偿误工费", "退款", "道歉并说明原因", "延长保修一年")
CAUSES = ("温控器老化", "减震器装配松动", "外机支架未加减震垫", "屏幕排线接触不良",
          "配送排班失误", "点火针积碳", "电机碳刷磨损", "门封条变形", "安装师傅未调水平",
          "燃气阀门开度不足")
MEASURES = ("更换温控器并试机两小时", "重新紧固减震器，试机脱水三次正常",
            "加装减震垫并移位外机", "更换屏幕排线，播放测试两小时无亮线",
            "赔偿运费并调整配送排班，专人跟进", "清理点火针，更换打火器",
            "更换电机碳刷，吸力恢复正常", "更换门封条，检测无微波泄漏",
            "重新安装并调水平，清理油渍", "调整阀门并检测燃气压力正常")
DEPARTMENTS = ("售后维修部", "家电部", "配送部", "安装部")
PEOPLE = ("周师傅", "李工", "王师傅", "张主管")
QUESTIONS = (
    (("问题是否已经解决？", "已经解决，用了几天一切正常"),
     ("师傅上门是否准时？", "准时，提前打了电话"),
     ("对这次处理结果是否满意？", "满意，谢谢")),
    (("维修后机器是否正常？", "正常，没有再出现问题"),
     ("上门人员服务态度如何？", "态度很好，也讲解了使用注意事项"),
     ("对处理结果是否满意？", "基本满意，希望以后配件备足")),
    (("送货安装是否已经重新安排？", "已经安排，安装得很好"),
     ("赔偿是否已经收到？", "已经收到"),
     ("还有其他意见吗？", "希望以后提前通知送货时间")),
)
COMMENTS = ("希望以后配件备足", "师傅很专业，谢谢", "", "处理及时，满意", "希望回访电话不要太晚")


# -- machine and output ----------------------------------------------------------------------


def _machine() -> list[str]:
    from importlib.metadata import version

    model = cpu_model()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else "?"
    from reportlab.lib import rl_accel

    accel = ("C (_rl_accel)" if rl_accel._c_funcs and not rl_accel._py_funcs
             else "pure Python (no _rl_accel: the rl-accel package is not installed)")
    return [
        f"  machine   {os.cpu_count()} cores ({usable} usable), {model}, {platform.platform()}",
        f"  software  Python {platform.python_version()}, reportlab {version('reportlab')}, "
        f"pypdfium2 {version('pypdfium2')}, PySide6 {version('PySide6-Essentials')}, "
        f"Pillow {version('Pillow')}",
        f"  reportlab's fp_str / stringWidth / ASCII85: {accel}",
        f"  load      {load_average()}",
    ]


def _line(label: str, measured: float, budget: float | None, unit: str = "ms",
          extra: str = "") -> bool:
    scale = {"ms": 1000.0, "s": 1.0, "×": 1.0}[unit]
    shown = f"{measured * scale:8.{2 if unit == '×' else 1}f} {unit}"
    if budget is None:
        print(f"  {label:<60} {shown}   {'':>15}       {extra}".rstrip())
        return True
    ok = measured <= budget
    limit = f"≤ {budget * scale:6.{2 if unit == '×' else 1}f} {unit}"
    print(f"  {label:<60} {shown}   {limit:>15}  {'ok  ' if ok else 'OVER'}  {extra}".rstrip())
    return ok


def _check(label: str, passed: bool, extra: str = "") -> bool:
    print(f"  {label:<60} {'ok' if passed else 'FAILED':>26}        {extra}".rstrip())
    return passed


def _ms(values: Sequence[float]) -> str:
    return ", ".join(f"{v * 1000:.0f}" for v in values)


# -- the database ----------------------------------------------------------------------------

def _sign_in(database: Database, login: tuple[str, str]) -> Actor:
    with database.transaction() as session:
        outcome = staff.sign_in(session, *login)
    assert outcome.actor is not None, outcome.error
    return outcome.actor


def _counter_values(conn: Any, prefix: str) -> dict[str, int]:
    return {period: last for period, last in conn.execute(
        select(DocumentCounter.period, DocumentCounter.last_value)
        .where(DocumentCounter.kind == prefix))}


def _set_counters(conn: Any, prefix: str, before: dict[str, int], after: dict[str, int]) -> None:
    for period, last in after.items():
        if period in before:
            conn.execute(update(DocumentCounter).where(
                DocumentCounter.kind == prefix, DocumentCounter.period == period
            ).values(last_value=last))
        else:
            conn.execute(insert(DocumentCounter).values(kind=prefix, period=period,
                                                        last_value=last))


def _shifted(row: dict[str, Any], delta: timedelta) -> dict[str, Any]:
    """The template complaint moved in time: every moment and day by ``delta``."""
    moved: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, datetime):
            moved[key] = value + delta
        elif isinstance(value, date):
            moved[key] = value + timedelta(days=delta.days)
        else:
            moved[key] = value
    return moved


def fill(database: Database) -> tuple[date, date]:
    """The bench's data (see the module's docstring); returns the first and last day that
    have callbacks."""
    from tests.services.callback_rows import rectified_complaint

    rng = random.Random(7)
    started = time.perf_counter()
    print(f"  filling {database.description}: {CUSTOMERS:,} customers, the demo accounts")
    bulk_fill(database, customers=CUSTOMERS, visits=0)  # refuses a database that has data
    supervisor = _sign_in(database, SUPERVISOR_LOGIN)
    with database.read() as session:
        clerks = [Actor(i, u, n, r) for i, u, n, r in session.execute(
            select(Staff.id, Staff.username, Staff.display_name, Staff.role)
            .where(Staff.role == "counter").order_by(Staff.id))]
        customers = list(session.execute(select(Customer.id, Customer.name)))

    # Ten complaints through the services (C3-C6): real numbers, states and texts.
    with database.transaction() as session:
        template_ids = [
            rectified_complaint(session, clerks[k % len(clerks)], supervisor,
                                customers[k][0], CONTENTS[k], DEPARTMENTS[k % len(DEPARTMENTS)])
            for k in range(TEMPLATES)]
    with database.read() as session:
        templates = [dict(r) for r in session.execute(
            select(Complaint.__table__).where(Complaint.id.in_(template_ids))
            .order_by(Complaint.id)).mappings()]

    today = clock.local_today()
    days = [today - timedelta(days=RECORDS // PER_DAY - k) for k in range(RECORDS // PER_DAY)]
    zone = clock.local_zone()
    moments = [datetime.combine(day, datetime.min.time(), zone) + timedelta(hours=9, minutes=10 * n)
               for day in days for n in range(PER_DAY)]
    signed = time.perf_counter()
    with database.engine.connect() as conn:
        with conn.begin():
            complaint_counters = _counter_values(conn, numbering.COMPLAINT.prefix)
            callback_counters = _counter_values(conn, numbering.CALLBACK.prefix)
        complaint_last, callback_last = dict(complaint_counters), dict(callback_counters)
        complaint_rows, picked = [], []
        for k, called in enumerate(moments):
            template = templates[k % TEMPLATES]
            rectified = called - timedelta(days=rng.randrange(2, 6), hours=rng.randrange(0, 5))
            row = _shifted(template, rectified - template["rectified_at"])
            row.pop("id")
            year = numbering.COMPLAINT.period_of(clock.local_today(row["received_at"]))
            complaint_last[year] = complaint_last.get(year, 0) + 1
            customer = customers[rng.randrange(len(customers))]
            kind = rng.randrange(len(CONTENTS))
            row.update(
                number=numbering.COMPLAINT.format(clock.local_today(row["received_at"]),
                                                  complaint_last[year]),
                customer_id=customer[0], content=CONTENTS[kind], demand=rng.choice(DEMANDS),
                cause=CAUSES[kind], measures=MEASURES[kind],
                department=rng.choice(DEPARTMENTS), responsible_person=rng.choice(PEOPLE),
                owner_id=rng.choice(clerks).id, state=complaints.CLOSED,
                closed_at=called + timedelta(minutes=5), version=1)
            complaint_rows.append(row)
            picked.append(customer)
        with conn.begin():
            complaint_ids = conn.execute(
                insert(Complaint).returning(Complaint.id, sort_by_parameter_order=True),
                complaint_rows).scalars().all()
            _set_counters(conn, numbering.COMPLAINT.prefix, complaint_counters, complaint_last)

        callback_rows = []
        for k, (called, complaint_id, complaint, customer) in enumerate(
                zip(moments, complaint_ids, complaint_rows, picked, strict=True)):
            clerk = clerks[k % len(clerks)]
            year = numbering.CALLBACK.period_of(clock.local_today(called))
            callback_last[year] = callback_last.get(year, 0) + 1
            callback_rows.append({
                "number": numbering.CALLBACK.format(clock.local_today(called),
                                                    callback_last[year]),
                "source": "complaint", "complaint_id": complaint_id,
                "customer_id": customer[0], "subject": complaint["content"][:200],
                "department": complaint["department"], "state": "done", "step_due": None,
                "owner_id": complaint["owner_id"], "created_at": complaint["rectified_at"],
                "created_by_id": clerk.id, "method": rng.choice(("phone", "visit")),
                "called_at": called, "caller_id": clerk.id, "person_reached": customer[1],
                "answers": [list(pair) for pair in rng.choice(QUESTIONS)],
                "satisfaction": "satisfied" if rng.random() < 0.8 else "basic",
                "comments": rng.choice(COMMENTS), "signature_mode": "screen",
                # Each record signed anew on the pad: its own two drawings (4-9 KB each).
                "customer_signature": signatures.demo_signature(customer[1], k),
                "customer_signed_at": called,
                "staff_signature": signatures.demo_signature(clerk.display_name, 10_000 + k),
                "done_at": called, "version": 1,
            })
        signed = time.perf_counter() - signed
        with conn.begin():
            conn.execute(insert(Callback), callback_rows)
            _set_counters(conn, numbering.CALLBACK.prefix, callback_counters, callback_last)
        if conn.dialect.name == "sqlite":
            with conn.begin():
                conn.execute(text("ANALYZE"))
    sizes = [len(r["customer_signature"]) + len(r["staff_signature"]) for r in callback_rows]
    print(f"  {RECORDS:,} complaints and done callbacks ({days[0]} … {days[-1]}, {PER_DAY} a "
          f"day), {2 * RECORDS:,} signatures drawn in {signed:.1f} s "
          f"({statistics.mean(sizes) / 2 / 1024:.1f} KB each); filled in "
          f"{time.perf_counter() - started:.1f} s")
    return days[0], days[-1]


# -- the bare baseline -----------------------------------------------------------------------

@dataclass(frozen=True)
class BarePage:
    lines: tuple[str, ...]  # the text of the desk's page, line by line
    images: tuple[bytes, bytes]  # the customer's and the clerk's signature PNGs


def bare_pages(pdf: bytes, database: Database, printed: Printed) -> list[BarePage]:
    """What the desk's pages carry, taken from its PDF (PDFium's text, line by line) and the
    records' two signatures: the baseline draws exactly that much text and those images."""
    import pypdfium2

    with database.read() as session:
        ids = [r.entity_id for r in printed.records]
        pngs = dict((i, (c, s)) for i, c, s in session.execute(
            select(Callback.id, Callback.customer_signature, Callback.staff_signature)
            .where(Callback.id.in_(ids))))
    document = pypdfium2.PdfDocument(pdf)
    try:
        if len(document) != len(ids):
            raise SystemExit(f"the desk printed {len(document)} pages for {len(ids)} records: "
                             "the baseline assumes one page a record")
        pages = []
        for index, record_id in enumerate(ids):
            page = document[index]
            textpage = page.get_textpage()
            lines = tuple(line for line in textpage.get_text_range().splitlines() if line.strip())
            textpage.close()
            page.close()
            customer, clerk = pngs[record_id]
            assert customer is not None and clerk is not None  # signed on screen
            pages.append(BarePage(lines, (customer, clerk)))
        return pages
    finally:
        document.close()


def bare_reportlab(pages: Sequence[BarePage]) -> bytes:
    """The baseline: a plain reportlab canvas, the shipped TTF (registered beforehand, as the
    desk's is), subset-embedded; each page the desk's lines of text, a ruled box around each
    as the form's grid, and the two signature PNGs (decoded and embedded by reportlab the way
    the desk's ``Image`` flowables are). No platypus, no layout, no database."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from desk.reports.fonts import cjk_font

    font = cjk_font()
    width, height = A4
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    for page in pages:
        y = height - 18 * mm
        canvas.setLineWidth(0.5)
        for line in page.lines:
            canvas.setFont(font, 10)
            canvas.drawString(20 * mm, y, line)
            canvas.rect(18 * mm, y - 4, width - 36 * mm, 14)
            y -= 14
            if y < 60 * mm:
                y = height - 40 * mm
        for slot, png in enumerate(page.images):
            reader = ImageReader(io.BytesIO(png))
            w, h = reader.getSize()
            scale = min((width / 3 - 8) / w, 16 * mm / h)
            canvas.drawImage(reader, 20 * mm + slot * width / 3, 30 * mm, w * scale, h * scale)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _pdf_facts(pdf: bytes) -> tuple[int, int, int]:
    """(pages, text characters, images) of a PDF, from PDFium and the object dictionaries."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        chars = 0
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            chars += textpage.count_chars()
            textpage.close()
            page.close()
        return len(document), chars, pdf.count(b"/Subtype /Image")
    finally:
        document.close()


# -- measuring -------------------------------------------------------------------------------

def _in_background(job: Callable[[], Any]) -> tuple[float, float, Any]:
    """``job`` on a worker thread (the window's way; the main thread only waits), timed on
    the wall clock and by its thread's CPU time; its exception re-raised here."""
    box: dict[str, Any] = {}

    def run() -> None:
        cpu = time.thread_time()
        try:
            box["result"] = job()
        except BaseException as error:
            box["error"] = error
        box["cpu"] = time.thread_time() - cpu

    worker = threading.Thread(target=run, name="bench-job")
    started = time.perf_counter()
    worker.start()
    worker.join()
    wall = time.perf_counter() - started
    if "error" in box:
        raise box["error"]
    return wall, box["cpu"], box["result"]


def one_record(database: Database, actor: Actor, ids: Sequence[int], runs: int) -> bool:
    print(f"1. One record: callback_pdf in its own read (the preview's build), {runs} records")

    def build(callback_id: int) -> Printed:
        with database.read() as session:
            return callback_documents.callback_pdf(session, actor, callback_id, untranslated)

    started = time.perf_counter()
    first = build(ids[0])
    cold = time.perf_counter() - started
    times = []
    for callback_id in [ids[(k * 37 + 1) % len(ids)] for k in range(runs)]:
        started = time.perf_counter()
        build(callback_id)
        times.append(time.perf_counter() - started)
    ok = _line("first in the process (reportlab loads, the font registers)", cold, None, "ms",
               f"{len(first.pdf) / 1024:.0f} KB")
    ok &= _line(f"median of {runs}", statistics.median(times), ONE_RECORD_BUDGET_S, "ms",
                f"min {min(times) * 1000:.1f} ms")
    ok &= _line(f"worst of {runs}", max(times), ONE_RECORD_BUDGET_S, "ms")
    return ok


def batch(database: Database, actor: Actor, selection: CallbackRange, runs: int) -> bool:
    print(f"2. Batch of {RECORDS:,} (print_batch, a JobControl, on a worker thread) against a "
          f"bare reportlab script, {runs} each, alternating")

    steps: list[tuple[int, int]] = []

    def desk() -> Printed:
        steps.clear()
        return callback_documents.print_batch(
            database, actor, selection, untranslated,
            JobControl(lambda done, total: steps.append((done, total))))

    _, _, printed = _in_background(desk)  # untimed: the page cache, the code paths
    loading = time.perf_counter()
    already = "pypdfium2" in sys.modules
    import pypdfium2  # noqa: F401 - timed: a window's first preview pays for it
    loading = time.perf_counter() - loading
    pages = bare_pages(printed.pdf, database, printed)
    bare_pdf = bare_reportlab(pages)
    desk_facts, bare_facts = _pdf_facts(printed.pdf), _pdf_facts(bare_pdf)
    desk_times: list[tuple[float, float]] = []
    bare_times: list[tuple[float, float]] = []
    for _ in range(runs):
        gc.collect()
        wall, cpu, printed = _in_background(desk)
        desk_times.append((wall, cpu))
        gc.collect()
        wall, cpu, bare_pdf = _in_background(lambda: bare_reportlab(pages))
        bare_times.append((wall, cpu))
    desk_wall = statistics.median(t[0] for t in desk_times)
    bare_wall = statistics.median(t[0] for t in bare_times)
    desk_cpu = statistics.median(t[1] for t in desk_times)
    bare_cpu = statistics.median(t[1] for t in bare_times)
    ok = _line(f"desk: {len(printed.records):,} records, one PDF", desk_wall, None, "s",
               f"runs {', '.join(f'{t[0]:.2f}' for t in desk_times)} s; CPU {desk_cpu:.2f} s; "
               f"{len(printed.pdf) / 1e6:.1f} MB; {desk_wall / len(printed.records) * 1000:.1f}"
               " ms a record")
    _line("bare reportlab canvas, the same pages", bare_wall, None, "s",
          f"runs {', '.join(f'{t[0]:.2f}' for t in bare_times)} s; CPU {bare_cpu:.2f} s; "
          f"{len(bare_pdf) / 1e6:.1f} MB")
    ok &= _line("desk / bare (wall, medians)", desk_wall / bare_wall, BATCH_RATIO_BUDGET, "×",
                f"CPU {desk_cpu / bare_cpu:.2f}×")
    print(f"     pages / text characters / images: desk {desk_facts[0]:,} / {desk_facts[1]:,} / "
          f"{desk_facts[2]:,}, bare {bare_facts[0]:,} / {bare_facts[1]:,} / {bare_facts[2]:,}")
    if not already:
        _line("importing pypdfium2 (a window's first preview pays it)", loading, None, "ms")
    distinct = len({s for s in steps})
    ok &= _check("progress: one step a record, then done",
                 steps[0] == (0, RECORDS) and steps[-1] == (RECORDS, RECORDS)
                 and distinct >= RECORDS, f"{len(steps):,} steps, last {steps[-1]}")
    return ok


def cancel(database: Database, actor: Actor, selection: CallbackRange) -> bool:
    """save_batch (the command line's job: the PDF written through output_file, registered)
    cancelled at record CANCEL_AT: JobCancelled, no file, no register row."""
    print(f"3. Cancel: save_batch of {RECORDS:,} cancelled at record {CANCEL_AT}")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "callbacks.pdf"
        cancelled_at: list[float] = []
        controls: list[JobControl] = []

        def listener(done: int, _total: int) -> None:
            if done >= CANCEL_AT and not cancelled_at:
                cancelled_at.append(time.perf_counter())
                controls[0].cancel()  # as the progress dialog's Cancel does

        control = JobControl(listener)
        controls.append(control)
        with database.read() as session:
            issued_before = session.scalar(select(func.count(IssuedDocument.id)))
        raised: BaseException | None = None
        try:
            _in_background(lambda: callback_documents.save_batch(
                database, actor, selection, target, untranslated, control))
        except BaseException as error:
            raised = error
        latency = time.perf_counter() - cancelled_at[0] if cancelled_at else float("nan")
        left = sorted(p.name for p in Path(folder).iterdir())
        with database.read() as session:
            issued_after = session.scalar(select(func.count(IssuedDocument.id)))
    ok = _check("raises JobCancelled", isinstance(raised, JobCancelled),
                f"{type(raised).__name__ if raised else 'returned normally'}, "
                f"{latency * 1000:.0f} ms after cancel()")
    ok &= _check("no output remains (no file, no temporary, no register row)",
                 not left and issued_after == issued_before,
                 f"files left {left}, register {issued_before} → {issued_after}")
    return ok


# -- the preview (Qt, offscreen) ------------------------------------------------------------

class _FirstPage:
    """Watches one preview: when its first page's image arrives (``page_rendered(0)``) and
    when the page strip has painted with it (the paint event, then a zero timer after it, so
    the repaint is finished when the clock is read)."""

    def __init__(self, preview: Any, started: float) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.started = started
        self.rendered: float | None = None
        self.visible: float | None = None
        view = preview.view
        outer = self

        class Filter(QObject):
            def eventFilter(self, _watched: Any, event: Any) -> bool:
                if (event.type() == QEvent.Type.Paint and outer.visible is None
                        and view.image_of(0) is not None):
                    QTimer.singleShot(0, outer._painted)
                return False

        def rendered(index: int) -> None:
            if index == 0 and self.rendered is None:
                self.rendered = time.perf_counter()

        self._filter = Filter(view)
        view.widget().installEventFilter(self._filter)
        view.page_rendered.connect(rendered)

    def shown(self) -> bool:
        return self.visible is not None

    def _painted(self) -> None:
        if self.visible is None:
            self.visible = time.perf_counter()


def _platform(folder: Path) -> str:
    """offscreen with one 1366 x 768 screen (the counter PC the preview sizes itself for),
    unless QT_QPA_PLATFORM is set or a display is there."""
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        config = folder / "screen.json"
        config.write_text('{"screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, '
                          '"height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    return os.environ.get("QT_QPA_PLATFORM", "xcb")


def preview(database: Database, actor: Actor, day: date, runs: int, path_runs: int,
            folder: Path) -> bool:
    """The window's own application; a supervisor's CallbackPrintDialog as the parent."""
    platform_name = _platform(folder)
    from PySide6.QtCore import QEvent, QtMsgType, qInstallMessageHandler

    import desk.ui.dialogs.callback_print as callback_print
    from bench.heartbeat import HEARTBEAT_MS, STALL_BUDGET_S, Heartbeat, until
    from desk.app import create_application
    from desk.ui import labels, printing
    from desk.ui.events import DeskEvents
    from desk.ui.store import AnnouncingStore

    def quiet(kind: QtMsgType, _context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen plugin, on every dialog
            print(f"  Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    app = create_application("zh_CN")  # font, translations, the 1 ms GIL switch interval
    screen = app.primaryScreen().geometry()
    store = AnnouncingStore(database, DeskEvents())
    beat = Heartbeat()
    selection = CallbackRange(day, day)
    printed = callback_documents.print_batch(database, actor, selection, labels.translate,
                                             JobControl())
    pages = len(printed.records)

    def open_preview(paper: Printed) -> Any:
        return printing.open_preview(parent, store, actor, paper)

    # Every preview the dialog opens gets a watcher the moment it exists (bench instrumentation:
    # the module's name is wrapped, desk/ is not changed).
    watchers: list[_FirstPage] = []
    real_open = callback_print.open_preview

    def watched_open(*args: Any, **kwargs: Any) -> Any:
        opened = time.perf_counter()
        dialog = real_open(*args, **kwargs)
        watchers.append(_FirstPage(dialog, opened))
        return dialog

    callback_print.open_preview = watched_open
    parent = callback_print.CallbackPrintDialog(store, actor)
    parent.date_from.setDate(callback_print._qdate(day))
    parent.date_to.setDate(callback_print._qdate(day))
    parent.show()
    until(lambda: parent.department.count() > 1)  # the departments have arrived
    gc.freeze()  # as build_main_window does once the window is built

    def close(dialog: Any) -> None:
        dialog.reject()
        settle = time.perf_counter() + 0.2
        until(lambda: time.perf_counter() > settle)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater, as a loop would

    print(f"4. Print preview of a {pages}-page batch ({platform_name.split(':')[0]}, screen "
          f"{screen.width()}×{screen.height()}, heartbeat every {HEARTBEAT_MS} ms)")
    firsts, renders, stalls = [], [], []
    for _ in range(runs + 1):  # the first one apart (pypdfium2 is loaded already: see 2.)
        with beat:
            started = time.perf_counter()
            dialog = open_preview(printed)
            watcher = _FirstPage(dialog, started)
            until(watcher.shown)
        firsts.append(watcher.visible - started)  # type: ignore[operator]
        renders.append(watcher.rendered - started)  # type: ignore[operator]
        stalls.append((beat.longest, beat.longest_cpu))
        close(dialog)
    ok = _line("open_preview → first page painted, the first one", firsts[0],
               PREVIEW_BUDGET_S, "ms", f"image ready at {renders[0] * 1000:.0f} ms")
    warm = firsts[1:]
    ok &= _line(f"open_preview → first page painted, median of {runs}", statistics.median(warm),
                PREVIEW_BUDGET_S, "ms", f"runs {_ms(warm)} ms; image ready at median "
                f"{statistics.median(renders[1:]) * 1000:.0f} ms")
    ok &= _line(f"open_preview → first page painted, worst of {runs}", max(warm),
                PREVIEW_BUDGET_S, "ms")
    worst = max(stalls)
    ok &= _line("longest GUI-thread stall meanwhile (all runs)", worst[0], STALL_BUDGET_S, "ms",
                f"GUI thread busy {worst[1] * 1000:.0f} ms; runs {_ms([s[0] for s in stalls])}")

    # The whole path from the supervisor's Preview button: the batch job in the background
    # (progress dialog, Cancel), then the preview, then its first page.
    totals, ready, path_stalls = [], [], []
    for _ in range(path_runs):
        parent.preview = None
        watchers.clear()
        with beat:
            started = time.perf_counter()
            parent.run()
            until(lambda: bool(watchers) and watchers[-1].visible is not None)
        totals.append(watchers[-1].visible - started)  # type: ignore[operator]
        ready.append(watchers[-1].started - started)
        path_stalls.append((beat.longest, beat.longest_cpu))
        close(parent.preview)
    _line(f"Preview button → first page painted (batch built first), median of {path_runs}",
          statistics.median(totals), None, "ms",
          f"runs {_ms(totals)} ms; the batch ready at {_ms(ready)} ms")
    worst = max(path_stalls)
    ok &= _line("longest GUI-thread stall meanwhile (all runs)", worst[0], STALL_BUDGET_S, "ms",
                f"GUI thread busy {worst[1] * 1000:.0f} ms; "
                f"runs {_ms([s[0] for s in path_stalls])}")

    # Cancel from the window: the progress dialog's Cancel, pressed once it shows 100 of 250.
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    parent.preview = None
    parent.status.setText("")
    parent.date_to.setDate(callback_print._qdate(day + timedelta(days=4)))
    started = time.perf_counter()
    parent.run()

    def half_way() -> QProgressDialog | None:
        for candidate in parent.findChildren(QProgressDialog):
            if candidate.maximum() == 5 * PER_DAY and candidate.value() >= 2 * PER_DAY:
                return candidate
        return None

    until(lambda: half_way() is not None or bool(parent.status.text()), 60)
    progress = half_way()
    shown_at = progress.value() if progress is not None else -1
    if progress is not None:
        button = progress.findChild(QPushButton)
        assert button is not None
        button.click()  # its Cancel button
    pressed = time.perf_counter()
    until(lambda: bool(parent.status.text()), 60)
    answered = time.perf_counter()
    ok &= _check(f"the window: Cancel at {shown_at} of {5 * PER_DAY} records",
                 parent.preview is None and parent.status.text() == parent.tr("Cancelled."),
                 f"status {parent.status.text()!r} {(answered - pressed) * 1000:.0f} ms after "
                 f"Cancel ({(pressed - started):.1f} s in); no preview opened")
    parent.close()
    app.processEvents()
    return ok


# -- profile ---------------------------------------------------------------------------------

def profile(database: Database, actor: Actor, selection: CallbackRange) -> None:
    import cProfile
    import pstats

    print(f"5. Profile of one {RECORDS:,} batch (cProfile; its own overhead inflates Python)")
    profiler = cProfile.Profile()
    profiler.enable()
    callback_documents.print_batch(database, actor, selection, untranslated, JobControl())
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(25)


# -- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="database URL of an EMPTY database (default: SQLite in a "
                        "temporary folder, removed afterwards)")
    parser.add_argument("--runs", type=int, default=20, help="single records timed")
    parser.add_argument("--batch-runs", type=int, default=3,
                        help="timed 1,000 batches, and as many bare ones, alternating")
    parser.add_argument("--preview-runs", type=int, default=5, help="timed previews")
    parser.add_argument("--path-runs", type=int, default=3,
                        help="timed Preview-button paths (batch, then preview)")
    parser.add_argument("--profile", action="store_true", help="cProfile one 1,000 batch")
    parser.add_argument("--no-gui", action="store_true", help="skip the preview (section 4)")
    args = parser.parse_args(argv)

    print("Callback-record benchmark (issue 7)")
    for line in _machine():
        print(line)
    with tempfile.TemporaryDirectory(prefix="bench-callbacks-") as folder:
        url = args.db or f"sqlite:///{Path(folder) / 'callbacks.sqlite3'}"
        database = Database(url)
        database.open()
        try:
            first, last = fill(database)
            actor = _sign_in(database, SUPERVISOR_LOGIN)
            selection = CallbackRange(first, last)
            with database.read() as session:
                ids = list(session.scalars(select(Callback.id).where(Callback.state == "done")
                                           .order_by(Callback.id)))
            ok = one_record(database, actor, ids, args.runs)
            ok &= batch(database, actor, selection, args.batch_runs)
            ok &= cancel(database, actor, selection)
            if not args.no_gui:
                ok &= preview(database, actor, first, args.preview_runs, args.path_runs,
                              Path(folder))
            if args.profile:
                profile(database, actor, selection)
        finally:
            database.dispose()
    print(f"  load at the end: {load_average()}")
    print("all within budget" if ok else "OVER budget")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
