"""The payment notice (缴费通知单) of a special paid service (特约服务, B1): what the service is,
its fee in figures and in capital words, and where to pay. It prints through the one print
path and is registered like every paper the desk issues; its delivery is then recorded on the
callback (``callbacks.deliver_notice``), after which the phone callback falls due."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desk.services import audit, callbacks, clock, issued, settings
from desk.services.complaint_documents import DOCS, _forms, _time, _Words, page_words
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.money import amount_in_words, format_amount
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

KIND = "payment_notice"
TITLE = QT_TRANSLATE_NOOP("Documents", "Payment notice for a special service")


@dataclass(frozen=True)
class PrintedNotice:
    title: str
    file_name: str
    pdf: bytes
    token: str
    callback_id: int
    reference: str


def payment_notice_pdf(session: Session, actor: Actor, callback_id: int, translate: Translate
                       ) -> PrintedNotice:
    """B1: the notice of a special service's callback, as the PDF to preview, print or save."""
    forms = _forms()
    c = callbacks.get_callback(session, actor, callback_id)
    if c.row.source != callbacks.SPECIAL or c.service_fee is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Only a special service has a payment notice."), "state")
    w = _Words(translate)
    store = settings.read_settings(session, actor).store_name
    service = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The service")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Customer")),
                      c.row.customer_name or w.anonymous()),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Phone")), c.row.masked_phone),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Service")), c.row.subject, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), c.row.department),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Fee")), format_amount(c.service_fee)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Fee in words")),
                      amount_in_words(c.service_fee), wide=True),
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
                               c.row.owner_name, _time(c.created_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Received by the customer"))),
        ),
        footer=w(QT_TRANSLATE_NOOP("Documents", "Printed by {name} at {time}")).format(
            name=actor.display_name, time=_time(clock.now())),
    )
    token = issued.new_token()
    pdf = forms.render_forms([document], page_words(translate),
                             keywords=[issued.token_keyword(token)])
    title = translate(DOCS, TITLE)
    return PrintedNotice(title, f"{title} {c.row.number}.pdf", pdf, token, c.row.id,
                         c.row.number)


def record_output(session: Session, actor: Actor, notice: PrintedNotice, destination: str
                  ) -> issued.IssuedInfo:
    """K2, B4: the notice left the desk; audited on the callback and registered."""
    authorize(session, actor, "callback.write")
    audit.record(session, actor.id, "callback.print", "callback", notice.callback_id,
                 after={"document": KIND, "destination": destination, "note": destination})
    output = "printer" if destination.startswith("printer:") else "file"
    return issued.issue(session, actor, KIND, notice.title, notice.pdf, notice.token,
                        [issued.PrintedRecord("callback", notice.callback_id, notice.reference)],
                        output, destination)
