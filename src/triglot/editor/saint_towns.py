"""A town named after its saint in a Romance language, read as a forename and a surname: "released in San Marco",
"the treaty of Santa Lucia" (issue #12, round 48).

Why: "San", "Santa", "Santo" and "São" open a town's name, a suburb's or a church's far more often than a man's,
and the recogniser took the pair for two capitalised names in a row, a person ("San Stefano"). The words themselves
are the cue: the Spanish, Italian and Portuguese forms of "Saint" before one capitalised word, read only as two
names in a row (no title, no register, no stronger rule said person). A surname built on them keeps its particle
before it ("José de San Martín", "López de Santa Anna") and stays a person.
"""
from __future__ import annotations

import re

SAINT_TOWN = re.compile(r"(?:San|Santa|Santo|São) [A-Z][^\W\d_]+")
PARTICLE_BEFORE = re.compile(r"(?:\b(?:de|da|di|del|do|dos|y)\s+)$")


def saint_towns(text: str, found: list, row_why: str) -> list:
    """`found` with each person read from two names in a row (`row_why`) that is a saint's town made a place."""
    for m in found:
        if m.kind == "person" and m.why == row_why and SAINT_TOWN.fullmatch(m.text) \
                and not PARTICLE_BEFORE.search(text[max(0, m.start - 5):m.start]):
            m.kind, m.why = "place", "a town named after its saint (“San”, “Santa”, “São” and a name; saint_towns.py)"
    return found
