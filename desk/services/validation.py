"""Checks on what a person typed. Each failure names the field it belongs next to."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError

NAME_MAX = 50
COMPANY_MAX = 100
MEMBER_NO_MAX = 32
NOTES_MAX = 2000

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def clean_text(value: str | None) -> str:
    """Trim, fold runs of white space inside one line, drop control characters."""
    return " ".join(_CONTROL.sub("", value or "").split())


def clean_multiline(value: str | None) -> str:
    text = _CONTROL.sub("", value or "").replace("\r", "")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip()


def person_name(value: str | None, field: str = "name") -> str:
    name = clean_text(value)
    if not name:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter a name."), field)
    if len(name) > NAME_MAX:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A name may have at most {max} characters."),
            field,
            max=NAME_MAX,
        )
    if not any(ch.isalpha() for ch in name):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "A name must contain letters or Chinese characters."),
            field,
        )
    return name


def optional_text(value: str | None, limit: int, field: str) -> str | None:
    text = clean_text(value)
    if len(text) > limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."), field, max=limit
        )
    return text or None


def notes(value: str | None, field: str = "notes", limit: int = NOTES_MAX) -> str:
    text = clean_multiline(value)
    if len(text) > limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."), field, max=limit
        )
    return text


def phone(value: str | None, field: str = "phone", required: bool = False) -> str | None:
    """A valid Chinese mobile (11 digits) or landline (area code + number), as digits.

    The ``phonenumbers`` library (Google's libphonenumber data) knows which number ranges the
    MIIT has allocated, so ``12345678901`` is refused while ``13812345678`` and ``010-62345678``
    pass. ``+86`` and separators are accepted and dropped.
    """
    # Digits typed with a Chinese input method arrive full-width (１３８…): fold them.
    raw = unicodedata.normalize("NFKC", clean_text(value))
    if not raw:
        if required:
            raise DomainError(
                QT_TRANSLATE_NOOP("DeskMessages", "Please enter a phone number."), field
            )
        return None
    invalid = DomainError(
        QT_TRANSLATE_NOOP(
            "DeskMessages",
            "“{value}” is not a valid Chinese mobile (11 digits, e.g. 13812345678) or "
            "landline with area code (e.g. 010-62345678).",
        ),
        field,
        value=raw[:30],
    )
    if not re.fullmatch(r"[0-9+()\-\s]{5,25}", raw):
        raise invalid
    phonenumbers = _phonenumbers()
    types = phonenumbers.PhoneNumberType
    mobile_types = {types.MOBILE, types.FIXED_LINE_OR_MOBILE}
    landline_types = {
        types.FIXED_LINE,
        types.FIXED_LINE_OR_MOBILE,
        types.VOIP,
        types.TOLL_FREE,
        types.UAN,
    }
    try:
        parsed = phonenumbers.parse(raw, "CN")
    except phonenumbers.NumberParseException:
        raise invalid from None
    if parsed.country_code != 86 or not phonenumbers.is_valid_number(parsed):
        raise invalid
    kind = phonenumbers.number_type(parsed)
    national = str(parsed.national_number)
    if kind in mobile_types and len(national) == 11 and national.startswith("1"):
        return national
    if kind in landline_types:
        return "0" + national
    raise invalid


@cache
def _phonenumbers() -> Any:
    """libphonenumber's data loads in ~20 ms: only when a number is first checked."""
    import phonenumbers

    return phonenumbers


def mask_phone(digits: str | None) -> str:
    """``138****5678`` (K2): the first three and last four digits stay readable."""
    if not digits:
        return ""
    if len(digits) <= 7:
        return digits[:1] + "*" * (len(digits) - 3) + digits[-2:]
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def format_phone(digits: str | None) -> str:
    """Grouped for reading aloud: ``138 1234 5678``, ``010-6234 5678``."""
    if not digits:
        return ""
    if len(digits) == 11 and digits.startswith("1"):
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(digits, "CN")
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return digits
