"""The environment failing (S4): a server down, a file that cannot be opened, a lock held by
another program. Each comes out as DatabaseUnavailable with words a clerk can act on, never
a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from desk.db import Database, describe_url, normalise_url
from desk.models import Customer
from desk.services import customers
from desk.services.customers import CustomerInput
from desk.services.errors import DatabaseUnavailable
from desk.services.permissions import Actor
from tests.services.helpers import count_rows

UNREACHABLE = "postgresql+psycopg://u@127.0.0.1:1/x"


def _assert_readable(error: DatabaseUnavailable, *words: str) -> None:
    message = error.text()
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and "File \"" not in message
    assert "\n" not in error.detail


def test_s4_unreachable_postgresql_is_database_unavailable() -> None:
    database = Database(UNREACHABLE)
    try:
        with pytest.raises(DatabaseUnavailable) as failed:
            database.open()
    finally:
        database.dispose()
    _assert_readable(failed.value, "PostgreSQL 127.0.0.1:1/x", "cannot be reached")
    assert "refused" in failed.value.detail.lower()


def test_s4_unreachable_server_mid_action_is_database_unavailable() -> None:
    database = Database(UNREACHABLE)
    try:
        with pytest.raises(DatabaseUnavailable) as failed, database.transaction() as session:
            session.execute(text("SELECT 1"))
    finally:
        database.dispose()
    _assert_readable(failed.value, "cannot be reached")


@pytest.mark.parametrize("url", ["not a url", "mysql+nosuchdriver://u@h/db", "sqlite+x:///d"])
def test_s4_mistyped_database_setting_is_database_unavailable(url: str) -> None:
    with pytest.raises(DatabaseUnavailable) as failed:
        Database(url)
    _assert_readable(failed.value, "not a database address", url)


def test_s4_urls_are_normalised_and_described_without_password() -> None:
    assert normalise_url("postgresql://u:secret@db/desk") == "postgresql+psycopg://u:secret@db/desk"
    assert normalise_url("postgres://u@db/desk") == "postgresql+psycopg://u@db/desk"
    assert describe_url("postgresql://u:secret@db:5433/desk") == "PostgreSQL db:5433/desk"
    assert describe_url("sqlite:////srv/desk.sqlite3") == "SQLite /srv/desk.sqlite3"


@pytest.mark.sqlite_only
@pytest.mark.parametrize("where", ["under_a_file", "dev_null"])
def test_s4_sqlite_file_that_cannot_be_created_is_database_unavailable(
    tmp_path: Path, where: str
) -> None:
    """sqlite_only: it is about an SQLite file path. The tests run as root, who may write
    anywhere a chmod could forbid, so the folder is made impossible instead: a path whose
    "folder" is a regular file."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")
    path = blocker / "desk.sqlite3" if where == "under_a_file" else Path("/dev/null/x.sqlite3")
    database = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseUnavailable) as failed:
            database.open()
    finally:
        database.dispose()
    _assert_readable(failed.value, str(path), "cannot be opened")


@pytest.mark.sqlite_only
def test_s4_read_only_sqlite_file_is_database_unavailable(
    database: Database, clerk: Actor
) -> None:
    """sqlite_only: it is about the SQLite file. Root ignores permission bits, so the file is
    made immutable instead (chattr +i binds root too); skipped where the file system or the
    container does not allow that."""
    path = make_url(database.url).database
    assert path is not None
    with database.engine.connect() as conn:  # everything into the main file, then let go
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", path], capture_output=True).returncode:
        pytest.skip("cannot make a file immutable here (chattr +i)")
    try:
        with pytest.raises(DatabaseUnavailable) as failed, database.transaction() as session:
            customers.create_customer(session, clerk, CustomerInput("张三"))
        _assert_readable(failed.value, "read-only", "write access")
        assert count_rows(database, Customer) == 0  # reading still works
    finally:
        database.dispose()
        subprocess.run([chattr, "-i", path], check=True)


@pytest.mark.sqlite_only
def test_s4_locked_sqlite_is_database_unavailable(database: Database, clerk: Actor) -> None:
    """sqlite_only: SQLite's file lock. Another program holds the write lock (BEGIN
    IMMEDIATE); the desk waits its busy timeout (cut to 50 ms here), then says "locked"."""
    path = make_url(database.url).database
    assert path is not None
    database.dispose()  # new connections pick up the short timeout below

    def short_busy_timeout(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=50")

    event.listen(database.engine, "connect", short_busy_timeout)
    other_program = sqlite3.connect(path, isolation_level=None)
    try:
        other_program.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseUnavailable) as failed, database.transaction() as session:
            customers.create_customer(session, clerk, CustomerInput("张三"))
        _assert_readable(failed.value, "locked", "Close the other desk")
        # Reading still works while the other program writes (WAL).
        assert count_rows(database, Customer) == 0
    finally:
        other_program.rollback()
        other_program.close()
    # Once the lock is gone the same action goes through.
    with database.transaction() as session:
        customers.create_customer(session, clerk, CustomerInput("张三"))
    assert count_rows(database, Customer) == 1
