"""A register's list line, one officer a line with his State and the date of his commission: "Amos Tuttle, Vermont,
June 3, 1861." — the name before the first comma is a person, the State a place.

Why: a list of chiefs of mission, of members or of appointments gives each man a line of its own, with no title
before his name: every word of the line is capitalised, so the recogniser reads it as a title-case heading, where
capitals say nothing, and keeps only names with strong evidence (an initial: "Amos B. Tuttle"). The names of two
words were lost, and the State after them was read as his surname ("Tuttle Vermont") when the lines were read
together.

The cue is the line's shape, stated without any text's words: the line is a name of two to four capitalised
words (a particle, "La", "de", "van", between them), a comma, a place the gazetteer or ISO 3166-2 (regions.py)
knows, a comma and a date with its year (a month's full name, its day, the year), and nothing but a full stop
after. Left alone: a name that is itself a place GeoNames knows ("Fort Worth, Texas, May 3, 1901.", a dateline),
or whose first word is an ordinary word, a title, an office, or a place's or body's head word ("Camp Lee,
Virginia, …", "Governor Smith, …"), and a line with anything more ("…, 1876, and resigned"). A list of envoys
in the order of their dates, each line a date, the man's name and a comma before his rank, is read the same way
(DATED below).
"""
from __future__ import annotations

import re

from triglot.editor import regions

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WORD = r"[A-Z][a-zà-öø-ÿ’'\-]+(?:[A-Z][a-zà-öø-ÿ’'\-]+)?"      # "MacVeagh", "O'Brien", "Alcée"
_PARTICLE = r"(?:La|Le|De|de|la|van|von|Van|Von|da|du|Du)"
LINE = re.compile(
    rf"^[ \t]*(?P<name>{_WORD}(?:[ \t](?:{_PARTICLE}[ \t])?{_WORD}){{1,3}}),[ \t]+"
    rf"(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}),[ \t]+"
    rf"(?:{_MONTHS})[ \t]+[0-3]?\d,[ \t]+(?:1[5-9]\d\d|20\d\d)\.?[ \t]*$", re.MULTILINE)


# … and a list of envoys or appointments in the order of their dates, the date opening the line and the man's
# name after it, then a comma and his rank ("June 3, 1861 Amos Tuttle, Minister Resident"; a stored web table
# glues the date to the name, "June 3, 1861Amos Tuttle, …"): the words from the date to the comma are the name
DATED = re.compile(
    rf"^[ \t]*(?:{_MONTHS})[ \t]+[0-3]?\d,[ \t]+(?:1[5-9]\d\d|20\d\d)[ \t]*"
    rf"(?P<name>{_WORD}(?:[ \t](?:{_PARTICLE}[ \t])?{_WORD}){{1,4}}),[ \t]", re.MULTILINE)


def _a_name(name: str, gazetteer, is_common, heads: frozenset[str]) -> bool:
    """Words that may be a person's name: no ordinary word first, no title or head word, no place."""
    first = name.split()[0]
    if is_common(first) or any(w.lower() in heads for w in name.split()):
        return False
    return gazetteer.place(name) is None and not regions.region(name)


def register_lines(text: str, gazetteer, is_common, heads: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each register line's person ("person") and its place ("place")."""
    if gazetteer is None:
        return []
    out = []
    for m in LINE.finditer(text):
        name, place = m["name"], m["place"]
        if not _a_name(name, gazetteer, is_common, heads):
            continue
        if gazetteer.place(place) is None and not regions.region(place):
            continue
        out.append((m.start("name"), m.end("name"), "person"))
        out.append((m.start("place"), m.end("place"), "place"))
    for m in DATED.finditer(text):
        if _a_name(m["name"], gazetteer, is_common, heads):
            out.append((m.start("name"), m.end("name"), "person"))
    return out
