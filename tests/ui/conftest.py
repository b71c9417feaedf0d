"""UI tests drive the real widgets over a real (fresh) database, as a clerk would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from desk.db import Database
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore


@pytest.fixture
def events() -> DeskEvents:
    return DeskEvents()


@pytest.fixture
def store(database: Database, events: DeskEvents) -> AnnouncingStore:
    """The database as the main window hands it to its tabs: writes announce themselves."""
    return AnnouncingStore(database, events)


@pytest.fixture(autouse=True)
def _lists_finish_loading() -> Iterator[None]:
    """No list query may outlive its test (and its database) on the thread pool."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
