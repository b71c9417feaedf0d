"""Words for the codes the services use, in the user's language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desk.services.clock import local_zone


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def purposes() -> dict[str, str]:
    """R1's purposes in the order a clerk picks them (most frequent first)."""
    return {
        "inquiry": _t("Inquiry"),
        "complaint": _t("Complaint"),
        "return_exchange": _t("Return / exchange"),
        "repair": _t("Repair"),
        "gift": _t("Gift"),
        "storage": _t("Storage"),
        "invoice": _t("Invoice"),
        "group_purchase": _t("Group purchase"),
        "other": _t("Other"),
    }


def purpose(code: str) -> str:
    return purposes().get(code, code)


def roles() -> dict[str, str]:
    return {
        "counter": _t("Counter staff"),
        "warehouse": _t("Warehouse clerk"),
        "supervisor": _t("Supervisor"),
        "admin": _t("Administrator"),
    }


def role(code: str) -> str:
    return roles().get(code, code)


def visit_state(is_open: bool) -> str:
    return _t("Open") if is_open else _t("Finished")


def lead_state(assigned: bool) -> str:
    return _t("Assigned") if assigned else _t("Unassigned")


def history_kind(kind: str) -> str:
    return {"visit": _t("Visit"), "lead": _t("Sales lead")}.get(kind, kind)


def history_state(state: str) -> str:
    return {
        "open": _t("Open"),
        "finished": _t("Finished"),
        "assigned": _t("Assigned"),
        "unassigned": _t("Unassigned"),
    }.get(state, state)


def anonymous() -> str:
    return _t("(anonymous)")


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
        return _t("{h} h {m} min").format(h=hours, m=minutes)
    if minutes:
        return _t("{m} min").format(m=minutes)
    return _t("{s} s").format(s=secs)
