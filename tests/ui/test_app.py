"""Start-up as a person meets it: a database that cannot be opened gets a calm dialog."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desk import app
from desk.services.errors import DatabaseUnavailable
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.sign_in import SignInDialog
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
