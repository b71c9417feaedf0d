"""The steps of a complaint (C3, C6) as forms: which fields each asks for and which service
call takes them. The tab shows a button for every action the complaint's state allows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from desk.services import complaints
from desk.services.complaints import ComplaintDetail
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepField, Values
from desk.ui.labels import translate


def _yes_no(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def _summary(c: ComplaintDetail) -> str:
    who = c.row.customer_name or labels.anonymous()
    return translate("Complaint", "{number} · {who} · {state}\n{content}").format(
        number=c.row.number,
        who=who,
        state=labels.state("complaint", c.row.state),
        content=c.row.content[:200],
    )


# The actions that have a form here, in the order their buttons stand. call_back and reopen
# belong to the callback record (issue 7): the complaint tab does not offer them.
FORM_ACTIONS = (
    "respond",
    "assess",
    "propose_plan",
    "approve_plan",
    "return_plan",
    "issue_slip",
    "rectify",
    "extend_deadline",
    "close",
    "add_note",
)


def step_for(action: str, c: ComplaintDetail, actor: Actor) -> Step:
    """The form of ``action`` on complaint ``c``."""
    makers: dict[str, Callable[[ComplaintDetail, Actor], Step]] = {
        "respond": _respond,
        "assess": _assess,
        "propose_plan": _plan,
        "approve_plan": _approve,
        "return_plan": _return,
        "issue_slip": _slip,
        "rectify": _rectify,
        "close": _close,
        "add_note": _note,
        "extend_deadline": _extend,
    }
    return makers[action](c, actor)


# The steps that take one text and hand it to the service with the complaint's version.
TextCall = Callable[[Any, Actor, int, str, int], ComplaintDetail]


def _text_step(c: ComplaintDetail, actor: Actor, call: TextCall, title: str, submit: str,
               field: StepField, with_plan: bool = False) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return call(session, actor, c.row.id, v[field.name], c.row.version)

    summary = _summary(c)
    if with_plan:  # the supervisor decides on the plan: it stands above the opinion
        summary += "\n" + translate("Complaint", "Plan: {plan}").format(plan=c.plan)
    return Step(title.format(number=c.row.number), submit, [field], run, summary)


def button_text(action: str) -> str:
    words = {
        "respond": translate("Complaint", "First response…"),
        "assess": translate("Complaint", "Assess…"),
        "propose_plan": translate("Complaint", "Handling plan…"),
        "approve_plan": translate("Complaint", "Approve plan…"),
        "return_plan": translate("Complaint", "Send plan back…"),
        "issue_slip": translate("Complaint", "Issue handling slip…"),
        "rectify": translate("Complaint", "Record rectification…"),
        "extend_deadline": translate("Complaint", "Extend deadline…"),
        "close": translate("Complaint", "Close…"),
        "add_note": translate("Complaint", "Add note…"),
    }
    return words[action]


def _respond(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.record_response,
        translate("Complaint", "First response to {number}"),
        translate("Complaint", "Save response"),
        StepField("note", translate("Complaint", "What the customer was told *"),
                  placeholder=translate("Complaint",
                                        "e.g. called back, promised a visit on Friday")),
    )


def _assess(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.assess(
            session,
            actor,
            c.row.id,
            _yes_no(v["justified"]),
            _yes_no(v["demand_reasonable"]),
            v["assessment"],
            v["severity"] or None,
            c.row.version,
        )

    return Step(
        translate("Complaint", "Assess {number}").format(number=c.row.number),
        translate("Complaint", "Save assessment"),
        [
            StepField(
                "justified",
                translate("Complaint", "Grounds *"),
                "choice",
                {
                    "yes": translate("Complaint", "Justified (有效)"),
                    "no": translate("Complaint", "Unfounded (不成立)"),
                },
            ),
            StepField(
                "demand_reasonable",
                translate("Complaint", "Demand *"),
                "choice",
                {
                    "yes": translate("Complaint", "Reasonable"),
                    "no": translate("Complaint", "Not reasonable"),
                },
            ),
            StepField(
                "severity",
                translate("Complaint", "Severity (if justified)"),
                "choice",
                {
                    "major": translate("Complaint", "Major: 1 working day"),
                    "general": translate("Complaint", "General: 3 working days"),
                },
            ),
            StepField(
                "assessment",
                translate("Complaint", "Reasons *"),
                placeholder=translate(
                    "Complaint",
                    "Justified: what the investigation found. Unfounded: the reply given to the "
                    "customer and why.",
                ),
            ),
        ],
        run,
        _summary(c),
    )


def _plan(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.propose_plan,
        translate("Complaint", "Handling plan for {number}"),
        translate("Complaint", "Submit for approval"),
        StepField("plan", translate("Complaint", "Plan *"), value=c.plan,
                  placeholder=translate("Complaint", "What will be done, by whom, by when")),
    )


def _approve(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.approve_plan,
        translate("Complaint", "Approve the plan for {number}"),
        translate("Complaint", "Approve"),
        StepField("opinion", translate("Complaint", "Approval opinion *"),
                  placeholder=translate("Complaint", "e.g. agreed; finish by Friday")),
        with_plan=True,
    )


def _return(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.return_plan,
        translate("Complaint", "Send the plan for {number} back"),
        translate("Complaint", "Send back"),
        StepField("reason", translate("Complaint", "What should change *")),
        with_plan=True,
    )


def _slip(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.issue_slip(
            session, actor, c.row.id, v["department"], v["responsible_person"], c.row.version
        )

    return Step(
        translate("Complaint", "Handling slip for {number}").format(number=c.row.number),
        translate("Complaint", "Issue slip"),
        [
            StepField(
                "department",
                translate("Complaint", "Responsible department *"),
                "line",
                value=c.department,
                max_length=40,
            ),
            StepField(
                "responsible_person",
                translate("Complaint", "Responsible person *"),
                "line",
                value=c.responsible_person,
                max_length=40,
            ),
        ],
        run,
        _summary(c),
    )


def _rectify(c: ComplaintDetail, actor: Actor) -> Step:
    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.record_rectification(
            session,
            actor,
            c.row.id,
            v["cause"],
            v["responsible_person"],
            v["measures"],
            v["check_note"],
            c.row.version,
        )

    return Step(
        translate("Complaint", "Rectification of {number}").format(number=c.row.number),
        translate("Complaint", "Save rectification"),
        [
            StepField("cause", translate("Complaint", "Cause *")),
            StepField(
                "responsible_person",
                translate("Complaint", "Responsible person *"),
                "line",
                value=c.responsible_person,
                max_length=40,
            ),
            StepField("measures", translate("Complaint", "Measures taken *")),
            StepField(
                "check_note",
                translate("Complaint", "The desk's check *"),
                placeholder=translate("Complaint", "How the desk checked that it was done"),
            ),
        ],
        run,
        _summary(c),
    )


def _extend(c: ComplaintDetail, actor: Actor) -> Step:
    current = c.row.rectify_due or c.row.promised_date

    def run(session: Any, v: Values) -> ComplaintDetail:
        return complaints.extend_deadline(
            session, actor, c.row.id, date.fromisoformat(v["new_due"]), v["reason"], c.row.version
        )

    return Step(
        translate("Complaint", "Extend the deadline of {number}").format(number=c.row.number),
        translate("Complaint", "Extend"),
        [
            StepField(
                "new_due",
                translate("Complaint", "New deadline *"),
                "date",
                value=(current + timedelta(days=1)).isoformat(),
            ),
            StepField(
                "reason",
                translate("Complaint", "Reason *"),
                placeholder=translate(
                    "Complaint", "e.g. the part is on order; the customer agreed on the phone"
                ),
            ),
        ],
        run,
        _summary(c)
        + "\n"
        + translate("Complaint", "Current deadline: {day}").format(day=current.isoformat()),
    )


def _close(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.close_unfounded,
        translate("Complaint", "Close {number}"),
        translate("Complaint", "Close complaint"),
        StepField("note", translate("Complaint", "Note")),
    )


def _note(c: ComplaintDetail, actor: Actor) -> Step:
    return _text_step(
        c, actor, complaints.add_note,
        translate("Complaint", "Note on {number}"),
        translate("Complaint", "Add note"),
        StepField("note", translate("Complaint", "Note *"),
                  placeholder=translate("Complaint",
                                        "Evidence gathered, a call made, a reminder sent")),
    )
