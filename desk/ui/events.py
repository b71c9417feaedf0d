"""One app-wide signal that says what changed; tabs refresh themselves from it (STYLE 6)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CUSTOMERS, VISITS, LEADS, STAFF = "customers", "visits", "leads", "staff"


class DeskEvents(QObject):
    changed = Signal(str)  # one of the names above
