"""A given name before a word GeoNames knows as a town is a person's name: "Walter Kendal", "Osman Bursa".

Why: many surnames are towns' names too ("Burton", "Sheffield", "Konak"), and the recogniser, finding a
place in the gazetteer and no title or initial before it, either reads the surname as the town or, with a
given name before it that is no place, drops the pair: a person named in full, in a counsel's line, a
byline or a photograph's credit, is lost, and with him every later mention by surname. A given name of
faker's lists (`forenames.py`: no ordinary English word) right before the town's word, one space between,
is the evidence: the pair is a person's name, unless the pair itself is a place GeoNames knows ("Victoria
Falls", "Elizabeth City"), the word is a state's name or a head word of a place or a body ("Osman Street"), a capitalised word stands right before the given name (a longer name, read by other rules) or
"the" does ("the Albert Hall": a person's name takes no article, a building named after a man does),
or another name the recogniser found overlaps the pair.
"""
from __future__ import annotations

import re

PAIR = re.compile(r"(?<![\w’'.-])(?<![A-Z][a-z]\s)([A-Z][a-z’'-]+)[ \t]([A-Z][a-z’'-]+)(?![\w’'-])")
CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*|\b[Tt]he)[ \t]$")


def forename_before_town(text: str, found: list, gazetteer, states: set[str], heads: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each given name and town's word read as one person's name, by the evidence above."""
    from triglot.editor.forenames import is_forename
    from triglot.editor.spans import Overlaps
    if gazetteer is None:
        return []
    spans = Overlaps([(m.start, m.end) for m in found])      # looked up by bisection: linear in the text
    out = []
    for m in PAIR.finditer(text):
        forename, town = m.group(1), m.group(2)
        if not is_forename(forename) or town in states or town.lower() in heads or gazetteer.place(town) is None:
            continue
        if gazetteer.place(f"{forename} {town}") is not None or CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if spans.any(m.start(), m.end()):
            continue
        out.append((m.start(), m.end()))
    return out
