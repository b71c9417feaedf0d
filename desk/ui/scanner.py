"""A USB scanner types digits and Enter into whatever has the focus; a clerk starts typing a
phone number with the list selected. Either way the keys belong to the tab's search box
(DESIGN: "the search box takes barcode-scanner input from anywhere in the tab"): one filter,
installed on the tab's other widgets, starts a new search with the key, as if Ctrl+F had been
pressed first. The way back is the arrow: Down or Page Down in the search box goes into the list
it searches, at its current row (the first when none is)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget


def is_typing(event: QKeyEvent) -> bool:
    """A printable key with no Ctrl/Alt: the start of a search, not a command for the list."""
    text = event.text()
    commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return (
        len(text) == 1
        and text.isprintable()
        and not text.isspace()
        and not event.modifiers() & commands
    )


class ScanToSearch(QObject):
    """Sends what is typed on ``widgets`` to the search box ``search()`` gives (a callable,
    so a tab may build its form later)."""

    def __init__(self, search: Callable[[], QLineEdit], widgets: Iterable[QWidget],
                 parent: QObject, into: QAbstractItemView | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._list = into
        for widget in widgets:
            widget.installEventFilter(self)
        if into is not None:
            search().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self._search():
                return self._into_list(event) or super().eventFilter(watched, event)
            if is_typing(event):
                search = self._search()
                search.setFocus(Qt.FocusReason.ShortcutFocusReason)
                search.selectAll()
                QCoreApplication.sendEvent(
                    search,
                    QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                              event.text()),
                )
                return True
        return super().eventFilter(watched, event)

    def _into_list(self, event: QKeyEvent) -> bool:
        """Down or Page Down from the search box: the cursor into the list, on a row."""
        table = self._list
        down = event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        if table is None or not down or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        model = table.model()
        if model is None or model.rowCount() == 0:
            return False
        if not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))
        table.setFocus(Qt.FocusReason.TabFocusReason)
        return True
