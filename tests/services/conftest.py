"""Fixtures shared by the service tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk.services import clock
from tests.services.helpers import at


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """clock.now() returns the list's last value (Wednesday 25 Nov 2026, 09:00 local at
    first); a test moves time by appending."""
    moments = [at(2026, 11, 25, 9)]
    monkeypatch.setattr(clock, "now", lambda: moments[-1])
    return moments
