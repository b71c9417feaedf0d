"""The steps of a complaint (C3, C6) as forms: which fields each asks for and which service
call takes them. The tab shows a button for every action the complaint's state allows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk.services import complaints
from desk.services.complaints import ComplaintDetail
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepField, Values


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintSteps", text)


def _yes_no(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _summary(c: ComplaintDetail) -> str:
    who = c.row.customer_name or labels.anonymous()
    return _tr("{number} · {who} · {state}\n{content}").format(
        number=c.row.number, who=who, state=labels.state("complaint", c.row.state),
        content=c.row.content[:200],
    )


# The actions that have a form here, in the order their buttons stand. call_back and reopen
# belong to the callback record (issue 7): the complaint tab does not offer them.
FORM_ACTIONS = ("respond", "assess", "propose_plan", "approve_plan", "issue_slip", "rectify",
                "extend_deadline", "close", "add_note")


def step_for(action: str, c: ComplaintDetail, actor: Actor) -> Step:
    """The form of ``action`` on complaint ``c``."""
    makers: dict[str, Callable[[ComplaintDetail, Actor], Step]] = {
        "respond": _respond, "assess": _assess, "propose_plan": _plan,
        "approve_plan": _approve, "issue_slip": _slip, "rectify": _rectify,
        "close": _close, "add_note": _note, "extend_deadline": _extend,
    }
    return makers[action](c, actor)


def button_text(action: str) -> str:
    words = {
        "respond": _tr("First response…"),
        "assess": _tr("Assess…"),
        "propose_plan": _tr("Handling plan…"),
        "approve_plan": _tr("Approve plan…"),
        "issue_slip": _tr("Issue handling slip…"),
        "rectify": _tr("Record rectification…"),
        "extend_deadline": _tr("Extend deadline…"),
        "close": _tr("Close…"),
        "add_note": _tr("Add note…"),
    }
    return words[action]


def _respond(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.record_response(session, actor, c.row.id, v["note"], c.row.version)

    return Step(
        _tr("First response to {number}").format(number=c.row.number), _tr("Save response"),
        [StepField("note", _tr("What the customer was told *"),
                   placeholder=_tr("e.g. called back, promised a visit on Friday"))],
        run, _summary(c),
    )


def _assess(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.assess(
            session, actor, c.row.id, _yes_no(v["justified"]), _yes_no(v["demand_reasonable"]),
            v["assessment"], v["severity"] or None, c.row.version,
        )

    return Step(
        _tr("Assess {number}").format(number=c.row.number), _tr("Save assessment"),
        [
            StepField("justified", _tr("Grounds *"), "choice",
                      {"yes": _tr("Justified (有效)"), "no": _tr("Unfounded (不成立)")}),
            StepField("demand_reasonable", _tr("Demand *"), "choice",
                      {"yes": _tr("Reasonable"), "no": _tr("Not reasonable")}),
            StepField("severity", _tr("Severity (if justified)"), "choice",
                      {"major": _tr("Major: 1 working day"),
                       "general": _tr("General: 3 working days")}),
            StepField("assessment", _tr("Reasons *"), placeholder=_tr(
                "Justified: what the investigation found. Unfounded: the reply given to the "
                "customer and why.")),
        ],
        run, _summary(c),
    )


def _plan(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.propose_plan(session, actor, c.row.id, v["plan"], c.row.version)

    return Step(
        _tr("Handling plan for {number}").format(number=c.row.number),
        _tr("Submit for approval"),
        [StepField("plan", _tr("Plan *"), value=c.plan,
                   placeholder=_tr("What will be done, by whom, by when"))],
        run, _summary(c),
    )


def _approve(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.approve_plan(session, actor, c.row.id, v["opinion"], c.row.version)

    summary = _summary(c) + "\n" + _tr("Plan: {plan}").format(plan=c.plan)
    return Step(
        _tr("Approve the plan for {number}").format(number=c.row.number), _tr("Approve"),
        [StepField("opinion", _tr("Approval opinion *"),
                   placeholder=_tr("e.g. agreed; finish by Friday"))],
        run, summary,
    )


def _slip(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.issue_slip(session, actor, c.row.id, v["department"],
                                     v["responsible_person"], c.row.version)

    return Step(
        _tr("Handling slip for {number}").format(number=c.row.number), _tr("Issue slip"),
        [
            StepField("department", _tr("Responsible department *"), "line",
                      value=c.department, max_length=40),
            StepField("responsible_person", _tr("Responsible person *"), "line",
                      value=c.responsible_person, max_length=40),
        ],
        run, _summary(c),
    )


def _rectify(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.record_rectification(
            session, actor, c.row.id, v["cause"], v["responsible_person"], v["measures"],
            v["check_note"], c.row.version,
        )

    return Step(
        _tr("Rectification of {number}").format(number=c.row.number),
        _tr("Save rectification"),
        [
            StepField("cause", _tr("Cause *")),
            StepField("responsible_person", _tr("Responsible person *"), "line",
                      value=c.responsible_person, max_length=40),
            StepField("measures", _tr("Measures taken *")),
            StepField("check_note", _tr("The desk's check *"),
                      placeholder=_tr("How the desk checked that it was done")),
        ],
        run, _summary(c),
    )


def _extend(c: ComplaintDetail, actor: Actor) -> Step:
    current = c.row.rectify_due or c.row.promised_date

    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.extend_deadline(session, actor, c.row.id,
                                          date.fromisoformat(v["new_due"]), v["reason"],
                                          c.row.version)

    return Step(
        _tr("Extend the deadline of {number}").format(number=c.row.number), _tr("Extend"),
        [
            StepField("new_due", _tr("New deadline *"), "date",
                      value=(current + timedelta(days=1)).isoformat()),
            StepField("reason", _tr("Reason *"), placeholder=_tr(
                "e.g. the part is on order; the customer agreed on the phone")),
        ],
        run, _summary(c) + "\n" + _tr("Current deadline: {day}").format(day=current.isoformat()),
    )


def _close(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.close_unfounded(session, actor, c.row.id, v["note"], c.row.version)

    return Step(
        _tr("Close {number}").format(number=c.row.number), _tr("Close complaint"),
        [StepField("note", _tr("Note"))], run, _summary(c),
    )


def _note(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.add_note(session, actor, c.row.id, v["note"], c.row.version)

    return Step(
        _tr("Note on {number}").format(number=c.row.number), _tr("Add note"),
        [StepField("note", _tr("Note *"),
                   placeholder=_tr("Evidence gathered, a call made, a reminder sent"))],
        run, _summary(c),
    )
