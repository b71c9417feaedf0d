"""B4 from the command line: ``desk print callbacks`` writes the batch PDF and registers it,
``desk verify`` says what a file is (exit 0 original or reprint, 1 altered or unknown, 2 error)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desk import cli
from desk.db import Database
from desk.models import AuditEntry, IssuedDocument
from desk.services import clock, staff
from desk.services.permissions import Actor
from tests.services.callback_rows import done_callback, rectified_complaint

PASSWORD = "own-password-9"


@pytest.fixture
def signed_today(database: Database, clerk: Actor, supervisor: Actor, qapp: object) -> str:
    """A signed complaint callback made today; the accounts chose their own passwords (S1).
    The command line borrows the tests' QApplication for its translator."""
    for actor in (clerk, supervisor):
        with database.transaction() as session:
            staff.change_password(session, actor, f"{actor.username}-pass-1", PASSWORD)
    with database.transaction() as session:
        complaint = rectified_complaint(session, clerk, supervisor)
        # Five minutes ago, or at midnight when the day is younger (a run at 00:03).
        called_at = max(clock.now() - timedelta(minutes=5),
                        clock.day_bounds(clock.local_today())[0])
        return done_callback(session, clerk, complaint, called_at=called_at).number


def print_callbacks(database_url: str, out: Path, user: str, *extra: str) -> int:
    today = clock.local_today().isoformat()
    return cli.main(["print", "callbacks", "--from", today, "--to", today, "--out", str(out),
                     "--db", database_url, "--user", user, "--lang", "en", *extra])


def verify(database_url: str, path: Path, user: str) -> int:
    return cli.main(["verify", str(path), "--db", database_url, "--user", user, "--lang", "en"])


def test_b4_print_callbacks_writes_the_batch_and_registers_it_then_verify_says_original(
    database: Database, database_url: str, supervisor: Actor, signed_today: str,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "回访记录.pdf"
    assert print_callbacks(database_url, out, supervisor.username) == 0
    said = capsys.readouterr().out
    assert f"1 callback record(s), 1 page(s) -> {out}" in said
    with database.read() as session:
        [document] = session.scalars(select(IssuedDocument)).all()
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "document.issue")).all()
    assert document.output == "file" and f"SHA-256 {document.sha256}" in said
    assert [a.after["destination"] for a in audited if a.after] == [str(out)]

    assert verify(database_url, out, supervisor.username) == 0
    said = capsys.readouterr().out
    assert "ORIGINAL: Callback record, issued by the desk." in said
    assert f"Record {signed_today}" in said and "Issued by 赵六" in said

    changed = bytearray(out.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    altered = tmp_path / "改过.pdf"
    altered.write_bytes(bytes(changed))
    assert verify(database_url, altered, supervisor.username) == cli.EXIT_VERIFY_DOUBTFUL
    assert "ALTERED" in capsys.readouterr().out


def test_b4_verify_a_reprint_a_foreign_file_and_a_missing_one(
    database_url: str, supervisor: Actor, signed_today: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    assert print_callbacks(database_url, first, supervisor.username) == 0
    assert print_callbacks(database_url, second, supervisor.username) == 0
    capsys.readouterr()
    assert verify(database_url, second, supervisor.username) == 0
    assert "REPRINT (marked 副本)" in capsys.readouterr().out
    foreign = tmp_path / "外来.pdf"
    foreign.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    assert verify(database_url, foreign, supervisor.username) == cli.EXIT_VERIFY_DOUBTFUL
    assert "NOT ISSUED BY THE DESK" in capsys.readouterr().out
    assert verify(database_url, tmp_path / "没有.pdf", supervisor.username) == \
        cli.EXIT_VERIFY_ERROR


def test_b4_a_counter_clerk_may_not_print_or_verify_and_an_empty_range_is_refused(
    database_url: str, clerk: Actor, supervisor: Actor, signed_today: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(cli.ENV_PASSWORD, PASSWORD)
    out = tmp_path / "回访.pdf"
    assert print_callbacks(database_url, out, clerk.username) == cli.EXIT_REFUSED
    assert "may not do this" in capsys.readouterr().err and not out.exists()
    some_pdf = tmp_path / "某个.pdf"
    some_pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert verify(database_url, some_pdf, clerk.username) == cli.EXIT_VERIFY_ERROR
    assert "may not do this" in capsys.readouterr().err
    last_year = (clock.local_today() - timedelta(days=365)).isoformat()
    assert cli.main(["print", "callbacks", "--from", last_year, "--to", last_year,
                     "--out", str(out), "--db", database_url, "--user", supervisor.username,
                     "--lang", "en"]) == cli.EXIT_REFUSED
    assert (f"There are no signed callback records from {last_year} to {last_year}."
            in capsys.readouterr().err)
    assert not out.exists()
