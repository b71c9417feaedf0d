"""Paper forms as PDF: one description of a form document and one renderer for all of them.

Every printed document of the desk (the complaint acknowledgement 投诉受理回执, the handling slip
受理处理单, the signed callback record 回访记录表, inspection sheets, tickets) is a
:class:`FormDocument`: a title, a reference number, sections of label/value rows, a notice,
signature boxes. :func:`render_forms` lays any number of them out like a Chinese paper form, one
PDF, and that PDF is what the window previews, prints and saves (DESIGN, "Printing: one path").

Reports know no language: every text here, labels and the page words included, comes from the
caller already translated (like :mod:`desk.reports.words` for Excel). No Qt, no services.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desk.reports.fonts import cjk_font

__all__ = [
    "FormDocument",
    "FormFigure",
    "FormRow",
    "FormSection",
    "PageWords",
    "SignatureBox",
    "render_forms",
]


@dataclass(frozen=True)
class FormRow:
    """One label and its value. Short rows pair up two to a line (a four-column form); a
    ``wide`` row takes the whole line and its text wraps, over pages if it must."""

    label: str
    value: str
    wide: bool = False


@dataclass(frozen=True)
class FormSection:
    heading: str
    rows: tuple[FormRow, ...]


@dataclass(frozen=True)
class SignatureBox:
    """Where a person signs: their drawn signature (PNG) when there is one, else an empty box
    with a line to sign on the paper by hand."""

    label: str
    name: str = ""
    when: str = ""
    image_png: bytes | None = None


@dataclass(frozen=True)
class FormFigure:
    """An image printed with the form (a scan of the paper the customer signed), as wide as
    the content and at most :data:`FIGURE_MAX_HEIGHT` high."""

    caption: str
    image: bytes  # PNG or JPEG


@dataclass(frozen=True)
class FormDocument:
    store_name: str
    title: str
    reference: str  # the document's number (编号), shown top right on every page
    sections: tuple[FormSection, ...]
    notice: str = ""  # a sentence for the customer below the table ("keep this receipt…")
    signatures: tuple[SignatureBox, ...] = ()
    footer: str = ""  # who printed it and when (K2: the paper trail of a copy)
    copy_mark: str | None = None  # "副本" on every page of a reprint
    figures: tuple[FormFigure, ...] = ()  # after the signatures (a scan of the signed paper)


@dataclass(frozen=True)
class PageWords:
    """The renderer's own words, in the reader's language: format strings."""

    page_of: str  # "Page {page} of {pages}" / "第 {page} 页，共 {pages} 页"
    reference: str  # "No. {reference}" / "编号：{reference}"


# -- geometry (A4 portrait, points) ----------------------------------------------------------
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 36 * mm  # store name, title, reference and a rule, on every page
FOOTER_HEIGHT = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
LABEL_WIDTH = 26 * mm
PAIR_VALUE_WIDTH = CONTENT_WIDTH / 2 - LABEL_WIDTH
SIGNATURES_PER_LINE = 3
SIGNATURE_IMAGE_HEIGHT = 16 * mm
FIGURE_MAX_HEIGHT = 150 * mm
GRID = colors.Color(0.25, 0.25, 0.25)
SHADE = colors.Color(0.92, 0.92, 0.92)


HEADING_SHADE = colors.Color(0.85, 0.85, 0.85)
LABEL_INK = colors.Color(0.2, 0.2, 0.2)
FOOTER_INK = colors.Color(0.3, 0.3, 0.3)
COPY_INK = colors.Color(0.55, 0.55, 0.55)
PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 3.0, 4.0  # inside every ruled cell
CONTENT_TOP = PAGE_HEIGHT - HEADER_HEIGHT
CONTENT_BOTTOM = FOOTER_HEIGHT
SECTION_GAP = 3 * mm
SIGNATURES_GAP = 6 * mm
FIGURE_GAP = 4 * mm

# A row longer than this many lines may be split across pages where it stands; a shorter one
# moves to the next page whole, so a label never stands apart from its value for one line.
SPLIT_ROWS_FROM = 4
# Marks that never begin a line of Chinese text (禁则): they stay at the end of the line above.
_NO_LINE_START = frozenset("，。、；：？！）》」』】〉’”,.;:?!)]}%…")


@dataclass(frozen=True)
class _Type:
    """One size of text: points, line pitch, ink."""

    size: float
    leading: float
    ink: colors.Color = colors.black


CELL = _Type(10, 14)
LABEL = _Type(10, 14, LABEL_INK)
HEADING = _Type(11, 15)
NOTICE = _Type(9.5, 14)
SMALL = _Type(9, 12)


class Measure:
    """Widths of the shipped font's characters, looked up once each, and the lines a text
    breaks into: Chinese between any two characters, as on paper; Latin words stay whole
    unless one alone is wider than the line; closing marks never start a line."""

    def __init__(self, font: str) -> None:
        self._font = pdfmetrics.getFont(font)
        self._widths: dict[str, float] = {}

    def width(self, char: str) -> float:
        known = self._widths.get(char)
        if known is None:
            known = self._widths[char] = self._font.stringWidth(char, 1.0)
        return known

    def lines(self, text: str, width: float, size: float) -> list[str]:
        limit = width / size
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(self._paragraph(paragraph, limit))
        return lines

    def _paragraph(self, text: str, limit: float) -> Iterator[str]:
        start, used, space, i = 0, 0.0, -1, 0
        while i < len(text):
            char = text[i]
            step = self.width(char)
            if used + step > limit and i > start:
                if char in _NO_LINE_START:  # the mark stays with the text it closes
                    i += 1
                elif char != " " and space > start and not _cjk(char) and not _cjk(text[i - 1]):
                    i = space + 1  # inside a Latin word: break after the last space
                yield text[start:i].rstrip(" ")
                while i < len(text) and text[i] == " ":
                    i += 1
                start, used, space = i, 0.0, -1
                continue
            if char == " ":
                space = i
            used += step
            i += 1
        yield text[start:]


def _cjk(char: str) -> bool:
    return char >= "\u2e80"


@dataclass
class _Page:
    """What one page's content area carries, laid out before anything is drawn (the footer's
    "page n of m" needs the document's page count)."""

    boxes: list[tuple[float, float, float, float, colors.Color | None]] = field(
        default_factory=list)  # x, y, w, h, fill (ruled in GRID)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # x, y, width
    images: list[tuple[ImageReader, float, float, float, float]] = field(default_factory=list)
    texts: list[tuple[float, float, _Type, str]] = field(default_factory=list)  # baseline


@dataclass(frozen=True)
class _Cell:
    x: float
    width: float
    kind: _Type
    lines: list[str]
    fill: colors.Color | None = None


def _baseline(top: float, kind: _Type, line: int) -> float:
    """The baseline of a cell's ``line``: the text centred in its line pitch."""
    return top - PAD_TOP - (line + 1) * kind.leading + (kind.leading - kind.size) / 2 \
        + 0.2 * kind.size


class _Layout:
    """Places one document's blocks from the top of the content area down, page after page."""

    def __init__(self, measure: Measure) -> None:
        self.measure = measure
        self.pages = [_Page()]
        self.y = CONTENT_TOP

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def room(self) -> float:
        return self.y - CONTENT_BOTTOM

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = CONTENT_TOP

    def keep(self, height: float) -> None:
        """Start a new page unless ``height`` fits below (or the page is still empty)."""
        if height > self.room() and self.y < CONTENT_TOP:
            self.new_page()

    def cell(self, x: float, width: float, kind: _Type, text: str,
             fill: colors.Color | None = None) -> _Cell:
        return _Cell(x, width, kind, self.measure.lines(text, width - 2 * PAD_X, kind.size),
                     fill)

    def row(self, cells: Sequence[_Cell]) -> None:
        """One ruled row; a long one splits across pages where it stands (its label above)."""
        leading = max(c.kind.leading for c in cells)
        pending = [c.lines for c in cells]
        while True:
            count = max(1, *(len(lines) for lines in pending))
            height = PAD_TOP + count * leading + PAD_BOTTOM
            if height <= self.room():
                self._draw_row(cells, pending, height)
                self.y -= height
                return
            fits = int((self.room() - PAD_TOP - PAD_BOTTOM) // leading)
            if count >= SPLIT_ROWS_FROM and fits >= 2:
                self._draw_row(cells, [lines[:fits] for lines in pending],
                               PAD_TOP + fits * leading + PAD_BOTTOM)
                pending = [lines[fits:] for lines in pending]
            elif self.y >= CONTENT_TOP:  # taller than a page and nothing fits: split anyway
                fits = max(1, fits)
                self._draw_row(cells, [lines[:fits] for lines in pending],
                               PAD_TOP + fits * leading + PAD_BOTTOM)
                pending = [lines[fits:] for lines in pending]
            self.new_page()

    def _draw_row(self, cells: Sequence[_Cell], lines: Sequence[list[str]],
                  height: float) -> None:
        for cell, texts in zip(cells, lines, strict=True):
            self.page.boxes.append((cell.x, self.y - height, cell.width, height, cell.fill))
            for number, text in enumerate(texts):
                self.page.texts.append(
                    (cell.x + PAD_X, _baseline(self.y, cell.kind, number), cell.kind, text))

    def paragraph(self, text: str, kind: _Type) -> None:
        """Unruled text across the content width, line by line over pages."""
        for line in self.measure.lines(text, CONTENT_WIDTH, kind.size):
            if kind.leading > self.room():
                self.new_page()
            self.page.texts.append((MARGIN, self.y - kind.leading + (kind.leading - kind.size)
                                    / 2 + 0.2 * kind.size, kind, line))
            self.y -= kind.leading


def _bands(rows: Sequence[FormRow]) -> Iterator[tuple[bool, list[FormRow]]]:
    """Consecutive rows grouped as they are laid out: (wide, rows). Short rows pair up; a
    short row left alone before a wide one (or at the end) takes the whole line."""
    pending: list[FormRow] = []

    def flush() -> Iterator[tuple[bool, list[FormRow]]]:
        paired = len(pending) - len(pending) % 2
        if paired:
            yield False, pending[:paired]
        if paired < len(pending):
            yield True, pending[paired:]
        pending.clear()

    for row in rows:
        if row.wide:
            yield from flush()
            yield True, [row]
        else:
            pending.append(row)
    yield from flush()


def _row_cells(layout: _Layout, wide: bool, rows: Sequence[FormRow]) -> Iterator[list[_Cell]]:
    """The ruled rows of a band: label and value across the line when ``wide``, else two
    pairs side by side (a four-column form); labels on a shaded ground."""
    left, value_x = MARGIN, MARGIN + LABEL_WIDTH
    if wide:
        for r in rows:
            yield [layout.cell(left, LABEL_WIDTH, LABEL, r.label, SHADE),
                   layout.cell(value_x, CONTENT_WIDTH - LABEL_WIDTH, CELL, r.value)]
        return
    half = CONTENT_WIDTH / 2
    for a, b in zip(rows[::2], rows[1::2], strict=True):
        yield [layout.cell(left, LABEL_WIDTH, LABEL, a.label, SHADE),
               layout.cell(value_x, PAIR_VALUE_WIDTH, CELL, a.value),
               layout.cell(left + half, LABEL_WIDTH, LABEL, b.label, SHADE),
               layout.cell(value_x + half, PAIR_VALUE_WIDTH, CELL, b.value)]


def _section(layout: _Layout, section: FormSection) -> None:
    """A heading bar over ruled rows sharing the grid's outer edges; the heading stays with
    at least the start of its first row."""
    heading = layout.cell(MARGIN, CONTENT_WIDTH, HEADING, section.heading, HEADING_SHADE)
    rows = [cells for wide, band in _bands(section.rows) for cells in _row_cells(layout,
                                                                                 wide, band)]
    first = min(SPLIT_ROWS_FROM, max(len(c.lines) for c in rows[0])) if rows else 0
    layout.keep(PAD_TOP + len(heading.lines) * HEADING.leading + PAD_BOTTOM
                + PAD_TOP + first * CELL.leading + PAD_BOTTOM)
    layout.row([heading])
    for cells in rows:
        layout.row(cells)


def _image(data: bytes, width: float, height: float) -> tuple[ImageReader, float, float]:
    """The image as large as fits ``width`` x ``height``, its proportions kept."""
    reader = ImageReader(io.BytesIO(data))
    pixels_wide, pixels_high = reader.getSize()
    scale = min(width / pixels_wide, height / pixels_high)
    return reader, pixels_wide * scale, pixels_high * scale


def _signatures(layout: _Layout, boxes: Sequence[SignatureBox]) -> None:
    """Boxes three to a line, kept together below everything signed for: the label, the
    drawn signature (or room to sign by hand) above a line, the name and the time."""
    width = CONTENT_WIDTH / SIGNATURES_PER_LINE
    inner = width - 2 * PAD_X
    lines = [boxes[i:i + SIGNATURES_PER_LINE] for i in range(0, len(boxes), SIGNATURES_PER_LINE)]
    measured = [[(layout.measure.lines(box.label, inner, LABEL.size),
                  layout.measure.lines(box.name, inner, SMALL.size) if box.name else [],
                  layout.measure.lines(box.when, inner, SMALL.size) if box.when else [])
                 for box in line] for line in lines]

    def height(label: list[str], name: list[str], when: list[str]) -> float:
        return (4 + len(label) * LABEL.leading + SIGNATURE_IMAGE_HEIGHT + 3
                + (len(name) + len(when)) * SMALL.leading + 6)

    heights = [max(height(*m) for m in line) for line in measured]
    layout.keep(SIGNATURES_GAP + sum(heights))
    layout.y -= min(SIGNATURES_GAP, layout.room())
    for line, texts, row_height in zip(lines, measured, heights, strict=True):
        layout.keep(row_height)
        top, page = layout.y, layout.page
        for column, (box, (label, name, when)) in enumerate(zip(line, texts, strict=True)):
            x = MARGIN + column * width
            page.boxes.append((x, top - row_height, width, row_height, None))
            y = top - 4
            for text in label:
                y -= LABEL.leading
                page.texts.append((x + PAD_X, y + 3, LABEL, text))
            line_y = y - SIGNATURE_IMAGE_HEIGHT - 2
            if box.image_png:
                reader, w, h = _image(box.image_png, inner, SIGNATURE_IMAGE_HEIGHT)
                page.images.append((reader, x + PAD_X, line_y + 2, w, h))
            page.rules.append((x + PAD_X, line_y, inner))
            y = line_y - 1
            for text in [*name, *when]:
                y -= SMALL.leading
                page.texts.append((x + PAD_X, y + 2.5, SMALL, text))
        layout.y -= row_height


def _figure(layout: _Layout, figure: FormFigure) -> None:
    """A scan with its caption, kept together."""
    caption = layout.measure.lines(figure.caption, CONTENT_WIDTH, LABEL.size)
    reader, w, h = _image(figure.image, CONTENT_WIDTH, FIGURE_MAX_HEIGHT)
    layout.keep(FIGURE_GAP + len(caption) * LABEL.leading + h)
    layout.y -= min(FIGURE_GAP, layout.room())
    for text in caption:
        layout.y -= LABEL.leading
        layout.page.texts.append((MARGIN, layout.y + 3, LABEL, text))
    layout.page.images.append((reader, MARGIN, layout.y - h, w, h))
    layout.y -= h


def _lay_out(document: FormDocument, measure: Measure) -> list[_Page]:
    layout = _Layout(measure)
    for section in document.sections:
        _section(layout, section)
        layout.y -= min(SECTION_GAP, layout.room())
    if document.notice:
        layout.paragraph(document.notice, NOTICE)
    if document.signatures:
        _signatures(layout, document.signatures)
    for figure in document.figures:
        _figure(layout, figure)
    return layout.pages


def _draw_page(canvas: Canvas, font: str, document: FormDocument, page: _Page, number: int,
               pages: int, words: PageWords) -> None:
    """The header and footer every page of a document carries, its content, and 副本 over
    it all on a reprint."""
    canvas.setFont(font, 11)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 16 * mm, document.store_name)
    canvas.setFont(font, 18)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 25 * mm, document.title)
    canvas.setFont(font, 10)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 31 * mm,
                           words.reference.format(reference=document.reference))
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, PAGE_HEIGHT - 33 * mm, PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 33 * mm)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, FOOTER_HEIGHT - 4 * mm, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT - 4 * mm)

    canvas.setLineWidth(0.5)
    fill: colors.Color | None = None
    for x, y, w, h, shade in page.boxes:
        if shade is not None and shade != fill:
            canvas.setFillColor(shade)
            fill = shade
        canvas.rect(x, y, w, h, stroke=1, fill=0 if shade is None else 1)
    for x, y, w in page.rules:
        canvas.line(x, y, x + w, y)
    for reader, x, y, w, h in page.images:
        canvas.drawImage(reader, x, y, w, h, mask="auto")

    text = canvas.beginText()
    kind: _Type | None = None
    for x, y, of_kind, line in page.texts:
        if not line:
            continue
        if of_kind != kind:
            text.setFont(font, of_kind.size, of_kind.leading)
            text.setFillColor(of_kind.ink)
            kind = of_kind
        text.setTextOrigin(x, y)
        text.textOut(line)
    text.setFont(font, 8.5)
    text.setFillColor(FOOTER_INK)
    text.setTextOrigin(MARGIN, FOOTER_HEIGHT - 8 * mm)
    text.textOut(document.footer)
    canvas.drawText(text)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_HEIGHT - 8 * mm,
                           words.page_of.format(page=number, pages=pages))
    if document.copy_mark:
        # Over the content, light: a copy must be recognisable at a glance and still
        # readable; a photocopy of it still says so.
        canvas.saveState()
        canvas.setFillColor(COPY_INK)
        canvas.setFillAlpha(0.22)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(35)
        canvas.setFont(font, 150)
        canvas.drawCentredString(0, -50, document.copy_mark)
        canvas.restoreState()


def render_forms(
    documents: Sequence[FormDocument],
    page_words: PageWords,
    keywords: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """All ``documents`` as one A4 PDF, each starting on a new page, with the shipped CJK font
    embedded as a subset (identical on every machine, text extractable). A document longer
    than a page continues on the next with its header repeated; each page's footer carries the
    document's ``footer`` and "page n of m" counted within that document.

    ``keywords`` go into the file's metadata (the register's token, see
    :mod:`desk.services.issued`). ``progress(done, total)`` is called as each document
    starts being laid out; an exception it raises (a cancelled job) ends the rendering.

    The forms are laid out here and drawn straight on the canvas (no platypus): a batch of
    1,000 callback records is a thousand pages of small ruled cells, where platypus' general
    tables and paragraphs cost three times the drawing itself (bench/bench_callbacks.py)."""
    if not documents:
        raise ValueError("render_forms needs at least one document")
    font = cjk_font()
    measure = Measure(font)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    canvas.setTitle(documents[0].title)
    canvas.setAuthor(documents[0].store_name)
    canvas.setCreator("service-desk")
    canvas.setKeywords(list(keywords))
    for index, document in enumerate(documents):
        if progress is not None:
            progress(index, len(documents))
        pages = _lay_out(document, measure)
        for number, page in enumerate(pages, 1):
            _draw_page(canvas, font, document, page, number, len(pages), page_words)
            canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(len(documents), len(documents))
    return out.getvalue()
