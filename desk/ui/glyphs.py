"""The common Chinese characters rasterised ahead, a few at a time, while the counter is idle.

FreeType renders a glyph the first time it is painted, and a list page of names and notes in
Chinese brings up a few hundred glyphs at once: measured on a counter PC, the first paint of
such a page took 74 ms against 13 ms once its glyphs were cached, enough to stall the window
beyond its 50 ms budget after a sort. The raster engine keeps one glyph cache per font, shared
by every paint device, so drawing the 3,755 characters of GB 2312's first level (the common
hanzi) onto a small image fills the same cache the tables paint from. It is done in slices of
a couple of milliseconds on the GUI thread (fonts are not for worker threads), starting a
moment after the window shows, so no keystroke ever waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QImage, QPainter

START_AFTER_MS = 1000  # let the first paint and the clerk's first keys go first
SLICE = 40  # characters per weight per slice: about 2 ms on a counter PC


def common_hanzi() -> str:
    """GB 2312 level 1 (rows 16-55): the 3,755 most used characters, in its own order."""
    chars = []
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            if row == 0xD7 and cell > 0xF9:  # row 55 ends at 0xD7F9
                break
            chars.append(bytes((row, cell)).decode("gb2312"))
    return "".join(chars)


class GlyphWarmer(QObject):
    """Rasterises ``common_hanzi()`` in the regular and bold weights of ``font``."""

    def __init__(self, font: QFont, parent: QObject | None = None) -> None:
        super().__init__(parent)
        bold = QFont(font)
        bold.setBold(True)
        self._fonts = (QFont(font), bold)  # bold: the open visits and unassigned leads
        self._text = common_hanzi()
        self._next = 0
        self._image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._slice)

    @property
    def done(self) -> bool:
        return self._next >= len(self._text)

    def start(self, delay_ms: int = START_AFTER_MS) -> None:
        if not self.done:
            self._timer.start(delay_ms)

    def _slice(self) -> None:
        chunk = self._text[self._next : self._next + SLICE]
        self._next += SLICE
        painter = QPainter(self._image)
        for font in self._fonts:
            painter.setFont(font)
            painter.drawText(0, 6, chunk)
        painter.end()
        if not self.done:
            self._timer.start(0)
