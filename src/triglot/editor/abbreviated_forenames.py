"""A given name abbreviated with a full stop opens the name after it: "Wm. C. Lorimer", "Geo. F. Marsh"
(issue #12, round 35).

Why: older print shortens a man's given name to a few of its letters and a full stop ("Wm." for William,
"Chas." for Charles, "Geo." for George, "Thos.", "Robt.", "Benj."). The recogniser reads the full stop as
a sentence's end, so the abbreviation falls out of the name: "Wm. C. Lorimer" gave the person "C. Lorimer",
and "Geo." alone was read as a place GeoNames knows. Counsel lists in court reports (test37) and bulletins'
notices of pamphlets (test28) print names so. An abbreviation is a forename's when its letters are those of
a given name in faker's lists (`forenames.py`): its first letters ("Geo" of George, three letters at least)
or its first and last with others of it between, in order ("Wm" of William, "Chas" of Charles). A word that
shortens a title or an office ("Gen.", "Col.", "Sen.", "Gov.", "Asst.") is none. The evidence asked of the
place is the print's own shape, a middle initial after the abbreviation: the word stands right before a
person's name the recogniser found, one space between, and that name opens with an initial ("Geo. F.
Marsh"). The word list cannot decide instead: web2 lists "geo" and "benj" as words.
"""
from __future__ import annotations

import re
from functools import lru_cache

ABBREVIATION = re.compile(r"(?<![\w.’'\-])([A-Z][a-z]{1,3})\. $")
INITIAL = re.compile(r"[A-Z]\.")


def _contracts(short: str, full: str) -> bool:
    """`short` ("wm") is `full` ("william") with letters left out: same first and last letter, the others
    in order, two letters shorter at least."""
    if len(full) < len(short) + 2 or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:])
    return all(c in rest for c in short[1:])


def _shortens(short: str, full: str) -> bool:
    return (len(short) >= 3 and full.startswith(short) and len(full) >= len(short) + 2) or _contracts(short, full)


@lru_cache(maxsize=4096)
def abbreviates_forename(word: str, titles: frozenset[str]) -> bool:
    """`word` ("Wm", without its full stop) shortens a given name of faker's lists and no title or office
    of `titles` (lower case, with or without their full stop)."""
    from triglot.editor.forenames import _forenames
    low = word.lower()
    if low in titles or f"{low}." in titles:
        return False
    if any(_shortens(low, t.rstrip(".")) for t in titles if t[:1] == low[0]):
        return False      # "Sen." of senator, "Asst." of assistant: an office's abbreviation
    return any(_shortens(low, name) for name in _forenames() if name[:1] == low[0])


def with_abbreviated_forenames(text: str, found: list, titles: frozenset[str]) -> list:
    """`found` with each person's name that follows a forename's abbreviation begun at it ("Wm. C. Lorimer"),
    and any other mention of the abbreviation's word dropped ("Geo" read as a place)."""
    taken = []
    for m in found:
        if m.kind != "person" or not INITIAL.match(m.text):
            continue
        before = ABBREVIATION.search(text, max(0, m.start - 6), m.start)
        if before and abbreviates_forename(before[1], titles):
            taken.append((before.start(1), m.start))
            m.start, m.text = before.start(1), text[before.start(1):m.end]
    return [m for m in found if not any(s <= m.start and m.end <= e for s, e in taken)]
