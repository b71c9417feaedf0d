"""The dock's papers: the inspection sheet (验收单, W4) and the receiving note (入库单, W5).

Both go through the one print path (:func:`desk.services.papers.render`): the window previews,
prints and saves the same PDF, and every copy that leaves the desk is registered
(:func:`desk.services.papers.record_output`). The inspection sheet prints a delivery's latest
inspection: every line with its count and its checks, passed or failed, what was found, the
result, the clerk's drawn signature and the time; a held one also says who was told and when.
The receiving note of a passed delivery is what finance gets the same day: the receipt number,
the delivery, every line taken in, the clerk's signature and a box for finance. A sheet or a
note printed before says 副本 (B4's rule, :func:`desk.services.issued.printed_before`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.services import deliveries, issued, settings
from desk.services.deliveries import DeliveryDetail, LineDetail
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.items import shown_quantity
from desk.services.jobs import SessionSource
from desk.services.papers import (
    Paper,
    SavedPaper,
    Words,
    forms_module,
    local_time,
    render,
    save_paper,
)
from desk.services.permissions import Actor, authorize
from desk.services.vocabulary import NOTICE_METHODS, Translate

if TYPE_CHECKING:
    from desk.reports import forms

INSPECTION_KIND, RECEIVING_KIND = "inspection_sheet", "receiving_note"
INSPECTION_ENTITY, RECEIVING_ENTITY = "delivery_inspection", "delivery"
INSPECTION_TITLE = QT_TRANSLATE_NOOP("Documents", "Inspection sheet")
RECEIVING_TITLE = QT_TRANSLATE_NOOP("Documents", "Receiving note")

# The checks in the order the clerk does them, as the sheet names them.
CHECK_WORDS: Mapping[str, str] = {
    "spec_ok": QT_TRANSLATE_NOOP("Documents", "Spec/model"),
    "colour_ok": QT_TRANSLATE_NOOP("Documents", "Colour"),
    "size_ok": QT_TRANSLATE_NOOP("Documents", "Size"),
    "quality_ok": QT_TRANSLATE_NOOP("Documents", "Quality, packaging"),
    "certificate_ok": QT_TRANSLATE_NOOP("Documents", "Certificate"),
    "documents_ok": QT_TRANSLATE_NOOP("Documents", "Documents"),
}
PASSED_WORD = QT_TRANSLATE_NOOP("Documents", "Passed")
FAILED_WORD = QT_TRANSLATE_NOOP("Documents", "Failed")


def _verdict(w: Words, ok: bool) -> str:
    return w(PASSED_WORD) if ok else w(FAILED_WORD)


def _amount(value: Decimal, unit: str) -> str:
    return f"{shown_quantity(value)} {unit}"


def _delivery_section(d: DeliveryDetail, w: Words) -> forms.FormSection:
    forms = forms_module()
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The delivery")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Delivery no.")), d.row.number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Supplier")), d.row.supplier),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Delivery note no.")),
                      d.row.note_number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Arrival")),
                      w(QT_TRANSLATE_NOOP("Documents", "Announced in advance")) if d.announced
                      else w(QT_TRANSLATE_NOOP("Documents", "Arrived unannounced"))),
    ))


def _item_heading(index: int, line: LineDetail) -> str:
    described = " ".join(part for part in (line.spec, line.colour, line.size) if part)
    return f"{index}. {line.code} {line.name}" + (f" ({described})" if described else "")


def _line_section(index: int, line: LineDetail, w: Words) -> forms.FormSection:
    forms = forms_module()
    found = line.found
    assert found is not None
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Expected")),
                      _amount(line.expected, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received quantity")),
                      _amount(found.received, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Quantity")),
                      _verdict(w, found.quantity_ok)),
        *(forms.FormRow(w(CHECK_WORDS[name]), _verdict(w, ok))
          for name, ok in found.checks.items()),
    ]
    if found.note:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Found")), found.note,
                                  wide=True))
    return forms.FormSection(_item_heading(index, line), tuple(rows))


def _result_section(d: DeliveryDetail, w: Words) -> forms.FormSection:
    forms = forms_module()
    inspection = d.inspection
    assert inspection is not None
    if inspection.result == deliveries.PASSED:
        result = w(QT_TRANSLATE_NOOP(
            "Documents", "Passed: taken into stock under {receipt}")).format(
            receipt=d.row.receipt_number)
    else:
        result = w(QT_TRANSLATE_NOOP("Documents", "Held: not taken into stock"))
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Result")), result, wide=True),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Inspection")),
                      w(QT_TRANSLATE_NOOP("Documents", "No. {round}")).format(
                          round=inspection.round)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Inspected at")),
                      local_time(inspection.inspected_at)),
    ]
    if inspection.result == deliveries.HELD:
        told = (w(QT_TRANSLATE_NOOP("Documents", "{person}, {method}, {time}")).format(
            person=inspection.notified_person, method=w.code(NOTICE_METHODS,
                                                             inspection.notice_method),
            time=local_time(inspection.notified_at))
            if inspection.notified_at else
            w(QT_TRANSLATE_NOOP("Documents", "Not yet told")))
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Handler notice")), told,
                                  wide=True))
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Result")), tuple(rows))


def inspection_sheet_pdf(session: Session, actor: Actor, delivery_id: int,
                         translate: Translate) -> Paper:
    """W4: the delivery's latest inspection as the sheet to preview, print or save."""
    authorize(session, actor, "stock.read")
    d = deliveries.get_delivery(session, actor, delivery_id)
    inspection = d.inspection
    if inspection is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} has not been inspected yet: nothing to print."),
            number=d.row.number)
    forms = forms_module()
    w = Words(translate)
    copy = inspection.id in issued.printed_before(session, INSPECTION_ENTITY, [inspection.id])
    document = forms.FormDocument(
        store_name=settings.read_settings(session, actor).store_name,
        title=w(INSPECTION_TITLE),
        reference=d.row.number,
        sections=(_delivery_section(d, w),
                  *(_line_section(i, line, w) for i, line in enumerate(d.lines, 1)),
                  _result_section(d, w)),
        signatures=(forms.SignatureBox(
            w(QT_TRANSLATE_NOOP("Documents", "Inspected by (warehouse clerk)")),
            inspection.inspected_by, local_time(inspection.inspected_at),
            inspection.signature),),
        footer=w.printed_by(actor.display_name),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None,
    )
    record = issued.PrintedRecord(INSPECTION_ENTITY, inspection.id, d.row.number, copy)
    return render(INSPECTION_KIND, INSPECTION_TITLE, [document], [record], d.row.number,
                  translate)


def receiving_note_pdf(session: Session, actor: Actor, delivery_id: int,
                       translate: Translate) -> Paper:
    """W5: the receiving note of a passed delivery, for finance the same day."""
    authorize(session, actor, "stock.read")
    d = deliveries.get_delivery(session, actor, delivery_id)
    inspection = d.inspection
    if d.row.state != deliveries.PASSED or inspection is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "{number} has not been taken into stock: it has no receiving "
            "note."), number=d.row.number)
    forms = forms_module()
    w = Words(translate)
    copy = d.row.id in issued.printed_before(session, RECEIVING_ENTITY, [d.row.id])
    receipt = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Receipt")), (
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Receipt no.")), d.row.receipt_number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Received at")),
                      local_time(d.posted_at)),
        *_delivery_section(d, w).rows[:3],
    ))
    taken = forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "Taken into stock")), tuple(
        forms.FormRow(str(i), f"{line.code} {line.name} {line.spec}".strip() + "  ×  "
                      + _amount(line.found.received if line.found else line.expected,
                                line.unit), wide=True)
        for i, line in enumerate(d.lines, 1)))
    document = forms.FormDocument(
        store_name=settings.read_settings(session, actor).store_name,
        title=w(RECEIVING_TITLE),
        reference=d.row.receipt_number,
        sections=(receipt, taken),
        notice=w(QT_TRANSLATE_NOOP(
            "Documents", "Passed the dock inspection (inspection sheet {number}). To finance "
            "on the day of receipt.")).format(number=d.row.number),
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Warehouse clerk")),
                               inspection.inspected_by, local_time(inspection.inspected_at),
                               inspection.signature),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Received by finance"))),
        ),
        footer=w.printed_by(actor.display_name),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None,
    )
    record = issued.PrintedRecord(RECEIVING_ENTITY, d.row.id, d.row.receipt_number, copy)
    return render(RECEIVING_KIND, RECEIVING_TITLE, [document], [record], d.row.receipt_number,
                  translate)


def save_inspection_sheet(source: SessionSource, actor: Actor, number: str, path: Path,
                          translate: Translate) -> SavedPaper:
    """``desk print inspection``: the sheet written to ``path`` and registered as issued, the
    file complete or not there at all."""
    with source.read() as session:
        delivery = deliveries.find_delivery(session, actor, number)
        printed = inspection_sheet_pdf(session, actor, delivery.row.id, translate)
    return save_paper(source, actor, printed, path)
