"""Text cleaning and search keys over any input (hypothesis), not only the characters someone
thought of: whatever is typed or pasted, what is stored is printable, storable UTF-8, and
found again by the same text (issue 5, section 6; K1)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.services.errors import DomainError
from desk.services.searchkeys import KEY_MAX, customer_keys, fold, normalise_query
from desk.services.validation import clean_multiline, clean_text, person_name

# Every code point, lone surrogates included (hypothesis leaves them out unless asked).
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=80)
INVISIBLE = ("Cc", "Cf", "Cs")


def _has_surrogate(text: str) -> bool:
    return any(unicodedata.category(ch) == "Cs" for ch in text)


@settings(max_examples=300, deadline=None, database=None)
@given(ANY_TEXT)
def test_one_line_text_is_printable_storable_and_stable(text: str) -> None:
    if _has_surrogate(text):
        with pytest.raises(DomainError):
            clean_text(text, "name")
        return
    cleaned = clean_text(text, "name")
    cleaned.encode("utf-8")  # storable: never a UnicodeEncodeError in the database driver
    assert not any(unicodedata.category(ch) in INVISIBLE for ch in cleaned)
    assert cleaned == cleaned.strip() and "\n" not in cleaned and "  " not in cleaned
    assert clean_text(cleaned) == cleaned


@settings(max_examples=300, deadline=None, database=None)
@given(ANY_TEXT)
def test_notes_are_printable_storable_and_stable(text: str) -> None:
    if _has_surrogate(text):
        with pytest.raises(DomainError):
            clean_multiline(text, "notes")
        return
    cleaned = clean_multiline(text, "notes")
    cleaned.encode("utf-8")
    assert not any(
        unicodedata.category(ch) in INVISIBLE for ch in cleaned if ch != "\n"
    )
    assert clean_multiline(cleaned) == cleaned


@settings(max_examples=200, deadline=None, database=None)
@given(ANY_TEXT)
def test_k1_a_customer_is_found_by_the_name_as_typed(text: str) -> None:
    """Searching for the whole name finds its key: keys and query share one form."""
    try:
        name = person_name(text)
    except DomainError:
        return
    keys = customer_keys(name, None, None, None)
    query = normalise_query(name)
    assert query and any(key.startswith(query) for key in keys), (name, query)
    assert all(len(key) <= KEY_MAX for key in keys)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_k1_fold_is_stable(text: str) -> None:
    """A key folded once does not change when folded again: a stored key typed back into
    the search box is found."""
    assert fold(fold(text)) == fold(text)
