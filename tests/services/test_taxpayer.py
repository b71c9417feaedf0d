"""I1: the taxpayer id of a company, the unified social credit code of GB 32100-2015."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.services import validate_taxpayer_id as public_validate
from desk.services.errors import DomainError
from desk.services.taxpayer import ALPHABET, AUTHORITIES, check_character, validate_taxpayer_id


@pytest.mark.parametrize("code", [
    "91110000600037341L",  # 工商, 企业 (python-stdnum's own example)
    "92440300MA5D11111P",  # 工商, 个体工商户
    "93110000MA12345673",  # 工商, 农民专业合作社
    "12100000400000624D",  # 机构编制, 事业单位
    "51100000500021317M",  # 民政, 社会团体
    "31110000400834282L",  # 司法行政, 律师事务所
    "A1100000MB12345676",  # 中央军委改革和编制办公室, 军队事业单位
    "N2330102MF0000012A",  # 农业, 村级集体经济组织: stdnum's validate refuses it
    "N1330106MFF8K7Q3R0",
    "Y1110108MA0000019H",  # 其他: stdnum's validate refuses it
])
def test_i1_valid_codes_including_letter_authorities(code: str) -> None:
    assert validate_taxpayer_id(code) == code
    assert public_validate(code) == code


def test_i1_python_stdnum_alone_refuses_real_n_and_y_codes() -> None:
    """Why the desk checks the format itself: stdnum wants digits in the first 8 places."""
    from stdnum.cn import uscc

    assert not uscc.is_valid("N2330102MF0000012A")
    assert not uscc.is_valid("Y1110108MA0000019H")


@pytest.mark.parametrize(("typed", "code"), [
    ("9111 0000 6000 3734 1l", "91110000600037341L"),  # spaces and lower case
    ("９１１１００００６０００３７３４１Ｌ", "91110000600037341L"),  # full-width
    (" n2330102-mf0000012a ", "N2330102MF0000012A"),
])
def test_i1_spaces_lower_case_and_full_width_are_normalised(typed: str, code: str) -> None:
    assert validate_taxpayer_id(typed) == code


def _refusal(code: str) -> DomainError:
    with pytest.raises(DomainError) as caught:
        validate_taxpayer_id(code)
    assert caught.value.field == "taxpayer_id"
    return caught.value


def test_i1_wrong_check_character_says_the_expected_one() -> None:
    error = _refusal("91110000600037341X")
    assert "check character" in error.text()
    assert error.params == {"found": "X", "expected": "L"}


def test_i1_forbidden_letter_is_named_with_its_place() -> None:
    error = _refusal("9111000060003734IL")
    assert error.params == {"char": "I", "place": 17}
    assert "never contains the letter I" in error.text()


@pytest.mark.parametrize(("code", "words"), [
    ("", "Please enter"),
    ("9111000060003734", "has 16"),
    ("91110000600037341L1", "has 19"),
    ("B1110000600037341L", "cannot start with B"),
    ("9411000060003734XX", "not a kind of organisation"),
    ("Y2110108MA0000019H", "not a kind of organisation"),
    ("911100A0600037341L", "six digits"),
    ("91110000600037341-", "has 17"),  # the hyphen is a separator, dropped
    ("91110000600037341#", "cannot be in a taxpayer id"),
])
def test_i1_refusals_say_why(code: str, words: str) -> None:
    assert words in _refusal(code).text()


def _body() -> st.SearchStrategy[str]:
    authority = st.sampled_from(sorted(AUTHORITIES))
    return authority.flatmap(lambda a: st.tuples(
        st.just(a), st.sampled_from(AUTHORITIES[a]),
        st.text("0123456789", min_size=6, max_size=6),
        st.text(ALPHABET, min_size=9, max_size=9)).map("".join))


@given(_body())
def test_i1_property_any_valid_body_with_its_check_character_passes(body: str) -> None:
    assert validate_taxpayer_id(body + check_character(body)) == body + check_character(body)


@given(_body(), st.sampled_from(ALPHABET))
def test_i1_property_any_other_check_character_fails(body: str, other: str) -> None:
    if other == check_character(body):
        return
    with pytest.raises(DomainError) as caught:
        validate_taxpayer_id(body + other)
    assert caught.value.params["expected"] == check_character(body)
