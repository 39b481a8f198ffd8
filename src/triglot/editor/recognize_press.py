"""Press reports: the shapes of a newspaper's cables, credits and bylines.

Why a module of its own: cabled news prints names in shapes running prose never uses, and the
general rules of recognize.py read them wrongly — a dateline's place in capitals ("LONDON, March
10.") looks like an acronym to them, a news agency's credit ("—(Reuter.)", "(By Cable.—Press
Association.—Copyright.)") like a person, the French "M." before a foreign statesman's name like
an initial, and a word the compositor broke at a line's end ("Alex- andropol") like a name and a
lower-case word. The rules here find those shapes first; the recogniser keeps them over what its
general rules make of the same words (as recognize_house.py's for parliamentary records).
"""
from __future__ import annotations

import re

from triglot.editor.recognize_house import surname_in_capitals

# A dateline: a place in capitals (one or two words) at a line's or a sentence's start, a comma, then a
# month's word (perhaps abbreviated or misprinted: "Februaty") and a day — "LONDON, March 10.", "NEW YORK, Sept. 21."
DATELINE = re.compile(r"(?:^|(?<=[.:;)]\s)|(?<=\d\s))(?P<place>[A-Z][A-Z’'\-]+(?:\s[A-Z][A-Z’'\-]+)?),\s+"
                      r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b", re.M)
# A credit after a dash, in brackets: "—(Reuter.)", "— (United Service.)"; a newspaper credited in
# quotation marks ("—(“Argus.”)") is a source, not tagged (the sets' gold), so quotes are refused here
CREDIT_BRACKET = re.compile(r"[—–]\s*\((?P<name>[A-Z][^()\n“”\"‘’]{0,40}?)\.?\)")
# The cable formula: "(By Cable.—Press Association.—Copyright.)"; its first word may be misprinted ("Cahle")
CABLE_FORMULA = re.compile(r"\(\s*By\s+\w+\.?\s*[—–]+\s*(?P<name>[A-Z][^()\n—–]{1,40}?)\.?\s*[—–]+\s*Copyright\b")
# The French "M." (Monsieur) before a name: a title, outside the name — unless it is one initial of several
# ("J. M. Keynes") or follows a forename's initial run
MONSIEUR = re.compile(r"(?<![\w.’'])(?<![A-Z]\.\s)M\.\s+(?P<name>[A-Z][a-zà-ÿ’'\-]+(?:\s[A-Z][a-zà-ÿ’'\-]+)?)(?![\w’'\-])")
# A word broken at a line's end and printed with the hyphen and a space: "Alex- andropol"
BROKEN = re.compile(r"(?<![\w’'\-])(?P<head>[A-Z][a-z]+)-\s(?P<tail>[a-z]{2,})(?![\w’'\-])")


def press_mentions(text: str, gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of the names a press report gives in its own shapes; kind "none" marks
    words that are no name proposal (they only keep the general rules off them)."""
    out = []
    for m in DATELINE.finditer(text):
        if all(surname_in_capitals(w) for w in m["place"].split()):
            out.append((m.start("place"), m.end("place"), "place", "a dateline's place in capitals"))
    for pattern in (CREDIT_BRACKET, CABLE_FORMULA):
        for m in pattern.finditer(text):
            name = m["name"].strip()
            if name.split()[0] in {"Received", "Rec."} or not re.search(r"[A-Za-z]{3}", name):
                continue     # a receipt line's hour, "(Received 0.30 a.m.)", is no credit
            start = m.start("name")
            out.append((start, start + len(name), "org", "a news agency's credit"))
    for m in MONSIEUR.finditer(text):
        out.append((m.start("name"), m.end("name"), "person", "a name after the French title “M.”"))
        out.append((m.start(), m.start() + 2, "none", "the French title “M.”"))
    for m in BROKEN.finditer(text):
        joined = m["head"] + m["tail"]
        known = gazetteer is not None and gazetteer.place(joined) is not None
        out.append((m.start(), m.end(), "place" if known else "none",
                    "a place's name broken at a line's end" if known else "a word broken at a line's end"))
    return sorted(out)
