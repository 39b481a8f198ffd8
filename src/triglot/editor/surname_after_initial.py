"""An initial and a name, then a surname that is also an ordinary word: "R. Ashby Fowler", "L. Milton Bowman".

Why: the recogniser ends a person's name before an ordinary English word, so a surname that is one
("Bowman", "Hardy", "Fowler", "Brown") falls out of a name whose middle word already looks like a surname:
"L. Milton Bowman" gave the person "L. Milton". Index lines and photograph captions print names so (an initial,
a second given name written out, the surname). The evidence asked for: the person found is an initial and one
capitalised word, the next word follows after one space, is capitalised, is a surname in faker's lists
(`inflections._surnames`), and is no head word of a place or a body and no title ("L. Milton Hall", "R.
Ashby Street" stay places), and no other name the recogniser found begins there.
"""
from __future__ import annotations

import re

INITIAL_AND_NAME = re.compile(r"[A-Z]\.[ \t][A-Z][a-z’'-]+")
NEXT = re.compile(r" ([A-Z][a-z’'-]+)(?![\w’'-])")


def with_surname_after_initial(text: str, found: list, heads: frozenset[str]) -> list:
    """`found` with each "Initial. Name" person run on over a surname that is an ordinary word after it."""
    from triglot.editor.inflections import _surnames
    starts = {m.start for m in found}
    for m in found:
        if m.kind != "person" or not INITIAL_AND_NAME.fullmatch(m.text):
            continue
        after = NEXT.match(text, m.end)
        if not after or after.start(1) in starts or after.group(1).lower() in heads or after.group(1) not in _surnames():
            continue
        m.end, m.text = after.end(), text[m.start:after.end()]
    return found
