"""One callback in full beside the due list: what it is about (the complaint and its
rectification, the survey's steps, the service), the record once made with both signatures,
the buttons for the steps its state allows, and its timeline."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.services import callbacks, clock, vocabulary
from desk.services.callbacks import CallbackDetail
from desk.services.complaints import TimelineEntry
from desk.services.money import format_amount
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.labels import translate
from desk.ui.widgets.complaint_panel import timeline_html
from desk.ui.widgets.signature_pad import SignaturePad

# The steps a callback's state may offer, in the order their buttons stand. "complete" and
# "record" are one button (the record dialog decides which), "sign" is the signature added
# later; "print" is the supervisor's signed record (B4).
ACTIONS = ("record", "send", "receive_measures", "report_fix", "print_notice", "deliver_notice",
           "sign", "attach_paper", "waive", "void", "print")
STEPS_PER_ROW = 3


def button_text(action: str) -> str:
    words = {
        "record": translate("Callback", "Record the callback…"),
        "send": translate("Callback", "Sent to the department…"),
        "receive_measures": translate("Callback", "Measures received…"),
        "report_fix": translate("Callback", "Fix done…"),
        "print_notice": translate("Callback", "Print payment notice…"),
        "deliver_notice": translate("Callback", "Notice delivered…"),
        "sign": translate("Callback", "Customer signs now…"),
        "attach_paper": translate("Callback", "Attach signed paper…"),
        "waive": translate("Callback", "Refused to sign…"),
        "void": translate("Callback", "Void…"),
        "print": translate("Callback", "Print record…"),
    }
    return words[action]


def _word(table: Mapping[str, str], code: str | None) -> str:
    return vocabulary.word(table, code, labels.translate) if code else ""


def _date(day: date | None) -> str:
    return day.strftime("%Y-%m-%d") if day else ""


def due_words(c: CallbackDetail) -> str:
    """What the callback waits for, and by when (B1, B5), in words."""
    r = c.row
    if r.state in (callbacks.DONE, callbacks.VOIDED):
        return ""
    waits = {
        callbacks.TO_SEND: translate("Callback", "The opinion goes to the department by {day}."),
        callbacks.AWAITING_MEASURES: translate(
            "Callback", "The department's written measures are due by {day}."),
        callbacks.AWAITING_FIX: translate(
            "Callback", "Waiting for the department's fix; the callback follows within 14 "
            "days of it."),
        callbacks.NOTICE_PENDING: translate(
            "Callback", "The payment notice is to be delivered by {day}."),
        callbacks.DUE: translate("Callback", "Call back by {day}."),
        callbacks.AWAITING_SIGNATURE: translate(
            "Callback", "Called back; the customer is to sign by {day}."),
    }
    text = waits[r.state].format(day=_date(r.step_due))
    if r.overdue and r.step_due is not None:
        late = (clock.local_today() - r.step_due).days
        text = QCoreApplication.translate(
            "Callback", "{text} Overdue by %n day(s).", None, late).format(text=text)
    return text


class CallbackPanel(QWidget):
    """Shows one :class:`CallbackDetail`; ``step_requested(action)`` asks the tab to run it,
    ``scan_copy_requested`` to save a copy of the signed paper's scan (B2, K2)."""

    step_requested = Signal(str)
    scan_copy_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackPanel")
        self._actor = actor
        self.detail: CallbackDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("callbackHeading")
        self.heading.setWordWrap(True)
        self.due = QLabel(self)
        self.due.setObjectName("callbackDue")
        self.due.setWordWrap(True)
        self.facts = QTextBrowser(self)
        self.facts.setObjectName("callbackFacts")
        self.facts.setOpenLinks(False)
        self.customer_signature = SignaturePad(self)
        self.customer_signature.setObjectName("shownCustomerSignature")
        self.staff_signature = SignaturePad(self)
        self.staff_signature.setObjectName("shownStaffSignature")
        for pad in (self.customer_signature, self.staff_signature):
            pad.set_read_only(True)
            pad.setMinimumSize(160, 70)
            pad.setMaximumHeight(110)
        self.buttons: dict[str, QPushButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(4)
        for action in ACTIONS:
            button = QPushButton(button_text(action), self)
            button.setObjectName(f"step_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.step_requested.emit(a))
            self.buttons[action] = button
        self._signatures = QWidget(self)
        signed = QHBoxLayout(self._signatures)
        signed.setContentsMargins(0, 0, 0, 0)
        # A record signed on paper has no drawn signature: the pad's place says where the
        # signature is instead of "not signed".
        self.on_paper = QLabel(translate(
            "Callback", "Signed on paper: the scan is kept with the record and printed with "
            "it."), self._signatures)
        self.on_paper.setObjectName("signedOnPaper")
        self.on_paper.setWordWrap(True)
        # Beside where the signature would be: the scan is the customer's signature (B2).
        self.save_scan = QPushButton(translate("Callback", "Save the s&can…"), self._signatures)
        self.save_scan.setObjectName("saveScanButton")
        self.save_scan.clicked.connect(self.scan_copy_requested)
        columns = []
        for title, shown in ((translate("Callback", "Customer's signature"),
                              (self.customer_signature, self.on_paper)),
                             (translate("Callback", "Staff signature"),
                              (self.staff_signature,))):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self._signatures))
            for widget in shown:
                column.addWidget(widget)
            signed.addLayout(column, 1)  # two equal halves, whatever each shows
            columns.append(column)
        columns[0].addWidget(self.save_scan, 0, Qt.AlignmentFlag.AlignLeft)
        for column in columns:
            column.addStretch(1)  # the two titles on one line, above what they show
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.due)
        layout.addLayout(self._grid)
        layout.addWidget(self.facts, 1)
        layout.addWidget(self._signatures)
        self.show_callback(None, [])

    def offered(self, c: CallbackDetail) -> list[str]:
        """The steps the callback's state allows and the signed-in person may take."""
        possible = set(c.allowed_actions)
        shown = []
        for action in ACTIONS:
            if action == "record":
                ok = "complete" in possible or "record" in possible
            elif action == "attach_paper":
                ok = "sign" in possible
            elif action == "print_notice":
                ok = (c.row.source == callbacks.SPECIAL and c.row.state != callbacks.VOIDED
                      and allowed(self._actor, "callback.write"))
            elif action == "print":
                ok = c.row.state == callbacks.DONE and allowed(self._actor, "callback.print")
            elif action == "void":
                ok = action in possible and c.row.source != callbacks.COMPLAINT
            else:
                ok = action in possible
            if ok:
                shown.append(action)
        return shown

    def show_callback(self, c: CallbackDetail | None, steps: list[TimelineEntry]) -> None:
        self.detail = c
        if c is None:
            self.heading.setText(translate("Callback", "Pick a callback in the list to see it "
                                                       "here."))
            self.due.hide()
            self.facts.clear()
            self._signatures.hide()
            for button in self.buttons.values():
                button.hide()
            return
        self.heading.setText(translate("Callback", "<b>{number}</b> · {state} · {source}").format(
            number=c.row.number, state=labels.state("callback", c.row.state),
            source=_word(vocabulary.CALLBACK_SOURCES, c.row.source)))
        self.due.setText(due_words(c))
        self.due.setStyleSheet("color: #b71c1c; font-weight: bold;" if c.row.overdue
                               else "color: #616161;")
        self.due.setVisible(bool(self.due.text()))
        shown = [self.buttons[a] for a in self.offered(c)]
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.setVisible(button in shown)
        for i, button in enumerate(shown):
            self._grid.addWidget(button, i // STEPS_PER_ROW, i % STEPS_PER_ROW)
        recorded = c.row.called_at is not None
        self._signatures.setVisible(recorded)
        on_paper = c.signature_mode == callbacks.ON_PAPER
        self.on_paper.setVisible(on_paper)
        # Signed on paper, the scan not attached yet: the button says there is none to save.
        self.save_scan.setVisible(on_paper)
        self.save_scan.setEnabled(c.paper_scan_id is not None)
        self.save_scan.setToolTip(
            translate("Callback", "Save a copy of {file} (the copy is logged).").format(
                file=c.paper_scan_name) if c.paper_scan_id is not None
            else translate("Callback", "No scan yet: attach the signed paper first."))
        self.customer_signature.setVisible(not on_paper)
        self.customer_signature.set_png(c.customer_signature or b"")
        self.staff_signature.set_png(c.staff_signature or b"")
        self.facts.setHtml(self._facts_html(c) + "<hr>" + timeline_html(steps))

    def _facts_html(self, c: CallbackDetail) -> str:
        r = c.row
        answers = "\n".join(f"{q} {a}" for q, a in c.answers)
        signed = {
            "screen": translate("Callback", "signed on the screen"),
            "paper": translate("Callback", "signed on paper (scan attached)")
            if c.paper_scan_id is not None
            else translate("Callback", "signed on paper (scan not attached yet)"),
        }.get(c.signature_mode or "", "")
        if c.exception_reason:
            signed = translate("Callback", "not signed: {reason} ({who}, {when})").format(
                reason=c.exception_reason, who=c.exception_by,
                when=labels.local_time(c.exception_at))
        rows: list[tuple[str, str]] = [
            (translate("Callback", "Customer"),
             " ".join(p for p in (r.customer_name or labels.anonymous(), r.masked_phone) if p)),
            (translate("Callback", "Complaint"), r.complaint_number),
            (translate("Callback", "About"), r.subject),
            (translate("Callback", "Department"), r.department),
            (translate("Callback", "Cause"), c.complaint_cause),
            (translate("Callback", "Measures"), c.complaint_measures or c.measures),
            (translate("Callback", "Rectified"), labels.local_time(c.complaint_rectified_at)),
            (translate("Callback", "Summary of"), _date(c.summary_on)),
            (translate("Callback", "Sent to department"), labels.local_time(c.sent_at)),
            (translate("Callback", "Measures received"), labels.local_time(c.measures_at)),
            (translate("Callback", "Fixed on"), _date(c.fixed_on)),
            (translate("Callback", "Fee"), format_amount(c.service_fee) if c.service_fee
             else ""),
            (translate("Callback", "Notice delivered"), labels.local_time(c.notice_delivered_at)),
            (translate("Callback", "Followed by"), r.owner_name),
            (translate("Callback", "Called"),
             " · ".join(p for p in (labels.local_time(r.called_at),
                                    _word(vocabulary.CALLBACK_METHODS, c.method),
                                    c.caller_name) if p)),
            (translate("Callback", "Reached"), c.person_reached),
            (translate("Callback", "Answers"), answers),
            (translate("Callback", "Satisfaction"),
             _word(vocabulary.SATISFACTIONS, r.satisfaction)),
            (translate("Callback", "Comments"), c.comments),
            (translate("Callback", "New complaint"), c.follow_complaint_number),
            (translate("Callback", "Signature"), signed),
            (translate("Callback", "Voided"), c.void_reason),
        ]
        cells = "".join(
            f"<tr><td style='color:#616161; padding-right:8px' valign='top'>{escape(k)}</td>"
            f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows if v
        )
        return f"<table>{cells}</table>"
