"""The spellings a customer can be found by (K1): phone digits, name, pinyin.

Each key is stored in ``customer_search_keys`` in :func:`fold` form, the same form the query
takes (NFKC and case-folded: ``ＡＢＣ`` → ``abc``, ``ⅱ`` → ``ii``, ``ﬁ`` → ``fi``, ``²`` → ``2``),
and matched by prefix through an index range, so "any part" is made findable by storing
suffixes: ``5678`` is a prefix of the phone's suffix ``5678``, ``三`` a prefix of the name's
suffix ``三``. Pinyin comes from
``pypinyin`` (maintained, with phrase and surname data): the initials (``zs`` → 张三) and the
full spelling (``zhangsan``). Common heteronym surnames (曾 zeng/ceng, 单 shan/dan) get both
spellings so the clerk finds them whichever way they type.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from desk.services.validation import clean_text

KEY_MAX = 64
MIN_PHONE_SUFFIX = 3
_MAX_SPELLINGS = 4
# Top of the code point range: ``key < prefix + HIGH`` ends a prefix range in byte order.
HIGH = "\U0010ffff"
_SURROGATES = re.compile("[\ud800-\udfff]")


def fold(text: str) -> str:
    """The one form keys and queries are compared in: compatibility characters (full-width
    letters and digits from a Chinese input method, ligatures, roman numerals, superscripts)
    become their plain spelling, case is folded, white space removed.

    Repeated until nothing changes (at most three rounds, in practice one or two): casefold
    and removing a space can leave characters that NFKC would still compose (``O¨`` becomes
    ``o`` + combining diaeresis, then ``ö``), and a stored key typed back must fold to itself.
    """
    folded = text
    for _ in range(3):
        step = unicodedata.normalize(
            "NFKC", "".join(unicodedata.normalize("NFKC", folded).casefold().split())
        )
        if step == folded:
            break
        folded = step
    return folded


def _spellings(name: str) -> list[list[str]]:
    """Full pinyin syllables per character, with heteronyms for the first (the surname)."""
    # pypinyin loads its phrase dictionary on import (~0.6 s): only when a name is indexed,
    # never at start-up.
    from pypinyin import Style, lazy_pinyin, pinyin

    chars = [ch for ch in name if not ch.isspace()]
    if not chars:
        return []
    body = lazy_pinyin("".join(chars), errors="default")
    first_options = pinyin(chars[0], heteronym=True, style=Style.NORMAL, errors="default")[0]
    options = [first_options[:_MAX_SPELLINGS]] + [[s] for s in body[1:]]
    if not options[0]:
        options[0] = [body[0]]
    combos = [list(c) for c in itertools.islice(itertools.product(*options), _MAX_SPELLINGS)]
    if body and body not in combos:
        combos.insert(0, body)
    return combos


def pinyin_keys(text: str) -> set[str]:
    keys: set[str] = set()
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return keys
    for syllables in _spellings(text):
        syllables = [s.lower() for s in syllables if s.strip()]
        if not syllables:
            continue
        keys.add("".join(s[0] for s in syllables if s[0].isalnum()))
        keys.add("".join(syllables))
    return {k for k in keys if k}


def _suffixes(text: str, shortest: int = 1) -> set[str]:
    return {text[i:] for i in range(len(text) - shortest + 1) if text[i:]}


def customer_keys(
    name: str, phone: str | None, member_no: str | None, company: str | None
) -> set[str]:
    keys: set[str] = set()
    compact_name = fold(name)
    keys |= _suffixes(compact_name)
    keys |= pinyin_keys(compact_name)
    if phone:
        keys |= _suffixes(fold(phone), MIN_PHONE_SUFFIX)
    if member_no:
        keys.add(fold(member_no))
    if company:
        compact_company = fold(company)
        keys.add(compact_company)
        keys |= pinyin_keys(compact_company)
    return {k[:KEY_MAX] for k in keys if k}


def normalise_query(text: str) -> str:
    """What the clerk typed, as it is stored (:func:`fold`), phone separators dropped.

    A broken character (lone surrogate) is dropped rather than refused: the search box answers
    as the clerk types and no key can contain one."""
    query = fold(clean_text(_SURROGATES.sub("", text or "")))
    if query and all(ch.isdigit() or ch in "-+()" for ch in query):
        query = "".join(ch for ch in query if ch.isdigit())
        if query.startswith("86") and len(query) == 13:
            query = query[2:]
    return query[:KEY_MAX]
