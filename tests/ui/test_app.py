"""Start-up as a person meets it: a database that cannot be opened gets a calm dialog."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desk import app
from desk.services.errors import DatabaseUnavailable


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
