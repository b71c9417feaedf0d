"""The dock inspection (入库验收, W3) as the clerk does it, scanner first.

A scan of a line's barcode (the scanner types the digits, then Enter) jumps to that line with
its received count ready to type; Enter takes the count and moves back to the scan box for the
next line; F2 passes all of the current line's checks at once (the count as announced) and
moves on. Unticking a check asks for its note. The clerk signs on the pad at the end; Finish
(Ctrl+Enter) saves the inspection through the one action path: passed, the delivery is taken
into stock; held, nothing posts and the handler's notice follows.

A delivery nobody announced is opened empty: the clerk types the supplier and the delivery
note's number, and each scanned item becomes a line with the quantity the note says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.services import deliveries, items, searchkeys
from desk.services.deliveries import (
    CHECKS,
    DeliveryDetail,
    DeliveryInput,
    DeliveryLineInput,
    InspectionInput,
    LineCheck,
)
from desk.services.errors import DeskError, DomainError
from desk.services.items import shown_quantity
from desk.services.permissions import Actor
from desk.services.vocabulary import state_word
from desk.ui.actions import run_action
from desk.ui.forms import FieldErrors
from desk.ui.labels import translate
from desk.ui.store import Store
from desk.ui.widgets.signature_pad import SignaturePad


@dataclass
class _Line:
    """One line as the clerk is checking it (plain data; the service checks it again)."""

    line_id: int
    item_id: int
    code: str
    name: str
    spec: str
    unit: str
    barcode: str
    expected: str
    received: str = ""
    checks: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(CHECKS, False))
    note: str = ""
    touched: bool = False  # counted: the clerk has been at this line
    checked: bool = False  # its checks were passed (F2) or ticked one by one

    def matches(self, scanned: str) -> bool:
        folded = searchkeys.fold(scanned)
        return folded in (searchkeys.fold(self.barcode), searchkeys.fold(self.code))

    @property
    def failed(self) -> bool:
        return self.touched and (self.received != self.expected
                                 or (self.checked and not all(self.checks.values())))


class DockInspection(QDialog):
    """W3: inspect ``delivery`` (None: a new, unannounced one). ``saved`` holds the saved
    delivery once finished."""

    def __init__(self, store: Store, actor: Actor, delivery: DeliveryDetail | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dockInspection")
        self._store = store
        self._actor = actor
        self._delivery = delivery
        self.saved: DeliveryDetail | None = None
        self._lines = [
            _Line(line.id, line.item_id, line.code, line.name, line.spec, line.unit,
                  line.barcode, shown_quantity(line.expected))
            for line in (delivery.lines if delivery else ())]
        self._current: _Line | None = None
        self._showing = False  # filling the editor: its signals are not the clerk's
        if delivery is None:
            self.setWindowTitle(self.tr("Receive a delivery nobody announced"))
        else:
            self.setWindowTitle(self.tr("Inspect delivery {number}").format(
                number=delivery.row.number))
        general = QLabel(self)
        self.errors = FieldErrors(general)
        self._build(general)
        self._connect_signals()
        self._refresh_list()
        if self._lines:
            self._show_line(self._lines[0])
        first = self.supplier if delivery is None else self.scan
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- layout -------------------------------------------------------------------------------
    def _build(self, general: QLabel) -> None:
        self.supplier = QLineEdit(self)
        self.supplier.setObjectName("supplier")
        self.note_number = QLineEdit(self)
        self.note_number.setObjectName("note_number")
        head = QFormLayout()
        if self._delivery is None:
            head.addRow(self.tr("&Supplier *"), self.supplier)
            head.addRow("", self.errors.label_for("supplier", self))
            head.addRow(self.tr("Delivery &note no."), self.note_number)
        else:
            self.supplier.hide()
            self.note_number.hide()
            row = self._delivery.row
            head.addRow(QLabel(self.tr("{supplier} · delivery note {note} · {state}").format(
                supplier=row.supplier, note=row.note_number or "—",
                state=_state_word(row.state)), self))
        self.scan = QLineEdit(self)
        self.scan.setObjectName("scan")
        self.scan.setPlaceholderText(self.tr("Scan a line's barcode, or type its code, and "
                                             "press Enter"))
        head.addRow(self.tr("S&can:"), self.scan)
        head.addRow("", self.errors.label_for("search", self))

        self.lines = QListWidget(self)
        self.lines.setObjectName("lines")
        self.lines.setMinimumWidth(360)
        self.line_title = QLabel(self)
        self.line_title.setWordWrap(True)
        self.expected = QLineEdit(self)
        self.expected.setObjectName("expected")
        self.expected.setReadOnly(self._delivery is not None)
        self.received = QLineEdit(self)
        self.received.setObjectName("received")
        self.check_boxes = {name: QCheckBox(word, self) for name, word in (
            ("spec_ok", self.tr("Spec/model")), ("colour_ok", self.tr("Colour")),
            ("size_ok", self.tr("Size")), ("quality_ok", self.tr("Quality, packaging intact")),
            ("certificate_ok", self.tr("Certificate of conformity (合格证)")),
            ("documents_ok", self.tr("Delivery documents (单据)")))}
        for name, box in self.check_boxes.items():
            box.setObjectName(name)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was found (needed for a failed check or a "
                                             "count that differs)"))
        self.pass_all = QPushButton(self.tr("Pass all checks (F2)"), self)
        self.pass_all.setObjectName("passAll")
        editor = QGroupBox(self.tr("The line"), self)
        grid = QGridLayout(editor)
        grid.addWidget(self.line_title, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Delivery note says"), editor), 1, 0)
        grid.addWidget(self.expected, 1, 1)
        grid.addWidget(_buddy(self.tr("&Received"), self.received, editor), 1, 2)
        grid.addWidget(self.received, 1, 3)
        # A refused count or note is said right under its box (STYLE 9).
        grid.addWidget(self.errors.label_for("expected", editor), 2, 1)
        grid.addWidget(self.errors.label_for("received", editor), 2, 3)
        for i, box in enumerate(self.check_boxes.values()):
            grid.addWidget(box, 3 + i // 2, (i % 2) * 2, 1, 2)
        grid.addWidget(_buddy(self.tr("N&ote"), self.note, editor), 6, 0)
        grid.addWidget(self.note, 6, 1, 1, 3)
        grid.addWidget(self.errors.label_for("note", editor), 7, 1, 1, 3)
        grid.addWidget(self.pass_all, 8, 3)
        grid.setRowStretch(9, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.lines, 2)
        middle.addWidget(editor, 3)

        self.pad = SignaturePad(self)
        self.pad.setObjectName("signature")
        self.pad.setMinimumHeight(110)
        buttons = QDialogButtonBox(self)
        self.finish_button = buttons.addButton(self.tr("&Finish inspection (Ctrl+Enter)"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.setObjectName("finishInspection")
        self.expect_button: QPushButton | None = None
        if self._delivery is None:
            self.expect_button = buttons.addButton(self.tr("Save as &expected, inspect later"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.errors.label_for("lines", self))
        layout.addWidget(QLabel(self.tr("Clerk's signature *"), self))
        layout.addWidget(self.pad)
        layout.addWidget(self.errors.label_for("signature", self))
        layout.addWidget(general)
        layout.addWidget(buttons)
        self.resize(980, 640)

    def _connect_signals(self) -> None:
        self.scan.returnPressed.connect(self.scanned)
        self.supplier.returnPressed.connect(self.note_number.setFocus)
        self.note_number.returnPressed.connect(self.scan.setFocus)
        self.received.returnPressed.connect(self._count_entered)
        self.expected.returnPressed.connect(lambda: self.received.setFocus())
        self.received.textEdited.connect(lambda _t: self._take_editor())
        self.expected.textEdited.connect(lambda _t: self._take_editor())
        self.note.textEdited.connect(lambda _t: self._take_editor())
        self.note.returnPressed.connect(self._note_entered)
        for box in self.check_boxes.values():
            box.toggled.connect(self._check_toggled)
        self.lines.currentRowChanged.connect(self._row_picked)
        self.pass_all.clicked.connect(self.pass_current)
        self.finish_button.clicked.connect(self.finish)
        if self.expect_button is not None:
            self.expect_button.clicked.connect(self.save_expected)
        QShortcut(QKeySequence("F2"), self, self.pass_current)

    # -- the scanner and the keys -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter belongs to the scanner and the boxes (each moves on), never to a default
        button: a scan must not finish the inspection. Ctrl+Enter finishes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.finish()
            return
        super().keyPressEvent(event)

    def scanned(self) -> None:
        """Enter in the scan box: the line of that barcode or code; for a new delivery, an
        item not on it yet becomes a line."""
        self.errors.clear()
        typed = self.scan.text().strip()
        self.scan.clear()
        if not typed:
            return
        found = next((line for line in self._lines if line.matches(typed)), None)
        if found is None:
            found = self._new_line(typed)
            if found is None:
                return
        self._show_line(found)
        target = self.expected if self._delivery is None and not found.expected else self.received
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.selectAll()

    def _new_line(self, typed: str) -> _Line | None:
        try:
            with self._store.read() as session:
                item = items.find_by_barcode(session, self._actor, typed)
        except DeskError as error:
            self.errors.show(error)  # "No item has the barcode or code …", next to the box
            return None
        if self._delivery is not None:
            self.errors.show(DomainError(self.tr("{name} ({code}) is not on this delivery.")
                                         .format(name=item.name, code=item.code), "search"))
            return None
        line = _Line(0, item.id, item.code, item.name, item.spec, item.unit, item.barcode, "")
        self._lines.append(line)
        self._refresh_list()
        return line

    def _count_entered(self) -> None:
        """Enter after the count: a count that differs asks for the note; otherwise back to
        the scan box for the next line."""
        self._take_editor()
        if self._current is not None and self._current.failed:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _note_entered(self) -> None:
        self._take_editor()
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def pass_current(self) -> None:
        """F2: every check of the line passed, the count as the note says; on to the next."""
        line = self._current
        if line is None:
            return
        self._take_editor()
        if not line.received:
            line.received = line.expected
        line.checks = dict.fromkeys(CHECKS, True)
        line.touched = line.checked = True
        self._refresh_list()
        waiting = next((x for x in self._lines if not x.touched), None)
        self._show_line(waiting or line)
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_toggled(self, on: bool) -> None:
        if self._showing:
            return
        self._take_editor(checks=True)
        if not on:  # a failed check needs its note: the cursor goes there
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the current line ---------------------------------------------------------------------
    def _row_picked(self, row: int) -> None:
        if not self._showing and 0 <= row < len(self._lines):
            self._show_line(self._lines[row])

    def _show_line(self, line: _Line) -> None:
        self._showing = True
        self._current = line
        self.lines.setCurrentRow(self._lines.index(line))
        self.line_title.setText(f"{line.code} · {line.name} · {line.spec or '—'} ({line.unit})")
        self.expected.setText(line.expected)
        self.received.setText(line.received or line.expected)
        for name, box in self.check_boxes.items():
            box.setChecked(line.checks[name])
        self.note.setText(line.note)
        self._showing = False

    def _take_editor(self, checks: bool = False) -> None:
        """What the editor shows becomes the current line's findings (``checks``: the clerk
        ticked or unticked a check just now)."""
        line = self._current
        if line is None or self._showing:
            return
        line.expected = self.expected.text().strip()
        line.received = self.received.text().strip()
        line.checks = {name: box.isChecked() for name, box in self.check_boxes.items()}
        line.note = self.note.text().strip()
        line.touched = True
        line.checked = line.checked or checks
        self._refresh_list()

    def _refresh_list(self) -> None:
        self._showing, was = True, self._showing
        row = self.lines.currentRow()
        self.lines.clear()
        for line in self._lines:
            mark = ("✗" if line.failed else "✓" if line.checked
                    else "…" if line.touched else "·")
            self.lines.addItem(self.tr("{mark} {code} {name}: {received} of {expected} {unit}")
                               .format(mark=mark, code=line.code, name=line.name,
                                       received=line.received if line.touched else "?",
                                       expected=line.expected or "?", unit=line.unit))
        self.lines.setCurrentRow(row)
        self._showing = was

    # -- saving -------------------------------------------------------------------------------
    def _checks(self) -> list[LineCheck]:
        # A line whose checks were not done is left out: the service refuses to finish
        # without every line ("Inspect every line of the delivery before finishing").
        return [LineCheck(line.line_id, line.received, note=line.note, **line.checks)
                for line in self._lines if line.checked]

    def _announced(self) -> DeliveryInput:
        return DeliveryInput(self.supplier.text(), self.note_number.text(), [
            DeliveryLineInput(line.expected, line.item_id) for line in self._lines])

    def finish(self) -> None:
        """Save the inspection: passed (taken into stock) or held (the notice follows)."""
        self._take_editor()
        checks, signature = self._checks(), self.pad.png_bytes()
        actor, delivery = self._actor, self._delivery

        def action(session: Any) -> DeliveryDetail:
            if delivery is None:
                return deliveries.receive_unannounced(session, actor, self._announced(),
                                                      checks, signature)
            return deliveries.inspect_delivery(session, actor, delivery.row.id,
                                               delivery.row.version,
                                               InspectionInput(checks, signature))

        self._save(action)

    def save_expected(self) -> None:
        self._take_editor()
        actor = self._actor
        self._save(lambda s: deliveries.create_delivery(s, actor, self._announced()))

    def _save(self, action: Any) -> None:
        saved = run_action(self, self._store, action, self._refused)
        if saved is not None:
            self.saved = saved
            self.accept()

    def _refused(self, error: DomainError) -> None:
        waiting = next((line for line in self._lines if not line.checked), None)
        if error.field == "lines" and waiting is not None:
            self._show_line(waiting)  # the first line still to inspect
        self.errors.show_and_focus(error, self)


def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def _state_word(state: str) -> str:
    return state_word("delivery", state, translate)
