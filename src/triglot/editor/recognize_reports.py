"""The shapes of places in consular and intelligence reports (issue #12, round 51).

A consulate's weekly diary or an intelligence summary is headed by its post and its number ("Kars Diary
No. 12", "Tabriz Intelligence Summary No. 4"), and it names its town before the common noun of what is
there ("the Kars garrison", "Tabriz city", "the Tabriz cantonment"). Where the town's name is also an
ordinary English word (a participle, a noun), the general rules (recognize.py) drop it at a heading or a
sentence's start, as they drop "First Exile"; these shapes say it is the town: `report_mentions`.
"""
from __future__ import annotations

import re

# "X Diary No. 12", "X Intelligence Summary No. 4", "X Weekly Summary No. 3", "X News-letter No. 7": the post
# the report is written at, before the report's series and its number
REPORT_HEAD = re.compile(r"(?<![\w’'\-.])([A-Z][a-z]{2,})\s+(?:(?:Consular|Weekly|Fortnightly|Monthly)\s+)?"
                         r"(?:Diary|(?:Military\s+)?Intelligence\s+Summary|Summary|News-?letter)\s+No\.?\s*\d")
# "X city", "the X cantonment": a town before the lower-case noun of a town or what a town has
TOWN_NOUN = re.compile(r"(?<![\w’'\-.])([A-Z][a-z]{2,})\s+(?:city|cantonment|garrison|bazaar)\b")


def report_mentions(text: str, gazetteer, not_places: set[str]) -> list[tuple[int, int, str, str]]:
    """(start, end, "place", why) of a post heading its report and of a town before a town's noun; the word
    must be a place GeoNames knows, and no people's or state's adjective, direction or generic word
    (`not_places`, lower case)."""
    out = []
    for rx, why in ((REPORT_HEAD, "the post heading its report"), (TOWN_NOUN, "a town before a town's noun")):
        for m in rx.finditer(text):
            word = m[1]
            if word.lower() in not_places or gazetteer.place(word) is None:
                continue
            if re.search(r"[A-Z][\w’'\-]*\.?\s$", text[max(0, m.start(1) - 30):m.start(1)]):
                continue     # "New York city": the word ends a longer name, which the general rules read whole
            out.append((m.start(1), m.end(1), "place", f"{why} (recognize_reports.py)"))
    return sorted(set(out))
