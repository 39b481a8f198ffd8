"""A person's name in capitals, two to four words, is read as the same words in title case: "ALICE STONE BLACKWELL".

Why: title pages, imprints, bylines and captions print their persons in capitals ("BY / ALICE STONE BLACKWELL",
"PRINTED BY FREDERICK HALL", "To MARTIN SWAYNE, officer …", "GENERAL SIR EDMUND H. ALLENBY, G.C.B."), and
in capitals a name has lost the shape the recogniser reads it by. The instrument's casing of runs of capitals
(recognize_treaty.py) writes each word as running text would, so a given name that is also a town stays a
name ("Alice"), a middle word that is an ordinary word goes to lower case ("stone") and the person falls apart
into a place and a surname ("ALICE" proposed as a place); a pair of words in capitals inside a line is left in
capitals and read as an acronym's letters or a place ("FREDERICK", "MILFORD"). Here such a name is read by
the same rules as in mixed case: the run's words are written in title case and read alone by the recogniser,
and only when it finds one person over all of them, and nothing else, are the words given to the rest of the
encoder in title case, with the same offsets (the proposal is filled into the text as printed).

The evidence asked for: a run of two to four words in capitals (initials "H." allowed, at least two words of two
letters or more), split at English function words ("BY", "AND", "TO") and without the titles before it
("GENERAL SIR"), and closed by a possessive ("AJUSTAPHA KEMAL’S VIEWS": the name, read without its "’S"); nothing in capitals joined to it by a single space on either side (a longer heading); read
alone in title case, one person over exactly its words. A run closed by a colon after a town ("By ARAM RAFFI
LONDON: J. M. DENT"), the imprint's place before its publisher, is read without that last word.
"""
from __future__ import annotations

import re

# a word in capitals (two letters or more, a hyphen or an apostrophe inside), or an initial with its stop
TOKEN = re.compile(r"(?<![\w’'.-])(?:[A-Z][A-Z’'-]*[A-Z]|[A-Z]\.)(?![\w’'-])")
GAP = re.compile(r"[ \t]+")
POSSESSIVE = re.compile(r"[’']S$", re.I)     # a name's possessive in capitals: "KEMAL’S", "PASHA'S"
FUNCTION = frozenset({"IN", "THE", "OF", "AND", "TO", "FOR", "ON", "AT", "BY", "FROM", "WITH", "INTO", "OR", "A", "AN",
                      "AS", "IS", "WAS"})
MOST = 4


def persons_in_capitals(text: str, read_alone, titles: frozenset[str], place) -> list[tuple[int, int]]:
    """(start, end) of each run of capitals that `read_alone` (title-cased words → mentions) reads as one person
    over all its words; `titles` are lower-case titles and offices that may stand before it, `place` tells
    whether a word in title case names a place (the imprint's town before a colon)."""
    from triglot.editor.inflections import _surnames
    surnames = _surnames()
    read = {}       # a phrase read once: a roster repeats its names, and each reading is a recogniser's own
    out = []
    for run in _runs(text):
        for piece in _pieces(run, titles):
            if len(piece) < 2 or len(piece) > MOST + 1:
                continue
            start, end = piece[0].start(), piece[-1].end()
            if text[end:end + 1] == ":" and len(piece) > 2 and place(piece[-1].group().title()):
                piece = piece[:-1]     # "ARAM RAFFI LONDON: J. M. DENT": the imprint's town before its publisher
                end = piece[-1].end()
            if not 2 <= len(piece) <= MOST or sum(w.group()[-1] != "." for w in piece) < 2:
                continue
            if not all(_name_word(w.group(), surnames) for w in piece) or _joined(text, start, end):
                continue
            phrase = " ".join(_title(w.group()) for w in piece)
            if phrase not in read:
                read[phrase] = read_alone(phrase)
            found = read[phrase]
            # a name's possessive stays outside the person read ("Ajustapha Kemal’s": "Ajustapha Kemal")
            whole = len(phrase) - (2 if POSSESSIVE.search(phrase) else 0)
            if len(found) == 1 and found[0].kind == "person" and (found[0].start, found[0].end) == (0, whole):
                out.append((start, end))
    return out


def in_title_case(text: str, printed: str, spans: list[tuple[int, int]]) -> str:
    """`text` (the block as the encoder reads it, `printed` as printed: same length) with the words of each span
    written in title case, same offsets. A single space between the name and a capitalised word after it becomes
    a line's break ("Aram Raffi London: J. M. Dent"), so that the word is read as no surname of the name."""
    if not spans or len(text) != len(printed):
        return text
    out = list(text)
    for start, end in spans:
        for w in TOKEN.finditer(printed, start, end):
            out[w.start():w.end()] = _title(w.group())
        if re.match(r" [A-Z]", printed[end:end + 2]):
            out[end] = "\n"
    return "".join(out)


def _title(word: str) -> str:
    """"PASDERMADJIAN" → "Pasdermadjian", "BARRINGTON-WARD" → "Barrington-Ward", "H." as it is (same length)."""
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def _name_word(word: str, surnames) -> bool:
    """An initial, or a word of three letters or more with a vowel (no acronym: "KPSS", "DC") that is no
    ordinary English word or its plural or participle ("SMUGGLES", "DYNASTIES"), unless faker's lists know it as
    a surname ("CHAMBERS", "STONE", "MARTIN")."""
    from triglot.editor.recognize_treaty import _ordinary
    if re.fullmatch(r"[A-Z]\.", word):
        return True
    if len(word) < 3 or not re.search(r"[AEIOUY]", word):
        return False
    return not any(_ordinary(p.lower()) for p in word.split("-")) or _title(word) in surnames


def _joined(text: str, start: int, end: int) -> bool:
    """A capitalised word in mixed case joined to the run by one space ("North Carolina THEODORE E. BURTON",
    "FAIZ MOHAMMAD Khan"), or a title in mixed case before it ("Mr. ALFRED DAVIES (Clitheroe)", a speaker's
    line the House's rules read in capitals): the run is part of a longer name, or another rule's."""
    before = re.search(r"([A-Z][a-z]+)\.?[ \t]$", text[max(0, start - 30):start])
    after = re.match(r"[ \t][A-Z][a-z]", text[end:end + 3])
    return before is not None and before.group(1).upper() not in FUNCTION or after is not None and not re.match(r"[ \t](?:This|The|That|These|A|An|In)\b", text[end:])


def _runs(text: str) -> list[list[re.Match]]:
    """The runs of words in capitals, one space or tab between two words (a line's break ends a run)."""
    runs, current, last = [], [], None
    for w in TOKEN.finditer(text):
        if current and GAP.fullmatch(text, last, w.start()):
            current.append(w)
        else:
            current = [w]
            runs.append(current)
        last = w.end()
    return runs


def _pieces(run: list[re.Match], titles: frozenset[str]) -> list[list[re.Match]]:
    """A run split at its function words, each piece without the titles that open it ("GENERAL SIR")."""
    pieces, current = [], []
    for w in run:
        if w.group() in FUNCTION:
            pieces.append(current)
            current = []
        elif POSSESSIVE.search(w.group()):
            pieces.append(current + [w])     # "AJUSTAPHA KEMAL’S VIEWS": the possessive closes the name
            current = []
        else:
            current.append(w)
    pieces.append(current)
    out = []
    for piece in pieces:
        while piece and piece[0].group().rstrip(".").lower() in titles:
            piece = piece[1:]
        if piece:
            out.append(piece)
    return out
