"""Judges named by surname in a law report's head: "Before GRAHAM, Presiding Judge, and BLAND, HATFIELD, and
LENROOT, Associate Judges.", "WOLVERTON, District Judge.", "ANDREWS, J.", "ROCHE J." (issue #12, round 35).

Why: a reported judgment names its bench and the judge who gives the opinion by surname alone, in capitals,
with the office after it; the general rules want a forename or a title before a surname, so the surnames
were missed, or read as places where GeoNames knows a town of the name ("GRAHAM", "HATFIELD"), and the
office was read as a person ("Presiding Judge"). Evidence asked for: a judicial office right after the
surname ("J.", "JJ.", "C.J.", "L.J.", "Judge", "Justice", with "Presiding", "District", "Associate", "Circuit",
"Chief" before it), the surname in capitals ("WOLVERTON"), or a capitalised word before "J." closed by a
comma or the line's end ("Crane, J., dissenting"); or the bench's list after "Before", every item a
surname in capitals, with offices between. The office is no one's name and stays outside, untagged.
"""
from __future__ import annotations

import re

from triglot.editor.recognize_house import surname_in_capitals

_QUALIFIER = r"(?:(?:Presiding|District|Associate|Circuit|Chief|Senior|Puisne)\s+)"
_OFFICE = rf"(?:{_QUALIFIER}?(?:Judges?|Justices?)|J\.|JJ\.|C\.\s?J\.|L\.\s?J\.)"
_CAPS = r"[A-Z][A-Z’']*[A-Z](?:-[A-Z][A-Z’']*[A-Z])?"
CAPS_BEFORE_OFFICE = re.compile(rf"(?<![\w’'.\-])(?P<name>{_CAPS}),?[ \t]+(?P<office>{_OFFICE})(?![\w])")
# a capitalised surname before a comma and a qualified office or "J." ("Crane, J., dissenting", "Smith, District
# Judge"; a head word in capitals is given its title case before the recogniser reads it: tagger.py)
NAME_BEFORE_J = re.compile(r"(?<![\w’'.\-])(?P<name>[A-Z][a-z’'\-]+[a-z]),[ \t]+"
                           rf"(?P<office>{_QUALIFIER}(?:Judges?|Justices?)(?![\w])|(?:J\.|JJ\.|C\.\s?J\.)(?=[ \t]*(?:[,;)]|$)))",
                           re.M)
BEFORE = re.compile(rf"\bBefore[ \t]+(?P<list>{_CAPS}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:{_OFFICE}|{_CAPS}))*)")
ITEM = re.compile(rf"{_OFFICE}|(?P<name>{_CAPS})")


def judges(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of judges' surnames ("person") and their offices ("none", no name)."""
    out: list[tuple[int, int, str, str]] = []
    for m in CAPS_BEFORE_OFFICE.finditer(text):
        if surname_in_capitals(m["name"]):
            out += [(m.start("name"), m.end("name"), "person", "a judge's surname in capitals before the office"),
                    (m.start("office"), m.end("office"), "none", "a judge's office")]
    for m in NAME_BEFORE_J.finditer(text):
        out += [(m.start("name"), m.end("name"), "person", "a judge's surname before “J.”"),
                (m.start("office"), m.end("office"), "none", "a judge's office")]
    for m in BEFORE.finditer(text):
        start = m.start("list")
        for item in ITEM.finditer(m["list"]):
            s, e = start + item.start(), start + item.end()
            if item["name"] and surname_in_capitals(item["name"]):
                out.append((s, e, "person", "a judge's surname in the bench's list after “Before”"))
            elif not item["name"]:
                out.append((s, e, "none", "a judge's office"))
    seen, unique = set(), []
    for span in sorted(out):
        if span[:2] not in seen and not any(a < span[1] and span[0] < b for a, b, _, _ in unique):
            seen.add(span[:2])
            unique.append(span)
    return unique


# the shapes whose capitals are kept as printed before the recogniser reads the line (tagger.py writes a run
# in capitals as running text would, "BLAND" as the word "bland"): the evidence here is the capitals
PRINTED = (CAPS_BEFORE_OFFICE, BEFORE)
