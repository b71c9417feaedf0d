"""Translations and the CJK font, set up once for the whole application."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS = RESOURCES / "translations"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """``auto`` follows the system: Chinese on a Chinese system, English otherwise."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translations(app: QCoreApplication, language: str) -> str:
    """Load the desk's own and Qt's translations; returns the language in force."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    desk = QTranslator(app)
    if desk.load(str(TRANSLATIONS / f"desk_{language}.qm")):
        app.installTranslator(desk)
        _installed.append(desk)
    else:
        log.warning("no translation file for %s", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
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
