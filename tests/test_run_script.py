"""Issue 5, section 5: a newcomer on a fresh machine. The README's commands work as written,
also with no screen: ``bash scripts/run.sh`` opens the window on a virtual screen (xvfb-run)
and says so, commands that need no window run as they are, and ``desk`` itself says what to do
instead of letting Qt abort with a message that blames libxcb-cursor0."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from desk import cli

ROOT = Path(__file__).resolve().parents[1]
RUN_SH = ROOT / "scripts" / "run.sh"

needs_database_free_run = pytest.mark.skipif(
    bool(os.environ.get("DESK_TEST_DATABASE_URL")),
    reason="runs the desk's own start-up on a throwaway SQLite file: checked once, on SQLite",
)


def _headless_env() -> dict[str, str]:
    """The environment of an ssh session or a container: no screen at all. Debian packages are
    the test run's (bootstrap.sh test installed them); run.sh is not to touch apt here."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY")}
    env["DESK_SKIP_APT"] = "1"
    return env


def test_s5_window_without_screen_says_what_to_do(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")

    assert cli.main(["--db", "sqlite:////nonexistent/never-opened.sqlite3"]) == 1

    said = capsys.readouterr().err
    assert "no screen" in said and "bash scripts/run.sh" in said
    assert "QT_QPA_PLATFORM=offscreen" in said


@pytest.mark.parametrize("variable", ["DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"])
def test_s5_any_screen_lets_the_window_open(monkeypatch: pytest.MonkeyPatch,
                                            variable: str) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    monkeypatch.setenv(variable, "offscreen" if variable == "QT_QPA_PLATFORM" else ":0")
    assert cli.no_screen() is None


@pytest.mark.parametrize("args", [["--version"], ["--db", "sqlite:///x.sqlite3", "demo", "--help"]])
def test_s5_run_sh_command_without_window_runs_headless(tmp_path: Path, args: list[str]) -> None:
    """Commands that open no window (here the quick ones) run as they are: no virtual screen."""
    result = subprocess.run(["bash", str(RUN_SH), *args], cwd=tmp_path, env=_headless_env(),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(("desk ", "usage: desk"))
    assert "virtual" not in result.stderr and "no screen" not in result.stderr


@pytest.mark.slow
@needs_database_free_run
def test_s5_run_sh_opens_the_window_on_a_virtual_screen(tmp_path: Path) -> None:
    """With no screen, ``bash scripts/run.sh`` says so on one line and starts the window under
    xvfb-run; the window is still up (waiting for the first administrator) seconds later."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with subprocess.Popen(["bash", str(RUN_SH), "--db", url, "--lang", "en"], cwd=tmp_path,
                          env=_headless_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, start_new_session=True) as desk:
        try:
            deadline = time.monotonic() + 120
            # The schema appears once the desk has got past Qt's start and opened the database.
            while time.monotonic() < deadline and desk.poll() is None:
                if (tmp_path / "desk.sqlite3").exists():
                    break
                time.sleep(0.2)
            time.sleep(2)
            still_running = desk.poll() is None
        finally:
            os.killpg(desk.pid, signal.SIGTERM)
            _out, err = desk.communicate(timeout=30)
    assert still_running, err
    assert (tmp_path / "desk.sqlite3").exists()
    assert "virtual 1366x768 screen (xvfb-run)" in err
    assert "libxcb" not in err and "Aborted" not in err
