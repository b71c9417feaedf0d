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
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Image as ImageFlowable

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


@dataclass(frozen=True)
class _Styles:
    cell: ParagraphStyle
    label: ParagraphStyle
    heading: ParagraphStyle
    notice: ParagraphStyle
    small: ParagraphStyle


def _styles() -> _Styles:
    font = cjk_font()
    # wordWrap CJK: Chinese breaks between any two characters, as on paper; Latin words stay
    # whole.
    cell = ParagraphStyle("cell", fontName=font, bulletFontName=font, fontSize=10, leading=14,
                          wordWrap="CJK")
    return _Styles(
        cell=cell,
        label=ParagraphStyle("label", parent=cell, textColor=colors.Color(0.2, 0.2, 0.2)),
        heading=ParagraphStyle("heading", parent=cell, fontSize=11, leading=15),
        notice=ParagraphStyle("notice", parent=cell, fontSize=9.5, leading=14),
        small=ParagraphStyle("small", parent=cell, fontSize=9, leading=12),
    )


def _text(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters are the person's text, line breaks kept."""
    return Paragraph(escape(value).replace("\n", "<br/>"), style)


class _DocumentStart(Flowable):
    """Invisible; tells the page template whose page this is (header, page count)."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._form_document = self.index
        if self.canv.progress is not None:
            self.canv.progress(self.index, self.canv.document_count)


class _FormCanvas(Canvas):
    """Holds each finished page until the end, when every document's page count is known,
    then writes the footer "page n of m" (per document, as its paper is read) on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._form_document = 0
        self._pages: list[tuple[dict[str, Any], int]] = []
        self.footers: Sequence[str] = ()
        self.page_of = "{page}/{pages}"
        self.progress: Callable[[int, int], None] | None = None
        self.document_count = 0

    def showPage(self) -> None:
        self._pages.append((dict(self.__dict__), self._form_document))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for _state, document in self._pages:
            totals[document] = totals.get(document, 0) + 1
        seen: dict[int, int] = {}
        font = cjk_font()
        for state, document in self._pages:
            self.__dict__.update(state)
            seen[document] = seen.get(document, 0) + 1
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillColor(colors.Color(0.3, 0.3, 0.3))
            y = FOOTER_HEIGHT - 8 * mm
            self.drawString(MARGIN, y, self.footers[document])
            self.drawRightString(
                PAGE_WIDTH - MARGIN,
                y,
                self.page_of.format(page=seen[document], pages=totals[document]),
            )
            self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def _page_end(
    documents: Sequence[FormDocument], words: PageWords
) -> Callable[[Canvas, BaseDocTemplate], None]:
    """Draws what every page of a document carries, once the page's content is known."""
    font = cjk_font()

    def draw(canvas: Canvas, _template: BaseDocTemplate) -> None:
        document = documents[getattr(canvas, "_form_document", 0)]
        canvas.saveState()
        canvas.setFont(font, 11)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 16 * mm, document.store_name)
        canvas.setFont(font, 18)
        canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 25 * mm, document.title)
        canvas.setFont(font, 10)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN,
            PAGE_HEIGHT - 31 * mm,
            words.reference.format(reference=document.reference),
        )
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.8)
        rule = PAGE_HEIGHT - 33 * mm
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, FOOTER_HEIGHT - 4 * mm, PAGE_WIDTH - MARGIN, FOOTER_HEIGHT - 4 * mm)
        if document.copy_mark:
            # Over the content, light: a copy must be recognisable at a glance and still
            # readable; a photocopy of it still says so.
            canvas.setFillColor(colors.Color(0.55, 0.55, 0.55))
            canvas.setFillAlpha(0.22)
            canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            canvas.rotate(35)
            canvas.setFont(font, 150)
            canvas.drawCentredString(0, -50, document.copy_mark)
        canvas.restoreState()

    return draw


def _table_style(columns: int) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for label_column in range(0, columns, 2):
        commands.append(("BACKGROUND", (label_column, 0), (label_column, -1), SHADE))
    return TableStyle(commands)


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


def _section(section: FormSection, styles: _Styles) -> list[Flowable]:
    """A section is a heading bar and stacked ruled tables sharing the grid's outer edges:
    four columns where rows pair up, two where a row is wide. Rows split across pages
    (``splitInRow``), so a long statement flows on instead of being cut."""
    heading = Table(
        [[_text(section.heading, styles.heading)]], colWidths=[CONTENT_WIDTH]
    )
    heading.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.85, 0.85, 0.85)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    flowables: list[Flowable] = [heading]
    for wide, rows in _bands(section.rows):
        if wide:
            data = [[_text(r.label, styles.label), _text(r.value, styles.cell)] for r in rows]
            widths = [LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH]
        else:
            data = []
            for left, right in zip(rows[::2], rows[1::2], strict=True):
                data.append([
                    _text(left.label, styles.label), _text(left.value, styles.cell),
                    _text(right.label, styles.label), _text(right.value, styles.cell),
                ])
            widths = [LABEL_WIDTH, PAIR_VALUE_WIDTH, LABEL_WIDTH, PAIR_VALUE_WIDTH]
        table = Table(data, colWidths=widths, splitInRow=1)
        table.setStyle(_table_style(len(widths)))
        flowables.append(table)
    return flowables


def _signature_cell(box: SignatureBox, width: float, styles: _Styles) -> list[Flowable]:
    cell: list[Flowable] = [_text(box.label, styles.label)]
    if box.image_png:
        cell.append(_scaled_image(box.image_png, width - 8, SIGNATURE_IMAGE_HEIGHT))
    else:
        cell.append(Spacer(1, SIGNATURE_IMAGE_HEIGHT))  # room to sign above the line
    cell.append(_SignLine(width - 8))
    if box.name:
        cell.append(_text(box.name, styles.small))
    if box.when:
        cell.append(_text(box.when, styles.small))
    return cell


class _SignLine(Flowable):
    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, 3

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, self.width, 1)


def _signatures(boxes: Sequence[SignatureBox], styles: _Styles) -> Flowable:
    width = CONTENT_WIDTH / SIGNATURES_PER_LINE
    lines = [list(boxes[i:i + SIGNATURES_PER_LINE])
             for i in range(0, len(boxes), SIGNATURES_PER_LINE)]
    data = [
        [_signature_cell(box, width, styles) for box in line]
        + [""] * (SIGNATURES_PER_LINE - len(line))
        for line in lines
    ]
    table = Table(data, colWidths=[width] * SIGNATURES_PER_LINE)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for row, line in enumerate(lines):
        commands.append(("BOX", (0, row), (len(line) - 1, row), 0.5, GRID))
        commands.append(("INNERGRID", (0, row), (len(line) - 1, row), 0.5, GRID))
    table.setStyle(TableStyle(commands))
    return table


def _story(index: int, document: FormDocument, styles: _Styles) -> list[Flowable]:
    story: list[Flowable] = [_DocumentStart(index)]
    for section in document.sections:
        story.extend(_section(section, styles))
        story.append(Spacer(1, 3 * mm))
    if document.notice:
        story.append(_text(document.notice, styles.notice))
    if document.signatures:
        # The boxes stay together, on the last page, below everything signed for.
        story.append(KeepTogether([Spacer(1, 6 * mm), _signatures(document.signatures, styles)]))
    for figure in document.figures:
        story.append(KeepTogether([Spacer(1, 4 * mm), _text(figure.caption, styles.label),
                                   _scaled_image(figure.image, CONTENT_WIDTH,
                                                 FIGURE_MAX_HEIGHT)]))
    return story


def _scaled_image(data: bytes, width: float, height: float) -> ImageFlowable:
    """The image as large as fits ``width`` x ``height``, its proportions kept."""
    image = ImageFlowable(io.BytesIO(data))
    scale = min(width / image.imageWidth, height / image.imageHeight)
    image.drawWidth = image.imageWidth * scale
    image.drawHeight = image.imageHeight * scale
    image.hAlign = "LEFT"
    return image


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
    starts being laid out; an exception it raises (a cancelled job) ends the rendering."""
    if not documents:
        raise ValueError("render_forms needs at least one document")
    styles = _styles()
    out = io.BytesIO()
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT,
        bottomMargin=FOOTER_HEIGHT,
        title=documents[0].title,
        author=documents[0].store_name,
        creator="service-desk",
        keywords=list(keywords),
        initialFontName=cjk_font(),  # no unembedded Helvetica referenced by the file
    )
    frame = Frame(
        MARGIN, FOOTER_HEIGHT, CONTENT_WIDTH, PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="form",
    )
    template.addPageTemplates([
        PageTemplate(id="form", frames=[frame],
                     onPageEnd=_page_end(documents, page_words), pagesize=A4)
    ])
    story: list[Flowable] = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.extend(_story(index, document, styles))

    footers = [d.footer for d in documents]

    def make_canvas(*args: Any, **kwargs: Any) -> _FormCanvas:
        canvas = _FormCanvas(*args, **kwargs)
        canvas.footers = footers
        canvas.page_of = page_words.page_of
        canvas.progress = progress
        canvas.document_count = len(documents)
        return canvas

    template.build(story, canvasmaker=make_canvas)
    if progress is not None:
        progress(len(documents), len(documents))
    return out.getvalue()

