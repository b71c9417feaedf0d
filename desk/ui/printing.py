"""The one print path (DESIGN "Printing"): preview, print and save the very PDF a report made.

A document is printed as the PDF :func:`desk.reports.forms.render_forms` (or any report)
produced, never redrawn by Qt: the preview shows that PDF's pages, the system print dialog
prints those pages, Save as PDF writes those bytes. What reached paper is what the archive can
hash and what ``desk verify`` will check.

Pages are rasterised by PDFium (pypdfium2, a 4 MB wheel; QtPdf would need PySide6-Addons) on
the thread pool, never on the GUI thread. PDFium is not thread-safe, not even across
documents, so every call into it holds the one lock of :mod:`desk.services.pdfinfo`.

:class:`PrintPreviewDialog` emits ``issued(str)`` for every copy it puts out ("printer:NAME"
or the saved file's path): the caller records it through a service (K2, every print of
customer data is audited). :func:`print_pdf` and :func:`save_pdf` do the work without any
dialog, for tests and for callers that print directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.services import papers
from desk.services.errors import QT_TRANSLATE_NOOP, DeskError
from desk.services.jobs import JobControl, OutputProblem, output_file
from desk.services.papers import Paper
from desk.services.pdfinfo import PDFIUM as _PDFIUM
from desk.services.pdfinfo import pdfium as _pdfium
from desk.services.permissions import Actor
from desk.ui.actions import handle_failure, run_action
from desk.ui.errors import show_error
from desk.ui.operations import run_job, start_in_background
from desk.ui.store import Store

# A form page at 600 dpi is 35 MB grey or 104 MB in colour while it is drawn; above that
# (1200 dpi printers) the bitmap would reach 400 MB for no visible gain on text and lines.
MAX_PRINT_DPI = 600
POINTS_PER_INCH = 72.0
MAX_FIT_SCALE = 1.5  # fit width never shows a page larger than this times its real size
PAGE_GAP = 16  # pixels between pages in the preview, and around them
KEPT_PAGES = 12  # rendered pages kept in memory; the rest are rendered again when seen


@dataclass(frozen=True)
class PageSize:
    """A page in PDF points (1/72 inch)."""

    width: float
    height: float


def page_sizes(pdf: bytes) -> list[PageSize]:
    """The size of every page, without rendering any."""
    with _PDFIUM:
        document = _pdfium().PdfDocument(pdf)
        try:
            return [PageSize(*document.get_page_size(i)) for i in range(len(document))]
        finally:
            document.close()


def render_page(pdf: bytes, index: int, width_px: int, grayscale: bool = False) -> QImage:
    """Page ``index`` (0-based) as an image ``width_px`` wide. Safe on any thread: the image
    is a QImage owning its pixels, never a widget or a pixmap."""
    with _PDFIUM:
        document = _pdfium().PdfDocument(pdf)
        try:
            page = document[index]
            try:
                scale = width_px / page.get_width()
                bitmap = page.render(scale=scale, rev_byteorder=True, grayscale=grayscale)
                try:
                    formats = {"RGB": QImage.Format.Format_RGB888,
                               "L": QImage.Format.Format_Grayscale8}
                    image = QImage(memoryview(bitmap.buffer), bitmap.width, bitmap.height,
                                   bitmap.stride, formats[bitmap.mode])
                    return image.copy()  # own the pixels before PDFium frees its bitmap
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


def chosen_pages(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The 0-based pages the person chose in the print dialog: all, a range, or the page
    the preview shows."""
    match printer.printRange():
        case QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            return [n - 1 for n in range(1, count + 1) if ranges.contains(n)]
        case QPrinter.PrintRange.CurrentPage:
            return [current]
        case _:
            return list(range(count))


# Narrower than this, a page is a roll's (the 80 mm parcel ticket): the printer is offered
# paper of the page's own size, so a receipt printer cuts it where it ends.
ROLL_WIDTH_MAX = 100 / 25.4 * POINTS_PER_INCH


def new_printer(pdf: bytes, name: str) -> QPrinter:
    """The printer the print dialog starts from: a roll's page size for a receipt (P1), the
    printer's own default paper for the A4 forms."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    sizes = page_sizes(pdf)
    if sizes and sizes[0].width <= ROLL_WIDTH_MAX:
        roll = QPageSize(QSizeF(sizes[0].width, sizes[0].height), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        printer.setPageSize(roll)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    return printer


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    pages: Sequence[int] | None = None,
    control: JobControl | None = None,
) -> int:
    """Paint ``pages`` (0-based, default all) of ``pdf`` on ``printer``, each rendered at the
    printer's resolution (up to :data:`MAX_PRINT_DPI`) and placed on the whole sheet, the
    PDF's own margins kept. Runs on a worker thread too (Qt allows painting on a QPrinter
    there). Returns the number of sheets painted; ``control`` reports progress and cancels."""
    sizes = page_sizes(pdf)
    wanted = list(range(len(sizes))) if pages is None else list(pages)
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = [index for _copy in range(copies) for index in wanted]
    if not sequence:
        return 0
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterProblem(printer.printerName() or printer.outputFileName())
    try:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
        for done, index in enumerate(sequence):
            if control is not None:
                control.step(done, len(sequence))
            if done:
                printer.newPage()
            size = sizes[index]
            image = render_page(pdf, index, round(size.width / POINTS_PER_INCH * dpi), grayscale)
            painter.drawImage(_fitted(sheet, size), image)
        if control is not None:
            control.step(len(sequence), len(sequence))
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    return len(sequence)


class PrinterProblem(DeskError):
    """The printer (or the file a PDF printer writes) refused to start: a calm message."""

    def __init__(self, printer: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The printer {printer} could not start printing. Check that it is switched on "
                "and connected, then try again.",
            ),
            printer=printer,
        )


def _fitted(sheet: QRectF, size: PageSize) -> QRectF:
    """The page scaled into the sheet, centred, proportions kept (A4 on Letter paper)."""
    scale = min(sheet.width() / size.width, sheet.height() / size.height)
    width, height = size.width * scale, size.height * scale
    return QRectF(sheet.x() + (sheet.width() - width) / 2,
                  sheet.y() + (sheet.height() - height) / 2, width, height)


def save_pdf(pdf: bytes, path: Path) -> Path:
    """Write exactly ``pdf`` to ``path``; the file appears complete or not at all, and a file
    already there stays as it was when writing fails."""
    path = Path(path)
    try:
        with output_file(path) as temporary:
            temporary.write_bytes(pdf)
    except OSError as error:
        raise OutputProblem.from_os_error(path, error) from error
    return path


class _Pages(QWidget):
    """The pages one under another, painted from the images rendered so far; a page not yet
    rendered is a white sheet, and asks for its image."""

    def __init__(self, view: _PageView) -> None:
        super().__init__()
        self._view = view

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Dark))
        for index, rect in enumerate(self._view.page_rects):
            if not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect, Qt.GlobalColor.white)
            image = self._view.image_of(index)
            if image is not None:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRectF(rect), image)
            painter.setPen(QColor(90, 90, 90))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
        self._view.want_visible()


class _PageView(QScrollArea):
    """Scrollable pages of one PDF, rendered lazily in the background at the shown width."""

    page_changed = Signal(int)  # 0-based page at the top of the view
    page_rendered = Signal(int)

    def __init__(self, pdf: bytes, on_failure: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._pdf = pdf
        self._on_failure = on_failure
        self._sizes: list[PageSize] = []
        self._fit_width = True
        self._images: dict[int, QImage] = {}
        self._rendering: int | None = None
        self._stale: set[int] = set()  # images of a former width, shown until replaced
        self.page_rects: list[QRect] = []
        self._pages = _Pages(self)
        self.setBackgroundRole(QPalette.ColorRole.Dark)  # the desk under the sheets
        self.setWidget(self._pages)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- data -----------------------------------------------------------------------------
    def set_sizes(self, sizes: list[PageSize]) -> None:
        self._sizes = sizes
        self._relayout()

    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def image_of(self, index: int) -> QImage | None:
        return self._images.get(index)

    def set_fit_width(self, fit: bool) -> None:
        if fit != self._fit_width:
            self._fit_width = fit
            self._relayout()

    @property
    def fit_width(self) -> bool:
        return self._fit_width

    def current_page(self) -> int:
        probe = self.verticalScrollBar().value() + self.viewport().height() // 3
        for index, rect in enumerate(self.page_rects):
            if rect.bottom() + PAGE_GAP >= probe:
                return index
        return max(0, len(self.page_rects) - 1)

    # -- layout ---------------------------------------------------------------------------
    def _page_width(self, size: PageSize) -> int:
        actual = round(size.width / POINTS_PER_INCH * self.logicalDpiX())
        if self._fit_width:
            widest = max(s.width for s in self._sizes)
            available = self.viewport().width() - 2 * PAGE_GAP
            # A narrow paper (an 80 mm ticket) is not blown up to the window's width: at
            # most half again its real size, so it still looks like the slip it prints as.
            return max(100, min(round(available * size.width / widest),
                                round(actual * MAX_FIT_SCALE)))
        return actual

    def _relayout(self) -> None:
        rects: list[QRect] = []
        y = PAGE_GAP
        for size in self._sizes:
            width = self._page_width(size)
            height = round(width * size.height / size.width)
            rects.append(QRect(PAGE_GAP, y, width, height))
            y += height + PAGE_GAP
        widest = max((r.width() for r in rects), default=0)
        for rect in rects:  # centred in the strip
            rect.moveLeft(PAGE_GAP + (widest - rect.width()) // 2)
        changed = [r.size() for r in rects] != [r.size() for r in self.page_rects]
        self.page_rects = rects
        if changed:
            # Images of the old width are kept until replaced: a blurred page for a moment
            # rather than a blank one.
            self._stale = set(self._images)
        self._pages.resize(QSize(widest + 2 * PAGE_GAP, y))
        self._pages.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._sizes and self._fit_width:
            self._relayout()

    def scroll_to_page(self, index: int) -> None:
        if 0 <= index < len(self.page_rects):
            self.verticalScrollBar().setValue(self.page_rects[index].top() - PAGE_GAP)

    def _scrolled(self) -> None:
        self.page_changed.emit(self.current_page())

    # -- rendering ------------------------------------------------------------------------
    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        shown = QRect(0, top, self._pages.width(), self.viewport().height())
        return [i for i, rect in enumerate(self.page_rects) if rect.intersects(shown)]

    def want_visible(self) -> None:
        """Start rendering the first visible page that lacks a current image (one at a time:
        PDFium works on one page at a time anyway, and the clerk sees the top page first)."""
        if self._rendering is not None or not self.page_rects:
            return
        for index in self.visible_pages():
            if index not in self._images or index in self._stale:
                self._render(index)
                return

    def _render(self, index: int) -> None:
        self._rendering = index
        width = self._render_width(index)
        pdf = self._pdf

        def rendered(image: QImage) -> None:
            if not isValid(self):
                return  # the dialog was closed while the page was being drawn
            self._rendering = None
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._images[index] = image
            if width == self._render_width(index):
                self._stale.discard(index)
            else:
                self._stale.add(index)  # the zoom changed meanwhile: shown, then redone
            self._forget_far_pages()
            self._pages.update(self.page_rects[index])
            self.page_rendered.emit(index)
            self.want_visible()

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._rendering = None
                self._on_failure(error)

        start_in_background(lambda _progress: render_page(pdf, index, width), rendered, failed)

    def _render_width(self, index: int) -> int:
        return round(self.page_rects[index].width() * self.devicePixelRatioF())

    def _forget_far_pages(self) -> None:
        if len(self._images) <= KEPT_PAGES:
            return
        here = self.current_page()
        for index in sorted(self._images, key=lambda i: abs(i - here))[KEPT_PAGES:]:
            del self._images[index]


# Where the clerk saved a PDF last in this session: the next save suggests the same folder.
_save_folder: list[Path] = []


class PrintPreviewDialog(QDialog):
    """The pages of ``pdf`` as they will print, with Print (Ctrl+P), Save as PDF (Ctrl+S)
    and Close (Esc). ``issued`` says where each copy went, for the caller's audit row."""

    issued = Signal(str)
    pages_ready = Signal(int)

    def __init__(self, parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self._pdf = pdf
        self._file_name = file_name
        self._printer: QPrinter | None = None

        self.view = _PageView(pdf, self._failed)
        self.page_label = QLabel(self.tr("Preparing the preview…"))
        self.fit_button = QPushButton(self.tr("Fit &width"))
        self.actual_button = QPushButton(self.tr("&Actual size (100 %)"))
        zoom = QButtonGroup(self)
        for button in (self.fit_button, self.actual_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            zoom.addButton(button)
        self.fit_button.setChecked(True)
        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("Save as PDF… (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.save_button.setAutoDefault(False)
        self.print_button.setDefault(True)
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)  # until the pages are known

        bar = QHBoxLayout()
        bar.addWidget(self.fit_button)
        bar.addWidget(self.actual_button)
        bar.addSpacing(12)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        QShortcut(QKeySequence("Ctrl+P"), self, self.print_document)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_document)
        self._connect_signals()
        self._size_to_screen()
        self.view.setFocus()  # PageDown, arrows and Home scroll the pages at once
        start_in_background(lambda _progress: page_sizes(pdf), self._sizes_known, self._failed)

    def _connect_signals(self) -> None:
        self.fit_button.toggled.connect(self.view.set_fit_width)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        self.view.page_changed.connect(self._show_page_number)

    def _size_to_screen(self) -> None:
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        # As tall as the screen allows with the title bar on it (a 1366x768 counter PC shows
        # the top half of an A4 page at fit width); never wider than a page needs.
        self.resize(min(960, available.width() - 40), available.height() - 80)
        self.move(available.left() + (available.width() - self.width()) // 2,
                  available.top() + 30)

    # -- pages ----------------------------------------------------------------------------
    def _sizes_known(self, sizes: list[PageSize]) -> None:
        if not isValid(self):
            return
        self.view.set_sizes(sizes)
        self._show_page_number(0)
        for button in (self.print_button, self.save_button):
            button.setEnabled(bool(sizes))
        self.pages_ready.emit(len(sizes))

    def _show_page_number(self, index: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=index + 1, pages=self.view.page_count)
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DeskError):
            show_error(self, error)
            return
        raise error  # a PDF the desk made that PDFium cannot read is a bug: crash report

    # -- output ---------------------------------------------------------------------------
    def print_document(self) -> None:
        """The system print dialog, then the chosen pages at the printer's resolution, in the
        background behind a progress dialog with Cancel."""
        if not self.print_button.isEnabled():
            return
        if self._printer is None:
            self._printer = new_printer(self._pdf, self._file_name.removesuffix(".pdf"))
        printer = self._printer
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, self.view.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = chosen_pages(printer, self.view.page_count, self.view.current_page())
        self.print_pages(printer, pages)

    def print_pages(self, printer: QPrinter, pages: Sequence[int]) -> JobControl:
        """Print ``pages`` on an already chosen printer; ``issued`` names it when done."""
        pdf = self._pdf
        where = printer.printerName() or printer.outputFileName()

        def job(control: JobControl) -> int:
            return print_pdf(pdf, printer, pages, control)

        def done(_sheets: Any) -> None:
            if isValid(self):
                self.issued.emit(f"printer:{where}")

        return run_job(self, self.tr("Printing…"), job, done)

    def save_document(self) -> None:
        if not self.save_button.isEnabled():
            return
        folder = _save_folder[-1] if _save_folder else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(folder / self._file_name),
            self.tr("PDF document (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self._pdf, path)
        except DeskError as error:
            show_error(self, error)
            return
        _save_folder[:] = [path.parent]
        self.issued.emit(str(path))


def preview_document(
    parent: QWidget,
    store: Store,
    actor: Actor,
    build: Callable[[Any], Paper],
) -> None:
    """The one way a tab prints: ``build(session)`` makes the paper on the thread pool (a
    service: permission-checked), the preview shows its pages, and every copy that leaves the
    desk (a printer or a file) is registered and audited (``papers.record_output``) through
    the one action path (K2)."""

    def work(_progress: object) -> Paper:
        with store.read() as session:
            return build(session)

    def ready(paper: Paper) -> None:
        if isValid(parent):
            open_preview(parent, store, actor, paper)

    def failed(failure: BaseException) -> None:
        if isValid(parent):
            handle_failure(parent, failure)

    start_in_background(work, ready, failed)


def open_preview(parent: QWidget, store: Store, actor: Actor, paper: Paper
                 ) -> PrintPreviewDialog:
    """The preview of a paper already built (a batch job's result): every copy that leaves
    the desk is registered and audited (K2, B4)."""
    dialog = PrintPreviewDialog(parent, paper.pdf, paper.title, paper.file_name)
    dialog.issued.connect(lambda destination: run_action(
        dialog, store, lambda s: papers.record_output(s, actor, paper, destination),
        lambda error: show_error(dialog, error)))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
