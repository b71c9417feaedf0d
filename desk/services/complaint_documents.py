"""The complaint's printed papers: the acknowledgement for the customer (投诉受理回执, C5) and the
handling slip for the responsible department (受理处理单, C3).

Each is a :class:`desk.reports.forms.FormDocument` in the reader's language, rendered to the PDF
that the preview shows, the printer prints and Save as PDF keeps (DESIGN: one print path).
Reading a complaint to print it needs ``complaint.read``; each copy that leaves the desk
(printed or saved) is audited and registered by :func:`record_output` (K2; the register of
issued documents, :mod:`desk.services.issued`, lets ``desk verify`` recognise the file).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desk.reports import forms
from desk.services import audit, clock, complaints, issued, settings, vocabulary
from desk.services.complaints import ComplaintDetail
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import Translate

DOCS = "Documents"


def _forms() -> Any:
    """reportlab (through desk.reports.forms) loads with the first paper, not with the
    window: it is a seventh of the window's start-up."""
    from desk.reports import forms

    return forms
ACKNOWLEDGEMENT, HANDLING_SLIP = "acknowledgement", "handling_slip"
TITLES = {
    ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Documents", "Complaint acknowledgement"),
    HANDLING_SLIP: QT_TRANSLATE_NOOP("Documents", "Complaint handling slip"),
}


@dataclass(frozen=True)
class PrintedDocument:
    kind: str
    complaint_id: int
    title: str
    file_name: str  # the suggested name for Save as PDF
    pdf: bytes
    token: str = ""  # in the PDF's metadata, for the register (issued)
    reference: str = ""  # the complaint's number


def page_words(translate: Translate) -> forms.PageWords:
    forms = _forms()
    return forms.PageWords(
        page_of=translate(DOCS, QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}")),
        reference=translate(DOCS, QT_TRANSLATE_NOOP("Documents", "No. {reference}")),
    )


def _time(at: datetime | None) -> str:
    return at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M") if at else ""


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""


class _Words:
    """The words of one document, in the reader's language."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate

    def __call__(self, text: str) -> str:
        return self._translate(DOCS, text)

    def code(self, table: Mapping[str, str], code: str | None) -> str:
        return vocabulary.word(table, code, self._translate) if code else ""

    def anonymous(self) -> str:
        return self._translate(vocabulary.LABELS, vocabulary.ANONYMOUS)


def _facts(c: ComplaintDetail, w: _Words) -> forms.FormSection:
    forms = _forms()
    r = c.row
    customer = r.customer_name or w.anonymous()
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The complaint")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Customer")), customer),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Phone")), r.masked_phone),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received")), _time(r.received_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received by")), c.receiver_name),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Channel")),
                w.code(vocabulary.CHANNELS, r.channel)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Category")),
                w.code(vocabulary.CATEGORIES, r.category)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Complaint")), r.content, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Asks for")), c.demand, wide=True),
    ))


def _footer(w: _Words, printed_by: str) -> str:
    return w(QT_TRANSLATE_NOOP("Documents", "Printed by {name} at {time}")).format(
        name=printed_by, time=_time(clock.now()))


def acknowledgement_document(
    c: ComplaintDetail, store_name: str, printed_by: str, translate: Translate
) -> forms.FormDocument:
    """C5: the number and the promised date, for the customer to keep."""
    forms = _forms()
    w = _Words(translate)
    r = c.row
    promised = _day(r.promised_date)
    if r.deadline_estimated:
        promised += w(QT_TRANSLATE_NOOP("Documents", " (estimated)"))
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Complaint no.")), r.number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Dealt with by")), promised),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Followed by")), r.owner_name),
    ]
    if r.responded_at is None and r.response_due_at is not None:
        # Still owed (a phone or mail complaint): the customer is told when. A walk-in was
        # answered at the counter and gets no empty line for it.
        rows.insert(2, forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "First answer by")),
                                     _time(r.response_due_at)))
    promise = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Our promise")), tuple(rows))
    notice = w(QT_TRANSLATE_NOOP(
        "Documents",
        "We have taken your complaint and will tell you the result by {date}. Please quote "
        "complaint no. {number} when you contact the service desk.",
    )).format(date=_day(r.promised_date), number=r.number)
    return forms.FormDocument(
        store_name=store_name,
        title=w(TITLES[ACKNOWLEDGEMENT]),
        reference=r.number,
        sections=(_facts(c, w), promise),
        notice=notice,
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Received by")), c.receiver_name,
                         _time(r.received_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Customer"))),
        ),
        footer=_footer(w, printed_by),
    )


def handling_slip_document(
    c: ComplaintDetail, store_name: str, printed_by: str, translate: Translate
) -> forms.FormDocument:
    """C3: the approved opinion to the responsible department and person, with room for the
    department's own account of the rectification."""
    forms = _forms()
    w = _Words(translate)
    r = c.row
    yes, no = w(QT_TRANSLATE_NOOP("Documents", "yes")), w(QT_TRANSLATE_NOOP("Documents", "no"))
    assessment = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Assessment")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Grounds hold")),
                "" if c.justified is None else (yes if c.justified else no)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Demand reasonable")),
                "" if c.demand_reasonable is None else (yes if c.demand_reasonable else no)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Severity")),
                w.code(vocabulary.SEVERITIES, r.severity)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Rectify by")), _day(r.rectify_due)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Findings")), c.assessment, wide=True),
    ))
    plan = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Handling plan and approval")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Plan")), c.plan, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approval opinion")), c.approval_opinion,
                wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approved by")), c.plan_approved_by),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approved at")), _time(c.plan_approved_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), c.department),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Responsible person")),
                      c.responsible_person),
    ))
    # Filled in by hand when the slip goes out; printed when the desk has recorded it.
    rectification = forms.FormSection(
        w(QT_TRANSLATE_NOOP("Documents", "Rectification (by the department)")), (
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Cause")), c.cause, wide=True),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Measures")), c.measures, wide=True),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Done at")), _time(c.rectified_at)),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Checked by the desk")), c.verified_by),
        ))
    return forms.FormDocument(
        store_name=store_name,
        title=w(TITLES[HANDLING_SLIP]),
        reference=r.number,
        sections=(_facts(c, w), assessment, plan, rectification),
        notice=w(QT_TRANSLATE_NOOP(
            "Documents",
            "Please rectify by {date} and return this slip to the service desk.",
        )).format(date=_day(r.rectify_due)),
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Service desk")), c.row.owner_name,
                         _time(c.slip_issued_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Approved by")),
                         c.plan_approved_by, _time(c.plan_approved_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Department head"))),
        ),
        footer=_footer(w, printed_by),
    )


def complaint_pdf(
    session: Session, actor: Actor, complaint_id: int, kind: str, translate: Translate
) -> PrintedDocument:
    """One of the complaint's papers as the PDF to preview, print or save."""
    forms = _forms()
    detail = complaints.get_complaint(session, actor, complaint_id)
    store = settings.read_settings(session, actor).store_name
    make = acknowledgement_document if kind == ACKNOWLEDGEMENT else handling_slip_document
    document = make(detail, store, actor.display_name, translate)
    token = issued.new_token()
    pdf = forms.render_forms([document], page_words(translate),
                             keywords=[issued.token_keyword(token)])
    title = translate(DOCS, TITLES[kind])
    return PrintedDocument(kind, complaint_id, title, f"{title} {detail.row.number}.pdf", pdf,
                           token, detail.row.number)


def record_output(session: Session, actor: Actor, document: PrintedDocument,
                  destination: str) -> None:
    """K2: a copy of the complaint left the desk (a printer or a file): who, what, where; and
    the file into the register of issued documents, so ``desk verify`` knows it."""
    authorize(session, actor, "complaint.read")
    audit.record(session, actor.id, "complaint.print", "complaint", document.complaint_id,
                 after={"document": document.kind, "destination": destination,
                        "note": destination})
    output = "printer" if destination.startswith("printer:") else "file"
    issued.issue(session, actor, document.kind, document.title, document.pdf, document.token,
                 [issued.PrintedRecord("complaint", document.complaint_id, document.reference)],
                 output, destination)
