"""A box's hint says what it takes ("输入实盘数后按 Enter"); cut off, it says nothing. Every
visible box with a hint, on every tab and page the administrator sees, shows it whole at the
counter PC's 1366x768, in Chinese and in English (the stocktake's count box cut its hint)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services.permissions import Actor
from desk.ui.main_window import MainWindow
from tests.ui.windows import open_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FRAME = 10  # the line edit's frame and text margins, both sides




def _pages(window: MainWindow) -> Iterator[str]:
    """Every tab, and every page of a tab that has pages, brought to the front in turn."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        inner = [w for w in tab.findChildren(QTabWidget) if w.isVisibleTo(tab)]
        if not inner:
            yield window.tabs.tabText(index)
            continue
        for pages in inner:
            for page in range(pages.count()):
                pages.setCurrentIndex(page)
                yield f"{window.tabs.tabText(index)} / {pages.tabText(page)}"


def _cut_hints(top: QWidget) -> list[str]:
    cut = []
    for box in top.findChildren(QLineEdit):
        hint = box.placeholderText()
        if not hint or not box.isVisibleTo(top) or box.text():
            continue
        needed = QFontMetrics(box.font()).horizontalAdvance(hint) + FRAME
        if box.width() < needed:
            cut.append(f"{box.objectName() or hint}: {box.width()} px < {needed} px")
    return cut


def test_every_hint_shows_whole_at_1366_by_768(
    qtbot: QtBot, database: Database, admin: Actor, language: str
) -> None:
    window = open_window(qtbot, database, admin, (1366, 768))
    assert window.tabs.count() == 10
    seen, cut = 0, []
    for where in _pages(window):
        qtbot.wait(10)  # the page laid out at its size
        top = window.tabs.currentWidget()
        cut += [f"{where}: {problem}" for problem in _cut_hints(top)]
        seen += sum(1 for b in top.findChildren(QLineEdit)
                    if b.placeholderText() and b.isVisibleTo(top))
    assert cut == [], (language, "\n".join(cut))
    assert seen >= 8  # the search and scan boxes were there to be measured
    window.close()
