"""Words for the codes the services use, in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk.services.clock import local_zone


def purposes() -> dict[str, str]:
    """R1's purposes in the order a clerk picks them (most frequent first)."""
    return {
        "inquiry": QCoreApplication.translate("Labels", "Inquiry"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "return_exchange": QCoreApplication.translate("Labels", "Return / exchange"),
        "repair": QCoreApplication.translate("Labels", "Repair"),
        "gift": QCoreApplication.translate("Labels", "Gift"),
        "storage": QCoreApplication.translate("Labels", "Storage"),
        "invoice": QCoreApplication.translate("Labels", "Invoice"),
        "group_purchase": QCoreApplication.translate("Labels", "Group purchase"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }


def purpose(code: str) -> str:
    return purposes().get(code, code)


def roles() -> dict[str, str]:
    return {
        "counter": QCoreApplication.translate("Labels", "Counter staff"),
        "warehouse": QCoreApplication.translate("Labels", "Warehouse clerk"),
        "supervisor": QCoreApplication.translate("Labels", "Supervisor"),
        "admin": QCoreApplication.translate("Labels", "Administrator"),
    }


def role(code: str) -> str:
    return roles().get(code, code)


def visit_state(is_open: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Open")
        if is_open
        else QCoreApplication.translate("Labels", "Finished")
    )


def lead_state(assigned: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Assigned")
        if assigned
        else QCoreApplication.translate("Labels", "Unassigned")
    )


def history_kind(kind: str) -> str:
    return {
        "visit": QCoreApplication.translate("Labels", "Visit"),
        "lead": QCoreApplication.translate("Labels", "Sales lead"),
    }.get(kind, kind)


def history_state(state: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "finished": QCoreApplication.translate("Labels", "Finished"),
        "assigned": QCoreApplication.translate("Labels", "Assigned"),
        "unassigned": QCoreApplication.translate("Labels", "Unassigned"),
    }.get(state, state)


def anonymous() -> str:
    return QCoreApplication.translate("Labels", "(anonymous)")


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
