"""B2: signatures are PNG bytes kept with the record; what reaches a record is a readable PNG
with a signature on it, else a message on the field and nothing saved. The demo's signatures
look handwritten and print on a white form as they are."""

from __future__ import annotations

import io
import random

import pypdfium2
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desk.services.errors import DomainError
from desk.services.signatures import (
    DARK,
    MAX_BYTES,
    MIN_INK_EXTENT,
    OUTPUT_SIZE,
    check_signature,
    demo_signature,
)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _refused(png: bytes) -> str:
    with pytest.raises(DomainError) as refused:
        check_signature(png, "customer_signature")
    assert refused.value.field == "customer_signature"
    return refused.value.text()


def test_b2_a_signature_passes_and_comes_back_unchanged() -> None:
    png = demo_signature("张伟", 1)
    assert check_signature(png, "customer_signature") is png


def test_b2_an_empty_pad_is_refused() -> None:
    assert "Nothing is signed" in _refused(b"")


def test_b2_what_is_not_a_png_is_refused() -> None:
    jpeg = io.BytesIO()
    Image.open(io.BytesIO(demo_signature("张伟", 1))).convert("RGB").save(jpeg, format="JPEG")
    assert "not a PNG" in _refused(jpeg.getvalue())
    assert "not a PNG" in _refused(b"%PDF-1.7 a scan, not a signature")


def test_b2_a_damaged_png_is_refused() -> None:
    png = demo_signature("张伟", 1)
    assert "damaged" in _refused(png[: len(png) // 2])
    corrupted = bytearray(png)
    corrupted[len(png) // 2 : len(png) // 2 + 40] = bytes(40)
    assert "damaged" in _refused(bytes(corrupted))


def test_b2_a_blank_or_dotted_pad_is_refused() -> None:
    white = Image.new("RGB", (400, 150), "white")
    assert "blank" in _refused(_png(white))
    dot = white.copy()
    ImageDraw.Draw(dot).ellipse((100, 60, 104, 64), fill="black")
    assert "blank" in _refused(_png(dot))
    short = white.copy()
    ImageDraw.Draw(short).line((100, 60, 100 + MIN_INK_EXTENT - 3, 62), fill="black", width=2)
    assert "blank" in _refused(_png(short))
    # Light grey smudges are not ink either.
    grey = white.copy()
    ImageDraw.Draw(grey).line((20, 60, 380, 80), fill=(DARK + 40,) * 3, width=3)
    assert "blank" in _refused(_png(grey))
    line = white.copy()
    ImageDraw.Draw(line).line((100, 60, 100 + MIN_INK_EXTENT, 62), fill="black", width=2)
    check_signature(_png(line), "customer_signature")


def test_b2_transparent_ink_is_judged_as_it_prints_over_white_paper() -> None:
    invisible = Image.new("RGBA", (400, 150), (0, 0, 0, 0))  # black, but fully transparent
    assert "blank" in _refused(_png(invisible))
    drawn = invisible.copy()
    ImageDraw.Draw(drawn).line((40, 80, 300, 60), fill=(20, 20, 60, 255), width=3)
    check_signature(_png(drawn), "customer_signature")


def test_b2_an_oversized_image_is_refused() -> None:
    rng = random.Random(7)
    noise = Image.frombytes("RGB", (600, 400), rng.randbytes(600 * 400 * 3))
    png = _png(noise)
    assert len(png) > MAX_BYTES
    assert "at most 512 KB" in _refused(png)
    # Few bytes, but far more pixels than a pad makes: refused before it is decoded.
    wide = _png(Image.new("1", (3000, 3000), 1))
    assert len(wide) < MAX_BYTES
    assert "3000 × 3000 pixels" in _refused(wide)


@pytest.mark.slow
def test_b2_a_decompression_bomb_is_refused_without_a_warning() -> None:
    """Above Pillow's pixel limit the image is refused as too large; filterwarnings=error
    proves Pillow's DecompressionBombWarning does not escape."""
    bomb = _png(Image.new("1", (10_000, 10_000), 1))
    assert len(bomb) < MAX_BYTES
    assert "too large" in _refused(bomb)


def _ink(image: Image.Image) -> Image.Image:
    return image.convert("L").point(lambda level: 255 if level < DARK else 0)


@pytest.mark.parametrize(("name", "seed"), [("张伟", 1), ("李秀英", 2), ("欧阳明辉", 3), ("陈", 4)])
def test_b2_demo_signatures_look_handwritten(name: str, seed: int) -> None:
    png = demo_signature(name, seed)
    assert png == demo_signature(name, seed)  # the demo data is the same on every run
    assert png != demo_signature(name, seed + 1)
    check_signature(png, "customer_signature")
    image = Image.open(io.BytesIO(png))
    assert image.width <= OUTPUT_SIZE[0] and image.height <= OUTPUT_SIZE[1]
    assert len(png) < 12_000
    ink = _ink(image)
    width, height = ink.size
    dark = ink.histogram()[255]
    # A signature, not a line and not noise: wider than tall but with tall letters, thin
    # strokes that cover a small part of the paper, and ink running across most columns.
    assert width > 1.4 * height and height > 60
    assert 0.02 < dark / (width * height) < 0.2
    columns = sum(1 for x in range(width) if ink.crop((x, 0, x + 1, height)).getbbox())
    assert columns > 0.8 * (width - 16)
    rows = sum(1 for y in range(height) if ink.crop((0, y, width, y + 1)).getbbox())
    assert rows > 0.6 * (height - 16)


def test_b2_a_signature_prints_on_a_white_form_as_it_is() -> None:
    """reportlab draws the PNG as an opaque picture: ink where the ink is, white paper around
    it (a PNG with transparency would print black or grey where it is see-through)."""
    png = demo_signature("王芳", 3)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    box_x, box_y, box_w, box_h = 72.0, 500.0, 240.0, 80.0
    canvas.rect(box_x, box_y, box_w, box_h)
    canvas.drawImage(ImageReader(io.BytesIO(png)), box_x + 4, box_y + 4, box_w - 8, box_h - 8,
                     preserveAspectRatio=True, anchor="c")
    canvas.showPage()
    canvas.save()

    scale = 2  # 144 dpi
    page = pypdfium2.PdfDocument(out.getvalue())[0]
    shown = page.render(scale=scale).to_pil().convert("L")
    top = (A4[1] - box_y - box_h) * scale
    inside = shown.crop((round((box_x + 4) * scale), round(top + 4 * scale),
                         round((box_x + box_w - 4) * scale), round(top + (box_h - 4) * scale)))
    ink = _ink(inside)
    assert ink.histogram()[255] > 300  # the signature is there
    left, upper, right, lower = ink.getbbox() or (0, 0, 0, 0)
    assert right - left > 0.5 * inside.width and lower - upper > 0.5 * inside.height  # no speck
    # The paper inside the box stays white around the ink: the picture's corners are paper.
    for corner in ((2, 2), (inside.width - 3, 2), (2, inside.height - 3),
                   (inside.width - 3, inside.height - 3)):
        assert inside.getpixel(corner) >= 250
    assert min(shown.crop((0, 0, shown.width, round(top) - 4)).getextrema()) >= 250
