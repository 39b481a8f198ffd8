"""Plurals and verb forms of ordinary words: "Steamboats", "Surrenders", "Opponents" name no one.

Why: the word list of common_words.py (web2) holds few inflected forms, so a capitalised plural or a
verb's "-s" form passes the recogniser's test of an ordinary word and is read as a surname: in a
heading ("Turkey Surrenders", "Mustapha Ranks Among …"), after a title-like word ("the Staff
Branches", "M. Steamboats") or after "by" ("Proposed by Opponents"). A word in "-s", "-es" or "-ies"
whose stem is an ordinary English word is such a form, unless it is also a surname: the last names of
faker's person providers (MIT, the locales of `forename_locales` in data/names/en.json, maintained as
lists of a country's surnames) keep "Banks", "Wells", "Burns" and "Holmes" names. Without either
package no word is read as such a form.
"""
from __future__ import annotations

from functools import lru_cache

from triglot.editor.common_words import is_common, listed


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from triglot.editor.forenames import person_providers
    names: set[str] = set()
    for provider in person_providers():
        names.update(n for n in getattr(provider, "last_names", None) or () if " " not in n)
    return frozenset(names)


def _stems(low: str) -> list[str]:
    stems = [low[:-1]]
    if low.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        stems.append(low[:-2])     # "branches", "taxes": "-es" only where English spelling adds it
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    return [s for s in stems if len(s) >= 3]


def inflected_common(word: str) -> bool:
    """`word` ("Steamboats", "Abrogates", "Colonies") is the plural or the "-s" form of an ordinary English
    word, is no proper noun in the word list as written, and is no surname ("Banks", "Wells")."""
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")) or not word[:1].isupper():
        return False
    if listed(word) or listed(word.capitalize()) or word.capitalize() in _surnames():
        return False
    return any(is_common(stem) for stem in _stems(low))
