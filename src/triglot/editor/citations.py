"""A footnote's short citation: the author's surname, the work's short title and a page, "Hale, War in the
Aegean, 212." or the title alone, "Ibid." aside, "Fleet in the Levant: 88." (issue #12, round 48).

Why: a documentary edition's footnotes cite their sources in the short form (surname, short title, page), and the
recogniser read the surname alone before a comma as nothing or a place, and the title's places as mentions, where
the sets' gold takes the author as a person and leaves a cited work's title untagged, its places too (test47's
guidelines, as the earlier sets' citation titles). The cue is the form itself: at a sentence's start, a surname and
a comma or nothing, a title in title case of three words or more with a lower-case word of a title among them
("in", "of", "the", …), and a page of one to three figures after a comma or a colon, closing the sentence. A year
after the comma is no page ("Treaty of Peace with Turkey, 1920.": four figures).
"""
from __future__ import annotations

import re

_SMALL = r"(?:in|of|the|and|on|to|for|a|an|at|with|from)"
_CAP = r"[A-Z][\w’'\-]*"
CITATION = re.compile(rf"(?:^|(?<=[.;:] )|(?<=[.;:]  ))(?:(?P<author>[A-Z][a-z’'\-]+), )?"
                      rf"(?P<title>{_CAP}(?: (?:{_CAP}|{_SMALL}))+)[,:] (?:pp?\. ?)?\d{{1,3}}(?!\d)(?:[-–]\d{{1,3}})?\.(?=\s|$)",
                      re.M)


def citations(text: str, is_common) -> list[tuple[int, int, int, int]]:
    """(author start, author end, title start, title end) of each short citation; the author's span is empty
    (start == end) where the title stands alone."""
    out = []
    for m in CITATION.finditer(text):
        words = m["title"].split()
        if len(words) < 3 or not any(re.fullmatch(_SMALL, w) for w in words) or words[-1] in ("of", "the", "and"):
            continue
        author = m["author"]
        if author and is_common(author):
            continue      # "Note, Treaty of …": an ordinary word, no surname
        a = (m.start("author"), m.end("author")) if author else (m.start("title"), m.start("title"))
        out.append((a[0], a[1], m.start("title"), m.end("title")))
    return out
