"""A collection named after a person: "the Arthur Whitcombe Papers", "the Edith Lorne Collection" (issue #12, round 45).

Why: libraries and archives name a collection by the person who made or gathered it and the head word
"Papers" or "Collection"; the recogniser read the head as the person's last name ("… Whitcombe
Papers") or cut the name before a surname it did not know. The person is named there, and the head is
the collection's word, outside the name (the pool's annotation: test40's oral history points to a
"… Papers" finding aid, test44's records to a photographer's "… Collection").

The cue is the head word in title case right after two to four capitalised words or initials, none but
the last an ordinary word ("Foreign Office Papers", "Gift Book Collection" are no person's; a surname may
be one, "Baker"), the last no head of a body's or a place's name ("… Museum Collection") and the whole no place
the gazetteer knows ("Armenia Collection"). A single word before the head is left alone: alone it is as
often a place or a body ("Bristol Papers", a town's or an admiral's). A function word in capitals
opening a sentence before the name ("The Arthur Whitcombe Papers were sold", "Of …", "These …") is no
part of it: it is set aside before the words are judged, and two words must remain.
"""
from __future__ import annotations

import re

_PART = r"(?:[A-Z][a-z’'\-]+|[A-Z]\.)"
# a space, or a no-break space (a finding aid copied from a web page: "Arthur&nbsp;Whitcombe Papers" gave the
# person "Whitcombe Papers", head word inside, hostile41)
_S = "[ \u00a0\u202f]"
COLLECTION = re.compile(rf"(?<![\w’'\-.])(?P<name>{_PART}(?:{_S}{_PART}){{1,3}}){_S}(?:Papers|Collection)\b")


def collection_names(text: str, gazetteer, is_common, heads=frozenset(),
                     function=frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each person a collection is named after (the head word outside). `heads`: the
    lower-case head words of bodies' and places' names ("museum", "library"), never a surname;
    `function`: the lower-case function words ("the", "of"), set aside where they open the match."""
    out = []
    for m in COLLECTION.finditer(text):
        start, words = m.start("name"), m["name"].split()
        while words and words[0].lower() in function:
            start += len(words.pop(0)) + 1
        if len(words) < 2:
            continue
        if any(is_common(w) for w in words[:-1] if not w.endswith(".")) or words[0].endswith("."):
            continue
        if words[-1].lower() in heads:
            continue
        if gazetteer.place(" ".join(words)) is not None:
            continue
        out.append((start, m.end("name")))
    return out
