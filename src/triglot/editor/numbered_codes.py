"""A code or a unit with its number read as a person: a cable's routing code "Prep. by C-1", an intelligence
staff's "G-2 Middle East", a regiment's "2nd L.H." (issue #12, round 48).

Why: the recogniser's words hold a letter with a hyphen and figures ("C-1") and an ordinal ("2nd"), and a run
of capitals with them was read as a man's name and initials. No person's name opens with an ordinal, nor holds a
code of one to three capitals, a hyphen and figures, nor is a heading's numeral with an ordinal word alone ("V.
Second", left of "V. Second Assistant Secretaries of State" once the title in the plural is split off). An OCR's
figure for a letter ("Dabney 8. Carr", "A. 0. YATE") is left alone: it is none of these.
"""
from __future__ import annotations

import re

CODE = re.compile(r"[A-Z]{1,3}-\d+")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# a numbered heading's numeral and an ordinal word cut from the title after it: "V. Second" of "V. Second Assistant
# Secretaries of State" (the plural title split off)
NUMBERED_ORDINAL = re.compile(r"(?:[IVXL]+\.|[A-Z]\.)\s+(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)")


def without_numbered_persons(found: list) -> list:
    """`found` without the persons that hold a code with its number or open with an ordinal."""
    return [m for m in found if not (m.kind == "person" and m.text.split()
                                     and (ORDINAL.fullmatch(m.text.split()[0]) or NUMBERED_ORDINAL.fullmatch(m.text)
                                          or any(CODE.fullmatch(w) for w in m.text.split())))]
