"""A surname in capitals after a title is a person: "Senator HOLLOWAY:", "THE RIGHT HON. VISCOUNT ASHCOMBE, O.M.".

Why: a debate's record prints the member who speaks as his title in title case and his surname in capitals
("Senator X:"), and a title page names a peer or an officer as a title and a surname, all in capitals. A word
in capitals alone says nothing to the recogniser (headings and imprints are in capitals too), and the label
rule (speaker_labels.py) asks the surname to open its line, so these persons were lost. The title is the
evidence: a title, office or form of address of the lists (`titles`, in any case, with or without its full
stop), one space or tab, then one word in capitals of three letters or more that may be a surname (the
recogniser's test: no ordinary word, title, people, country or state), then no further word that opens
with a capital, an initial included ("Mr. HENRY G. SMITH" is a name of three words in capitals, the capital
rules'; "GENERAL ASSEMBLY" is no name either way: "assembly" is an ordinary word). nor a hyphen ("Major GLYN - JONES", the House rules'). A given name alone after a
title stays a person ("Senator THOMAS:"): the record names a member so.
"""
from __future__ import annotations

import re

RUN = re.compile(r"(?<![\w’'.-])([A-Za-z]+)\.?[ \t]([A-Z][A-Z’'-]*[A-Z])(?![\w’'.-])(?![ \t]+[A-Z])(?![ \t]*[-–])")


def title_before_capitals(text: str, titles: frozenset[str], could_be_surname) -> list[tuple[int, int]]:
    """(start, end) of each word in capitals after a title, by the evidence above."""
    out = []
    for m in RUN.finditer(text):
        word = m.group(2)
        if m.group(1).lower() in titles and len(word) >= 3 and could_be_surname(word):
            out.append((m.start(2), m.end(2)))
    return out
