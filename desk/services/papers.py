"""What every paper the desk prints shares (DESIGN: one print path).

A paper is a :class:`desk.reports.forms.FormDocument` (or several, for a batch) in the reader's
language, rendered by :func:`render` into a :class:`Paper`: the PDF bytes the preview shows,
the printer prints and Save as PDF keeps, with the register's token in its metadata and the
records it carries. Every copy that leaves the desk goes through :func:`record_output`: the
register of issued documents (:mod:`desk.services.issued`, for ``desk verify``) and one audit
row on each record printed (K2: who, what, where).

The complaint papers (C5, C3), the callback records (B4) and the special service's payment
notice (B1) use it; the inspection sheet, the receiving note, parcel tickets and invoice
requests are the next ones. reportlab loads with the first paper, not with the window.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from desk.services import audit, clock, issued, vocabulary
from desk.services.errors import QT_TRANSLATE_NOOP
from desk.services.jobs import OutputProblem, SessionSource, output_file
from desk.services.permissions import Actor
from desk.services.vocabulary import Translate

if TYPE_CHECKING:
    from desk.reports import forms

DOCS = "Documents"  # the translation context of every word printed on a paper


def forms_module() -> Any:
    """:mod:`desk.reports.forms`, imported with the first paper: reportlab is a seventh of
    the window's start-up, and most sessions print nothing."""
    from desk.reports import forms

    return forms


def local_time(at: datetime | None) -> str:
    """A moment as a paper prints it: local time to the minute."""
    return at.astimezone(clock.local_zone()).strftime("%Y-%m-%d %H:%M") if at else ""


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


class Words:
    """The words of one paper, in the reader's language."""

    def __init__(self, translate: Translate) -> None:
        self._translate = translate

    def __call__(self, text: str) -> str:
        return self._translate(DOCS, text)

    def code(self, table: Mapping[str, str], code: str | None) -> str:
        """The word for a code of ``table``; an unknown code prints as it is."""
        return vocabulary.word(table, code, self._translate) if code else ""

    def own(self, table: Mapping[str, str], code: str | None) -> str:
        """The word for a code of a paper's own table (marked in the Documents context)."""
        if code is None:
            return ""
        return self(table[code]) if code in table else code

    def anonymous(self) -> str:
        return self._translate(vocabulary.LABELS, vocabulary.ANONYMOUS)

    def printed_by(self, name: str) -> str:
        """The footer every paper carries: who printed it, and when."""
        return self(QT_TRANSLATE_NOOP("Documents", "Printed by {name} at {time}")).format(
            name=name, time=local_time(clock.now()))


def page_words(translate: Translate) -> forms.PageWords:
    return forms_module().PageWords(
        page_of=translate(DOCS, QT_TRANSLATE_NOOP("Documents", "Page {page} of {pages}")),
        reference=translate(DOCS, QT_TRANSLATE_NOOP("Documents", "No. {reference}")),
    )


@dataclass(frozen=True)
class Paper:
    """A rendered paper, ready for the preview, a printer or a file."""

    kind: str  # a key of issued.ISSUING: what the register calls it and who may issue it
    title: str  # in the reader's language
    file_name: str  # the suggested name for Save as PDF
    pdf: bytes
    token: str  # in the PDF's metadata: the register knows the file by it
    records: tuple[issued.PrintedRecord, ...]  # the records it carries, 副本 or not


def render(
    kind: str,
    title: str,
    documents: Sequence[forms.FormDocument],
    records: Sequence[issued.PrintedRecord],
    file_stem: str,
    translate: Translate,
    progress: Callable[[int, int], None] | None = None,
) -> Paper:
    """``documents`` as one PDF with a fresh token; ``title`` is the marked source text."""
    return drawn_paper(
        kind, title,
        lambda keywords: forms_module().render_forms(documents, page_words(translate),
                                                     keywords=keywords, progress=progress),
        records, file_stem, translate)


def drawn_paper(
    kind: str,
    title: str,
    draw: Callable[[list[str]], bytes],
    records: Sequence[issued.PrintedRecord],
    file_stem: str,
    translate: Translate,
) -> Paper:
    """A paper that is not an A4 form (the 80 mm parcel ticket): ``draw(keywords)`` returns
    the PDF with the register's token among its metadata keywords."""
    token = issued.new_token()
    pdf = draw([issued.token_keyword(token)])
    words = translate(DOCS, title)
    return Paper(kind, words, f"{words} {file_stem}.pdf", pdf, token, tuple(records))


def record_output(session: Session, actor: Actor, paper: Paper, destination: str
                  ) -> issued.IssuedInfo:
    """K2, B4: ``paper`` left the desk (``destination``: ``printer:NAME`` or a file's path).
    The register keeps its SHA-256 and records (``issued.issue`` checks the kind's
    permission), and each record's trail says it was printed, which paper, where."""
    output = "printer" if destination.startswith("printer:") else "file"
    info = issued.issue(session, actor, paper.kind, paper.title, paper.pdf, paper.token,
                        paper.records, output, destination)
    for record in paper.records:
        audit.record(session, actor.id, f"{record.entity}.print", record.entity,
                     record.entity_id, after={
                         "document": paper.kind, "issued": info.id, "sha256": info.sha256,
                         "copy": record.copy, "destination": destination, "note": destination,
                     })
    return info


@dataclass(frozen=True)
class SavedPaper:
    path: Path
    printed: Paper
    issued: issued.IssuedInfo


def save_paper(source: SessionSource, actor: Actor, paper: Paper, path: Path) -> SavedPaper:
    """The command line's ``desk print …``: ``paper`` written to ``path`` and registered as
    issued (output "file") in one go. The file appears complete or not at all; a file that
    could not be written is not registered, and a registration that fails leaves no file."""
    path = Path(path)
    with source.transaction() as session:
        try:
            with output_file(path) as temporary:
                temporary.write_bytes(paper.pdf)
                info = record_output(session, actor, paper, str(path))
        except OSError as error:
            raise OutputProblem.from_os_error(path, error) from error
    return SavedPaper(path, paper, info)
