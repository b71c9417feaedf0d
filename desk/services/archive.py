"""The customer service archive (客户服务档案, K3): every record a customer touched, newest first.

The sources are named here, in one place, not registered by modules as they happen to be
imported: adding complaints, callbacks, parcels, gifts and invoices is one line each below.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desk.services import (
    callbacks,
    claims,
    complaints,
    gift_lists,
    invoices,
    leads,
    parcels,
    reception,
    replies,
    suggestions,
)
from desk.services.customers import HistoryItem, load_customer
from desk.services.permissions import Actor, authorize

HistorySource = Callable[[Session, int], list[HistoryItem]]

SOURCES: tuple[HistorySource, ...] = (
    reception.visit_history,  # R1: walk-ins
    leads.lead_history,  # R4: sales leads
    replies.reply_history,  # R1: questions answered later
    complaints.complaint_history,  # C2: complaints
    claims.claim_history,  # C9: claims on the customer's complaints
    suggestions.suggestion_history,  # C1a: suggestions (not complaints)
    callbacks.callback_history,  # B1-B5: callbacks, whatever their source
    gift_lists.gift_history,  # G2: gifts handed out against sales receipts
    parcels.parcel_history,  # P1-P4: deposits in storage
    invoices.invoice_history,  # I1-I4: invoice requests
)


def customer_history(session: Session, actor: Actor, customer_id: int) -> list[HistoryItem]:
    """Every record the customer touched, newest first (K3)."""
    authorize(session, actor, "customer.read")
    load_customer(session, customer_id)
    items = [item for source in SOURCES for item in source(session, customer_id)]
    return sorted(items, key=lambda item: (item.at, item.record_id), reverse=True)
