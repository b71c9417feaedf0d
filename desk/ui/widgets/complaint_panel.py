"""One complaint in full beside the list: its facts, its deadlines, the buttons for the steps
its state allows (C6), and its timeline (who did what, when, with the notes)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.services import complaint_documents, complaints, vocabulary
from desk.services.attachments import AttachmentRow
from desk.services.complaints import ComplaintDetail, TimelineEntry
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.labels import translate
from desk.ui.store import Store
from desk.ui.tabs.complaint_steps import FORM_ACTIONS, button_text
from desk.ui.widgets.claims_box import ClaimsBox
from desk.ui.widgets.evidence_box import EvidenceBox


def _word(table: Mapping[str, str], code: str | None) -> str:
    return vocabulary.word(table, code, labels.translate) if code else ""


def overdue_words(reasons: tuple[str, ...]) -> str:
    """C8 in words (never colour alone): "first response overdue, rectification overdue"."""
    return "、".join(_word(vocabulary.OVERDUE, r) for r in reasons)


def _date(day: date | None, estimated: bool = False) -> str:
    if day is None:
        return ""
    text = day.strftime("%Y-%m-%d")
    return text + (translate("Complaint", " (estimated: no calendar data)") if estimated else "")


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "" if value is None else (yes if value else no)


def timeline_html(entries: list[TimelineEntry]) -> str:
    """A record's timeline (a complaint's, a callback's): who did what, when, with the note."""
    lines = []
    created = {
        "complaint": translate("Complaint", "took the complaint"),
        "callback": translate("Complaint", "created the callback"),
    }
    for e in entries:
        kind, _, action = e.action.partition(".")
        if action == "create":
            what = created.get(kind, action)
        else:
            text = vocabulary.ACTIONS.get((kind, action))
            what = translate(vocabulary.LABELS, text) if text else action
        move = ""
        if e.state_before and e.state_after and e.state_before != e.state_after:
            before = labels.state(kind, e.state_before)
            move = f" · {before} → {labels.state(kind, e.state_after)}"
        note = f"<br>&nbsp;&nbsp;{escape(e.note)}" if e.note else ""
        lines.append(
            f"<p><b>{escape(labels.local_time(e.at))}</b> {escape(e.staff_name)} "
            f"{escape(what)}{escape(move)}{note}</p>"
        )
    return "".join(lines)


STEPS_PER_ROW = 3


def next_step(c: ComplaintDetail) -> str:
    """What the complaint waits for when no button of this tab moves it on."""
    if c.row.awaiting_approval:
        return translate("Complaint", "Waiting for a supervisor to approve the plan.")
    if c.row.state == complaints.RECTIFIED and c.row.callback_due is not None:
        return translate(
            "Complaint", "Next: the callback to the customer, due {date} (C7), in the callbacks "
            "tab; the signed callback record closes the complaint."
        ).format(date=c.row.callback_due.isoformat())
    if c.row.state == complaints.CALLED_BACK:
        return translate(
            "Complaint", "Called back: the complaint closes when the customer signs the callback "
            "record, or a supervisor records that they refused (callbacks tab)."
        )
    return ""


class ComplaintPanel(QWidget):
    """Shows one :class:`ComplaintDetail`; ``step_requested(action)`` asks the tab to run a
    step's form (the tab owns the store and the refresh)."""

    step_requested = Signal(str)
    print_requested = Signal(str)  # complaint_documents.ACKNOWLEDGEMENT or HANDLING_SLIP

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None,
                 claims: ClaimsBox | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintPanel")
        self.claims = claims  # C9: the complaint's claims below its facts
        self._actor = actor
        self.detail: ComplaintDetail | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("complaintHeading")
        self.heading.setWordWrap(True)
        self.overdue = QLabel(self)
        self.overdue.setObjectName("complaintOverdue")
        self.overdue.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.overdue.setWordWrap(True)
        self.next_step = QLabel(self)
        self.next_step.setObjectName("complaintNextStep")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet("color: #616161;")
        self.facts = QTextBrowser(self)
        self.facts.setObjectName("complaintFacts")
        self.facts.setOpenLinks(False)
        self.buttons: dict[str, QPushButton] = {}
        self._grid = grid = QGridLayout()
        grid.setSpacing(4)
        for i, action in enumerate(FORM_ACTIONS):
            button = QPushButton(button_text(action), self)
            button.setObjectName(f"step_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.step_requested.emit(a))
            self.buttons[action] = button
            grid.addWidget(button, i // STEPS_PER_ROW, i % STEPS_PER_ROW)
        self.print_acknowledgement = QPushButton(
            translate("Complaint", "Print acknowledgement…"), self)
        self.print_acknowledgement.setObjectName("printAcknowledgement")
        self.print_slip = QPushButton(translate("Complaint", "Print handling slip…"), self)
        self.print_slip.setObjectName("printSlip")
        self.print_acknowledgement.clicked.connect(
            lambda: self.print_requested.emit(complaint_documents.ACKNOWLEDGEMENT))
        self.print_slip.clicked.connect(
            lambda: self.print_requested.emit(complaint_documents.HANDLING_SLIP))
        papers = QHBoxLayout()
        papers.addWidget(self.print_acknowledgement)
        papers.addWidget(self.print_slip)
        papers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.overdue)
        layout.addWidget(self.next_step)
        layout.addLayout(grid)
        layout.addLayout(papers)
        # The facts and the timeline get the panel's height; claims and evidence are a click
        # away on their own pages (at 1366x768 the three stacked left the timeline 5 lines).
        self.pages = QTabWidget(self)
        self.pages.setObjectName("complaintPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.facts, translate("Complaint", "Details and progress"))
        if claims is not None:
            self.pages.addTab(claims, translate("Complaint", "Claims"))
        self.evidence = EvidenceBox(store, actor, "complaint", "complaint.write", self)
        self.pages.addTab(self.evidence, translate("Complaint", "Evidence"))
        layout.addWidget(self.pages, 1)
        self.show_complaint(None, [], [])

    def show_complaint(
        self, c: ComplaintDetail | None, steps: list[TimelineEntry], files: list[AttachmentRow]
    ) -> None:
        self.detail = c
        self.evidence.show_files(c.row.id if c else None, files)
        if self.claims is not None:
            self.claims.show_complaint(c)
        if c is None:
            self.heading.setText(
                translate("Complaint", "Pick a complaint in the list to see it here.")
            )
            self.overdue.hide()
            self.next_step.hide()
            self.facts.clear()
            self.print_acknowledgement.hide()
            self.print_slip.hide()
            for button in self.buttons.values():
                button.hide()
            return
        self.heading.setText(
            translate("Complaint", "<b>{number}</b> · {state} · {channel} · {category}").format(
                number=c.row.number,
                state=labels.state("complaint", c.row.state),
                channel=_word(vocabulary.CHANNELS, c.row.channel),
                category=_word(vocabulary.CATEGORIES, c.row.category),
            )
        )
        self.overdue.setText(overdue_words(c.row.overdue))
        self.overdue.setVisible(c.row.is_overdue)
        self.next_step.setText(next_step(c))
        self.next_step.setVisible(bool(self.next_step.text()))
        # The steps possible now, packed three to a row (no gaps where others are hidden).
        shown = [b for a, b in self.buttons.items() if self._offered(c, a)]
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.setVisible(button in shown)
        for i, button in enumerate(shown):
            self._grid.addWidget(button, i // STEPS_PER_ROW, i % STEPS_PER_ROW)
        self.print_acknowledgement.show()
        # The slip carries the approved opinion: there is none to print before the approval.
        self.print_slip.setVisible(c.plan_approved_at is not None)
        self.facts.setHtml(self._facts_html(c) + "<hr>" + timeline_html(steps))

    def _offered(self, c: ComplaintDetail, action: str) -> bool:
        if action not in c.allowed_actions:
            return False
        if action == "respond" and c.row.responded_at is not None:
            return False
        if action == "close" and c.row.state != complaints.UNFOUNDED:
            return False  # a called-back complaint closes with its signed callback (B2)
        if action in ("approve_plan", "return_plan") and not c.row.awaiting_approval:
            return False
        if action == "propose_plan" and c.slip_issued_at is not None:
            return False
        if action == "issue_slip" and (c.plan_approved_at is None or c.slip_issued_at):
            return False
        if action == "rectify" and c.slip_issued_at is None:
            return False
        transition = complaints.COMPLAINT_STATES.transitions[action]
        return allowed(self._actor, transition.permission)

    def _facts_html(self, c: ComplaintDetail) -> str:
        r = c.row
        rows: list[tuple[str, str]] = [
            (
                translate("Complaint", "Customer"),
                " ".join(p for p in (r.customer_name or labels.anonymous(), r.masked_phone) if p),
            ),
            (
                translate("Complaint", "Received"),
                f"{labels.local_time(r.received_at)} · {c.receiver_name}",
            ),
            (translate("Complaint", "Visit"), c.visit_number),
            (translate("Complaint", "Complaint"), r.content),
            (translate("Complaint", "Asks for"), c.demand),
            (translate("Complaint", "Followed by"), r.owner_name),
            (
                translate("Complaint", "First response due"),
                # Once answered, the deadline is history: only the answer's time is shown.
                "" if r.responded_at else labels.local_time(r.response_due_at),
            ),
            (translate("Complaint", "First response"), labels.local_time(r.responded_at)),
            (
                translate("Complaint", "Promised by"),
                _date(r.promised_date, r.deadline_estimated),
            ),
            (
                translate("Complaint", "Grounds"),
                _yes_no(
                    c.justified,
                    translate("Complaint", "justified"),
                    translate("Complaint", "unfounded"),
                ),
            ),
            (
                translate("Complaint", "Demand"),
                _yes_no(
                    c.demand_reasonable,
                    translate("Complaint", "reasonable"),
                    translate("Complaint", "not reasonable"),
                ),
            ),
            (translate("Complaint", "Severity"), _word(vocabulary.SEVERITIES, r.severity)),
            (translate("Complaint", "Assessment"), c.assessment),
            (
                translate("Complaint", "Rectify by"),
                _date(r.rectify_due, r.deadline_estimated),
            ),
            (translate("Complaint", "Plan"), c.plan),
            (
                translate("Complaint", "Approved"),
                " · ".join(
                    p
                    for p in (
                        labels.local_time(c.plan_approved_at),
                        c.plan_approved_by,
                        c.approval_opinion,
                    )
                    if p
                ),
            ),
            (
                translate("Complaint", "Handling slip"),
                " · ".join(
                    p
                    for p in (
                        labels.local_time(c.slip_issued_at),
                        c.department,
                        c.responsible_person,
                    )
                    if p
                ),
            ),
            (translate("Complaint", "Cause"), c.cause),
            (translate("Complaint", "Measures"), c.measures),
            (
                translate("Complaint", "Rectified"),
                " · ".join(p for p in (labels.local_time(c.rectified_at), c.verified_by) if p),
            ),
            (translate("Complaint", "Callback due"), _date(r.callback_due)),
            (translate("Complaint", "Closed"), labels.local_time(c.closed_at)),
        ]
        cells = "".join(
            f"<tr><td style='color:#616161; padding-right:8px' valign='top'>{escape(k)}</td>"
            f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<table>{cells}</table>"
