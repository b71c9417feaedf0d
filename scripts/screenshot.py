"""Render the desk's window with the demo data to docs/screenshot.png (used by the README).

    .venv/bin/python scripts/screenshot.py [--lang zh_CN|en] [--out docs/screenshot.png]

Runs offscreen unless a display is set. The README's picture is a counter PC's screen:
``xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshot.py`` (the window
opens fitted to the screen, so the offscreen platform's 800×800 gives a cramped picture).
It fills a throwaway SQLite database with the demo data, signs in as the counter clerk,
searches ``zs`` in the customer box so the suggestions show, and grabs the window together
with the suggestion popup.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--user", default="counter", help="demo account to sign in as")
    parser.add_argument("--search", default="zs", help="text typed into the customer box")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from desk.app import build_main_window, create_application
    from desk.db import Database
    from desk.demo import DEMO_ACCOUNTS, fill_demo
    from desk.services import staff

    app = create_application(args.lang)
    folder = Path(tempfile.mkdtemp(prefix="desk-shot-"))
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    database.open()
    fill_demo(database)
    password = next(p for u, _n, _r, p in DEMO_ACCOUNTS if u == args.user)
    with database.transaction() as session:
        outcome = staff.sign_in(session, args.user, password)
    assert outcome.actor is not None, outcome.error
    window = build_main_window(database, outcome.actor, args.lang)
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    popup = None
    if window.reception is not None and args.search:
        search = window.reception.form.search
        search.setFocus()
        search.setText(args.search)
        search.search_now()
        app.processEvents()
        popup = search.suggestions_view()
        rows = popup.model().rowCount()
        popup.resize(max(search.width() // 2, 420),
                     popup.sizeHintForRow(0) * rows + 2 * popup.frameWidth())
        app.processEvents()
    picture = window.grab()
    if popup is not None and window.reception is not None:
        # The suggestion list is a popup window of its own: paint it where it opens.
        search = window.reception.form.search
        painter = QPainter(picture)
        painter.drawPixmap(search.mapTo(window, QPoint(0, search.height())), popup.grab())
        painter.end()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    picture.save(str(out))
    print(f"wrote {out} ({picture.width()}x{picture.height()})")
    window.close()
    database.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
