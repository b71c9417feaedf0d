"""Settings live in the database (DESIGN, Configuration): typed, validated, permission-checked
(only the administrator changes them), audited (S3), and never silently overwritten (S5)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.models import Setting
from desk.services import settings
from desk.services.errors import DomainError, PermissionDenied, StaleEdit
from desk.services.permissions import Actor
from desk.services.settings import DeskSettings
from tests.services.helpers import audit_entries


def read(database: Database, actor: Actor) -> DeskSettings:
    with database.read() as session:
        return settings.read_settings(session, actor)


def save(database: Database, actor: Actor, wanted: DeskSettings) -> DeskSettings:
    with database.transaction() as session:
        return settings.save_settings(session, actor, wanted)


def test_k2_idle_lock_defaults_to_ten_minutes_for_every_role(
    database: Database, admin: Actor, clerk: Actor, supervisor: Actor, warehouse_clerk: Actor
) -> None:
    for actor in (admin, clerk, supervisor, warehouse_clerk):
        loaded = read(database, actor)
        assert loaded.idle_lock_minutes == 10
        assert loaded.store_name == ""


def test_k2_admin_sets_idle_minutes_and_store_name_and_each_change_is_audited(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    saved = save(database, admin, replace(read(database, admin), idle_lock_minutes=3,
                                          store_name="  新街口店  "))
    assert (saved.idle_lock_minutes, saved.store_name) == (3, "新街口店")
    assert read(database, clerk) == saved  # every counter reads the same values
    changes = audit_entries(database, "setting.change")
    assert [(e.staff_id, e.entity, e.before, e.after) for e in changes] == [
        (admin.id, "setting", {"key": "store_name", "value": ""},
         {"key": "store_name", "value": "新街口店"}),
        (admin.id, "setting", {"key": "idle_lock_minutes", "value": 10},
         {"key": "idle_lock_minutes", "value": 3}),
    ]
    again = save(database, admin, replace(saved, idle_lock_minutes=30))
    assert again.idle_lock_minutes == 30
    last = audit_entries(database, "setting.change")[-1]
    assert (last.before, last.after) == ({"key": "idle_lock_minutes", "value": 3},
                                         {"key": "idle_lock_minutes", "value": 30})
    assert len(audit_entries(database, "setting.change")) == 3  # the unchanged name: no row


def test_k2_saving_unchanged_settings_writes_nothing(database: Database, admin: Actor) -> None:
    save(database, admin, read(database, admin))
    assert audit_entries(database, "setting.change") == []
    with database.read() as session:
        assert session.scalars(select(Setting)).all() == []


@pytest.mark.parametrize("minutes", [0, -5, 241, 10_000])
def test_k2_idle_minutes_outside_1_to_240_are_refused_next_to_the_field(
    database: Database, admin: Actor, minutes: int
) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        settings.save_settings(session, admin, replace(DeskSettings(), idle_lock_minutes=minutes))
    assert refused.value.field == "idle_lock_minutes"
    assert "1 to 240 minutes" in refused.value.text()
    assert read(database, admin).idle_lock_minutes == 10
    assert audit_entries(database, "setting.change") == []


def test_k2_idle_minutes_must_be_a_whole_number(database: Database, admin: Actor) -> None:
    for wrong in ("10", 2.5, True, None):
        with pytest.raises(DomainError), database.transaction() as session:
            settings.save_settings(
                session, admin, replace(DeskSettings(), idle_lock_minutes=wrong))  # type: ignore[arg-type]


def test_store_name_is_cleaned_and_limited(database: Database, admin: Actor) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        settings.save_settings(session, admin, replace(DeskSettings(), store_name="店" * 41))
    assert refused.value.field == "store_name"
    saved = save(database, admin, replace(DeskSettings(), store_name="鼓楼\x07  店"))
    assert saved.store_name == "鼓楼 店"


@pytest.mark.parametrize("role", ["counter", "supervisor", "warehouse"])
def test_s2_only_the_administrator_changes_settings(
    database: Database, admin: Actor, clerk: Actor, supervisor: Actor, warehouse_clerk: Actor,
    role: str,
) -> None:
    actor = {"counter": clerk, "supervisor": supervisor, "warehouse": warehouse_clerk}[role]
    with pytest.raises(PermissionDenied), database.transaction() as session:
        settings.save_settings(session, actor, replace(DeskSettings(), idle_lock_minutes=240))
    assert read(database, admin).idle_lock_minutes == 10
    assert audit_entries(database, "setting.change") == []


def test_s5_second_administrator_saving_over_a_change_is_refused_with_the_first_name(
    database: Database, admin: Actor
) -> None:
    from desk.services import staff

    with database.transaction() as session:
        info = staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    other = Actor(info.id, info.username, info.display_name, info.role)
    mine, theirs = read(database, admin), read(database, other)
    save(database, other, replace(theirs, idle_lock_minutes=5))
    with pytest.raises(StaleEdit) as refused, database.transaction() as session:
        settings.save_settings(session, admin, replace(mine, idle_lock_minutes=60))
    assert "钱管理" in refused.value.text()
    assert read(database, admin).idle_lock_minutes == 5
    # Read again, the change goes through.
    assert save(database, admin, replace(read(database, admin), idle_lock_minutes=60)
                ).idle_lock_minutes == 60


def test_an_unusable_stored_value_falls_back_to_the_default(
    database: Database, admin: Actor
) -> None:
    """Written by hand or by a newer desk: the desk still starts, with the safe default."""
    with database.transaction() as session:
        session.add(Setting(key="idle_lock_minutes", value="soon"))
    assert read(database, admin).idle_lock_minutes == 10


@pytest.mark.parametrize("stored_first", [False, True], ids=["new-row", "existing-row"])
def test_s5_two_administrators_saving_at_the_same_instant_one_wins_one_is_told(
    database: Database, admin: Actor, stored_first: bool
) -> None:
    """Both read the same settings, both press OK together: on PostgreSQL the second INSERT
    collides with the first (new row) or the second UPDATE matches no row (version moved);
    on SQLite the writers queue and the second sees the first's version. Either way exactly
    one change is stored and audited, and the other administrator gets StaleEdit."""
    import threading

    from desk.services import staff

    if stored_first:
        save(database, admin, replace(read(database, admin), idle_lock_minutes=20))
    with database.transaction() as session:
        info = staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    other = Actor(info.id, info.username, info.display_name, info.role)
    loaded = {a.id: read(database, a) for a in (admin, other)}
    audited_before = len(audit_entries(database, "setting.change"))
    start = threading.Barrier(2)
    results: dict[int, object] = {}

    def press_ok(actor: Actor, minutes: int) -> None:
        start.wait()
        try:
            results[actor.id] = save(
                database, actor, replace(loaded[actor.id], idle_lock_minutes=minutes))
        except StaleEdit as refused:
            results[actor.id] = refused

    threads = [threading.Thread(target=press_ok, args=(admin, 5)),
               threading.Thread(target=press_ok, args=(other, 60))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    refused = [r for r in results.values() if isinstance(r, StaleEdit)]
    saved = [r for r in results.values() if isinstance(r, DeskSettings)]
    assert len(refused) == len(saved) == 1
    assert read(database, admin).idle_lock_minutes == saved[0].idle_lock_minutes
    assert len(audit_entries(database, "setting.change")) == audited_before + 1
