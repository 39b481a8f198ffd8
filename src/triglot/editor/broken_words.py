"""Words the print broke at a line's end, read whole ("Mesopo- tamia" as "Mesopotamia").

Unproofread page text (a scanned textbook's, a newspaper's OCR) keeps the line-break hyphen and puts a space
where the line ended. Every rule of the tagger reads names by whole words, so a broken name was either missed
or read by one narrow rule (recognize_press.py: GeoNames' places only). Here the text is read with the
breaks closed up and the proposals are put back on the words as printed, hyphen and space inside the tag,
as the editors annotate them. Only a break after a capitalised piece is closed ("Eng- land", "Com- mission"):
a name's shape; a lower-case piece after it ("Anglo- and French") is no continuation when it is a word of
its own that joins phrases.
"""
from __future__ import annotations

import re
from bisect import bisect_left

BROKEN = re.compile(r"(?<![\w’'\-])[A-Z][a-z]*[a-z]-(?P<gap> )(?!(?:and|or|nor|to)(?![a-z]))(?=[a-z]{2,})")


def closed_up(text: str) -> tuple[str, list[int]]:
    """`text` with each line-break hyphen and its space taken out, and where (in the new text) each was."""
    pieces, cuts, last, removed = [], [], 0, 0
    for m in BROKEN.finditer(text):
        cut = m.start("gap") - 1          # the hyphen
        pieces.append(text[last:cut])
        cuts.append(cut - removed)
        removed += 2
        last = m.end("gap")
    pieces.append(text[last:])
    return "".join(pieces), cuts


def as_printed(position: int, cuts: list[int]) -> int:
    """A position in the closed-up text, in the text as printed: past every break before it."""
    return position + 2 * bisect_left(cuts, position)
