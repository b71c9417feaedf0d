"""The glyph warm-up (issue 5 §3: no GUI-thread stall over 50 ms): it covers the common
hanzi, works in slices, and the window starts it. What it saves is measured by the benchmark
(bench/bench_foundation.py, section 5), not by a timed test."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk.db import Database
from desk.services.permissions import Actor
from desk.ui.glyphs import SLICE, GlyphWarmer, common_hanzi
from desk.ui.main_window import MainWindow


def test_common_hanzi_are_gb2312_level_one() -> None:
    hanzi = common_hanzi()
    assert len(hanzi) == 3755 == len(set(hanzi))
    assert hanzi[0] == "啊" and hanzi[-1] == "座"
    assert all("\u4e00" <= ch <= "\u9fff" for ch in hanzi)
    assert {"张", "李", "王", "刘", "陈"} <= set(hanzi)


@pytest.mark.usefixtures("qapp")
def test_issue5_warming_runs_in_slices_and_finishes(qtbot: QtBot) -> None:
    font = QApplication.font()
    warmer = GlyphWarmer(font)
    warmer.start(delay_ms=0)
    slices = -(-len(common_hanzi()) // SLICE)
    started = time.perf_counter()
    qtbot.waitUntil(lambda: warmer.done, timeout=20_000)
    # Many event-loop turns, not one long block: each slice returns to the loop.
    assert slices > 90
    assert time.perf_counter() - started < 20


def test_issue5_the_window_starts_warming_once_it_shows(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    window = MainWindow(database, clerk)
    qtbot.addWidget(window)
    assert not window.glyphs.done
    window.present()
    qtbot.waitUntil(lambda: window.glyphs.done, timeout=30_000)
    window.close()
