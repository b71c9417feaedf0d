"""One search box for the customer: phone digits, name or pinyin initials (K1).

Suggestions appear under the box as the clerk types; Down + Enter (or a click) picks one. A
barcode scanner or a typed full phone number followed by Enter picks the single match. The
picker never creates customers itself: it asks its owner through ``new_customer_requested``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QCompleter, QLineEdit, QWidget

from desk.services import customers
from desk.services.customers import CustomerHit
from desk.services.errors import DeskError
from desk.services.permissions import Actor
from desk.ui.errors import show_error
from desk.ui.store import Store

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 120


def hit_text(hit: CustomerHit) -> str:
    parts = [hit.name, hit.masked_phone, hit.company, hit.member_no]
    return "  ".join(p for p in parts if p)


class CustomerPicker(QLineEdit):
    customer_chosen = Signal(int, str)  # id, the text shown for it
    customer_cleared = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._chosen: int | None = None
        self._hits: list[CustomerHit] = []
        self.setObjectName("customerSearch")
        self.setPlaceholderText(self.tr("Phone digits, name or pinyin initials (e.g. zs)"))
        self.setClearButtonEnabled(True)
        self._suggestions = QStandardItemModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        popup = self._completer.popup()
        assert popup is not None  # QCompleter always makes its popup
        self._popup: QAbstractItemView = popup
        self._popup.setObjectName("customerSuggestions")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textEdited.connect(self._typed)
        self._timer.timeout.connect(self.search_now)
        self._completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # A dialog opened by a shortcut typed in the box (Ctrl+E, F4) takes the keyboard; the
        # suggestions must not float over it. Nor open after the clerk has moved on: a search
        # still waiting for the typing to pause opened them over the next box, and took the
        # arrow keys meant for it.
        if old is self and new is not None and new is not self._popup:
            self._timer.stop()
            self._popup.hide()

    @property
    def chosen_id(self) -> int | None:
        return self._chosen

    def suggestions_view(self) -> QAbstractItemView:
        """The popup list under the box (tests and the README screenshot read it)."""
        return self._popup

    @property
    def hits(self) -> list[CustomerHit]:
        return list(self._hits)

    def _typed(self, _text: str) -> None:
        if self._chosen is not None:
            self._chosen = None
            self.customer_cleared.emit()
        self._timer.start()

    def search_now(self, show_suggestions: bool = True) -> None:
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self._hits = []
            self._suggestions.clear()
            self._popup.hide()
            return
        try:
            with self._store.read() as session:
                self._hits = customers.search_customers(session, self._actor, text)
        except DeskError as error:
            show_error(self, error)
            return
        self._suggestions.clear()
        for hit in self._hits:
            item = QStandardItem(hit_text(hit))
            item.setData(hit.id, _ID_ROLE)
            item.setEditable(False)
            self._suggestions.appendRow(item)
        if self._hits and show_suggestions:
            self._completer.complete()
        elif not self._hits:
            self._popup.hide()

    def _picked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        customer_id = index.data(_ID_ROLE)
        if customer_id is not None:
            self.choose(int(customer_id), str(index.data()))

    def choose(self, customer_id: int, text: str) -> None:
        self._timer.stop()
        self._chosen = customer_id
        self.setText(text)
        self._popup.hide()
        self.customer_chosen.emit(customer_id, text)

    def reset(self) -> None:
        self._chosen = None
        self._hits = []
        self._suggestions.clear()
        self.clear()

    def hideEvent(self, event: QHideEvent) -> None:
        # A search still pending when the tab closes must not reach a closed database.
        self._timer.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self._chosen is None and self.text().strip():
            # Scanner or a full number typed quickly: search now, take a single match. The
            # list is not flashed open first: on X11 a popup opened and closed within one key
            # press hands the keyboard back to this box after the form has moved it on, and
            # the clerk's next Enter (log the visit) was lost.
            self.search_now(show_suggestions=False)
            if len(self._hits) == 1:
                self.choose(self._hits[0].id, hit_text(self._hits[0]))
                event.accept()
                return
            if self._hits:
                # Several answer: the list opens to pick one, and the Enter stays here; passed
                # on it saved the form without a customer (the gift form refused the walk-in's
                # name and moved the cursor away from the list the clerk was to pick from).
                self._completer.complete()
                event.accept()
                return
        super().keyPressEvent(event)
