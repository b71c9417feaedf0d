"""The desk command: help, and the demo fill without a window."""

from __future__ import annotations

import pytest

from desk import cli
from desk.db import Database
from desk.demo import DEMO_ACCOUNTS
from desk.services import reception, staff


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for word in ("demo", "--db", "--demo", "--lang"):
        assert word in out


def test_demo_fills_an_empty_database_without_a_window(
    database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", "--db", database_url, "--days", "2"]) == 0
    out = capsys.readouterr().out
    assert "Sign in with" in out and "counter123" in out
    with database.transaction() as session:
        outcome = staff.sign_in(session, "counter", "counter123")
    assert outcome.actor is not None
    with database.read() as session:
        assert reception.count_visits(session, outcome.actor, reception.VisitFilter()) > 0
    assert {a[2] for a in DEMO_ACCOUNTS} == {"admin", "counter", "warehouse", "supervisor"}


def test_demo_refuses_a_database_with_accounts(
    database: Database, database_url: str, admin: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["demo", "--db", database_url]) == 1
    assert "accounts already" in capsys.readouterr().err
