"""The words for the codes the services store, marked for translation without Qt.

The window translates them with ``QCoreApplication.translate`` (``desk/ui/labels.py``); the
command line and the report jobs receive a ``translate(context, text)`` function, so a Chinese
workbook comes from the same catalogue as the window, on a machine with no display.

States are keyed by record kind *and* state: a complaint's "closed" and a parcel's "released"
must not share a word with a visit's "finished" by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desk.services.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
LABELS = "Labels"


def untranslated(_context: str, text: str) -> str:
    """English: the source texts themselves (tests, logs)."""
    return text


# R1's purposes in the order a clerk picks them (most frequent first).
PURPOSES: Mapping[str, str] = {
    "inquiry": QT_TRANSLATE_NOOP("Labels", "Inquiry"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "return_exchange": QT_TRANSLATE_NOOP("Labels", "Return / exchange"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "gift": QT_TRANSLATE_NOOP("Labels", "Gift"),
    "storage": QT_TRANSLATE_NOOP("Labels", "Storage"),
    "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice"),
    "group_purchase": QT_TRANSLATE_NOOP("Labels", "Group purchase"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

ROLES: Mapping[str, str] = {
    "counter": QT_TRANSLATE_NOOP("Labels", "Counter staff"),
    "warehouse": QT_TRANSLATE_NOOP("Labels", "Warehouse clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

# The record kinds of the customer service archive (K3).
RECORD_KINDS: Mapping[str, str] = {
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "lead": QT_TRANSLATE_NOOP("Labels", "Sales lead"),
    # R1: a walk-in's question answered later.
    "reply": QT_TRANSLATE_NOOP("Labels", "Pending question"),
}

STATES: Mapping[tuple[str, str], str] = {
    ("visit", "open"): QT_TRANSLATE_NOOP("Labels", "Open"),
    ("visit", "finished"): QT_TRANSLATE_NOOP("Labels", "Finished"),
    ("lead", "unassigned"): QT_TRANSLATE_NOOP("Labels", "Unassigned"),
    ("lead", "assigned"): QT_TRANSLATE_NOOP("Labels", "Assigned"),
    # R1's pending replies; "overdue" is a pending one past its promised time (not stored).
    ("reply", "pending"): QT_TRANSLATE_NOOP("Labels", "Awaiting reply"),
    ("reply", "answered"): QT_TRANSLATE_NOOP("Labels", "Answered"),
    ("reply", "overdue"): QT_TRANSLATE_NOOP("Labels", "Overdue"),
}

# The actions that move a record from state to state (desk.services.states), as a clerk
# would name them in "possible now: …".
ACTIONS: Mapping[tuple[str, str], str] = {
    ("visit", "finish"): QT_TRANSLATE_NOOP("Labels", "finish"),
    ("reply", "answer"): QT_TRANSLATE_NOOP("Labels", "answer"),
}

ANONYMOUS = QT_TRANSLATE_NOOP("Labels", "(anonymous)")


def word(table: Mapping[str, str], code: str, translate: Translate) -> str:
    """The code's word in the caller's language; an unknown code shows as itself."""
    text = table.get(code)
    return translate(LABELS, text) if text else code


def state_word(kind: str, state: str, translate: Translate) -> str:
    text = STATES.get((kind, state))
    return translate(LABELS, text) if text else state
