"""Common English words: is a capitalised word a name, or an ordinary word with a capital?

The name recogniser meets words that are capitalised only because they open a
sentence or stand in a name the word lists do not know ("Born Meir …",
"Forged by …", "Brixton Prison", "Zeyrek Quarter"). The `english-words`
package (MIT) ships the web2 word list (Webster's Second International, 1934,
public domain; the list of BSD's /usr/share/dict), in which only proper nouns
are capitalised: a word listed in lower case and not with a capital is an
ordinary English word. Old surnames that are also words ("Service", "Smith")
are lost to this test, which is why the recogniser uses it only where other
evidence is missing. Without the package every word counts as not common
(names are then found by the other rules alone).
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _web2() -> frozenset[str]:
    try:
        from english_words import get_english_words_set
    except ImportError:
        return frozenset()
    return frozenset(get_english_words_set(["web2"]))


def is_common(word: str) -> bool:
    """`word` (any case) is an ordinary English word and not also a proper noun in web2."""
    words = _web2()
    low = word.lower()
    return low in words and low.capitalize() not in words


def listed(word: str) -> bool:
    """`word` is in the word list exactly as written ("turkey" and "Turkey" both are; "Fisher" is not)."""
    return word in _web2()


@lru_cache(maxsize=1)
def _sorted_common() -> tuple[str, ...]:
    words = _web2()
    return tuple(sorted(w for w in words if w.islower()))


def abbreviates(word: str) -> bool:
    """`word` ("Polit", "Geog") is no word itself but the start of a longer ordinary one ("political",
    "geography"): a letter's abbreviation cut at its full stop. Without the word list: never."""
    from bisect import bisect_left
    low = word.lower()
    if len(low) < 3 or low in _web2() or low.capitalize() in _web2():
        return False
    common = _sorted_common()
    i = bisect_left(common, low)
    return any(common[j].startswith(low) and len(common[j]) >= len(low) + 2 for j in range(i, min(i + 5, len(common))))
