"""One small form for every step a record takes (a complaint's assessment, its plan, the
approval, the slip, the rectification, a note...).

A step is a list of :class:`StepField` and the service call that takes their values: the
form lays them out, saves through the one action path (``run_action``) on Enter, shows a
refused value under its field and closes on Esc. Each record kind describes its steps as
data (``desk/ui/tabs/complaint_steps.py``) instead of a dialog class per step.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.errors import DomainError
from desk.ui.actions import run_action
from desk.ui.forms import DateBox, FieldErrors, NotesEdit
from desk.ui.store import Store

Kind = Literal["line", "text", "choice", "date", "check", "widget"]
Values = Mapping[str, str]
# "widget": a box the step brings itself (a customer picker, a drop-down), made for the form
# with how to read its value.
MakeWidget = Callable[[QWidget], tuple[QWidget, Callable[[], str]]]


@dataclass(frozen=True)
class StepField:
    name: str  # the field a DomainError names, so the message stands under this box
    label: str
    kind: Kind = "text"
    choices: Mapping[str, str] = field(default_factory=dict)  # code -> word, for "choice"
    value: str = ""  # prefilled ("date": ISO 2026-11-30)
    placeholder: str = ""  # "check": the words beside the box
    max_length: int = 0  # for "line": the box refuses to take more
    make: MakeWidget | None = None  # for "widget"


def record_title(step: str, number: str) -> str:
    """A step's title with the record it is for ("Invoice issued: KP-2026-000008"): the colon
    is the reader's (Chinese takes "："; an f-string put the English one in a Chinese title)."""
    return QCoreApplication.translate("StepDialog", "{step}: {number}").format(
        step=step, number=number)


@dataclass(frozen=True)
class Step:
    title: str
    submit: str  # the button's word: "Save assessment"
    fields: Sequence[StepField]
    run: Callable[[Any, Values], Any]  # (session, values) -> the service's answer
    summary: str = ""  # one line above the form: which record, what state


class StepDialog(QDialog):
    """A step's form; ``result`` holds the service's answer once it saved."""

    def __init__(self, store: Store, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(step.title)
        self.setMinimumWidth(520)
        self._store = store
        self._step = step
        self.result: Any = None
        self._readers: dict[str, Callable[[], str]] = {}
        self._digits = 0  # Alt+1 … Alt+9 tick the form's options, in order
        general = QLabel(self)
        self.errors = FieldErrors(general)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        first: QWidget | None = None
        for spec in step.fields:
            widget = self._field(spec)
            first = first or widget
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors.label_for(spec.name, self))
            label = QLabel(spec.label, self)
            label.setBuddy(widget)
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(step.submit)
        ok.setObjectName("submitButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        if step.summary:
            summary = QLabel(step.summary, self)
            summary.setObjectName("stepSummary")
            summary.setWordWrap(True)
            layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(general)
        hint = QLabel(self.tr("Enter saves · Shift+Enter starts a new line · Esc cancels"), self)
        hint.setStyleSheet("color: #616161;")
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if first is not None:
            first.setFocus()

    def _field(self, spec: StepField) -> QWidget:
        if spec.kind == "widget" and spec.make is not None:
            widget, read = spec.make(self)
            self._readers[spec.name] = read
            widget.setObjectName(spec.name)
            return widget
        if spec.kind == "line":
            line = QLineEdit(spec.value, self)
            line.setPlaceholderText(spec.placeholder)
            if spec.max_length:
                line.setMaxLength(spec.max_length)
            line.returnPressed.connect(self.save)
            line.textEdited.connect(lambda _t: self.errors.clear())
            self._readers[spec.name] = line.text
            line.setObjectName(spec.name)
            return line
        if spec.kind == "date":
            edit = DateBox(self)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            if spec.value:
                edit.setDate(QDate.fromString(spec.value, Qt.DateFormat.ISODate))
            edit.dateChanged.connect(lambda _d: self.errors.clear())
            self._readers[spec.name] = lambda: edit.date().toString(Qt.DateFormat.ISODate)
            edit.setObjectName(spec.name)
            return edit
        if spec.kind == "check":  # a confirmation: "yes" when ticked (the label is the box's)
            check = QCheckBox(self._numbered(spec.placeholder), self)
            check.setChecked(spec.value == "yes")
            check.toggled.connect(lambda _on: self.errors.clear())
            self._readers[spec.name] = lambda: "yes" if check.isChecked() else ""
            check.setObjectName(spec.name)
            return check
        if spec.kind == "choice":
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(box)
            codes: dict[int, str] = {}
            for i, (code, word) in enumerate(spec.choices.items()):
                radio = QRadioButton(self._numbered(word), box)
                radio.setObjectName(f"{spec.name}_{code}")
                radio.setChecked(code == spec.value)
                group.addButton(radio, i)
                codes[i] = code
                row.addWidget(radio)
            row.addStretch(1)
            group.idClicked.connect(lambda _i: self.errors.clear())
            self._readers[spec.name] = lambda: codes.get(group.checkedId(), "")
            box.setObjectName(spec.name)
            if group.buttons():
                box.setFocusProxy(group.buttons()[0])
            return box
        text = NotesEdit(self.save, self)
        text.setPlainText(spec.value)
        text.setPlaceholderText(spec.placeholder)
        text.setFixedHeight(84)
        text.textChanged.connect(self.errors.clear)
        self._readers[spec.name] = text.toPlainText
        text.setObjectName(spec.name)
        return text

    def _numbered(self, text: str) -> str:
        """An option's text with the next digit as its Alt key ("1 整件", Alt+1): choices and
        ticks have no letter of their own, and a form of ticks is done by keyboard alone."""
        text = text.replace("&", "&&")
        if self._digits == 9:
            return text
        self._digits += 1
        return f"&{self._digits} {text}"

    def values(self) -> dict[str, str]:
        return {name: read() for name, read in self._readers.items()}

    def save(self) -> None:
        values = self.values()
        result = run_action(self, self._store, lambda s: self._step.run(s, values),
                            self._refused)
        if result is not None:
            self.result = result
            self.accept()

    def _refused(self, error: DomainError) -> None:
        self.errors.show_and_focus(error, self)
        self.adjustSize()
