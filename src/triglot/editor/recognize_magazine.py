"""A general magazine's feature article: bylines in capitals, a house style's "the near East", kin's possessives.

Why a module of its own: the popular and quality monthlies of 1917–1923 set names as no earlier genre did.
A byline stands in capitals on a line of its own ("By FORENAME MIDDLE SURNAME"), and the reading of a run
in capitals as running text (recognize_treaty.py) lowers every word a dictionary knows ("ADAMS" → "adams",
"HENRY" → "henry"), so the name is cut to its first word; on a byline's line every word after "By" is a
name's. A magazine's house style writes "the near East" with a lower-case "near": the place is "near
East", not "East" alone, which the general rules drop as a compass word. And the journalist names famous
men by one word, often as a possessive of kin ("one of Noah's sons", "Cromwell's son"): a town has no sons
and no wife, so the word is a person's, though GeoNames may know a town by it (not a country or a land,
whose "sons" are its people: "Armenia's sons"). The shapes here are found first and win over the general
rules.
"""
from __future__ import annotations

import re

# a byline in capitals on a line of its own: "By JOHN SMITH", "RECORDED BY JOHN Q. SMITH" (two to four
# words of capitals, initials between; the line holds nothing else)
BYLINE_CAPS = re.compile(r"(?m)^(?:[A-Z]+ )?(?:By|BY) (?P<name>(?:[A-Z][A-Z’'\-]+|[A-Z]\.)(?: (?:[A-Z][A-Z’'\-]+|[A-Z]\.)){1,3})[ \t]*$")

# "the near East", "the far East", "the middle East": a house style's lower-case first word, in the name
LOWER_EAST = re.compile(r"(?<=\bthe )(?:near|middle|far) East(?![\w’'\-])")

# "the Black sea", "the Caspian sea": the house style's lower-case head of a sea's name, in the name; not after a
# people's or a state's adjective ("the British sea power"), nor before another noun ("the Black sea coast")
LOWER_SEA = re.compile(r"(?<=\b[Tt]he )(?P<name>[A-Z][a-z]+) (?:sea|ocean)(?![\w’'\-])(?! (?!and |or |to |in |of |at |from |by |for |as |is |was )[a-z])")

# "the council of the league of nations": a house style that lower-cases institutions prints the League so, and
# an organ of it with it; the whole as printed is the body (its title case is in the earlier texts). A lower-case
# "league" alone, or "the league council", is no name in any case
LOWER_LEAGUE = re.compile(r"(?<![\w’'\-])(?:(?:council|assembly|secretariat) of the )?league of nations(?![\w’'\-])")

# "Noah's sons", "one of Cromwell's daughters": a one-word name's possessive before a word of kin
KIN_WORDS = r"(?:sons?|daughters?|wife|wives|husband|brothers?|sisters?|father|mother|widow|nephews?|nieces?|grandsons?|uncle)"
KIN_POSSESSIVE = re.compile(rf"(?<![\w’'\-])(?<!\. )(?P<name>[A-Z][a-z]+)['’]s {KIN_WORDS}(?![\w’'\-])")


def byline_as_written(text: str, not_names: set[str]) -> str:
    """`text` with a byline's name in capitals written in title case (same length, same offsets), so that
    every word of it is read as a name's; no word a title, an article or a body's word ("By THE EDITORS",
    "By OUR CORRESPONDENT" stay as printed)."""
    out = text
    for m in BYLINE_CAPS.finditer(text):
        parts = m["name"].split()
        if any(p.lower().strip(".") in not_names for p in parts):
            continue
        cased = " ".join(p if len(p) <= 2 else "-".join(x.capitalize() for x in p.split("-")) for p in parts)
        if len(cased) == len(m["name"]):
            out = out[:m.start("name")] + cased + out[m.end("name"):]
    return out


def magazine_mentions(text: str, gazetteer=None, states=frozenset(),
                      is_common=lambda word: False, adjectives=frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of "the near East" and "the Black sea" (lower case) and of a one-word name
    before a possessive of kin; `states` the English names of states and lands the gazetteer lacks,
    `adjectives` peoples' and states' adjectives (lower case)."""
    out: list[tuple[int, int, str, str]] = []
    for m in LOWER_LEAGUE.finditer(text):
        out.append((m.start(), m.end(), "org", "“the league of nations”: a house style's lower case"))
    for m in LOWER_SEA.finditer(text):
        if m["name"].lower() not in adjectives:
            out.append((m.start(), m.end(), "place", "“the Black sea”: a house style's lower-case head in the name"))
    for m in LOWER_EAST.finditer(text):
        out.append((m.start(), m.end(), "place", "“the near East”: a house style's lower-case word in the name"))
    for m in KIN_POSSESSIVE.finditer(text):
        name = m["name"]
        record = gazetteer.place(name) if gazetteer is not None else None
        if (record or {}).get("feature") == "country" or name.casefold() in states or is_common(name):
            continue    # "Armenia's sons": a country's or a land's are its people; "Father's brother"
        out.append((m.start("name"), m.end("name"), "person", "a possessive of kin (“X's sons”): a person"))
    return out
