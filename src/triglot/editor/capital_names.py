"""Names of several words inside a run of capitals, kept capitalised when the run is written as running text.

Why: a run in capitals ("SHOULD THE UNITED STATES RATIFY IT?", "CARNEGIE ENDOWMENT FOR INTERNATIONAL
PEACE") is rewritten word by word as running text would write it (recognize_treaty.py): an English word
goes to lower case, so "UNITED STATES", "NEW YORK" and "ENDOWMENT FOR INTERNATIONAL PEACE" lost their
capitals and with them every chance of being read as names. Covers, title pages, imprints, headings and
mastheads print so in every genre. Two general readings put the capitals back, word for word, before the
general rules read the run:

- words that together name a place the gazetteer knows (GeoNames: "New York", "United States"), a
  state the gazetteer lacks, or a part of the world by distance and compass ("NEAR EAST"), keep their capitals (two to four words, spaces only between them);
- words around a body's head word ("institute", "committee", "court", "mission": the recogniser's list),
  those before it up to a small word and those after it joined by "of", "for", "to", "and", are a body's
  name and keep their capitals ("British Institute of International Affairs").

Whatever the general rules then find is filled into the text as printed (same offsets).
"""
from __future__ import annotations

import re

SMALL = {"of", "and", "the", "at", "for", "in", "on", "to", "by", "or", "a", "an", "as", "with", "beyond", "between"}
JOINS = {"of", "for", "to", "and", "on"}        # small words inside a body's name after its head word
# an ordinal before a body's head word numbers a meeting or a unit ("SIXTY-NINTH CONGRESS"), no name's word
ORDINAL = re.compile(r"(?:\w+-)?(?:first|second|third|\w+th)")


# a part of the world named by its distance from Europe: "NEAR EAST", "MIDDLE EAST", "FAR EAST"; GeoNames names none
# of them, and each of the two words alone is an ordinary one ("THE FAR WEST" stays ordinary words: round 26)
WORLD_REGION = re.compile(r"(?:Near|Middle|Far)\sEast")


def _title(word: str) -> str:
    return "-".join(p.capitalize() for p in word.split("-"))


def kept_capitals(words: list[str], gaps: list[str], gazetteer, org_heads=frozenset(), states=frozenset()) -> set[int]:
    """Indexes of the `words` (a run in capitals, as printed; `gaps[i]` the text between word i and i + 1)
    that are part of a place's or a body's name of several words, and so keep their capitals."""
    keep: set[int] = set()
    low = [w.lower() for w in words]
    # places of two to four words, longest first
    for n in (4, 3, 2):
        for i in range(len(words) - n + 1):
            if any(gaps[k] != " " for k in range(i, i + n - 1)) or low[i] in SMALL or low[i + n - 1] in SMALL:
                continue
            name = " ".join(w if w in SMALL else _title(w) for w in low[i:i + n])
            if gazetteer.place(name) is not None or name.casefold() in states or WORLD_REGION.fullmatch(name):
                keep.update(k for k in range(i, i + n) if low[k] not in SMALL)
    # bodies around their head word. Where each reaches back and on is worked out once for each word,
    # not again from each head word: a run of "COMMITTEE OF COMMITTEE OF …" (100,000 characters) was
    # read to its end from every head word, a minute
    back = list(range(len(words)))
    for i in range(1, len(words)):
        if gaps[i - 1] == " " and low[i - 1] not in SMALL and not ORDINAL.fullmatch(low[i - 1]):
            back[i] = back[i - 1]
    reach: dict[int, int] = {}

    def onward(k: int) -> int:
        """Where a body's name goes on to from word k (right after its head, or after a part joined)."""
        path = []
        while k not in reach:
            path.append(k)
            following = None
            if k < len(words) and gaps[k - 1] == " " and low[k] in JOINS:
                j = k + 1 + (k + 1 < len(words) and low[k + 1] == "the")
                if not (j >= len(words) or any(gaps[m] != " " for m in range(k, j)) or low[j] in SMALL):
                    end = j + 1
                    while end < len(words) and gaps[end - 1] == " " and low[end] not in SMALL:
                        end += 1
                    following = end
            if following is None:
                reach[k] = k
                break
            k = following
        for visited in path:
            reach[visited] = reach[k]
        return reach[k]
    spans = []
    for h, word in enumerate(low):
        if word in org_heads:
            start, end = back[h], onward(h + 1)
            if end - start >= 2:
                spans.append((start, end))
    covered = -1
    for start, end in sorted(spans):
        keep.update(k for k in range(max(start, covered), end) if low[k] not in SMALL)
        covered = max(covered, end)
    return keep
