"""A firm's name joined by "&": "Constable & Co. Ltd.", "ANGUS & ROBERTSON LTD.", "the Russian Steam
Navigation & Trading Co.".

Why: the recogniser reads names word by word and "&" is no word of a name, so a firm is cut at it: the
part before read as a person or a place ("W. C. Penfold", a printer), the part after as a person whose
surname is "Co" ("Trading Co"), and the body is lost. Imprints, printers' lines and handbooks' notes on
shipping lines print firms so in several genres. Evidence asked for: capitalised words (or initials) on
both sides of "&" and a company's word closing the name ("Co.", "Company", "Ltd.", "Limited", "Sons",
"Bros.", "Brothers", "Inc."), so "Articles 5 & 6" and "my brothers & sisters" are no firm; "and" joins
a name only to "Co." ("Macmillan and Co., Ltd.", not "France and Company"), and a name closed by ", Ltd" is a
firm too ("EDWARD STANFORD, LTD"). An imprint's words before the name ("Printed by W. C. Penfold & Co.",
"Messrs. Harrison & Sons") stay outside it.
"""
from __future__ import annotations

import bisect
import re

_WORD = r"(?:[A-Z][\w’'-]*\.?)"
_COMPANY = r"(?:Co\.|Company|Ltd\.?|LTD\.?|Limited|LIMITED|Sons|SONS|Bros\.|Brothers|BROTHERS|Inc\.)"
FIRM = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+&[ \t]+((?:{_WORD}[ \t]+){{0,3}}?{_COMPANY}"
    rf"(?:,?[ \t]+(?:Ltd\.?|LTD\.?|Limited|LIMITED|Inc\.))?)(?![\w’'-])")
# "Macmillan and Co., Ltd.": "and" joins a firm only to "Co." ("France and Company", "Peace and Brothers" are none); "EDWARD STANFORD, LTD": a name
# closed by the word of a limited company after a comma
_LIMITED = r"(?:Ltd\.?|LTD\.?|Limited|LIMITED)"
FIRM_AND = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+(?:and|AND)[ \t]+(?:Co\.|CO\.)(?:,?[ \t]+(?:{_LIMITED}|Inc\.))?(?![\w’'-])")
FIRM_LIMITED = re.compile(rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD}),[ \t]+{_LIMITED}(?![\w’'-])")
# "the North Persia Oils Limited", "the Anglo-Persian Oil Co. Ltd": a company's capitalised name closed by the word
# of a limited company with no comma; the word must close the name ("Limited Liability Company" is none) (round 50)
FIRM_LIMITED_BARE = re.compile(
    rf"(?<![\w’'-])((?:{_WORD}[ \t]+){{0,5}}{_WORD})[ \t]+{_LIMITED}(?![\w’'-])(?![ \t]+[A-Z])")
LEADING = {"a", "an", "the", "by", "of", "from", "to", "at", "in", "and", "printed", "published", "sold", "messrs"}


def firms(text: str) -> list[tuple[int, int]]:
    """(start, end) of each firm's name in `text` (joined by "&", by "and" to "Co.", or closed
    by ", Ltd"), without an imprint's words before it
    ("Printed by", "Messrs."); an adjective opening the name stays in it ("Imperial … & … Co.")."""
    out: list[tuple[int, int]] = []
    # the names kept, which never overlap, in the order of the text: their ends then are in order too, so the one
    # kept name a reading could overlap is the first that ends after the reading starts. Each reading was compared
    # with every name kept before it: a pasted list of 3,000 "… Limited" firms made 4.3 million comparisons, the
    # square of their number (hostile46)
    starts: list[int] = []
    ends: list[int] = []
    matches = sorted((m for pattern in (FIRM, FIRM_AND, FIRM_LIMITED, FIRM_LIMITED_BARE) for m in pattern.finditer(text)),
                     key=lambda m: (m.start(), -m.end()))
    for m in matches:
        i = bisect.bisect_right(ends, m.start())
        if i < len(ends) and starts[i] < m.end():
            continue     # "Constable & Co. Ltd." read once, by its first and longest reading
        start = m.start(1)
        words = list(re.finditer(r"\S+", m.group(1)))
        for word in words[:-1]:     # the word before "&" stays: "Constable & Co." is a publisher
            bare = word.group().rstrip(".")
            if bare.lower() in LEADING:
                start = m.start(1) + word.end()
                continue
            break
        start = start + len(text[start:m.end(1)]) - len(text[start:m.end(1)].lstrip())
        if start < m.end(1):
            out.append((start, m.end()))
            j = bisect.bisect_left(starts, start)
            starts.insert(j, start)
            ends.insert(j, m.end())
    return out
