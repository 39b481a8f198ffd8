"""A statesman's speech in an old translation's print: its army's numbered units, its fronts and congresses.

Why a module of its own: a speaker telling his own campaign names the bodies he led and met with by number
and by town, as the 1920s print sets them and its OCR gives them. The ordinal of a numbered unit stands apart
from its number, a superscript in the print ("the XV th Army Corps", "the 61 st Division", the OCR's "6i st",
"XIII^"), and the general rules, which know "the 61st Division", find only the head or nothing. A front is
named by its compass word with a lower-case "front" ("the Eastern front"), the same body the earlier texts
print "the Eastern Front". And congresses are named by the towns they sat in, two at once with one head word
("the Erzerum and Sivas Congresses"), which the general rules read as a person "Congresses": a congress is a
meeting, no body (tei/ENCODING.md, round 4), so the towns are the places named and the head word is nothing.
The shapes here are found first and win over the general rules.
"""
from __future__ import annotations

import re

# "the XV th Army Corps", "the 61 st Division", "XIII^ Army Corps", "the 6i st Division": a Roman or an Arabic
# number with its ordinal set apart (or the OCR's caret for it), before a unit's head
NUMBERED_UNIT = re.compile(r"(?<![\w.])(?:[IVXL]{1,5}(?:\s(?:st|nd|rd|th)|\^)|\d[\dil]{0,2}\s(?:st|nd|rd|th))"
                           r"\s+(?:Army\s+Corps|Corps|Division|Army|Regiment|Brigade)(?![\w’'\-])")
# "the Eastern front": a compass word, capitalised, before a lower-case "front" (not "the south front")
COMPASS_FRONT = re.compile(r"(?<=\b[Tt]he )(?:Eastern|Western|Southern|Northern|South-Eastern|South-Western|"
                           r"North-Eastern|North-Western) front(?![\w’'\-])")
# "the Sivas Congress", "the Erzerum and Sivas Congresses": congresses named by their towns (a town the registers
# know is masked with "·" when the tagger reads the rest of a sentence again)
_TOWN = r"(?:[A-Z][a-z]+|·+)"
TOWN_CONGRESS = re.compile(rf"(?<=\b[Tt]he )(?P<a>{_TOWN})(?: and (?P<b>{_TOWN}) Congresses| Congress)(?![\w’'\-])")

# "two individuals, Djeladet and Kiamran", "these three persons, X, Y and Z": single names listed right after a
# count of persons are persons, though GeoNames or the place-after-"and" rule would make them towns
PERSONS_NOUN = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|these|those|both)\s+(?:\w+\s+)?"
                          r"(?:persons|individuals|men|officers|brothers|agents|emissaries|deputies|delegates),\s+")
_ITEM = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?![\w’'\-])")
_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def listed_persons(text: str, not_names=frozenset()) -> list[tuple[int, int]]:
    """Spans of the names listed right after a count of persons, up to the first thing that is no name."""
    out = []
    for m in PERSONS_NOUN.finditer(text):
        pos, items = m.end(), []
        while (item := _ITEM.match(text, pos)) is not None and item[0].split()[0].lower() not in not_names:
            items.append(item.span())
            join = _JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
        if len(items) >= 2:    # a list: one name alone after the count may be anything
            out += items
    return out


def speech_mentions(text: str, gazetteer=None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of numbered units printed with a detached ordinal, fronts by a compass word
    before a lower-case "front", and the towns (GeoNames' places) congresses are named after."""
    out: list[tuple[int, int, str, str]] = []
    for m in NUMBERED_UNIT.finditer(text):
        out.append((m.start(), m.end(), "org", "a numbered unit, its ordinal set apart as the print's superscript"))
    for m in COMPASS_FRONT.finditer(text):
        out.append((m.start(), m.end(), "org", "a front by its compass word (“the Eastern front”)"))
    for start, end in listed_persons(text):
        out.append((start, end, "person", "a name listed after a count of persons (“two individuals, X and Y”)"))
    for m in TOWN_CONGRESS.finditer(text):
        towns = [g for g in ("a", "b") if m[g] and not m[g].startswith("·")]
        if gazetteer is None or any(gazetteer.place(m[g]) is None for g in towns):
            continue
        # a congress is a meeting, named after its place (tei/ENCODING.md): the towns, and no name in the head
        out += [(m.start(g), m.end(g), "place", "the town a congress is named after") for g in towns]
        head = text.rindex(" ", m.start(), m.end()) + 1
        out.append((head, m.end(), "none", "a congress's head word: a meeting, no body"))
    return out
