"""The schema (S4: no archive ever lost): the migrations build it from nothing, they agree with
the models, and SQLite runs with the settings that survive a crash mid-write."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from desk import migrations
from desk.db import Database, alembic_config, current_revision
from desk.migrations import HEAD
from desk.models import Base, Visit
from desk.services import clock, staff
from desk.services.errors import DatabaseUnavailable
from tests.conftest import BACKEND, PG_URL


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    """A database with nothing in it: a new SQLite file, or a new database on the test server
    (created and dropped through an AUTOCOMMIT connection; CREATE DATABASE cannot run inside a
    transaction)."""
    if BACKEND == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
        yield database
        database.dispose()
        return
    name = f"desk_migrations_{uuid.uuid4().hex[:12]}"
    server = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        database = Database(make_url(PG_URL).set(database=name).render_as_string(False))
        try:
            yield database
        finally:
            database.dispose()
            with server.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        server.dispose()


def _head() -> str | None:
    return ScriptDirectory(str(Path(migrations.__file__).parent)).get_current_head()


def test_s4_migrations_upgrade_an_empty_database_to_head(empty_database: Database) -> None:
    assert not empty_database.has_tables()
    empty_database.open()
    assert empty_database.has_tables()
    assert current_revision(empty_database.engine) == _head()
    tables = set(inspect(empty_database.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    # Opening again is a no-op, not an error.
    empty_database.open()


def test_s4_models_and_migrations_agree(empty_database: Database) -> None:
    """Autogenerate against the freshly migrated schema finds nothing to do: no table,
    column, type, index, constraint or foreign key the models have and the migrations lack."""
    empty_database.open()
    with empty_database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_s4_migrations_downgrade_to_base_and_up_again(empty_database: Database) -> None:
    empty_database.open()
    config = alembic_config(empty_database.engine)
    command.downgrade(config, "base")
    assert set(inspect(empty_database.engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(config, "head")
    assert current_revision(empty_database.engine) == _head()


def test_s4_head_constant_matches_alembic() -> None:
    """desk.migrations.HEAD lets the window skip importing Alembic when the schema is current;
    a new revision must move it too."""
    assert _head() == migrations.HEAD


@pytest.mark.sqlite_only
def test_s4_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(database: Database) -> None:
    """sqlite_only: SQLite's own durability settings (PostgreSQL is durable by default)."""
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_s4_foreign_keys_are_enforced(database: Database) -> None:
    """A visit cannot point at staff that do not exist, on either backend."""
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Visit(number="JD-20261125-9999", purpose="inquiry", handler_id=4242,
                          arrived_at=clock.now(), notes="", outcome=""))
        session.flush()


def test_s4_check_constraints_are_enforced(database: Database) -> None:
    with database.transaction() as session:
        admin = staff.create_first_admin(session, "admin", "王管理", "admin-pass-1")
    with pytest.raises(IntegrityError), database.transaction() as session:
        session.add(Visit(number="JD-20261125-9999", purpose="shopping", handler_id=admin.id,
                          arrived_at=clock.now(), notes="", outcome=""))
        session.flush()


def test_a_database_from_a_newer_desk_gets_a_calm_message(database: Database) -> None:
    """Another counter upgraded first: this desk must say 'update me', not crash."""
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    stale = Database(database.url)
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            stale.open()
        assert "newer version of the desk" in refused.value.text()
    finally:
        with database.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{HEAD}'")
        stale.dispose()
