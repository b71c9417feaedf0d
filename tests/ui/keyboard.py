"""Typing as a clerk types, Chinese included.

``QTest.keyClicks`` only knows Latin-1 (it aborts the process on 张). Chinese reaches a real
widget from the input method as a committed string, so that is what ``type_text`` sends for
every character outside ASCII; ASCII goes through the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    run = ""
    for ch in [*text, ""]:
        if ch and ord(ch) < 128:
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget, event)
