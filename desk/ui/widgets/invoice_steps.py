"""The steps of an invoice request after it is made (I4), as forms described as data: the
invoice issued (the tax platform's number and date), delivered, voided or credited with a
reason. Each saves through its service call in :class:`StepDialog`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import clock, invoices, money
from desk.services.invoices import InvoiceDetail
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepField, Values, record_title


def invoice_step(actor: Actor, action: str, d: InvoiceDetail) -> Step:
    """The form of one of the request's steps (I4), saving through its service call."""
    request_id, version = d.row.id, d.row.version

    run: Any
    if action == "issue":
        electronic = d.row.invoice_type in invoices.ELECTRONIC_TYPES
        title, submit = (
            QCoreApplication.translate("InvoicesTab", "Invoice issued"),
            QCoreApplication.translate("InvoicesTab", "Record the invoice"),
        )
        fields = [
            StepField(
                "invoice_number",
                QCoreApplication.translate("InvoicesTab", "Invoice &number *"),
                "line",
                placeholder=QCoreApplication.translate("InvoicesTab", "20 digits")
                if electronic
                else QCoreApplication.translate("InvoicesTab", "8 digits"),
                max_length=24,
            ),
            StepField(
                "invoice_date",
                QCoreApplication.translate("InvoicesTab", "Invoice &date *"),
                "date",
                value=clock.local_today().isoformat(),
            ),
            StepField("note", QCoreApplication.translate("InvoicesTab", "Note")),
        ]

        def run(s: Any, v: Values) -> Any:
            return invoices.issue_invoice(
                s, actor, request_id, version, v["invoice_number"], v["invoice_date"], v["note"]
            )
    elif action == "deliver":
        title, submit = (
            QCoreApplication.translate("InvoicesTab", "Invoice delivered"),
            QCoreApplication.translate("InvoicesTab", "Record"),
        )
        how = (
            QCoreApplication.translate("InvoicesTab", "Emailed to {email}").format(email=d.email)
            if d.email
            else QCoreApplication.translate("InvoicesTab", "Handed over at the counter")
        )
        fields = [
            StepField(
                "how",
                QCoreApplication.translate("InvoicesTab", "&How *"),
                "line",
                value=how,
                max_length=invoices.DETAILS_MAX,
            )
        ]

        def run(s: Any, v: Values) -> Any:
            return invoices.deliver_invoice(s, actor, request_id, version, v["how"])
    elif action == "void":
        title, submit = (
            QCoreApplication.translate("InvoicesTab", "Void"),
            QCoreApplication.translate("InvoicesTab", "Void"),
        )
        fields = [StepField("reason", QCoreApplication.translate("InvoicesTab", "&Reason *"))]

        def run(s: Any, v: Values) -> Any:
            return invoices.void_request(s, actor, request_id, version, v["reason"])
    else:
        title, submit = (
            QCoreApplication.translate("InvoicesTab", "Credit with a red-letter invoice"),
            QCoreApplication.translate("InvoicesTab", "Credit"),
        )
        fields = [
            StepField("reason", QCoreApplication.translate("InvoicesTab", "&Reason *")),
            StepField(
                "credit_number",
                QCoreApplication.translate("InvoicesTab", "Red-letter invoice &no."),
                "line",
                max_length=24,
            ),
        ]

        def run(s: Any, v: Values) -> Any:
            return invoices.credit_invoice(
                s, actor, request_id, version, v["reason"], v["credit_number"]
            )

    summary = (
        f"{d.row.number} · {d.row.title} · {money.format_amount(d.row.total)} · "
        f"{labels.state('invoice', d.row.state)}"
    )
    return Step(record_title(title, d.row.number), submit, fields, run, summary=summary)
