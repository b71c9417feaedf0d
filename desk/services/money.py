"""Money as the desk takes, shows and prints it: exact Decimal yuan (C9, B1's special-service
fee, and the invoices next), the way a clerk types it, and in Chinese capital words (大写) for
papers a customer pays against."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desk.services.errors import QT_TRANSLATE_NOOP, DomainError
from desk.services.validation import clean_text

AMOUNT_MAX = Decimal("9999999999.99")  # Numeric(12, 2)

# A yuan amount as typed, after full-width forms are folded: digits with optional thousands
# separators and decimals. The sign is looked at separately to say "negative" plainly.
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+")


def parse_amount(text: str | None, field: str = "amount") -> Decimal:
    """What a clerk typed as a yuan amount, exactly: ``1,234.50``, ``１２３４.５``, ``￥1234.5``,
    ``1234.5元``. Refused with a message next to ``field``: empty, not a number, negative,
    more than two decimals (fen are the smallest unit), over 9,999,999,999.99."""
    raw = unicodedata.normalize("NFKC", clean_text(text, field))
    # NFKC folds full-width digits, "，" and "．"; "￥" (U+FFE5) becomes "¥" (U+00A5).
    raw = raw.replace(" ", "").replace("¥", "").replace("元", "").replace("RMB", "")
    if not raw:
        raise DomainError(QT_TRANSLATE_NOOP("DeskMessages", "Please enter the amount."), field)
    if raw.startswith("-") or raw.startswith("−"):
        raise DomainError(
            QT_TRANSLATE_NOOP("DeskMessages", "An amount cannot be negative."), field)
    if raw.startswith("+"):
        raw = raw[1:]
    if not _AMOUNT.fullmatch(raw):
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not an amount in yuan (e.g. 1234.50)."),
            field, value=raw[:30])
    whole, _, fraction = raw.partition(".")
    if len(fraction) > 2:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An amount has at most two decimals (fen)."), field)
    try:
        amount = Decimal(whole.replace(",", "") or "0") + (
            Decimal("0." + fraction) if fraction else Decimal(0))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "“{value}” is not an amount in yuan (e.g. 1234.50)."),
            field, value=raw[:30]) from None
    if amount > AMOUNT_MAX:
        raise DomainError(QT_TRANSLATE_NOOP(
            "DeskMessages", "An amount can be at most {max} yuan."), field,
            max="9,999,999,999.99")
    return amount.quantize(Decimal("0.01"))


def format_amount(amount: Decimal | None) -> str:
    """``¥1,234.50`` as the desk shows and prints money; nothing for no amount."""
    return "" if amount is None else f"¥{amount:,.2f}"


def amount_in_words(amount: Decimal) -> str:
    """``壹仟陆佰捌拾元零叁角贰分``: the capital amount (大写) of a payment paper or an invoice
    request, as the People's Bank of China's rules for filling in payment documents
    (《支付结算办法》附一) write it; a paper that prints it puts "人民币" in front itself
    (:func:`rmb_in_words`).

    cn2an (maintained, used for Chinese numerals) writes the capitals, but leaves out the 零
    the rules' own examples put between 元 and 角 when the yuan ends in 0 and the jiao does
    not (¥1680.32 → 壹仟陆佰捌拾元零叁角贰分, ¥107000.53 → 壹拾万柒仟元零伍角叁分): that 零 is
    added here. Whole yuan end in 整, fen never do."""
    import cn2an  # loaded with the first paper that needs it, not at start

    value = amount.quantize(Decimal("0.01"))
    if value < 0:
        raise ValueError("a payment paper's amount is not negative")
    words = str(cn2an.an2cn(f"{value:.2f}", "rmb"))
    whole = int(value)
    jiao = int(value * 10) % 10
    if whole and whole % 10 == 0 and jiao and "元零" not in words:
        words = words.replace("元", "元零", 1)
    return words


def rmb_in_words(amount: Decimal) -> str:
    """``人民币壹仟陆佰捌拾元零叁角贰分``: the capital amount with the currency in front, as a
    payment paper's "amount in words" box holds it."""
    return "人民币" + amount_in_words(amount)
