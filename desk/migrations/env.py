"""Alembic environment: the desk hands over its engine; SQLite migrates in batch mode."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from desk.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if not url:
            raise RuntimeError("no engine or sqlalchemy.url given to the migrations")
        engine = create_engine(url)
    with engine.begin() as connection:
        _run(connection)


if context.is_offline_mode():
    raise RuntimeError("the desk migrates online only")
run_migrations_online()
