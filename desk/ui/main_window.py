"""The desk's window: one tab per desk job, a status bar saying who, where and how busy."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from desk.services import reception
from desk.services.errors import DeskError
from desk.services.permissions import Actor, allowed
from desk.ui import events as ev
from desk.ui import labels
from desk.ui.dialogs.change_password import ChangePasswordDialog
from desk.ui.events import DeskEvents
from desk.ui.store import AnnouncingStore, Store
from desk.ui.tabs.leads import LeadsTab
from desk.ui.tabs.reception import ReceptionTab
from desk.ui.tabs.staff import StaffTab

STATUS_REFRESH_MS = 60_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_chosen = Signal(str)

    def __init__(
        self, store: Store, actor: Actor, language_setting: str = "auto",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.events = DeskEvents(self)
        # Every write committed through this store announces what it wrote (events.changed).
        store = AnnouncingStore(store, self.events)
        self._store = store
        self._actor = actor
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("After-sales service desk"))
        self.resize(1280, 800)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.reception: ReceptionTab | None = None
        if allowed(actor, "visit.read"):
            self.reception = ReceptionTab(store, actor, self.events)
            self.tabs.addTab(self.reception, self.tr("Reception"))
        if allowed(actor, "lead.read"):
            self.tabs.addTab(LeadsTab(store, actor, self.events), self.tr("Sales leads"))
        if allowed(actor, "staff.read"):
            self.tabs.addTab(StaffTab(store, actor, self.events), self.tr("Staff accounts"))
        if self.tabs.count() == 0:
            notice = QLabel(self.tr(
                "Your role has no desk tabs yet: the warehouse tab arrives with the "
                "warehouse release. Please ask the administrator."))
            notice.setWordWrap(True)
            notice.setMargin(40)
            self.setCentralWidget(notice)
        else:
            self.setCentralWidget(self.tabs)

        self.who = QLabel(self.tr("Signed in: {name} ({role})").format(
            name=actor.display_name, role=labels.role(actor.role)))
        self.who.setObjectName("statusWho")
        self.where = QLabel(self.tr("Database: {where}").format(where=store.description))
        self.where.setObjectName("statusDatabase")
        self.today = QLabel()
        self.today.setObjectName("statusToday")
        for label in (self.who, self.where):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.today)
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_REFRESH_MS)
        self._build_menus(language_setting)
        self._connect_signals()
        self.refresh_status()
        self._timer.start()

    def _build_menus(self, language_setting: str) -> None:
        desk_menu = self.menuBar().addMenu(self.tr("&Desk"))
        if self.reception is not None:
            export = QAction(self.tr("Export visits to Excel…"), self)
            export.setShortcut(QKeySequence("Ctrl+E"))
            export.triggered.connect(self.reception.export)
            desk_menu.addAction(export)
        for i in range(self.tabs.count()):
            go = QAction(self.tabs.tabText(i), self)
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            desk_menu.addAction(go)
        desk_menu.addSeparator()
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        desk_menu.addAction(quit_action)

        account = self.menuBar().addMenu(self.tr("&Account"))
        change = QAction(self.tr("Change my password…"), self)
        change.triggered.connect(self._change_password)
        account.addAction(change)
        sign_out = QAction(self.tr("Sign out"), self)
        sign_out.setShortcut(QKeySequence("Ctrl+Shift+L"))
        sign_out.triggered.connect(self.sign_out_requested.emit)
        account.addAction(sign_out)

        language = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, text in (("auto", self.tr("Follow the system")), ("zh_CN", "简体中文"),
                           ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setChecked(code == language_setting)
            action.triggered.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            group.addAction(action)
            language.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence("F1"))
        keys.triggered.connect(self._show_keys)
        help_menu.addAction(keys)

    def present(self) -> None:
        """Show, take the keyboard, and put the cursor where a clerk starts: the search box."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self.reception is not None:
            self.reception.form.search.setFocus()

    def _connect_signals(self) -> None:
        self.events.changed.connect(self._changed)
        self._timer.timeout.connect(self.refresh_status)

    def _changed(self, changed: frozenset[str]) -> None:
        if ev.touches(changed, ev.VISITS):
            self.refresh_status()

    def refresh_status(self) -> None:
        if not allowed(self._actor, "visit.read"):
            self.today.clear()
            return
        try:
            with self._store.read() as session:
                count = reception.visitors_today(session, self._actor)
        except DeskError:
            self.today.setText(self.tr("Visitors today: ?"))
            return
        self.today.setText(self.tr("Visitors today: {count}").format(count=count))

    def _change_password(self) -> None:
        ChangePasswordDialog(self._store, self._actor, self).exec()

    def _show_keys(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.tr(
            "Ctrl+1, Ctrl+2, …  switch tabs\n"
            "Ctrl+F  search a customer (phone, name or pinyin initials)\n"
            "↓ then Enter  pick a suggested customer\n"
            "Ctrl+N  new customer\n"
            "Enter in the notes box  log the visit\n"
            "F4  finish the selected visit\n"
            "Double-click or Enter on a visit  open the customer archive\n"
            "Ctrl+E  export the visit list to Excel\n"
            "Ctrl+Shift+L  sign out"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

