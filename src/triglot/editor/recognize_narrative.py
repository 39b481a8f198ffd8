"""Shapes of a person that any narrative prose has, whatever its genre (round 24, issue #12).

A memoir page, a monograph, a press cable and a letter all name a man by surname alone once the
reader knows him, and the page at hand may not be the one that named him in full ("Maude pushed
on", a page from the middle of a long memoir). Two shapes say "person" whatever the genre: a man
who does something to *himself* ("Maude devoted himself to …", "Hale found himself alone") and a
life that is someone's own ("during Maude's lifetime", "on Hale's deathbed"). "herself" and
"itself" are left alone: older prose writes countries as women ("England found herself at war").
A word the gazetteer knows as a place, a people's adjective or an ordinary word is never taken.
"""
from __future__ import annotations

import re

_WORD = r"(?<![\w’'\-.])[A-Z][a-z]{2,}"
# "Maude devoted himself", "Hale had found himself": one capitalised word, a verb in -ed (or a
# common irregular past), then "himself"
REFLEXIVE = re.compile(rf"({_WORD})\s+(?:had\s+)?(?:[a-z]+ed|found|made|threw|gave|set|got|took|kept|felt|"
                       r"showed|proved)\s+himself\b")
# "during Maude's lifetime": a life, a deathbed, an obituary belong to a person only
LIFE = re.compile(rf"({_WORD})[’']s\s+(?:lifetime|deathbed|obituary|biographer|boyhood|girlhood|childhood)\b")
WHYS = ("a man who does something to himself (“X devoted himself”)", "a person's own life (“during X’s lifetime”)")
SAME = "the surname of a person the same text shows (“X devoted himself”)"

# a biographical dictionary's or an obituary list's heading, surname first in capitals, then a title and the
# forenames in capitals ("HARWOOD, Sir JAMES EDWIN, second baronet (1840–1901)"): one person, at a line's start
_CAPS = r"[A-Z][A-Z'’\-]+"
# (the surname as the entry-head reading writes it, "Harwood": recognize_reference.py; the forenames stay in capitals)
INVERTED = re.compile(rf"(?m)^((?:{_CAPS}|[A-Z][a-z'’\-]+),\s+(?:Sir|Lord|Lady|Dame|Baron|Viscount|Earl)\s+{_CAPS}(?:\s+{_CAPS})*)(?=,|\s*\()")
INVERTED_WHY = "a dictionary's heading, surname first (“HARWOOD, Sir JAMES”)"


def narrative_mentions(text: str, gazetteer=None, demonyms=frozenset(), is_common=None
                       ) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of a person shown so by what the sentence says of him."""
    out = []
    for pattern, why in zip((REFLEXIVE, LIFE), WHYS):
        for m in pattern.finditer(text):
            word = m[1]
            if word.lower() in demonyms or (is_common is not None and is_common(word)):
                continue
            if gazetteer is not None and gazetteer.place(word) is not None:
                continue
            out.append((m.start(1), m.end(1), "person", why))
    out += [(m.start(1), m.end(1), "person", INVERTED_WHY) for m in INVERTED.finditer(text)]
    return out


def same_surname(text: str, found: list, gazetteer=None, is_common=None) -> list[tuple[int, int]]:
    """(start, end) of the other bare uses, in the same text, of a surname that one of the shapes above
    showed to be a person's: "Maude's cavalry … Maude pushed on … during Maude's lifetime" is one man
    throughout, before the shape as after it. Only a word the shapes vouched for (not any person's last
    word), never one inside another mention, never one followed by another capitalised word ("Maude
    Road"), never a place the gazetteer knows."""
    vouched = {m.text for m in found if m.kind == "person" and m.why.startswith(WHYS)}
    out = []
    for word in vouched:
        if (is_common is not None and is_common(word)) or (gazetteer is not None and gazetteer.place(word) is not None):
            continue
        for m in re.finditer(rf"(?<![\w’'\-.]){re.escape(word)}(?![\w\-])(?!['’]?s?\s+[A-Z])", text):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                out.append(m.span())
    return out
