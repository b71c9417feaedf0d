"""Engine, sessions and migrations from one URL.

SQLite (the default) runs in WAL mode with foreign keys on and ``synchronous=FULL`` so a
crash mid-write never loses a committed record (S4). PostgreSQL is chosen by the URL alone.
Each user action is one transaction: :meth:`Database.transaction` commits on success and rolls
back on any exception; database failures come out as :class:`DatabaseUnavailable`, which the
window shows as a calm dialog instead of a traceback; a damaged or foreign file comes out as
:class:`DatabaseDamaged`.

An SQLite file's folder is created only for the default location in the user's data directory.
A folder named explicitly (``--db``, ``DESK_DATABASE_URL``, config.json) that does not exist is
refused: it is most often a network share that is not connected, and a new empty archive there
would split the records across two files.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk import config
from desk.migrations import HEAD
from desk.services.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseUnavailable,
    StaleEdit,
    is_damage,
)

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """Let people write ``postgresql://`` and still get the psycopg 3 driver we ship."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe_url(url: str) -> str:
    """The database as the status bar shows it: never the password."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database or ':memory:'}"
    return f"PostgreSQL {parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, say when transactions begin (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """Writers take the write lock up front (BEGIN IMMEDIATE).

    In WAL mode a transaction that first reads and then writes fails at once with "database is
    locked" if another counter committed in between, however long busy_timeout is. Taking the
    lock at BEGIN makes the second writer wait its turn instead; readers never wait.
    """
    if conn.get_execution_options().get("desk_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def create_desk_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": 5, "application_name": "desk"}
    )


def sqlite_file(url: str) -> Path | None:
    """The SQLite database file of ``url``; None for a server or an in-memory database."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if str(parsed.database).startswith("file:"):
        return None  # a URI filename: SQLite's own rules, left to SQLite
    return Path(str(parsed.database)).expanduser()


def _is_default_location(folder: Path) -> bool:
    return folder.absolute() == config.data_dir().absolute()


def prepare_folder(url: str) -> None:
    """Create the default location's folder on first use; refuse a missing explicit folder.

    A path whose "folder" is something else (a regular file) is left for SQLite to report as
    a file that cannot be opened.
    """
    path = sqlite_file(url)
    if path is None or path.parent.exists():
        return
    if _is_default_location(path.parent):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable.from_exception(describe_url(url), exc) from exc
        return
    raise DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "DeskMessages",
            "The folder {folder} of the database does not exist. If it is on a network drive, "
            "connect the drive; otherwise correct the database setting (--db, "
            "DESK_DATABASE_URL or config.json). The desk does not start a new, empty database "
            "there, so that the records are not split across two files.",
        ),
        detail=str(path),
        folder=str(path.parent),
    )


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine) -> None:
    """Apply the migrations, unless the database is current already (the common start)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


class Database:
    """One URL: the engine, the session factory, the migrations, and transactions."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        try:
            self.description = describe_url(self.url)
            self.engine = create_desk_engine(self.url)
        except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
            # A typo in DESK_DATABASE_URL or config.json: say so, calmly.
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "The database setting “{where}” is not a database address. Correct "
                    "DESK_DATABASE_URL or the desk's config.json.",
                ),
                detail=str(exc),
                where=url,
            ) from exc
        self._writer = sessionmaker(
            self.engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def open(self) -> None:
        """Connect and bring the schema to the newest revision; fails calmly."""
        prepare_folder(self.url)
        try:
            upgrade_to_head(self.engine)
        except (DBAPIError, SQLAlchemyError, OSError) as exc:
            raise DatabaseUnavailable.from_exception(self.description, exc) from exc
        except Exception as exc:
            if type(exc).__name__ != "CommandError":  # alembic.util.exc, imported lazily
                raise
            # Another counter's newer desk migrated this database past what we know.
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "DeskMessages",
                    "The database {where} was set up by a newer version of the desk. Update "
                    "the desk on this computer before using it.",
                ),
                detail=str(exc),
                where=self.description,
            ) from exc

    def has_tables(self) -> bool:
        return inspect(self.engine).has_table("staff")

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Session]:
        """One user action: commit on success, roll back on any error.

        ``write=False`` for actions that only read (paging a list, a search): on SQLite they
        never wait for a writer.
        """
        session = (self._writer if write else self._reader)()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise StaleEdit(
                QT_TRANSLATE_NOOP(
                    "DeskMessages", "Someone else saved this record at the same moment. Reload it."
                )
            ) from exc
        except (OperationalError, InterfaceError) as exc:
            session.rollback()
            raise DatabaseUnavailable.from_exception(self.description, exc) from exc
        except DatabaseError as exc:
            # SQLite reports a damaged page or a foreign file as a plain DatabaseError, at
            # whatever query first touches it (a list opened in the window, hours after start).
            with suppress(SQLAlchemyError):
                session.rollback()  # on a damaged file even the rollback may fail
            if is_damage(exc):
                raise DatabaseUnavailable.from_exception(self.description, exc) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> AbstractContextManager[Session]:
        return self.transaction(write=False)

    def dispose(self) -> None:
        self.engine.dispose()
