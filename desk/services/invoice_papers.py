"""The invoice request as the customer takes it home (开票申请单, I4): who the invoice is for, its
type, every line with its amount, tax and total, the total in figures and in capitals, the
receipts it covers, the request's number and date and the clerk; once issued, the tax
platform's invoice number and date too.

It goes through the one print path (:func:`desk.services.papers.render`) and the register
like every paper the desk issues (``desk verify``); a request printed before says 副本.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.services import invoices, issued, settings
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.invoices import InvoiceDetail, InvoiceLineDetail
from desk.services.jobs import SessionSource
from desk.services.money import format_amount
from desk.services.papers import (
    Paper,
    SavedPaper,
    Words,
    day_text,
    forms_module,
    local_time,
    render,
    save_paper,
)
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import BUYER_KINDS, INVOICE_TYPES, Translate, state_word

if TYPE_CHECKING:
    from desk.reports import forms

KIND, ENTITY = "invoice_request", "invoice"
TITLE = QT_TRANSLATE_NOOP("Documents", "Invoice request")


def _quantity(line: InvoiceLineDetail) -> str:
    return f"{line.quantity:f} {line.unit}".strip()


def _buyer(d: InvoiceDetail, w: Words) -> forms.FormSection:
    forms = forms_module()
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Invoice title")), d.row.title,
                      wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Buyer")),
                      w.code(BUYER_KINDS, d.row.buyer_kind)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Invoice type")),
                      w.code(INVOICE_TYPES, d.row.invoice_type)),
    ]
    if d.taxpayer_id:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Taxpayer id")),
                                  d.taxpayer_id, wide=True))
    if d.address_phone:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Address and phone")),
                                  d.address_phone, wide=True))
    if d.bank_account:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Bank and account")),
                                  d.bank_account, wide=True))
    if d.email:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Email")), d.email,
                                  wide=True))
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The buyer")), tuple(rows))


def _lines(d: InvoiceDetail, w: Words) -> forms.FormSection:
    """One wide row per line: what, how many at what price, and its amount, tax and total."""
    forms = forms_module()
    template = w(QT_TRANSLATE_NOOP(
        "Documents", "{item}: {quantity} × {price} = {total} (tax rate {rate} %: amount "
        "{amount}, tax {tax})"))
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Lines (prices include tax)")),
                             tuple(forms.FormRow(str(i), template.format(
                                 item=" ".join(p for p in (line.item, line.spec) if p),
                                 quantity=_quantity(line),
                                 price=format_amount(line.unit_price),
                                 total=format_amount(line.total), rate=line.rate,
                                 amount=format_amount(line.amount),
                                 tax=format_amount(line.tax)), wide=True)
                                   for i, line in enumerate(d.lines, 1)))


def _totals(d: InvoiceDetail, w: Words, translate: Translate) -> forms.FormSection:
    forms = forms_module()
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Amount (excl. tax)")),
                      format_amount(d.amount)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Tax")), format_amount(d.tax)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Total (tax incl.)")),
                      format_amount(d.row.total)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Total in words")),
                      d.total_in_words, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Sales receipts covered")),
                      ", ".join(d.receipts), wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Requested at")),
                      local_time(d.row.created_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "State")),
                      state_word("invoice", d.row.state, translate)),
    ]
    if d.row.invoice_number:
        rows += [
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Invoice no.")),
                          d.row.invoice_number),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Invoice date")),
                          day_text(d.row.invoice_date)),
        ]
    if d.close_reason:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Reason")), d.close_reason,
                                  wide=True))
    if d.note:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Note")), d.note, wide=True))
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Totals")), tuple(rows))


def request_pdf(session: Session, actor: Actor, request_id: int, translate: Translate) -> Paper:
    """I4: the request as the paper to preview, print or save for the customer."""
    authorize(session, actor, "invoice.read")
    d = invoices.get_request(session, actor, request_id)
    forms = forms_module()
    w = Words(translate)
    copy = d.row.id in issued.printed_before(session, ENTITY, [d.row.id])
    document = forms.FormDocument(
        store_name=settings.read_settings(session, actor).store_name,
        title=w(TITLE),
        reference=d.row.number,
        sections=(_buyer(d, w), _lines(d, w), _totals(d, w, translate)),
        notice=w(QT_TRANSLATE_NOOP(
            "Documents", "Please check the title, the taxpayer id and the amounts. The "
            "invoice is issued on the tax platform against request no. {number}.")).format(
            number=d.row.number),
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Service desk")),
                               d.created_by, local_time(d.row.created_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Customer"))),
        ),
        footer=w.printed_by(actor.display_name),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None,
    )
    record = issued.PrintedRecord(ENTITY, d.row.id, d.row.number, copy)
    return render(KIND, TITLE, [document], [record], d.row.number, translate)


def save_request(source: SessionSource, actor: Actor, number: str, path: Path,
                 translate: Translate) -> SavedPaper:
    """``desk print invoice-request``: the paper written to ``path`` and registered."""
    with source.read() as session:
        request = invoices.find_request(session, actor, number)
        printed = request_pdf(session, actor, request.row.id, translate)
    return save_paper(source, actor, printed, path)
