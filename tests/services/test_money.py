"""Money in words on payment papers (B1's special-service notice): the PBoC's rules for filling
in payment documents (《支付结算办法》附一), checked against their own examples."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desk.services.money import amount_in_words


@pytest.mark.parametrize(("amount", "words"), [
    # The rules' own examples.
    ("1680.32", "人民币壹仟陆佰捌拾元零叁角贰分"),  # cn2an alone leaves this 零 out
    ("107000.53", "人民币壹拾万柒仟元零伍角叁分"),  # and this one
    ("1409.50", "人民币壹仟肆佰零玖元伍角"),
    ("325.04", "人民币叁佰贰拾伍元零肆分"),
    # Whole yuan end in 整; a fen never does.
    ("240", "人民币贰佰肆拾元整"),
    ("1000000", "人民币壹佰万元整"),
    ("120.50", "人民币壹佰贰拾元零伍角"),
    ("0.05", "人民币伍分"),
    ("1004.05", "人民币壹仟零肆元零伍分"),
])
def test_b1_payment_notice_amount_in_capital_words(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words
