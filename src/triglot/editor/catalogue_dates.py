"""Dates as a library's catalogue writes them: a heading's life span, a collection's span, a chronology's day
written year first (issue #12, round 45).

Why: the date reader took two full years joined by a dash as one span only when they are at most fifty
years apart or stand alone in brackets ("(1881-1954)"), and never before a second dash; a catalogue's
index heading gives a person's life dates after the name and a comma, often with its form subdivision
after two dashes ("Barton, Amos, 1855-1936--Correspondence."), and a finding aid gives a collection's
span after its label ("Span Dates: 1795-1941", "(bulk 1870-1941)"). Both were read as the second year
alone, a wrong date and a missed one. A register's chronology writes each day year first
("1868, Apr. 17 Born, …"), which was read as a year and a year-less day given some other year.

The cues are the catalogue's conventions, stated without any text's words: a life span (at most 120
years, as the bracketed lifespan) stands right after a name and its comma; a collection's span of any
length stands right after the label "Dates:" or the archivist's "bulk"; a day written year first stands
where an entry opens, never after a preposition or a lower-case word ("in 1919, May 5 was …" is left as
it was) and never after a comma (the tail of "June 3, 1919, May 5 …").
"""
from __future__ import annotations

import re

# what may follow a span: a heading's form subdivision ("--Correspondence"), a stop, a bracket, a space
_AFTER = r"(?=--|[.,;:)]?(?:\s|$))"
# a space, or a no-break space (a finding aid copied from a web page: "Dates:&nbsp;1795-1941")
_S = "[ \u00a0\u202f]"
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][\w’'-]*\s*$")


def life_span(year: str, dash: str) -> str:
    """Two full years right after a name and its comma: "Henry, 1856-1946", "(James Levi), 1855-1936--"."""
    return rf"(?<=[A-Za-z.)],{_S})(?P<y1>{year}){dash}(?P<y2>{year}){_AFTER}"


def collection_span(year: str, dash: str) -> str:
    """Two full years after a finding aid's label: "Dates: 1795-1941", "(bulk 1870-1941)"."""
    return rf"(?:(?<=[Dd]ates:{_S})|(?<=\([Bb]ulk{_S}))(?P<y1>{year}){dash}(?P<y2>{year}){_AFTER}"


def year_first_day(year: str, month: str, day: str) -> str:
    """A day written year first: "1868, Apr. 17", "1939, May 13" (the opening is checked by `opens_entry`)."""
    return rf"(?<![\w.,])(?P<y>{year}),\s+(?P<m>{month})\s+(?P<d>{day})(?![\w])(?!,?\s+\d)"


def opens_entry(text: str, start: int) -> bool:
    """A year-first day at `start` opens an entry: not after a comma (a date's tail) nor a lower-case word."""
    before = text[max(0, start - 40):start]
    return not before.rstrip().endswith(",") and not _LOWER_WORD_BEFORE.search(before)
