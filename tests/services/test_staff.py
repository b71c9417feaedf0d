"""Staff accounts and sign-in (S1)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desk.db import Database
from desk.models import Staff
from desk.services import clock, reception, staff
from desk.services.errors import DomainError, PermissionDenied, SignInFailed
from desk.services.permissions import Actor
from desk.services.staff import SignInOutcome, StaffInfo
from tests.services.helpers import audit_entries, count_rows


def _sign_in(database: Database, username: str, password: str) -> SignInOutcome:
    with database.transaction() as session:
        return staff.sign_in(session, username, password)


def _stored(database: Database, staff_id: int) -> Staff:
    with database.read() as session:
        found = session.get(Staff, staff_id)
        assert found is not None
        return found


def _info(database: Database, admin: Actor, staff_id: int) -> StaffInfo:
    with database.read() as session:
        return next(s for s in staff.list_staff(session, admin) if s.id == staff_id)


def _update(
    database: Database, admin: Actor, target: int, *, role: str | None = None,
    active: bool | None = None,
) -> StaffInfo:
    info = _info(database, admin, target)
    with database.transaction() as session:
        return staff.update_staff(
            session, admin, target, info.display_name, role or info.role,
            info.active if active is None else active, info.version,
        )


def test_s1_first_admin_only_once(database: Database) -> None:
    with database.read() as session:
        assert staff.needs_first_admin(session)
    with database.transaction() as session:
        first = staff.create_first_admin(session, "Admin", "王管理", "admin-pass-1")
    assert (first.username, first.role) == ("admin", "admin")
    with pytest.raises(DomainError), database.transaction() as session:
        staff.create_first_admin(session, "boss", "老板", "boss-pass-1")
    with database.read() as session:
        assert not staff.needs_first_admin(session)
    assert count_rows(database, Staff) == 1
    [entry] = audit_entries(database, "staff.create_first_admin")
    assert entry.staff_id == first.id


def test_s1_first_admin_needs_a_real_password(database: Database) -> None:
    """There is no default password: the first start must choose one that passes the rules."""
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_first_admin(session, "admin", "王管理", "")
    assert refused.value.field == "password"
    with database.read() as session:
        assert staff.needs_first_admin(session)


def test_s1_sign_in_succeeds(database: Database, admin: Actor, clerk: Actor) -> None:
    before = clock.now()
    outcome = _sign_in(database, " LiSi ", "lisi-pass-1")
    assert outcome.error is None and outcome.actor == clerk
    # Someone else chose this password: it is changed at the first sign-in.
    assert outcome.must_change_password
    stored = _stored(database, clerk.id)
    assert stored.last_sign_in_at is not None and stored.last_sign_in_at >= before
    assert [e.staff_id for e in audit_entries(database, "staff.sign_in")] == [clerk.id]


def test_s1_sign_in_wrong_password(database: Database, clerk: Actor) -> None:
    outcome = _sign_in(database, "lisi", "wrong-pass-1")
    assert outcome.actor is None and isinstance(outcome.error, SignInFailed)
    assert outcome.error.text().startswith("Wrong user name or password.")
    assert _stored(database, clerk.id).failed_attempts == 1
    [entry] = audit_entries(database, "staff.sign_in_failed")
    assert entry.staff_id == clerk.id and entry.after == {"failed_attempts": 1}


def test_s1_sign_in_unknown_user(database: Database, admin: Actor) -> None:
    outcome = _sign_in(database, "nobody", "whatever-1")
    assert outcome.actor is None and isinstance(outcome.error, SignInFailed)
    # The same words as a wrong password: the message does not tell which names exist.
    assert outcome.error.text() == _sign_in(database, "admin", "wrong-pass-1").error.text()
    assert outcome.error.text().startswith("Wrong user name or password.")
    entry = audit_entries(database, "staff.sign_in_failed")[0]
    assert entry.staff_id is None and entry.entity_id is None
    assert entry.after == {"username": "nobody"}


def test_s1_five_wrong_passwords_lock_the_account(database: Database, clerk: Actor) -> None:
    for _ in range(staff.FREE_ATTEMPTS - 1):
        assert _sign_in(database, "lisi", "wrong-pass-1").actor is None
    assert _stored(database, clerk.id).locked_until is None
    before = clock.now()
    assert _sign_in(database, "lisi", "wrong-pass-1").actor is None
    locked_until = _stored(database, clerk.id).locked_until
    assert locked_until is not None
    assert locked_until >= before + staff.FIRST_LOCK - timedelta(seconds=1)

    # Even the right password is refused while locked, in the same words as any wrong try
    # (S1: a guesser learns nothing during the lock); the words name the lock as a reason.
    outcome = _sign_in(database, "lisi", "lisi-pass-1")
    assert outcome.actor is None and outcome.error is not None
    assert outcome.error.text() == _sign_in(database, "nobody", "whatever-1").error.text()
    assert "locked" in outcome.error.text() and "administrator" in outcome.error.text()
    assert audit_entries(database, "staff.sign_in_refused")[-1].after == {"reason": "locked"}


def test_s1_lock_grows_with_further_misses() -> None:
    assert staff._lock_span(staff.FREE_ATTEMPTS) == staff.FIRST_LOCK
    assert staff._lock_span(staff.FREE_ATTEMPTS + 1) == 2 * staff.FIRST_LOCK
    assert staff._lock_span(staff.FREE_ATTEMPTS + 20) == staff.LONGEST_LOCK


def test_s1_admin_reset_password_clears_the_lock(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    for _ in range(staff.FREE_ATTEMPTS):
        _sign_in(database, "lisi", "wrong-pass-1")
    assert _stored(database, clerk.id).locked_until is not None
    with database.transaction() as session:
        info = staff.reset_password(session, admin, clerk.id, "fresh-pass-2")
    assert info.locked_until is None
    stored = _stored(database, clerk.id)
    assert stored.failed_attempts == 0 and stored.must_change_password
    outcome = _sign_in(database, "lisi", "fresh-pass-2")
    assert outcome.actor == clerk and outcome.must_change_password
    assert _sign_in(database, "lisi", "lisi-pass-1").actor is None
    [entry] = audit_entries(database, "staff.reset_password")
    assert entry.staff_id == admin.id and entry.entity_id == clerk.id


def test_s1_change_password(database: Database, clerk: Actor) -> None:
    with database.transaction() as session:
        staff.change_password(session, clerk, "lisi-pass-1", "my-own-secret")
    assert not _stored(database, clerk.id).must_change_password
    assert _sign_in(database, "lisi", "lisi-pass-1").actor is None
    outcome = _sign_in(database, "lisi", "my-own-secret")
    assert outcome.actor == clerk and not outcome.must_change_password
    [entry] = audit_entries(database, "staff.change_password")
    assert entry.staff_id == clerk.id
    assert entry.before is None and entry.after is None  # never any trace of a password


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [("wrong-pass-1", "my-own-secret", "old_password"),
     ("lisi-pass-1", "lisi-pass-1", "new_password"),
     ("lisi-pass-1", "short", "new_password"),
     ("lisi-pass-1", "LISI", "new_password")],
)
def test_s1_change_password_refused(
    database: Database, clerk: Actor, old: str, new: str, field: str
) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.change_password(session, clerk, old, new)
    assert refused.value.field == field
    assert _sign_in(database, "lisi", "lisi-pass-1").actor == clerk


def test_s1_deactivated_account_cannot_sign_in_and_its_actor_is_refused(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    _update(database, admin, clerk.id, active=False)
    outcome = _sign_in(database, "lisi", "lisi-pass-1")
    assert outcome.actor is None and outcome.error is not None
    assert "deactivated" in outcome.error.text()
    # S2: the window may still hold the clerk's Actor; the service refuses it at once.
    with pytest.raises(PermissionDenied) as refused, database.transaction() as session:
        reception.log_visit(session, clerk, None, "inquiry")
    assert "deactivated" in refused.value.text()
    [entry] = audit_entries(database, "staff.deactivate")
    assert entry.before is not None and entry.before["active"] is True
    assert entry.after is not None and entry.after["active"] is False


def test_s1_deactivated_account_can_be_reactivated(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    _update(database, admin, clerk.id, active=False)
    _update(database, admin, clerk.id, active=True)
    assert _sign_in(database, "lisi", "lisi-pass-1").actor == clerk


def test_s1_cannot_deactivate_self(database: Database, admin: Actor) -> None:
    with database.transaction() as session:  # a second admin, so only the self-rule applies
        staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    with pytest.raises(DomainError) as refused:
        _update(database, admin, admin.id, active=False)
    assert refused.value.field == "active"
    assert _stored(database, admin.id).active


def test_s1_cannot_remove_the_last_active_admin(
    database: Database, admin: Actor, clerk: Actor
) -> None:
    with pytest.raises(DomainError) as refused:
        _update(database, admin, admin.id, role="counter")
    assert "administrator" in refused.value.text()
    assert _stored(database, admin.id).role == "admin"
    with database.transaction() as session:
        second = staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    second_actor = Actor(second.id, second.username, second.display_name, second.role)
    # With a second admin the first may step down; then the second is the last one.
    _update(database, admin, admin.id, role="counter")
    with pytest.raises(DomainError):
        _update(database, second_actor, second.id, role="supervisor")
    assert _stored(database, second.id).role == "admin"


def test_s1_an_inactive_admin_does_not_count(database: Database, admin: Actor) -> None:
    with database.transaction() as session:
        second = staff.create_staff(session, admin, "admin2", "钱管理", "admin", "admin2-pass-1")
    _update(database, admin, second.id, active=False)
    with pytest.raises(DomainError):
        _update(database, admin, admin.id, role="supervisor")


@pytest.mark.parametrize(
    ("password", "reason"),
    [("", "at least"), ("1234567", "at least"), ("wangwu", "at least"), ("WangWu", "at least"),
     ("x" * 129, "at most")],
)
def test_s1_password_rules(
    database: Database, admin: Actor, password: str, reason: str
) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_staff(session, admin, "wangwu", "王五", "counter", password)
    assert refused.value.field == "password" and reason in refused.value.text()
    assert count_rows(database, Staff) == 1


def test_s1_password_must_not_be_the_user_name(database: Database, admin: Actor) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_staff(session, admin, "wangwu88", "王五", "counter", "WangWu88")
    assert refused.value.field == "password" and "user name" in refused.value.text()


@pytest.mark.parametrize("username", ["", "a", "wang wu", "wang!", "x" * 41, "王五@desk"])
def test_s1_username_rules(database: Database, admin: Actor, username: str) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_staff(session, admin, username, "王五", "counter", "good-pass-1")
    assert refused.value.field == "username"


@pytest.mark.parametrize("username", ["ww", "wang.wu", "wang_wu-2", "王五"])
def test_s1_usernames_accepted(database: Database, admin: Actor, username: str) -> None:
    with database.transaction() as session:
        info = staff.create_staff(session, admin, username, "王五", "counter", "good-pass-1")
    assert info.username == username


def test_s1_duplicate_username_refused(database: Database, admin: Actor, clerk: Actor) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_staff(session, admin, " LISI ", "另一个李四", "counter", "other-pass-1")
    assert refused.value.field == "username" and "lisi" in refused.value.text()


def test_s1_unknown_role_refused(database: Database, admin: Actor) -> None:
    with pytest.raises(DomainError) as refused, database.transaction() as session:
        staff.create_staff(session, admin, "wangwu", "王五", "boss", "good-pass-1")
    assert refused.value.field == "role"


def test_s1_password_stored_as_argon2_hash(database: Database, clerk: Actor) -> None:
    with database.read() as session:
        hashes = session.scalars(select(Staff.password_hash)).all()
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert not any("pass-1" in h for h in hashes)
    # Salted: the same rules never give two accounts the same hash.
    assert len(set(hashes)) == len(hashes)


def test_s1_staff_list_shows_everyone(database: Database, admin: Actor, clerk: Actor) -> None:
    with database.read() as session:
        names = [s.username for s in staff.list_staff(session, admin)]
        choices = staff.handler_choices(session, clerk)
    assert sorted(names) == ["admin", "lisi"]
    assert sorted(name for _, name in choices) == sorted(["王管理", "李四"])
