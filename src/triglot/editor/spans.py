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


class Overlaps:
    """The spans (start, end) of a list that overlap a given one, in the list's order, found without
    reading the whole list: asked once for each name of a paragraph, reading it whole made a
    paragraph of 20,000 names ("Van, Van, …", 100,000 characters) take minutes. A span can only
    overlap [s, e) if it starts before e and after s minus the longest span's length."""

    def __init__(self, spans):
        import bisect
        self._bisect = bisect
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._spans = list(spans)
        self._starts = [spans[i][0] for i in self._order]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def of(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = self._bisect.bisect_right(self._starts, start - self._longest)
        hi = self._bisect.bisect_left(self._starts, end)
        found = sorted(i for i in self._order[lo:hi] if self._spans[i][1] > start)
        return [self._spans[i] for i in found]

    def any(self, start: int, end: int) -> bool:
        return bool(self.of(start, end))
