"""The idle lock (K2): a counter PC left signed in hides the desk and asks for the password.

After the administrator's idle time without keyboard or mouse input anywhere in the
application (an application-wide event filter), every window of the desk is covered by an
opaque curtain and one application-modal dialog asks for the signed-in account's password.
Nothing underneath is closed or rebuilt: half-typed forms and open dialogs are exactly as they
were when the password is given. The password goes through the sign-in path
(``staff.sign_in``), so wrong passwords are audited and count towards the account lock like
any sign-in (S1, S3). "Sign out" on the lock gives the counter to the next person.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desk.services.errors import DatabaseUnavailable, DeskError
from desk.services.permissions import Actor
from desk.ui.dialogs.change_password import ChangePasswordDialog
from desk.ui.errors import message_of
from desk.ui.store import Store

MINUTE_MS = 60_000
DEFAULT_MINUTES = 10

# What counts as someone at the counter: the keyboard, the mouse, a pen, a touch, the input method.
_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.InputMethod,
})
_NOT_COVERED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class Curtain(QWidget):
    """An opaque sheet over one window's whole content (menus and status bar included)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCurtain { background: #37474f; } QLabel { color: #eceff1; }")
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("IdleLock", "Locked"), self)
        font = label.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 2)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Above the password dialog, which sits in the middle of the window.
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(3)
        self._title = window.windowTitle()
        window.setWindowTitle(QCoreApplication.translate("IdleLock", "Service desk (locked)"))
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            assert isinstance(watched, QWidget)
            self.setGeometry(watched.rect())
            self.raise_()
        return False

    def lift(self) -> None:
        """Uncover the window and give it its title back."""
        window = self.parentWidget()
        if window is not None and shiboken6.isValid(window):
            window.removeEventFilter(self)
            window.setWindowTitle(self._title)
        self.hide()
        self.deleteLater()


class LockDialog(QDialog):
    """The password of the signed-in account, or Sign out; Esc and the close box do nothing."""

    unlocked = Signal()
    sign_out_chosen = Signal()

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Desk locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # A title and nothing else: no close, minimise or maximise box to lose the lock behind.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
            | Qt.WindowType.WindowTitleHint
        )
        self.setMinimumWidth(420)
        layout = self._layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The desk was locked to keep customer information from whoever sits down. "
            "{name}, enter your password to go on: everything you were typing is kept."
        ).format(name=actor.display_name), self)
        intro.setWordWrap(True)
        intro.setObjectName("lockIntro")
        layout.addWidget(intro)
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password of {user}").format(user=actor.username))
        layout.addWidget(self.password)
        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.unlock_button: QPushButton = buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.sign_out_button: QPushButton = buttons.addButton(
            self.tr("Sign &out"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.setAutoDefault(False)
        layout.addWidget(buttons)
        self.change_password_dialog: ChangePasswordDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._unlock)
        self.sign_out_button.clicked.connect(self.sign_out_chosen.emit)

    def reject(self) -> None:
        """Esc: stay locked (only the password or Sign out leave this dialog)."""

    def closeEvent(self, event: Any) -> None:
        event.ignore()

    def prepare(self) -> None:
        self.password.clear()
        self.error.clear()
        self.error.hide()
        self.password.setFocus()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self._fit_height()
        self.password.clear()
        self.password.setFocus()

    def _fit_height(self) -> None:
        """Grow to show a wrapped message whole (a window ignores height-for-width itself)."""
        layout = self._layout
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def changeEvent(self, event: QEvent) -> None:
        # Minimised, the lock would leave a covered desk with no way back to the password.
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self.showNormal)
        super().changeEvent(event)

    def _unlock(self) -> None:
        from desk.services import staff  # SQLAlchemy is loaded long before anything locks

        password = self.password.text()
        try:
            # Committed even when refused: a wrong password counts towards the lock (S1).
            with self._store.transaction() as session:
                outcome = staff.sign_in(session, self._actor.username, password)
        except (DatabaseUnavailable, DeskError) as error:
            self._say(message_of(error))
            return
        if outcome.actor is None or outcome.actor.id != self._actor.id:
            self._say(message_of(outcome.error) if outcome.error else "")
            return
        if outcome.must_change_password:  # an administrator reset it while the desk was locked
            self._ask_for_own_password(password)
            return
        self.unlocked.emit()

    def _ask_for_own_password(self, current: str) -> None:
        dialog = ChangePasswordDialog(
            self._store, self._actor, self, forced=True, current_password=current)
        self.change_password_dialog = dialog
        dialog.accepted.connect(self.unlocked.emit)
        dialog.rejected.connect(lambda: self._say(self.tr(
            "Choose your own password to unlock, or sign out.")))
        dialog.open()


class IdleLock(QObject):
    """Watches the whole application's input and locks every window of the desk when idle."""

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, window: QWidget, store: Store, actor: Actor) -> None:
        super().__init__(window)
        self._window = window
        self._curtains: list[Curtain] = []
        self._focus: QWidget | None = None
        self.dialog = LockDialog(store, actor, window)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.set_minutes(self._configured_minutes(store, actor))
        self._connect_signals()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    @staticmethod
    def _configured_minutes(store: Store, actor: Actor) -> int:
        from desk.services import settings

        try:
            with store.read() as session:
                return settings.read_settings(session, actor).idle_lock_minutes
        except DeskError:  # unreadable now: lock at the default rather than never
            return DEFAULT_MINUTES

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._idle)
        self.dialog.unlocked.connect(self.unlock)
        self.dialog.sign_out_chosen.connect(self._sign_out)

    @property
    def is_locked(self) -> bool:
        return bool(self._curtains) or self.dialog.isVisible()

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        """The administrator's idle time (applies from now on, at this counter)."""
        self.set_idle_ms(minutes * MINUTE_MS)

    def set_idle_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if not self.is_locked:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: the isinstance test (tens of ns) lets
        # paints, timers and layouts through before the costly type() call (about 3 µs).
        if (isinstance(event, QInputEvent | QInputMethodEvent) and event.type() in _INPUT
                and not self.is_locked):
            self._timer.start()  # restarts the countdown
        return False

    def _idle(self) -> None:
        if self._window.isVisible() or self._window.isMinimized():
            self.lock()

    def lock(self) -> None:
        """Cover every window of the desk and ask for the password (Ctrl+L, or idle)."""
        if self.is_locked:
            return
        self._timer.stop()
        self._focus = QApplication.focusWidget()
        for _ in range(10):  # a suggestion list or an open menu would show over the curtain
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        QToolTip.hideText()
        for widget in QApplication.topLevelWidgets():
            if (widget.isVisible() and widget is not self.dialog
                    and widget.windowType() not in _NOT_COVERED):
                self._curtains.append(Curtain(widget))
        self.dialog.prepare()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.password.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        """The password was right: uncover everything and put the cursor back where it was."""
        for curtain in self._curtains:
            if shiboken6.isValid(curtain):
                curtain.lift()
        self._curtains.clear()
        self.dialog.hide()
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()
        self._timer.start()
        self.unlocked.emit()

    def _sign_out(self) -> None:
        """Leave the counter to the next person: what was half-typed is dropped on purpose.

        The curtains stay until the window goes: nothing is uncovered on the way out.
        """
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.dialog:
                widget.reject()
        self._focus = None
        self.dialog.hide()
        # After the closed dialogs' own event loops have unwound.
        QTimer.singleShot(0, self.sign_out_requested.emit)
