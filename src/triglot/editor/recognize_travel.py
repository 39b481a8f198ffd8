"""The shapes of names in travel prose and in the Soviet side's statements (issue #12, round 16).

A traveller walks a city by its streets, bridges, parks and quarters ("along the Nevsky Prospect",
"over the Stone Bridge", "the French Colony"), names his servants by what they are ("Ivan, the
courier who …"), and retells legend ("the great Rustam had …"); a Soviet statement names governments
by the party that held them ("the Musavat Government"). The general rules (recognize.py) cut a
street to its last word ("Road", "Colony"), drop a person named once by a bare word, read "Someone"
as one who said something, and a heading's "CHAPTER XVI" as two names. `travel_mentions` gives the
shapes that win over them; a mention of kind "none" keeps the general rules off words that are no
name.
"""
from __future__ import annotations

import re

# the words of a city's named parts: the head word is capitalised and has a capitalised word before it
CITY_HEADS = ("Prospect", "Prospekt", "Bridge", "Park", "Road", "Street", "Avenue", "Boulevard", "Square",
              "Colony", "Quarter", "Embankment", "Gardens", "Lane", "Highway")
_CAP = r"[A-Z][\w’'\-]*"
# after "the" or a preposition of way or place: "Mungo Park" after "with" or opening a sentence is a
# person's name, and is left to the general rules
CITY_PART = re.compile(rf"\b(?:the|along|across|over|through|into|near|in|on|at)\s+"
                       rf"((?:{_CAP}\s+){{1,3}}(?:{'|'.join(CITY_HEADS)}))(?![\w’'-])")
# a government named by the party that held it ("the Musavat Government", "the Armenian Musavat
# Government"), a people's adjective before it inside the name
PARTY_GOVERNMENT = re.compile(r"(?<![\w’'-])((?:([A-Z][a-z]+)\s+)?([A-Z][a-z]+)\s+Government)(?![\w’'-])")
# a movement's adjective ("Nationalist", "Maximalist", "Menshevist") or a people's ("Persian", "Turkish",
# "Japanese", "Azerbaijani", "Hellenic") is no party's name: "the Persian Government" stays untagged
ADJECTIVE_ENDINGS = ("ist", "an", "ish", "ese", "ic", "i")
# indefinite pronouns: "Someone asked me", "Everybody knew": no one named
INDEFINITE = re.compile(r"\b(?:Some|Any|Every|No)(?:one|body)\b|\bNo one\b")
# a book's chapter, part or volume with its number in Roman numerals: a heading, no name
CHAPTER = re.compile(r"\b(?:CHAPTER|Chapter|BOOK|Book|VOLUME|Volume)\s+[IVXLC](?i:[ivxlc]*)\b")
# a person where the text says who: a bare name in apposition with a calling ("Ivan, the courier of
# the mission", "Sergo, the Georgian who …"), or a figure of legend or history after "the hero",
# "the great", "the famous" before a verb ("the great Rustam had slain …")
_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
APPOSITION = re.compile(rf"\b({_NAME}),\s+the\s+([a-z]+|[A-Z][a-z]+)\s+(?:of|who|whom|whose)\b")
LEGEND = re.compile(rf"\b(?:the|The)\s+(?:hero|heroine|legendary|great|famous|mythical)\s+({_NAME})"
                    r"(?=\s+(?:had|has|was|is|who|did|once|said|told|came|went|[a-z]+ed)\b)")
POSSESSED = re.compile(rf"\b({_NAME})[’']s\s+(?:wife|husband|son|daughter|father|mother|brother|sister|widow|tomb|"
                       r"grave|death|birth|funeral|own hand)\b")


# a servant's or a traveller's companion's calling, in apposition with a bare name
CALLINGS = frozenset({"courier", "guide", "servant", "interpreter", "dragoman", "cook", "driver", "muleteer",
                      "groom", "orderly", "porter", "attendant", "companion"})


def travel_mentions(text: str, gazetteer=None, roles=frozenset(), demonyms=frozenset(),
                    is_common=None, function=frozenset(), peoples=frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of a travel text's and a Soviet statement's own shapes. `roles` are titles and
    offices, `demonyms` peoples' adjectives, `function` English function words ("The Government", "Neither
    Government" name no party); a town or country the `gazetteer` knows is never taken for a person here."""
    callings = CALLINGS
    out = []

    def place(word):
        return gazetteer.place(word) if gazetteer is not None else None

    for m in CITY_PART.finditer(text):
        words = m[1].split()
        if words[0] in ("The", "A", "An"):
            continue
        out.append((m.start(1), m.end(1), "place", f"a city's named {words[-1].lower()} (“… {words[-1]}”)"))
    for m in PARTY_GOVERNMENT.finditer(text):
        people, party, start = m[2], m[3], m.start(1)
        if people in ("The", "A", "An"):
            people, start = None, m.start(3)
        before = re.search(r"(\S+)\s+$", text[:start])
        if people is not None and people.lower() not in demonyms or before and before[1][0].isupper():
            continue      # "the Kars Provisional Government", "Baku Musavat Government": left to the general rules
        if party.lower() in function | peoples | {"the", "a", "an"} or party.lower().endswith(ADJECTIVE_ENDINGS) or (is_common is not None and is_common(party)) \
                or place(party) is not None:
            continue      # "the Soviet Government", "the Persian Government", "the French Government" (a people's
            #               word, whatever its ending; `peoples`, not `demonyms`, which holds "Dashnak" too), "the Angora Government": none here
        out.append((start, m.end(1), "org", f"a government named by the party that held it (“{party}”)"))
    for m in INDEFINITE.finditer(text):
        out.append((m.start(), m.end(), "none", "an indefinite pronoun"))
    for m in CHAPTER.finditer(text):
        out.append((m.start(), m.end(), "none", "a chapter's heading and its number"))
    for m in APPOSITION.finditer(text):
        if re.search(r"(?:[A-Z][\w’'.-]*|[\w’']-|\b(?:of|in|at|to|from|for|by))\s$", text[:m.start(1)]):
            # "Kiazim Kara Bekir, the …": the end of a longer name; "the king of Roumania, the president of
            # …": a list of offices, the name a place's; both left to the general rules
            continue
        noun = m[2].lower()
        if noun not in roles | callings and not (m[2][0].isupper() and noun in demonyms and m[0].endswith(("who", "whom", "whose"))):
            continue
        if any(w.lower() in roles | demonyms for w in m[1].split()):
            continue
        known = place(m[1]) or {}
        if known and (noun not in roles | callings or known.get("feature") == "country"):
            continue      # "Georgia, the Georgian who …" is no one; a town's name may be a courier's ("Ivan")
        out.append((m.start(1), m.end(1), "person", f"a name in apposition with a calling (“the {m[2]}”)"))
    for m in LEGEND.finditer(text):
        if place(m[1]) is None:
            out.append((m.start(1), m.end(1), "person", "a figure of legend or history (“the hero X”)"))
    for m in POSSESSED.finditer(text):
        if place(m[1]) is None and m[1].lower() not in demonyms:
            out.append((m.start(1), m.end(1), "person", "a person's kin or grave (“X’s wife”)"))
    return out
