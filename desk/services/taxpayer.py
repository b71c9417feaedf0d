"""The taxpayer id on a company's invoice (I1): the unified social credit code (统一社会信用代码)
of GB 32100-2015, 18 characters.

1st: the registration authority (登记管理部门代码), 2nd: the kind of organisation under it
(机构类别代码), as the standard and its amendments list them (:data:`AUTHORITIES`: letters
included, A for the military's establishment office, N agriculture, Y other); 3rd-8th: the
administrative division (GB/T 2260, six digits); 9th-17th: the organisation's code (GB 11714);
18th: the check character over the first 17 (GB/T 17710 MOD 31-3 with the standard's weights).

python-stdnum's ``cn.uscc`` computes the check character right and is used for it; its
``validate`` demands digits in the first eight places and so refuses real codes such as
``N2…`` and ``Y1…``: the format is checked here instead, saying which rule a code breaks.
"""

from __future__ import annotations

import unicodedata

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.validation import clean_text

LENGTH = 18
# The 31 characters of the code: digits and capitals without I, O, Z, S, V.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
FORBIDDEN = "IOZSV"

# GB 32100-2015 table 1 and its amendment: registration authority -> organisation kinds.
AUTHORITIES: dict[str, str] = {
    "1": "1239",  # 机构编制: 机关, 事业单位, 中央编办直管的群众团体, 其他
    "2": "19",  # 外交: 外国常驻新闻机构, 其他
    "3": "123459",  # 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
    "4": "19",  # 文化: 外国在华文化中心, 其他
    "5": "1239",  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "6": "129",  # 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
    "7": "129",  # 宗教: 宗教活动场所, 宗教院校, 其他
    "8": "19",  # 工会: 基层工会, 其他
    "9": "123",  # 工商 (市场监管): 企业, 个体工商户, 农民专业合作社
    "A": "19",  # 中央军委改革和编制办公室: 军队事业单位, 其他
    "N": "1239",  # 农业: 组级, 村级, 乡镇级集体经济组织, 其他
    "Y": "1",  # 其他: not divided, always 1
}


def check_character(body: str) -> str:
    """The 18th character for the first 17 (already upper case, from :data:`ALPHABET`)."""
    from stdnum.cn import uscc  # the maintained implementation of the MOD 31 check

    return str(uscc.calc_check_digit(body))


def normalise(text: str | None) -> str:
    """What was typed, as the code is written: full-width forms folded (NFKC), spaces and
    hyphens dropped, upper case."""
    raw = unicodedata.normalize("NFKC", clean_text(text, "taxpayer_id"))
    return raw.replace(" ", "").replace("-", "").upper()


def validate_taxpayer_id(text: str, field: str = "taxpayer_id") -> str:
    """The normalised code, or a :class:`DomainError` next to ``field`` saying what is wrong:
    the length, a character not in the code's alphabet (naming it and its place), an unknown
    registration authority or organisation kind, the division, or the check character
    (naming the one expected)."""
    code = normalise(text)
    if not code:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Please enter the taxpayer id (unified social credit code)."), field)
    if len(code) != LENGTH:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A taxpayer id has 18 characters; this one has {count}."), field,
            count=len(code))
    for place, char in enumerate(code, start=1):
        if char in FORBIDDEN:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "A taxpayer id never contains the letter {char} (at place "
                "{place}): I, O, Z, S and V are not used."), field, char=char, place=place)
        if char not in ALPHABET:
            raise DomainError(QT_TRANSLATE_NOOP(
                "DeskMessages", "“{char}” (at place {place}) cannot be in a taxpayer id: only "
                "digits and capital letters."), field, char=char, place=place)
    kinds = AUTHORITIES.get(code[0])
    if kinds is None:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "A taxpayer id cannot start with {char}: no registration authority "
            "has this code."), field, char=code[0])
    if code[1] not in kinds:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The second character {char} is not a kind of organisation that "
            "authority {authority} registers (possible: {kinds})."), field, char=code[1],
            authority=code[0], kinds=", ".join(kinds))
    if not code[2:8].isdigit():
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "Places 3 to 8 of a taxpayer id are the six digits of a region "
            "code."), field)
    expected = check_character(code[:17])
    if code[17] != expected:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "The taxpayer id's check character is wrong: {found} was typed, "
            "the code needs {expected}. Please compare it with the customer's licence."),
            field, found=code[17], expected=expected)
    return code
