"""Waiting for a list the way a clerk waits: until its rows have arrived from the worker."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot


def loaded(qtbot: QtBot, model: Any) -> None:
    """Until the paged model's background queries are answered and applied."""
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
