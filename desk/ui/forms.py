"""Messages next to the fields they are about (STYLE 9), boxes that show their hint whole, and
date boxes that Tab leaves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QWidget

from desk.services.errors import DeskError, FieldRefusals
from desk.ui.errors import message_of


def whole_hint(box: QLineEdit) -> None:
    """The box never narrower than its hint ("Count, then Enter", "输入实盘数后按 Enter") with
    room for the clear button: a cut hint no longer says what the box takes."""
    metrics = box.fontMetrics()
    box.setMinimumWidth(metrics.horizontalAdvance(box.placeholderText())
                        + 4 * metrics.averageCharWidth())


class DateBox(QDateEdit):
    """Tab leaves the date for the next box, as everywhere on the desk (a QDateEdit walks its
    year, month and day first, and the arrow key the clerk then presses for the list below
    changes the month); the arrow keys still change the part under the cursor."""

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)


class FieldErrors:
    """Red labels under form fields, keyed by the ``field`` a DomainError names.

    An error whose field has no label here goes to the ``general`` label, so no message is
    ever lost.
    """

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general = general
        self._prepare(general)

    @staticmethod
    def _prepare(label: QLabel) -> None:
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.hide()

    def label_for(self, field: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(parent)
        self._prepare(label)
        self._labels[field] = label
        return label

    def clear(self) -> None:
        for label in (*self._labels.values(), self._general):
            label.clear()
            label.hide()

    def show(self, error: DeskError) -> QLabel:
        """The refusal under its field; several (``FieldRefusals``) each under their own, two
        for one field (or for none) on lines of their own. Returns the first one's label."""
        self.clear()
        errors = error.errors if isinstance(error, FieldRefusals) else (error,)
        labels = []
        for each in errors:
            label = self._labels.get(each.field or "", self._general)
            text = message_of(each)
            label.setText(f"{label.text()}\n{text}" if label in labels else text)
            label.show()
            labels.append(label)
        return labels[0]

    def show_and_focus(self, error: DeskError, form: QWidget) -> QLabel:
        """:meth:`show`, then put the cursor in the refused field (the widget of ``form``
        named like the error's field), so the clerk types the correction at once."""
        label = self.show(error)
        field = form.findChild(QWidget, error.field) if error.field else None
        if field is not None and field.isVisibleTo(form):
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        return label

    def text(self, field: str) -> str:
        label = self._labels.get(field, self._general)
        return label.text() if label.isVisible() or label.text() else ""


class NotesEdit(QPlainTextEdit):
    """A multi-line box where Enter saves, as everywhere on the desk; Shift+Enter or
    Ctrl+Enter starts a new line."""

    def __init__(self, on_enter: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_enter = on_enter
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        breaks = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        if enter and not event.modifiers() & breaks:
            self._on_enter()
            return
        if enter:  # Ctrl+Enter would otherwise do nothing in a QPlainTextEdit
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)
