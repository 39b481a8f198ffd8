"""Which script a language is written in, and which scripts a text's letters are in.

One place for both, from maintained data rather than a table of this project: a language's
script is CLDR's likely script (via Babel; a tag that names its script, ``ru-Latn``, keeps
it), and a letter's script is read from its Unicode name, whose first word is the script's
English name as CLDR gives it ("CYRILLIC SMALL LETTER A", "ARMENIAN CAPITAL LETTER AYB").
Scripts whose letters are named otherwise (Han: "CJK UNIFIED IDEOGRAPH") are simply not
counted, so a check built on this says nothing rather than something wrong.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache


@lru_cache(maxsize=None)
def script_of(tag: str) -> str | None:
    """ISO 15924 script of a BCP 47 tag: its own script subtag, else CLDR's likely script."""
    from babel.core import get_global
    parts = tag.replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return part.title()
    likely = get_global("likely_subtags").get(parts[0].lower())
    if likely:
        for part in likely.split("_")[1:]:
            if len(part) == 4 and part.isalpha():
                return part
    return None


@lru_cache(maxsize=None)
def _script_names() -> dict[str, str]:
    """The first word of a script's English name, upper case -> its ISO 15924 code."""
    from babel import Locale
    out: dict[str, str] = {}
    for code, name in Locale("en").scripts.items():
        if len(code) == 4 and name and " " not in name:
            out.setdefault(name.upper(), code)
    return out


def letters_by_script(text: str) -> Counter:
    """How many of `text`'s letters are in each script (ISO 15924 code), where the name tells."""
    names = _script_names()
    counts: Counter = Counter()
    for char in text:
        if char.isalpha():
            code = names.get(unicodedata.name(char, "").split(" ", 1)[0])
            if code is not None:
                counts[code] += 1
    return counts
