"""Translations and the CJK font, set up once for the whole application."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.resources import FONT_FILE, translation_file

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """``auto`` follows the system: Chinese on a Chinese system, English otherwise."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def qt_translation_file(language: str) -> Path:
    """Qt's own catalogue for its dialogs and buttons, as PySide6 ships it."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / (
        f"qtbase_{language}.qm")


def install_translations(app: QCoreApplication, language: str) -> str:
    """Load Qt's and the desk's own translations; returns the language in force.

    Three catalogues, installed in this order because Qt asks the last installed first:
    Qt's own (file dialog, standard buttons, text box menus), the desk's supplement to it
    (qtbase_supplement: texts Qt's catalogue lags behind on, such as the file dialog's
    "&Look in:" since Qt 6.11), and the desk's own."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    for path in (qt_translation_file(language), translation_file("qtbase_supplement", language),
                 translation_file("desk", language)):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load the translation file %s", path)
    return language


def install_font(app: QApplication) -> str | None:
    """Register the shipped CJK font and make it the UI font, so Chinese never shows as boxes
    on a machine without Chinese fonts."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        log.warning("could not load %s", FONT_FILE)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(families[0])
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return families[0]
