"""Money in words on payment papers (B1's special-service notice) and invoice requests (I2):
the PBoC's rules for filling in payment documents (《支付结算办法》附一), checked against their own
examples and the issue's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk.services import amount_in_words as public_amount_in_words
from desk.services.money import amount_in_words, rmb_in_words


@pytest.mark.parametrize(("amount", "words"), [
    # The rules' own examples.
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),  # cn2an alone leaves this 零 out
    ("107000.53", "壹拾万柒仟元零伍角叁分"),  # and this one
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    # Whole yuan end in 整; a fen never does.
    ("240", "贰佰肆拾元整"),
    ("1000000", "壹佰万元整"),
    ("120.50", "壹佰贰拾元零伍角"),
    ("0.05", "伍分"),
    ("1004.05", "壹仟零肆元零伍分"),
    ("100000.00", "壹拾万元整"),
    ("1000000.10", "壹佰万元零壹角"),
    ("10010.00", "壹万零壹拾元整"),
])
def test_b1_payment_notice_amount_in_capital_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words
    assert rmb_in_words(Decimal(amount)) == "人民币" + words


@pytest.mark.parametrize(("amount", "words"), [
    ("1234.50", "壹仟贰佰叁拾肆元伍角"),
    ("50", "伍拾元整"),
    ("10.05", "壹拾元零伍分"),
    ("123.45", "壹佰贰拾叁元肆角伍分"),  # DOMAIN.md I2's example
])
def test_i2_public_amount_in_words_without_currency(amount: str, words: str) -> None:
    assert public_amount_in_words(Decimal(amount)) == words
