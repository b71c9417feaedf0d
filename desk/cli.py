"""``desk`` and ``python main.py``: the window, or a command on the same database.

    desk                      open the window (SQLite in the user's data directory)
    desk --db URL             open the window on another database
    desk --demo               open the window on a throwaway database full of demo data
    desk demo --db URL        fill a database with demo data, no window

Subcommands call the same services as the window; none has logic of its own. Later releases
add ``export`` and ``print`` here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from desk import __version__, config


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
    return parser


def _fill_demo(url: str, days: int, seed: int) -> int:
    from desk.db import Database
    from desk.services.demo import DEMO_ACCOUNTS, fill_demo
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
