"""A plural noun and a past participle, both capitalised, are a heading, no name: "Subjects Discussed".

Why: contents pages, catalogue entries and navigation lines head a part with what it holds and what was done
to it ("Subjects Discussed", "Reservations Proposed", "Documents Received"), in title case. The recogniser
read such a pair as two capitalised names in a row, a person (test40's "Subjects Discussed" ×2, test28's
"Reservations Proposed"). A name of two words whose first is the plural of an ordinary English noun (web2
lists singulars: "Subjects" is "subject" + s) and whose second is an ordinary verb's form in -ed is no name
("Mehmed", "Ahmed" are no verb's form; "Charles Ashford" no plural noun and no participle).
"""
from __future__ import annotations

import re

PAIR = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+ed)")


def noun_and_participle(name: str, is_common) -> bool:
    """Whether `name` is a capitalised plural noun and a capitalised past participle, and nothing else."""
    m = PAIR.fullmatch(name)
    if m is None:
        return False
    noun, verb = m[1].lower(), m[2].lower()
    plural = noun.endswith("s") and not is_common(noun) and (
        is_common(noun[:-1]) or (noun.endswith("es") and is_common(noun[:-2]))
        or (noun.endswith("ies") and is_common(noun[:-3] + "y")))
    participle = any(len(stem) >= 3 and is_common(stem) for stem in (verb[:-1], verb[:-2], verb[:-3]))
    return plural and participle
