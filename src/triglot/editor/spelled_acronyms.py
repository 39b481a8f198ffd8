"""An acronym that a text defines by spelling it out is a body's short name, there and wherever the text uses
it again: "the National Government of Georgia, NGG. … The NGG encouraged", "State Archive of the Russian
Federation (SARF). … SARF. F. 5." (issue #12, round 36).

Why: the recogniser drops an acronym standing alone ("GARF", "NGG": archives, offices and parties by their
letters are no name its rules can judge), and the brackets' rule (`Recogniser._aliases`) names an acronym
only after a name the recogniser found by its own words. A reference list in transliterated Russian names an
archive in a language the head words do not know ("Gosudarstvennyj arhiv Rossijskoj Federacii (GARF)"), and
an encyclopedia names a government in exile with its letters after a comma; then the archive or the
government is cited by its letters alone, entries or paragraphs later. The evidence is the text's own: the
capitals of the acronym are the first letters of the words just before it (each word's, or the capitalised
words' only, "of" and "the" left out), so the words are its long name. The long name, untagged, is a body
too; a name already found there keeps its kind, and the acronym takes it ("… Republic (TDFR)" stays a place).
An untagged long name whose last word is an ordinary English word and no body's head word is no body's
("New Economic Policy (NEP)"). The acronym is remembered for the rest of the document (the recogniser's `acronyms`).
"""
from __future__ import annotations

import re
from bisect import bisect_left

# "(GARF)", ", NGG." : three or more capitals (a small "b" in brackets, "VKP(b)", is not spelled by words)
DEFINED = re.compile(r"(?:\(|, )([A-Z]{3,})(?=\)|[.,;]?(?:\s|$))")
# the words before it, on its line: letters, inner hyphens and apostrophes
LONG_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
# how far before an acronym its long name is looked for (a long line of acronyms is read in linear time)
REACH = 300
USED = re.compile(r"(?<![\w’'\-])([A-Z]{3,})(?![\w’'\-(])")


def _letters(words: list[str], capitalised_only: bool) -> str:
    parts = [p for w in words for p in re.split(r"-", w) if p]
    if capitalised_only:
        parts = [p for p in parts if p[0].isupper()]
    return "".join(p[0] for p in parts).upper()


def _long_name(text: str, end: int, acronym: str) -> tuple[int, int] | None:
    """The span of the words just before `end` whose first letters spell `acronym`, if any."""
    line_start = max(text.rfind("\n", 0, end) + 1, end - REACH)
    words = list(LONG_WORD.finditer(text, line_start, end))
    if not words or text[words[-1].end():end].strip() not in ("", ","):
        return None
    for n in range(1, min(len(words), 2 * len(acronym)) + 1):
        chosen = words[-n:]
        between = [text[a.end():b.start()] for a, b in zip(chosen, chosen[1:])]
        if any(gap.strip() for gap in between):
            return None    # punctuation inside: not one name
        names = [w[0] for w in chosen]
        if not names[0][0].isupper():
            continue
        if _letters(names, False) == acronym or _letters(names, True) == acronym:
            return chosen[0].start(), chosen[-1].end()
    return None


def spelled_acronyms(text: str, found: list, known: dict[str, str], make, no_body) -> list:
    """Mentions to add to `found`: acronyms spelled out by the words before them (with those words, when
    untagged) and later uses of acronyms defined so far (`known`, acronym → kind, updated here).
    `make(start, end, kind, why)` builds a mention; `no_body(word)` tells that an untagged long name's last
    word, its head in English, is an ordinary word and no body's head ("New Economic Policy (NEP)": a policy)."""
    added = []
    covered = bytearray(len(text) + 1)    # characters inside a mention (one look per character: a text of
    for m in found:                        # thousands of acronyms is read once, not once per pair)
        covered[m.start:m.end] = b"\1" * (m.end - m.start)

    by_start = sorted(found, key=lambda m: m.start)
    starts = [m.start for m in by_start]

    def free(start: int, end: int) -> bool:
        return not any(covered[start:end])

    def add(mention) -> None:
        added.append(mention)
        covered[mention.start:mention.end] = b"\1" * (mention.end - mention.start)

    for m in DEFINED.finditer(text):
        acronym, (start, end) = m[1], m.span(1)
        span = _long_name(text, m.start(), acronym)
        if span is None or not free(start, end):
            continue
        near = by_start[bisect_left(starts, span[0] - 2 * REACH):bisect_left(starts, span[1])]
        inside = [f for f in near if span[0] <= f.start and f.end <= span[1]]
        whole = [f for f in inside if (f.start, f.end) == span]
        kind = whole[0].kind if whole else "org"
        if not whole and no_body(text[span[0]:span[1]].split()[-1]):
            continue
        if not whole and not any(f.start < span[1] and span[0] < f.end for f in near if f not in inside):
            # the long name untagged (a place nested in it may stay: "… Rossijskoj Federacii")
            add(make(span[0], span[1], "org", f"the long name of “{acronym}”, spelled by its words"))
        elif not whole:
            continue    # another name runs across it: not judged
        known[acronym] = kind
        add(make(start, end, kind, f"an acronym spelled by the words before it (“{text[span[0]:span[1]]}”)"))
    for m in USED.finditer(text):
        if m[1] in known and free(*m.span(1)):
            add(make(m.start(1), m.end(1), known[m[1]], f"the acronym “{m[1]}” defined earlier in the text"))
    return added
