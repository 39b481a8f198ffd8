"""Given names, from the person providers of the `faker` package (MIT), one list per locale.

Why: a reader knows "Edmund Ironside" is a man because "Edmund" is a given name, though "ironside"
is an English word; and "M. Edith Durham" because "Edith" is one after the initial. The recogniser's
other evidence (titles, initials, verbs, the gazetteer) misses such names in every genre. `faker`
keeps, per locale, the given names (male and female) of that country's people, maintained as such
lists; the locales read are data (`forename_locales` in data/names/en.json). A forename alone is
weak evidence: the rules that use it (recognize_forenames.py) ask for a capitalised word after it,
and a forename that is also an ordinary English word ("Grace", "Rose", "Will") is not read as one.
Names are compared without their letters' marks ("Kâzım" = "Kazim"). Without the package, no word
is a forename and the other rules work alone. The package is imported when a forename is first
asked for, so loading the tagger does not pay for it.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from triglot.editor.names import without_diacritics


def _key(word: str) -> str:
    return without_diacritics(word).casefold()


@lru_cache(maxsize=1)
def person_providers() -> tuple:
    """faker's person providers of the locales data/names/en.json lists (`forename_locales`); none
    where faker is not installed. Forenames and surnames (editor/inflections.py) come from the same."""
    import json
    from triglot.resources import packaged
    lists = json.loads(packaged("names/en.json").read_text(encoding="utf-8"))["lists"]
    providers = []
    for locale in lists["forename_locales"]["words"]:
        language, _, country = locale.partition("_")
        try:
            providers.append(importlib.import_module(f"faker.providers.person.{language}_{country.upper()}").Provider)
        except ImportError:
            continue
    return tuple(providers)


@lru_cache(maxsize=1)
def _forenames() -> frozenset[str]:
    names: set[str] = set()
    for provider in person_providers():
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(_key(n) for n in getattr(provider, attribute, None) or () if " " not in n)
    return frozenset(names)


def is_forename(word: str) -> bool:
    """`word` (capitalised, any marks) is a given name of a listed locale and no ordinary English word."""
    from triglot.editor.common_words import listed
    clean = word.removesuffix("’s").removesuffix("'s")
    if not clean[:1].isupper() or listed(clean.lower()) or len(clean) < 3:
        return False
    return _key(clean) in _forenames()
