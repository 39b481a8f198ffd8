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


_NOTHING = float("-inf")


class LiveSpans:
    """Items with a place (`.start`, `.end` offsets in a text of `size` characters) that are added and
    taken out, asked which of them overlap [s, e): an item overlaps it when it starts before e and ends
    after s. A tree over the start offsets keeps, for each range of them, the furthest end of a live item
    starting there, so a question reads only the ranges where such an end is and the items it finds
    (the recogniser's bracketed names read every name found so far for each name: 100,000 characters
    of "Tiflis (Lori), " took 21 s). Items come back in order of start, and of adding at one start."""

    def __init__(self, size: int, items=()):
        self._size, self._width = size, 1
        while self._width < size + 1:
            self._width *= 2
        self._furthest = [_NOTHING] * (2 * self._width)   # a node's furthest end, below any where nothing starts
        self._at: dict[int, list] = {}               # start → its live items, in the order they were added
        self.reads = 0                               # the tree's nodes read, for tests to count
        for item in items:
            self.add(item)

    def _leaf(self, start: int) -> int:
        if not 0 <= start <= self._size:
            raise ValueError(f"a span starting at {start} lies outside a text of {self._size} characters")
        return self._width + start

    def _set(self, start: int) -> None:
        node = self._leaf(start)
        self._furthest[node] = max((item.end for item in self._at.get(start, ())), default=_NOTHING)
        node //= 2
        while node:
            self._furthest[node] = max(self._furthest[2 * node], self._furthest[2 * node + 1])
            node //= 2

    def add(self, item) -> None:
        start, end = item.start, item.end
        node = self._leaf(start)
        self._at.setdefault(start, []).append(item)
        if end > self._furthest[node]:
            while node and end > self._furthest[node]:
                self._furthest[node] = end
                node //= 2

    def _starts(self, start: int, end: int, first: bool) -> list[int]:
        """The start offsets below `end` holding an item that ends after `start` (the first one only if `first`)."""
        found, stack = [], [(1, 0, self._width)]
        while stack:
            node, low, high = stack.pop()
            self.reads += 1
            if low >= end or self._furthest[node] <= start:
                continue
            if high - low == 1:
                found.append(low)
                if first:
                    break
                continue
            middle = (low + high) // 2
            stack.append((2 * node + 1, middle, high))
            stack.append((2 * node, low, middle))
        return found

    def any(self, start: int, end: int) -> bool:
        return bool(self._starts(start, end, True))

    def remove_overlapping(self, start: int, end: int) -> None:
        for at in self._starts(start, end, False):
            self._at[at] = [item for item in self._at[at] if not item.end > start]
            if not self._at[at]:
                del self._at[at]
            self._set(at)

    def overlapping(self, start: int, end: int) -> list:
        """The live items that overlap [start, end), by start and then in the order added."""
        return [item for at in self._starts(start, end, False) for item in self._at[at] if item.end > start]

    def remove(self, item) -> None:
        """Takes out this item (the very object), if it is live."""
        held = self._at.get(item.start, [])
        kept = [other for other in held if other is not item]
        if len(kept) == len(held):
            return
        if kept:
            self._at[item.start] = kept
        else:
            del self._at[item.start]
        self._set(item.start)

    def items(self) -> list:
        return [item for at in sorted(self._at) for item in self._at[at]]


class EndIndex:
    """The items of a list ordered by their end, to find the last one in the list's order that ends within
    a window before a place, reading only the items that end in that window."""

    def __init__(self, found: list):
        import bisect
        self._bisect = bisect
        self._order = sorted(range(len(found)), key=lambda i: found[i].end)
        self._ends = [found[i].end for i in self._order]
        self._found = found

    def last(self, at: int, within: int):
        lo = self._bisect.bisect_left(self._ends, at - within + 1)
        hi = self._bisect.bisect_right(self._ends, at)
        best = max(self._order[lo:hi], default=None)
        return None if best is None else self._found[best]
