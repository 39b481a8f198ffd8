"""A name a comma's apposition says is someone's is a person's ("Dukhonin, his predecessor, was
murdered", "finding in Talaat, the minor telegraph official, a politician", "and Ekrem, Djemal Pasha's
son, have arrived").

Why: a capitalised word GeoNames does not know was read as a place by its place in the sentence alone
(after "and", "in", "of"), though the words after it say who it is. In the development pool such
guesses were wrong in three sets beside the one that suggested the rule (round 32,
tests/data/unseen-test34/README.md). The apposition is a comma, a determiner (his, the, a …) or a
person's name in the possessive, at most three other words, and a noun for a person: a title or office
(recognize.py's roles), a kin word, or a noun saying who someone is (`person_nouns` in
data/names/en.json: "predecessor", "official", "leader" …), ended by a comma, a stop or "of"/"who".
"Resht, the chief town of Gilan," ends in "town", no person; a place GeoNames knows keeps its record; and
what a title is of ("the king of Roumania, the president of the Estonian Republic, …") is a place in a
list of offices, each after its comma.

The other way round (round 52): a name read as a person by its shape ("Kissim Pasha": a name with "Pasha") that
an apposition calls a settlement or a part of one of somewhere ("Kissim Pasha, a suburb of Constantinople",
"Tuzla, a village of the Ismid district") is that place: the noun must be one for a settlement or a town's part
(`SETTLEMENT_NOUNS`) and an "of" must follow it, so "Jones, a town councillor of Leeds" stays a person.
"""
from __future__ import annotations

import re

from triglot.editor.peoples import guessed_place

_OWNER = r"(?:his|her|their|its|the|a|an|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?:['’]s|\s+s))"
APPOSITION = re.compile(rf",\s+{_OWNER}\s+((?:[a-z][\w\-]*\s+){{0,3}})([a-z][\w\-]*)(?=\s*(?:[,;.)]|\s(?:of|who|whom|whose)\b))")


_OF = re.compile(r"([a-z][\w\-]*)\s+of\s+(?:the\s+)?$")


def described_as_persons(text: str, found: list, nouns: set, function: set, roles: set) -> list:
    """Each one-word guessed place an apposition after it says is a person, made a person (in place)."""
    for m in found:
        if not guessed_place(m) or " " in m.text:
            continue
        office = _OF.search(text, max(0, m.start - 40), m.start)
        if office is not None and office.group(1) in roles:
            continue     # "the king of Roumania, the president of …": a realm in a list of offices
        a = APPOSITION.match(text, m.end, m.end + 120)
        if a is None or a.group(2) not in nouns or any(w in function for w in a.group(1).split()):
            continue
        m.kind, m.why = "person", f"described as someone's after a comma (“{a.group(2)}”)"
    return found


# nouns for a settlement or a part of one, before "of" in an apposition: "a suburb of Constantinople"
SETTLEMENT_NOUNS = frozenset({"suburb", "village", "town", "city", "hamlet", "quarter", "district", "port", "township"})
_PLACE_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)\s+of\s+(?:the\s+)?[A-Z]")


def described_as_places(text: str, found: list) -> list:
    """Each person an apposition after it says is a settlement of somewhere, made a place (in place)."""
    for m in found:
        if m.kind != "person":
            continue
        a = _PLACE_APPOSITION.match(text, m.end, m.end + 80)
        if a is not None and a.group(1) in SETTLEMENT_NOUNS:
            m.kind, m.why = "place", f"described as a {a.group(1)} of a place after a comma"
    return found
