"""The storage ticket (寄存牌, P1) for an 80 mm receipt printer, as PDF.

A receipt printer's paper is 80 mm wide with about 72 mm printable, and as long as the
content: the page here is 80 mm wide and exactly as high as what is drawn on it. The A4 forms
(:mod:`desk.reports.forms`) have a fixed page and a four-column table, neither of which fits a
roll, so the ticket is drawn on the canvas here, with the forms' CJK font and line breaking.

Two parts, the cut line between them: the **parcel's part** on top stays on the items on the
shelf (its barcode finds the deposit when the clerk scans the items), the **customer's stub**
below is torn off and handed over: the number, its Code 128 barcode and a QR code, the pieces,
the time and the conditions of storage. Pickup scans the stub.

Like every report, it knows no language: the words come translated.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desk.reports.fonts import cjk_font
from desk.reports.forms import Measure  # the forms' line breaking (禁则 included)

__all__ = ["TicketDocument", "TicketPart", "render_ticket"]

PAGE_WIDTH = 80 * mm
MARGIN = 4 * mm  # 72 mm printable, as a receipt printer's head
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 16 * mm
BAR_HEIGHT = 13 * mm
BAR_MODULE = 0.33 * mm  # the narrowest bar: a 203 dpi printer's 3 dots, a scanner's easy read
QR_SIZE = 26 * mm
GAP = 2 * mm
GREY = colors.Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class TicketPart:
    heading: str  # "物品联：随物品存放" / "顾客联：请妥善保管，凭此取件"
    rows: tuple[tuple[str, str], ...]  # label, value
    qr: bool = False  # the stub carries the QR code beside the barcode
    notes: tuple[str, ...] = ()  # the conditions of storage, one per line


@dataclass(frozen=True)
class TicketDocument:
    store_name: str
    title: str  # 寄存牌
    number: str  # JC-20261123-0007: printed, in the barcode and in the QR code
    parcel_part: TicketPart
    stub: TicketPart
    cut_here: str  # the words on the cut line
    footer: str = ""  # who printed it and when
    copy_mark: str | None = None  # 副本 on a reprint


Draw = Callable[[Canvas, float], None]  # draws a block whose top is at y


class _Blocks:
    """The ticket's blocks from the top down: each knows its height before it is drawn, so
    the page can be exactly as long as the content."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.measure = Measure(font)
        self.items: list[tuple[float, Draw]] = []

    @property
    def height(self) -> float:
        return sum(height for height, _draw in self.items)

    def add(self, height: float, draw: Draw) -> None:
        self.items.append((height, draw))

    def space(self, height: float) -> None:
        self.add(height, lambda _c, _y: None)

    def centred(self, text: str, size: float, ink: colors.Color = colors.black) -> None:
        lines = self.measure.lines(text, CONTENT_WIDTH, size) if text else []
        leading = size * 1.3

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFillColor(ink)
            canvas.setFont(self.font, size)
            for i, line in enumerate(lines):
                canvas.drawCentredString(PAGE_WIDTH / 2, top - (i + 1) * leading + 0.25 * size,
                                         line)
            canvas.setFillColor(colors.black)

        self.add(len(lines) * leading, draw)

    def row(self, label: str, value: str, size: float = 9) -> None:
        leading = size * 1.35
        lines = self.measure.lines(value, CONTENT_WIDTH - LABEL_WIDTH, size) or [""]

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFont(self.font, size)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN, top - leading + 0.25 * size, label)
            canvas.setFillColor(colors.black)
            for i, line in enumerate(lines):
                canvas.drawString(MARGIN + LABEL_WIDTH, top - (i + 1) * leading + 0.25 * size,
                                  line)

        self.add(len(lines) * leading, draw)

    def paragraph(self, text: str, size: float = 7.5) -> None:
        leading = size * 1.35
        lines = self.measure.lines(text, CONTENT_WIDTH - 3 * mm, size)

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFont(self.font, size)
            for i, line in enumerate(lines):
                x = MARGIN if i == 0 else MARGIN + 3 * mm  # a hanging indent after "1."
                canvas.drawString(x, top - (i + 1) * leading + 0.25 * size, line)

        self.add(len(lines) * leading, draw)

    def barcode(self, number: str) -> None:
        bars = Code128(number, barHeight=BAR_HEIGHT, barWidth=BAR_MODULE, quiet=True,
                       lquiet=4 * mm, rquiet=4 * mm)
        if bars.width > CONTENT_WIDTH:  # a longer number: narrower bars, still in the margins
            bars = Code128(number, barHeight=BAR_HEIGHT,
                           barWidth=BAR_MODULE * CONTENT_WIDTH / bars.width, quiet=True,
                           lquiet=4 * mm, rquiet=4 * mm)

        def draw(canvas: Canvas, top: float) -> None:
            bars.drawOn(canvas, (PAGE_WIDTH - bars.width) / 2, top - BAR_HEIGHT)

        self.add(BAR_HEIGHT, draw)

    def qr(self, number: str) -> None:
        widget = QrCodeWidget(number, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        scale = QR_SIZE / max(x1 - x0, y1 - y0)
        drawing = Drawing(QR_SIZE, QR_SIZE, transform=[scale, 0, 0, scale, -x0 * scale,
                                                       -y0 * scale])
        drawing.add(widget)

        def draw(canvas: Canvas, top: float) -> None:
            drawing.drawOn(canvas, (PAGE_WIDTH - QR_SIZE) / 2, top - QR_SIZE)

        self.add(QR_SIZE, draw)

    def rule(self, dashed: bool = False, words: str = "") -> None:
        size = 7.5

        def draw(canvas: Canvas, top: float) -> None:
            y = top - 3 * mm
            canvas.saveState()
            canvas.setStrokeColor(GREY)
            canvas.setLineWidth(0.6)
            if dashed:
                canvas.setDash(3, 2)
            if words:
                width = canvas.stringWidth(words, self.font, size) + 3 * mm
                left = (PAGE_WIDTH - width) / 2
                canvas.line(0, y, left, y)
                canvas.line(left + width, y, PAGE_WIDTH, y)
                canvas.setFont(self.font, size)
                canvas.setFillColor(GREY)
                canvas.drawCentredString(PAGE_WIDTH / 2, y - 0.35 * size, words)
            else:
                canvas.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
            canvas.restoreState()

        self.add(6 * mm, draw)


def _part(blocks: _Blocks, document: TicketDocument, part: TicketPart) -> None:
    blocks.centred(document.store_name, 9)
    blocks.centred(document.title, 15)
    blocks.centred(part.heading, 8, GREY)
    blocks.space(GAP)
    blocks.barcode(document.number)
    blocks.space(1 * mm)
    blocks.centred(document.number, 12)
    if part.qr:
        blocks.space(GAP)
        blocks.qr(document.number)
    blocks.space(GAP)
    for label, value in part.rows:
        blocks.row(label, value)
    if part.notes:
        blocks.space(GAP)
        for note in part.notes:
            blocks.paragraph(note)


def render_ticket(document: TicketDocument, keywords: Sequence[str] = ()) -> bytes:
    """The ticket as a one-page PDF, 80 mm wide and as long as its content."""
    font = cjk_font()
    blocks = _Blocks(font)
    blocks.space(4 * mm)
    _part(blocks, document, document.parcel_part)
    blocks.space(GAP)
    blocks.rule(dashed=True, words=document.cut_here)
    blocks.space(GAP)
    _part(blocks, document, document.stub)
    if document.footer:
        blocks.space(GAP)
        blocks.centred(document.footer, 6.5, GREY)
    blocks.space(6 * mm)  # the printer's cutter sits a few millimetres above the head
    height = blocks.height
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(PAGE_WIDTH, height), initialFontName=font)
    canvas.setTitle(f"{document.title} {document.number}")
    canvas.setAuthor(document.store_name)
    canvas.setCreator("service-desk")
    canvas.setKeywords(list(keywords))
    top = height
    for block_height, draw in blocks.items:
        draw(canvas, top)
        top -= block_height
    if document.copy_mark:
        canvas.saveState()
        canvas.setFillColor(GREY)
        canvas.setFillAlpha(0.2)
        canvas.translate(PAGE_WIDTH / 2, height * 0.75)
        canvas.rotate(35)
        canvas.setFont(font, 60)
        canvas.drawCentredString(0, -20, document.copy_mark)
        canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return out.getvalue()
