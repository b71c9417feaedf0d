"""The words for the codes the services store, marked for translation without Qt.

The window translates them with ``QCoreApplication.translate`` (``desk/ui/labels.py``); the
command line and the report jobs receive a ``translate(context, text)`` function, so a Chinese
workbook comes from the same catalogue as the window, on a machine with no display.

States are keyed by record kind *and* state: a complaint's "closed" and a parcel's "released"
must not share a word with a visit's "finished" by accident.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from desk.services import clock
from desk.services.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]


def exported_by(name: str, at: datetime, translate: Translate) -> str:
    """The line under every export's title: who exported it and when, in local time (K2).
    One wording for every workbook the desk writes."""
    return translate("Exports", QT_TRANSLATE_NOOP("Exports", "Exported by {name} at {when}")
                     ).format(name=name, when=at.astimezone(clock.local_zone()).strftime(
                         "%Y-%m-%d %H:%M"))
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
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "claim": QT_TRANSLATE_NOOP("Labels", "Claim"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    # G2: the kind is the issue's, so its states read as an issue's ("Handed out").
    "gift_issue": QT_TRANSLATE_NOOP("Labels", "Gift issued"),
}

# C1: how a complaint came in.
CHANNELS: Mapping[str, str] = {
    "visit": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "email": QT_TRANSLATE_NOOP("Labels", "Email"),
    "online": QT_TRANSLATE_NOOP("Labels", "Online"),
    "box": QT_TRANSLATE_NOOP("Labels", "Suggestion box"),
}

# C2: what a complaint is about.
CATEGORIES: Mapping[str, str] = {
    "quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
    "attitude": QT_TRANSLATE_NOOP("Labels", "Service attitude"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "Delivery"),
    "price": QT_TRANSLATE_NOOP("Labels", "Price"),
    "repair": QT_TRANSLATE_NOOP("Labels", "Repair"),
    "environment": QT_TRANSLATE_NOOP("Labels", "Store environment"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

SEVERITIES: Mapping[str, str] = {
    "major": QT_TRANSLATE_NOOP("Labels", "Major"),
    "general": QT_TRANSLATE_NOOP("Labels", "General"),
}

# C8: which deadline a complaint has missed.
OVERDUE: Mapping[str, str] = {
    "response": QT_TRANSLATE_NOOP("Labels", "first response overdue"),
    "rectification": QT_TRANSLATE_NOOP("Labels", "rectification overdue"),
    "callback": QT_TRANSLATE_NOOP("Labels", "callback overdue"),
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
    ("complaint", "received"): QT_TRANSLATE_NOOP("Labels", "Received"),
    ("complaint", "in_progress"): QT_TRANSLATE_NOOP("Labels", "In progress"),
    ("complaint", "rectified"): QT_TRANSLATE_NOOP("Labels", "Rectified"),
    ("complaint", "called_back"): QT_TRANSLATE_NOOP("Labels", "Called back"),
    ("complaint", "closed"): QT_TRANSLATE_NOOP("Labels", "Closed"),
    ("complaint", "unfounded"): QT_TRANSLATE_NOOP("Labels", "Unfounded"),
}

# The actions that move a record from state to state (desk.services.states), as a clerk
# would name them in "possible now: …".
ACTIONS: Mapping[tuple[str, str], str] = {
    ("visit", "finish"): QT_TRANSLATE_NOOP("Labels", "finish"),
    ("reply", "answer"): QT_TRANSLATE_NOOP("Labels", "answer"),
    ("complaint", "respond"): QT_TRANSLATE_NOOP("Labels", "record the first response"),
    ("complaint", "assess"): QT_TRANSLATE_NOOP("Labels", "assess"),
    ("complaint", "reject"): QT_TRANSLATE_NOOP("Labels", "find unfounded"),
    ("complaint", "propose_plan"): QT_TRANSLATE_NOOP("Labels", "draft the plan"),
    ("complaint", "approve_plan"): QT_TRANSLATE_NOOP("Labels", "approve the plan"),
    ("complaint", "return_plan"): QT_TRANSLATE_NOOP("Labels", "send the plan back"),
    ("complaint", "issue_slip"): QT_TRANSLATE_NOOP("Labels", "issue the handling slip"),
    ("complaint", "add_note"): QT_TRANSLATE_NOOP("Labels", "add a note"),
    ("complaint", "extend_deadline"): QT_TRANSLATE_NOOP("Labels", "extend the deadline"),
    ("complaint", "rectify"): QT_TRANSLATE_NOOP("Labels", "record the rectification"),
    ("complaint", "call_back"): QT_TRANSLATE_NOOP("Labels", "call back"),
    ("complaint", "close"): QT_TRANSLATE_NOOP("Labels", "close"),
    ("complaint", "reopen"): QT_TRANSLATE_NOOP("Labels", "reopen"),
    # Not transitions, but steps on the complaint's timeline all the same.
    ("complaint", "attach"): QT_TRANSLATE_NOOP("Labels", "attach a file"),
    ("complaint", "void_attachment"): QT_TRANSLATE_NOOP("Labels", "void a file"),
    ("attachment", "copy"): QT_TRANSLATE_NOOP("Labels", "save a copy of a file"),
    ("complaint", "hand_over"): QT_TRANSLATE_NOOP("Labels", "hand over"),
    ("complaint", "print"): QT_TRANSLATE_NOOP("Labels", "print"),
}

# -- claims (C9) and suggestions (C1a) ------------------------------------------------------

# C9: why the store pays compensation (the rows of the monthly claims report).
CLAIM_CAUSES: Mapping[str, str] = {
    "quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
    "transport": QT_TRANSLATE_NOOP("Labels", "Damaged in transport"),
    "late_delivery": QT_TRANSLATE_NOOP("Labels", "Late delivery"),
    "installation": QT_TRANSLATE_NOOP("Labels", "Installation fault"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service fault"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

STATES = {
    **STATES,
    ("claim", "claimed"): QT_TRANSLATE_NOOP("Labels", "Claimed"),
    ("claim", "agreed"): QT_TRANSLATE_NOOP("Labels", "Amount agreed"),
    ("claim", "notified"): QT_TRANSLATE_NOOP("Labels", "Notice sent"),
    ("claim", "rejected"): QT_TRANSLATE_NOOP("Labels", "Rejected"),
    ("suggestion", "received"): QT_TRANSLATE_NOOP("Labels", "Received"),
    ("suggestion", "passed"): QT_TRANSLATE_NOOP("Labels", "With the department"),
    ("suggestion", "evaluated"): QT_TRANSLATE_NOOP("Labels", "Evaluated"),
    ("suggestion", "closed"): QT_TRANSLATE_NOOP("Labels", "Closed"),
}

ACTIONS = {
    **ACTIONS,
    ("claim", "agree"): QT_TRANSLATE_NOOP("Labels", "agree the amount"),
    ("claim", "notify"): QT_TRANSLATE_NOOP("Labels", "record the notice"),
    ("claim", "reject"): QT_TRANSLATE_NOOP("Labels", "reject the claim"),
    ("suggestion", "pass"): QT_TRANSLATE_NOOP("Labels", "pass to the department"),
    ("suggestion", "evaluate"): QT_TRANSLATE_NOOP("Labels", "record the evaluation"),
    ("suggestion", "close"): QT_TRANSLATE_NOOP("Labels", "close with the feedback"),
}

# -- callbacks (B1-B5) -----------------------------------------------------------------------

# B1: where a callback comes from.
CALLBACK_SOURCES: Mapping[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "survey": QT_TRANSLATE_NOOP("Labels", "Satisfaction survey"),
    "special_service": QT_TRANSLATE_NOOP("Labels", "Special service"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Product follow-up"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Other"),
}
CALLBACK_METHODS: Mapping[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
}
SATISFACTIONS: Mapping[str, str] = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    "basic": QT_TRANSLATE_NOOP("Labels", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Labels", "Dissatisfied"),
}
RECORD_KINDS = {**RECORD_KINDS, "callback": QT_TRANSLATE_NOOP("Labels", "Callback")}

STATES = {
    **STATES,
    ("callback", "to_send"): QT_TRANSLATE_NOOP("Labels", "To send to the department"),
    ("callback", "awaiting_measures"): QT_TRANSLATE_NOOP("Labels", "Awaiting measures"),
    ("callback", "awaiting_fix"): QT_TRANSLATE_NOOP("Labels", "Awaiting the fix"),
    ("callback", "notice_pending"): QT_TRANSLATE_NOOP("Labels", "Payment notice to deliver"),
    ("callback", "due"): QT_TRANSLATE_NOOP("Labels", "To call back"),
    ("callback", "awaiting_signature"): QT_TRANSLATE_NOOP("Labels", "Awaiting signature"),
    ("callback", "done"): QT_TRANSLATE_NOOP("Labels", "Done"),
    ("callback", "voided"): QT_TRANSLATE_NOOP("Labels", "Voided"),
}

ACTIONS = {
    **ACTIONS,
    ("callback", "send"): QT_TRANSLATE_NOOP("Labels", "send to the department"),
    ("callback", "receive_measures"): QT_TRANSLATE_NOOP("Labels", "record the measures"),
    ("callback", "report_fix"): QT_TRANSLATE_NOOP("Labels", "report the fix"),
    ("callback", "deliver_notice"): QT_TRANSLATE_NOOP("Labels", "deliver the payment notice"),
    ("callback", "complete"): QT_TRANSLATE_NOOP("Labels", "record the callback"),
    ("callback", "record"): QT_TRANSLATE_NOOP("Labels", "record the callback"),
    ("callback", "sign"): QT_TRANSLATE_NOOP("Labels", "add the customer's signature"),
    ("callback", "waive"): QT_TRANSLATE_NOOP("Labels", "close without signature"),
    ("callback", "void"): QT_TRANSLATE_NOOP("Labels", "void"),
    ("callback", "hand_over"): QT_TRANSLATE_NOOP("Labels", "hand over"),
    ("callback", "follow_complaint"): QT_TRANSLATE_NOOP("Labels", "open a linked complaint"),
    ("callback", "print"): QT_TRANSLATE_NOOP("Labels", "print"),
    ("callback", "attach"): QT_TRANSLATE_NOOP("Labels", "attach a file"),
    ("callback", "void_attachment"): QT_TRANSLATE_NOOP("Labels", "void a file"),
}

# W7: what moved stock, as the ledger names it.
MOVEMENT_KINDS: Mapping[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("Labels", "Receipt"),
    "issue": QT_TRANSLATE_NOOP("Labels", "Issue"),
    "adjustment": QT_TRANSLATE_NOOP("Labels", "Adjustment"),
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening balance"),
}

# W7: the document a movement references (its document_kind).
DOCUMENT_KINDS: Mapping[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("Labels", "Receipt note"),
    "issue": QT_TRANSLATE_NOOP("Labels", "Issue note"),
    "stocktake": QT_TRANSLATE_NOOP("Labels", "Stocktake"),
    "opening": QT_TRANSLATE_NOOP("Labels", "Opening balance"),
}

# W3: a delivery at the dock. "held" is 暂扣: not taken into stock until it passes.
STATES = {
    **STATES,
    ("delivery", "expected"): QT_TRANSLATE_NOOP("Labels", "Expected"),
    ("delivery", "held"): QT_TRANSLATE_NOOP("Labels", "Held"),
    ("delivery", "passed"): QT_TRANSLATE_NOOP("Labels", "Passed, in stock"),
}

ACTIONS = {
    **ACTIONS,
    ("delivery", "pass"): QT_TRANSLATE_NOOP("Labels", "pass the inspection and post stock"),
    ("delivery", "hold"): QT_TRANSLATE_NOOP("Labels", "hold after the inspection"),
    ("delivery", "notify"): QT_TRANSLATE_NOOP("Labels", "record the handler's notice"),
    ("delivery", "hand_over"): QT_TRANSLATE_NOOP("Labels", "hand over"),
    ("delivery", "print"): QT_TRANSLATE_NOOP("Labels", "print"),
}

# W7, W8: a stocktake (盘点) and its daily-count kind, the reasons for a variance.
STATES = {
    **STATES,
    ("stocktake", "counting"): QT_TRANSLATE_NOOP("Labels", "Counting"),
    ("stocktake", "submitted"): QT_TRANSLATE_NOOP("Labels", "Submitted for approval"),
    ("stocktake", "approved"): QT_TRANSLATE_NOOP("Labels", "Approved, adjusted"),
}

ACTIONS = {
    **ACTIONS,
    ("stocktake", "count"): QT_TRANSLATE_NOOP("Labels", "enter a count"),
    ("stocktake", "explain"): QT_TRANSLATE_NOOP("Labels", "give a variance's reason"),
    ("stocktake", "report"): QT_TRANSLATE_NOOP("Labels", "record the written report"),
    ("stocktake", "submit"): QT_TRANSLATE_NOOP("Labels", "submit for approval"),
    ("stocktake", "approve"): QT_TRANSLATE_NOOP("Labels", "approve and post the adjustments"),
    ("stocktake", "send_back"): QT_TRANSLATE_NOOP("Labels", "send back to counting"),
    ("stocktake", "hand_over"): QT_TRANSLATE_NOOP("Labels", "hand over"),
}

STOCKTAKE_KINDS: Mapping[str, str] = {
    "full": QT_TRANSLATE_NOOP("Labels", "Full stocktake"),
    "chosen": QT_TRANSLATE_NOOP("Labels", "Chosen items"),
    "daily": QT_TRANSLATE_NOOP("Labels", "Daily count"),
}

VARIANCE_REASONS: Mapping[str, str] = {
    "error": QT_TRANSLATE_NOOP("Labels", "Error (wrong receipt, issue or entry)"),
    "quality": QT_TRANSLATE_NOOP("Labels", "Quality problem"),
    "loss": QT_TRANSLATE_NOOP("Labels", "Loss or breakage"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

# W3: how the handler (经办人) of a held delivery was told.
NOTICE_METHODS: Mapping[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Labels", "By phone"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "message": QT_TRANSLATE_NOOP("Labels", "By message"),
}

# W2: an order to a manufacturer (厂家订单).
STATES = {
    **STATES,
    ("order", "ordered"): QT_TRANSLATE_NOOP("Labels", "Ordered"),
    ("order", "price_verified"): QT_TRANSLATE_NOOP("Labels", "Price verified"),
    ("order", "goods_ready"): QT_TRANSLATE_NOOP("Labels", "Goods ready"),
    ("order", "payment_notified"): QT_TRANSLATE_NOOP("Labels", "Finance notified to pay"),
    ("order", "received"): QT_TRANSLATE_NOOP("Labels", "Goods received"),  # not C6's 已受理
    ("order", "cancelled"): QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

ACTIONS = {
    **ACTIONS,
    ("order", "verify_price"): QT_TRANSLATE_NOOP("Labels", "verify the prices"),
    ("order", "mark_ready"): QT_TRANSLATE_NOOP("Labels", "record the goods ready"),
    ("order", "notify_finance"): QT_TRANSLATE_NOOP("Labels", "notify finance to pay"),
    ("order", "receive"): QT_TRANSLATE_NOOP("Labels", "record the goods received"),
    ("order", "cancel"): QT_TRANSLATE_NOOP("Labels", "cancel"),
    ("order", "follow_up"): QT_TRANSLATE_NOOP("Labels", "record a follow-up"),
}

# G1-G3: a gift of a campaign, and a gift handed out against a sales receipt.
STATES = {
    **STATES,
    ("gift", "active"): QT_TRANSLATE_NOOP("Labels", "In the catalogue"),
    ("gift", "voided"): QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    ("gift_issue", "issued"): QT_TRANSLATE_NOOP("Labels", "Handed out"),
    ("gift_issue", "voided"): QT_TRANSLATE_NOOP("Labels", "Issue voided"),
}

ACTIONS = {
    **ACTIONS,
    ("gift", "void"): QT_TRANSLATE_NOOP("Labels", "withdraw the gift"),
    ("gift_issue", "void"): QT_TRANSLATE_NOOP("Labels", "void the gift issue"),
}

# G3: what moved a gift's stock.
GIFT_MOVEMENT_KINDS: Mapping[str, str] = {
    "restock": QT_TRANSLATE_NOOP("Labels", "Restock"),
    "issue": QT_TRANSLATE_NOOP("Labels", "Gift handed out"),
    "correction": QT_TRANSLATE_NOOP("Labels", "Stock correction"),
    "return": QT_TRANSLATE_NOOP("Labels", "Back from a voided issue"),
}

# P1-P4: a deposit in storage (寄存). "released" is a lost ticket's release after an ID check.
STATES = {
    **STATES,
    ("parcel", "held"): QT_TRANSLATE_NOOP("Labels", "In storage"),
    ("parcel", "picked_up"): QT_TRANSLATE_NOOP("Labels", "Picked up"),
    ("parcel", "released"): QT_TRANSLATE_NOOP("Labels", "Released on lost ticket"),
}

ACTIONS = {
    **ACTIONS,
    ("parcel", "pick_up"): QT_TRANSLATE_NOOP("Labels", "pick up with the ticket"),
    ("parcel", "release_lost"): QT_TRANSLATE_NOOP("Labels", "release on a lost ticket"),
    ("parcel", "print"): QT_TRANSLATE_NOOP("Labels", "print the ticket"),
}

RECORD_KINDS = {**RECORD_KINDS, "parcel": QT_TRANSLATE_NOOP("Labels", "Storage")}

# P3: the ID a customer shows for a lost ticket.
ID_TYPES: Mapping[str, str] = {
    "id_card": QT_TRANSLATE_NOOP("Labels", "Resident ID card"),
    "passport": QT_TRANSLATE_NOOP("Labels", "Passport"),
    "hk_macao_permit": QT_TRANSLATE_NOOP("Labels", "Mainland travel permit (HK/Macao)"),
    "taiwan_permit": QT_TRANSLATE_NOOP("Labels", "Mainland travel permit (Taiwan)"),
    "driving_licence": QT_TRANSLATE_NOOP("Labels", "Driving licence"),
}

# P4: why a held deposit stands out in the list.
PARCEL_ALERTS: Mapping[str, str] = {
    "overnight": QT_TRANSLATE_NOOP("Labels", "held past closing"),
    "past_limit": QT_TRANSLATE_NOOP("Labels", "past the storage limit"),
}

# I1-I4: an invoice request (开票申请) and the invoice the tax platform issued for it.
RECORD_KINDS = {**RECORD_KINDS, "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice request")}

STATES = {
    **STATES,
    ("invoice", "requested"): QT_TRANSLATE_NOOP("Labels", "Invoice requested"),
    ("invoice", "issued"): QT_TRANSLATE_NOOP("Labels", "Invoice issued"),
    ("invoice", "delivered"): QT_TRANSLATE_NOOP("Labels", "Invoice delivered"),
    ("invoice", "voided"): QT_TRANSLATE_NOOP("Labels", "Request voided"),
    ("invoice", "credited"): QT_TRANSLATE_NOOP("Labels", "Credited (red-letter)"),
}

ACTIONS = {
    **ACTIONS,
    ("invoice", "issue"): QT_TRANSLATE_NOOP("Labels", "enter the issued invoice"),
    ("invoice", "deliver"): QT_TRANSLATE_NOOP("Labels", "record the invoice delivered"),
    ("invoice", "void"): QT_TRANSLATE_NOOP("Labels", "void the request"),
    ("invoice", "void_issued"): QT_TRANSLATE_NOOP("Labels", "void the paper invoice"),
    ("invoice", "credit"): QT_TRANSLATE_NOOP("Labels", "credit with a red-letter invoice"),
}

BUYER_KINDS: Mapping[str, str] = {
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company or organisation"),
}

INVOICE_TYPES: Mapping[str, str] = {
    "electronic_ordinary": QT_TRANSLATE_NOOP("Labels", "Electronic ordinary invoice"),
    "electronic_special": QT_TRANSLATE_NOOP("Labels", "Electronic special VAT invoice"),
    "paper_ordinary": QT_TRANSLATE_NOOP("Labels", "Paper ordinary invoice"),
    "paper_special": QT_TRANSLATE_NOOP("Labels", "Paper special VAT invoice"),
}

ANONYMOUS = QT_TRANSLATE_NOOP("Labels", "(anonymous)")


def word(table: Mapping[str, str], code: str, translate: Translate) -> str:
    """The code's word in the caller's language; an unknown code shows as itself."""
    text = table.get(code)
    return translate(LABELS, text) if text else code


def state_word(kind: str, state: str, translate: Translate) -> str:
    text = STATES.get((kind, state))
    return translate(LABELS, text) if text else state


# The category column of the customer service archive (K3): which table names each record
# kind's own code (a visit's purpose, a complaint's category, a claim's cause, a suggestion's
# channel).
HISTORY_CATEGORIES: Mapping[str, Mapping[str, str]] = {
    "visit": PURPOSES,
    "complaint": CATEGORIES,
    "claim": CLAIM_CAUSES,
    "suggestion": CHANNELS,
    "callback": CALLBACK_SOURCES,
    "invoice": INVOICE_TYPES,
}
