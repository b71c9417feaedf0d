"""Form documents as PDF (DESIGN "Printing: one path"; C5 the acknowledgement, C3 the handling
slip; B4 the signed callback record follows on the same renderer).

The PDFs are read back with poppler's tools (pdftotext, pdfinfo, pdfimages, pdffonts), as
another program would read them: what a test sees is what a viewer or a printer gets.
"""

from __future__ import annotations

import io
import random
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.pdfbase import pdfmetrics

from desk.reports.fonts import cjk_font
from desk.reports.forms import (
    FormDocument,
    FormRow,
    FormSection,
    PageWords,
    SignatureBox,
    render_forms,
)

WORDS = PageWords(page_of="第 {page} 页，共 {pages} 页", reference="编号：{reference}")


def acknowledgement(**changes: object) -> FormDocument:
    fields: dict[str, object] = {
        "store_name": "华联电器城 售后服务台",
        "title": "投诉受理回执",
        "reference": "TS-2026-000123",
        "sections": (
            FormSection("投诉信息", (
                FormRow("投诉人", "张三"),
                FormRow("受理渠道", "来访"),
                FormRow("承诺答复日期", "2026-11-30"),
                FormRow("投诉内容", "冰箱冷藏室不制冷，要求更换。", wide=True),
            )),
        ),
        "notice": "请保管本回执，凭投诉编号查询处理进度。",
        "signatures": (SignatureBox("受理人", "李四", "2026-11-25"), SignatureBox("投诉人签字")),
        "footer": "打印：李四 2026-11-25 10:35",
    }
    fields.update(changes)
    return FormDocument(**fields)  # type: ignore[arg-type]


def written(tmp_path: Path, pdf: bytes, name: str = "form.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    assert match, info.stdout
    return int(match.group(1))


def page_text(path: Path, page: int, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path),
         "-"],
        capture_output=True, text=True, check=True,
    ).stdout


def squeezed(text: str) -> str:
    """Text without the line breaks and spaces a viewer puts where lines wrap."""
    return re.sub(r"\s+", "", text)


def images_on(path: Path) -> list[str]:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    return listing[2:]  # after the two header lines


def signature_png() -> bytes:
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    ImageDraw.Draw(image).line([(10, 80), (60, 20), (120, 90), (200, 30), (290, 70)],
                               fill=(10, 30, 120, 255), width=4)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_c5_acknowledgement_shows_number_and_promised_date_as_extractable_text(
    tmp_path: Path,
) -> None:
    path = written(tmp_path, render_forms([acknowledgement()], WORDS))
    assert page_count(path) == 1
    text = squeezed(page_text(path, 1))
    for expected in ("华联电器城售后服务台", "投诉受理回执", "编号：TS-2026-000123",
                     "承诺答复日期", "2026-11-30", "冰箱冷藏室不制冷，要求更换。",
                     "请保管本回执，凭投诉编号查询处理进度。", "受理人", "李四", "投诉人签字",
                     "打印：李四2026-11-2510:35", "第1页，共1页"):
        assert expected in text, expected


def test_the_cjk_font_is_embedded_as_a_subset_and_nothing_else_is_referenced(
    tmp_path: Path,
) -> None:
    pdf = render_forms([acknowledgement()], WORDS)
    assert b"/FontFile2" in pdf  # the TrueType program itself travels with the file
    assert re.search(rb"/BaseFont /[A-Z]{6}\+WenQuanYiMicroHei", pdf)
    fonts = subprocess.run(["pdffonts", str(written(tmp_path, pdf))], capture_output=True,
                           text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts  # emb sub uni


def test_the_shipped_font_draws_the_marks_forms_use() -> None:
    face = pdfmetrics.getFont(cjk_font()).face
    for char in "副本￥×①编号签字":
        assert ord(char) in face.charToGlyph, char


def test_5000_characters_of_chinese_flow_onto_the_next_page_without_loss(tmp_path: Path) -> None:
    rng = random.Random(6)
    frame = acknowledgement()
    fixed = {char for char in repr(frame) + "第页共"}  # the header's, footer's, labels' words
    alphabet = [chr(code) for code in range(0x4E00, 0x9FA6) if chr(code) not in fixed]
    statement = "".join(rng.choice(alphabet) for _ in range(5000))
    document = acknowledgement(sections=(FormSection("投诉信息", (
        FormRow("投诉人", "张三"),
        FormRow("投诉内容", statement, wide=True),
        FormRow("受理渠道", "来访"),
    )),))
    path = written(tmp_path, render_forms([document], WORDS))
    pages = page_count(path)
    assert pages >= 2
    texts = [squeezed(page_text(path, n)) for n in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        # The header repeats on every page, the footer counts this document's pages.
        assert "投诉受理回执" in text and "编号：TS-2026-000123" in text
        assert f"第{number}页，共{pages}页" in text
    # Every character, in order, none lost or repeated at a page break.
    letters = set(alphabet)
    assert "".join(char for text in texts for char in text if char in letters) == statement
    assert "来访" in texts[-1]  # what follows the long row comes after it


def test_each_document_starts_on_its_own_page_and_counts_its_own_pages(tmp_path: Path) -> None:
    first = acknowledgement()
    second = acknowledgement(title="受理处理单", reference="TS-2026-000124")
    path = written(tmp_path, render_forms([first, second], WORDS))
    assert page_count(path) == 2
    one, two = squeezed(page_text(path, 1)), squeezed(page_text(path, 2))
    assert "投诉受理回执" in one and "受理处理单" not in one
    assert "受理处理单" in two and "TS-2026-000124" in two
    assert "第1页，共1页" in one and "第1页，共1页" in two


def test_a_reprint_is_marked_as_a_copy_on_every_page(tmp_path: Path) -> None:
    long_text = "顾客陈述" * 900
    sections = (FormSection("投诉信息", (FormRow("投诉内容", long_text, wide=True),)),)
    original = written(tmp_path, render_forms([acknowledgement(sections=sections)], WORDS), "o.pdf")
    copy = written(
        tmp_path,
        render_forms([acknowledgement(sections=sections, copy_mark="副本")], WORDS),
        "c.pdf",
    )
    pages = page_count(copy)
    assert pages >= 2
    for number in range(1, pages + 1):
        # -raw: in drawing order, the slanted mark's two characters next to each other
        assert "副本" in squeezed(page_text(copy, number, "-raw"))
        assert "副本" not in squeezed(page_text(original, number, "-raw"))


def test_b4_a_drawn_signature_is_embedded_as_an_image_and_an_empty_box_has_none(
    tmp_path: Path,
) -> None:
    unsigned = written(tmp_path, render_forms([acknowledgement()], WORDS), "unsigned.pdf")
    assert images_on(unsigned) == []
    signed = acknowledgement(signatures=(
        SignatureBox("客户签字", "张三", "2026-11-25 15:00", signature_png()),
        SignatureBox("回访人", "李四", "2026-11-25 15:00"),
    ))
    path = written(tmp_path, render_forms([signed], WORDS), "signed.pdf")
    kinds = [(line.split()[2], int(line.split()[3]), int(line.split()[4]))
             for line in images_on(path)]
    # The drawn image itself, not re-sampled, with its transparency (a soft mask) kept, so
    # the ink sits on the form and not on a white patch.
    assert kinds == [("image", 300, 100), ("smask", 300, 100)]
    text = squeezed(page_text(path, 1))
    assert "客户签字" in text and "回访人" in text


def test_text_that_looks_like_markup_prints_as_typed(tmp_path: Path) -> None:
    typed = "型号 <BCD-452> & 价格 ￥3,299.00 × 1 ① 第二行"
    document = acknowledgement(sections=(FormSection("投诉信息", (
        FormRow("投诉内容", typed.replace(" 第二行", "\n第二行"), wide=True),
    )),))
    text = page_text(written(tmp_path, render_forms([document], WORDS)), 1)
    assert "型号 <BCD-452> & 价格 ￥3,299.00 × 1 ①" in text
    assert "第二行" in text


def test_short_rows_pair_up_and_a_lone_one_takes_the_line(tmp_path: Path) -> None:
    rows = tuple(FormRow(f"标签{n}", f"值{n}") for n in range(1, 4))
    document = acknowledgement(sections=(FormSection("信息", rows),))
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8",
         str(written(tmp_path, render_forms([document], WORDS))), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    lines = [squeezed(line) for line in layout.splitlines()]
    assert "标签1值1标签2值2" in lines  # two pairs side by side: a four-column form
    assert "标签3值3" in lines


def test_nothing_to_render_is_refused() -> None:
    with pytest.raises(ValueError):
        render_forms([], WORDS)


def test_lines_break_like_chinese_paper_closing_marks_stay_and_latin_words_stay_whole() -> None:
    from desk.reports.forms import Measure

    measure = Measure(cjk_font())
    em = measure.width("中") * 10  # one Chinese character at 10 pt
    # Five characters a line: the comma that would start the second line stays on the first.
    lines = measure.lines("冰箱不制冷，要求更换新机。", 5 * em + 0.1, 10)
    assert lines[0] == "冰箱不制冷，" and not any(line[:1] in "，。" for line in lines)
    assert "".join(lines) == "冰箱不制冷，要求更换新机。"  # nothing lost, nothing added
    # A model number is not cut in the middle while a space allows a break before it.
    latin = measure.lines("型号 BCD-452WPDP 冰箱", 8 * em, 10)
    assert "BCD-452WPDP" in "".join(latin) and any(line.startswith("BCD") for line in latin)
    # Line breaks the clerk typed are kept, an empty line included.
    assert measure.lines("第一行\n\n第三行", 20 * em, 10) == ["第一行", "", "第三行"]
