"""A list's items numbered in Roman figures: "Brothers of the Shah. — I. Itezad es Saltaneh. II. Muhammad Hassan
Mirza …", "IV. Befia Sultana, born 1887." (issue #12, round 53).

Why: the recogniser reads "I." and "V." as initials, and "I. Malik Mansur Mirza" was proposed as one man with an
initial. A Roman figure with its full stop at an item's start (a line's start, or after a sentence's end, a colon
or a dash) is the item's number when the text numbers at least two items so: "I." and "II.", or "IV." and "V.".
One "V." alone stays what it may be, an initial ("V. Lenin"); a figure after an initial ("J. V. Stalin") opens no
item, the sentence does not end at "J.".
"""
from __future__ import annotations

import re

ROMAN = re.compile(r"(?<![\w’'.\-])(?P<n>(?:X{0,3})(?:IX|IV|V?I{0,3}))\.(?=\s+[A-Z\d])")
# what may stand between the item's start and its figure: a stray mark of the scan ("— ^I.", "•")
MARKS = " \t^•*·"


def _opens_item(text: str, start: int) -> bool:
    """Whether the figure at `start` opens an item: a line's start, or a sentence's end (a word of two or more
    letters, or a figure, before the full stop), a colon, a semicolon or a dash before it."""
    before = text[max(0, start - 80):start].rstrip(MARKS)    # (a window: a text of many figures stays linear)
    if not before or before.endswith("\n"):
        return True
    if before[-1] in ":;—–":
        return True
    if before[-1] != ".":
        return False
    word = re.search(r"(\S+)\.$", before)
    return bool(word) and (len(re.sub(r"\W", "", word[1])) > 1)


def list_numerals(text: str) -> list[tuple[int, int]]:
    """(start, end) of each Roman figure that numbers an item of a list in `text`, its full stop included."""
    found = [m for m in ROMAN.finditer(text) if m["n"] and _opens_item(text, m.start())]
    if len({m["n"] for m in found}) < 2:
        return []
    return [(m.start(), m.end()) for m in found]
