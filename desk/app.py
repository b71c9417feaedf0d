"""Bootstrap: settings, database, translations, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import config
from desk.db import Database
from desk.services import staff
from desk.services.errors import DatabaseUnavailable, DeskError
from desk.services.permissions import Actor
from desk.ui.dialogs.first_admin import FirstAdminDialog
from desk.ui.dialogs.sign_in import SignInDialog
from desk.ui.errors import message_of, write_crash_report
from desk.ui.i18n import install_font, install_translations, resolve_language
from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_application(language_setting: str = "auto") -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("service-desk")
    app.setOrganizationName("service-desk")
    install_font(app)
    install_translations(app, resolve_language(language_setting))
    return app


def _t(text: str) -> str:
    return QCoreApplication.translate("App", text)


def ask_retry(error: DatabaseUnavailable) -> bool:
    """The calm dialog for a database that cannot be opened: what happened, what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Database not available"), message_of(error))
    box.setInformativeText(_t("Nothing has been changed. Retry when the problem is solved, "
                              "or quit and call the administrator."))
    if error.detail:
        box.setDetailedText(error.detail)
    retry = box.addButton(_t("Retry"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is retry


def open_database(
    url: str, retry: Callable[[DatabaseUnavailable], bool] = ask_retry
) -> Database | None:
    """Open and migrate, offering Retry while the database is unavailable; None: gave up."""
    while True:
        try:
            database = Database(url)
            database.open()
            return database
        except DatabaseUnavailable as error:
            if not retry(error):
                return None


def sign_in(database: Database) -> Actor | None:
    try:
        with database.read() as session:
            first_start = staff.needs_first_admin(session)
    except DeskError as error:
        QMessageBox.warning(None, _t("Database not available"), message_of(error))
        return None
    if first_start:
        first = FirstAdminDialog(database)
        if not first.exec() or first.actor is None:
            return None
    dialog = SignInDialog(database, database_description=database.description)
    if not dialog.exec():
        return None
    return dialog.actor


def build_main_window(database: Database, actor: Actor, language_setting: str = "auto"
                      ) -> MainWindow:
    return MainWindow(database, actor, language_setting)


def _install_crash_handler() -> None:
    def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, DeskError):  # an error we know escaped a slot: say it calmly
            QMessageBox.warning(None, _t("Not saved"), message_of(exc))
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        path = write_crash_report(config.log_dir(), exc)
        QMessageBox.critical(
            None, _t("Something went wrong"),
            _t("The desk met an error it did not expect. What you saved before is safe.\n"
               "A report for the administrator was written to:\n{path}").format(path=path))

    sys.excepthook = handle


def run(database_url: str | None = None, language: str | None = None) -> int:
    settings = config.load_settings(database_url)
    language_setting = language or settings.language
    app = create_application(language_setting)
    _install_crash_handler()
    database = open_database(settings.database_url)
    if database is None:
        return 1
    windows: list[MainWindow] = []

    def start_session(actor: Actor | None) -> None:
        if actor is None:
            app.quit()
            return
        window = build_main_window(database, actor, language_setting)
        window.sign_out_requested.connect(lambda: sign_out(window))
        window.language_chosen.connect(lambda code: switch_language(window, actor, code))
        windows[:] = [window]
        window.show()

    def sign_out(window: MainWindow) -> None:
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
    actor = sign_in(database)
    if actor is None:
        return 0
    start_session(actor)
    code = app.exec()
    database.dispose()
    return code
