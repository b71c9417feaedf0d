"""The complaint's printed papers: the acknowledgement for the customer (投诉受理回执, C5) and the
handling slip for the responsible department (受理处理单, C3).

Each is a :class:`desk.reports.forms.FormDocument` in the reader's language, rendered to the PDF
that the preview shows, the printer prints and Save as PDF keeps (DESIGN: one print path).
Reading a complaint to print it needs ``complaint.read``; each copy that leaves the desk
(printed or saved) is audited and registered by :func:`desk.services.papers.record_output`
(K2; the register of issued documents, :mod:`desk.services.issued`, lets ``desk verify``
recognise the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.services import complaints, issued, settings, vocabulary
from desk.services.complaints import ComplaintDetail
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.papers import Paper, Words, day_text, forms_module, local_time, render
from desk.services.permissions import Actor
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports import forms

ACKNOWLEDGEMENT, HANDLING_SLIP = "acknowledgement", "handling_slip"
TITLES = {
    ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("Documents", "Complaint acknowledgement"),
    HANDLING_SLIP: QT_TRANSLATE_NOOP("Documents", "Complaint handling slip"),
}


def _facts(c: ComplaintDetail, w: Words) -> forms.FormSection:
    forms = forms_module()
    r = c.row
    customer = r.customer_name or w.anonymous()
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The complaint")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Customer")), customer),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Phone")), r.masked_phone),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received")), local_time(r.received_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received by")), c.receiver_name),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Channel")),
                w.code(vocabulary.CHANNELS, r.channel)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Category")),
                w.code(vocabulary.CATEGORIES, r.category)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Complaint")), r.content, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Asks for")), c.demand, wide=True),
    ))




def acknowledgement_document(
    c: ComplaintDetail, store_name: str, printed_by: str, translate: Translate
) -> forms.FormDocument:
    """C5: the number and the promised date, for the customer to keep."""
    forms = forms_module()
    w = Words(translate)
    r = c.row
    promised = day_text(r.promised_date)
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
                                     local_time(r.response_due_at)))
    promise = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Our promise")), tuple(rows))
    notice = w(QT_TRANSLATE_NOOP(
        "Documents",
        "We have taken your complaint and will tell you the result by {date}. Please quote "
        "complaint no. {number} when you contact the service desk.",
    )).format(date=day_text(r.promised_date), number=r.number)
    return forms.FormDocument(
        store_name=store_name,
        title=w(TITLES[ACKNOWLEDGEMENT]),
        reference=r.number,
        sections=(_facts(c, w), promise),
        notice=notice,
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Received by")), c.receiver_name,
                         local_time(r.received_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Customer"))),
        ),
        footer=w.printed_by(printed_by),
    )


def handling_slip_document(
    c: ComplaintDetail, store_name: str, printed_by: str, translate: Translate
) -> forms.FormDocument:
    """C3: the approved opinion to the responsible department and person, with room for the
    department's own account of the rectification."""
    forms = forms_module()
    w = Words(translate)
    r = c.row
    yes, no = w(QT_TRANSLATE_NOOP("Documents", "yes")), w(QT_TRANSLATE_NOOP("Documents", "no"))
    assessment = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Assessment")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Grounds hold")),
                "" if c.justified is None else (yes if c.justified else no)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Demand reasonable")),
                "" if c.demand_reasonable is None else (yes if c.demand_reasonable else no)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Severity")),
                w.code(vocabulary.SEVERITIES, r.severity)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Rectify by")), day_text(r.rectify_due)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Findings")), c.assessment, wide=True),
    ))
    plan = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Handling plan and approval")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Plan")), c.plan, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approval opinion")), c.approval_opinion,
                wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approved by")), c.plan_approved_by),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Approved at")),
                      local_time(c.plan_approved_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), c.department),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Responsible person")),
                      c.responsible_person),
    ))
    # Filled in by hand when the slip goes out; printed when the desk has recorded it.
    rectification = forms.FormSection(
        w(QT_TRANSLATE_NOOP("Documents", "Rectification (by the department)")), (
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Cause")), c.cause, wide=True),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Measures")), c.measures, wide=True),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Done at")), local_time(c.rectified_at)),
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
        )).format(date=day_text(r.rectify_due)),
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Service desk")), c.row.owner_name,
                         local_time(c.slip_issued_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Approved by")),
                         c.plan_approved_by, local_time(c.plan_approved_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Department head"))),
        ),
        footer=w.printed_by(printed_by),
    )


def complaint_pdf(
    session: Session, actor: Actor, complaint_id: int, kind: str, translate: Translate
) -> Paper:
    """One of the complaint's papers as the PDF to preview, print or save; each copy that
    leaves the desk goes through :func:`desk.services.papers.record_output`."""
    detail = complaints.get_complaint(session, actor, complaint_id)
    store = settings.read_settings(session, actor).store_name
    make = acknowledgement_document if kind == ACKNOWLEDGEMENT else handling_slip_document
    document = make(detail, store, actor.display_name, translate)
    return render(kind, TITLES[kind], [document],
                  [issued.PrintedRecord("complaint", complaint_id, detail.row.number)],
                  detail.row.number, translate)
