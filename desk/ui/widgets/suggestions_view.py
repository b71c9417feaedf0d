"""Suggestions and opinions (C1a) at the counter: the paged list, the one shown beside it with
the steps its state allows (pass to the department, the evaluation with its improvement
proposal, closing with the feedback), and "New suggestion…". All forms are StepDialogs saved
through the one action path; the list refreshes from the change notice.

Also the Desk menu's periodic feedback report: a period, a file, then the same job the command
line runs (``suggestions.export_feedback_report``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.services import clock, suggestions, vocabulary
from desk.services.jobs import JobCancelled, JobControl
from desk.services.paging import Page, PageKey, Sort
from desk.services.permissions import Actor, allowed
from desk.services.suggestions import SuggestionFilter, SuggestionInput, SuggestionRow
from desk.ui import labels
from desk.ui.dialogs.step_form import Step, StepDialog, StepField, Values
from desk.ui.errors import tell
from desk.ui.events import DeskEvents, LoadWhenShown
from desk.ui.operations import run_job
from desk.ui.paged_model import HIGHLIGHT, Column, PagedTableModel
from desk.ui.store import Store
from desk.ui.widgets.record_table import record_table, size_columns
from desk.ui.widgets.splits import splitter

SUGGESTIONS_TABLE = "suggestions"
OPEN, CLOSED, EVERYTHING = "open", "closed", "all"
_VIEWS = {
    OPEN: SuggestionFilter(states=suggestions.OPEN_STATES),
    CLOSED: SuggestionFilter(states=(suggestions.CLOSED,)),
    EVERYTHING: SuggestionFilter(),
}
STEP_ACTIONS = ("pass", "evaluate", "close")


def _channel(code: str) -> str:
    return vocabulary.word(vocabulary.CHANNELS, code, labels.translate)


def button_text(action: str) -> str:
    return {
        "pass": QCoreApplication.translate("SuggestionsView", "Pass to department…"),
        "evaluate": QCoreApplication.translate("SuggestionsView", "Evaluation…"),
        "close": QCoreApplication.translate("SuggestionsView", "Close with feedback…"),
    }[action]


def _summary(s: SuggestionRow) -> str:
    return QCoreApplication.translate("SuggestionsView", "{number} · {state}\n{content}").format(
        number=s.number, state=labels.state("suggestion", s.state), content=s.content[:200]
    )


def new_step(actor: Actor) -> Step:
    def run(session: Any, v: Values) -> SuggestionRow:
        return suggestions.take_suggestion(
            session, actor, SuggestionInput(v["channel"], v["content"])
        )

    return Step(
        QCoreApplication.translate("SuggestionsView", "New suggestion"),
        QCoreApplication.translate("SuggestionsView", "Save suggestion"),
        [
            StepField(
                "channel",
                QCoreApplication.translate("SuggestionsView", "Came in by *"),
                "choice",
                {code: _channel(code) for code in vocabulary.CHANNELS},
                value="visit",
            ),
            StepField(
                "content",
                QCoreApplication.translate("SuggestionsView", "Suggestion or opinion *"),
                placeholder=QCoreApplication.translate(
                    "SuggestionsView", "In the customer's words"
                ),
            ),
        ],
        run,
        QCoreApplication.translate(
            "SuggestionsView",
            "A suggestion is not a complaint: it is passed to the department concerned and "
            "never counts towards the complaint rate.",
        ),
    )


def step_for(action: str, s: SuggestionRow, actor: Actor) -> Step:
    sid, version = s.id, s.version
    if action == "pass":

        def pass_on(session: Any, v: Values) -> SuggestionRow:
            return suggestions.pass_to_department(
                session, actor, sid, v["department"], v["note"], version
            )

        return Step(
            QCoreApplication.translate("SuggestionsView", "Pass {number} to the department").format(
                number=s.number
            ),
            QCoreApplication.translate("SuggestionsView", "Pass on"),
            [
                StepField(
                    "department",
                    QCoreApplication.translate("SuggestionsView", "Department concerned *"),
                    "line",
                    value=s.department,
                    max_length=suggestions.DEPARTMENT_MAX,
                ),
                StepField("note", QCoreApplication.translate("SuggestionsView", "Note")),
            ],
            pass_on,
            _summary(s),
        )
    if action == "evaluate":

        def evaluate(session: Any, v: Values) -> SuggestionRow:
            return suggestions.evaluate(
                session, actor, sid, v["evaluation"], v["proposal"], version
            )

        return Step(
            QCoreApplication.translate("SuggestionsView", "Evaluation of {number}").format(
                number=s.number
            ),
            QCoreApplication.translate("SuggestionsView", "Save evaluation"),
            [
                StepField(
                    "evaluation",
                    QCoreApplication.translate("SuggestionsView", "The department's evaluation *"),
                    value=s.evaluation,
                ),
                StepField(
                    "proposal",
                    QCoreApplication.translate("SuggestionsView", "Improvement proposal"),
                    value=s.proposal,
                ),
            ],
            evaluate,
            _summary(s)
            + "\n"
            + QCoreApplication.translate("SuggestionsView", "Department: {department}").format(
                department=s.department
            ),
        )

    def close(session: Any, v: Values) -> SuggestionRow:
        return suggestions.close_with_feedback(session, actor, sid, v["feedback"], version)

    return Step(
        QCoreApplication.translate("SuggestionsView", "Close {number}").format(number=s.number),
        QCoreApplication.translate("SuggestionsView", "Close"),
        [
            StepField(
                "feedback",
                QCoreApplication.translate("SuggestionsView", "Feedback given *"),
                placeholder=QCoreApplication.translate(
                    "SuggestionsView", "What the person was told, how and when"
                ),
            )
        ],
        close,
        _summary(s),
    )


def details_html(s: SuggestionRow) -> str:
    rows = [
        (
            QCoreApplication.translate("SuggestionsView", "Received"),
            labels.local_time(s.received_at),
        ),
        (QCoreApplication.translate("SuggestionsView", "Came in by"), _channel(s.channel)),
        (
            QCoreApplication.translate("SuggestionsView", "Customer"),
            " ".join(p for p in (s.customer_name, s.masked_phone) if p),
        ),
        (QCoreApplication.translate("SuggestionsView", "Suggestion"), s.content),
        (QCoreApplication.translate("SuggestionsView", "Followed by"), s.owner_name),
        (
            QCoreApplication.translate("SuggestionsView", "Department"),
            " · ".join(p for p in (s.department, labels.local_time(s.passed_at)) if p),
        ),
        (QCoreApplication.translate("SuggestionsView", "Evaluation"), s.evaluation),
        (QCoreApplication.translate("SuggestionsView", "Improvement proposal"), s.proposal),
        (QCoreApplication.translate("SuggestionsView", "Feedback given"), s.feedback),
        (QCoreApplication.translate("SuggestionsView", "Closed"), labels.local_time(s.closed_at)),
    ]
    cells = "".join(
        f"<tr><td style='color:#616161; padding-right:8px' valign='top'>{escape(k)}</td>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<table>{cells}</table>"


class SuggestionsView(QWidget):
    def __init__(
        self, store: Store, actor: Actor, events: DeskEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsView")
        self._store = store
        self._actor = actor
        self._filter = _VIEWS[OPEN]
        self.shown: SuggestionRow | None = None

        self.view = QComboBox(self)
        self.view.setObjectName("suggestionView")
        self.view.addItem(QCoreApplication.translate("SuggestionsView", "Open suggestions"), OPEN)
        self.view.addItem(QCoreApplication.translate("SuggestionsView", "Closed"), CLOSED)
        self.view.addItem(
            QCoreApplication.translate("SuggestionsView", "All suggestions"), EVERYTHING
        )
        self.count_label = QLabel(self)
        self.count_label.setObjectName("suggestionCount")
        self.new_button = QPushButton(
            QCoreApplication.translate("SuggestionsView", "New suggestion… (Ctrl+N)"), self
        )
        self.new_button.setObjectName("newSuggestionButton")
        self.new_button.setShortcut("Ctrl+N")  # live while this tab shows, like the others
        self.new_button.setVisible(allowed(actor, "suggestion.write"))
        self.model: PagedTableModel[SuggestionRow] = PagedTableModel(
            self._columns(),
            self._fetch,
            self._count,
            ("received_at", True),
            style=lambda row: HIGHLIGHT if row.state == suggestions.RECEIVED else None,
        )
        self.table = record_table("suggestionsTable", self.model, self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self._size_columns()
        self.heading = QLabel(self)
        self.heading.setObjectName("suggestionHeading")
        self.heading.setWordWrap(True)
        self.facts = QTextBrowser(self)
        self.facts.setObjectName("suggestionFacts")
        self.buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        for action in STEP_ACTIONS:
            button = QPushButton(button_text(action), self)
            button.setObjectName(f"suggestion_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.run_step(a))
            self.buttons[action] = button
            steps.addWidget(button)
        steps.addStretch(1)

        show = QLabel(QCoreApplication.translate("SuggestionsView", "&Show:"), self)
        show.setBuddy(self.view)
        bar = QHBoxLayout()
        bar.addWidget(show)
        bar.addWidget(self.view)
        bar.addSpacing(12)
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addLayout(steps)
        side_layout.addWidget(self.facts, 1)
        split = splitter(
            Qt.Orientation.Horizontal, ((self.table, 3), (side, 2)), self, "suggestionSplit")
        split.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.view.currentIndexChanged.connect(self._view_changed)
        self.new_button.clicked.connect(self.new_suggestion)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.reset_done.connect(self._reloaded)
        self.lists = LoadWhenShown(self, events, (SUGGESTIONS_TABLE, "customers"), self.refresh)
        self.show_suggestion(None)

    def _size_columns(self) -> None:
        """Wide enough for their longest usual text in either language; the suggestion
        itself takes the rest."""
        header = self.table.horizontalHeader()
        samples = [
            "JY-2026-000000",
            "2026-12-31 23:59",
            "意见箱",
            "欧阳先生",
            labels.state("suggestion", suggestions.PASSED),
            "客户服务部",
        ]
        size_columns(self.table, samples)
        header.setSectionResizeMode(len(samples), QHeaderView.ResizeMode.Stretch)

    def _columns(self) -> list[Column[SuggestionRow]]:
        return [
            Column(
                QCoreApplication.translate("SuggestionsView", "No."), "number", lambda r: r.number
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "Received"),
                "received_at",
                lambda r: labels.local_time(r.received_at),
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "Came in by"),
                "channel",
                lambda r: _channel(r.channel),
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "Customer"),
                "customer",
                lambda r: r.customer_name or labels.anonymous(),
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "State"),
                "state",
                lambda r: labels.state("suggestion", r.state),
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "Department"),
                "department",
                lambda r: r.department,
            ),
            Column(
                QCoreApplication.translate("SuggestionsView", "Suggestion"),
                None,
                lambda r: " ".join(r.content.split())[:80],
            ),
        ]

    # -- the list -------------------------------------------------------------------------
    def _view_changed(self) -> None:
        self._filter = replace(_VIEWS[str(self.view.currentData())])
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def _count(self) -> int:
        with self._store.read() as session:
            return suggestions.count_suggestions(session, self._actor, self._filter)

    def _fetch(
        self, key: str, descending: bool, after: PageKey | None, limit: int
    ) -> Page[SuggestionRow]:
        with self._store.read() as session:
            return suggestions.list_suggestions(
                session, self._actor, self._filter, Sort(key, descending), after=after, limit=limit
            )

    def _reloaded(self, total: int) -> None:
        self.count_label.setText(
            QCoreApplication.translate("SuggestionsView", "%n suggestion(s)", "", total)
        )
        shown = self.shown
        if shown is not None:
            row = self.model.index_where(lambda r: r.id == shown.id)
            if row >= 0:
                self.table.selectRow(row)
                self.show_suggestion(self.model.row_at(row))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_suggestion(self.model.row_at(current.row()))

    # -- the one shown --------------------------------------------------------------------
    def show_suggestion(self, s: SuggestionRow | None) -> None:
        self.shown = s
        if s is None:
            self.heading.setText(
                QCoreApplication.translate(
                    "SuggestionsView", "Pick a suggestion in the list to see it here."
                )
            )
            self.facts.clear()
            for button in self.buttons.values():
                button.hide()
            return
        self.heading.setText(
            QCoreApplication.translate("SuggestionsView", "<b>{number}</b> · {state}").format(
                number=escape(s.number), state=escape(labels.state("suggestion", s.state))
            )
        )
        for action, button in self.buttons.items():
            transition = suggestions.SUGGESTION_STATES.transitions[action]
            button.setVisible(
                action in s.allowed_actions and allowed(self._actor, transition.permission)
            )
        self.facts.setHtml(details_html(s))

    def run_step(self, action: str) -> StepDialog | None:
        if self.shown is None:
            return None
        return self._open(step_for(action, self.shown, self._actor))

    def new_suggestion(self) -> StepDialog | None:
        if not allowed(self._actor, "suggestion.write"):
            return None
        return self._open(new_step(self._actor))

    def _open(self, step: Step) -> StepDialog:
        dialog = StepDialog(self._store, step, self)

        def saved() -> None:
            if isinstance(dialog.result, SuggestionRow):
                self.show_suggestion(dialog.result)

        dialog.accepted.connect(saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


# -- the periodic feedback report (Desk menu) ------------------------------------------------


class PeriodDialog(QDialog):
    """From and to (local days, inclusive); this month so far by default."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(380)  # the title in full
        today = clock.local_today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SuggestionsView", "From"), self.date_from)
        form.addRow(QCoreApplication.translate("SuggestionsView", "To"), self.date_to)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("SuggestionsView", "Cancel")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[return-value]


def ask_feedback_report(
    parent: QWidget, store: Store, actor: Actor, folder: Path | None = None
) -> JobControl | None:
    """Ask for the period and the file, then export the feedback report (C1a)."""
    title = QCoreApplication.translate("SuggestionsView", "Suggestion feedback report")
    dialog = PeriodDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    date_from, date_to = dialog.period()
    default = (folder or Path.home()) / suggestions.feedback_file_name(
        date_from, date_to, labels.translate
    )
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(default),
        QCoreApplication.translate("SuggestionsView", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    return export_feedback_to(parent, store, actor, date_from, date_to, Path(name))


def export_feedback_to(
    parent: QWidget,
    store: Store,
    actor: Actor,
    date_from: date,
    date_to: date,
    path: Path,
    done: Callable[[suggestions.ReportFile], None] | None = None,
) -> JobControl:
    title = QCoreApplication.translate("SuggestionsView", "Suggestion feedback report")

    def job(control: JobControl) -> suggestions.ReportFile:
        return suggestions.export_feedback_report(
            store, actor, date_from, date_to, path, labels.translate, control
        )

    def succeeded(result: suggestions.ReportFile) -> None:
        if done is not None:
            done(result)
        else:
            count = result.count  # a plain name: lupdate skips a call whose n is an attribute
            text = QCoreApplication.translate(
                "SuggestionsView", "%n suggestion(s) written to {path}", "", count
            )
            tell(parent, title, text.format(path=result.path))

    def cancelled(_error: JobCancelled) -> None:
        tell(
            parent,
            title,
            QCoreApplication.translate("SuggestionsView", "Cancelled: no file was written."),
        )

    return run_job(
        parent,
        QCoreApplication.translate("SuggestionsView", "Writing the feedback report…"),
        job,
        succeeded,
        cancelled,
    )
