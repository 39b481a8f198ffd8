"""The person a new body is named after, named in full before its head word: "Harry S. Truman Library".

Why: a body named after a person holds that person's name, and the sets' gold tags both, the person
nested in the body (test39's "Poushkin Society in America", test8's "International Lenin School", test40's
"Harry S. Truman Library" ×9). A person the registers know is nested already (tagger.py keeps a register
name inside a new body); a person the registers do not know was lost as soon as the body was found ("Library"
made a body's head word in round 38, and the person inside it went with it). The evidence asked for is
strong, so that a body named after a family, a town or a founder's bare surname ("Rockefeller Foundation",
"Carnegie Endowment") keeps its words whole: everything before the body's first head word is one person's
name in full with a middle initial ("Harry S. Truman", "John F. Kennedy"), and the recogniser, reading those
words alone, finds one person over the whole of them.
"""
from __future__ import annotations

import re

WORDS_BEFORE_HEAD = re.compile(r"(?:[A-Z][\w’'-]*\.? ){1,4}")
INITIAL = re.compile(r"\b[A-Z]\.")


def person_before_head(org_text: str, heads: frozenset[str], find) -> tuple[int, int] | None:
    """(start, end) in `org_text` of the person named in full before the body's first head word, or None.

    `find` reads a piece of text alone and gives its mentions (the recogniser's `find`)."""
    m = WORDS_BEFORE_HEAD.match(org_text)
    if not m:
        return None
    words = m.group().split()
    for n, word in enumerate(words):
        if word.lower() in heads:
            words = words[:n]
            break
    else:
        rest = org_text[m.end():].split(" ", 1)[0]
        if rest.lower() not in heads:
            return None
    if len(words) < 2 or not INITIAL.search(" ".join(words[1:-1]) or " "):
        return None      # a name in full with a middle initial: "Harry S. Truman", not "Carnegie" or "New York"
    name = " ".join(words)
    found = find(name)
    if len(found) == 1 and found[0].kind == "person" and found[0].start == 0 and found[0].end == len(name):
        return 0, len(name)
    return None
