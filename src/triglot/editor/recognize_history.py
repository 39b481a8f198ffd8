"""A historian's monograph: things named after places, places shaped like persons, regions of a continent.

Why a module of its own: a scholarly history names things after places far more than any earlier genre
does ("the Bagdad Railway", "the Hejaz Line"): the place is tagged, the thing is not, but the general
rules read a capitalised "Railway" as the head of a name and then drop the whole as no body's or place's.
It names places after persons: a quarter or a railway terminal called after a pasha ("from X Pasha to
Y", "the terminal of X Pasha"), which the general rules read as the pasha himself. And it names a
continent's part of a state as a region ("Asiatic Turkey", "European Russia"), which the general rules cut
into a person "Asiatic" and the state. The shapes here are found first and win over the general rules.
"""
from __future__ import annotations

import re

# A capitalised railway, line or canal after its place(s): "the Bagdad Railway", "the Hejaz Line", "the
# Bagdad Railways"; not a company ("… Railway Company", "… Railway Companies": a body, left to the general
# rules). The place is one or two capitalised words, or a hyphenated pair.
_PLACE_WORDS = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+)?"
NAMED_LINE = re.compile(rf"(?<![\w’'\-])(?!(?:The|A|An|This|That) )(?P<place>{_PLACE_WORDS}) (?:Railways?|Railroads?|Line|Canal)(?![\w’'\-])"
                        r"(?! (?:Company|Companies|Administration|Board|Commission)\b)")

# A place named after a person with a postfixed title ("X Pasha", "X Bey"), in a place's context: "the
# terminal of X Pasha", "the port of …", "from X Pasha to Y" (Y a place), "between X Pasha and Y"
_TITLED = r"(?P<name>[A-Z][a-z]+ (?:Pasha|Pacha|Bey|Beg|Effendi))(?![\w’'\-])(?!['’]s)"
OF_A_PLACE = re.compile(rf"\b(?:terminal|terminus|port|station|harbou?r|quay|docks|suburb|quarter|village|town)"
                        rf" of {_TITLED}")
FROM_TO = re.compile(rf"\b(?:from|between) {_TITLED} (?:to|and) (?P<other>[A-Z][a-z]+)(?![\w’'\-])")

# A continent's adjective before a state's name: "Asiatic Turkey", "European Russia" (a region, whole)
# ("American" is left out: it is the United States' people's adjective as often as the continent's)
CONTINENT_PART = re.compile(r"(?<![\w’'\-])(?:Asiatic|Asian|European|African) (?P<state>[A-Z][a-z]+)(?![\w’'\-])")
# "a New Turkey": a country renewed, after an article, the country only, where "New X" is no place of its own
# (not "New Zealand"; nor "in New Mexico", a state GeoNames' cities lack, named without an article)
NEW_STATE = re.compile(r"(?:(?<=\b[Aa] )|(?<=\bthe ))New (?P<state>[A-Z][a-z]+)(?![\w’'\-])")

# A bare "von X" in running text ("served under von Falkenhayn"): a German's surname with its particle, one
# person, where the shape is clear: "von" in lower case after a lower-case word (not "Paul von Hindenburg",
# a forename's; nor a capitalised run), one capitalised word after it and no capital after that, the word
# no place GeoNames knows ("Vertrag von Berlin" is a treaty's German name)
BARE_VON = re.compile(r"(?<![\w’'\-])von (?P<name>[A-Z][a-z]+)(?![\w’'\-])(?! [A-Z])")
# the word before it: a lower-case word or a clause's punctuation ("Liman von Sanders" is a longer name's)
LOWER_BEFORE = re.compile(r"(?:^|[\s(])[a-z]+[,;:]?\s$|[,;:(]\s?$")

# A pass or strait called "Gates" after its region's adjective: "the Cilician Gates" (a place, whole)
GATES = re.compile(r"(?<=\bthe )[A-Z][a-z]+ Gates(?![\w’'\-])")
# A body's head after an indefinite article ("An Irrigation Department was established", "a Boundary
# Commission"): a kind of body, its common name capitalised, no one body's name; not "a Bureau of X", which
# goes on into what it is of
INDEFINITE_BODY = re.compile(r"(?<![\w’'\-])(?:[Aa]n?) (?P<body>(?:[A-Z][a-z]+ ){1,2}(?:Department|Committee|Commission|"
                             r"Board|Bureau|Office|Council))(?![\w’'\-])(?! of\b)")

# The first word of a two-word rank ("of Field Marshal X", "Rear Admiral X"): the rank's, no place or person
COMPOUND_RANK = re.compile(r"(?<![\w’'\-])(?:Field(?=[ -]Marshal\b)|(?:Rear|Vice)(?=[ -]Admiral\b))")


def places_named_after_persons(text: str, gazetteer=None) -> set[str]:
    """The names shaped like a titled person's that `text` uses as places' ("the terminal of X Pasha", "from
    X Pasha to Y", Y a place GeoNames knows): read over a whole document first, as a reader who has seen the
    terminal named keeps it for the paragraph before."""
    named = {m["name"] for m in OF_A_PLACE.finditer(text)}
    return named | {m["name"] for m in FROM_TO.finditer(text)
                    if gazetteer is not None and gazetteer.place(m["other"]) is not None}


def history_mentions(text: str, gazetteer=None, is_common=lambda word: False,
                     known=frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of a monograph's places named in things, places named after persons (those
    of this text, and the `known` ones the whole document uses so), continental regions of states, passes
    called "Gates", a bare "von X"; and ("none") a kind of body after "a"/"an", a two-word rank's first word."""
    out: list[tuple[int, int, str, str]] = []

    def place(words):
        return gazetteer is not None and gazetteer.place(words) is not None

    def add(s, e, kind, why):
        if not any(a < e and s < b for a, b, _, _ in out):
            out.append((s, e, kind, why))

    for m in NAMED_LINE.finditer(text):
        words = m["place"]
        parts = words.split("-") if "-" in words else [words]
        if all(place(p) and not is_common(p) for p in parts):
            start = m.start("place")
            for p in parts:
                add(start, start + len(p), "place", "a place a railway or line is named after")
                start += len(p) + 1
    # a name shaped like a person's is a place where its context says so; the same name elsewhere in the
    # text names the same place ("supplies were gathered at X Pasha … the terminal of X Pasha")
    for name in places_named_after_persons(text, gazetteer) | set(known):
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])(?!['’]s)", text):
            add(m.start(), m.end(), "place", "a place named after a person, in a place's context")
    for m in CONTINENT_PART.finditer(text):
        record = gazetteer.place(m["state"]) if gazetteer is not None else None
        if record is not None and record.get("feature") == "country":
            # (the reason's opening words say to the tagger that the region holds a register name of its own)
            add(m.start(), m.end(), "place", f"a region named with “{m[0].split()[0]}”, a continent's part of a state")
    for m in COMPOUND_RANK.finditer(text):
        add(m.start(), m.end(), "none", "the first word of a two-word rank")
    for m in GATES.finditer(text):
        add(m.start(), m.end(), "place", "a pass called “Gates”, whole")
    for m in INDEFINITE_BODY.finditer(text):
        add(*m.span("body"), "none", "a kind of body after an indefinite article: no one body's name")
    for m in BARE_VON.finditer(text):
        if LOWER_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not place(m["name"]):
            add(m.start(), m.end(), "person", "a bare “von X”: the surname with its particle")
    for m in NEW_STATE.finditer(text):
        record = gazetteer.place(m["state"]) if gazetteer is not None else None
        if record is not None and record.get("feature") == "country" and not place(m[0]):
            add(*m.span("state"), "place", "a country renewed (“New”): the country only")
    return sorted(out)
