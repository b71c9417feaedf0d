"""``desk`` and ``python main.py``: the window, or a command on the same database.

    desk                      open the window (SQLite in the user's data directory)
    desk --db URL             open the window on another database
    desk --demo               open the window on a throwaway database full of demo data
    desk demo --db URL        fill a database with demo data, no window
    desk export visits --from 2026-11-01 --to 2026-11-30 --out visits.xlsx --user NAME
    desk export weekly-complaints --week 2026-W47 --out FILE.xlsx --user NAME
    desk export monthly-complaints --month 2026-11 --out FILE.xlsx --user NAME
    desk export quarterly-complaints --quarter 2026-Q4 --out FILE.xlsx --user NAME
    desk export inbound --date 2026-11-23 --out FILE.xlsx --user NAME
    desk export gifts --date 2026-11-23 | --from DATE --to DATE --out FILE.xlsx --user NAME
    desk export reconciliation --month 2026-11 --out FILE.xlsx --user NAME
    desk export ledger --from 2026-11-01 --to 2026-11-30 [--item CODE] --out FILE.xlsx
                       --user NAME
    desk export invoices --from 2026-11-01 --to 2026-11-30 --out FILE.xlsx --user NAME
    desk print callbacks --from 2026-11-01 --to 2026-11-30 [--department D] --out FILE.pdf
                         --user NAME
    desk print inspection DH-20261123-0001 --out FILE.pdf --user NAME
    desk print ticket JC-20261123-0007 --out FILE.pdf --user NAME
    desk print invoice-request KP-2026-000123 --out FILE.pdf --user NAME
    desk verify FILE.pdf --user NAME

Subcommands call the same services and jobs as the window; none has logic of its own. Those
that read the archive sign in as a named account (``--user``, the password from
``DESK_PASSWORD`` or a prompt), whose role must allow the action, and are audited like the
window's actions. ``desk print …`` joins ``export`` with the printed documents.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk import __version__, config
from desk.services.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desk.db import Database
    from desk.services.jobs import JobControl
    from desk.services.papers import SavedPaper
    from desk.services.permissions import Actor
    from desk.services.vocabulary import Translate

    # A report job of the command line: runs signed in, says what it wrote.
    ReportJob = Callable[[Database, Actor, Translate, JobControl], str]
    # A record's paper written to a file: (source, actor, number, path, translate).
    SavePaper = Callable[[Database, Actor, str, Path, Translate], SavedPaper]

ENV_PASSWORD = "DESK_PASSWORD"
EXIT_REFUSED, EXIT_CANCELLED = 1, 130
# desk verify: 0 an original or a marked reprint, 1 altered or not the desk's, 2 could not check.
EXIT_VERIFY_DOUBTFUL, EXIT_VERIFY_ERROR = 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk",
        description="After-sales service desk (售后服务台). Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument(
        "--db", metavar="URL",
        help=f"database URL (default: ${config.ENV_DATABASE_URL}, then the config file, "
             f"then SQLite in {config.data_dir()})",
    )
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a throwaway database filled with demo data")
    parser.add_argument("--lang", choices=("auto", "zh_CN", "en"),
                        help="interface language for this start (default: the saved setting)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill an empty database with demo data")
    demo.add_argument("--db", dest="demo_db", metavar="URL",
                      help="database to fill (default: as for the window)")
    demo.add_argument("--days", type=int, default=21, help="weeks of visits, in days")
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same data)")
    commands.add_parser("window", help="open the window (the same as no command)")

    export = commands.add_parser("export", help="write an Excel report (signs in with --user)")
    reports = export.add_subparsers(dest="report", metavar="REPORT", required=True)
    visits = reports.add_parser(
        "visits", help="the visit list of a date range, as the reception tab exports it")
    visits.add_argument("--from", dest="date_from", type=_day, required=True, metavar="DATE",
                        help="first day, YYYY-MM-DD (local time)")
    visits.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE",
                        help="last day, YYYY-MM-DD (included)")
    visits.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    visits.add_argument("--purpose", help="only this purpose (inquiry, complaint, repair, …)")
    visits.add_argument("--state", choices=("open", "finished"), help="only open or finished")
    _account_options(visits)
    for command, option, example, what in _COMPLAINT_REPORTS:
        report = reports.add_parser(command, help=f"{what} (C10, C11)")
        report.add_argument(f"--{option}", dest="period", required=True, metavar=example,
                            help=f"the {option}, like {example}")
        report.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
        _account_options(report)
    inbound = reports.add_parser(
        "inbound", help="the day's inbound list for finance: every line taken into stock (W5)")
    inbound.add_argument("--date", dest="day", type=_day, required=True, metavar="DATE",
                         help="the day, YYYY-MM-DD (local time)")
    inbound.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _account_options(inbound)
    gift_list = reports.add_parser(
        "gifts", help="the gifts handed out on a day (or from --from to --to), G3")
    days = gift_list.add_mutually_exclusive_group(required=True)
    days.add_argument("--date", dest="day", type=_day, metavar="DATE",
                      help="the day, YYYY-MM-DD (local time)")
    days.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                      help="first day, YYYY-MM-DD (with --to)")
    gift_list.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                           help="last day, YYYY-MM-DD (included)")
    gift_list.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _account_options(gift_list)
    recon = reports.add_parser(
        "reconciliation", help="the month-end reconciliation: each item's opening, receipts, "
                               "issues, adjustments and closing (W9)")
    recon.add_argument("--month", required=True, metavar="2026-11", help="the month")
    recon.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _account_options(recon)
    ledger = reports.add_parser(
        "ledger", help="the stock ledger of a date range: every movement, and each item's "
                       "opening, in, out, adjustments and closing (W7)")
    ledger.add_argument("--from", dest="date_from", type=_day, required=True, metavar="DATE",
                        help="first day, YYYY-MM-DD (local time)")
    ledger.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE",
                        help="last day, YYYY-MM-DD (included)")
    ledger.add_argument("--item", metavar="CODE", help="only this item (default: all items)")
    ledger.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _account_options(ledger)
    invoices = reports.add_parser(
        "invoices", help="the invoices issued in a date range, line by line, for finance (I4)")
    invoices.add_argument("--from", dest="date_from", type=_day, required=True, metavar="DATE",
                          help="first invoice date, YYYY-MM-DD")
    invoices.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE",
                          help="last invoice date, YYYY-MM-DD (included)")
    invoices.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    _account_options(invoices)
    printing = commands.add_parser("print", help="write a printed document as PDF (signs in "
                                                 "with --user; the file is registered, B4)")
    documents = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    callbacks = documents.add_parser(
        "callbacks", help="the signed callback records of a date range, one PDF (B4)")
    callbacks.add_argument("--from", dest="date_from", type=_day, required=True, metavar="DATE",
                           help="first day the callbacks were made, YYYY-MM-DD (local time)")
    callbacks.add_argument("--to", dest="date_to", type=_day, required=True, metavar="DATE",
                           help="last day, YYYY-MM-DD (included)")
    callbacks.add_argument("--department", help="only this department's callbacks")
    callbacks.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _account_options(callbacks)
    inspection = documents.add_parser(
        "inspection", help="the inspection sheet (验收单) of a delivery, its latest inspection "
                           "(W4)")
    inspection.add_argument("number", metavar="DELIVERY_NUMBER", help="DH-yyyymmdd-nnnn")
    inspection.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _account_options(inspection)
    ticket = documents.add_parser(
        "ticket", help="the storage ticket (寄存牌) of a deposit, 80 mm wide, with the "
                       "customer's stub (P1)")
    ticket.add_argument("number", metavar="TICKET_NUMBER", help="JC-yyyymmdd-nnnn")
    ticket.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _account_options(ticket)
    request = documents.add_parser(
        "invoice-request", help="an invoice request as the customer takes it (I4)")
    request.add_argument("number", metavar="REQUEST_NUMBER", help="KP-yyyy-nnnnnn")
    request.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _account_options(request)
    verify = commands.add_parser(
        "verify", help="say whether a PDF is an original the desk issued, a marked reprint, or "
                       "altered / not the desk's (exit 0, 1; 2 when it cannot check)")
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    _account_options(verify)
    return parser


# Command, option, example, what it writes; the option is the period's kind.
_COMPLAINT_REPORTS = (
    ("weekly-complaints", "week", "2026-W47", "the weekly complaint summary of an ISO week"),
    ("monthly-complaints", "month", "2026-11", "the monthly complaint analysis"),
    ("quarterly-complaints", "quarter", "2026-Q4", "the quarterly complaint report"),
)


def _account_options(command: argparse.ArgumentParser) -> None:
    """What every command that reads or changes the archive needs: where, who, which language."""
    command.add_argument("--db", dest="command_db", metavar="URL",
                         help="database (default: as for the window)")
    command.add_argument("--user", required=True, metavar="NAME",
                         help=f"the desk account to act as; its password from ${ENV_PASSWORD} "
                              "or a prompt")
    command.add_argument("--lang", dest="command_lang", choices=("auto", "zh_CN", "en"),
                         help="language of the report (default: the saved setting)")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _fill_demo(url: str, days: int, seed: int) -> int:
    from desk.db import Database
    from desk.demo import DEMO_ACCOUNTS, fill_demo
    from desk.services.errors import DeskError

    database = Database(url)
    try:
        database.open()
        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            print(f"\r  {done}/{total}", end="", flush=True)

        summary = fill_demo(database, days=days, seed=seed, progress=progress)
    except DeskError as error:
        print(f"desk demo: {error.text()}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    print(f"\rFilled {database.description} in {time.perf_counter() - started:.1f} s: "
          f"{summary}")
    print("Sign in with:")
    for username, display_name, role, password in DEMO_ACCOUNTS:
        print(f"  {username:<12} {password:<16} {role:<11} {display_name}")
    # Out before the window starts: if Qt then aborts (no screen), its message must not land
    # on the progress line with these lines lost in the buffer.
    sys.stdout.flush()
    return 0


@contextmanager
def _translator(setting: str) -> Iterator[Callable[[str, str], str]]:
    """The window's catalogue, loaded into a display-less QCoreApplication (QtCore only)."""
    from PySide6.QtCore import QCoreApplication

    from desk.ui.i18n import install_translations, resolve_language

    app = QCoreApplication.instance() or QCoreApplication([])
    install_translations(app, resolve_language(setting))
    try:
        yield QCoreApplication.translate
    finally:
        install_translations(app, "en")  # leave no translator behind in this process


def _password(username: str) -> str | None:
    if ENV_PASSWORD in os.environ:
        return os.environ[ENV_PASSWORD]
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {username}: ")


def _sign_in(database: Database, username: str, say: Callable[[Any], str]) -> Actor | None:
    """S1 as in the window: a wrong password counts towards the lock and is audited."""
    from desk.services import staff

    password = _password(username)
    if password is None:
        print(f"desk: no password: set {ENV_PASSWORD} or run in a terminal", file=sys.stderr)
        return None
    with database.transaction() as session:
        outcome = staff.sign_in(session, username, password)
    if outcome.error is not None:
        print(f"desk: {say(outcome.error)}", file=sys.stderr)
        return None
    if outcome.must_change_password:
        print(f"desk: {username} must change the password set by the administrator: sign in "
              "once in the window first", file=sys.stderr)
        return None
    return outcome.actor


class _ProgressBar:
    """A text progress bar on stderr when it is a terminal; silent in a scheduled run."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if not self._shown:
            return
        width = 30
        filled = width * done // total if total else width
        print(f"\r{self._label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}",
              end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._shown:
            print(file=sys.stderr, flush=True)


def _run_report(args: argparse.Namespace, label: tuple[str, str], job: ReportJob,
                check: Callable[[], object] | None = None) -> int:
    """What every ``desk export`` shares: the settings, the catalogue, the sign-in, the
    progress bar, and one exit code per outcome (0 written, 1 refused, 130 cancelled).
    ``check`` refuses bad input before anyone is signed in."""
    from desk.db import Database
    from desk.services.errors import DeskError
    from desk.services.jobs import JobCancelled, JobControl

    settings = config.load_settings(args.command_db or args.db)
    with _translator(args.command_lang or args.lang or settings.language) as translate:
        def say(error: DeskError) -> str:
            return error.render(translate)

        database = Database(settings.database_url)
        bar = _ProgressBar(translate(*label))
        try:
            if check is not None:
                check()
            database.open()
            actor = _sign_in(database, args.user, say)
            if actor is None:
                return EXIT_REFUSED
            said = job(database, actor, translate, JobControl(bar))
        except (JobCancelled, KeyboardInterrupt):
            bar.close()
            print(f"desk: {say(JobCancelled())}", file=sys.stderr)
            return EXIT_CANCELLED
        except DeskError as error:
            bar.close()
            print(f"desk: {say(error)}", file=sys.stderr)
            return EXIT_REFUSED
        finally:
            database.dispose()
        bar.close()
        print(said)
    return 0


def _export_visits(args: argparse.Namespace) -> int:
    from desk.services import exports
    from desk.services.paging import Sort
    from desk.services.reception import VisitFilter

    if args.date_to < args.date_from:
        print("desk: --to is before --from", file=sys.stderr)
        return EXIT_REFUSED
    flt = VisitFilter(date_from=args.date_from, date_to=args.date_to, purpose=args.purpose,
                      state=args.state)

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = exports.export_visits(database, actor, flt, Sort("arrived_at"), args.out,
                                       translate, control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} visit(s) -> {path}"))
        return said.format(count=result.count, path=result.path)

    return _run_report(args, ("VisitSheet", "Visits"), job)


def _export_complaints(args: argparse.Namespace, kind: str) -> int:
    """C10/C11 for a scheduled task: the same job as the window's "Complaint summary"."""
    from desk.services import complaint_reports

    def period() -> complaint_reports.Period:
        return complaint_reports.parse_period(kind, args.period)

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = complaint_reports.export_complaint_report(
            database, actor, period(), args.out, translate, control)
        rate = complaint_reports.complaint_rate_text(result.summary, translate)
        content = complaint_reports.satisfaction_text(result.summary, translate)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} complaint(s) -> {path}"))
        return f"{said.format(count=result.count, path=result.path)}\n{rate}\n{content}"

    return _run_report(args, ("ComplaintReport", "Complaints"), job, period)


def _print_callbacks(args: argparse.Namespace) -> int:
    """B4: the same batch job as the supervisor's dialog, written to a file and registered."""
    from desk.services import callback_documents

    selection = callback_documents.CallbackRange(args.date_from, args.date_to, args.department)

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        saved = callback_documents.save_batch(database, actor, selection, args.out, translate,
                                              control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{records} callback record(s), {pages} page(s) -> {path}"))
        return (said.format(records=len(saved.printed.records), pages=saved.issued.pages,
                            path=saved.path) + f"\nSHA-256 {saved.issued.sha256}")

    if args.date_to < args.date_from:
        print("desk: --to is before --from", file=sys.stderr)
        return EXIT_REFUSED
    return _run_report(args, ("Documents", "Callback record"), job)


def _export_inbound(args: argparse.Namespace) -> int:
    """W5: the day's inbound list for finance, the same job as the warehouse tab's export."""
    from desk.services import inbound

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = inbound.export_inbound(database, actor, args.day, args.out, translate,
                                               control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} line(s) taken in -> {path}"))
        return said.format(count=result.count, path=result.path)

    return _run_report(args, ("InboundSheet", "Taken in"), job)


def _export_gifts(args: argparse.Namespace) -> int:
    """G3: the gift issue list, the same job as the gifts page's export."""
    from desk.services import gift_exports

    first = args.day or args.date_from
    last = args.day or args.date_to or args.date_from

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = gift_exports.export_gift_issues(database, actor, first, last, args.out,
                                                 translate, control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} gift issue(s) -> {path}"))
        return said.format(count=result.count, path=result.path)

    if args.day and args.date_to:
        print("desk: --to goes with --from, not with --date", file=sys.stderr)
        return EXIT_REFUSED
    return _run_report(args, ("GiftSheet", "Issues"), job)


def _export_reconciliation(args: argparse.Namespace) -> int:
    """W9: the month's reconciliation, the same job as the stocktake page's export."""
    from desk.services import month_close

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = month_close.export_reconciliation(database, actor, args.month, args.out,
                                                   translate, control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} item(s) reconciled -> {path}"))
        return said.format(count=result.count, path=result.path)

    return _run_report(args, ("ReconciliationSheet", "Reconciliation"), job,
                       lambda: month_close.parse_month(args.month))


def _export_ledger(args: argparse.Namespace) -> int:
    """W7: the stock ledger of a range, the same job as the warehouse tab's export."""
    from desk.services import ledger_export

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        item_id = None
        if args.item:
            with database.read() as session:
                item_id = ledger_export.item_by_code(session, actor, args.item)
        selection = ledger_export.LedgerRange(args.date_from, args.date_to, item_id)
        result = ledger_export.export_ledger(database, actor, selection, args.out, translate,
                                             control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} movement(s) of {items} item(s) -> {path}"))
        return said.format(count=result.count, items=result.items, path=result.path)

    return _run_report(args, ("LedgerSheet", "Movements"), job, lambda: ledger_export.check_range(
        ledger_export.LedgerRange(args.date_from, args.date_to)))


def _papers() -> dict[str, Callable[[], tuple[str, SavePaper]]]:
    """``desk print DOCUMENT NUMBER``: each paper's name (its "Documents" word) and the
    service that saves it, imported only when that paper is printed."""
    def inspection() -> tuple[str, SavePaper]:
        from desk.services import delivery_papers
        return "Inspection sheet", delivery_papers.save_inspection_sheet

    def ticket() -> tuple[str, SavePaper]:
        from desk.services import parcel_ticket
        return "Storage ticket", parcel_ticket.save_ticket

    def invoice_request() -> tuple[str, SavePaper]:
        from desk.services import invoice_papers
        return "Invoice request", invoice_papers.save_request

    return {"inspection": inspection, "ticket": ticket, "invoice-request": invoice_request}


def _print_paper(args: argparse.Namespace, kind: str, save: SavePaper) -> int:
    """W4, P1, I4: one record's paper, the same as its tab's preview, written to a file and
    registered (a paper printed before says 副本); ``kind`` is the paper's name in the
    "Documents" words."""
    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        saved = save(database, actor, args.number, args.out, translate)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{paper} {number}, {pages} page(s) -> {path}"))
        return (said.format(paper=translate("Documents", kind),
                            number=saved.printed.records[0].reference,
                            pages=saved.issued.pages, path=saved.path)
                + f"\nSHA-256 {saved.issued.sha256}")

    return _run_report(args, ("Documents", kind), job)


def _export_invoices(args: argparse.Namespace) -> int:
    """I4: the invoices issued in a range for finance, the same job as the invoices tab's."""
    from desk.services import invoices

    def job(database: Database, actor: Actor, translate: Translate, control: JobControl) -> str:
        result = invoices.export_invoices(database, actor, args.date_from, args.date_to,
                                          args.out, translate, control)
        said = translate("CommandLine", QT_TRANSLATE_NOOP(
            "CommandLine", "{count} invoice line(s) -> {path}"))
        return said.format(count=result.count, path=result.path)

    return _run_report(args, ("InvoiceSheet", "Invoice lines"), job,
                       lambda: invoices.check_range(args.date_from, args.date_to))


def _verify(args: argparse.Namespace) -> int:
    """B4: the verdict in the person's language; 0 original or reprint, 1 altered or unknown,
    2 when the file cannot be read or the account may not check."""
    from desk.db import Database
    from desk.services import issued
    from desk.services.errors import DeskError

    settings = config.load_settings(args.command_db or args.db)
    with _translator(args.command_lang or args.lang or settings.language) as translate:
        try:
            pdf = args.file.read_bytes()
        except OSError as error:
            print(f"desk: {args.file}: {error.strerror or error}", file=sys.stderr)
            return EXIT_VERIFY_ERROR
        database = Database(settings.database_url)
        try:
            database.open()
            actor = _sign_in(database, args.user, lambda e: e.render(translate))
            if actor is None:
                return EXIT_VERIFY_ERROR
            with database.read() as session:
                verdict = issued.verify(session, actor, pdf)
                lines = issued.verdict_lines(verdict, translate)
        except DeskError as error:
            print(f"desk: {error.render(translate)}", file=sys.stderr)
            return EXIT_VERIFY_ERROR
        finally:
            database.dispose()
    print("\n".join(lines))
    print(f"SHA-256 {verdict.sha256}")
    return 0 if verdict.status in (issued.ORIGINAL, issued.REPRINT) else EXIT_VERIFY_DOUBTFUL


def no_screen() -> str | None:
    """Why the window cannot open here, said before Qt aborts with a message that blames a
    library (libxcb-cursor0) instead of the missing screen; None when it can."""
    if sys.platform != "linux" or any(
            os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return ("desk: there is no screen here (DISPLAY and WAYLAND_DISPLAY are not set), so the "
            "window cannot open.\n"
            "  - bash scripts/run.sh ...             opens it on a virtual screen (xvfb-run)\n"
            "  - QT_QPA_PLATFORM=offscreen desk ...  runs it without any screen\n"
            "  - desk demo --db URL                  fills a database, no window needed")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "export" and args.report == "inbound":
        return _export_inbound(args)
    if args.command == "export" and args.report == "gifts":
        return _export_gifts(args)
    if args.command == "export" and args.report == "reconciliation":
        return _export_reconciliation(args)
    if args.command == "export" and args.report == "ledger":
        return _export_ledger(args)
    if args.command == "export" and args.report == "invoices":
        return _export_invoices(args)
    if args.command == "export" and args.report == "visits":
        return _export_visits(args)
    if args.command == "export":
        kinds = {command: option for command, option, _, _ in _COMPLAINT_REPORTS}
        return _export_complaints(args, kinds[args.report])
    papers = _papers()
    if args.command == "print" and args.document in papers:
        return _print_paper(args, *papers[args.document]())
    if args.command == "print":
        return _print_callbacks(args)
    if args.command == "verify":
        return _verify(args)
    if args.command == "demo":
        url = args.demo_db or args.db or config.load_settings().database_url
        return _fill_demo(url, args.days, args.seed)
    if (reason := no_screen()) is not None:
        print(reason, file=sys.stderr)
        return 1
    url = args.db
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="desk-demo-"))
        url = f"sqlite:///{folder / 'demo.sqlite3'}"
        if _fill_demo(url, 21, 7) != 0:
            return 1
    from desk.app import run

    return run(url, args.lang)


if __name__ == "__main__":
    sys.exit(main())
