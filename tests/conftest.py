"""The test harness: a fresh, migrated database for every test, on SQLite or PostgreSQL.

``DESK_TEST_DATABASE_URL`` (set by scripts/test.sh after it starts a throwaway PostgreSQL
cluster) selects PostgreSQL; without it every test gets its own SQLite file. The schema is
migrated once per run: SQLite tests copy a migrated template file, PostgreSQL tests empty the
tables of the migrated test database.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from desk.db import Database
from desk.models import Base
from desk.services import staff
from desk.services.permissions import Actor

PG_URL = os.environ.get("DESK_TEST_DATABASE_URL", "")
BACKEND = "postgresql" if PG_URL else "sqlite"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_report_header() -> str:
    return f"desk database backend: {BACKEND}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if BACKEND != "sqlite":
        skip = pytest.mark.skip(reason="needs SQLite itself (see the test's docstring)")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> Iterator[None]:
    """Argon2 at production cost takes ~50 ms a hash; tests need the behaviour, not the cost."""
    original = staff.hasher
    staff.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    yield
    staff.hasher = original


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "desk.sqlite3"
    database = Database(f"sqlite:///{path}")
    database.open()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_migrated() -> str:
    database = Database(PG_URL)
    with database.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    database.open()
    database.dispose()
    return PG_URL


def _empty_pg_tables(database: Database) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if BACKEND == "postgresql":
        return str(request.getfixturevalue("_pg_migrated"))
    template: Path = request.getfixturevalue("_sqlite_template")
    path = tmp_path / "desk.sqlite3"
    shutil.copy(template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    if db.backend == "postgresql":
        _empty_pg_tables(db)
    db.open()
    yield db
    _background_work_done()
    db.dispose()


def _background_work_done() -> None:
    """A list's query still on Qt's thread pool must end before its database does (an open
    connection would be left behind). Qt only matters once a UI test has loaded it."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        qt_core.QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def admin(database: Database) -> Actor:
    with database.transaction() as session:
        return staff.create_first_admin(session, "admin", "王管理", "admin-pass-1")


def _staff_actor(database: Database, admin: Actor, username: str, name: str, role: str) -> Actor:
    with database.transaction() as session:
        info = staff.create_staff(session, admin, username, name, role, f"{username}-pass-1")
    return Actor(info.id, info.username, info.display_name, info.role)


@pytest.fixture
def clerk(database: Database, admin: Actor) -> Actor:
    """A counter clerk (前台客服)."""
    return _staff_actor(database, admin, "lisi", "李四", "counter")


@pytest.fixture
def supervisor(database: Database, admin: Actor) -> Actor:
    return _staff_actor(database, admin, "zhaoliu", "赵六", "supervisor")


@pytest.fixture
def warehouse_clerk(database: Database, admin: Actor) -> Actor:
    return _staff_actor(database, admin, "sunqi", "孙七", "warehouse")
