"""The signed callback record (回访记录表, B4) as the PDF supervisors print: one, or a batch by
date range and department, every page a proper form.

Each record is a :class:`desk.reports.forms.FormDocument` in the reader's language: the store,
the record number (HF-…), what was called back about (a complaint with its rectification, or
the source's own facts), the call with its questions and answers, the satisfaction in words,
both signatures as images (or how the customer signed instead), and who printed it when. A
record that already has a page in an issued document prints as 副本 (:mod:`desk.services.issued`).

Only records that are done are printed: an unsigned phone callback is not yet a record to file.
Printing needs ``callback.print`` (supervisors, B4). A batch is a job (:mod:`desk.services.jobs`)
with progress and cancel; all its pages are one PDF. Every copy that leaves the desk is
registered through :func:`desk.services.papers.record_output` (the SHA-256 of the bytes, the
records in it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models import Attachment, Callback, Complaint, Customer, Staff
from desk.services import clock, issued, settings, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from desk.services.jobs import JobControl, SessionSource
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
from desk.services.validation import mask_phone
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports import forms

KIND = "callback_record"
ENTITY = "callback"
TITLE = QT_TRANSLATE_NOOP("Documents", "Callback record")
PRINTABLE_STATE = "done"
_IMAGE_TYPES = ("image/png", "image/jpeg")  # what reportlab draws as it is

SOURCES: Mapping[str, str] = {
    "complaint": QT_TRANSLATE_NOOP("Documents", "Complaint"),
    "survey": QT_TRANSLATE_NOOP("Documents", "Satisfaction survey opinion"),
    "special_service": QT_TRANSLATE_NOOP("Documents", "Special paid service"),
    "follow_up": QT_TRANSLATE_NOOP("Documents", "Product follow-up"),
    "manual": QT_TRANSLATE_NOOP("Documents", "Entered by hand"),
}
# How the call was made; not "Phone", which labels a phone number on the same form.
METHODS: Mapping[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Documents", "By phone"),
    "visit": QT_TRANSLATE_NOOP("Documents", "Home visit"),
}
# B2 in the words of the form: 满意 / 基本满意 / 不满意.
SATISFACTION: Mapping[str, str] = {
    "satisfied": QT_TRANSLATE_NOOP("Documents", "Satisfied"),
    "basic": QT_TRANSLATE_NOOP("Documents", "Basically satisfied"),
    "dissatisfied": QT_TRANSLATE_NOOP("Documents", "Dissatisfied"),
}




@dataclass(frozen=True)
class CallbackRange:
    """A batch (B4): callbacks made on the local days ``date_from`` to ``date_to``, of one
    department or (None) all."""

    date_from: date
    date_to: date
    department: str | None = None


# -- what a page needs, read in a few queries for the whole batch -----------------------------

@dataclass(frozen=True)
class _Scan:
    media_type: str
    content: bytes | None  # only an image's bytes are read


@dataclass(frozen=True)
class _Sheet:
    """One record and everything its page shows, read before rendering (no lazy loads)."""

    callback: Callback
    complaint: Complaint | None
    customer: Customer | None
    names: Mapping[int, str]
    scan: _Scan | None


def _sheets(session: Session, callbacks: Sequence[Callback]) -> list[_Sheet]:
    complaint_ids = {c.complaint_id for c in callbacks if c.complaint_id is not None}
    complaints = {c.id: c for c in _by_ids(session, Complaint, complaint_ids)}
    customer_ids = {c.customer_id for c in callbacks if c.customer_id is not None}
    customer_ids |= {c.customer_id for c in complaints.values() if c.customer_id is not None}
    customers = {c.id: c for c in _by_ids(session, Customer, customer_ids)}
    staff_ids: set[int] = set()
    for c in callbacks:
        staff_ids |= {i for i in (c.caller_id, c.exception_by_id, c.owner_id) if i is not None}
    for complaint in complaints.values():
        if complaint.verified_by_id is not None:
            staff_ids.add(complaint.verified_by_id)
    names: dict[int, str] = {
        i: name for i, name in session.execute(
            select(Staff.id, Staff.display_name).where(Staff.id.in_(staff_ids)))
    } if staff_ids else {}
    scans = _scans(session, {c.paper_scan_id for c in callbacks if c.paper_scan_id is not None})
    sheets = []
    for c in callbacks:
        complaint = complaints.get(c.complaint_id) if c.complaint_id is not None else None
        customer_id = c.customer_id or (complaint.customer_id if complaint else None)
        sheets.append(_Sheet(c, complaint, customers.get(customer_id) if customer_id else None,
                             names, scans.get(c.paper_scan_id) if c.paper_scan_id else None))
    return sheets


def _by_ids(session: Session, model: Any, ids: set[int]) -> list[Any]:
    found: list[Any] = []
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):  # bound the IN list on every backend
        found.extend(session.scalars(select(model).where(model.id.in_(wanted[start:start + 500]))))
    return found


def _scans(session: Session, ids: set[int]) -> dict[int, _Scan]:
    """The paper scans' types, and the bytes of those that are images (a PDF scan is named on
    the form, not read)."""
    if not ids:
        return {}
    rows = session.execute(
        select(Attachment.id, Attachment.media_type).where(Attachment.id.in_(sorted(ids)),
                                                           Attachment.voided_at.is_(None))
    ).all()
    images = [i for i, media in rows if media in _IMAGE_TYPES]
    contents: dict[int, bytes] = {
        i: content for i, content in session.execute(
            select(Attachment.id, Attachment.content).where(Attachment.id.in_(images)))
    } if images else {}
    return {i: _Scan(media, contents.get(i)) for i, media in rows}


# -- the form ----------------------------------------------------------------------------------







def _customer_rows(sheet: _Sheet, w: Words) -> list[forms.FormRow]:
    forms = forms_module()
    customer = sheet.customer
    name = customer.name if customer else w._translate(vocabulary.LABELS, vocabulary.ANONYMOUS)
    return [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Customer")), name),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Phone")),
                      mask_phone(customer.phone) if customer else ""),
    ]


def _about_complaint(sheet: _Sheet, w: Words) -> tuple[forms.FormSection, ...]:
    """For a complaint callback: the complaint and its rectification (C6, C7)."""
    forms = forms_module()
    complaint = sheet.complaint
    assert complaint is not None
    facts = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The complaint")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Complaint no.")), complaint.number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received")),
                      local_time(complaint.received_at)),
        *_customer_rows(sheet, w),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Complaint")), complaint.content,
                      wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Asks for")), complaint.demand,
                      wide=True),
    ))
    verified = sheet.names.get(complaint.verified_by_id or 0, "")
    rectification = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Rectification")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), complaint.department),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Responsible person")),
                      complaint.responsible_person),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Cause")), complaint.cause, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Measures")), complaint.measures,
                      wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Done at")),
                      local_time(complaint.rectified_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Checked by the desk")), verified),
    ))
    return facts, rectification


def _about_source(sheet: _Sheet, w: Words) -> tuple[forms.FormSection, ...]:
    """For the other sources (B1): the source's own facts."""
    forms = forms_module()
    c = sheet.callback
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Source")), w.own(SOURCES, c.source)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Department")), c.department),
        *_customer_rows(sheet, w),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "About")), c.subject, wide=True),
    ]
    if c.source == "survey":
        rows += [
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Summarised on")),
                          day_text(c.summary_on)),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Sent to the department")),
                          local_time(c.sent_at)),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Written measures")), c.measures,
                          wide=True),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Measures received")),
                          local_time(c.measures_at)),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Fixed on")), day_text(c.fixed_on)),
        ]
    elif c.source == "special_service":
        rows += [
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Service fee")),
                          f"¥{c.service_fee}" if c.service_fee is not None else ""),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Payment notice delivered")),
                          local_time(c.notice_delivered_at)),
        ]
    return (forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "What was called back")),
                              tuple(rows)),)


def _the_call(sheet: _Sheet, w: Words) -> forms.FormSection:
    forms = forms_module()
    c = sheet.callback
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Method")), w.own(METHODS, c.method)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Called at")), local_time(c.called_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Called by")),
                      sheet.names.get(c.caller_id or 0, "")),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Person reached")), c.person_reached),
    ]
    for number, pair in enumerate(c.answers or [], start=1):
        question, answer = [*list(pair), "", ""][:2]
        rows.append(forms.FormRow(
            w(QT_TRANSLATE_NOOP("Documents", "Question {n}")).format(n=number), str(question),
            wide=True))
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Answer")), str(answer),
                                  wide=True))
    rows += [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Satisfaction")),
                      w.own(SATISFACTION, c.satisfaction), wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Comments")), c.comments, wide=True),
    ]
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The callback")), tuple(rows))


def _exception(sheet: _Sheet, w: Words) -> forms.FormSection:
    """B2: the supervisor's recorded exception (the customer refused to sign)."""
    forms = forms_module()
    c = sheet.callback
    return forms.FormSection(
        w(QT_TRANSLATE_NOOP("Documents", "Exception: the customer did not sign")), (
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Recorded by")),
                          sheet.names.get(c.exception_by_id or 0, "")),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Recorded at")),
                          local_time(c.exception_at)),
            forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Reason")), c.exception_reason,
                          wide=True),
        ))


def _customer_box(sheet: _Sheet, w: Words) -> tuple[forms.SignatureBox, tuple[Any, ...]]:
    """The customer's signature, or the words for how they signed instead; and the scan of a
    paper signature when it is an image (shown below the boxes)."""
    forms = forms_module()
    c = sheet.callback
    label = w(QT_TRANSLATE_NOOP("Documents", "Customer's signature"))
    when = local_time(c.customer_signed_at)
    if c.signature_mode == "screen" and c.customer_signature:
        return forms.SignatureBox(label, c.person_reached, when, c.customer_signature), ()
    if c.signature_mode == "paper":
        scan = sheet.scan
        if scan is None:
            said = QT_TRANSLATE_NOOP("Documents", "Signed on paper; the scan is not attached yet")
        elif scan.content is not None:
            said = QT_TRANSLATE_NOOP("Documents", "Signed on paper; the scan is shown below")
            figure = forms.FormFigure(
                w(QT_TRANSLATE_NOOP("Documents", "Scan of the paper signed by the customer")),
                scan.content)
            return forms.SignatureBox(label, w(said), when), (figure,)
        else:
            said = QT_TRANSLATE_NOOP(
                "Documents", "Signed on paper; the scan (a PDF file) is kept with the record")
        return forms.SignatureBox(label, w(said), when), ()
    if c.exception_at is not None:
        said = QT_TRANSLATE_NOOP("Documents", "Refused to sign (exception recorded above)")
    else:
        said = QT_TRANSLATE_NOOP("Documents", "No signature required for this callback")
    return forms.SignatureBox(label, w(said)), ()


def callback_record_document(
    sheet: _Sheet, store_name: str, printed_by: str, translate: Translate, copy: bool
) -> forms.FormDocument:
    """B4: one callback record as a form, 副本 on every page when ``copy``."""
    forms = forms_module()
    w = Words(translate)
    c = sheet.callback
    about = (_about_complaint(sheet, w) if c.source == "complaint" and sheet.complaint
             else _about_source(sheet, w))
    sections = [*about, _the_call(sheet, w)]
    if c.exception_at is not None:
        sections.append(_exception(sheet, w))
    customer_box, figures = _customer_box(sheet, w)
    staff_box = forms.SignatureBox(
        w(QT_TRANSLATE_NOOP("Documents", "Staff signature")),
        sheet.names.get(c.caller_id or 0, ""), local_time(c.called_at), c.staff_signature or None)
    return forms.FormDocument(
        store_name=store_name,
        title=w(TITLE),
        reference=c.number,
        sections=tuple(sections),
        signatures=(customer_box, staff_box),
        footer=w.printed_by(printed_by),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None,
        figures=figures,
    )


def _render(
    session: Session,
    actor: Actor,
    callbacks: Sequence[Callback],
    translate: Translate,
    file_stem: str,
    progress: Callable[[int, int], None] | None = None,
) -> Paper:
    store = settings.read_settings(session, actor).store_name
    sheets = _sheets(session, callbacks)
    reprinted = issued.printed_before(session, ENTITY, [c.id for c in callbacks])
    documents = [
        callback_record_document(s, store, actor.display_name, translate,
                                 s.callback.id in reprinted)
        for s in sheets
    ]
    records = [issued.PrintedRecord(ENTITY, c.id, c.number, c.id in reprinted)
               for c in callbacks]
    return render(KIND, TITLE, documents, records, file_stem, translate, progress)


def callback_pdf(
    session: Session, actor: Actor, callback_id: int, translate: Translate
) -> Paper:
    """B4: one done callback record as the PDF to preview, print or save."""
    authorize(session, actor, "callback.print")
    callback = session.get(Callback, callback_id)
    if callback is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This record no longer exists."))
    if callback.state != PRINTABLE_STATE:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "Callback {number} is not finished yet: only a completed, signed record is "
            "printed.",
        ), number=callback.number)
    return _render(session, actor, [callback], translate, callback.number)


def _in_range(session: Session, selection: CallbackRange) -> list[Callback]:
    start, end = clock.day_bounds(selection.date_from, selection.date_to)
    stmt = (select(Callback)
            .where(Callback.state == PRINTABLE_STATE, Callback.called_at >= start,
                   Callback.called_at < end)
            .order_by(Callback.called_at, Callback.id))
    if selection.department:
        stmt = stmt.where(Callback.department == selection.department)
    return list(session.scalars(stmt))


def print_batch(
    source: SessionSource,
    actor: Actor,
    selection: CallbackRange,
    translate: Translate,
    control: JobControl,
) -> Paper:
    """B4: the done callback records of a date range (and department) as ONE PDF, a job with
    progress (one step per record) and cancel. An empty range is refused."""
    if selection.date_to < selection.date_from:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The last day is before the first day."),
            "date_to")
    with source.read() as session:
        authorize(session, actor, "callback.print")
        callbacks = _in_range(session, selection)
        if not callbacks:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "There are no signed callback records from {first} to {last}."),
                "date_from", first=selection.date_from.isoformat(),
                last=selection.date_to.isoformat())
        control.step(0, len(callbacks))
        stem = f"{selection.date_from.isoformat()}_{selection.date_to.isoformat()}"
        if selection.department:
            stem += f" {selection.department}"
        return _render(session, actor, callbacks, translate, stem, control.step)


def departments(session: Session, actor: Actor) -> list[str]:
    """The departments of done callbacks, for the batch's choice (B4)."""
    authorize(session, actor, "callback.print")
    return sorted(d for d in session.scalars(
        select(Callback.department).distinct().where(Callback.state == PRINTABLE_STATE,
                                                     Callback.department != ""))
    )


def save_batch(
    source: SessionSource,
    actor: Actor,
    selection: CallbackRange,
    path: Path,
    translate: Translate,
    control: JobControl,
) -> SavedPaper:
    """``desk print callbacks``: the batch written to ``path`` and registered as issued."""
    return save_paper(source, actor, print_batch(source, actor, selection, translate, control),
                      path)
