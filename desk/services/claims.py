"""Claims for compensation on a complaint (理赔, C9): the amount claimed, the amount agreed,
the responsible party and its insurance case, the recorded notice of the amount to that party,
and the monthly claims report by cause.

Money is exact decimal yuan from what a clerk types to the report's sums: :func:`parse_amount`
reads ``1,234.50``, ``１２３４.５`` or ``￥1234.5`` into a :class:`~decimal.Decimal` and refuses
what is not an amount, never rounding it silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk.models import CLAIM_CAUSES, Claim, Complaint, Customer, Staff
from desk.services import audit, clock
from desk.services.customers import HistoryItem
from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFound, StaleEdit
from desk.services.jobs import JobControl, OutputProblem, SessionSource, output_file
from desk.services.money import format_amount, parse_amount
from desk.services.permissions import Actor, authorize
from desk.services.states import Move, StateMachine, Transition
from desk.services.validation import clean_text, notes
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports.claims_excel import ClaimsSheetWords

CLAIMED, AGREED, NOTIFIED, REJECTED = "claimed", "agreed", "notified", "rejected"

# C9. Opening a claim is the desk's work; agreeing an amount (money the store pays) and
# refusing a claim are a supervisor's decision, as the plan's approval is (C3). The desk
# records the notice of the amount to the responsible party; paying is the finance office's.
CLAIM_STATES = StateMachine(
    "claim",
    (CLAIMED, AGREED, NOTIFIED, REJECTED),
    {
        "agree": Transition((CLAIMED, AGREED), AGREED, "complaint.approve"),
        "notify": Transition((AGREED,), NOTIFIED, "complaint.write"),
        "reject": Transition((CLAIMED, AGREED), REJECTED, "complaint.approve"),
    },
)

PARTY_MAX = 60
CASE_MAX = 40
METHOD_MAX = 40
TEXT_MAX = 4000
_AUDITED = ("complaint_id", "cause", "description", "claimed_amount", "responsible_party",
            "insurance_case")

@dataclass(frozen=True)
class ClaimInput:
    cause: str
    claimed_amount: str  # as typed: parse_amount reads it
    responsible_party: str
    insurance_case: str = ""
    description: str = ""


@dataclass(frozen=True)
class ClaimRow:
    id: int
    complaint_id: int
    complaint_number: str
    cause: str
    description: str
    claimed_amount: Decimal
    agreed_amount: Decimal | None
    responsible_party: str
    insurance_case: str
    state: str
    claimed_at: datetime
    claimed_by: str
    agreed_at: datetime | None
    notified_at: datetime | None
    notice_method: str
    notified_to: str
    reason: str
    version: int
    allowed_actions: tuple[str, ...]


def _one_line(value: str, field: str, limit: int, required: str | None) -> str:
    text = clean_text(value, field)
    if required and not text:
        raise DomainError(required, field)
    if len(text) > limit:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters."),
                          field, max=limit)
    return text


def _load_complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This complaint no longer exists."))
    return complaint


_claimer = aliased(Staff)


def _rows(session: Session, *where: Any) -> list[ClaimRow]:
    found = session.execute(
        select(Claim, Complaint.number, _claimer.display_name)
        .join(Complaint, Complaint.id == Claim.complaint_id)
        .join(_claimer, _claimer.id == Claim.claimed_by_id)
        .where(*where)
        .order_by(Claim.claimed_at, Claim.id)
    )
    return [
        ClaimRow(c.id, c.complaint_id, number, c.cause, c.description, c.claimed_amount,
                 c.agreed_amount, c.responsible_party, c.insurance_case, c.state, c.claimed_at,
                 claimer, c.agreed_at, c.notified_at, c.notice_method, c.notified_to, c.reason,
                 c.version, CLAIM_STATES.allowed_actions(c.state))
        for c, number, claimer in found
    ]


def _row(session: Session, claim_id: int) -> ClaimRow:
    rows = _rows(session, Claim.id == claim_id)
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This claim no longer exists."))
    return rows[0]


def list_claims(session: Session, actor: Actor, complaint_id: int) -> list[ClaimRow]:
    """The complaint's claims, oldest first (a complaint may have several)."""
    authorize(session, actor, "complaint.read")
    _load_complaint(session, complaint_id)
    return _rows(session, Claim.complaint_id == complaint_id)


def open_claim(session: Session, actor: Actor, complaint_id: int, data: ClaimInput
               ) -> ClaimRow:
    """C9: a claim on a complaint whose grounds were found to hold (C3 justified). An
    unassessed or unfounded complaint gives nothing to compensate: the desk assesses first."""
    authorize(session, actor, "complaint.write")
    complaint = _load_complaint(session, complaint_id)
    if complaint.justified is not True:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages",
            "A claim can only be opened on a complaint assessed as justified ({number})."),
            "cause", number=complaint.number)
    if data.cause not in CLAIM_CAUSES:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please choose the cause of the claim."), "cause")
    amount = parse_amount(data.claimed_amount, "claimed_amount")
    if amount == 0:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A claim needs an amount above zero."), "claimed_amount")
    party = _one_line(data.responsible_party, "responsible_party", PARTY_MAX,
                      QT_TRANSLATE_NOOP("DeskMessages", "Please name the responsible party."))
    case = _one_line(data.insurance_case, "insurance_case", CASE_MAX, None)
    description = notes(data.description, "description", TEXT_MAX)
    claim = Claim(
        complaint_id=complaint.id, cause=data.cause, description=description,
        claimed_amount=amount, responsible_party=party, insurance_case=case, state=CLAIMED,
        claimed_at=clock.now(), claimed_by_id=actor.id,
    )
    session.add(claim)
    session.flush()
    after = {"state": CLAIMED, "complaint": complaint.number, **audit.snapshot(claim, _AUDITED)}
    audit.record(session, actor.id, "claim.create", "claim", claim.id, after=after)
    return _row(session, claim.id)


def _begin(session: Session, actor: Actor, claim_id: int, action: str,
           expected_version: int) -> tuple[Claim, Any]:
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(QT_TRANSLATE_NOOP("DeskMessages", "This claim no longer exists."))
    number = session.scalar(select(Complaint.number).where(Complaint.id == claim.complaint_id))
    move = CLAIM_STATES.begin(session, actor, action, claim.state, number or "")
    if claim.version != expected_version:
        raise StaleEdit(QT_TRANSLATE_NOOP(
            "DeskMessages", "The claim on {number} was changed by someone else meanwhile. "
            "Reload it."), number=number or "")
    return claim, move


def _apply(session: Session, claim: Claim, move: Move, note: str, changes: dict[str, Any]
           ) -> ClaimRow:
    move.apply(session, claim, note, changes)  # agreeing again keeps the state: a new version
    return _row(session, claim.id)


def agree_amount(session: Session, actor: Actor, claim_id: int, amount: str, note: str,
                 expected_version: int) -> ClaimRow:
    """C9: the compensation agreed with the customer (a supervisor's decision). It may be
    less than claimed, never more: a higher figure is a new claim. Agreeing again before the
    notice corrects it; the earlier figure stays in the audit trail."""
    claim, move = _begin(session, actor, claim_id, "agree", expected_version)
    agreed = parse_amount(amount, "agreed_amount")
    if agreed > claim.claimed_amount:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The agreed amount cannot exceed the amount claimed ({claimed})."),
            "agreed_amount", claimed=format_amount(claim.claimed_amount))
    text = notes(note, "note", TEXT_MAX)
    return _apply(session, claim, move, text, {
        "agreed_amount": agreed, "agreed_at": clock.now(), "agreed_by_id": actor.id,
    })


def record_notice(session: Session, actor: Actor, claim_id: int, method: str, notified_to: str,
                  note: str, expected_version: int) -> ClaimRow:
    """C9: the notice of the agreed amount to the responsible party is recorded: how (letter,
    phone, email, in person) and to whom; when is now."""
    claim, move = _begin(session, actor, claim_id, "notify", expected_version)
    how = _one_line(method, "notice_method", METHOD_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please say how the responsible party was notified."))
    whom = _one_line(notified_to, "notified_to", PARTY_MAX, QT_TRANSLATE_NOOP(
        "DeskMessages", "Please name who was notified."))
    text = notes(note, "note", TEXT_MAX)
    return _apply(session, claim, move, text, {
        "notified_at": clock.now(), "notice_method": how, "notified_to": whom,
        "notified_by_id": actor.id,
    })


def reject_claim(session: Session, actor: Actor, claim_id: int, reason: str,
                 expected_version: int) -> ClaimRow:
    """C9: the claim is refused, with the reason the customer is given."""
    claim, move = _begin(session, actor, claim_id, "reject", expected_version)
    text = notes(reason, "reason", TEXT_MAX)
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please write why the claim is rejected."), "reason")
    return _apply(session, claim, move, text, {"reason": text, "rejected_at": clock.now()})


def claim_history(session: Session, customer_id: int) -> list[HistoryItem]:
    """The customer's claims for their service archive (K3), through their complaints."""
    rows = session.execute(
        select(Claim.id, Complaint.number, Claim.claimed_at, Claim.cause, Claim.claimed_amount,
               Claim.agreed_amount, Claim.state)
        .join(Complaint, Complaint.id == Claim.complaint_id)
        .where(Complaint.customer_id == customer_id)
        .order_by(Claim.claimed_at.desc())
        .limit(1000)
    )
    return [
        HistoryItem(at, "claim", number, cause,
                    format_amount(claimed) + (f" → {format_amount(agreed)}" if agreed is not None
                                              else ""),
                    state, claim_id)
        for claim_id, number, at, cause, claimed, agreed, state in rows
    ]


# -- the monthly claims report by cause (C9) -------------------------------------------------

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> date:
    """``2026-11`` (full-width digits too): the first day of that month."""
    raw = unicodedata.normalize("NFKC", clean_text(text, "month")).replace("/", "-")
    found = _MONTH.fullmatch(raw)
    if found is None or not 1 <= int(found[2]) <= 12 or not 2000 <= int(found[1]) <= 2999:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not a month like 2026-11."), "month", value=raw[:20])
    return date(int(found[1]), int(found[2]), 1)


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


@dataclass(frozen=True)
class CauseLine:
    cause: str
    count: int
    claimed_total: Decimal
    agreed_count: int
    agreed_total: Decimal
    rejected_count: int


@dataclass(frozen=True)
class ClaimReportLine:
    claimed_at: datetime
    complaint_number: str
    customer_name: str
    cause: str
    claimed_amount: Decimal
    agreed_amount: Decimal | None
    responsible_party: str
    insurance_case: str
    state: str
    notified_at: datetime | None


@dataclass(frozen=True)
class ClaimsReport:
    month: date  # its first day
    lines: tuple[CauseLine, ...]  # every cause, in the order of CLAIM_CAUSES
    total: CauseLine  # cause "" : the month over all causes
    claims: tuple[ClaimReportLine, ...]


def claims_report(session: Session, actor: Actor, month: date) -> ClaimsReport:
    """C9: the claims made in a local calendar month, by cause: how many, the sums claimed,
    and how many were agreed for how much (rejected claims count apart; their amounts are in
    the claimed sum, which is what customers asked for).

    The sums are added in Python over the month's claims (a few hundred at most): exact
    Decimal on SQLite too, which keeps NUMERIC as a binary float."""
    authorize(session, actor, "complaint.read")
    first = date(month.year, month.month, 1)
    start, _ = clock.day_bounds(first)
    end, _ = clock.day_bounds(_next_month(first))
    found = session.execute(
        select(Claim, Complaint.number, Customer.name)
        .join(Complaint, Complaint.id == Claim.complaint_id)
        .outerjoin(Customer, Customer.id == Complaint.customer_id)
        .where(Claim.claimed_at >= start, Claim.claimed_at < end)
        .order_by(Claim.claimed_at, Claim.id)
    )
    claims = tuple(
        ClaimReportLine(c.claimed_at, number, name or "", c.cause, c.claimed_amount,
                        c.agreed_amount, c.responsible_party, c.insurance_case, c.state,
                        c.notified_at)
        for c, number, name in found
    )
    lines = tuple(_cause_line(cause, [c for c in claims if c.cause == cause])
                  for cause in CLAIM_CAUSES)
    return ClaimsReport(first, lines, _cause_line("", list(claims)), claims)


def _cause_line(cause: str, claims: list[ClaimReportLine]) -> CauseLine:
    zero = Decimal("0.00")
    agreed = [c.agreed_amount for c in claims
              if c.state in (AGREED, NOTIFIED) and c.agreed_amount is not None]
    return CauseLine(
        cause, len(claims), sum((c.claimed_amount for c in claims), zero), len(agreed),
        sum(agreed, zero), sum(1 for c in claims if c.state == REJECTED),
    )


# -- the report as a workbook, through a job (K2) --------------------------------------------

SHEET = "ClaimsSheet"


@dataclass(frozen=True)
class ReportFile:
    path: Path
    count: int


def claims_file_name(month: date, translate: Translate) -> str:
    """The workbook's default name in the user's language: ``理赔月报 2026-11.xlsx``."""
    return translate(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claims {month}")).format(
        month=f"{month:%Y-%m}") + ".xlsx"


def claims_sheet_words(month: date, exporter: str, at: datetime, translate: Translate
                       ) -> ClaimsSheetWords:
    from desk.reports.claims_excel import ClaimsSheetWords
    from desk.services import vocabulary

    # Written out call by call: lupdate collects only literal contexts and texts.
    def t(context: str, text: str) -> str:
        return translate(context, text)

    return ClaimsSheetWords(
        title=t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claims {month}")).format(
            month=f"{month:%Y-%m}"),
        exported=vocabulary.exported_by(exporter, at, translate),
        sheet_causes=t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "By cause")),
        sheet_claims=t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claims")),
        cause_columns=(
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Cause")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claims")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claimed (yuan)")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Agreed claims")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Agreed (yuan)")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Rejected")),
        ),
        claim_columns=(
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claimed at")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Complaint")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Customer")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Cause")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Claimed (yuan)")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Agreed (yuan)")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Responsible party")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Insurance case")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "State")),
            t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Notice sent")),
        ),
        causes={code: t(vocabulary.LABELS, text)
                for code, text in vocabulary.CLAIM_CAUSES.items()},
        states={state: vocabulary.state_word("claim", state, translate)
                for state in CLAIM_STATES.states},
        total_word=t(SHEET, QT_TRANSLATE_NOOP("ClaimsSheet", "Total")),
        anonymous=t(vocabulary.LABELS, vocabulary.ANONYMOUS),
    )


def export_claims_report(
    source: SessionSource,
    actor: Actor,
    month: date,
    path: Path,
    translate: Translate,
    control: JobControl,
) -> ReportFile:
    """The monthly claims report into a workbook at ``path``, as a job (window and command
    line alike). K2: ``complaint.export``, audited in the step that makes the file appear;
    cancelled or failed, no file and no audit row."""
    from desk.reports.claims_excel import write_claims_report

    path = Path(path).expanduser().absolute()
    with source.read() as session:
        authorize(session, actor, "complaint.export")
        report = claims_report(session, actor, month)
    control.step(0, 1)
    words = claims_sheet_words(report.month, actor.display_name, clock.now(), translate)
    try:
        with output_file(path) as temp:
            count = write_claims_report(temp, report.lines, report.total, report.claims, words,
                                        clock.local_zone())
            control.step(1, 1)
            with source.transaction() as session:
                authorize(session, actor, "complaint.export")
                audit.record(session, actor.id, "claim.export", "claim", None, after={
                    "file": str(path), "count": count, "month": f"{report.month:%Y-%m}",
                })
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return ReportFile(path, count)
