"""A street after its house number is a place (issue #12, round 27).

Why: addresses are printed wherever a body gives its office or a meeting its hall: relief appeals
("70 Fifth Avenue"), learned societies' notices ("No. 74, Grosvenor Street"), policy associations'
imprints ("405 WEST 117TH STREET"), a bank's pamphlet ("268 Grand Street"). The travel rules
(recognize_travel.py) read a city's street only after "the" or a preposition; after a house number the
general rules read an ordinal name ("Fifth", "117th") as no name and leave the street out. The number
says what follows is a street: its name words (capitalised words or ordinals, one to three) and its head
word are the place, the number outside it (as the development pool's annotation has it). A second
street joined by "and" ("Fifth Avenue and 44th Street", a corner) is a place too.
"""
from __future__ import annotations

import re

HEADS = ("Street", "Avenue", "Square", "Road", "Boulevard", "Place", "Lane", "Terrace", "Gardens")
_HEAD = "|".join(HEADS + tuple(h.upper() for h in HEADS))
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|\d+(?:st|nd|rd|th|ST|ND|RD|TH))"
_STREET = rf"((?:{_NAME_WORD}\s+){{1,3}}(?:{_HEAD}))(?![\w’'\-])"
# a house number: digits (a letter after them: "12a"), a comma or not; "No. 74," too
ADDRESS = re.compile(rf"(?<![\w.,])(?:No\.\s*)?\d{{1,5}}[A-Za-z]?,?\s+{_STREET}")
CORNER = re.compile(rf"\s+(?:and|AND)\s+{_STREET}")
# a year, not a house number: "In 1920 Kars Road was built"
YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o)\s+1\d{3},?\s+$")
# words that open no street's name: an article, a small word
_NOT_FIRST = {"The", "THE", "A", "An", "And", "AND", "Of", "OF", "In", "IN", "At", "AT", "On", "ON"}


def street_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", why) of each street after a house number, and of a street joined to it by "and"."""
    out = []
    for m in ADDRESS.finditer(text):
        # (the year is looked for in the 200 characters before the street: the whole text before each
        # address was read, minutes for a paragraph of addresses)
        if m[1].split()[0] in _NOT_FIRST or YEAR_BEFORE.search(text, max(0, m.start(1) - 200), m.start(1)):
            continue
        out.append((m.start(1), m.end(1), "place", "a street after its house number"))
        corner = CORNER.match(text, m.end(1))
        if corner and corner[1].split()[0] not in _NOT_FIRST:
            out.append((corner.start(1), corner.end(1), "place", "a street joined by “and” to a street of an address"))
    return out


# Round 46: a French place's name puts its head word first and the name after a particle: "Quai d'Orsay",
# "Place de la Concorde", "Rue du Bac", "Hôtel de Ville", as English prose about Paris, Geneva or Brussels
# keeps them. The head word (a street's, a square's, a quay's, a building's), capitalised, then "de", "de la",
# "de l'", "du", "des" or an elided "d'" and a capitalised name (two words with a hyphen or a space at most):
# the whole is a place, its particle inside. The heads are French words, none English prose uses alone
# before "de" ("the Place de …" is no English phrase); the English forms of two of them ("Hotel", "Avenue")
# stand before a French particle only in a French name.
FRENCH_HEADS = ("Quai", "Rue", "Place", "Boulevard", "Avenue", "Pont", "Porte", "Palais", "Hôtel", "Hotel",
                "Château", "Gare", "Jardin", "Parc", "Musée", "Bois", "Faubourg")
FRENCH_ORDER = re.compile(r"(?<![\w’'\-])(?:" + "|".join(FRENCH_HEADS) + r") (?:de la |de l[’']|des |du |de |d[’'])"
                          r"[A-Z][\w’'\-]*[\w](?:[ -][A-Z][\w’'\-]*[\w])?(?![\w’'\-])")


def french_order_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", why) of each place named in the French order, its head word first."""
    return [(m.start(), m.end(), "place", "a place named in the French order (“Quai d’…”, “Place de la …”)")
            for m in FRENCH_ORDER.finditer(text)]
