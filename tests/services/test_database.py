"""The environment failing (S4): a server down, a file that cannot be opened, a lock held by
another program. Each comes out as DatabaseUnavailable with words a clerk can act on, never
a traceback."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError

from desk import config
from desk.db import Database, describe_url, normalise_url
from desk.models import Customer
from desk.services import customers
from desk.services.customers import CustomerInput
from desk.services.errors import DatabaseDamaged, DatabaseUnavailable, is_damage
from desk.services.permissions import Actor
from tests.services.helpers import add_customer, count_rows

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


# --- A damaged or foreign file (issue 5, section 6) ----------------------------------------


def _damage_table(database: Database, table: str) -> None:
    """Overwrite the root page of ``table`` with random bytes, as a failing disk would."""
    path = make_url(database.url).database
    assert path is not None
    with database.engine.connect() as conn:
        root = conn.exec_driver_sql(
            f"SELECT rootpage FROM sqlite_master WHERE name = '{table}'"
        ).scalar_one()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(random.Random(5).randbytes(page_size))


def _assert_damaged(error: DatabaseUnavailable) -> None:
    assert isinstance(error, DatabaseDamaged)
    _assert_readable(error, "damaged", "restore the latest backup", "left the file as it is")
    assert "network" not in error.text() and "cannot be reached" not in error.text()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "content",
    [
        random.Random(1).randbytes(64 * 1024),
        "售后台账 2026\n".encode() * 200,
        b"SQLite format 3\x00" + bytes(200),
    ],
    ids=["random_bytes", "text_file", "bad_header"],
)
def test_foreign_or_damaged_file_at_start_is_database_damaged_and_kept(
    tmp_path: Path, content: bytes
) -> None:
    """sqlite_only: it is about a file. "file is not a database" used to be called a
    network problem; now it is named, and the file is left exactly as it was."""
    path = tmp_path / "desk.sqlite3"
    path.write_bytes(content)
    database = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(DatabaseUnavailable) as failed:
            database.open()
    finally:
        database.dispose()
    _assert_damaged(failed.value)
    assert path.read_bytes() == content


@pytest.mark.sqlite_only
def test_malformed_table_met_later_is_database_damaged_not_a_bug(
    database: Database, clerk: Actor
) -> None:
    """sqlite_only: SQLite's page format. The schema and alembic_version are intact, so the
    desk opens; "database disk image is malformed" comes from the first list that reads the
    damaged table, hours later, and used to escape as a crash report."""
    for i in range(200):
        add_customer(database, clerk, f"张三{i}", company="某某有限公司" * 10)
    _damage_table(database, "customers")
    database.open()  # the start itself does not read the damaged table
    with pytest.raises(DatabaseUnavailable) as failed, database.read() as session:
        customers.search_customers(session, clerk, "张")
        session.execute(text("SELECT count(*), max(name) FROM customers")).one()
    _assert_damaged(failed.value)
    assert "malformed" in failed.value.detail


def test_integrity_errors_are_not_mistaken_for_damage(database: Database, clerk: Actor) -> None:
    """A duplicate or a broken rule stays what it is: only damage becomes DatabaseDamaged."""
    add_customer(database, clerk, "张三")
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.execute(text("INSERT INTO customers (id) VALUES (1)"))


@pytest.mark.parametrize(
    ("sqlstate", "message", "damaged"),
    [
        ("XX001", "invalid page in block 7 of relation base/16384/16385", True),
        ("XX002", "index \"ix_customers\" contains unexpected zero page", True),
        ("08006", "server closed the connection unexpectedly", False),
        ("22P02", "malformed array literal", False),
    ],
)
def test_postgresql_data_corruption_is_damage(
    sqlstate: str, message: str, damaged: bool
) -> None:
    class DriverError(Exception):
        pass

    orig = DriverError(message)
    orig.sqlstate = sqlstate  # type: ignore[attr-defined]
    wrapped = DBAPIError("SELECT 1", None, orig)
    assert is_damage(wrapped) is damaged
    error = DatabaseUnavailable.from_exception("PostgreSQL db:5432/desk", wrapped)
    assert isinstance(error, DatabaseDamaged) is damaged


# --- An explicit database folder that is missing (issue 5, section 6) -------------------------


@pytest.mark.sqlite_only
def test_explicit_database_in_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    """sqlite_only: a file path. An unmounted share looks like a missing folder; a new empty
    archive there would split the records across two files."""
    share = tmp_path / "share" / "desk"
    database = Database(f"sqlite:///{share / 'desk.sqlite3'}")
    try:
        with pytest.raises(DatabaseUnavailable) as failed:
            database.open()
    finally:
        database.dispose()
    _assert_readable(failed.value, str(share), "does not exist", "network drive")
    assert not share.exists() and not share.parent.exists()


@pytest.mark.sqlite_only
def test_explicit_database_in_an_existing_folder_may_be_new(tmp_path: Path) -> None:
    """sqlite_only: a file path. The administrator sets up a new shared archive by naming a
    file in an existing folder."""
    database = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        database.open()
        assert database.has_tables()
    finally:
        database.dispose()


@pytest.mark.sqlite_only
def test_default_location_is_created_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sqlite_only: the default is an SQLite file in the user's data directory."""
    data = tmp_path / "home" / ".local" / "share" / "service-desk"
    monkeypatch.setattr(config, "data_dir", lambda: data)
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)
    monkeypatch.setattr(config, "load_config", dict)
    settings = config.load_settings()
    assert settings.database_url == f"sqlite:///{data / 'desk.sqlite3'}"
    database = Database(settings.database_url)
    try:
        database.open()
    finally:
        database.dispose()
    assert (data / "desk.sqlite3").is_file()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("source", ["option", "environment", "config_file"])
def test_every_explicit_setting_with_a_missing_folder_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    """sqlite_only: a file path. --db, DESK_DATABASE_URL and config.json are all explicit."""
    monkeypatch.setattr(config, "data_dir", lambda: tmp_path / "data")
    url = f"sqlite:///{tmp_path / 'missing' / 'desk.sqlite3'}"
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)
    monkeypatch.setattr(config, "load_config", dict)
    if source == "environment":
        monkeypatch.setenv(config.ENV_DATABASE_URL, url)
    elif source == "config_file":
        monkeypatch.setattr(config, "load_config", lambda: {"database_url": url})
    settings = config.load_settings(url if source == "option" else None)
    assert settings.database_url == url
    database = Database(settings.database_url)
    try:
        with pytest.raises(DatabaseUnavailable, match="does not exist"):
            database.open()
    finally:
        database.dispose()
    assert not (tmp_path / "missing").exists()
