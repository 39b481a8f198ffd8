"""A given name and a surname before a bracketed office are one person: "Edith Warrender (Translator)".

Why: a catalogue's author line, a debate's member line and a record's credits write a person's name with the
office or part the person had in brackets after it ("Name (Leader of the Opposition)", "Name (Translator)").
Such a line is in title case, and in a title-case block the recogniser asks strong evidence of a name, which a
given name and an unknown surname are not: the person was missed on the lines that name him most plainly. The
evidence asked for: a given name of faker's lists (`forenames.py`), then one or two capitalised words, each no
ordinary English word unless faker's lists know it as a surname ("Stone"), then " (" and an office: a title of
the lists (`roles`) or an agent noun ("Translator", "Leader", a word in "-or", "-er" or "-ist" that is an ordinary
word); no capitalised word joined to the run before it; and any name found in it lies wholly inside it and is a
person or a place (the pieces made of the man).
"""
from __future__ import annotations

import re

RUN = re.compile(r"(?<![\w’'.-])([A-Z][a-z’'-]+)((?:[ \t][A-Z][a-z’'-]+){1,2})[ \t]\(([A-Z][a-z]+)")
BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]$")
AGENT = ("or", "er", "ist")


def name_before_office(text: str, found: list, roles: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each given name and surname before a bracketed office, by the evidence above."""
    from triglot.editor.common_words import listed
    from triglot.editor.forenames import is_forename
    from triglot.editor.inflections import _surnames
    from triglot.editor.spans import Overlaps
    spans = Overlaps([(m.start, m.end) for m in found])
    kinds = {(m.start, m.end): m.kind for m in found}
    surnames = _surnames()
    out = []
    for m in RUN.finditer(text):
        given, rest, office = m.group(1), m.group(2).split(), m.group(3).lower()
        if not is_forename(given) or any(listed(w.lower()) and w not in surnames for w in rest):
            continue
        if office not in roles and not (office.endswith(AGENT) and listed(office)):
            continue
        start, end = m.start(), m.end(2)
        if BEFORE.search(text, max(0, start - 30), start):
            continue
        inside = spans.of(start, end)
        if any(s < start or e > end or kinds.get((s, e)) not in ("person", "place") for s, e in inside):
            continue
        if (start, end) in kinds:
            continue
        out.append((start, end))
    return out
