"""A catalogue's index heading of a person, surname first with life dates: "Barton, Amos L. (Amos Lyle), 1855-1936".

Why: a library's catalogue and finding aids index persons in the inverted form the cataloguing rules
prescribe, surname, comma, forenames, the fuller forenames in brackets where the forenames give initials,
a title after a comma, then the life dates. The recogniser read the forenames alone as a person ("Amos
L."), the bracketed fuller form as another, and left the surname out. The heading is one person, named
from the surname to the last forename; the bracketed fuller form and the title are outside the name, as
a catalogue prints them for the index and not as the name.

The cue is the shape, stated without any text's words: a capitalised surname, a comma, forenames
(capitalised words or initials), an optional bracket and title, then a comma and two full years joined
by a dash (a life span; catalogue_dates.py reads it as one date). Without the life dates an inverted
pair is left to the other rules ("Paris, France" is no heading). Left alone too: a heading whose surname
and first forename are both places ("Smyrna, Asia Minor, 1919-1922" is a place and its region), whose
forenames name a country or a country's first-level division ("Paris, Texas, 1900-1950", ISO 3166-2 as
regions.py reads it: a name no ordinary word or given name), or whose forenames are all ordinary words
and no initial ("Correspondence, General"; a surname may be one: "Baker", "Dodge"; a forename too where an
initial follows it, "Baker, Newton D."). A generation's suffix after the forenames ("Morgenthau, Henry, Sr.,
1856-1946") is the name's, inside it, as the pool's gold keeps "Jr." (round 46).
"""
from __future__ import annotations

import re

from triglot.editor import regions

_WORD = r"[A-Z][a-z’'\-]+"
_FORE = rf"(?:{_WORD}|[A-Z]\.)"
# a space, or the no-break space a catalogue copied from a web page keeps after a comma or an initial
# (hostile41: "Barton,\u00a0Amos L., 1855-1936" gave the place "Barton" and two persons)
_S = "[ \u00a0\u202f]"
HEADING = re.compile(
    rf"(?<![\w’'\-.])(?P<name>{_WORD},{_S}{_FORE}(?:{_S}{_FORE}){{0,3}}(?:,{_S}(?:Sr|Jr)\.)?)"
    rf"(?:{_S}\((?P<full>[A-Z][^()\n]{{1,60}})\))?(?:,{_S}(?P<title>{_WORD}))?"
    rf",{_S}(?=(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s*(?:1[5-9]\d\d|20\d\d)?)")


# A register's biographical statement opens its paragraph with the inverted name, a full stop and a dash, then
# the statement ("Tuttle, Amos Brant.-Born in Troy, N. Y., …", "* Tuttle, Amos.—Retired as Consul …"; an
# asterisk or a dagger marking the entry may stand before it): the same heading, the dash standing for the
# life dates; the same names are left alone
STATEMENT = re.compile(
    rf"^[ \t]*(?:[*†‡][ \t]*)?(?P<name>{_WORD},{_S}{_FORE}(?:{_S}{_FORE}){{0,3}})(?:(?<=\.)|\.)(?:--?|—|–)[ \t]?(?=(?P<next>[A-Z][a-z]*))",
    re.MULTILINE)
# a man's life and career open the statement: a name and forenames that are both places ("Wilson, Huntington",
# towns GeoNames knows) are a person's there, where a gazetteer's entry "Smyrna, Asia Minor.—A port" is not
LIFE = frozenset({"Born", "Retired", "Appointed", "Died", "Resigned", "Entered", "Educated", "Graduated"})


def _a_person(surname: str, forenames: str, gazetteer, is_common, life: bool = False) -> bool:
    """An inverted name's parts read as a person's: not all ordinary words, no place and its region (both
    parts towns are a person's where a life's statement follows, `life`)."""
    first = forenames.split()[0]
    words = forenames.split()
    if not any(w.endswith(".") for w in words) and all(is_common(w) for w in words):
        return False    # an initial is a forename's: "Baker, Newton D.", "Smith, J. R." are persons'
    place = gazetteer.place(first.rstrip(".")) or {} if len(first) > 2 else {}
    if gazetteer.place(surname) and place and not life or place.get("feature") == "country":
        return False
    # "Paris, Texas": a town and its state or province, which the gazetteer lacks
    return not (regions.region(forenames) or regions.region(first.rstrip(".")))


def statement_headings(text: str, gazetteer, is_common, heads=frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, "person") of each biographical statement's inverted name (STATEMENT). A name with a body's,
    a place's, an event's or a title's head word among its forenames (`heads`, lower case) is a glossary's
    entry, no man's ("Dashnaktsutiun, Armenian Revolutionary Federation.—The party …": review31)."""
    out = []
    for m in STATEMENT.finditer(text):
        surname, forenames = re.split(f",{_S}", m["name"], maxsplit=1)
        if any(w.lower().rstrip(".") in heads for w in forenames.split()):
            continue        # the forenames only: "King", "Bishop", "Church" are surnames too
        if _a_person(surname, forenames, gazetteer, is_common, m["next"] in LIFE):
            out.append((m.start("name"), m.end("name"), "person"))
    return out


def index_headings(text: str, gazetteer, is_common, titles=frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each heading's person ("person") and of its bracketed fuller forenames ("none")."""
    out, at = [], 0
    while (m := HEADING.search(text, at)) is not None:
        at = m.end()
        if m["title"] and m["title"].lower() not in titles:
            at = m.start("name") + 1    # "Leigh, Amos, Carter, 1850-1900": no title; the heading may be "Amos, Carter"
            continue
        surname, forenames = re.split(f",{_S}", m["name"], maxsplit=1)
        forenames = re.sub(f",{_S}(?:Sr|Jr)\\.$", "", forenames)    # a generation's suffix, inside the name (round 46)
        if not _a_person(surname, forenames, gazetteer, is_common):
            continue
        out.append((m.start("name"), m.end("name"), "person"))
        if m["full"]:
            out.append((m.start("full"), m.end("full"), "none"))
    return out
