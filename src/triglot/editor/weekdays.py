"""A weekday alone as a date: "on Saturday", "leave Friday", "to-morrow, Sunday" (issue #12, round 46).

Why: minutes, letters and diaries name the days around their own date by the weekday alone ("General X was
prepared to leave Friday", "On Sunday I took him to tea"), and the sets' gold values them as days (test18's
"Sunday", test45's "Friday", "Saturday", "Sunday"); the date reader took a weekday only before its day and
month. A bare weekday is a day of the week the text is written in: after the text's last whole date
(a heading's, a letter's), the next such day when the clause looks forward ("will", "shall", "to-morrow",
an infinitive: "to leave Friday", "to sail on Saturday"), the last one before it when it tells what was
done ("On Sunday I took"). The value is inferred, so marked for review with its reason.

Only where a cue makes the weekday one day: after "on", after a verb of setting out ("leave", "sail",
"start", "arrive", "return") or after "to-morrow,"; never in a list of weekdays ("on Monday, Tuesday and
Friday mornings": recurring hours) nor in the plural, nor before a day or a month (a whole date the date
reader takes), nor after "next"/"last" or an ordinal ("the first Monday in September"), nor where the day recurs ("closed on
Friday, the Moslem day of rest", "shut on Saturday in every village").
"""
from __future__ import annotations

import bisect
import calendar
import datetime
import re

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY = "|".join(WEEKDAYS)
_MONTH = "|".join(calendar.month_name[1:]) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_CUE = "|".join(rf"(?<=\b{w} )" for w in ("on", "On", "leave", "sail", "start", "arrive", "return")) \
    + r"|(?<=\bto-morrow, )|(?<=\btomorrow, )"
BARE = re.compile(rf"(?:{_CUE})(?P<day>{_DAY})(?![\w’'\-])"
                  rf"(?!,?\s+(?:the\s+)?\d)(?!,?\s+(?:{_MONTH})\b)(?!,?\s+(?:and\s+|or\s+)?(?:{_DAY}))"
                  r"(?!\s+(?:mornings|afternoons|evenings|nights)\b)")
# a clause that looks forward: a modal, "to-morrow", or an infinitive ("to leave", "to set sail from Brest"); "to"
# before an article or a pronoun is a preposition's ("returned to the city on Sunday" tells what was done, review30)
FORWARD = re.compile(r"\b(?:will|shall|would|to-morrow|tomorrow|"
                     r"to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us)\b)[a-z]+)\b")
SENTENCE_END = re.compile(r"[.;!?]\s")
# a weekday that recurs is no one day (review30): a sentence saying what is done each week ("The schools shut on
# Saturday in every village", "is always closed on Sunday"), or the day named for what it is ("on Friday, the
# Moslem day of rest", "on Sunday, the Sabbath")
HABIT = re.compile(rf"\b(?:in|at|on|of)\s+(?:every|each)\b|\b(?:every|each)\s+(?:week|{_DAY})\b|"
                   r"\b(?:always|usually|generally|regularly|customarily|invariably|weekly)\b|\bas a rule\b", re.I)
# ("On Sunday every man came" is one Sunday: "every" counts in a distributive phrase, "in every village")
DAY_NAMED = re.compile(r",?\s+(?:the|a|their|our)\s+(?:[\w’'\-]+\s+){0,2}"
                       r"(?:day\s+of\s+(?:rest|prayer|worship)|sabbath|holiday|(?:market|rest|feast)[\s\-]day)\b", re.I)


def bare_weekdays(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, weekday 0–6, forward) of each weekday named alone as one day.

    Each sentence is read once, not once a weekday (hostile42): a line of 100,000 characters with 10,000
    "On Sunday"s and no full stop read its whole length again for each (about 3 minutes). Within one
    sentence the clause before a weekday only grows and the rest after it only shrinks, and a cue word found
    in the one stays found as it grows (each clause ends in the space before a weekday, each rest starts
    after one, so no cue's word is cut): each test is true from one weekday on, or up to one, found by
    halving among the sentence's weekdays."""
    ends = [e.end() for e in SENTENCE_END.finditer(text)]
    stops = [e.start() for e in SENTENCE_END.finditer(text)]
    sentences: dict[int, list] = {}
    for m in BARE.finditer(text):
        sentences.setdefault(bisect.bisect_right(ends, m.start()), []).append(m)
    out = []
    for i, found in sentences.items():
        begin = ends[i - 1] if i else 0
        stop = stops[i] if i < len(stops) else len(text)
        # a clause's cue holds from the first weekday whose clause has it on; the rest's up to the last
        habit_before = _first(len(found), lambda k: HABIT.search(text[begin:found[k].start()]) is not None)
        habit_after = _first(len(found), lambda k: HABIT.search(text[found[k].end():stop]) is None)
        forward_from = _first(len(found), lambda k: FORWARD.search(text[begin:found[k].start()]) is not None)
        for k, m in enumerate(found):
            if k >= habit_before or k < habit_after or DAY_NAMED.match(text, m.end(), stop):
                continue
            out.append((m.start(), m.end(), WEEKDAYS.index(m["day"]), k >= forward_from))
    return sorted(out)


def _first(n: int, holds) -> int:
    """The first k in 0..n-1 for which `holds(k)`, n if none: `holds` is false up to it and true from it."""
    low, high = 0, n
    while low < high:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle + 1
    return low


def weekday_date(reference: tuple[int, int, int], weekday: int, forward: bool) -> tuple[int, int, int]:
    """The first `weekday` after `reference` (forward) or the last one before it."""
    day = datetime.date(*reference)
    step = 1 if forward else -1
    day += datetime.timedelta(days=step)
    while day.weekday() != weekday:
        day += datetime.timedelta(days=step)
    return day.year, day.month, day.day
