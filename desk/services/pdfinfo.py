"""What the desk reads from a PDF without drawing it: its page count and its metadata.

PDFium (pypdfium2, already the preview's rasteriser) reads them. PDFium is not thread-safe,
not even across documents, so every call into it anywhere in the desk holds :data:`PDFIUM`:
the preview renders pages on the thread pool while a service registers an issued file.
"""

from __future__ import annotations

import threading
from typing import Any

PDFIUM = threading.Lock()


def pdfium() -> Any:
    """pypdfium2, loaded with the first PDF read, not with the window (start-up)."""
    import pypdfium2

    return pypdfium2


def page_count(pdf: bytes) -> int:
    """The number of pages; 0 for bytes PDFium cannot open."""
    with PDFIUM:
        try:
            document = pdfium().PdfDocument(pdf)
        except pdfium().PdfiumError:
            return 0
        try:
            return len(document)
        finally:
            document.close()


def keywords(pdf: bytes) -> str:
    """The Keywords entry of the file's information dictionary; "" when there is none or the
    file cannot be opened."""
    with PDFIUM:
        try:
            document = pdfium().PdfDocument(pdf)
        except pdfium().PdfiumError:
            return ""
        try:
            return str(document.get_metadata_dict().get("Keywords", ""))
        finally:
            document.close()
