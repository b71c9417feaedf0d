"""Start-up as a person meets it: a database that cannot be opened gets a calm dialog."""

from __future__ import annotations

import os
import random
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from desk import app, config
from desk.db import Database
from desk.services import customers, reception
from desk.services.customers import CustomerInput
from desk.services.errors import DatabaseDamaged, DatabaseUnavailable
from desk.services.permissions import Actor
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.sign_in import SignInDialog
from desk.ui.errors import show_error
from tests.ui.keyboard import type_text


def _refusals(url: str) -> list[DatabaseUnavailable]:
    seen: list[DatabaseUnavailable] = []

    def retry(error: DatabaseUnavailable) -> bool:
        seen.append(error)
        return len(seen) < 2  # the clerk presses Retry once, then Quit

    assert app.open_database(url, retry) is None
    return seen


def test_postgresql_down_asks_to_retry_then_quits_calmly() -> None:
    seen = _refusals("postgresql+psycopg://desk@127.0.0.1:1/desk")
    assert len(seen) == 2
    assert "cannot be reached" in seen[0].text()
    assert "Traceback" not in seen[0].text()


def test_a_mistyped_database_setting_is_named_not_a_traceback() -> None:
    seen = _refusals("not a url")
    assert "is not a database address" in seen[0].text()


@pytest.mark.sqlite_only
def test_unwritable_sqlite_folder_says_what_to_do(tmp_path: Path) -> None:
    """SQLite only: the failure is about a file on this machine, not a server."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    seen = _refusals(f"sqlite:///{blocker / 'desk.sqlite3'}")
    assert seen and "cannot" in seen[0].text()


@pytest.mark.sqlite_only
def test_read_only_sqlite_file_gets_a_calm_message(tmp_path: Path, database_url: str) -> None:
    """SQLite only: file permissions. Skipped as root, who may write anyway."""
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    path = Path(database_url.removeprefix("sqlite:///"))
    path.chmod(stat.S_IRUSR)
    seen = _refusals(database_url)
    assert seen


def test_s1_first_start_shows_sign_in_at_once_then_asks_for_the_administrator(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sign-in window is up before the database is open; on an empty database the
    administrator is created first (no default password), then the person signs in."""
    url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
    seen_disabled: list[bool] = []

    def create_admin(dialog: FirstAdminDialog) -> int:
        type_text(qtbot, dialog.findChild(QLineEdit, "username"), "boss")
        type_text(qtbot, dialog.findChild(QLineEdit, "displayName"), "王老板")
        for name in ("password", "repeatPassword"):
            type_text(qtbot, dialog.findChild(QLineEdit, name), "boss-pass-1")
        qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
        return int(dialog.result())

    def sign_in_when_ready(dialog: SignInDialog) -> int:
        button = dialog.findChild(QPushButton, "signInButton")
        seen_disabled.append(not button.isEnabled())
        dialog.show()
        qtbot.waitUntil(button.isEnabled, timeout=10_000)
        assert dialog.findChild(QLineEdit, "username").text() == "boss"  # prefilled
        type_text(qtbot, dialog.findChild(QLineEdit, "password"), "boss-pass-1")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(FirstAdminDialog, "exec", create_admin)
    monkeypatch.setattr(SignInDialog, "exec", sign_in_when_ready)
    database, actor = app.first_sign_in(url)
    assert seen_disabled == [True]  # shown before the database was ready
    assert database is not None and actor is not None
    assert (actor.username, actor.role) == ("boss", "admin")
    database.dispose()


def test_database_down_at_first_sign_in_offers_retry_then_quits(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def wait_for_refusal(dialog: SignInDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", wait_for_refusal)
    database, actor = app.first_sign_in(
        "postgresql+psycopg://desk@127.0.0.1:1/desk",
        lambda error: asked.append(error.text()) is not None,  # Quit at once
    )
    assert (database, actor) == (None, None)
    assert asked and "cannot be reached" in asked[0]


# --- A damaged or foreign database file (issue 5, section 6) ---------------------------------


def _write_foreign_file(path: Path) -> bytes:
    content = random.Random(9).randbytes(32 * 1024)
    path.write_bytes(content)
    return content


def _record_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """Message boxes as the clerk would see them: title, text and button labels."""
    shown: list[tuple[str, str, list[str]]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.mark.sqlite_only
def test_foreign_file_at_start_is_named_damaged_offers_no_retry_and_is_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite only: a file. A file of random bytes used to be "cannot be reached, check the
    network cable"; now the start says it is damaged, what to do, and offers only Close."""
    path = tmp_path / "desk.sqlite3"
    content = _write_foreign_file(path)
    seen = _refusals(f"sqlite:///{path}")
    assert isinstance(seen[0], DatabaseDamaged)
    assert "restore the latest backup" in seen[0].text()
    assert "network" not in seen[0].text()

    shown = _record_boxes(monkeypatch)
    assert app.ask_retry(seen[0]) is False
    [(title, text, buttons)] = shown
    assert title == "Database damaged" and "backup" in text
    assert "Retry" not in buttons
    assert path.read_bytes() == content


@pytest.mark.sqlite_only
def test_foreign_file_at_first_sign_in_closes_calmly(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite only: a file. The real start path: sign-in window first, the database behind it."""
    path = tmp_path / "desk.sqlite3"
    _write_foreign_file(path)
    shown = _record_boxes(monkeypatch)

    def wait_for_refusal(dialog: SignInDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        return int(dialog.result())

    monkeypatch.setattr(SignInDialog, "exec", wait_for_refusal)
    database, actor = app.first_sign_in(f"sqlite:///{path}")  # the real ask_retry
    assert (database, actor) == (None, None)
    assert [title for title, _text, _buttons in shown] == ["Database damaged"]


@pytest.mark.sqlite_only
@pytest.mark.qt_no_exception_capture
def test_damaged_table_met_in_the_window_is_a_calm_dialog_not_a_crash_report(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, database: Database,
    clerk: Actor,
) -> None:
    """SQLite only: SQLite's page format. The desk opens (the schema is intact); the visit
    list meets "database disk image is malformed" and used to write a crash report at every
    start. Now the clerk sees "Database damaged" and no report is written."""
    with database.transaction() as session:
        for i in range(150):
            found = customers.create_customer(
                session, clerk, CustomerInput(f"张三{i}", company="某某有限公司" * 10)
            )
            reception.log_visit(session, clerk, found.id, "inquiry", "带发票" * 40)
    path = make_url(database.url).database
    assert path is not None
    with database.engine.connect() as conn:
        root = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = 'visits'"
        ).scalar_one()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    with open(path, "r+b") as file:
        file.seek((root - 1) * 4096)
        file.write(random.Random(3).randbytes(4096))

    logs = tmp_path / "logs"
    monkeypatch.setattr(config, "log_dir", lambda: logs)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shown = _record_boxes(monkeypatch)
    app._install_crash_handler()
    database.open()
    try:
        window = app.build_main_window(database, clerk, "en")
    except DatabaseUnavailable as error:  # met while building: run() shows it, then quits
        show_error(None, error)
    else:
        qtbot.addWidget(window)
        window.present()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert {title for title, _text, _buttons in shown} == {"Database damaged"}
    assert not logs.exists() or not list(logs.glob("crash-*"))
