"""The CJK font every PDF embeds, registered once with reportlab.

WenQuanYi Micro Hei ships inside the package, in ``desk/resources/fonts`` (Apache-2.0 / GPLv3
with font exception), so an installed desk finds it wherever it runs from. It is TrueType,
which reportlab subsets and embeds; OpenType-CFF fonts such as Noto CJK it cannot.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk.resources import FONT_FILE

__all__ = ["FONT_FILE", "FONT_NAME", "cjk_font"]

FONT_NAME = "WenQuanYiMicroHei"


@cache
def cjk_font() -> str:
    """Register the font (once) and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0))
    return FONT_NAME
