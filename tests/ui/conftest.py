"""UI tests drive the real widgets over a real (fresh) database, as a clerk would."""

from __future__ import annotations

import pytest

from desk.ui.events import DeskEvents


@pytest.fixture
def events() -> DeskEvents:
    return DeskEvents()
