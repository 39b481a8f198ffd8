"""A state's service by its branch: "the Diplomatic Service of the United States", "Consular Service of Norway"
(issue #12, round 48).

Why: "Service" is no head word of the recogniser's bodies (a "service" is as often a rite, a railway's or a favour),
so a register's or a directory's heading "IX. Diplomatic Service of the United States." left the body unread and
proposed only the state. The cue is a branch's capitalised adjective (`BRANCHES`: the diplomatic, consular,
foreign and civil services, the words by which governments name them, not taken from any text), "Service" with its
capital, "of" and the state (its article inside, as a body's name holds it): one body, the state nested.
"""
from __future__ import annotations

import re

BRANCHES = ("Diplomatic", "Consular", "Foreign", "Civil")
SERVICE_OF = re.compile(r"(?<![\w’'\-])(?:" + "|".join(BRANCHES) + r") Service of (?:the )?"
                        r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?(?![\w’'\-])")


def services_of(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "org", why) of each branch's service of a state."""
    return [(m.start(), m.end(), "org", "a name with a branch's “Service of” a state (services.py)") for m in SERVICE_OF.finditer(text)]
