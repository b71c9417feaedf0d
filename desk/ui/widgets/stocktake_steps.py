"""The stocktake page's columns, and its forms as steps (``StepDialog``): start a count (W7,
W8), a variance's reason, the written report, sending a count back, closing the month (W9)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import items, month_close, stocktakes
from desk.services.items import shown_quantity
from desk.services.permissions import Actor
from desk.services.stocktakes import CountLine, StocktakeDetail, StocktakeRow
from desk.services.vocabulary import STOCKTAKE_KINDS, VARIANCE_REASONS
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepField, Values
from desk.ui.labels import translate
from desk.ui.paged_model import Column


def signed(value: Any) -> str:
    """``+2``, ``-1``, ``0``; nothing for no value."""
    if value is None:
        return ""
    return ("+" if value > 0 else "") + shown_quantity(value)


def start_step(actor: Actor) -> Step:
    def run(session: Any, v: Values) -> StocktakeDetail:
        ids = [items.find_by_barcode(session, actor, code).id
               for code in v["items"].split()] if v["kind"] == stocktakes.CHOSEN else []
        return stocktakes.start_stocktake(session, actor, stocktakes.StartInput(
            v["kind"], ids, v["note"]))

    return Step(
        QCoreApplication.translate("StocktakeSteps", "Start a count"),
        QCoreApplication.translate("StocktakeSteps", "Freeze the book"),
        [StepField("kind", QCoreApplication.translate("StocktakeSteps", "Count"), "choice",
                   {code: translate("Labels", word) for code, word in STOCKTAKE_KINDS.items()},
                   value=stocktakes.DAILY),
         StepField("items", QCoreApplication.translate("StocktakeSteps", "&Items (chosen)"),
                   "line", placeholder=QCoreApplication.translate(
                       "StocktakeSteps", "Codes or barcodes, spaces between")),
         StepField("note", QCoreApplication.translate("StocktakeSteps", "Note"))],
        run,
        summary=QCoreApplication.translate(
            "StocktakeSteps", "The daily count takes the items that moved today."))


def reason_step(actor: Actor, take_id: int, line: CountLine) -> Step:
    line_id = line.id

    def run(session: Any, v: Values) -> CountLine:
        return stocktakes.explain_variance(session, actor, take_id, line_id,
                                           stocktakes.ReasonInput(v["reason"], v["cause"],
                                                                  v["handling"]))

    return Step(
        QCoreApplication.translate("StocktakeSteps", "Why {name} differs").format(
            name=line.name),
        QCoreApplication.translate("StocktakeSteps", "Save the reason"),
        [StepField("reason", QCoreApplication.translate("StocktakeSteps", "Reason *"), "choice",
                   {c: translate("Labels", w) for c, w in VARIANCE_REASONS.items()},
                   value=line.reason),
         StepField("cause", QCoreApplication.translate("StocktakeSteps", "&Cause *"),
                   value=line.cause),
         StepField("handling", QCoreApplication.translate(
             "StocktakeSteps", "&Handling (errors, quality)"), value=line.handling)],
        run,
        summary=QCoreApplication.translate("StocktakeSteps", "Variance {variance}").format(
            variance=signed(line.variance)))


def report_step(actor: Actor, detail: StocktakeDetail) -> Step:
    take_id = detail.row.id
    return Step(
        QCoreApplication.translate("StocktakeSteps", "Written report on {number}").format(
            number=detail.row.number),
        QCoreApplication.translate("StocktakeSteps", "Record the report"),
        [StepField("to", QCoreApplication.translate(
            "StocktakeSteps", "&Sent to (departments) *"), "line", value=detail.reported_to,
            max_length=stocktakes.REPORTED_TO_MAX),
         StepField("note", QCoreApplication.translate("StocktakeSteps", "Note"))],
        lambda s, v: stocktakes.record_report(s, actor, take_id, stocktakes.ReportInput(
            v["to"], v["note"])))


def send_back_step(actor: Actor, row: StocktakeRow) -> Step:
    return Step(
        QCoreApplication.translate("StocktakeSteps", "Send {number} back").format(
            number=row.number),
        QCoreApplication.translate("StocktakeSteps", "Send back"),
        [StepField("note", QCoreApplication.translate("StocktakeSteps", "What must be done *"))],
        lambda s, v: stocktakes.send_back(s, actor, row.id, row.version, v["note"]))


def close_month_step(actor: Actor) -> Step:
    return Step(
        QCoreApplication.translate("StocktakeSteps", "Close the month"),
        QCoreApplication.translate("StocktakeSteps", "Close the month"),
        [StepField("month", QCoreApplication.translate("StocktakeSteps", "&Month *"), "line",
                   value=month_close.previous_month(), max_length=7),
         StepField("note", QCoreApplication.translate("StocktakeSteps", "Reconciled with"))],
        lambda s, v: month_close.close_month(s, actor, v["month"], v["note"]),
        summary=QCoreApplication.translate(
            "StocktakeSteps", "Export the reconciliation and agree it with the office first. "
            "Afterwards no movement can be dated into the month."))


COLUMN_SAMPLES = ("PD-20261206-0001", "Chosen items", "Submitted for approval",
                   "2026-12-06 21:52", "9999 / 9999", "Variances", "孙七七")


def stocktake_columns() -> list[Column[StocktakeRow]]:
    return [
        Column(QCoreApplication.translate("StocktakePanel", "No."), None, lambda s: s.number),
        Column(QCoreApplication.translate("StocktakePanel", "Kind"), None,
               lambda s: translate("Labels", STOCKTAKE_KINDS[s.kind])),
        Column(QCoreApplication.translate("StocktakePanel", "State"), None,
               lambda s: labels.state("stocktake", s.state)),
        Column(QCoreApplication.translate("StocktakePanel", "Book frozen at"), None,
               lambda s: labels.local_time(s.frozen_at)),
        Column(QCoreApplication.translate("StocktakePanel", "Counted / items"), None,
               lambda s: f"{s.counted} / {s.lines}"),
        Column(QCoreApplication.translate("StocktakePanel", "Variances"), None,
               lambda s: str(s.variances)),
        Column(QCoreApplication.translate("StocktakePanel", "Clerk"), None,
               lambda s: s.started_by),
    ]
