"""Signatures as PNG bytes (B2): checked below the UI before they are stored with a record."""

from __future__ import annotations

import io

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError

MAX_BYTES = 512 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def check_signature(png: bytes, field: str) -> bytes:
    """The bytes if they are a PNG with some ink on it; refused next to ``field`` otherwise."""
    from PIL import Image  # Pillow comes with reportlab; imported when a signature is saved

    if not png:
        raise DomainError(QT_TRANSLATE_NOOP("Signatures", "The signature is empty."), field)
    if len(png) > MAX_BYTES or not png.startswith(PNG_MAGIC):
        raise DomainError(
            QT_TRANSLATE_NOOP("Signatures", "This is not a signature image."), field)
    try:
        with Image.open(io.BytesIO(png)) as image:
            grey = image.convert("L")
    except (OSError, ValueError) as error:
        raise DomainError(
            QT_TRANSLATE_NOOP("Signatures", "This is not a signature image."), field) from error
    darkest = grey.getextrema()[0]
    if not isinstance(darkest, int) or darkest > 160:
        raise DomainError(QT_TRANSLATE_NOOP("Signatures", "The signature is empty."), field)
    return png
