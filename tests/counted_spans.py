"""Counting how often the recogniser's passes read the names they have found, for the counted tests of
its span tree (quad47, hostile43): a name whose place is counted at each read, and the plain list the
passes kept before the tree, which the tree must answer as."""
from __future__ import annotations

from triglot.editor import recognize

count = {"reads": 0, "limit": None}


class CountedMention(recognize.Mention):
    """A recognised name whose place (start, end) is counted each time it is read."""

    def __getattribute__(self, name):
        if name in ("start", "end"):
            count["reads"] += 1
            if count["limit"] is not None and count["reads"] > count["limit"]:
                raise AssertionError(f"more than {count['limit']} reads of the names' places")
        return object.__getattribute__(self, name)


class ListSpans:
    """The passes' list as main kept it before the tree: every name read for each question, the list
    rebuilt for each removal, sorted (stably) by start at the end: the reference the tree must answer as."""

    def __init__(self, size, items=()):
        self._items = list(items)

    def any(self, start, end):
        return any(o.start < end and start < o.end for o in self._items)

    def overlapping(self, start, end):
        return [o for o in self._items if o.start < end and start < o.end]

    def remove_overlapping(self, start, end):
        self._items = [o for o in self._items if not (o.start < end and start < o.end)]

    def remove(self, item):
        self._items = [o for o in self._items if o is not item]

    def add(self, item):
        self._items.append(item)

    def items(self):
        return sorted(self._items, key=lambda o: o.start)
