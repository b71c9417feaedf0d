"""One app-wide signal that says what changed; tabs refresh themselves from it (STYLE 6).

Nobody emits it by hand: :class:`desk.ui.store.AnnouncingStore` emits, after each committed
write, the tables the action actually wrote (``desk.services.changes``). A list connects to
``changed`` and refreshes when one of its tables is in the set.
"""

from __future__ import annotations

from collections.abc import Callable, Set

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

# Table names, as desk.services.changes reports them.
CUSTOMERS, VISITS, LEADS, STAFF = "customers", "visits", "leads", "staff"
SETTINGS = "settings"
COMPLAINTS, ATTACHMENTS, CALENDAR = "complaints", "attachments", "calendar_days"
CALLBACKS = "callbacks"


class DeskEvents(QObject):
    changed = Signal(object)  # frozenset[str]: the tables a committed action wrote


def touches(changed: Set[str], *tables: str) -> bool:
    """Whether a change announcement concerns any of ``tables``."""
    return not changed.isdisjoint(tables)


class LoadWhenShown(QObject):
    """A tab's lists load when the tab is first shown (not at start-up, for every tab at once),
    and from then on reload when a committed action wrote one of ``tables``. ``first_shown``
    runs once after the first load is asked for (the cursor into the tab's search box)."""

    def __init__(self, widget: QWidget, events: DeskEvents, tables: Set[str] | tuple[str, ...],
                 reload: Callable[[], None],
                 first_shown: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self.loaded = False
        self._tables = tuple(tables)
        self._reload = reload
        self._first_shown = first_shown
        widget.installEventFilter(self)
        events.changed.connect(self._changed)  # a slot of this child: gone with the widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.loaded:
            self.loaded = True
            self._reload()
            if self._first_shown is not None:
                self._first_shown()
        return False

    def _changed(self, changed: frozenset[str]) -> None:
        if self.loaded and touches(changed, *self._tables):
            self._reload()
