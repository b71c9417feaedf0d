"""The desk's window: one tab per desk job, a status bar saying who, where and how busy."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import (
    QEvent,
    QMargins,
    QObject,
    QRect,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from desk import config
from desk.services import reception, settings
from desk.services.errors import DeskError
from desk.services.permissions import Actor, allowed
from desk.services.reception import VisitRow
from desk.ui import events as ev
from desk.ui import labels
from desk.ui.dialogs.change_password import ChangePasswordDialog
from desk.ui.dialogs.complaint_report import ComplaintReportDialog
from desk.ui.dialogs.handover import HandoverDialog
from desk.ui.dialogs.settings import SettingsDialog
from desk.ui.dialogs.work_calendar import WorkCalendarDialog
from desk.ui.errors import show_error, tell
from desk.ui.events import DeskEvents
from desk.ui.glyphs import GlyphWarmer
from desk.ui.idle_lock import IdleLock
from desk.ui.paged_model import ALERT_FOREGROUND
from desk.ui.store import AnnouncingStore, Store
from desk.ui.tabs.callbacks import CallbacksTab
from desk.ui.tabs.complaints import ComplaintsTab
from desk.ui.tabs.counter_services import CounterServicesTab
from desk.ui.tabs.invoices import InvoicesTab
from desk.ui.tabs.leads import LeadsTab
from desk.ui.tabs.reception import ReceptionTab
from desk.ui.tabs.staff import StaffTab
from desk.ui.tabs.warehouse import WarehouseTab
from desk.ui.widgets.claims_box import ask_claims_report
from desk.ui.widgets.pending_replies import PendingRepliesView
from desk.ui.widgets.suggestions_view import SuggestionsView, ask_feedback_report

STATUS_REFRESH_MS = 60_000
GEOMETRY_KEY = "mainWindow/rect"
MAXIMIZED_KEY = "mainWindow/maximized"


def window_settings() -> QSettings:
    """Where the window remembers its size: beside config.json, one file per machine."""
    return QSettings(str(config.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def short_database_label(description: str) -> str:
    """``SQLite /long/path/desk.sqlite3`` → ``desk.sqlite3``; a server → ``host/db``.

    The status bar has room for a name a clerk can read out on the phone; the whole
    description is the label's tooltip.
    """
    kind, _, where = description.partition(" ")
    if kind == "SQLite":
        return PurePath(where).name or where
    if kind == "PostgreSQL":
        host_port, _, name = where.partition("/")
        return f"{host_port.rsplit(':', 1)[0]}/{name}"
    return description


def fitted(wanted: QRect, available: QRect) -> QRect:
    """``wanted`` shrunk and moved until it lies inside ``available`` (a smaller screen)."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    left = min(max(wanted.left(), available.left()), available.right() - width + 1)
    top = min(max(wanted.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


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

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.reception: ReceptionTab | None = None
        if allowed(actor, "visit.read"):
            # Whole before the window first shows: its size is fitted to what it holds. (A
            # reception tab opened in a shown window builds its form a turn later.)
            self.reception = ReceptionTab(store, actor, self.events, whole=True)
            self.tabs.addTab(self.reception, self.tr("Reception"))
            self.reception.service_requested.connect(self.service_from_visit)  # R3
        self.complaints: ComplaintsTab | None = None
        if allowed(actor, "complaint.read"):
            self.complaints = ComplaintsTab(store, actor, self.events)
            self.tabs.addTab(self.complaints, self.tr("Complaints"))
            if self.reception is not None:
                self.reception.complaint_requested.connect(self.complaint_from_visit)
        # The desk's jobs in the order a counter meets them: walk-ins, complaints, their
        # callbacks (B1-B5), the questions promised an answer (R1), suggestions (C1a), sales
        # leads, then accounts.
        self.callbacks: CallbacksTab | None = None
        if allowed(actor, "callback.read"):
            self.callbacks = CallbacksTab(store, actor, self.events)
            self.callbacks.counts_changed.connect(self._show_callback_counts)
            self.tabs.addTab(self.callbacks, self.tr("Callbacks"))
        self.replies: PendingRepliesView | None = None
        if allowed(actor, "reply.read"):
            self.replies = PendingRepliesView(store, actor, self.events)
            self.replies.counts_changed.connect(self._show_reply_counts)
            self.tabs.addTab(self.replies, self.tr("Pending replies"))
            if self.callbacks is not None:  # the due list names the pending replies beside it
                self.callbacks.replies_requested.connect(
                    lambda: self.go_to_tab(self.tabs.indexOf(self.replies)))
        self.suggestions: SuggestionsView | None = None
        if allowed(actor, "suggestion.read"):
            self.suggestions = SuggestionsView(store, actor, self.events)
            self.tabs.addTab(self.suggestions, self.tr("Suggestions"))
        if allowed(actor, "lead.read"):
            self.tabs.addTab(LeadsTab(store, actor, self.events), self.tr("Sales leads"))
        # G1-G3, P1-P4: gifts and parcel storage, one tab of the counter's services; it is
        # shown when the role may read one of its pages.
        self.counter_services: CounterServicesTab | None = CounterServicesTab(
            store, actor, self.events)
        if self.counter_services.pages.count():
            self.tabs.addTab(self.counter_services, self.tr("Gifts && storage"))
        else:
            self.counter_services.deleteLater()
            self.counter_services = None
        # I1-I4: invoice requests (开具发票).
        self.invoices: InvoicesTab | None = None
        if allowed(actor, "invoice.read"):
            self.invoices = InvoicesTab(store, actor, self.events)
            self.tabs.addTab(self.invoices, self.tr("Invoices"))
        # W1-W9: the warehouse clerks' tab (a warehouse account opens on it); supervisors too.
        self.warehouse: WarehouseTab | None = None
        if allowed(actor, "item.read"):
            self.warehouse = WarehouseTab(store, actor, self.events)
            self.tabs.addTab(self.warehouse, self.tr("Warehouse"))
        if allowed(actor, "staff.read"):
            self.tabs.addTab(StaffTab(store, actor, self.events), self.tr("Staff accounts"))
        if self.tabs.count() == 0:
            notice = QLabel(self.tr(
                "Your role has no desk tabs. Please ask the administrator."))
            notice.setWordWrap(True)
            notice.setMargin(40)
            self.setCentralWidget(notice)
        else:
            self.setCentralWidget(self.tabs)

        self.store_name = QLabel()
        self.store_name.setObjectName("statusStore")
        self.who = QLabel(self.tr("Signed in: {name} ({role})").format(
            name=actor.display_name, role=labels.role(actor.role)))
        self.who.setObjectName("statusWho")
        self.where = QLabel(self.tr("Database: {where}").format(
            where=short_database_label(store.description)))
        self.where.setToolTip(store.description)
        self.where.setObjectName("statusDatabase")
        self.today = QLabel()
        self.today.setObjectName("statusToday")
        for label in (self.store_name, self.who, self.where):
            self.statusBar().addWidget(label)
        self.statusBar().addPermanentWidget(self.today)
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_REFRESH_MS)
        self.glyphs = GlyphWarmer(self.font(), self)
        self.idle_lock = IdleLock(self, store, actor)  # K2: locks after the set idle time
        self.idle_lock.sign_out_requested.connect(self.sign_out_requested.emit)
        self._build_menus(language_setting)
        self._window_keys = self._collect_window_keys()
        self._connect_signals()
        self._show_store_name()
        self.refresh_status()
        self._timer.start()
        self._sized = False

    def _build_menus(self, language_setting: str) -> None:
        # Alt+D and Alt+A belong to the tabs' buttons (Deactivate, Assign): the menus take
        # letters no tab uses, so one Alt+letter never means two things.
        desk_menu = self.menuBar().addMenu(self.tr("Des&k"))
        if self.reception is not None:
            export = QAction(self.tr("Export visits to Excel…"), self)
            export.setShortcut(QKeySequence("Ctrl+E"))
            export.triggered.connect(self._export_list)
            desk_menu.addAction(export)
        self.complaint_report: ComplaintReportDialog | None = None
        if allowed(self._actor, "complaint.export"):
            summary = QAction(self.tr("Complaint summary to Excel…"), self)
            summary.setObjectName("complaintReportAction")
            summary.triggered.connect(self._complaint_report)
            desk_menu.addAction(summary)
        self._add_report_actions(desk_menu)
        for i in range(self.tabs.count()):
            go = QAction(self.tabs.tabText(i), self)
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda _=False, i=i: self.go_to_tab(i))
            desk_menu.addAction(go)
        desk_menu.addSeparator()
        self._add_settings_action(desk_menu)
        self._add_work_calendar_action(desk_menu)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        desk_menu.addAction(quit_action)

        account = self.menuBar().addMenu(self.tr("Acc&ount"))
        change = QAction(self.tr("Change my password…"), self)
        change.triggered.connect(self._change_password)
        account.addAction(change)
        if allowed(self._actor, "complaint.write") or allowed(self._actor, "stock.receive"):
            hand = QAction(self.tr("Hand over my open work…"), self)
            hand.triggered.connect(self.hand_over)
            account.addAction(hand)
        lock = QAction(self.tr("Lock the desk"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.idle_lock.lock)
        account.addAction(lock)
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
        elif self.warehouse is not None:
            self.warehouse.focus_search()
        self.glyphs.start()  # a list's first Chinese page then paints without a stall

    # -- size: the whole window on the counter's screen ---------------------------------
    def _available(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _restore_size(self) -> None:
        """The last size if there is one, else the whole available screen; never larger.

        A plain rectangle rather than Qt's saveGeometry blob: the clamping to this screen is
        ours (a size saved on a bigger monitor shrinks), so a test can prove it. The first
        start asks to be maximised: only the window manager knows its title bar's height when
        the window first shows, and a maximised window is fitted with the frame included.
        """
        stored = window_settings()
        saved = stored.value(GEOMETRY_KEY)
        self.fit_to(self._available(), saved if isinstance(saved, QRect) else None)
        maximized = str(stored.value(MAXIMIZED_KEY, "true")).lower() == "true"
        if maximized or not isinstance(saved, QRect):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def fit_to(self, available: QRect, wanted: QRect | None = None) -> None:
        """Lay the window inside ``available`` (the screen minus task bars), frame included."""
        handle = self.windowHandle()
        margins = handle.frameMargins() if handle is not None else QMargins()
        inner = available.marginsRemoved(margins)
        self.setGeometry(fitted(wanted if wanted is not None else inner, inner))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Only now does the window system say how wide the frame and title bar are.
            self._sized = True
            self._restore_size()

    def _remember_size(self) -> None:
        stored = window_settings()
        stored.setValue(GEOMETRY_KEY, self.normalGeometry())
        stored.setValue(MAXIMIZED_KEY, self.isMaximized())

    # -- keys: window-wide shortcuts stay window-wide -----------------------------------
    def _collect_window_keys(self) -> set[str]:
        keys = {
            action.shortcut().toString()
            for action in self.findChildren(QAction)
            if not action.shortcut().isEmpty()
        }
        keys |= {
            shortcut.key().toString()
            for shortcut in self.findChildren(QShortcut)
            if not shortcut.key().isEmpty()
        }
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Text boxes claim some keys for themselves (on Linux Ctrl+E moves a line edit's
        cursor to the end), so Ctrl+E did nothing while the search box had focus. A key that
        is one of this window's shortcuts is the window's, wherever the cursor is."""
        # Every event of the application passes here: the isinstance test lets paints,
        # timers and layouts through before the costly type() call.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QWidget)
            and watched.window() is self
        ):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self._window_keys:
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def go_to_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if self.tabs.widget(index) is self.reception and self.reception is not None:
            self.reception.focus_search()
        elif self.replies is not None and self.tabs.widget(index) is self.replies:
            self.replies.focus_list()
        elif self.callbacks is not None and self.tabs.widget(index) is self.callbacks:
            self.callbacks.focus_list()
        elif self.warehouse is not None and self.tabs.widget(index) is self.warehouse:
            self.warehouse.focus_search()
        elif (self.counter_services is not None
              and self.tabs.widget(index) is self.counter_services):
            self.counter_services.focus_page()

    def service_from_visit(self, service: str, visit: VisitRow) -> QWidget | None:
        """R3: the deposit, gift or invoice request started from a walk-in's visit, on the tab
        that owns its form, prefilled with the visit's customer and linked back to the visit."""
        if service == "invoice":
            if self.invoices is None:
                return None
            self.tabs.setCurrentWidget(self.invoices)
            return self.invoices.new_request(visit.customer_id, visit.id)
        if self.counter_services is None:
            return None
        self.tabs.setCurrentWidget(self.counter_services)
        return self.counter_services.start_for_visit(service, visit.customer_id, visit.id)

    def _export_list(self) -> None:
        """Ctrl+E exports the list of the tab in front: the invoices for finance on the
        invoices tab (I4), else the visits (the menu's action, from any other tab)."""
        if self.invoices is not None and self.tabs.currentWidget() is self.invoices:
            self.invoices.export_invoices()
        else:
            self._export_visits()

    def _export_visits(self) -> None:
        if self.reception is None:
            return
        if self.tabs.currentWidget() is not self.reception:
            self.tabs.setCurrentWidget(self.reception)
        self.reception.export()
        self.reception.focus_search()

    def _complaint_report(self) -> None:
        """C10/C11: the summary dialog, one per window, kept so its folder is remembered."""
        if self.complaint_report is None:
            self.complaint_report = ComplaintReportDialog(self._store, self._actor, parent=self)
        self.complaint_report.show()
        self.complaint_report.raise_()
        self.complaint_report.activateWindow()

    def _connect_signals(self) -> None:
        self.events.changed.connect(self._changed)
        self._timer.timeout.connect(self.refresh_status)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _changed(self, changed: frozenset[str]) -> None:
        if ev.touches(changed, ev.VISITS):
            self.refresh_status()
        if ev.touches(changed, ev.SETTINGS):  # the administrator renamed the store
            self._show_store_name()

    def _show_callback_counts(self, due: int, overdue: int) -> None:
        """B5 on the tab: how many callbacks are due today or overdue, red while any is late."""
        if self.callbacks is None:
            return
        index = self.tabs.indexOf(self.callbacks)
        text = (self.tr("Callbacks ({due})").format(due=due) if due
                else self.tr("Callbacks"))
        self.tabs.setTabText(index, text)
        self.tabs.tabBar().setTabTextColor(index, ALERT_FOREGROUND if overdue else QColor())

    def _show_reply_counts(self, pending: int, overdue: int) -> None:
        """The tab says how many questions wait, in red while any of them is overdue."""
        if self.replies is None:
            return
        index = self.tabs.indexOf(self.replies)
        if overdue:
            text = self.tr("Pending replies ({pending}, {overdue} overdue)").format(
                pending=pending, overdue=overdue)
        elif pending:
            text = self.tr("Pending replies ({pending})").format(pending=pending)
        else:
            text = self.tr("Pending replies")
        self.tabs.setTabText(index, text)
        # An invalid colour gives the tab its style's own colour back.
        self.tabs.tabBar().setTabTextColor(index, ALERT_FOREGROUND if overdue else QColor())

    def _show_store_name(self) -> None:
        """The store's name from the database; a machine's config.json may name it until an
        administrator has set it (a single counter never needs to)."""
        try:
            with self._store.read() as session:
                name = settings.read_settings(session, self._actor).store_name
        except DeskError:
            name = ""
        name = name or str(config.load_config().get("store_name", "")).strip()
        self.store_name.setText(name)
        self.store_name.setVisible(bool(name))

    def refresh_status(self) -> None:
        if not allowed(self._actor, "visit.read"):
            self.today.clear()
            return
        try:
            with self._store.read() as session:
                today = reception.today_at_the_counter(session, self._actor)
        except DeskError:
            self.today.setText(self.tr("Visitors today: ?"))
            return
        self.today.setText(self.tr("Visitors today: {count}, still open: {open}").format(
            count=today.visitors, open=today.still_open))

    def _add_report_actions(self, menu: QMenu) -> None:
        """C9's monthly claims report and C1a's feedback report, as jobs."""
        if not allowed(self._actor, "complaint.export"):
            return
        report = QAction(self.tr("Monthly claims report…"), self)
        report.triggered.connect(lambda: ask_claims_report(self, self._store, self._actor))
        menu.addAction(report)
        feedback = QAction(self.tr("Suggestion feedback report…"), self)
        feedback.triggered.connect(lambda: ask_feedback_report(self, self._store, self._actor))
        menu.addAction(feedback)
        menu.addSeparator()

    def _add_settings_action(self, menu: QMenu) -> None:
        if not allowed(self._actor, "settings.manage"):
            return
        action = QAction(self.tr("Settings…"), self)
        action.setObjectName("settingsAction")
        action.triggered.connect(self.edit_settings)
        menu.addAction(action)

    def _add_work_calendar_action(self, menu: QMenu) -> None:
        if not allowed(self._actor, "calendar.manage"):  # C4: the supervisors' working days
            return
        action = QAction(self.tr("Work calendar…"), self)
        action.setObjectName("workCalendarAction")
        action.triggered.connect(self.edit_work_calendar)
        menu.addAction(action)

    def edit_work_calendar(self) -> None:
        self.work_calendar_dialog = WorkCalendarDialog(self._store, self._actor, self)
        self.work_calendar_dialog.open()

    def edit_settings(self) -> None:
        """The administrator's settings; a new idle time applies at this counter at once."""
        try:
            with self._store.read() as session:
                loaded = settings.read_settings(session, self._actor)
        except DeskError as error:
            show_error(self, error)
            return
        dialog = SettingsDialog(self._store, self._actor, loaded, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        if self.settings_dialog.saved is not None:
            self.idle_lock.set_minutes(self.settings_dialog.saved.idle_lock_minutes)

    def complaint_from_visit(self, visit: VisitRow) -> None:
        """R3: the complaints tab takes the walk-in's complaint, prefilled from the visit."""
        if self.complaints is None:
            return
        self.tabs.setCurrentWidget(self.complaints)
        who = visit.customer_name or labels.anonymous()
        summary = f"{visit.number} · {who} · {labels.local_time(visit.arrived_at)}"
        customer = None
        if visit.customer_id is not None:
            customer = (visit.customer_id, "  ".join(
                p for p in (visit.customer_name, visit.masked_phone) if p))
        dialog = self.complaints.take_complaint(
            visit_id=visit.id, visit_summary=summary, customer=customer, content=visit.notes)
        if dialog is not None and self.reception is not None:
            # Cancelled: back to the visit the clerk came from.
            reception = self.reception
            dialog.rejected.connect(lambda: self.tabs.setCurrentWidget(reception))

    def hand_over(self) -> HandoverDialog:
        """S6: open complaints and pending replies to a colleague (a supervisor: anyone's)."""
        dialog = HandoverDialog(self._store, self._actor, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _change_password(self) -> None:
        ChangePasswordDialog(self._store, self._actor, self).exec()

    def keys_text(self) -> str:
        """F1: the keys of the tabs this account has (the counter's, the warehouse's)."""
        parts = []
        if self.reception is not None:
            parts.append(self.tr(
                "Ctrl+1, Ctrl+2, …  switch tabs\n"
                "Ctrl+F  search a customer (phone, name or pinyin initials)\n"
                "Typing or scanning anywhere in the reception tab  searches\n"
                "↓ then Enter  pick a suggested customer\n"
                "Ctrl+N  new customer\n"
                "1 to 9 in the purpose box  choose the purpose\n"
                "Enter in the purpose or notes box  log the visit\n"
                "Esc  clear the visit form\n"
                "F4  finish the selected visit\n"
                "Double-click or Enter on a visit  open the customer archive\n"
                "Ctrl+E  export the visit list to Excel\n"
                "Ctrl+Shift+L  sign out"))
        else:
            parts.append(self.tr("Ctrl+1, Ctrl+2, …  switch tabs\nCtrl+Shift+L  sign out"))
        if self.invoices is not None:
            parts.append(self.tr(
                "Invoices: F4 or Ctrl+N  new request\n"
                "Typing or scanning anywhere in the tab  searches (request, invoice or receipt "
                "no.)\n"
                "F6  invoice issued · F7  delivered · Ctrl+P  print the request\n"
                "Ctrl+E  export issued invoices for finance"))
        if self.warehouse is not None:
            parts.append(self.tr(
                "Warehouse: typing or scanning anywhere in the tab  finds an item\n"
                "Enter after a scanned barcode  picks its item\n"
                "Ctrl+N  new item\n"
                "F8, or Enter on an item  issue it out\n"
                "Ctrl+PgDown / Ctrl+PgUp  next / previous page (items, deliveries, orders, "
                "stocktake)"))
        if self.counter_services is not None and self.counter_services.gifts is not None:
            parts.append(self.tr(
                "Gifts: scanning a sales receipt anywhere on the page  opens the issue form "
                "with it\n"
                "F2  issue a gift · Ctrl+PgDown / Ctrl+PgUp  storage / gifts page"))
        if self.counter_services is not None and self.counter_services.parcels is not None:
            parts.append(self.tr(
                "Storage: scanning a ticket anywhere on the page  opens its pickup\n"
                "The phone's last four digits, then Enter  hand the items over\n"
                "F4  deposit · F6  pick up · F7  lost ticket · F8  reprint the ticket"))
        if self.invoices is not None or self.warehouse is not None \
                or self.counter_services is not None:
            parts.append(self.tr(
                "↓ or PgDown in a search or scan box  into its list (typing there comes back)"))
        parts.append(self.tr("Alt+1 … Alt+9 in a form  its numbered choices and tick boxes"))
        return "\n\n".join(parts)

    def _show_keys(self) -> None:
        tell(self, self.tr("Keyboard shortcuts"), self.keys_text())

    def hideEvent(self, event: QHideEvent) -> None:
        # Closing, signing out and switching language all hide the window; minimising is
        # the window system's (spontaneous) hide and says nothing about the wanted size.
        if not event.spontaneous():
            self._remember_size()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)

