"""Store-wide settings kept in the database (DESIGN.md, Configuration): read side."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.models.audit import Setting

STORE_NAME = "store_name"


def store_name(session: Session) -> str:
    """The store's name as the counter knows it (门店名称), or "" while nobody has set it.

    Not permission-checked: every signed-in account sees it in the status bar, and it says
    nothing about a customer.
    """
    setting = session.get(Setting, STORE_NAME)
    value = setting.value if setting is not None else ""
    return value.strip() if isinstance(value, str) else ""
