"""The stocktake report (盘点报告, W8; also W7's daily count): the count, every item that
differs from the book with its reason, cause and handling, the written report to the
departments, who counted and who approved. Through the one print path like every paper:
previewed, printed or saved, registered, 副本 on a reprint."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desk.services import issued, settings, stocktakes
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.items import shown_quantity
from desk.services.papers import Paper, Words, forms_module, local_time, render
from desk.services.permissions import Actor, authorize
from desk.services.stocktakes import CountLine, StocktakeDetail
from desk.services.vocabulary import STOCKTAKE_KINDS, VARIANCE_REASONS, Translate, state_word

if TYPE_CHECKING:
    from desk.reports import forms

KIND, ENTITY = "stocktake_report", "stocktake"
TITLE = QT_TRANSLATE_NOOP("Documents", "Stocktake report")


def _amount(value: Decimal | None, unit: str) -> str:
    return "" if value is None else f"{shown_quantity(value)} {unit}"


def _signed(value: Decimal | None, unit: str) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + _amount(value, unit)


def _line_section(index: int, line: CountLine, w: Words) -> forms.FormSection:
    forms = forms_module()
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Book at the start")),
                      _amount(line.frozen, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Moved during the count")),
                      _signed(line.moved, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Counted")),
                      _amount(line.counted, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Variance")),
                      _signed(line.variance, line.unit)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Reason for the variance")),
                      w.code(VARIANCE_REASONS, line.reason)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Counted by")), line.counted_by),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Cause found")), line.cause, wide=True),
    ]
    if line.handling:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Handling")), line.handling,
                                  wide=True))
    heading = f"{index}. {line.code} {line.name}" + (f" ({line.spec})" if line.spec else "")
    return forms.FormSection(heading, tuple(rows))


def _summary(d: StocktakeDetail, w: Words, translate: Translate) -> forms.FormSection:
    forms = forms_module()
    varied = [line for line in d.lines if line.variance]
    rows = [
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Stocktake no.")), d.row.number),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Kind")),
                      w.code(STOCKTAKE_KINDS, d.row.kind)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Book frozen at")),
                      local_time(d.row.frozen_at)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "State")),
                      state_word("stocktake", d.row.state, translate)),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Items counted")),
                      f"{d.row.counted} / {d.row.lines}"),
        forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Items that differ")), str(len(varied))),
    ]
    if d.reported_at is not None:
        rows.append(forms.FormRow(
            w(QT_TRANSLATE_NOOP("Documents", "Written report")),
            w(QT_TRANSLATE_NOOP("Documents", "To {to}, {time}")).format(
                to=d.reported_to, time=local_time(d.reported_at))
            + (f"; {d.report_note}" if d.report_note else ""), wide=True))
    if d.note:
        rows.append(forms.FormRow(w(QT_TRANSLATE_NOOP("Documents", "Note")), d.note,
                                  wide=True))
    return forms.FormSection(w(QT_TRANSLATE_NOOP("Documents", "The count")), tuple(rows))


def stocktake_report_pdf(session: Session, actor: Actor, stocktake_id: int,
                         translate: Translate) -> Paper:
    """W8: the stocktake's report to preview, print or save (``stock.read``)."""
    authorize(session, actor, "stock.read")
    d = stocktakes.get_stocktake(session, actor, stocktake_id)
    forms = forms_module()
    w = Words(translate)
    copy = d.row.id in issued.printed_before(session, ENTITY, [d.row.id])
    shown = [line for line in d.lines if line.variance or line.reason]
    notice = (w(QT_TRANSLATE_NOOP("Documents", "Approved: the adjustments were posted under "
                                  "{number}.")).format(number=d.row.number)
              if d.row.state == stocktakes.APPROVED else
              w(QT_TRANSLATE_NOOP("Documents", "Not approved yet: nothing has been adjusted.")))
    if not shown:
        notice = w(QT_TRANSLATE_NOOP("Documents", "Every item counted matches the book.")
                   ) + " " + notice
    document = forms.FormDocument(
        store_name=settings.read_settings(session, actor).store_name,
        title=w(TITLE),
        reference=d.row.number,
        sections=(_summary(d, w, translate), *(_line_section(i, line, w)
                                    for i, line in enumerate(shown, 1))),
        notice=notice,
        signatures=(
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Counted by (warehouse clerk)")),
                               d.row.started_by, local_time(d.submitted_at)),
            forms.SignatureBox(w(QT_TRANSLATE_NOOP("Documents", "Approved by (supervisor)")),
                               d.approved_by, local_time(d.approved_at)),
        ),
        footer=w.printed_by(actor.display_name),
        copy_mark=w(QT_TRANSLATE_NOOP("Documents", "COPY")) if copy else None,
    )
    record = issued.PrintedRecord(ENTITY, d.row.id, d.row.number, copy)
    return render(KIND, TITLE, [document], [record], d.row.number, translate)
