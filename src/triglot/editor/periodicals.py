"""A newspaper's or review's title read as a place: the town it is named after is the place, the rest no name.

"New York Times Current History", "the New York Times": the gazetteer knows "New York", and the run
of capitals after it was read as one long place. The editions tag the town inside a periodical's
title and leave the title (unseen-test35, -test36); so a place whose words go on past a periodical's
head word ("Times", "Gazette", …) after a town's name is cut back to the town. Only a run already
read as a place is cut: a title the tagger leaves alone ("the Manchester Guardian") stays untagged,
as the earlier sets want it.
"""
import re

# the head words of English-language newspapers' and reviews' titles (ordinary words, no names)
PERIODICAL_HEADS = frozenset({
    "times", "gazette", "tribune", "herald", "chronicle", "ledger", "courier", "guardian",
    "telegraph", "mercury", "advertiser", "examiner", "dispatch", "despatch",
})

WORD = re.compile(r"\S+")


def town_of_periodical(text: str, start: int, end: int, gazetteer) -> tuple[int, int] | None:
    """The span of the town a place mention's periodical title is named after, or None if it is none.

    The words before the first head word must be a place the gazetteer knows ("New York"); the head
    word must not open the mention ("Times Square" is no periodical's title).
    """
    words = [(m.start() + start, m.end() + start) for m in WORD.finditer(text[start:end])]
    for i, (s, e) in enumerate(words):
        if i and text[s:e].strip(".,;:'’\"").lower() in PERIODICAL_HEADS:
            town_end = words[i - 1][1]
            if gazetteer.place(text[start:town_end]) is not None:
                return start, town_end
            return None
    return None
