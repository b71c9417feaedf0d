"""The payment notice (缴费通知单) of a special paid service (特约服务, B1): what the service is,
its fee in figures and in capital words, and where to pay. It prints through the one print
path and is registered like every paper the desk issues; its delivery is then recorded on the
callback (``callbacks.deliver_notice``), after which the phone callback falls due."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desk.services import callbacks, settings
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.issued import PrintedRecord
from desk.services.money import format_amount, rmb_in_words
from desk.services.papers import Paper, Words, forms_module, local_time, render
from desk.services.permissions import Actor
from desk.services.vocabulary import Translate

KIND = "payment_notice"
TITLE = QT_TRANSLATE_NOOP("Documents", "Payment notice for a special service")


def payment_notice_pdf(session: Session, actor: Actor, callback_id: int, translate: Translate
                       ) -> Paper:
    """B1: the notice of a special service's callback, as the PDF to preview, print or save
    (``callbacks.read`` to read it; issuing a copy needs ``callback.write``, issued.ISSUING)."""
    forms = forms_module()
    c = callbacks.get_callback(session, actor, callback_id)
    if c.row.source != callbacks.SPECIAL or c.service_fee is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Only a special service has a payment notice."), "state")
    w = Words(translate)
    store = settings.read_settings(session, actor).store_name
    service = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The service")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Customer")),
                      c.row.customer_name or w.anonymous()),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Phone")), c.row.masked_phone),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Service")), c.row.subject, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), c.row.department),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Fee")), format_amount(c.service_fee)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Fee in words")),
                      rmb_in_words(c.service_fee), wide=True),
    ))
    document = forms.FormDocument(
        store_name=store,
        title=w(TITLE),
        reference=c.row.number,
        sections=(service,),
        notice=w(QT_TRANSLATE_NOOP(
            "Documents",
            "Please pay the fee above at the cashier, quoting no. {number}. We will call you "
            "after the service to ask whether you are satisfied.",
        )).format(number=c.row.number),
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Service desk")),
                               c.row.owner_name, local_time(c.created_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Received by the customer"))),
        ),
        footer=w.printed_by(actor.display_name),
    )
    return render(KIND, TITLE, [document], [PrintedRecord("callback", c.row.id, c.row.number)],
                  c.row.number, translate)
