"""R3 for the counter's services: from a walk-in's visit, one action starts the parcel deposit,
gift issue or invoice request the customer came for.

A visit logged for storage, a gift or an invoice starts that service at once; any other visit
offers the three (those the clerk's role may start) in a menu, each with its Alt key.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desk.services.permissions import Actor, allowed


@dataclass(frozen=True)
class VisitService:
    purpose: str  # the visit purpose that asks for it (R1's codes)
    permission: str  # who may start it
    label: str  # the menu's words, with the Alt key


def services() -> tuple[VisitService, ...]:
    return (
        VisitService("storage", "parcel.write",
                     QCoreApplication.translate("VisitServices", "&Deposit items for storage…")),
        VisitService("gift", "gift.issue",
                     QCoreApplication.translate("VisitServices", "Issue a &gift…")),
        VisitService("invoice", "invoice.write",
                     QCoreApplication.translate("VisitServices", "&Invoice request…")),
    )


def startable(actor: Actor) -> tuple[VisitService, ...]:
    return tuple(service for service in services() if allowed(actor, service.permission))


def choose_service(actor: Actor, purpose: str, anchor: QWidget) -> str | None:
    """The service to start for a visit of ``purpose``: its own one when the visit says it,
    else the clerk's pick from a menu under ``anchor`` (None when dismissed)."""
    offered = startable(actor)
    for service in offered:
        if service.purpose == purpose:
            return service.purpose
    if not offered:
        return None
    menu = QMenu(anchor)
    menu.setObjectName("visitServicesMenu")
    picked: dict[QAction, str] = {}
    for service in offered:
        picked[menu.addAction(service.label)] = service.purpose
    chosen = menu.exec(anchor.mapToGlobal(QPoint(0, anchor.height())))
    return picked.get(chosen) if chosen is not None else None
