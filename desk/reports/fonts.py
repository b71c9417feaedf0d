"""The CJK font every PDF embeds, registered once with reportlab.

WenQuanYi Micro Hei ships in ``resources/fonts`` (Apache-2.0 / GPLv3 with font exception). It
is TrueType, which reportlab subsets and embeds; OpenType-CFF fonts such as Noto CJK it cannot.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"


@cache
def cjk_font() -> str:
    """Register the font (once) and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0))
    return FONT_NAME
