"""Checks on what a person typed. Each failure names the field it belongs next to."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError, FieldRefusals

T = TypeVar("T")

NAME_MAX = 50
COMPANY_MAX = 100
MEMBER_NO_MAX = 32
NOTES_MAX = 2000

# Format characters (Unicode category Cf) are invisible and can disguise a text on screen and
# on a printed record: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069;
# U+202E turns "张三" around), LRM/RLM, zero-width spaces (U+200B–U+200F), the word joiner
# U+2060 and the byte order mark U+FEFF. They are dropped from every text, notes too, not
# refused: the clerk cannot see what to remove. (An emoji sequence joined by U+200D falls apart
# into its single emoji: a small price for one rule everywhere.)
SURROGATE = re.compile("[\ud800-\udfff]")
# The white space a keyboard makes; every other control character (C0, DEL, C1 including
# U+0085) is dropped before white space is folded.
_WHITE = frozenset("\t\n\r\x0b\x0c")


class Checks:
    """A form's field checks run together, so the clerk sees every wrong field at once
    instead of one refusal per save::

        checks = Checks()
        name = checks(lambda: person_name(data.name, "name"), "")
        digits = checks(lambda: phone(data.phone, "phone", required=True), "")
        checks.done()  # raises the one error, or FieldRefusals with all, in the form's order

    A check that needs an earlier field's value runs after :meth:`done` of the first group,
    or only when that value came through (``checks.ok``)."""

    def __init__(self) -> None:
        self._errors: list[DomainError] = []

    def __call__(self, check: Callable[[], T], fallback: T) -> T:
        try:
            return check()
        except FieldRefusals as several:  # a check that gathers its own
            self._errors.extend(several.errors)
            return fallback
        except DomainError as error:
            self._errors.append(error)
            return fallback

    def refuse(self, error: DomainError) -> None:
        """A refusal found without a check function (one field against another)."""
        self._errors.append(error)

    @property
    def ok(self) -> bool:
        return not self._errors

    def done(self) -> None:
        if len(self._errors) == 1:
            raise self._errors[0]
        if self._errors:
            raise FieldRefusals(self._errors)


def refuse_broken(text: str, field: str | None) -> None:
    """A lone surrogate (half of a character, from a broken paste or a bad input method)
    cannot be stored in UTF-8: say so next to the field instead of failing in the database."""
    if SURROGATE.search(text):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DeskMessages",
                "This text contains a broken character (often from copying and pasting). "
                "Please type it again.",
            ),
            field,
        )


def _visible(text: str) -> str:
    """Drop control characters (C0, DEL and C1 U+0080–U+009F) and format characters (Cf:
    bidi controls, zero-width characters, soft hyphens).

    The keyboard's white space stays for the callers to fold.
    """
    return "".join(
        ch for ch in text
        if ch in _WHITE or unicodedata.category(ch) not in ("Cc", "Cf")
    )


def clean_text(value: str | None, field: str | None = None) -> str:
    """One line of text as it is stored: trimmed, runs of white space folded to one space,
    control and invisible format characters dropped (a name can then not disguise itself on
    a printed record, see docs/DECISIONS.md). A broken character is refused next to ``field``.
    """
    text = value or ""
    refuse_broken(text, field)
    return " ".join(_visible(text).split())


def clean_multiline(value: str | None, field: str | None = None) -> str:
    """Notes: lines kept, each line cleaned like :func:`clean_text`; tabs become spaces."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    refuse_broken(text, field)
    lines = [" ".join(line.split()) for line in _visible(text).split("\n")]
    return "\n".join(lines).strip()


def person_name(value: str | None, field: str = "name") -> str:
    name = clean_text(value, field)
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


def line_text(value: str | None, field: str, limit: int, required: str | None = None) -> str:
    """A one-line box as stored: cleaned, at most ``limit`` characters; empty is refused
    with ``required`` (the message) when one is given."""
    text = clean_text(value, field)
    if required and not text:
        raise DomainError(required, field)
    if len(text) > limit:
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "At most {max} characters, please."), field, max=limit
        )
    return text


def optional_text(value: str | None, limit: int, field: str) -> str | None:
    return line_text(value, field, limit) or None


def notes(value: str | None, field: str = "notes", limit: int = NOTES_MAX) -> str:
    text = clean_multiline(value, field)
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
    raw = unicodedata.normalize("NFKC", clean_text(value, field))
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
