"""Staff accounts and sign-in (S1, S2).

Passwords are hashed with Argon2id through ``argon2-cffi`` (the reference implementation's
maintained binding; slow and salted by design). There is no default password: the first start
asks for the administrator. Five wrong passwords in a row lock the account for five minutes,
doubling with each further miss up to an hour; an administrator's reset clears the lock.
Accounts are deactivated, never deleted, so every audit row keeps its author.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from desk.models import Staff
from desk.services import audit, clock
from desk.services.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    NotFound,
    SignInFailed,
    StaleEdit,
)
from desk.services.permissions import ADMIN, ROLES, Actor, authorize
from desk.services.validation import SURROGATE, clean_text, refuse_broken

# OWASP's Argon2id setting (19 MiB, 2 passes, 1 lane): about 20 ms a sign-in on a counter PC
# instead of 150 ms and 64 MiB with the library defaults. Hashes made with other settings are
# re-hashed at the next sign-in (check_needs_rehash).
hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)

PASSWORD_MIN = 8
PASSWORD_MAX = 128
FREE_ATTEMPTS = 5
FIRST_LOCK = timedelta(minutes=5)
LONGEST_LOCK = timedelta(hours=1)
_USERNAME = re.compile(r"[a-z0-9_.\-\u4e00-\u9fff]{2,40}")
_AUDITED = ("username", "display_name", "role", "active")
# Sign-in bookkeeping writes through the table, past the ORM's version counter.
_STAFF_TABLE = cast(Table, Staff.__table__)


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    version: int


@dataclass(frozen=True)
class SignInOutcome:
    """Returned, not raised, so the failed-attempt counter is committed with the refusal."""

    actor: Actor | None
    error: DomainError | None = None
    must_change_password: bool = False


def _info(staff: Staff) -> StaffInfo:
    return StaffInfo(
        staff.id,
        staff.username,
        staff.display_name,
        staff.role,
        staff.active,
        staff.locked_until,
        staff.last_sign_in_at,
        staff.version,
    )


def actor_of(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.display_name, staff.role)


def _username(value: str | None) -> str:
    name = clean_text(value, "username").lower()
    if not _USERNAME.fullmatch(name):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "A user name has 2 to 40 letters, digits, Chinese characters, '.', '_' or '-', "
                "without spaces.",
            ),
            "username",
        )
    return name


def _display_name(value: str | None) -> str:
    name = clean_text(value, "display_name")
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter a name."), "display_name")
    if len(name) > 40:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A name may have at most {max} characters."),
            "display_name",
            max=40,
        )
    return name


def _role(value: str) -> str:
    if value not in ROLES:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Unknown role “{role}”."), "role", role=value
        )
    return value


def _password(value: str | None, username: str, field: str = "password") -> str:
    password = value or ""
    refuse_broken(password, field)
    if len(password) < PASSWORD_MIN:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A password needs at least {min} characters."),
            field,
            min=PASSWORD_MIN,
        )
    if len(password) > PASSWORD_MAX:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A password may have at most {max} characters."),
            field,
            max=PASSWORD_MAX,
        )
    if password.strip().lower() == username.lower():
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The password must not be the user name."), field
        )
    return password


def needs_first_admin(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Staff))


def _add_account(
    session: Session,
    author: Actor | None,
    username: str,
    display_name: str,
    role: str,
    password: str,
    must_change_password: bool,
) -> Staff:
    """Validate, create and audit one account; ``author`` None: the first administrator."""
    name = _username(username)
    if session.scalar(select(Staff.id).where(Staff.username == name)) is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The user name “{username}” is taken."),
            "username",
            username=name,
        )
    staff = Staff(
        username=name,
        display_name=_display_name(display_name),
        role=_role(role),
        password_hash=hasher.hash(_password(password, name)),
        active=True,
        must_change_password=must_change_password,
        failed_attempts=0,
        created_at=clock.now(),
    )
    session.add(staff)
    session.flush()
    audit.record(
        session,
        author.id if author else staff.id,
        "staff.create" if author else "staff.create_first_admin",
        "staff",
        staff.id,
        after=audit.snapshot(staff, _AUDITED),
    )
    return staff


def create_first_admin(session: Session, username: str, display_name: str, password: str) -> Actor:
    """The first start: the only account created without someone signed in (S1)."""
    if not needs_first_admin(session):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "An administrator exists already; please sign in.")
        )
    staff = _add_account(
        session, None, username, display_name, ADMIN, password, must_change_password=False
    )
    return actor_of(staff)


def _lock_span(failures: int) -> timedelta:
    span = FIRST_LOCK * (2 ** max(0, failures - FREE_ATTEMPTS))
    return min(span, LONGEST_LOCK)


@cache
def _dummy_hash(for_hasher: PasswordHasher) -> str:
    """A hash no password matches, made with the hasher in use, so an unknown name, a locked
    or a deactivated account costs the same Argon2 verification as a real one (S1)."""
    return for_hasher.hash(secrets.token_urlsafe(32))


def _verify(password_hash: str, password: str) -> bool:
    """One Argon2 verification; a broken character (lone surrogate) is verified too, as bytes,
    and never matches: no stored password can contain one."""
    try:
        return hasher.verify(password_hash, password.encode("utf-8", "surrogatepass"))
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(session: Session, staff: Staff, now: datetime) -> int:
    """One more wrong password, counted in the database itself.

    ``failed_attempts = failed_attempts + 1`` is evaluated under the row's lock, so eight
    counters trying at once count eight, and the row's version is left alone: sign-in
    bookkeeping is not an edit, it neither conflicts with one nor makes an open one stale (S5).
    """
    table = _STAFF_TABLE
    failures = int(
        session.execute(
            update(table)
            .where(table.c.id == staff.id)
            .values(failed_attempts=table.c.failed_attempts + 1)
            .returning(table.c.failed_attempts)
        ).scalar_one()
    )
    if failures >= FREE_ATTEMPTS:
        session.execute(
            update(table)
            .where(table.c.id == staff.id)
            .values(locked_until=now + _lock_span(failures))
        )
    return failures


def sign_in(session: Session, username: str, password: str) -> SignInOutcome:
    """Check a user name and password (S1).

    Every refusal before the password is proved right gives the same words, and costs the same
    single Argon2 verification, whether the name is unknown, the password wrong, or the account
    locked: a name cannot be told apart by the answer or by its timing. A locked account is not
    told apart even with the right password (that would let a guesser go on guessing through
    the lock); the message names the lock as a possible reason. Only the right password of a
    deactivated account hears "deactivated": whoever knows the password may know that.
    """
    refused = SignInFailed(
        QT_TRANSLATE_NOOP(
            "DeskMessages",
            "Wrong user name or password. After {attempts} wrong passwords an account is "
            "locked for a few minutes; the administrator can unlock it.",
        ),
        "password",
        attempts=FREE_ATTEMPTS,
    )
    name = clean_text(SURROGATE.sub("", username or "")).lower()
    secret = password or ""
    staff = session.scalar(select(Staff).where(Staff.username == name))
    now = clock.now()
    locked = staff is not None and staff.locked_until is not None and staff.locked_until > now
    right = _verify(
        staff.password_hash if staff is not None and not locked else _dummy_hash(hasher), secret
    )
    if staff is None:
        audit.record(
            session, None, "staff.sign_in_failed", "staff", None, after={"username": name[:40]}
        )
        return SignInOutcome(None, refused)
    if locked:
        audit.record(
            session,
            staff.id,
            "staff.sign_in_refused",
            "staff",
            staff.id,
            after={"reason": "locked"},
        )
        return SignInOutcome(None, refused)
    if not right:
        failures = _count_failure(session, staff, now)
        audit.record(
            session,
            staff.id,
            "staff.sign_in_failed",
            "staff",
            staff.id,
            after={"failed_attempts": failures},
        )
        return SignInOutcome(None, refused)
    if not staff.active:
        audit.record(
            session,
            staff.id,
            "staff.sign_in_refused",
            "staff",
            staff.id,
            after={"reason": "inactive"},
        )
        return SignInOutcome(
            None,
            SignInFailed(
                QT_TRANSLATE_NOOP(
                    "DeskMessages", "This account is deactivated. Ask the administrator."
                ),
                "username",
            ),
        )
    table = _STAFF_TABLE
    values: dict[str, object] = {"failed_attempts": 0, "locked_until": None, "last_sign_in_at": now}
    if hasher.check_needs_rehash(staff.password_hash):
        values["password_hash"] = hasher.hash(secret)
    # Bookkeeping, not an edit: the version stays (see _count_failure).
    session.execute(update(table).where(table.c.id == staff.id).values(**values))
    audit.record(session, staff.id, "staff.sign_in", "staff", staff.id)
    return SignInOutcome(actor_of(staff), None, staff.must_change_password)


def change_password(session: Session, actor: Actor, old: str, new: str) -> None:
    staff = session.get(Staff, actor.id)
    if staff is None or not staff.active:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This account no longer exists."))
    if not _verify(staff.password_hash, old or ""):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The current password is wrong."), "old_password"
        )
    if old == new:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Choose a new password different from the old one."),
            "new_password",
        )
    staff.password_hash = hasher.hash(_password(new, staff.username, "new_password"))
    staff.must_change_password = False
    audit.record(session, staff.id, "staff.change_password", "staff", staff.id)


def list_staff(session: Session, actor: Actor) -> list[StaffInfo]:
    authorize(session, actor, "staff.read")
    rows = session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.username))
    return [_info(s) for s in rows]


def handler_choices(session: Session, actor: Actor) -> list[tuple[int, str]]:
    """Staff who may appear as a visit's handler, for the list's filter."""
    authorize(session, actor, "visit.read")
    rows = session.execute(select(Staff.id, Staff.display_name).order_by(Staff.display_name))
    return [(i, n) for i, n in rows]


def create_staff(
    session: Session, actor: Actor, username: str, display_name: str, role: str, password: str
) -> StaffInfo:
    authorize(session, actor, "staff.manage")
    # A password someone else chose is changed at the first sign-in.
    staff = _add_account(
        session, actor, username, display_name, role, password, must_change_password=True
    )
    return _info(staff)


def _load_for_edit(session: Session, staff_id: int, expected_version: int | None) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This account no longer exists."))
    if expected_version is not None and staff.version != expected_version:
        raise StaleEdit(
            QT_TRANSLATE_NOOP(
                "DeskMessages", "This account was changed by someone else meanwhile. Reload it."
            )
        )
    return staff


def _other_active_admins(session: Session, staff_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Staff)
            .where(Staff.role == ADMIN, Staff.active.is_(True), Staff.id != staff_id)
        )
        or 0
    )


def update_staff(
    session: Session,
    actor: Actor,
    staff_id: int,
    display_name: str,
    role: str,
    active: bool,
    expected_version: int,
) -> StaffInfo:
    authorize(session, actor, "staff.manage")
    staff = _load_for_edit(session, staff_id, expected_version)
    before = audit.snapshot(staff, _AUDITED)
    new_role = _role(role)
    losing_admin = staff.role == ADMIN and staff.active and (new_role != ADMIN or not active)
    if losing_admin and _other_active_admins(session, staff.id) == 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The desk needs at least one active administrator."),
            "role",
        )
    if staff.id == actor.id and not active:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "You cannot deactivate your own account."), "active"
        )
    staff.display_name = _display_name(display_name)
    staff.role = new_role
    staff.active = active
    after = audit.snapshot(staff, _AUDITED)
    if after != before:
        action = "staff.deactivate" if before["active"] and not active else "staff.update"
        audit.record(session, actor.id, action, "staff", staff.id, before, after)
    session.flush()
    return _info(staff)


def reset_password(session: Session, actor: Actor, staff_id: int, new_password: str) -> StaffInfo:
    authorize(session, actor, "staff.manage")
    staff = _load_for_edit(session, staff_id, None)
    staff.password_hash = hasher.hash(_password(new_password, staff.username))
    staff.must_change_password = True
    staff.failed_attempts = 0
    staff.locked_until = None
    audit.record(session, actor.id, "staff.reset_password", "staff", staff.id)
    session.flush()
    return _info(staff)
