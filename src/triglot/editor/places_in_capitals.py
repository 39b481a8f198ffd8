"""A place's name in capitals, two to four words, is the place: "NORTHERN AZERBAIJAN / CENTRAL CAUCASUS", "NEW YORK".

Why: the recogniser reads a place of several words by its written shape (a compass word before a land, "New"
before a region's name, a town GeoNames knows in title case), and in capitals that shape is gone: keyword lists,
title pages, imprints and rosters print places so and they were missed. The evidence asked for: a run of two to
four words in capitals (three letters or more each, one space between), split at English function words ("IN",
"THE", "OF"), standing between words that are not in capitals; the same words in title case, read alone by the
recogniser, are one place over all of them, and a place GeoNames or pycountry knows by them or one whose last
word is no ordinary English word or a compass point ("GREAT EMPORIUM" is read alone as "a region named with
'Great'"); and no name found already overlaps the run. A word in capitals alone is left to the heading's and the
dateline's rules (recognize_press.py), which read it with its line: "LONDON, THE CITY OF BANKS." is no place's
dateline, and "the word GREECE" in running text no heading (round 16); this rule's first form, which took single
words too, undid both.
"""
from __future__ import annotations

import re

WORD = r"[A-Z][A-Z’'-]{2,}"
# a heading's full stop may close the run ("THE NEAR EAST."), not an abbreviation's ("U.S.A.", "NEAR E.")
RUN = re.compile(rf"(?<![\w’'.-]){WORD}(?:[ \t]{WORD})*(?![\w’'-])(?!\.[\w’'-])")
COMPASS = frozenset({"east", "west", "north", "south"})
RECORDS = ("GeoNames", "ISO 3166")     # a place the gazetteer or pycountry knows by these words
FUNCTION = frozenset({"IN", "THE", "OF", "AND", "TO", "FOR", "ON", "AT", "BY", "FROM", "WITH", "INTO", "OR", "A", "AN"})


def places_in_capitals(text: str, found: list, read_alone, gazetteer) -> list[tuple[int, int]]:
    """(start, end) of each run of capitals that `read_alone` (title-cased words → mentions) finds one place in."""
    from triglot.editor.common_words import is_common
    from triglot.editor.spans import Overlaps
    spans = Overlaps([(m.start, m.end) for m in found])
    out = []
    for m in RUN.finditer(text):
        words = [w for w in re.finditer(rf"{WORD}", m.group())]
        pieces, current = [], []
        for w in words:
            if w.group() in FUNCTION:
                if current:
                    pieces.append(current)
                current = []
            else:
                current.append(w)
        if current:
            pieces.append(current)
        for piece in pieces:
            if not 2 <= len(piece) <= 4:
                continue     # a word in capitals alone is the heading's and dateline's rules' (recognize_press.py)
            start, end = m.start() + piece[0].start(), m.start() + piece[-1].end()
            if spans.any(start, end):
                continue
            phrase = text[start:end].title()
            if phrase == text[start:end]:
                continue
            mentions = read_alone(phrase)
            if len(mentions) != 1 or mentions[0].kind != "place" or (mentions[0].start, mentions[0].end) != (0, len(phrase)):
                continue
            head = phrase.split()[-1].lower()
            if is_common(head) and head not in COMPASS and not mentions[0].why.startswith(RECORDS) \
                    and gazetteer.place(phrase) is None:
                continue     # "GREAT EMPORIUM": "a region named with “Great”" needs a name of its own after it
            out.append((start, end))
    return out
