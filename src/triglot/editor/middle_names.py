"""A given name, one or two middle names, then a surname: "William Lyon Mackenzie King", "William Deering Howe".

Why: the recogniser reads a person's name up to a word it knows, and a middle name it does not know, or
one GeoNames knows as a town ("Lyon"), ends the name there: "William Lyon Mackenzie King" gave the person
"William Lyon" (a given name before a town's word, forename_before_town.py) and a counsel's "William
Deering Howe" gave nothing, the surname being an ordinary word too ("howe", "king"). Name lines, counsel's
lines and bylines print a man's name so, in full. The evidence asked for: a given name of faker's lists
(`forenames.py`: no ordinary English word) opens the run; each middle word is an initial ("N.") or a
capitalised word that is no ordinary English word and no title, head word, state or people; the last word
is a surname of faker's lists (`inflections._surnames`: it may be an ordinary word, or a title, "King",
since no title follows a given name and its middle names) and no head word, state or people; no capitalised word, "the" or a word joined by a hyphen stands before or after the run (a longer
name, or a body or place named after the man: "the William Lyon Mackenzie King Library"); GeoNames does
not know the run as a place; and any name the recogniser found in it lies wholly inside it and is a person
or a place (the pieces it made of the man), never a body.
"""
from __future__ import annotations

import re

RUN = re.compile(r"(?<![\w’'.-])([A-Z][a-z’'-]+)((?:[ \t](?:[A-Z][a-z’'-]+|[A-Z]\.)){1,2})[ \t]([A-Z][a-z’'-]+)(?![\w’'-])")
BEFORE = re.compile(r"(?:[A-Z][\w’'.-]*|\b[Tt]he)[ \t]$")
AFTER = re.compile(r"[ \t]+[A-Z]")


def middle_names(text: str, found: list, gazetteer, excluded: frozenset[str], titles: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each given name, middle names and surname read as one person's name, by the
    evidence above; `excluded` are the lower-case words no part of the name may be (head words, states,
    peoples), `titles` the titles that may stand before it ("Mr.", "Senator")."""
    from triglot.editor.common_words import listed
    from triglot.editor.forenames import is_forename
    from triglot.editor.inflections import _surnames
    from triglot.editor.spans import Overlaps
    spans = Overlaps([(m.start, m.end) for m in found])      # looked up by bisection: linear in the text
    kinds = {(m.start, m.end): m.kind for m in found}
    surnames = _surnames()
    out = []
    for m in RUN.finditer(text):
        given, surname, middle = m.group(1), m.group(3), m.group(2).split()
        if not is_forename(given) or surname not in surnames or surname.lower() in excluded - titles:
            continue
        if any(not _middle(w, listed, excluded) for w in middle):
            continue
        before = BEFORE.search(text, max(0, m.start() - 30), m.start())
        if before and before.group().strip().rstrip(".").lower() not in titles:
            continue
        if AFTER.match(text, m.end()) or text[m.end():m.end() + 1] == "-":
            continue
        if gazetteer is not None and gazetteer.place(m.group()) is not None:
            continue
        inside = spans.of(m.start(), m.end())
        if any(s < m.start() or e > m.end() or kinds.get((s, e)) not in ("person", "place") for s, e in inside):
            continue
        out.append((m.start(), m.end()))
    return out


def _middle(word: str, listed, excluded: frozenset[str]) -> bool:
    """A middle name: an initial, or a capitalised word no ordinary English word, head word, state or people."""
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    return not listed(word.lower()) and word.lower() not in excluded
