"""One app-wide signal that says what changed; tabs refresh themselves from it (STYLE 6).

Nobody emits it by hand: :class:`desk.ui.store.AnnouncingStore` emits, after each committed
write, the tables the action actually wrote (``desk.services.changes``). A list connects to
``changed`` and refreshes when one of its tables is in the set.
"""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtCore import QObject, Signal

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
