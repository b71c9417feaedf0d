"""Store-wide settings (DESIGN.md, Configuration): typed, validated, audited, in the database.

Every counter reads the same values, so an administrator changes the idle lock or the store's
name once for the whole store. Each setting is a field of :class:`DeskSettings` with its default
there and one validator in ``_VALIDATORS``; the field's name is its key in the ``settings``
table. SLA days and holiday overrides join the same way: a field and a validator line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.models import Setting, Staff
from desk.services import audit, clock
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, StaleEdit
from desk.services.permissions import Actor, authorize
from desk.services.validation import clean_text

log = logging.getLogger(__name__)

STORE_NAME_MAX = 40
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 1, 240  # minutes: a shared counter PC locks within four hours
STORAGE_DAYS_MIN, STORAGE_DAYS_MAX = 1, 365  # P4: how long the counter keeps a deposit


@dataclass(frozen=True)
class DeskSettings:
    store_name: str = ""
    # K2: a counter PC left signed in locks after this many minutes without input.
    idle_lock_minutes: int = 10
    # P4: a deposit still held after this many days is past the storage limit (and the
    # ticket says so).
    parcel_storage_days: int = 30
    # The stored version of each setting when these were read; save_settings refuses to
    # overwrite a change someone saved after that (S5). 0: not stored yet (the default).
    versions: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)


DEFAULTS = DeskSettings()


def _store_name(value: Any) -> str:
    name = clean_text(value if isinstance(value, str) else "")
    if len(name) > STORE_NAME_MAX:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."),
            "store_name",
            max=STORE_NAME_MAX,
        )
    return name


def _idle_lock_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (
        IDLE_LOCK_MIN <= value <= IDLE_LOCK_MAX
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "The desk locks after {min} to {max} minutes without input."
            ),
            "idle_lock_minutes",
            min=IDLE_LOCK_MIN,
            max=IDLE_LOCK_MAX,
        )
    return value


def _parcel_storage_days(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (
        STORAGE_DAYS_MIN <= value <= STORAGE_DAYS_MAX
    ):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "Deposits are kept for {min} to {max} days."
            ),
            "parcel_storage_days",
            min=STORAGE_DAYS_MIN,
            max=STORAGE_DAYS_MAX,
        )
    return value


# One line per setting: the check its value passes before it is stored (and when it is read).
_VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "store_name": _store_name,
    "idle_lock_minutes": _idle_lock_minutes,
    "parcel_storage_days": _parcel_storage_days,
}
assert set(_VALIDATORS) == {f.name for f in fields(DeskSettings)} - {"versions"}


def _stored(session: Session) -> dict[str, Setting]:
    rows = session.scalars(select(Setting).where(Setting.key.in_(_VALIDATORS)))
    return {row.key: row for row in rows}


def _settings_of(rows: Mapping[str, Setting]) -> DeskSettings:
    values: dict[str, Any] = {}
    for key, check in _VALIDATORS.items():
        row = rows.get(key)
        if row is None:
            continue
        try:
            values[key] = check(row.value)
        except DomainError:
            # Written by hand or by a newer desk: the default is safer than refusing to start.
            log.warning("setting %s has an unusable value %r; using the default", key, row.value)
    versions = {key: row.version for key, row in rows.items()}
    return DeskSettings(**values, versions=versions)


def read_settings(session: Session, actor: Actor) -> DeskSettings:
    """The store's settings; every signed-in role reads them (the idle lock needs them)."""
    authorize(session, actor, "settings.read")
    return _settings_of(_stored(session))


def _refuse_if_changed_meanwhile(session: Session, row: Setting | None, expected: int) -> None:
    if (row.version if row is not None else 0) == expected:
        return
    assert row is not None  # a row that was read cannot vanish: settings are never deleted
    who = session.get(Staff, row.updated_by_id) if row.updated_by_id else None
    at = row.updated_at or clock.now()
    raise StaleEdit(
        QT_TRANSLATE_NOOP(
            "DeskMessages",
            "{name} changed the settings at {time} meanwhile. Close this window and open it "
            "again to see their change.",
        ),
        name=who.display_name if who else "?",
        time=at.astimezone(clock.local_zone()).strftime("%H:%M"),
    )


def save_settings(session: Session, actor: Actor, wanted: DeskSettings) -> DeskSettings:
    """Store the settings that differ from what is stored, one audit row each (S3).

    ``wanted`` is usually ``dataclasses.replace(read_settings(...), …)``: it carries the
    versions that were read, so a change another administrator saved meanwhile is refused
    with their name instead of silently overwritten (S5).
    """
    admin = authorize(session, actor, "settings.manage")
    values = {key: check(getattr(wanted, key)) for key, check in _VALIDATORS.items()}
    rows = _stored(session)
    for key in values:
        _refuse_if_changed_meanwhile(session, rows.get(key), wanted.versions.get(key, 0))
    now = clock.now()
    for key, value in values.items():
        row = rows.get(key)
        before = row.value if row is not None else getattr(DEFAULTS, key)
        if (row.value if row is not None else before) == value:
            continue
        if row is None:
            row = Setting(key=key, value=value)
            session.add(row)
        row.value = value
        row.updated_at = now
        row.updated_by_id = admin.id
        audit.record(
            session,
            actor.id,
            "setting.change",
            "setting",
            None,
            before={"key": key, "value": before},
            after={"key": key, "value": value},
        )
    try:
        session.flush()
    except IntegrityError as exc:  # another administrator stored the same new key first
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "Someone else saved this record at the same moment. Reload it."
            )
        ) from exc
    return _settings_of(_stored(session))
