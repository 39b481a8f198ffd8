"""Choosing among overlapping spans: a genre's rules propose spans that may overlap, and the
text can carry only one name at a place."""
from __future__ import annotations


def leftmost_longest(spans: list[tuple]) -> list[tuple]:
    """The spans (start, end, …) that do not overlap, taking at each place the one that starts
    first and, of those, the longest: the way a reader takes "Ottokar Count Czernin" before
    "Czernin"."""
    chosen, end = [], -1
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if span[0] >= end:
            chosen.append(span)
            end = span[1]
    return chosen
