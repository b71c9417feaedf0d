"""All visible text goes through Qt translation, and the Chinese translation is complete."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.resources import translation_file
from desk.ui.i18n import install_translations, qt_translation_file

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def test_chinese_translation_is_complete_and_compiled() -> None:
    """Every source text in the code is in desk_zh_CN.ts, translated, placeholders intact,
    and the shipped .qm files are compiled from exactly their .ts (the desk's own and the
    supplement to Qt's catalogue)."""
    problems = _tool().problems()  # type: ignore[attr-defined]
    assert problems == []


@pytest.mark.usefixtures("qapp")
def test_chinese_is_what_a_chinese_desk_shows() -> None:
    translator = QTranslator()
    assert translator.load(str(translation_file("desk", "zh_CN")))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Reception") == "接待登记"
        assert QCoreApplication.translate("Labels", "Return / exchange") == "退换货"
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def chinese_desk(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the translations a Chinese desk installs; English again after."""
    locale = QLocale()
    install_translations(qapp, "zh_CN")
    yield qapp
    install_translations(qapp, "en")
    QLocale.setDefault(locale)


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _english_left(widget: QWidget) -> list[str]:
    """Texts a clerk reads (labels, buttons, tooltips, menu entries) still in English."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        texts.append(child.toolTip())
    texts += [action.text() for action in widget.findChildren(QAction)]
    return sorted({t for t in texts if _LATIN_WORD.search(t) and not _CJK.search(t)})


def test_issue5_qt_dialogs_show_no_english_in_chinese(chinese_desk: QApplication,
                                                      qtbot: QtBot) -> None:
    """Issue 5, section 4: Qt's own texts are Chinese too. The export's save dialog said
    "Look in:" and "Files of type:"; Qt's catalogue lacks Qt 6.11's "&Look in:", so the desk's
    qtbase_supplement fills the gap."""
    dialog = QFileDialog(None, "导出", str(ROOT), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= labels
    assert _english_left(dialog) == []

    box = QMessageBox(QMessageBox.Icon.Question, "导出", "覆盖？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "取消"
    assert _english_left(box) == []

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"

    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    assert [a.text() for a in menu.actions() if _LATIN_WORD.search(a.text())
            and not _CJK.search(a.text())] == []


def test_issue5_english_desk_keeps_qt_english(qapp: QApplication) -> None:
    install_translations(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Look in:"


@pytest.mark.usefixtures("qapp")
def test_issue5_supplement_holds_only_what_qt_lacks() -> None:
    """Every entry of qtbase_supplement_zh_CN.ts is missing from Qt's own catalogue; when a
    PySide6 upgrade brings it, drop it from the supplement (Qt's wording then wins)."""
    tool = _tool()
    qt = QTranslator()
    assert qt.load(str(qt_translation_file("zh_CN")))
    entries = tool.messages(tool.SUPPLEMENT_TS)  # type: ignore[attr-defined]
    assert entries
    translated_by_qt = [key for key in entries if qt.translate(*key)]
    assert translated_by_qt == []
