"""A tab's inner pages (the warehouse's items, dock, orders and stocktake; the counter's gifts
and storage): Ctrl+PgDown / Ctrl+PgUp turn them from anywhere in the tab, the focus landing on
the new page's first field.

A line edit keeps Ctrl+PgDown for itself, so a plain ``QTabWidget`` never hears it from the
search box a clerk is typing in: the keys are shortcuts on the owning tab instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget


class DeskPages(QTabWidget):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), owner, lambda step=step: self.turn(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def turn(self, step: int) -> None:
        """The next (``1``) or previous (``-1``) page, round the end, its first field focused."""
        self.setCurrentIndex((self.currentIndex() + step) % self.count())
        page = self.currentWidget()
        widget = page.nextInFocusChain() if page is not None else None
        while widget is not None and widget is not page:
            if (page is not None and page.isAncestorOf(widget) and widget.isVisible()
                    and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                widget.setFocus(Qt.FocusReason.TabFocusReason)  # the page's first field
                return
            widget = widget.nextInFocusChain()
        self.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
