"""Hyphenation patterns for languages Pyphen has none for (README.md says where they come from).

WeasyPrint asks Pyphen for a language's patterns by name; Pyphen looks them up in its
`LANGUAGES` table, filled from the dictionaries it ships. Adding this folder's
`hyph_LANG.dic` files to that table (never replacing one Pyphen has) lets `hyphens: auto`
work for those languages too.
"""
from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent


def register() -> list[str]:
    """Make this folder's patterns known to Pyphen; returns the languages added."""
    import pyphen
    added = []
    for path in sorted(FOLDER.glob("hyph_*.dic")):
        lang = path.stem[len("hyph_"):]
        if pyphen.language_fallback(lang) is None:
            pyphen.LANGUAGES[lang] = path
            pyphen.LANGUAGES_LOWERCASE[lang.lower()] = lang
            added.append(lang)
    return added
