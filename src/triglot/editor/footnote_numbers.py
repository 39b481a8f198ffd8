"""A footnote's number glued to the name it is set after: "Admiral de Robeck3 appealed", "Admiral Benson4 on his
arrival" (issue #12, round 48).

Why: a documentary edition's web page drops the superscript and keeps its digits, run into the word before them,
and the recogniser's words may hold digits ("11th", a ship's "U-152"), so the name was proposed with its
footnote's number in it. The number is no part of the name: a capitalised name's last word of lower-case
letters with one or two digits right after them, and nothing else of the word after the digits, ends before
them. A number with a hyphen ("U-152"), a capital before it ("B12", a grid square's or a form's) or three digits
is left as it is.
"""
from __future__ import annotations

import re

GLUED_NUMBER = re.compile(r"(?<=[^\W\d_]{2})(?<=[a-zà-ÿ])\d{1,2}$")


def without_footnote_numbers(text: str, found: list) -> list:
    """`found` with each name's glued footnote number left outside it (the mention ends before the digits)."""
    for m in found:
        if m.kind not in ("person", "place", "org"):
            continue
        glued = GLUED_NUMBER.search(m.text)
        if glued is None or glued.start() < 2 or (m.end < len(text) and text[m.end].isalnum()):
            continue
        m.end = m.start + glued.start()
        m.text = text[m.start:m.end]
    return found
