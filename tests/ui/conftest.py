"""UI tests drive the real widgets over a real (fresh) database, as a clerk would."""

from __future__ import annotations

import pytest

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
