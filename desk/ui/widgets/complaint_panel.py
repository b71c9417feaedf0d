"""One complaint in full beside the list: its facts, its deadlines, the buttons for the steps
its state allows (C6), and its timeline (who did what, when, with the notes)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.services import complaints, vocabulary
from desk.services.complaints import ComplaintDetail, TimelineEntry
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.tabs.complaint_steps import FORM_ACTIONS, button_text
from desk.ui.widgets.claims_box import ClaimsBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintPanel", text)


def _word(table: Mapping[str, str], code: str | None) -> str:
    return vocabulary.word(table, code, labels.translate) if code else ""


def overdue_words(reasons: tuple[str, ...]) -> str:
    """C8 in words (never colour alone): "first response overdue, rectification overdue"."""
    return "、".join(_word(vocabulary.OVERDUE, r) for r in reasons)


def _date(day: date | None, estimated: bool = False) -> str:
    if day is None:
        return ""
    text = day.strftime("%Y-%m-%d")
    return text + (_tr(" (estimated: no calendar data)") if estimated else "")


def _yes_no(value: bool | None, yes: str, no: str) -> str:
    return "" if value is None else (yes if value else no)


def timeline_html(entries: list[TimelineEntry]) -> str:
    lines = []
    for e in entries:
        kind, _, action = e.action.partition(".")
        if action == "create":
            what = _tr("took the complaint")
        else:
            text = vocabulary.ACTIONS.get((kind, action))
            what = labels.translate(vocabulary.LABELS, text) if text else action
        move = ""
        if e.state_before and e.state_after and e.state_before != e.state_after:
            before = labels.state("complaint", e.state_before)
            move = f" · {before} → {labels.state('complaint', e.state_after)}"
        note = f"<br>&nbsp;&nbsp;{escape(e.note)}" if e.note else ""
        lines.append(
            f"<p><b>{escape(labels.local_time(e.at))}</b> {escape(e.staff_name)} "
            f"{escape(what)}{escape(move)}{note}</p>"
        )
    return "".join(lines)


class ComplaintPanel(QWidget):
    """Shows one :class:`ComplaintDetail`; ``step_requested(action)`` asks the tab to run a
    step's form (the tab owns the store and the refresh)."""

    step_requested = Signal(str)

    def __init__(self, actor: Actor, parent: QWidget | None = None,
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
        self.facts = QTextBrowser(self)
        self.facts.setObjectName("complaintFacts")
        self.facts.setOpenLinks(False)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, action in enumerate(FORM_ACTIONS):
            button = QPushButton(button_text(action), self)
            button.setObjectName(f"step_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.step_requested.emit(a))
            self.buttons[action] = button
            grid.addWidget(button, i // 4, i % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.overdue)
        layout.addLayout(grid)
        layout.addWidget(self.facts, 1)
        if claims is not None:
            layout.addWidget(claims)
        self.show_complaint(None, [])

    def show_complaint(self, c: ComplaintDetail | None, steps: list[TimelineEntry]) -> None:
        self.detail = c
        if self.claims is not None:
            self.claims.show_complaint(c)
        if c is None:
            self.heading.setText(_tr("Pick a complaint in the list to see it here."))
            self.overdue.hide()
            self.facts.clear()
            for button in self.buttons.values():
                button.hide()
            return
        self.heading.setText(_tr("<b>{number}</b> · {state} · {channel} · {category}").format(
            number=c.row.number, state=labels.state("complaint", c.row.state),
            channel=_word(vocabulary.CHANNELS, c.row.channel),
            category=_word(vocabulary.CATEGORIES, c.row.category),
        ))
        self.overdue.setText(overdue_words(c.row.overdue))
        self.overdue.setVisible(c.row.is_overdue)
        for action, button in self.buttons.items():
            button.setVisible(self._offered(c, action))
        self.facts.setHtml(self._facts_html(c) + "<hr>" + timeline_html(steps))

    def _offered(self, c: ComplaintDetail, action: str) -> bool:
        if action not in c.allowed_actions:
            return False
        if action == "respond" and c.row.responded_at is not None:
            return False
        if action == "close" and c.row.state != complaints.UNFOUNDED:
            return False  # a called-back complaint closes with its signed callback (B2)
        if action == "approve_plan" and (not c.plan or c.plan_approved_at is not None):
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
            (_tr("Customer"), " ".join(p for p in (r.customer_name or labels.anonymous(),
                                                    r.masked_phone) if p)),
            (_tr("Received"), f"{labels.local_time(r.received_at)} · {c.receiver_name}"),
            (_tr("Visit"), c.visit_number),
            (_tr("Complaint"), r.content),
            (_tr("Asks for"), c.demand),
            (_tr("Followed by"), r.owner_name),
            (_tr("First response due"), labels.local_time(r.response_due_at)),
            (_tr("First response"), labels.local_time(r.responded_at)),
            (_tr("Promised by"), _date(r.promised_date, r.deadline_estimated)),
            (_tr("Grounds"), _yes_no(c.justified, _tr("justified"), _tr("unfounded"))),
            (_tr("Demand"), _yes_no(c.demand_reasonable, _tr("reasonable"),
                                    _tr("not reasonable"))),
            (_tr("Severity"), _word(vocabulary.SEVERITIES, r.severity)),
            (_tr("Assessment"), c.assessment),
            (_tr("Rectify by"), _date(r.rectify_due, r.deadline_estimated)),
            (_tr("Plan"), c.plan),
            (_tr("Approved"), " · ".join(p for p in (
                labels.local_time(c.plan_approved_at), c.plan_approved_by, c.approval_opinion
            ) if p)),
            (_tr("Handling slip"), " · ".join(p for p in (
                labels.local_time(c.slip_issued_at), c.department, c.responsible_person) if p)),
            (_tr("Cause"), c.cause),
            (_tr("Measures"), c.measures),
            (_tr("Rectified"), " · ".join(p for p in (
                labels.local_time(c.rectified_at), c.verified_by) if p)),
            (_tr("Callback due"), _date(r.callback_due)),
            (_tr("Closed"), labels.local_time(c.closed_at)),
        ]
        cells = "".join(
            f"<tr><td style='color:#616161; padding-right:8px' valign='top'>{escape(k)}</td>"
            f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows if v
        )
        return f"<table>{cells}</table>"
