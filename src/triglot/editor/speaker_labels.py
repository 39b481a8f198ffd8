"""A surname in capitals that labels a line: a speaker's "MORRELL: Well, ..." or a judge's "TREMAYNE, Circuit Judge.".

Why: transcripts (an oral history's question and answer, a hearing) print each speaker's surname in capitals
before a colon, and law reports print the judge who writes the opinion in capitals before his title ("X,
District Judge.", "X, J.", "JUDGE: X J."). A word in capitals alone says nothing to the recogniser (headings
and imprints are in capitals too), so these persons were lost (test40's interview labels ×11, test37's
judges). The label's place in the line is the evidence: at a line's start, or after a sentence's end where a
stored copy runs the exchanges into one line; a speaker's label is followed by speech (a lower-case word among
the next four: "LONDON: Constable & Co." is an imprint, "CANADA:" a treaty's list), a judge's by a judge's
title (which is then no name: "Presiding Judge" was read as a person). The word itself must be able to be a
surname: no ordinary English word or its plural ("NOTE:", "COUNSEL:", "SOLICITORS:"), no title or office
("JUDGE:", "PRESIDENT:"), no country or state, and either a surname of faker's lists or a word GeoNames does
not know as a place.
"""
from __future__ import annotations

import re

CAPS = r"[A-Z][A-Z’'-]*[A-Z]"
SPEAKER = re.compile(rf"(?:^|(?<=[.?!] )|(?<=[.?!]” )|(?<=\] ))({CAPS}):[ \t]+(?=\S)", re.MULTILINE)
SPEECH = re.compile(r"(?:\S+[ \t]+){0,3}?[a-z][a-z’'-]*\b")
# (a judge's name opening a block may reach the rules in title case: reference entries' heads are so written,
# recognize_reference.py, with the same offsets)
JUDGE = re.compile(rf"^(?:[A-Z][A-Za-z]{{2,11}}:[ \t]+)?({CAPS}|[A-Z][a-z’'-]*[a-z])(?:,[ \t]+(?P<title>(?:[A-Z][a-z]+[ \t]+)?(?:Judge|Justice))\b"
                   rf"|,?[ \t]+(?:C\.[ \t]?)?J\.[ \t]*$)", re.MULTILINE)


def speaker_labels(text: str, could_be_surname) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, why) of each surname in capitals labelling a line as its speaker or its judge, and of
    each judge's title after it ("Circuit Judge": kind "none", no name, though its words are capitalised).

    `could_be_surname(word)` says whether a word in capitals may be a surname (the recogniser's lists)."""
    out = []
    for m in SPEAKER.finditer(text):
        if len(m.group(1)) >= 3 and SPEECH.match(text, m.end()) and could_be_surname(m.group(1)):
            out.append((m.start(1), m.end(1), "person", "a speaker's label in capitals (speaker_labels.py)"))
    taken = {s for s, _, _, _ in out}
    for m in JUDGE.finditer(text):
        if len(m.group(1)) >= 3 and m.start(1) not in taken and could_be_surname(m.group(1)):
            out.append((m.start(1), m.end(1), "person", "a judge's name in capitals before his title (speaker_labels.py)"))
            if m["title"]:
                out.append((m.start("title"), m.end("title"), "none", "a judge's title after his name (speaker_labels.py)"))
    return sorted(out)
