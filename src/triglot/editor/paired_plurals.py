"""Two plural nouns joined by "and" open one body's name: "Workers and Peasants Party", "Prints and Photographs Division".

Why: a body is often named for the two kinds of people or things it is of ("Workingmen's and Soldiers'
Council", "Prints and Photographs Division"), and the recogniser, reading a name's words from its head word
back, stopped at "and": the body was proposed without its first noun ("Peasants Socialist Party of Turkey" in
test6, "Soldiers' Council" in test32, "Photographs Division" in test39). The evidence asked for: the body's
first word and the capitalised word before its "and" are both plurals of ordinary English nouns (or their
possessives: "Soldiers'", "Workingmen's"), so a place, a person or a second body before "and" ("Britain and
Labour Party", "Allen and Unwin") is left, as is a word another name found already holds.
"""
from __future__ import annotations

import re
from bisect import bisect_right

BEFORE_AND = re.compile(r"([A-Z][a-z]+(?:’s|'s|’|')?)[ \t]+and[ \t]+$")
POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")


def _plural_noun(word: str, common_plural, is_common) -> bool:
    bare = POSSESSIVE.sub("", word)
    return common_plural(bare) or (bare.endswith("men") and is_common(bare[:-3].lower() + "man"))


def with_paired_plurals(text: str, found: list, common_plural, is_common) -> list:
    """`found` with each body whose first word is a plural noun run back over "Plural and" before it."""
    ends = sorted(m.end for m in found)
    for m in found:
        if m.kind != "org" or not _plural_noun(m.text.split()[0], common_plural, is_common):
            continue
        before = BEFORE_AND.search(text, max(0, m.start - 40), m.start)
        if before is None or not _plural_noun(before[1], common_plural, is_common):
            continue
        i = bisect_right(ends, m.start)      # (a sorted list: a text of many bodies is read once, not once a body)
        if i and ends[i - 1] > before.start(1):
            continue      # the word is another name's
        m.start, m.text = before.start(1), text[before.start(1):m.end]
    return found
