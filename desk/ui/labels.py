"""Words for the codes the services use, in the user's language.

The words themselves live below the UI (:mod:`desk.services.vocabulary`), so the command line
and the report jobs use the same catalogue; here they are translated with Qt's translator.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk.services import vocabulary
from desk.services.clock import local_zone


def translate(context: str, text: str) -> str:
    """The window's :data:`desk.services.vocabulary.Translate`."""
    return QCoreApplication.translate(context, text)


def purposes() -> dict[str, str]:
    """R1's purposes in the order a clerk picks them (most frequent first)."""
    return {code: translate(vocabulary.LABELS, text) for code, text in vocabulary.PURPOSES.items()}


def purpose(code: str) -> str:
    return vocabulary.word(vocabulary.PURPOSES, code, translate)


def roles() -> dict[str, str]:
    return {code: translate(vocabulary.LABELS, text) for code, text in vocabulary.ROLES.items()}


def role(code: str) -> str:
    return vocabulary.word(vocabulary.ROLES, code, translate)


def state(kind: str, code: str) -> str:
    """A record's state, by its kind: a visit's "open" and a complaint's are different words."""
    return vocabulary.state_word(kind, code, translate)


def visit_state(is_open: bool) -> str:
    return state("visit", "open" if is_open else "finished")


def lead_state(assigned: bool) -> str:
    return state("lead", "assigned" if assigned else "unassigned")


def history_category(kind: str, code: str) -> str:
    """The archive's category column: each record kind names its own code (K3)."""
    table = vocabulary.HISTORY_CATEGORIES.get(kind)
    return vocabulary.word(table, code, translate) if table and code else code


def movement_kind(code: str) -> str:
    """W7: a stock movement's kind (receipt, issue, adjustment, opening balance)."""
    return vocabulary.word(vocabulary.MOVEMENT_KINDS, code, translate)


def gift_movement_kind(code: str) -> str:
    """G3: what moved a gift's stock (restock, handed out, correction, back from a void)."""
    return vocabulary.word(vocabulary.GIFT_MOVEMENT_KINDS, code, translate)


def history_kind(kind: str) -> str:
    return vocabulary.word(vocabulary.RECORD_KINDS, kind, translate)


def anonymous() -> str:
    return translate(vocabulary.LABELS, vocabulary.ANONYMOUS)


def local_time(at: datetime | None, with_date: bool = True) -> str:
    if at is None:
        return ""
    local = at.astimezone(local_zone())
    return local.strftime("%Y-%m-%d %H:%M" if with_date else "%H:%M")


def duration(seconds: int | None) -> str:
    if seconds is None:
        return ""
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("Labels", "{h} h {m} min").format(h=hours, m=minutes)
    if minutes:
        return QCoreApplication.translate("Labels", "{m} min").format(m=minutes)
    return QCoreApplication.translate("Labels", "{s} s").format(s=secs)
