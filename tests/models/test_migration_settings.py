"""Revision 0004 on a database that already holds settings: the rows survive and become
versioned (S4: no archive ever lost; S5: settings are never silently overwritten)."""

from __future__ import annotations

from dataclasses import replace

from alembic import command
from sqlalchemy import text

from desk.db import Database, alembic_config
from desk.services import settings, staff
from tests.models.test_migrations import empty_database  # noqa: F401 - the fixture


def test_s4_settings_written_before_0004_keep_their_value_and_get_version_1(
    empty_database: Database,  # noqa: F811
) -> None:
    config = alembic_config(empty_database.engine)
    command.upgrade(config, "0002")
    with empty_database.engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '15')"))
    command.upgrade(config, "head")
    with empty_database.transaction() as session:
        admin = staff.create_first_admin(session, "admin", "王管理", "admin-pass-1")
    with empty_database.read() as session:
        kept = settings.read_settings(session, admin)
    assert kept.idle_lock_minutes == 15 and dict(kept.versions) == {"idle_lock_minutes": 1}
    with empty_database.transaction() as session:
        saved = settings.save_settings(session, admin, replace(kept, idle_lock_minutes=25))
    assert dict(saved.versions) == {"idle_lock_minutes": 2}
