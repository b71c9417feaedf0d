"""A complaint's claims (理赔, C9) inside the complaint panel: the claims listed with their
amounts in yuan, and the steps (new claim, agree the amount, record the notice to the
responsible party, reject) as StepDialog forms through the one action path.

Also the Desk menu's monthly claims report: a month, a file, then the same job the command
line runs (``claims.export_claims_report``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import attachments, claims, clock, money, vocabulary
from desk.services.attachments import AttachmentRow
from desk.services.claims import ClaimInput, ClaimRow
from desk.services.complaints import ComplaintDetail
from desk.services.errors import DomainError
from desk.services.jobs import JobCancelled, JobControl
from desk.services.permissions import Actor, allowed
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.errors import show_error, tell
from desk.ui.events import ATTACHMENTS, DeskEvents, touches
from desk.ui.operations import LatestLoad, run_job
from desk.ui.paged_model import Column, RecordTableModel
from desk.ui.store import Store
from desk.ui.widgets.evidence_box import EvidenceBox
from desk.ui.widgets.record_table import record_table

CLAIMS_TABLE = "claims"  # as desk.services.changes names the table a commit wrote


def _cause(code: str) -> str:
    return vocabulary.word(vocabulary.CLAIM_CAUSES, code, labels.translate)


# The steps with a button, in the order they stand; "open" is the new claim itself.
ACTIONS = ("open", "agree", "notify", "reject")


def button_text(action: str) -> str:
    return {
        "open": QCoreApplication.translate("ClaimsBox", "New claim…"),
        "agree": QCoreApplication.translate("ClaimsBox", "Agree amount…"),
        "notify": QCoreApplication.translate("ClaimsBox", "Record notice…"),
        "reject": QCoreApplication.translate("ClaimsBox", "Reject claim…"),
    }[action]


def _summary(number: str, claim: ClaimRow | None) -> str:
    if claim is None:
        return number
    return QCoreApplication.translate(
        "ClaimsBox", "{number} · {cause} · claimed {claimed} · {state}"
    ).format(
        number=number,
        cause=_cause(claim.cause),
        claimed=money.format_amount(claim.claimed_amount),
        state=labels.state("claim", claim.state),
    )


def step_for(
    action: str, complaint_id: int, number: str, claim: ClaimRow | None, actor: Actor
) -> Step:
    """The form of ``action``: a new claim on the complaint, or a step of ``claim``."""
    if action == "open":

        def open_claim(session: Any, v: Values) -> ClaimRow:
            return claims.open_claim(
                session,
                actor,
                complaint_id,
                ClaimInput(
                    v["cause"],
                    v["claimed_amount"],
                    v["responsible_party"],
                    v["insurance_case"],
                    v["description"],
                ),
            )

        causes = {code: _cause(code) for code in vocabulary.CLAIM_CAUSES}
        return Step(
            QCoreApplication.translate("ClaimsBox", "New claim on {number}").format(number=number),
            QCoreApplication.translate("ClaimsBox", "Save claim"),
            [
                StepField(
                    "cause", QCoreApplication.translate("ClaimsBox", "Cause *"), "choice", causes
                ),
                StepField(
                    "claimed_amount",
                    QCoreApplication.translate("ClaimsBox", "Amount claimed (yuan) *"),
                    "line",
                    placeholder=QCoreApplication.translate("ClaimsBox", "e.g. 1,234.50"),
                    max_length=20,
                ),
                StepField(
                    "responsible_party",
                    QCoreApplication.translate("ClaimsBox", "Responsible party *"),
                    "line",
                    placeholder=QCoreApplication.translate(
                        "ClaimsBox", "e.g. the carrier, the supplier, a department"
                    ),
                    max_length=claims.PARTY_MAX,
                ),
                StepField(
                    "insurance_case",
                    QCoreApplication.translate("ClaimsBox", "Insurance case no."),
                    "line",
                    max_length=claims.CASE_MAX,
                ),
                StepField(
                    "description",
                    QCoreApplication.translate("ClaimsBox", "What happened, evidence"),
                ),
            ],
            open_claim,
            _summary(number, None),
        )
    assert claim is not None
    claim_id, version = claim.id, claim.version
    if action == "agree":

        def agree(session: Any, v: Values) -> ClaimRow:
            return claims.agree_amount(
                session, actor, claim_id, v["agreed_amount"], v["note"], version
            )

        return Step(
            QCoreApplication.translate("ClaimsBox", "Agree the amount on {number}").format(
                number=number
            ),
            QCoreApplication.translate("ClaimsBox", "Agree"),
            [
                StepField(
                    "agreed_amount",
                    QCoreApplication.translate("ClaimsBox", "Amount agreed (yuan) *"),
                    "line",
                    value=f"{claim.agreed_amount or claim.claimed_amount:.2f}",
                    max_length=20,
                ),
                StepField("note", QCoreApplication.translate("ClaimsBox", "Note")),
            ],
            agree,
            _summary(number, claim),
        )
    if action == "notify":

        def notify(session: Any, v: Values) -> ClaimRow:
            return claims.record_notice(
                session, actor, claim_id, v["notice_method"], v["notified_to"], v["note"], version
            )

        return Step(
            QCoreApplication.translate("ClaimsBox", "Notice of the amount on {number}").format(
                number=number
            ),
            QCoreApplication.translate("ClaimsBox", "Record notice"),
            [
                StepField(
                    "notice_method",
                    QCoreApplication.translate("ClaimsBox", "How *"),
                    "line",
                    placeholder=QCoreApplication.translate(
                        "ClaimsBox", "letter, fax, phone, email, in person"
                    ),
                    max_length=claims.METHOD_MAX,
                ),
                StepField(
                    "notified_to",
                    QCoreApplication.translate("ClaimsBox", "To whom *"),
                    "line",
                    value=claim.responsible_party,
                    max_length=claims.PARTY_MAX,
                ),
                StepField("note", QCoreApplication.translate("ClaimsBox", "Note")),
            ],
            notify,
            _summary(number, claim)
            + "\n"
            + QCoreApplication.translate("ClaimsBox", "Agreed: {amount}").format(
                amount=money.format_amount(claim.agreed_amount)
            ),
        )

    def reject(session: Any, v: Values) -> ClaimRow:
        return claims.reject_claim(session, actor, claim_id, v["reason"], version)

    return Step(
        QCoreApplication.translate("ClaimsBox", "Reject the claim on {number}").format(
            number=number
        ),
        QCoreApplication.translate("ClaimsBox", "Reject claim"),
        [
            StepField(
                "reason", QCoreApplication.translate("ClaimsBox", "Reason given to the customer *")
            )
        ],
        reject,
        _summary(number, claim),
    )


def details_text(claim: ClaimRow) -> str:
    """The selected claim's facts that do not fit a column: the insurance case, the notice
    (when, how, to whom) or the reason it was rejected, what happened."""
    parts = []
    if claim.insurance_case:
        parts.append(
            QCoreApplication.translate("ClaimsBox", "Insurance case: {case}").format(
                case=claim.insurance_case
            )
        )
    if claim.notified_at is not None:
        parts.append(
            QCoreApplication.translate("ClaimsBox", "Notice: {when} · {how} · {whom}").format(
                when=labels.local_time(claim.notified_at),
                how=claim.notice_method,
                whom=claim.notified_to,
            )
        )
    if claim.reason:
        parts.append(
            QCoreApplication.translate("ClaimsBox", "Rejected: {reason}").format(
                reason=claim.reason
            )
        )
    if claim.description:
        parts.append(claim.description)
    return "\n".join(parts)


class ClaimsBox(QWidget):
    """The claims of the complaint the panel shows (C9), with the selected claim's evidence."""

    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimsBox")
        self._store = store
        self._actor = actor
        self._complaint: ComplaintDetail | None = None
        self._claims = LatestLoad(self, store, self._loaded, lambda _error: self._fill([]))
        self._files: dict[int, list[AttachmentRow]] = {}  # each shown claim's evidence
        self.model: RecordTableModel[ClaimRow] = RecordTableModel([
            Column(QCoreApplication.translate("ClaimsBox", "Cause"), None,
                   lambda c: _cause(c.cause)),
            Column(QCoreApplication.translate("ClaimsBox", "Claimed"), None,
                   lambda c: money.format_amount(c.claimed_amount), align_right=True),
            Column(QCoreApplication.translate("ClaimsBox", "Agreed"), None,
                   lambda c: money.format_amount(c.agreed_amount), align_right=True),
            Column(QCoreApplication.translate("ClaimsBox", "State"), None,
                   lambda c: labels.state("claim", c.state)),
            Column(QCoreApplication.translate("ClaimsBox", "Responsible party"), None,
                   lambda c: c.responsible_party),
        ])
        self.table = record_table("claimsTable", self.model, self)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        self.details = QLabel(self)
        self.details.setObjectName("claimDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setObjectName("claimsEmpty")
        self.empty.setWordWrap(True)
        # C9: the evidence of a claim (photos of the damage, the delivery note) kept with it.
        self.evidence = EvidenceBox(store, actor, "claim", "complaint.write", self)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for action in ACTIONS:
            button = QPushButton(button_text(action), self)
            button.setObjectName(f"claim_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.run_step(a))
            self.buttons[action] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.details)
        layout.addWidget(self.evidence, 10)
        layout.addStretch(1)  # with no claim chosen, the lines above stay at the top
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        events.changed.connect(self._on_changed)
        self.show_complaint(None)

    @property
    def rows(self) -> list[ClaimRow]:
        return [r for i in range(self.model.rowCount()) if (r := self.model.row_at(i))]

    # -- what is shown --------------------------------------------------------------------
    def show_complaint(self, c: ComplaintDetail | None) -> None:
        changed = c is None or self._complaint is None or c.row.id != self._complaint.row.id
        self._complaint = c
        if c is None or changed:
            self._fill([])
        if c is not None:
            self.reload()

    def reload(self) -> None:
        c = self._complaint
        if c is None:
            return
        actor, complaint_id = self._actor, c.row.id

        def load(session: Any) -> tuple[list[ClaimRow], dict[int, list[AttachmentRow]]]:
            rows = claims.list_claims(session, actor, complaint_id)
            files = {r.id: attachments.list_attachments(session, actor, "claim", r.id)
                     for r in rows}
            return rows, files

        self._claims.load(load)

    def _loaded(self, result: tuple[list[ClaimRow], dict[int, list[AttachmentRow]]]) -> None:
        self._files = result[1]
        self._fill(result[0])

    def _on_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, CLAIMS_TABLE, ATTACHMENTS) and self._complaint is not None:
            self.reload()

    def _fill(self, rows: list[ClaimRow]) -> None:
        selected = self.selected()
        if not rows:
            self._files = {}
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        c = self._complaint
        if rows:
            self.empty.clear()
        elif c is not None and c.justified is not True:
            # Claims follow a complaint found justified (C3, C9).
            self.empty.setText(QCoreApplication.translate(
                "ClaimsBox", "Claims can be opened once the complaint is found justified."))
        else:
            self.empty.setText(
                QCoreApplication.translate("ClaimsBox", "No claims on this complaint."))
        self.empty.setVisible(not rows)
        again = next((i for i, r in enumerate(rows) if selected and r.id == selected.id), -1)
        if again < 0 and rows:
            again = len(rows) - 1
        if again >= 0:
            self.table.selectRow(again)
        self._selection_changed()

    def selected(self) -> ClaimRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.row_at(chosen[0].row()) if chosen else None

    def _selection_changed(self) -> None:
        claim = self.selected()
        self.evidence.show_files(claim.id if claim else None,
                                 self._files.get(claim.id, []) if claim else [])
        self.evidence.setVisible(claim is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        c, claim = self._complaint, self.selected()
        self.details.setText(details_text(claim) if claim else "")
        self.details.setVisible(claim is not None)
        self.buttons["open"].setVisible(
            c is not None and c.justified is True and allowed(self._actor, "complaint.write")
        )
        for action in ("agree", "notify", "reject"):
            transition = claims.CLAIM_STATES.transitions[action]
            self.buttons[action].setVisible(
                claim is not None
                and action in claim.allowed_actions
                and allowed(self._actor, transition.permission)
            )

    # -- the steps ------------------------------------------------------------------------
    def run_step(self, action: str) -> StepDialog | None:
        c = self._complaint
        if c is None:
            return None
        claim = None if action == "open" else self.selected()
        if action != "open" and claim is None:
            return None
        dialog = StepDialog(
            self._store, step_for(action, c.row.id, c.row.number, claim, self._actor), self
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


# -- the monthly claims report (Desk menu) ---------------------------------------------------


def ask_claims_report(
    parent: QWidget, store: Store, actor: Actor, folder: Path | None = None
) -> JobControl | None:
    """Ask for the month (this month by default) and the file, then export (C9)."""
    ask = QInputDialog(parent)
    ask.setObjectName("claimsMonthDialog")
    ask.setWindowTitle(QCoreApplication.translate("ClaimsBox", "Monthly claims report"))
    ask.setLabelText(QCoreApplication.translate("ClaimsBox", "Month (e.g. 2026-11):"))
    ask.setTextValue(f"{clock.local_today():%Y-%m}")
    ask.setMinimumWidth(380)  # the title in full
    while True:
        if ask.exec() != QInputDialog.DialogCode.Accepted:
            return None
        try:
            month = claims.parse_month(ask.textValue())
            break
        except DomainError as error:
            show_error(parent, error)
    default = (folder or Path.home()) / claims.claims_file_name(month, labels.translate)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ClaimsBox", "Monthly claims report"),
        str(default),
        QCoreApplication.translate("ClaimsBox", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    return export_claims_to(parent, store, actor, month, Path(name))


def export_claims_to(
    parent: QWidget,
    store: Store,
    actor: Actor,
    month: Any,
    path: Path,
    done: Callable[[claims.ReportFile], None] | None = None,
) -> JobControl:
    def job(control: JobControl) -> claims.ReportFile:
        return claims.export_claims_report(store, actor, month, path, labels.translate, control)

    def succeeded(result: claims.ReportFile) -> None:
        if done is not None:
            done(result)
        else:
            count = result.count  # a plain name: lupdate skips a call whose n is an attribute
            text = QCoreApplication.translate(
                "ClaimsBox", "%n claim(s) written to {path}", "", count
            )
            tell(
                parent,
                QCoreApplication.translate("ClaimsBox", "Monthly claims report"),
                text.format(path=result.path),
            )

    def cancelled(_error: JobCancelled) -> None:
        tell(
            parent,
            QCoreApplication.translate("ClaimsBox", "Monthly claims report"),
            QCoreApplication.translate("ClaimsBox", "Cancelled: no file was written."),
        )

    return run_job(
        parent,
        QCoreApplication.translate("ClaimsBox", "Writing the claims report…"),
        job,
        succeeded,
        cancelled,
    )
