"""A treaty's numbered articles or clauses, proposed as `<div type="article" n="…">`.

Journey 25 encoded the Armistice of Mudros: its clauses ("18. Surrender of all ports …") became plain
paragraphs, and the editor wrapped each in `<div type="article" n="18">` by hand, as tei/ENCODING.md
says, so that the web page labels and anchors it ("Article 18", `mudros.en.n18`), citations reach it
and the books print its number. encode now proposes that grouping itself, marked for review, where the
text is a treaty's and its numbering is unbroken; anywhere else numbered paragraphs stay paragraphs.

A treaty's, because a report's or an article's numbered points are no articles ("Article 3" would be
shown over a memorandum's third point): the blocks call themselves articles ("Article 3.", "ARTICLE
III", "Art. 3"), or the text closes with a signing formula, or the editor gave the genre. Unbroken,
because a grouping that guesses is worse than none: the numbers run up by one from the first to the
last numbered block (any first number: an excerpt may start at the 18th clause), at least three of
them, and after the first one nothing but paragraphs until the closing trailers or dateline (an unnumbered heading,
a dateline or a reference in between leaves the whole text as paragraphs), since TEI admits only
trailers after divisions. A paragraph after a numbered one belongs to its article — after the last
one only in a signed text or one whose genre is a treaty's: an essay that quotes three articles and
goes on in its own words is no treaty. A letter (or telegram) quoting articles is never grouped.
"""
from __future__ import annotations

import re
import unicodedata

from triglot.tei import CORRESPONDENCE_GENRES

# "Article 18", "ARTICLE III.", "Art. 3", "Clause 4" (the word then the number), or a bare "18." /
# "18)" / "(18)" opening the block: a bare number needs its stop or bracket ("3 March 1921 …" is a date)
LABEL = re.compile(r"(?:(?P<word>Article|ARTICLE|Art\.|Clause|CLAUSE)\s+(?P<named>\d{1,5}|[IVXLCDM]{1,9})\b"
                   r"|\(?(?P<bare>\d{1,3})[.)](?=\s|$))")
# what opens an article whether or not `LABEL` reads its number ("Article 12a", "1000.")
OPENS = re.compile(r"(?:Article|ARTICLE|Art\.|Clause|CLAUSE)\s|\(?\d+[.)](?:\s|$)")
TREATY_GENRES = {"treaty", "armistice", "agreement", "convention", "protocol", "accord", "pact"}
MINIMUM = 3
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


# a day before its month, as German and Russian print it ("3. March 1921"): a date, not an article
MONTH_AFTER = re.compile(r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?", re.IGNORECASE)
CLOSING_KINDS = ("trailer", "dateline")     # what TEI admits after divisions (divBottom) that encode makes


def label(text: str) -> tuple[str, int, bool] | None:
    """(the number as the text prints it, its value, whether the word "Article" names it) of a block
    that opens with an article's number, else None."""
    found = LABEL.match(text)
    if not found or found["bare"] and MONTH_AFTER.match(text, found.end()):
        return None
    if found["bare"]:
        return found["bare"], int(found["bare"]), False
    value = _value(found["named"])
    return (found["named"], value, True) if value else None


def _headed(blocks, numbered, end: int) -> bool:
    """Whether the articles are headed, each number a line of its own ("ARTICLE 91." over its text, as
    the Treaty of Sèvres is printed; journey 26), and the last one has no more paragraphs than the
    longest before it: then the paragraphs after the last heading are its text, which an unsigned
    excerpt of a treaty could not otherwise have, and an essay going on after its quoted articles
    still has more than any article."""
    if not all(_label_only(blocks[k].text) for k, _ in numbered):
        return False
    starts = [k for k, _ in numbered] + [end]
    sizes = [b - a for a, b in zip(starts, starts[1:])]
    return sizes[-1] <= max(sizes[:-1])


def _label_only(text: str) -> bool:
    """A block that is its article's number and nothing else ("ARTICLE 88.", "Article III")."""
    found = LABEL.match(text)
    return bool(found) and not text[found.end():].strip(" .:—–-")


def _value(number: str) -> int:
    """The value of "18" or of a Roman numeral written as Roman numerals are written ("IIII", "IC"
    and "MMMM…" are no numbers: 0)."""
    if number.isdigit():
        return int(number)
    total = 0
    for k, ch in enumerate(number):
        value = ROMAN[ch]
        total += -value if k + 1 < len(number) and ROMAN[number[k + 1]] > value else value
    return total if 0 < total < 4000 and _roman(total) == number else 0


def _notation(number: str) -> str:
    """How a number is written: "roman", or the digits' system by its zero ("0", "٠", "０"), so that a
    run mixing systems ("1", "٢", "3") is not read as one numbering."""
    if not number[0].isdigit():
        return "roman"
    return "".join(sorted({chr(ord(ch) - unicodedata.digit(ch)) for ch in number}))


def _roman(value: int) -> str:
    out = ""
    for numeral, amount in (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90),
                            ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1)):
        while value >= amount:
            out, value = out + numeral, value - amount
    return out


def decide(blocks, genres=(), signed: bool = False):
    """([(block index, label)] of the articles to group, or [] and (the seed line of the first article,
    why a treaty's articles were left paragraphs); None for that when they are grouped or the text is
    no treaty's to begin with (a report's numbered points, a letter).
    Journey 26: encode grouped nothing and said nothing, and the editor read this module to learn why."""
    numbered = [(k, found) for k, block in enumerate(blocks) if block.kind in ("p", "head")
                for found in [label(block.text)] if found]
    named = any(found[2] for _, found in numbered)
    genres = {g.lower() for g in genres}
    if genres & CORRESPONDENCE_GENRES:
        return [], None     # a letter quoting a treaty's articles is a letter
    treaty = signed or bool(genres & TREATY_GENRES)
    if not (named or treaty) or not numbered:
        return [], None
    at = blocks[numbered[0][0]].line
    if len(numbered) < MINIMUM:
        # an essay's "Article 3 of the treaty …" is no treaty's article left ungrouped
        return [], (at, f"only {len(numbered)} numbered block(s), fewer than {MINIMUM}") if treaty else None
    if len({_notation(found[0]) for _, found in numbered}) > 1:
        # "Article I", "Article 2", "Article III" (hostile round 36): which numbering is the text's is a guess
        return [], (at, "the numbers are written in more than one notation ("
                    + ", ".join(sorted({found[0] for _, found in numbered})[:3]) + ")")
    for (_, a), (k, b) in zip(numbered, numbered[1:]):
        if b[1] != a[1] + 1:
            return [], (at, f"the numbering does not run up by one ({a[0]}, then {b[0]} at line {blocks[k].line})")
    first = numbered[0][0]
    tail = [block.kind for block in blocks[first:]]
    closing = len(tail)
    while closing and tail[closing - 1] in CLOSING_KINDS:
        closing -= 1
    numbered_at = {k for k, _ in numbered}
    for k, kind in enumerate(tail[:closing]):
        if kind != "p" and first + k not in numbered_at:
            return [], (at, f"a {kind} among the articles (line {blocks[first + k].line}), which TEI admits only before them")
    for k, block in enumerate(blocks):
        opens = OPENS.match(block.text) if k > first and k not in numbered_at else None
        if opens and not (block.text[0].isdigit() and MONTH_AFTER.match(block.text, opens.end())):
            # an article whose number is not read ("Article 12a") would join the one before it
            return [], (at, f"line {block.line} opens like an article but its number is not read")
    if not treaty and numbered[-1][0] - first + 1 < closing and not _headed(blocks, numbered, first + closing):
        # articles quoted, then the text's own words: no treaty says whose those are
        return [], (at, "paragraphs follow the last article, and neither a signing line nor a treaty's "
                    "--genre says they are its text")
    return numbered, None


HEADING_WORDS = 8    # "PART III. POLITICAL CLAUSES.", "SECTION VI.", "ARMENIA."


def headings_before(blocks, first: int) -> list[int]:
    """The blocks just before the first grouped article (index `first`) that are the articles' headings:
    short lines wholly in capitals, made paragraphs only for the stop they print ("SECTION VI..",
    "ARMENIA." over "ARTICLE 88." in the Treaty of Sèvres as journey 26 brought it; encode made them
    the text's first two paragraphs, each with a translation slot as prose). Only before a treaty's
    grouped articles: elsewhere a line in capitals with a stop is as likely a telegram's sentence."""
    found = []
    k = first - 1
    while k >= 0 and blocks[k].kind == "p" and _capitals_heading(blocks[k].text):
        found.append(k)
        k -= 1
    return found[::-1]


def _capitals_heading(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    # a line with a digit is a date or a reference in capitals ("OCTOBER 30, 1918."), no heading:
    # a treaty's section is numbered in Roman numerals or in words (hostile round 38, by reading)
    return (len(letters) >= 2 and all(ch.isupper() for ch in letters) and text.endswith(".")
            and not any(ch.isdigit() for ch in text)
            and len(text.split()) <= HEADING_WORDS and label(text) is None)

