"""PySide6 6.12.0 on Python 3.11 corrupts the reference count of None and aborts the
interpreter ("Fatal Python error: none_dealloc") after a few thousand setter calls. The
project pins 6.11.3; this test makes 20,000 setter calls that return None so a bad pin fails
loudly here, not at a counter."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot


def test_pinned_pyside_is_not_the_broken_release() -> None:
    assert not (sys.version_info[:2] == (3, 11) and PySide6.__version__.startswith("6.12.0"))


def test_twenty_thousand_setter_calls_keep_none_alive(qtbot: QtBot) -> None:
    label, line = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(line)
    before = sys.getrefcount(None)
    for i in range(10_000):
        assert label.setText(str(i)) is None
        assert line.setPlaceholderText(str(i)) is None
    assert label.text() == "9999"
    # Immortal on 3.12+, counted on 3.11: either way it must not have collapsed.
    assert sys.getrefcount(None) >= before - 100
