"""Bootstrap: settings, database, translations, sign-in, main window.

The sign-in window shows as soon as Qt is up; the database opens (SQLAlchemy loads, the
schema is checked, the window's modules are imported) on a worker thread meanwhile, so the
clerk types while the desk gets ready. Nothing here imports SQLAlchemy at module level.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import config
from desk.services.errors import DatabaseDamaged, DatabaseUnavailable, DeskError
from desk.services.permissions import Actor
from desk.ui.actions import report_bug
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.sign_in import SignInDialog
from desk.ui.errors import database_problem_box, message_of, show_error
from desk.ui.i18n import install_font, install_translations, resolve_language
from desk.ui.operations import Progress, start_in_background

if TYPE_CHECKING:
    from desk.db import Database
    from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(language_setting: str = "auto") -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("service-desk")
    app.setOrganizationName("service-desk")
    # Lists and the start load on worker threads, in Python that holds the GIL. The GUI thread
    # takes the GIL at each call into Python (a cell of a repaint, an event filter) and waits
    # up to this interval for it each time: at CPython's 5 ms a repaint beside a busy worker
    # took 92-104 ms, at 1 ms 43-47 ms (bench/README.md, GUI-thread stall).
    sys.setswitchinterval(0.001)
    install_font(app)
    install_translations(app, resolve_language(language_setting))
    return app


def ask_retry(error: DatabaseUnavailable) -> bool:
    """The calm dialog for a database that cannot be opened: what happened, what to do.

    A damaged or foreign file offers only Quit: retrying cannot mend it, a backup can."""
    if isinstance(error, DatabaseDamaged):
        box = database_problem_box(None, error)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Database not available"),
        message_of(error),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Nothing has been changed. Retry when the problem is solved, "
            "or quit and call the administrator."
        )
    )
    if error.detail:
        box.setDetailedText(error.detail)
    retry = box.addButton(
        QCoreApplication.translate("App", "Retry"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is retry


@dataclass(frozen=True)
class Opened:
    database: Database
    first_start: bool


def open_and_prepare(url: str, _progress: Progress | None = None) -> Opened:
    """Worker-thread part of the start: open and migrate, and load the window's modules."""
    from desk.db import Database
    from desk.services import staff

    database = Database(url)
    database.open()
    import desk.ui.main_window  # noqa: F401 - imported here, off the GUI thread

    with database.read() as session:
        return Opened(database, staff.needs_first_admin(session))


def open_database(
    url: str, retry: Callable[[DatabaseUnavailable], bool] = ask_retry
) -> Database | None:
    """Open and migrate on this thread, offering Retry while the database is unavailable;
    None: the person gave up. (The command line and tests; the window uses run().)"""
    while True:
        try:
            return open_and_prepare(url).database
        except DatabaseUnavailable as error:
            if not retry(error):
                return None


def sign_in(database: Database) -> Actor | None:
    """Sign in on an open database (after signing out)."""
    dialog = SignInDialog(database, database_description=database.description)
    if not dialog.exec():
        return None
    return dialog.actor


def first_sign_in(
    url: str, retry: Callable[[DatabaseUnavailable], bool] = ask_retry
) -> tuple[Database | None, Actor | None]:
    """The sign-in window at once; the database opens behind it. A first start asks for the
    administrator instead (S1); a database that will not open gets Retry / Quit."""
    dialog = SignInDialog(None)
    opened: list[Opened] = []

    def ready(result: Any) -> None:
        assert isinstance(result, Opened)
        opened.append(result)
        if result.first_start:
            first = FirstAdminDialog(result.database, dialog)
            if not first.exec() or first.actor is None:
                dialog.reject()
                return
            dialog.prefill_username(first.actor.username)
        dialog.set_store(result.database)

    def failed(error: BaseException) -> None:
        if not isinstance(error, DatabaseUnavailable):
            dialog.reject()
            raise error  # a bug: the crash handler writes the report
        if retry(error):
            start_in_background(lambda progress: open_and_prepare(url, progress), ready, failed)
        else:
            dialog.reject()

    start_in_background(lambda progress: open_and_prepare(url, progress), ready, failed)
    accepted = dialog.exec()
    database = opened[0].database if opened else None
    return database, dialog.actor if accepted else None


def build_main_window(
    database: Database, actor: Actor, language_setting: str = "auto"
) -> MainWindow:
    from desk.ui.main_window import MainWindow

    window = MainWindow(database, actor, language_setting)
    # Everything loaded so far (SQLAlchemy, the mappers, Qt's wrappers, the window) lives as
    # long as the process. Frozen, the garbage collector's full passes stop walking it: one
    # such pass, started by a list's worker thread, held the GIL for 67 ms and froze the
    # window (bench/README.md, GUI-thread stall).
    gc.freeze()
    return window


def _install_crash_handler() -> None:
    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, DeskError):  # an error we know escaped a slot: say it calmly
            show_error(None, exc)
            return
        report_bug(None, exc)  # the one crash report, as for a bug met by an action

    sys.excepthook = handle


def run(database_url: str | None = None, language: str | None = None) -> int:
    settings = config.load_settings(database_url)
    language_setting = language or settings.language
    app = create_application(language_setting)
    _install_crash_handler()
    database, actor = first_sign_in(settings.database_url)
    if database is None or actor is None:
        if database is not None:
            database.dispose()
        return 0 if database is not None else 1
    windows: list[MainWindow] = []

    def start_session(actor: Actor | None) -> bool:
        """The main window for ``actor``; False (and quit) when there is none to show."""
        assert database is not None
        if actor is None:
            app.quit()
            return False
        try:
            window = build_main_window(database, actor, language_setting)
        except DatabaseUnavailable as error:
            # A damaged file met while the window loads its first lists: the calm dialog,
            # then quit; never a crash report at every start.
            show_error(None, error)
            app.quit()
            return False
        window.sign_out_requested.connect(lambda: sign_out(window))
        window.language_chosen.connect(lambda code: switch_language(window, actor, code))
        windows[:] = [window]
        window.present()
        return True

    def sign_out(window: MainWindow) -> None:
        assert database is not None
        window.hide()
        window.deleteLater()
        start_session(sign_in(database))

    def switch_language(window: MainWindow, actor: Actor, code: str) -> None:
        nonlocal language_setting
        language_setting = code
        config.save_config_value("language", code)
        install_translations(app, resolve_language(code))
        window.hide()
        window.deleteLater()
        start_session(actor)

    app.setQuitOnLastWindowClosed(True)
    if not start_session(actor):
        database.dispose()
        return 1
    code = app.exec()
    database.dispose()
    return code
