"""The United States by its initials: "U.S. diplomats", "the U. S. hailed the agreement", "PERIL IN U.S.".

Why: the recogniser reads names word by word, and "U." and "S." are initials: before a capitalised word
they open a person's name ("U. S. NAVAL" read as a man), before a lower-case noun or at a line's end they
are read as nothing, so the state is lost in every genre that abbreviates it — American government print,
newspapers' headings, relief reports, archives' guides. The two initials with their full stops (one space
between them or none) are the state's name, with the "the" before them where the text prints it, as "the
United States" keeps its article. Left alone: more initials after them ("U.S.S.R.", "U. S. A.": another
state's or a longer name's, read by other rules), a hyphen after them ("U.S.-Russian": a name inside a
hyphenated adjective, which the sets leave untagged), and a number on either side ("260 U.S. 178": a law
report's volume and page, no place).
"""
from __future__ import annotations

import re

US = re.compile(r"(?<![\w.’'-])(?P<the>the[ \t]+)?U\.[ \t]?S\.(?![\w’'-]|[ \t]?[A-Z]\.|[ \t]?\d)")
NUMBER_BEFORE = re.compile(r"\d[ \t]*$")


def united_states_initials(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "U.S." or "U. S." standing for the United States, with a "the" before it."""
    out = []
    for m in US.finditer(text):
        if NUMBER_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue
        out.append((m.start(), m.end()))
    return out
