"""Alphabetical order as each interface language's readers expect it: ICU collation (CLDR data).

Python's own string order puts "Ё" after "я" and sorts by code point; a register sorted
that way looks wrong to a Russian or Armenian reader. ICU's collators carry the CLDR
rules of every language, so no alphabet is written out here. One collator per language
per process.
"""
from __future__ import annotations

from functools import lru_cache

import icu


@lru_cache(maxsize=None)
def collator(lang: str):
    return icu.Collator.createInstance(icu.Locale(lang))


def sort_key(text: str, lang: str) -> bytes:
    """The key that orders `text` among others of the same language."""
    return collator(lang).getSortKey(text or "")


def index_letters(lang: str) -> list[str]:
    """The letters of the language's A–Z index (CLDR index characters), in order."""
    index = _index(lang)
    labels = (index.getBucket(k)[0] for k in range(index.bucketCount))
    return [label for label in labels if label.isalpha()]


def initial(text: str, lang: str) -> str:
    """The index letter `text` files under ("Ё" under "Е"); "" when outside the alphabet."""
    index = _index(lang)
    label = index.getBucket(index.getBucketIndex(text or ""))[0]
    return label if label.isalpha() else ""


@lru_cache(maxsize=None)
def _index(lang: str):
    return icu.AlphabeticIndex(icu.Locale(lang)).buildImmutableIndex()


__all__ = ["sort_key", "initial", "index_letters", "collator"]
