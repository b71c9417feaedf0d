"""Signatures (B2): PNG bytes kept with the record they sign, checked here without Qt.

The signature pad (desk.ui.widgets.signature_pad) draws the strokes and hands over a small
opaque PNG; whatever reaches a record passes :func:`check_signature` first, so a blank pad, a
photo renamed to ``.png`` or a damaged file is refused with a message, and nothing is saved.

The rule for "blank" is shared with the pad: ink that fits inside a
:data:`MIN_INK_EXTENT` pixel square (a click, a dot, a twitch of the pen) is not a signature.
A signature is at least a short written word, a few millimetres across; 20 px is about 5 mm
on a counter screen, larger than any dot or tremor and smaller than the shortest surname.

:func:`demo_signature` draws a believable handwritten signature for the demo data, so the
printed callback forms of the demo look like the real ones.
"""

from __future__ import annotations

import io
import itertools
import math
import random
import warnings
import zlib

from PIL import Image, ImageDraw

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError

MAX_BYTES = 512 * 1024  # the pad's PNGs are 3-15 KB; a photo is not a signature
MAX_PIXELS = (2400, 1200)  # width, height: far above the pad's 600 x 200, far below a bomb
MIN_INK_EXTENT = 20  # px: ink inside a 20 px square is a dot, not a signature
DARK = 128  # grey level (0 black, 255 white) below which a pixel counts as ink
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

# Blue-black ink, like a ballpoint: dark enough for a photocopy, and the pad draws in it too.
INK_RGB = (22, 32, 72)
# The largest PNG the pad and the demo hand over: fits the signature boxes of the forms at
# print resolution and keeps the stored bytes small.
OUTPUT_SIZE = (600, 200)
MARGIN = 8  # px of white kept around the ink when cropping
# The PNGs are palette images of 16 shades from white paper to the ink: the antialiased edges
# stay smooth and a signature takes a third of the bytes of RGB (4-9 KB instead of 13-30 KB).
INK_SHADES = 16


def ink_ramp() -> list[tuple[int, int, int]]:
    """The palette: white, then ever darker mixes, ending at the ink itself."""
    last = INK_SHADES - 1
    return [
        tuple(round(255 + (ink - 255) * shade / last) for ink in INK_RGB)  # type: ignore[misc]
        for shade in range(INK_SHADES)
    ]


def check_signature(png: bytes, field: str) -> bytes:
    """``png`` if it is a readable PNG image with a signature on it; otherwise a
    :class:`DomainError` on ``field`` that says what is wrong (B2)."""
    if not png:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "Nothing is signed yet: please sign on the pad."),
            field,
        )
    if len(png) > MAX_BYTES:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The signature image is {size} KB; at most {max} KB can be kept. Please sign "
                "on the pad again.",
            ),
            field, size=math.ceil(len(png) / 1024), max=MAX_BYTES // 1024,
        )
    if not png.startswith(PNG_MAGIC):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The signature is not a PNG image."), field
        )
    image = _decoded(png, field)
    if not _has_signature(image):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "The signature is blank or only a dot: please sign on the pad again.",
            ),
            field,
        )
    return png


def _decoded(png: bytes, field: str) -> Image.Image:
    damaged = DomainError(
        QT_TRANSLATE_NOOP("DeskMessages", "The signature image is damaged and cannot be read."),
        field,
    )
    try:
        with warnings.catch_warnings():
            # A huge declared size is refused before a single row is decoded.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(png), formats=["PNG"])
            width, height = image.size
            if width > MAX_PIXELS[0] or height > MAX_PIXELS[1]:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DeskMessages",
                        "The signature image is {width} × {height} pixels; at most {max_width} "
                        "× {max_height} can be kept. Please sign on the pad again.",
                    ),
                    field, width=width, height=height,
                    max_width=MAX_PIXELS[0], max_height=MAX_PIXELS[1],
                )
            image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "The signature image is too large to be read."),
            field,
        ) from exc
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        # Pillow says "truncated", "broken data stream", "not a PNG file" in these.
        raise damaged from exc
    return image


def _has_signature(image: Image.Image) -> bool:
    """Dark ink whose bounding box reaches :data:`MIN_INK_EXTENT` in width or height. A
    transparent image is judged as it prints: over white paper."""
    rgba = image.convert("RGBA")
    paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    grey = Image.alpha_composite(paper, rgba).convert("L")
    ink = grey.point(lambda level: 255 if level < DARK else 0)
    box = ink.getbbox()
    if box is None:
        return False
    left, top, right, bottom = box
    return max(right - left, bottom - top) >= MIN_INK_EXTENT


# --- The demo's signatures ------------------------------------------------------------------

_SUPERSAMPLE = 3  # drawn at 3x and scaled down: Pillow's lines have no antialiasing of their own


def demo_signature(name: str, seed: int) -> bytes:
    """A handwritten-looking signature PNG for ``name``, the same for the same name and seed:
    a tall flourished first letter, one cursive run of loops per further character of the
    name, slanted like a fast hand, and an underline stroke. Shaped like the pad's output
    (blue-black ink on white, cropped to the ink, at most :data:`OUTPUT_SIZE`)."""
    rng = random.Random(zlib.crc32(name.encode("utf-8")) * 7919 + seed)
    strokes = _handwriting(rng, max(2, min(len(name), 4)))
    return _render(strokes)


Point = tuple[float, float]


def _handwriting(rng: random.Random, words: int) -> list[list[tuple[float, float, float]]]:
    """Strokes as (x, y, pen width) points, y pointing down, in output pixels before scaling."""
    slant = rng.uniform(0.25, 0.5)  # how far the letters lean forward
    x_height = rng.uniform(20, 27)
    strokes: list[list[Point]] = []
    x = 0.0
    for word in range(words):
        run: list[Point] = []
        loops = rng.randint(2, 4) if word == 0 else rng.randint(3, 6)
        advance = x_height * rng.uniform(0.75, 1.0)  # width of one loop
        loop_width = advance * rng.uniform(0.25, 0.45)  # > advance / 2 pi: the pen turns back
        heights = []
        for i in range(loops):
            if word == 0 and i == 0:
                heights.append(x_height * rng.uniform(2.4, 3.2))  # the capital
            elif rng.random() < 0.25:
                heights.append(x_height * rng.uniform(1.8, 2.5))  # an ascender: l, h, k
            elif rng.random() < 0.15:
                heights.append(-x_height * rng.uniform(1.2, 1.8))  # a descender: g, y
            else:
                heights.append(x_height * rng.uniform(0.7, 1.1))
        steps = 28
        # A lead-in from below the baseline, as a pen lands moving.
        run.extend((x - x_height * (1 - t) * 0.8, x_height * 0.5 * (1 - t) ** 2)
                   for t in (j / 6 for j in range(6)))
        for i, height in enumerate(heights):
            width = loop_width * (1.6 if word == 0 and i == 0 else 1.0)
            for j in range(steps):
                theta = 2 * math.pi * j / steps
                px = x + advance * theta / (2 * math.pi) - width * math.sin(theta)
                py = -height * (1 - math.cos(theta)) / 2
                run.append((px, py))
            x += advance * (1.3 if word == 0 and i == 0 else 1.0)
        # A rising exit flick.
        run.extend((x + advance * 0.9 * t, -x_height * 0.9 * t * t)
                   for t in (j / 8 for j in range(9)))
        strokes.append(run)
        x += advance * rng.uniform(1.2, 2.0)  # the gap between the characters
    # The underline: a flat swoosh back under the name, dipping in the middle.
    start, end = x - x_height * rng.uniform(0.5, 1.5), x_height * rng.uniform(-0.5, 0.8)
    depth = x_height * rng.uniform(0.5, 0.9)
    sweep = [(start + (end - start) * t, depth + x_height * 0.5 * math.sin(math.pi * t)
              - x_height * 0.4 * t) for t in (j / 40 for j in range(41))]
    strokes.append(sweep)

    phase, wave = rng.uniform(0, 2 * math.pi), rng.uniform(0.8, 1.8)
    ink = rng.uniform(2.5, 3.1)
    shaped: list[list[tuple[float, float, float]]] = []
    for stroke in strokes:
        points: list[tuple[float, float, float]] = []
        for index, (px, py) in enumerate(stroke):
            # A hand drifts off a straight baseline; the letters lean by ``slant``.
            py += wave * math.sin(px / 45 + phase)
            along = index / max(1, len(stroke) - 1)
            taper = min(1.0, 0.35 + along * 4, 0.35 + (1 - along) * 5)  # thin as the pen lands
            points.append((px - py * slant, py, ink * taper))
        shaped.append(points)
    return shaped


def _render(strokes: list[list[tuple[float, float, float]]]) -> bytes:
    xs = [p[0] for stroke in strokes for p in stroke]
    ys = [p[1] for stroke in strokes for p in stroke]
    left, top = min(xs) - MARGIN, min(ys) - MARGIN
    width, height = max(xs) + MARGIN - left, max(ys) + MARGIN - top
    scale = min(1.0, OUTPUT_SIZE[0] / width, OUTPUT_SIZE[1] / height)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    big = Image.new("RGB", (size[0] * _SUPERSAMPLE, size[1] * _SUPERSAMPLE), "white")
    draw = ImageDraw.Draw(big)
    factor = scale * _SUPERSAMPLE
    for stroke in strokes:
        points = [((x - left) * factor, (y - top) * factor, w * _SUPERSAMPLE)
                  for x, y, w in stroke]
        for (x0, y0, w0), (x1, y1, w1) in itertools.pairwise(points):
            pen = (w0 + w1) / 2
            draw.line((x0, y0, x1, y1), fill=INK_RGB, width=max(1, round(pen)))
            radius = pen / 2  # round joints, so the segments join without notches
            draw.ellipse((x1 - radius, y1 - radius, x1 + radius, y1 + radius), fill=INK_RGB)
    small = big.reduce(_SUPERSAMPLE)  # the mean of each 3 x 3 block: the antialiasing
    palette = Image.new("P", (1, 1))
    palette.putpalette([level for colour in ink_ramp() for level in colour])
    shaded = small.quantize(palette=palette, dither=Image.Dither.NONE)
    out = io.BytesIO()
    shaded.save(out, format="PNG")
    return out.getvalue()
