"""S3: the database failing under an open window is calm on every tab. The desk is open with
every tab (the administrator's); then the file is destroyed. Each tab and page brought to the
front loads its list and meets the damage: a line over the list or the calm "Database
damaged" dialog, never "Something went wrong" and never a crash report."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desk import app, config
from desk.db import Database
from desk.services.permissions import Actor
from tests.ui.windows import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.sqlite_only
@pytest.mark.qt_no_exception_capture
def test_s3_every_tab_meets_a_destroyed_database_calmly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database,
    admin: Actor,
) -> None:
    """SQLite only: the file is overwritten with random bytes while the window is open."""
    logs = tmp_path / "logs"
    monkeypatch.setattr(config, "log_dir", lambda: logs)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app._install_crash_handler()
    titles: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: titles.append(box.windowTitle()) or 0)
    window = open_window(qtbot, database, admin, (1366, 768))
    assert window.tabs.count() == 10

    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    path = make_url(database.url).database
    assert path is not None
    size = Path(path).stat().st_size
    Path(path).write_bytes(random.Random(5).randbytes(size))

    walked = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        refresh = getattr(tab, "refresh", None)
        if callable(refresh):
            refresh()
        pages = [w for w in tab.findChildren(QTabWidget) if w.isVisibleTo(tab)]
        for inner in pages:
            for page in range(inner.count()):
                inner.setCurrentIndex(page)
                qtbot.wait(50)
        qtbot.wait(100)
        walked.append(window.tabs.tabText(index))
    qtbot.wait(300)

    assert len(walked) == 10
    assert titles == ["Database damaged"]  # said once, not once per list and detail
    assert not logs.exists() or not list(logs.glob("crash-*")), sorted(logs.glob("crash-*"))
