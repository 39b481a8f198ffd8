"""Numbers written as words: "Chapter Twenty-one", "Price Two Shillings" name no one.

Why: a heading's, a title's or a price's number in words is capitalised in title case ("Chapter
Twenty-one", "The Thirty-nine Steps", "Twenty-nine Churches", "Two Lent terms") and the recogniser reads
the capitalised run as a person's name. English writes no person's name with a cardinal number in
words (a ruler's number is a numeral or an ordinal: "George V", "Louis the Fourteenth"), so a run that
holds one is no person. The cardinals are English grammar's closed class, built here, not a list of
this corpus's words; ordinals are left alone ("the Forty-fifth", "First Lord").
"""
from __future__ import annotations

import re

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
CARDINALS = frozenset(_UNITS + _TENS + ["hundred", "thousand"]
                      + [f"{t}-{u}" for t in _TENS for u in _UNITS[:9]])


def has_cardinal(name: str) -> bool:
    """`name` ("Chapter Twenty-one", "Price Two Shillings") holds a cardinal number in words."""
    return any(w.lower() in CARDINALS for w in re.findall(r"[\w-]+", name))
