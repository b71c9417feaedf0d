"""The one print path (DESIGN "Printing"): the preview shows the pages of that very PDF, Save
as PDF writes those bytes, the printer gets those pages; each output is announced for the
caller's audit row (K2)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from desk.reports.forms import FormDocument, FormRow, FormSection, PageWords, render_forms
from desk.services.errors import DeskError
from desk.ui import printing
from desk.ui.printing import (
    PrintPreviewDialog,
    chosen_pages,
    page_sizes,
    print_pdf,
    render_page,
    save_pdf,
)

WORDS = PageWords(page_of="第 {page} 页，共 {pages} 页", reference="编号：{reference}")
FILE_NAME = "投诉受理回执 TS-2026-000123.pdf"


def form(title: str, reference: str) -> FormDocument:
    return FormDocument(
        store_name="华联电器城 售后服务台",
        title=title,
        reference=reference,
        sections=(FormSection("投诉信息", (
            FormRow("投诉人", "张三"), FormRow("承诺答复日期", "2026-11-30"),
            FormRow("投诉内容", "冰箱冷藏室不制冷。", wide=True),
        )),),
        footer="打印：李四 2026-11-25 10:35",
    )


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    return render_forms(
        [form("投诉受理回执", "TS-2026-000123"), form("受理处理单", "TS-2026-000123")], WORDS
    )


def open_preview(qtbot: QtBot, pdf: bytes) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(None, pdf, "投诉受理回执", FILE_NAME)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.view.page_rendered, timeout=5000):
        dialog.show()
        qtbot.waitExposed(dialog)
    return dialog


def ink(image: QImage) -> int:
    """How many sampled pixels are dark: a rendered form has text and rules, a blank page 0."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(0, grey.height(), 3)
        for x in range(0, grey.width(), 3)
        if grey.pixelColor(x, y).value() < 128
    )


def test_the_preview_shows_every_page_of_that_pdf(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = open_preview(qtbot, two_pages)
    assert dialog.view.page_count == 2
    assert dialog.page_label.text() == "Page 1 of 2"
    first = dialog.view.image_of(0)
    assert first is not None and ink(first) > 100
    with qtbot.waitSignal(dialog.view.page_rendered, timeout=5000,
                          check_params_cb=lambda index: index == 1):
        dialog.view.scroll_to_page(1)
    assert dialog.page_label.text() == "Page 2 of 2"
    second = dialog.view.image_of(1)
    assert second is not None and ink(second) > 100


def test_fit_width_fills_the_view_and_100_percent_is_the_paper_size(
    qtbot: QtBot, two_pages: bytes
) -> None:
    dialog = open_preview(qtbot, two_pages)
    viewport = dialog.view.viewport().width()
    assert dialog.view.page_rects[0].width() == viewport - 2 * printing.PAGE_GAP
    qtbot.mouseClick(dialog.actual_button, Qt.MouseButton.LeftButton)
    a4_width = round(595.28 / 72 * dialog.view.logicalDpiX())
    assert abs(dialog.view.page_rects[0].width() - a4_width) <= 1

    def drawn_again_at_the_new_width() -> None:
        image = dialog.view.image_of(0)
        assert image is not None
        assert abs(image.width() / image.devicePixelRatio() - a4_width) <= 1

    qtbot.waitUntil(drawn_again_at_the_new_width, timeout=5000)


def test_save_as_pdf_writes_exactly_those_bytes_under_the_suggested_chinese_name(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(_parent: Any, _caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "回执"), "PDF"  # typed without the extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog = open_preview(qtbot, two_pages)
    with qtbot.waitSignal(dialog.issued) as issued:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Path(asked[0]).name == FILE_NAME
    saved = tmp_path / "回执.pdf"
    assert saved.read_bytes() == two_pages
    assert issued.args == [str(saved)]
    assert [p.name for p in tmp_path.iterdir()] == ["回执.pdf"]  # no temporary file left


def test_saving_where_it_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no such folder" / "回执.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(missing), "PDF"))
    shown: list[DeskError] = []
    monkeypatch.setattr(printing, "show_error", lambda _parent, error: shown.append(error))
    dialog = open_preview(qtbot, two_pages)
    issued: list[str] = []
    dialog.issued.connect(issued.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "does not exist" in shown[0].text()
    assert issued == [] and not missing.exists()


def test_save_pdf_keeps_the_old_file_when_writing_fails(
    two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "回执.pdf"
    target.write_bytes(b"earlier copy")

    def disk_full(_self: Path, _data: bytes) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(DeskError, match="No space left"):
        save_pdf(two_pages, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"earlier copy"
    assert [p.name for p in tmp_path.iterdir()] == ["回执.pdf"]


def test_esc_closes_the_preview(qtbot: QtBot, two_pages: bytes) -> None:
    dialog = open_preview(qtbot, two_pages)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def difference(one: QImage, other: QImage) -> float:
    """Mean absolute grey difference (0-255) over a coarse grid of two same-size images."""
    a = one.convertToFormat(QImage.Format.Format_Grayscale8)
    b = other.convertToFormat(QImage.Format.Format_Grayscale8).scaled(a.size())
    samples = [
        abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
        for y in range(0, a.height(), 5)
        for x in range(0, a.width(), 5)
    ]
    return sum(samples) / len(samples)


def test_printing_puts_the_pages_of_that_pdf_on_paper(
    qapp: QApplication, two_pages: bytes, tmp_path: Path
) -> None:
    printed = tmp_path / "printed.pdf"
    assert print_pdf(two_pages, pdf_printer(printed)) == 2
    paper = printed.read_bytes()
    assert len(page_sizes(paper)) == 2
    for index in (0, 1):
        original = render_page(two_pages, index, 400)
        on_paper = render_page(paper, index, 400)
        assert difference(original, on_paper) < 6  # the same page, not a redrawing of it
    assert difference(render_page(two_pages, 0, 400), render_page(paper, 1, 400)) > 0.3


def test_only_the_chosen_pages_are_printed(
    qapp: QApplication, two_pages: bytes, tmp_path: Path
) -> None:
    printed = tmp_path / "second.pdf"
    assert print_pdf(two_pages, pdf_printer(printed), pages=[1]) == 1
    paper = printed.read_bytes()
    assert len(page_sizes(paper)) == 1
    assert difference(render_page(two_pages, 1, 400), render_page(paper, 0, 400)) < 6


def test_k2_printing_from_the_preview_announces_the_printer_for_the_audit(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, two_pages)
    printed = tmp_path / "from-preview.pdf"
    with qtbot.waitSignal(dialog.issued, timeout=10000) as issued:
        dialog.print_pages(pdf_printer(printed), [0, 1])
    assert issued.args == [f"printer:{printed}"]
    assert len(page_sizes(printed.read_bytes())) == 2


def test_pages_are_rendered_off_the_gui_thread_and_only_as_they_come_into_view(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fifty = render_forms(
        [form("回访记录表", f"HF-2026-{n:06d}") for n in range(50)], WORDS
    )
    threads: list[str] = []
    rendered: list[int] = []
    real = printing.render_page

    def recorded(pdf: bytes, index: int, *args: Any) -> QImage:
        threads.append(threading.current_thread().name)
        rendered.append(index)
        return real(pdf, index, *args)

    monkeypatch.setattr(printing, "render_page", recorded)
    dialog = open_preview(qtbot, fifty)
    assert dialog.page_label.text() == "Page 1 of 50"
    qtbot.wait(200)  # time enough to render more, were it eager
    # Only what the clerk can see (once more if the width settled after the first paint).
    assert 0 in rendered and set(rendered) <= set(dialog.view.visible_pages())
    with qtbot.waitSignal(dialog.view.page_rendered, timeout=5000,
                          check_params_cb=lambda index: index == 40):
        dialog.view.scroll_to_page(40)
    assert dialog.page_label.text() == "Page 41 of 50"
    assert threading.main_thread().name not in threads


def test_the_print_dialog_choice_of_pages_is_honoured(qapp: QApplication, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "unused.pdf")
    assert chosen_pages(printer, 2) == [0, 1]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert chosen_pages(printer, 2) == [1]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert chosen_pages(printer, 2, current=1) == [1]


def test_ctrl_p_opens_the_print_dialog_and_prints_the_chosen_page(
    qtbot: QtBot, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "chosen.pdf"

    def clerk_chooses(dialog: QPrintDialog) -> int:
        """The clerk picks a (PDF) printer and "pages 2 to 2", then OK."""
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(150)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", clerk_chooses)
    dialog = open_preview(qtbot, two_pages)
    with qtbot.waitSignal(dialog.issued, timeout=10000) as issued:
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert issued.args == [f"printer:{printed}"]
    paper = printed.read_bytes()
    assert len(page_sizes(paper)) == 1
    assert difference(render_page(two_pages, 1, 400), render_page(paper, 0, 400)) < 6


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_a_calm_message(
    qapp: QApplication, two_pages: bytes, tmp_path: Path
) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "out.pdf")
    with pytest.raises(printing.PrinterProblem, match="could not start printing"):
        print_pdf(two_pages, printer)


def test_a_zoom_change_while_a_page_renders_draws_it_again_at_the_new_width(
    qtbot: QtBot, two_pages: bytes
) -> None:
    dialog = PrintPreviewDialog(None, two_pages, "投诉受理回执", FILE_NAME)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.pages_ready, timeout=5000):
        dialog.show()
    dialog.view.set_fit_width(False)  # at once, before the first page is back
    a4_width = dialog.view.page_rects[0].width()

    def at_new_width() -> None:
        image = dialog.view.image_of(0)
        assert image is not None and round(image.width() / image.devicePixelRatio()) == a4_width

    qtbot.waitUntil(at_new_width, timeout=5000)


def test_a_narrow_ticket_is_not_blown_up_to_the_window_width(qtbot: QtBot) -> None:
    """An 80 mm ticket at fit width: at most half again its real size, not three times."""
    from io import BytesIO

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out, pagesize=(80 * mm, 160 * mm))
    canvas.drawString(10, 300, "JC-20261207-0001")
    canvas.showPage()
    canvas.save()
    dialog = open_preview(qtbot, out.getvalue())
    real = round(80 * mm / 72 * dialog.view.logicalDpiX())
    assert dialog.view.fit_width
    assert dialog.view.viewport().width() > 2 * real  # fit width alone would triple it
    assert dialog.view.page_rects[0].width() == round(real * printing.MAX_FIT_SCALE)
