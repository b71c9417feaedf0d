"""UI tests drive the real widgets over a real (fresh) database, as a clerk would."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.ui import operations
from desk.ui.events import DeskEvents
from desk.ui.i18n import install_translations
from desk.ui.store import AnnouncingStore


@pytest.fixture(autouse=True)
def _own_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's remembered size and the settings of one test stay out of the next."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test once in English and once in Chinese (the counter's language)."""
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


@pytest.fixture
def events() -> DeskEvents:
    return DeskEvents()


@pytest.fixture
def store(database: Database, events: DeskEvents) -> AnnouncingStore:
    """The database as the main window hands it to its tabs: writes announce themselves."""
    return AnnouncingStore(database, events)


@pytest.fixture(autouse=True)
def _background_answered(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every read a test started on the thread pool answers before the test's widgets and
    database go. An answer left queued used to arrive during the next test, into a widget
    being deleted and a database already emptied; a dialog it opened then crashed the run.
    A message box an answer opens after the test is a failure of that test."""
    yield
    late: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: late.append(box.text()) or 0)
    deadline = time.monotonic() + 10
    while True:
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()
        if not operations.in_flight() or time.monotonic() > deadline:
            break
    assert not operations.in_flight(), "a background read did not answer within 10 s"
    assert not late, f"a message box opened after the test ended: {late}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After the test's widgets were closed and its database let go: what their closing set
    off on the thread pool answers now, into no dialog, and the closed widgets are deleted
    now, so nothing of this test is left to happen during the next one's setup."""
    yield
    if QCoreApplication.instance() is None:
        return
    real_exec = QMessageBox.exec
    QMessageBox.exec = lambda _box: 0  # type: ignore[method-assign]
    try:
        QThreadPool.globalInstance().waitForDone(10_000)
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        QMessageBox.exec = real_exec  # type: ignore[method-assign]
