"""The signed-in main window as a test opens it: shown, exposed, keyboard in the search box."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services.permissions import Actor
from desk.ui.main_window import MainWindow


def open_window(
    qtbot: QtBot, database: Database, actor: Actor, size: tuple[int, int] | None = (1200, 760)
) -> MainWindow:
    """``size`` None: the window sizes itself to the screen, as at a counter."""
    window = MainWindow(database, actor)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.present()
    qtbot.waitExposed(window)
    # Activation arrives a moment later; until then no shortcut of the window works.
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window
