"""The CJK font ships with the desk and embeds in PDFs, so Chinese never prints as boxes."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk.reports.fonts import FONT_FILE, cjk_font


def test_font_and_licence_ship_in_resources() -> None:
    assert FONT_FILE.exists() and FONT_FILE.stat().st_size > 1_000_000
    assert (FONT_FILE.parent / "LICENSE-wqy-microhei.txt").exists()


def test_pdf_embeds_a_subset_of_the_cjk_font(tmp_path: Path) -> None:
    path = tmp_path / "font.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(cjk_font(), 14)
    pdf.drawString(72, 760, "回访记录表 客户签字 售后服务台")
    pdf.save()
    data = path.read_bytes()
    assert b"/FontFile2" in data  # an embedded TrueType program, not a reference
    assert b"WenQuanYi" in data or b"wqy" in data.lower()
