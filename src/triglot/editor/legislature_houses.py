"""A house of a legislature named in running text: "in the House of Commons", "the House of Lords" (round 44).

Why: the recogniser reads "House" after "the" as the common noun of a chamber ("made in the House",
recognize_house.py) and the advocacy print's rule (recognize_advocacy.py's CHAMBER) reads "Commons" and
"Lords" only in capitals, as a heading prints them; so a letter's or a cable's "speaking in the House of
Commons" and "a question asked in the House of Lords" were no body at all (test11's cables, test43's
letters). The house's name is "House" or "Chamber", "of", and the word the legislature gives its house: the
words that name a house and nothing else (commons, lords, peers, representatives, delegates, deputies,
keys, assembly). The article stays outside, as for every body; a name run on in capitals is the
advocacy rule's, and "the House of Commons Committee" is left to the rules of committees (no capitalised
word may follow).
"""
from __future__ import annotations

import re

HOUSE = re.compile(r"(?<![\w’'-])(?:House|Chamber)\s+of\s+(?:Commons|Lords|Peers|Representatives|Delegates|"
                   r"Deputies|Keys|Assembly)(?![\w’'-])(?!\s+[A-Z])")

# "a member of the Upper House", "the Lower Chamber": a legislature's house by its rank (round 50: the recogniser
# read "Upper" as a word opening a region's name, "Upper House" a place); not before another capitalised word
# ("the Upper House Committee" is left to the rules of committees)
RANKED_HOUSE = re.compile(r"(?<![\w’'-])(?:Upper|Lower)\s+(?:House|Chamber)(?![\w’'-])(?!\s+(?:of\s+)?[A-Z])")


def legislature_houses(text: str) -> list[tuple[int, int]]:
    """(start, end) of each house of a legislature named in title case."""
    return sorted([m.span() for m in HOUSE.finditer(text)] + [m.span() for m in RANKED_HOUSE.finditer(text)])
