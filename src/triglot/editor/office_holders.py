"""A government's list of offices and their holders, one office a line, the holder after a dash: "Minister of
War. — Reza Khan.", "Minister for Foreign Affairs. — Nasir-ul-Molk.", "14. Education. — M. Lunacharsky."
(issue #12, round 53).

Why: a yearbook, an almanac or a gazette prints the year's cabinet so, and a Persian minister is named there by
his honorific name alone ("Moadeb-ed-Dowleh", "Mochir-Moazam"), a word no other rule reads as a person's. The
line's shape says it: an office (a title of the recogniser's list, "Minister", "Secretary", "President", or a
numbered line of a list, "14. Education.") closed by its full stop, a dash, and nothing after the dash but
capitalised words, the holder's name, closed by a full stop or the line's end, an "(Acting)" in brackets left
out. A title before the name stays outside it ("M. Lunacharsky", "General Zia Pasha"); a rubric run into its
paragraph ("Commerce. — For the year ending July 1, 1919, …") names no holder: the paragraph goes on past any name.
"""
from __future__ import annotations

import re

WORD = r"[A-Z][\w’'\-]*\.?"
LINE = re.compile(rf"^[ \t]*(?P<number>\d+\.\s*)?(?P<office>[A-Z][^\n—–]{{2,90}}?)\s*\.\s*[—–]+\s*"
                  rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,5}}?)[ \t]*(?:\([^)\n]*\))?[ \t]*\.?[ \t]*$", re.M)


def office_holders(text: str, titles, is_common, gazetteer) -> list[tuple[int, int, str, str]]:
    """(start, end, "person", why) of each holder named after his office on a line of its own. `titles` are the
    recogniser's titles ("minister", "general", "m."), `is_common` tells an ordinary word ("Left Vacant")."""
    out = []
    for m in LINE.finditer(text):
        office = m["office"].lower().replace("-", " ").split()
        if not (m["number"] or any(word.strip(".,") in titles for word in office)):
            continue
        words = list(re.finditer(r"\S+", m["name"]))
        while words and (words[0][0].lower() in titles or words[0][0] in ("M.", "M")):
            words = words[1:]     # "M. Stalin", "General Zia Pasha": the title stays outside the name
        if not words:
            continue
        start, end = m.start("name") + words[0].start(), m.start("name") + words[-1].end()
        name = text[start:end].rstrip(".")
        end = start + len(name)
        if all(is_common(w.strip(".")) for w in name.split()) or (gazetteer.place(name) or {}).get("feature") == "country":
            continue      # "Left Vacant": no holder; "— Persia.": a state after a dash, no man
        out.append((start, end, "person", "the holder named after his office in a list of offices"))
    return out
