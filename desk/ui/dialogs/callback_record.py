"""The callback record (回访记录表, B2) as the clerk fills it in, and the customer's signature
added later to a record that waits for it.

The questions asked depend on where the callback comes from; the answers are kept with the
question as it was asked. The customer signs on the pad (mouse, pen or finger) while the clerk
is with them, "on paper" with the scan attached now or later, or later (a phone call: the
record waits for the signature). The staff member signs beside the customer. A dissatisfied
complaint callback asks what happens to the complaint (B3). Every refusal stands next to its
field and saves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QImageReader, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.services import callbacks, vocabulary
from desk.services.callbacks import CallbackDetail, CallbackRecord
from desk.services.errors import DomainError
from desk.services.permissions import Actor
from desk.ui import labels
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors, NotesEdit
from desk.ui.labels import translate
from desk.ui.store import Store
from desk.ui.widgets.signature_pad import SignaturePad

# Scans of a signed paper form: what a counter scanner or a phone camera gives.
SCAN_FILTER = "*.png *.jpg *.jpeg *.pdf *.tif *.tiff *.bmp"


def questions(source: str) -> list[str]:
    """What the desk asks on a callback from ``source`` (B2: 问了什么、答了什么)."""
    asked = {
        callbacks.COMPLAINT: [
            translate("CallbackQuestions", "Has the problem been solved?"),
            translate("CallbackQuestions", "Are you satisfied with how it was handled?"),
            translate("CallbackQuestions", "How was the speed and the staff's attitude?"),
        ],
        callbacks.SURVEY: [
            translate("CallbackQuestions", "Have the measures been put in place?"),
            translate("CallbackQuestions", "What do you think of the result?"),
        ],
        callbacks.SPECIAL: [
            translate("CallbackQuestions", "Was the service done as agreed?"),
            translate("CallbackQuestions", "Are you satisfied with the staff who came?"),
        ],
        callbacks.FOLLOW_UP: [
            translate("CallbackQuestions", "How is the product working?"),
            translate("CallbackQuestions", "Do you need any after-sales service?"),
        ],
    }
    return asked.get(source, [translate("CallbackQuestions", "What was said")])


def summary(c: CallbackDetail) -> str:
    """Which callback, for whom, about what: one line above each form."""
    source = vocabulary.word(vocabulary.CALLBACK_SOURCES, c.row.source, labels.translate)
    who = c.row.customer_name or labels.anonymous()
    about = " ".join(c.row.subject.split())[:120]
    head = f"{c.row.number} · {source} · {who} {c.row.masked_phone}".rstrip()
    if c.row.complaint_number:
        head += f" · {c.row.complaint_number}"
    return f"{head}\n{about}"


def _radios(parent: QWidget, name: str, choices: dict[str, str], checked: str | None
            ) -> tuple[QWidget, QButtonGroup, dict[int, str]]:
    box = QWidget(parent)
    box.setObjectName(name)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    codes: dict[int, str] = {}
    for i, (code, word) in enumerate(choices.items()):
        radio = QRadioButton(word, box)
        radio.setObjectName(f"{name}_{code}")
        radio.setChecked(code == checked)
        group.addButton(radio, i)
        codes[i] = code
        row.addWidget(radio)
    row.addStretch(1)
    follow_choice(box, group)
    return box, group, codes


def follow_choice(box: QWidget, group: QButtonGroup, label: QLabel | None = None) -> None:
    """A radio group answers its label's Alt+letter (and a refusal's focus) on the button
    checked, or on the first when none is: a QLabel's buddy must take focus itself, which the
    box around the buttons does not."""
    def point() -> None:
        target: QAbstractButton = group.checkedButton() or group.buttons()[0]
        box.setFocusProxy(target)
        if label is not None:
            label.setBuddy(target)

    point()
    group.idToggled.connect(lambda _i, _on: point())


def documents_folder() -> str:
    """Where a scan is looked for first: the user's Documents, else their home folder (not
    the program's working directory)."""
    for where in (QStandardPaths.StandardLocation.DocumentsLocation,
                  QStandardPaths.StandardLocation.HomeLocation):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def ask_scan_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("CallbackRecordDialog", "The scan of the signed callback form"),
        documents_folder(), translate(
            "CallbackRecordDialog", "Scans ({patterns});;All files (*)").format(
                patterns=SCAN_FILTER))
    return path


def keep_editing(parent: QWidget) -> bool:
    """Esc or Cancel on a form with something in it: ask first; keeping it is the default."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("CallbackRecordDialog", "Discard the record?"),
                      translate("CallbackRecordDialog",
                                "What was entered in this record will be lost. Discard it?"),
                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("discardQuestion")
    box.button(QMessageBox.StandardButton.Discard).setText(
        translate("CallbackRecordDialog", "Discard"))
    box.button(QMessageBox.StandardButton.Cancel).setText(
        translate("CallbackRecordDialog", "Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() != QMessageBox.StandardButton.Discard


class CallbackRecordDialog(QDialog):
    """B2's record of one callback; ``saved`` holds the callback as saved.

    The fields scroll inside the dialog (errors under them make it taller than a 768-pixel
    screen); the save and cancel buttons stay visible at the bottom."""

    def __init__(self, store: Store, actor: Actor, callback: CallbackDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackRecordDialog")
        self.setWindowTitle(self.tr("Callback record {number}").format(number=callback.row.number))
        self._store = store
        self._actor = actor
        self._callback = callback
        self._scan: tuple[str, bytes] | None = None
        self._auto_later = False  # the phone chose "signs later", not the clerk
        self._error_labels: dict[str, QLabel] = {}
        self.saved: CallbackDetail | None = None
        special = callback.row.source == callbacks.SPECIAL
        self._general = general = QLabel(self)
        self.errors = FieldErrors(general)

        heading = QLabel(summary(callback), self)
        heading.setWordWrap(True)
        heading.setObjectName("callbackSummary")
        methods = {code: translate(vocabulary.LABELS, word)
                   for code, word in vocabulary.CALLBACK_METHODS.items()}
        method_box, self._method_group, self._method_codes = _radios(
            self, "method", methods, callbacks.PHONE if special else callbacks.VISIT)
        self.person = QLineEdit(callback.row.customer_name, self)
        self.person.setObjectName("person_reached")
        self.person.setMaxLength(60)
        self.person.setPlaceholderText(self.tr("e.g. the customer, or his wife"))
        self.answers: list[tuple[str, QLineEdit]] = []
        for question in questions(callback.row.source):
            answer = QLineEdit(self)
            answer.setObjectName(f"answer_{len(self.answers)}")
            answer.setMaxLength(callbacks.ANSWER_MAX)
            answer.returnPressed.connect(self.focusNextChild)
            self.answers.append((question, answer))
        levels = {code: translate(vocabulary.LABELS, word)
                  for code, word in vocabulary.SATISFACTIONS.items()}
        level_box, self._level_group, self._level_codes = _radios(
            self, "satisfaction", levels, None)
        self.comments = NotesEdit(self.save, self)
        self.comments.setObjectName("comments")
        self.comments.setFixedHeight(52)
        self.comments.setPlaceholderText(self.tr("What else the customer said"))
        outcomes = {
            callbacks.REOPEN: self.tr("Reopen the complaint"),
            callbacks.NEW_COMPLAINT: self.tr("Open a new linked complaint"),
        }
        self._outcome_box, self._outcome_group, self._outcome_codes = _radios(
            self, "outcome", outcomes, callbacks.REOPEN)
        self._outcome_row = QWidget(self)
        outcome_line = QHBoxLayout(self._outcome_row)
        outcome_line.setContentsMargins(0, 0, 0, 0)
        not_satisfied = QLabel(self.tr("Not satisfied:"), self._outcome_row)
        follow_choice(self._outcome_box, self._outcome_group, not_satisfied)
        outcome_line.addWidget(not_satisfied)
        outcome_line.addWidget(self._outcome_box, 1)

        signing = {
            callbacks.ON_SCREEN: self.tr("Signs on the screen"),
            callbacks.ON_PAPER: self.tr("Signed on paper"),
            callbacks.LATER: self.tr("Signs later"),
        }
        if not callback.signature_required:
            signing[callbacks.UNSIGNED] = self.tr("No signature")
        first = callbacks.UNSIGNED if special else callbacks.ON_SCREEN
        sign_box, self._sign_group, self._sign_codes = _radios(self, "signature", signing, first)
        self.customer_pad = SignaturePad(self)
        self.customer_pad.setObjectName("customer_signature")
        self.staff_pad = SignaturePad(self)
        self.staff_pad.setObjectName("staff_signature")
        self.scan_button = QPushButton(self.tr("Attach the scan…"), self)
        self.scan_button.setObjectName("scan")
        self.scan_label = QLabel(self.tr("No scan yet: it can be attached later."), self)
        self.scan_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the record"))
        ok.setObjectName("saveRecordButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._lay_out(heading, method_box, level_box, sign_box, general, special)
        self._connect_signals()
        self._signing_changed()
        self._level_changed()
        if special:
            self._method_group.buttons()[1].setEnabled(False)  # special services: by phone
        self._fit_to_screen()
        self.person.setFocus()

    def _field(self, widget: QWidget, name: str) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self._error_label(name, box))
        return box

    def _error_label(self, name: str, parent: QWidget) -> QLabel:
        label = self.errors.label_for(name, parent)
        self._error_labels[name] = label
        return label

    def _lay_out(self, heading: QLabel, method_box: QWidget, level_box: QWidget,
                 sign_box: QWidget, general: QLabel, special: bool) -> None:
        self.form = form = QWidget(self)
        form.setObjectName("callbackRecordForm")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        row = 0

        def add(label: str, widget: QWidget, buddy: QWidget | None = None) -> QLabel:
            nonlocal row
            text = QLabel(label, form)
            text.setBuddy(buddy or widget)
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, 1)
            row += 1
            return text

        reached = QWidget(form)
        line = QHBoxLayout(reached)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self._field(method_box, "method"), 0)
        who = QLabel(self.tr("Person &reached *"), form)
        who.setBuddy(self.person)
        line.addSpacing(16)
        line.addWidget(who)
        line.addWidget(self._field(self.person, "person_reached"), 1)
        method_label = add(self.tr("&Method *"), reached)
        follow_choice(method_box, self._method_group, method_label)
        for i, (question, answer) in enumerate(self.answers):
            field = self._field(answer, "answers") if i == len(self.answers) - 1 else answer
            add(question, field, answer)
        level_label = add(self.tr("&Satisfaction *"), self._field(level_box, "satisfaction"))
        follow_choice(level_box, self._level_group, level_label)
        self._outcome_field = self._field(self._outcome_row, "outcome")
        add("", self._outcome_field, self._outcome_box)
        add(self.tr("C&omments"), self._field(self.comments, "comments"), self.comments)

        pads = QGroupBox(self.tr("Signatures"), form)
        pads_layout = QGridLayout(pads)
        pads_layout.addWidget(self._field(sign_box, "signature"), 0, 0, 1, 2)
        self._customer_title = QLabel(self.tr("Customer"), pads)
        pads_layout.addWidget(self._customer_title, 1, 0)
        pads_layout.addWidget(QLabel(self.tr("Staff ({name})").format(
            name=self._actor.display_name), pads), 1, 1)
        self._customer_box = QWidget(pads)
        customer = QVBoxLayout(self._customer_box)
        customer.setContentsMargins(0, 0, 0, 0)
        customer.addWidget(self._field(self.customer_pad, "customer_signature"), 1)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_button)
        scan.addWidget(self.scan_label, 1)
        customer.addLayout(scan)
        customer.addWidget(self._error_label("scan", self._customer_box))
        pads_layout.addWidget(self._customer_box, 2, 0)
        pads_layout.addWidget(self._field(self.staff_pad, "staff_signature"), 2, 1)
        pads_layout.setColumnStretch(0, 1)
        pads_layout.setColumnStretch(1, 1)
        if special:
            pads.setVisible(False)  # B2: a special service is called by phone, unsigned

        inside = QVBoxLayout(form)
        inside.setContentsMargins(0, 0, 4, 0)
        inside.addLayout(grid)
        inside.addWidget(pads, 1)
        self.fields_area = QScrollArea(self)
        self.fields_area.setObjectName("callbackRecordScroll")
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setWidget(form)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(general)
        hint = QLabel(self.tr("Enter in Comments saves · Esc cancels"), self)
        hint.setStyleSheet("color: #616161;")
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Toggled, not clicked: the arrow keys choose in a radio group as well as the mouse.
        self._sign_group.idToggled.connect(self._signing_toggled)
        self._sign_group.idClicked.connect(lambda _i: self._clerk_chose_signing())
        self._level_group.idToggled.connect(
            lambda _i, on: self._level_changed() if on else None)
        self._method_group.idToggled.connect(
            lambda _i, on: self._method_changed() if on else None)
        self._outcome_group.idToggled.connect(lambda _i, _on: self._field_changed("outcome"))
        self.scan_button.clicked.connect(lambda: self.choose_scan())
        # A message is about what the field held; once the clerk changes it, it goes.
        self.person.textChanged.connect(lambda _t: self._field_changed("person_reached"))
        for _question, answer in self.answers:
            answer.textChanged.connect(lambda _t: self._field_changed("answers"))
        self.comments.textChanged.connect(lambda: self._field_changed("comments"))
        self.customer_pad.changed.connect(lambda: self._field_changed("customer_signature"))
        self.staff_pad.changed.connect(lambda: self._field_changed("staff_signature"))

    def _field_changed(self, *fields: str) -> None:
        for name in fields:
            label = self._error_labels.get(name)
            if label is not None:
                label.clear()
                label.hide()
        self._general.clear()
        self._general.hide()

    # -- what the form shows as it is filled in ----------------------------------------------
    def _chosen(self, group: QButtonGroup, codes: dict[int, str]) -> str | None:
        return codes.get(group.checkedId())

    def _method_changed(self) -> None:
        self._field_changed("method", "signature")
        method = self._chosen(self._method_group, self._method_codes)
        # On the phone the customer cannot sign here: the record waits (B2).
        if method == callbacks.PHONE and self.signing() == callbacks.ON_SCREEN:
            self._check(self._sign_group, self._sign_codes, callbacks.LATER)
            self._auto_later = True
        # Back to a visit: the pad again, unless the clerk chose the signing since.
        elif (method == callbacks.VISIT and self._auto_later
              and self.signing() == callbacks.LATER):
            self._check(self._sign_group, self._sign_codes, callbacks.ON_SCREEN)
            self._auto_later = False

    def _clerk_chose_signing(self) -> None:
        self._auto_later = False

    def _check(self, group: QButtonGroup, codes: dict[int, str], code: str) -> None:
        for i, known in codes.items():
            if known == code:
                group.button(i).setChecked(True)

    def _level_changed(self) -> None:
        self._field_changed("satisfaction", "outcome")
        dissatisfied = self._chosen(self._level_group, self._level_codes) == callbacks.DISSATISFIED
        shown = dissatisfied and self._callback.row.source == callbacks.COMPLAINT
        if shown != self._outcome_field.isVisibleTo(self):
            self._outcome_field.setVisible(shown)  # hidden, it takes no line
            self._refit()

    def _signing_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._signing_changed()

    def _signing_changed(self) -> None:
        mode = self.signing()
        self.customer_pad.setVisible(mode == callbacks.ON_SCREEN)
        self.scan_button.setVisible(mode == callbacks.ON_PAPER)
        self.scan_label.setVisible(mode == callbacks.ON_PAPER)
        self._customer_title.setVisible(mode in (callbacks.ON_SCREEN, callbacks.ON_PAPER))
        self._field_changed("signature", "customer_signature", "scan")
        self._refit()

    def signing(self) -> str:
        return self._chosen(self._sign_group, self._sign_codes) or callbacks.LATER

    def choose_scan(self, path: str | None = None) -> None:
        """The scan of the form the customer signed on paper (or a photo of it)."""
        if path is None:
            path = ask_scan_file(self)
        if not path:
            return
        self._field_changed("scan")
        try:
            content = Path(path).read_bytes()
        except OSError as error:
            self.errors.show(DomainError(str(error.strerror or error), "scan"))
            return
        self._scan = (Path(path).name, content)
        self.scan_label.setText(Path(path).name)

    # -- the size of the dialog ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_to_screen()

    def _refit(self) -> None:
        if self.isVisible():
            self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """As tall as the fields need (errors under them included), never taller than the
        screen: beyond that the fields scroll and the buttons stay in sight."""
        for _nested in range(4):  # a shown label resizes its box, the box its form, …
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        frame = 40  # the window's title bar and borders, drawn by the system
        self.setMaximumHeight(room.height() - frame)
        inner = self.form.sizeHint()
        outer = self.sizeHint()
        chrome = outer.height() - self.fields_area.sizeHint().height()
        wanted = min(chrome + inner.height(), room.height() - frame)
        bar = self.fields_area.verticalScrollBar().sizeHint().width()
        border = max(8, self.frameGeometry().width() - self.width())
        width = min(max(outer.width(), inner.width() + bar, self.width()), room.width() - border)
        height = max(wanted, self.height() if self.isVisible() else 0)
        self.resize(width, min(height, room.height() - frame))
        if self.isVisible():  # grown past the edge of the screen: move it back in
            outside = self.frameGeometry()
            left = max(room.left(), min(outside.left(), room.right() - outside.width()))
            top = max(room.top(), min(outside.top(), room.bottom() - outside.height()))
            self.move(left, top)

    # -- leaving without saving -------------------------------------------------------------
    def entered(self) -> bool:
        """Has the clerk entered anything that Cancel would throw away?"""
        return bool(
            any(answer.text().strip() for _q, answer in self.answers)
            or self.comments.toPlainText().strip()
            or self._level_group.checkedButton() is not None
            or self.person.text() != self._callback.row.customer_name
            or not self.customer_pad.is_blank() or not self.staff_pad.is_blank()
            or self._scan is not None
        )

    def reject(self) -> None:
        if self.entered() and keep_editing(self):
            return
        super().reject()

    # -- saving -----------------------------------------------------------------------------
    def record(self) -> CallbackRecord:
        mode = self.signing()
        scan = self._scan if mode == callbacks.ON_PAPER else None
        return CallbackRecord(
            method=self._chosen(self._method_group, self._method_codes) or "",
            person_reached=self.person.text(),
            answers=[(question, answer.text()) for question, answer in self.answers],
            satisfaction=self._chosen(self._level_group, self._level_codes),
            comments=self.comments.toPlainText(),
            signature=mode,
            customer_signature=(self.customer_pad.png_bytes() if mode == callbacks.ON_SCREEN
                                else None),
            staff_signature=self.staff_pad.png_bytes() or None,
            scan_name=scan[0] if scan else "",
            scan=scan[1] if scan else None,
            outcome=self._chosen(self._outcome_group, self._outcome_codes),
        )

    def save(self) -> None:
        data, callback, actor = self.record(), self._callback, self._actor
        saved = run_action(self, self._store, lambda s: callbacks.record_callback(
            s, actor, callback.row.id, data, callback.row.version), self._refused)
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, error: DomainError) -> None:
        label = self.errors.show_and_focus(error, self)
        self._fit_to_screen()
        if label is not self._general:
            self.fields_area.ensureWidgetVisible(label)


def record_html(c: CallbackDetail) -> str:
    """What the customer's signature confirms (B2): the answers as asked and given, the
    satisfaction in words and the comments; compact, read-only."""
    rows = [(question, answer) for question, answer in c.answers if answer]
    rows.append((translate("Callback", "Satisfaction"),
                 vocabulary.word(vocabulary.SATISFACTIONS, c.row.satisfaction, labels.translate)
                 if c.row.satisfaction else ""))
    rows.append((translate("Callback", "Comments"), c.comments))
    cells = "".join(
        f"<tr><td style='color:#616161; padding-right:8px' valign='top'>{escape(k)}</td>"
        f"<td>{escape(v).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows if v
    )
    return f"<table cellspacing='0' cellpadding='1'>{cells}</table>"


class SignLaterDialog(QDialog):
    """B2: the customer of a waiting record signs at the counter, or the scan of the paper
    form they signed is attached; either finishes the record (and closes its complaint)."""

    def __init__(self, store: Store, actor: Actor, callback: CallbackDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signLaterDialog")
        self.setWindowTitle(self.tr("Customer's signature for {number}").format(
            number=callback.row.number))
        self._store = store
        self._actor = actor
        self._callback = callback
        self.saved: CallbackDetail | None = None
        general = QLabel(self)
        self.errors = FieldErrors(general)
        heading = QLabel(summary(callback), self)
        heading.setWordWrap(True)
        self.pad = SignaturePad(self)
        self.pad.setObjectName("customer_signature")
        self.pad.setMinimumHeight(180)
        self.pad.changed.connect(self.errors.clear)
        confirms = QLabel(self.tr("The customer confirms with this signature:"), self)
        self.record_view = QLabel(record_html(callback), self)
        self.record_view.setObjectName("signedRecord")
        self.record_view.setTextFormat(Qt.TextFormat.RichText)
        self.record_view.setWordWrap(True)
        self.record_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        said = QScrollArea(self)
        said.setFrameShape(QFrame.Shape.NoFrame)
        said.setWidgetResizable(True)
        said.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        said.setWidget(self.record_view)
        said.setMaximumHeight(8 * self.fontMetrics().lineSpacing())
        said.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the signature"))
        ok.setObjectName("saveSignatureButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(confirms)
        layout.addWidget(said)
        layout.addWidget(QLabel(self.tr("Customer's signature *"), self))
        layout.addWidget(self.pad, 1)
        layout.addWidget(self.errors.label_for("customer_signature", self))
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.pad.setFocus()

    def save(self) -> None:
        png, callback, actor = self.pad.png_bytes(), self._callback, self._actor
        saved = run_action(self, self._store, lambda s: callbacks.sign_on_screen(
            s, actor, callback.row.id, png, callback.row.version), self.errors)
        if saved is not None:
            self.saved = saved
            self.accept()


def attach_signed_paper(parent: QWidget, store: Store, actor: Actor, callback: CallbackDetail,
                        path: str | None = None,
                        done: Callable[[CallbackDetail], Any] | None = None) -> None:
    """B2: the scan of the form the customer signed on paper finishes a waiting record,
    once the clerk has seen which file it is and said yes."""
    if path is None:
        path = ask_scan_file(parent)
    if not path or not confirm_scan(parent, callback, path):
        return
    name = Path(path).name

    def attach(session: Any) -> CallbackDetail:
        return callbacks.attach_signed_paper(session, actor, callback.row.id, name,
                                             Path(path).read_bytes(), callback.row.version)

    def refused(error: DomainError) -> None:
        from desk.ui.errors import show_error

        show_error(parent, error)

    saved = run_action(parent, store, attach, refused)
    if saved is not None and done is not None:
        done(saved)


PREVIEW_SIZE = 240  # pixels, the longer side of the scan shown in the question


def confirm_scan(parent: QWidget, callback: CallbackDetail, path: str) -> bool:
    """Name the file (and show an image's preview) before it finishes the record."""
    name = Path(path).name
    box = QMessageBox(parent)
    box.setObjectName("confirmScan")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CallbackRecordDialog", "Attach the signed paper?"))
    box.setText(translate(
        "CallbackRecordDialog", "Attach {file} as the paper record of callback {number}, "
        "signed by the customer?").format(file=name, number=callback.row.number))
    # A complaint reopened by a dissatisfied customer (B3) stays open: it closes after its
    # next callback.
    reopened = (callback.row.satisfaction == callbacks.DISSATISFIED
                and not callback.follow_complaint_number)
    if callback.row.complaint_number and not reopened:
        box.setInformativeText(translate(
            "CallbackRecordDialog", "This completes the record and closes complaint "
            "{complaint}.").format(complaint=callback.row.complaint_number))
    else:
        box.setInformativeText(translate("CallbackRecordDialog",
                                         "This completes the record."))
    reader = QImageReader(path)
    size = reader.size()
    if reader.canRead() and size.isValid():
        reader.setScaledSize(size.scaled(PREVIEW_SIZE, PREVIEW_SIZE,
                                         Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if not image.isNull():
            box.setIconPixmap(QPixmap.fromImage(image))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
