"""English date expressions: find them in running text and give their ISO 8601 values.

Used twice: `triglot encode` proposes `<date>` elements from what it finds, and
`triglot check` re-reads the text of every tagged date to catch a value that
disagrees with its words ("December 4" tagged 1920-12-05). Both therefore share
one reading of the words, kept here.

A found expression keeps its values as (year, month, day) parts, the year
possibly missing ("Dec. 5", "May-July"): the caller supplies it from the
document's context with `resolve`, and the proposal is marked uncertain when
that context is weak.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from triglot.editor import catalogue_dates, month_last, month_of_year, time_stamps

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "ap": 4,
}
_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?"
# A letter's own shorter forms (round 17): "Ap 28" (April, only before its day: "Ap" is no month alone), and a
# month in a heading's or an opening's capitals before its day ("ON AUGUST 10th"; never "MAY", a verb)
_LETTER_MONTH = (r"Ap(?=\s+[0-3]?\d(?!\d))|(?:" + _FULL.upper().replace("|MAY|", "|")
                 + r")(?=\s+[0-3]?\d(?!\d))")       # "WE MAY 2 GO": the verb
# Full names first so "March" is not read as "Mar" + "ch"; a month name must end the word.
MONTH = rf"(?:(?:{_FULL})(?!\w)|(?:{_ABBR})(?!\w)|(?:{_LETTER_MONTH}))"
# "2d", "3d", "22d": the older print's ordinals of two and three ("January 2d"), never "12d" (twelfth)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|(?<!1[23])(?<=[23])d)?(?!\d)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\d)"
DASH = r"\s*[-–—]\s*"
SEP = r",?\s+"          # "December 4, 1920", "December 4 1920", "26 Mar\n2025"
B = r"(?<![\w.])"       # an expression never starts inside a word or a number like 1.5
# A day's date after its article: the article stays outside ("on the <date>24th</date>", "the <date>6th July
# 1918</date>", "the <date>14th instant</date>"), as it stays outside a name (tei/ENCODING.md, "Dates")
# Python's lookbehind is of one width: one for each run of white space up to three ("the  14th instant", an
# OCR's or a typist's double space, "the\n 26th of May"), any case, as the patterns matched the article before
def _behind(*leads: str) -> str:
    return "(?:" + "|".join(rf"(?<=\b{lead}{space})" for lead in leads
                            for space in (r"\s", r"\s\s", r"\s\s\s")) + ")"


THE = _behind("(?i:the)")
ON_THE = _behind(r"[Oo]n\s(?i:the)")     # "on the 24th" (a diary's day)
# "about the 10th", "by the 28th", "till the 3rd" (a letter's own month)
LEAD_THE = _behind(*(rf"{lead}\s(?i:the)" for lead in ("[Aa]bout", "[Bb]y", "till", "until", "before", "after")))
E = r"(?![\w])"
# An hour after a date in letters and telegrams ("February 20, 1918, 7 p.m.", "[Received July 24, 9.35
# p.m.]"): it is not a year nor a second day, so it does not stop a year-less date; it is not tagged. An OCR'd
# page keeps the print's spacing, "3  p.  m." (round 46, a minutes volume's contents): a few spaces inside too.
TIME = r",?\s+[0-2]?\d(?:[.:][0-5]\d)?\s*(?:a\.\s{0,3}m\.?|p\.\s{0,3}m\.?|(?i:noon|midnight|o'clock))"
NO_NUMBER_AFTER = rf"(?!(?!{TIME}),?\s*\d)"
# the hour's minutes or its "a.m." after a figure: "January 8—11:06 a.m." is the 8th at 11.06, no range of days
# (also in capitals, dotted or not, as filing notes print it: "May 7—10 AM", "9 P.M.", review32)
NOT_AN_HOUR = r"(?![.:][0-5]\d)(?!\s*(?:a\.\s{0,3}m|p\.\s{0,3}m|[AP]\.?\s{0,3}M)\b)"
DAY_LIST = r",\s+[0-3]?\d(?!\d)(?:st|nd|rd|th)?(?:,\s+[0-3]?\d(?:st|nd|rd|th)?)*(?:,?\s+and\s+[0-3]?\d(?:st|nd|rd|th)?)?(?!\d)(?=\s*[,;.:)]|\s*$|,?\s+and\s+[A-Z])"

SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
PARTS_OF_MONTH = {"beginning": (1, 10), "start": (1, 10), "early": (1, 10),
                  "middle": (11, 20), "mid": (11, 20), "end": (21, None), "late": (21, None)}
DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9), "": (0, 9)}

# Words before a bare number that make it a page, file or issue number, not a year.
NOT_A_YEAR_BEFORE = re.compile(
    r"(?:\bNo\.?|\bNr\.?|\bp\.|\bpp\.|\bpage|\bpages|\bfile|\bf\.|\bop\.|\bd\.|\bl\.|\bll\.|\bvol\.?|"
    r"\bvolume|#|№|\bRef\.?)\s*$|"
    # a list of pages run together: "pp. 1659,1670" (with a space after the comma, "Vol. 5, 1926", a year may follow)
    r"\bpp?\.\s*(?:\d+[,–-])+$", re.IGNORECASE)
# A document's symbol and number before its year: "A. 30. 1923.", "C. 51. M. 28. 1925. IX", "C. 59 (a). M. 31 (a).
# 1925", the League's way of numbering its papers: the year is the number's, no date (nor the year after it,
# "1925 1924)"). A capital letter and a full stop, a number, a full stop or comma, once or more.
DOCUMENT_NUMBER_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s*\d+(?:\s*\([a-z]\))?[.,]\s*)+(?:\d{4}\s+)?$")
# "the first Monday in September": a day recurring every year, no date
RECURRING_DAY_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                                  r"Saturday|Sunday)\s+(?:in|of)\s+$", re.IGNORECASE)


Parts = tuple  # (year | None, month | None, day | None)


@dataclass
class FoundDate:
    """A date expression in a text, with its values before the year context is applied."""
    start: int
    end: int
    text: str
    values: dict[str, Parts]           # when / from / to / notBefore / notAfter
    cert: str | None = None            # the reading itself is approximate
    needs_year: bool = False           # the year comes from the context
    reason: str = ""                   # why a proposal is marked for review
    years: list[int] = field(default_factory=list)  # years the text states
    calendar: str | None = None        # the calendar its words are in, when not the Gregorian ("solar-hijri")
    relative: str = ""                 # "last" or "last year": the year is given by reference to the text's date
    season: str = ""                   # a season's word ("autumn") when the date is one: its year needs certainty
    anaphoric: bool = False            # "of that year": the year is the last one the text stated
    entry_day: bool = False            # "on the 24th": month and year are the diary entry's (its heading's)
    short_year: int | None = None      # "July 28, '01": the year's last two digits; its century from the context

    def resolve(self, context_year: int | None) -> dict[str, str] | None:
        """ISO attributes with missing years filled from `context_year`; None if impossible."""
        attrs = {}
        for name, (y, m, d) in self.values.items():
            if y is None and context_year is not None and name == "to" and "from" in self.values \
                    and self.values["from"][1] is not None and m is not None and m < self.values["from"][1]:
                y = context_year + 1     # "the winter of that year": December to the next February
            y = y if y is not None else context_year
            if y is None or (m is None and d is not None):
                return None     # (a day of a month not named, "the 14th instant": no value to claim)
            if d is not None:     # "the end of November": the last day of that month
                d = min(d, calendar.monthrange(y, m)[1])
            attrs[name] = iso((y, m, d))
        return attrs


def iso(parts: Parts) -> str:
    y, m, d = parts
    if y < 0:        # a year before Christ: ISO 8601's and XSD 1.1's year ("324 B. C." is -0323)
        return f"-{-y:04d}" + iso((0, m, d))[4:]
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_of(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
# Days written as ordinal words, as letters write them ("October tenth", "the twenty-first of May")
DAY_WORDS = {w: i for i, w in enumerate(_UNITS + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                  "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                  "nineteenth", "twentieth"], 1)}
DAY_WORDS.update({f"twenty-{w}": 20 + i for i, w in enumerate(_UNITS, 1)})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
DAY_WORD = "(?:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + ")"


def day_of(word: str) -> int:
    if word.lower() in DAY_WORDS:
        return DAY_WORDS[word.lower()]
    return int(re.match(r"\d+", word).group())


def _valid(y, m, d) -> bool:
    if d is None:
        return True
    return 1 <= d <= calendar.monthrange(y if y is not None else 2000, m)[1]


# Each pattern: (regex, builder). A builder turns the match into values or None.
def _full(m):           # December 4, 1920 / Dec. 5 1920 / August 10th, 1920
    y, mo, d = int(m["y"]), month_of(m["m"]), day_of(m["d"])
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _full_dmy(m):       # 30 December 1922 / 26 Mar 2025
    y, mo, d = int(m["y"]), month_of(m["m"]), day_of(m["d"])
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _iso(m):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12) or not _valid(y, mo, d):
        return None
    return {"when": (y, mo, d)}


def _day_range(m):      # December 22-29, 1920
    y = int(m["y"]) if m["y"] else None
    mo = month_of(m["m"])
    d1, d2 = day_of(m["d1"]), day_of(m["d2"])
    if d2 <= d1 or not _valid(y, mo, d1) or not _valid(y, mo, d2):
        return None
    return {"from": (y, mo, d1), "to": (y, mo, d2)}


def _two_days(m):      # APRIL 1 AND 2, 1926: a hearing's two days running, one range
    y = int(m["y"]) if m["y"] else None
    mo = month_of(m["m"])
    d1, d2 = day_of(m["d1"]), day_of(m["d2"])
    if d2 != d1 + 1 or not _valid(y, mo, d1) or not _valid(y, mo, d2):
        return None     # "April 23 and 25": two dates, as before
    return {"from": (y, mo, d1), "to": (y, mo, d2)}


def _cross_range(m):    # [from] Feb. 26 to March 16, 1921 / Feb. 26, 1921 to March 16, 1921
    y2 = int(m["y"]) if m["y"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
    d1, d2 = day_of(m["d1"]), day_of(m["d2"])
    if y1 is not None and y2 is not None and m["y1"] is None and (m1, d1) > (m2, d2):
        y1 = y2 - 1     # "December 28 to January 3, 1921"
    if not _valid(y1, m1, d1) or not _valid(y2, m2, d2):
        return None
    return {"from": (y1, m1, d1), "to": (y2, m2, d2)}


def _month_range(m):    # July-August 1920 / May-July
    y = int(m["y"]) if m["y"] else None
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
    if m2 <= m1:
        return None
    return {"from": (y, m1, None), "to": (y, m2, None)}


def _month_year(m):     # December 1920
    return {"when": (int(m["y"]), month_of(m["m"]), None)}


def _year_range(m):     # 1919-1920 / 1918–1923 / 1920-21
    y1 = int(m["y1"])
    y2 = m["y2"]
    y2 = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
    if y2 <= y1 or y2 - y1 > 50:
        return None
    return {"from": (y1, None, None), "to": (y2, None, None)}


def _lifespan(m):       # (1881-1954)
    y1, y2 = int(m["y1"]), int(m["y2"])
    if not 0 < y2 - y1 <= 120:
        return None
    return {"from": (y1, None, None), "to": (y2, None, None)}


def _collection_span(m):     # Span Dates: 1795-1941 / (bulk 1870-1941): a finding aid's span, any length (or "(570-1801)")
    y1, y2 = int(m["y1"]), int(m["y2"])
    return {"from": (y1, None, None), "to": (y2, None, None)} if y2 > y1 else None


def _year_first_day(m):     # 1868, Apr. 17: a chronology's entry opens with its day, year first
    if not catalogue_dates.opens_entry(m.string, m.start()):
        return None
    return _full(m)


def _decade(m):         # early 1930s / the 1920s
    part = (m["p"] or "").lower().rstrip("- ")
    lo, hi = DECADE_PARTS[part]
    y = int(m["y"])
    return {"from": (y + lo, None, None), "to": (y + hi, None, None)}


def _short_decade(m):   # "in 1920s and early 30s": a decade by its last two digits, in the century of a
    # year written out shortly before it in the same text; with none, no date ("in his early 30s" is an age)
    earlier = re.findall(rf"(?<!\d)(1[5-9]|20)\d\d(?!\d)", m.string[max(0, m.start() - 150):m.start()])
    if not earlier:
        return None
    part = (m["p"] or "").lower().rstrip("- ")
    lo, hi = DECADE_PARTS[part]
    y = int(earlier[-1]) * 100 + int(m["dd"])
    return {"from": (y + lo, None, None), "to": (y + hi, None, None)}


def _new_style(m):      # 29 November (N.S. 12 December) 1917: the bracket labelled New Style holds the day
    y = m["yi"] or m["y"] or m["y0"]
    y = int(y) if y else None
    mo, d = month_of(m["m"]), day_of(m["d"])
    if y is not None and not (m["yi"] or m["y"]) and mo < month_of(m["m0"]):
        y += 1          # "20 December 1917 (N.S. 2 January)": the New Style day is in the next year
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _day_before_and(m):  # between 14 and 16 February 1919: the bare first day is a date of the second's month
    y = int(m["y"]) if m["y"] else None
    mo, d = month_of(m["m"]), day_of(m["d"])
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _limit(m):          # Not earlier than July 3, 1920
    attr = "notAfter" if re.search(r"later|after", m["w"], re.I) else "notBefore"
    y = int(m["y"]) if m["y"] else None
    mo, d = month_of(m["m"]), day_of(m["d"]) if m["d"] else None
    if not _valid(y, mo, d):
        return None
    return {attr: (y, mo, d)}


def _month_day(m):      # Dec. 5 / August 10th (the year comes from the context)
    mo, d = month_of(m["m"]), day_of(m["d"])
    return {"when": (None, mo, d)} if _valid(None, mo, d) else None


def _weekday(m):        # Saturday, the 26th June / Monday, 3rd March 1919: its year when written
    y, mo, d = (int(m["y"]) if m["y"] else None), month_of(m["m"]), day_of(m["d"])
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _day_word(m):       # October tenth / the tenth of October 1920
    y = int(m["y"]) if m["y"] else None
    mo, d = month_of(m["m"]), day_of(m["d"])
    return {"when": (y, mo, d)} if _valid(y, mo, d) else None


def _short_year(m):     # July 28, '01 / 28 July '01: a letter's year by its last two digits
    mo, d = month_of(m["m"]), day_of(m["d"])
    return {"when": (None, mo, d)} if _valid(None, mo, d) else None


def with_century(short: int, near: int) -> int:
    """The year ending in the two digits `short` that is nearest to the year `near` (a letter of 1901
    written "'01" in a text whose other dates are of 1899–1903)."""
    base = near - near % 100 + short
    return min((base - 100, base, base + 100), key=lambda y: (abs(y - near), y))


def _day_last(m):      # the 18th February last / the 19th December of last year: the year by reference
    mo, d = month_of(m["m"]), day_of(m["d"])
    return {"when": (None, mo, d)} if _valid(None, mo, d) else None


def _month_last(m):    # in February last: the month's most recent instance before the text's date (month_last.py)
    return {"when": (None, month_of(m["m"]), None)}


def _instant(m):       # the 14th instant: a day of the month a letter is written in, which it does not name
    d = day_of(m["d"])
    return {"when": (None, None, d)} if 1 <= d <= 31 else None


def _entry_day(m):     # "on the 24th" in a diary entry: a day of the month its entry's heading names
    d = day_of(m["d"])
    return {"when": (None, None, d)} if 1 <= d <= 31 else None


def _diary_heading(m):  # "1918 – July 31", "1918 – July 23-24": a diary entry's heading, year first
    y, mo, d1 = int(m["y"]), month_of(m["m"]), day_of(m["d1"])
    if not m["d2"]:
        return {"when": (y, mo, d1)} if _valid(y, mo, d1) else None
    d2 = day_of(m["d2"])
    if d2 <= d1 or not _valid(y, mo, d1) or not _valid(y, mo, d2):
        return None
    return {"from": (y, mo, d1), "to": (y, mo, d2)}


def _part_of_month(m):  # the end of November / the beginning of June
    lo, hi = PARTS_OF_MONTH[m["p"].lower()]
    mo = month_of(m["m"])
    y = int(m["y"]) if m["y"] else None
    return {"notBefore": (y, mo, lo), "notAfter": (y, mo, hi if hi else 31)}


YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def _part_of_month_word(m):   # early June / mid-March 1920 / late November
    lo, hi = PARTS_OF_MONTH[m["p"].lower()]
    mo = month_of(m["m"])
    y = int(m["y"]) if m["y"] else None
    return {"notBefore": (y, mo, lo), "notAfter": (y, mo, hi if hi else 31)}


def _part_of_year(m):         # early 1920 / mid-1919 / late 1918
    lo, hi = YEAR_PARTS[m["p"].lower()]
    y = int(m["y"])
    return {"notBefore": (y, lo, None), "notAfter": (y, hi, None)}


def _part_of_year_word(m):    # the end of 1904 / the beginning of 1921
    part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}[m["p"].lower()]
    lo, hi = YEAR_PARTS[part]
    y = int(m["y"])
    return {"notBefore": (y, lo, None), "notAfter": (y, hi, None)}


def _months_of_year(m):       # the early months of 1920 / the closing months of 1918
    part = "early" if m["p"].lower() in ("early", "first", "opening") else "late"
    lo, hi = YEAR_PARTS[part]
    y = int(m["y"])
    return {"notBefore": (y, lo, None), "notAfter": (y, hi, None)}


COUNTED_MONTHS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven")


def _counted_months(m):      # the first five months of 1919 / the last three months of 1920
    n = COUNTED_MONTHS.index(m["n"].lower()) + 2 if not m["n"].isdigit() else int(m["n"])
    if not 2 <= n <= 11:
        return None
    lo, hi = (1, n) if m["p"].lower() == "first" else (13 - n, 12)
    y = int(m["y"])
    return {"notBefore": (y, lo, None), "notAfter": (y, hi, None)}


HALVES = {"latter": (7, 12), "later": (7, 12), "second": (7, 12), "last": (7, 12),
          "first": (1, 6), "former": (1, 6), "earlier": (1, 6), "early": (1, 6)}


def _half_of_year(m):         # the latter part of 1922 / the first half of 1921
    lo, hi = HALVES[m["p"].lower()]
    y = int(m["y"])
    return {"notBefore": (y, lo, None), "notAfter": (y, hi, None)}


def _season(m):         # This summer / the fall / the winter of 1917 (December to February)
    lo, hi = SEASONS[m["s"].lower()]
    groups = m.re.groupindex
    if "p" in groups and m["p"]:       # "the early spring": its first two months; "the late autumn": its last two
        lo, hi = (lo, (lo % 12) + 1) if m["p"].lower() == "early" else ((hi - 2) % 12 + 1, hi)
    y = int(m["y"]) if "y" in groups and m["y"] else None
    return {"from": (y, lo, None), "to": (y + 1 if y is not None and hi < lo else y, hi, None)}


def _season_across(m):  # "the winter of 1914-15": one winter, December of the first year to February of the next
    y1 = int(m["y1"])
    y2 = y1 // 100 * 100 + int(m["y2"]) if len(m["y2"]) == 2 else int(m["y2"])
    if y2 != y1 + 1 or m["s"].lower() != "winter":
        return None
    return {"from": (y1, 12, None), "to": (y2, 2, None)}


def _bare_month(m):     # in May / since August
    return {"when": (None, month_of(m["m"]), None)}


def _year(m):
    return {"when": (int(m["y"]), None, None)}


def _year_bc(m):
    """324 B.C. is the ISO year -0323: ISO 8601 and XSD 1.1 count a year 0 (1 B.C.)."""
    return {"when": (1 - int(m["y"]), None, None)}


ERA = r"(?:B\.\s?C\.|A\.\s?D\.|a\.\s?d\.)"


def _era_range(m):
    """"(302-237 B.C.)", "(93 B.C.-267 A.D.)", "(267-570 A.D.)": a span of years with its era after the second
    year (and the first's own era where it differs), a dynasty's or a reign's years in a history; the first year
    takes the second's era unless it has its own, and a span before Christ runs down (302 to 237)."""
    y1, y2 = int(m["y1"]), int(m["y2"])
    bc1 = (m["e1"] or m["e2"]).upper().startswith("B")
    bc2 = m["e2"].upper().startswith("B")
    if bc2 and not bc1:
        return None         # "200 A.D.-100 B.C.": no span runs back across the era
    start, end = (1 - y1 if bc1 else y1), (1 - y2 if bc2 else y2)
    return {"from": (start, None, None), "to": (end, None, None)} if start < end else None


# -- the Solar Hijri (Iranian, Jalali) calendar ---------------------------------------
# A Solar Hijri date ("3 Esfand 1299", "۳ اسفند ۱۲۹۹") is tagged with its Gregorian day, computed
# (never looked up): the year's first day (Nowruz) by the 33-year cycles of the Jalali calendar as
# Borkowski and jalaali-js compute it, then the months (six of 31 days, five of 30, Esfand 29 or 30).
_JALALI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
                  2324, 2394, 2456, 3178)


def _div(a: int, b: int) -> int:        # integer division and remainder truncated towards zero
    return int(a / b)


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _jalali_year(jy: int) -> tuple[bool, int, int]:
    """(leap year, Gregorian year, day of March of its 1 Farvardin) of Solar Hijri year `jy`."""
    gy, leap_j, jp, jump = jy + 621, -14, _JALALI_BREAKS[0], 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = _mod(_mod(n + 1, 33) - 1, 4)
    return leap == 0, gy, march     # (-1 stands for 4 years since the last leap year)


def solar_hijri_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int] | None:
    """The Gregorian (year, month, day) of a Solar Hijri date; None for a day its month has not."""
    import datetime
    if not (1 <= jm <= 12 and 1 <= jd <= 31) or not -61 < jy < 3178:
        return None
    leap, gy, march = _jalali_year(jy)
    length = 31 if jm <= 6 else 30 if jm <= 11 else (30 if leap else 29)
    if jd > length:
        return None
    day = datetime.date(gy, 3, march) + datetime.timedelta(days=(jm - 1) * 31 - _div(jm, 7) * (jm - 7) + jd - 1)
    return day.year, day.month, day.day


# Month names, romanised (as English texts write them) and in Persian script.
SOLAR_HIJRI_MONTHS = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5, "shahrivar": 6,
    "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "bahman": 11, "esfand": 12, "isfand": 12, "espand": 12,
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6, "مهر": 7,
    "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
_SH_MONTH = "|".join(sorted((m.capitalize() if m.isascii() else m for m in SOLAR_HIJRI_MONTHS), key=len, reverse=True))
SH_YEAR = r"(?:1[0-4]\d\d)(?!\d)"     # 1000–1499 SH (1621–2121): no Gregorian year of the edition's texts


def _solar_hijri(m):    # 3 Esfand 1299 / ۳ اسفند ۱۲۹۹
    day = solar_hijri_to_gregorian(int(m["y"]), SOLAR_HIJRI_MONTHS[m["m"].lower()], day_of(m["d"]))
    return {"when": day} if day else None


def _solar_hijri_year(m):   # 1299 SH: the Gregorian days from its Nowruz to the day before the next
    import datetime
    first = solar_hijri_to_gregorian(int(m["y"]), 1, 1)
    after = solar_hijri_to_gregorian(int(m["y"]) + 1, 1, 1)
    last = datetime.date(*after) - datetime.timedelta(days=1)
    return {"from": first, "to": (last.year, last.month, last.day)}


_solar_hijri.calendar = _solar_hijri_year.calendar = "solar-hijri"

# -- a lunar Hijri day paired with its Gregorian one ------------------------------------
# "born January 20, 1898 (27th Shaban 1315)": a yearbook or a consul's report gives the Islamic day in brackets after
# the Gregorian day it names. The bracket is a date of its own, valued with the Gregorian day the text pairs it with
# (the text's own statement; a misprinted month keeps the day the text means) and marked for review; a Hijri day
# with no Gregorian day before it is not valued (the lunar calendar's days are observed, not computed).
HIJRI_MONTH = (r"(?:Muharram|Moharrem|Moharram|Safar|Sefer|Rabi(?:[-' ]?(?:ul|al|el))?[- ](?:Awwal|Avval|Evvel|Akhir|Akhar|"
               r"Ahir|Sani|Thani)|Jumad[ai](?:[-' ]?(?:ul|al|el))?[- ](?:Awwal|Avval|Evvel|Ula|Akhir|Akhira|Ahir|Sani|Thani)|"
               r"Rajab|Redjeb|Sha['’]?a?ban|Ramadh?an|Ramazan|Shawwal|Shavval|Shevval|Dhu['’]?l[- ]?Q[ai]['’]?dah?|"
               r"Zilkade|Zulkadah|Dhu['’]?l[- ]?Hijjah?|Zilhidje|Zilhijje)")
PAIRED_BEFORE = re.compile(rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s+"
                           rf"(?P<y2>{YEAR}))\s*\($")


def _hijri_paired(m):   # January 20, 1898 (27th Shaban 1315): the bracket's day is the Gregorian day before it
    day = PAIRED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    if not day:
        return None
    month, dd, year = (day["m"], day["d"], day["y"]) if day["m"] else (day["m2"], day["d2"], day["y2"])
    return {"when": (int(year), month_of(month), day_of(dd))}
# Persian (U+06F0…) and Arabic-Indic (U+0660…) digits read as the ASCII ones, one character for one
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

FROM = r"(?:(?i:from)\s+)?"
# A bracket with an Old Style day and its label, before or after it: "[O.S. 2 January]", "(5 December O.S.)"
_OS_LABEL = r"(?:O\.\s?S\.|(?i:old\s+style))"
_OS_DAY = rf"(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY}|{DAY}(?=\s*\]|\s*\)))(?:{SEP}{YEAR})?"
OLD_STYLE = rf"\s*(?:\[|\()\s*(?:{_OS_LABEL}:?\s+{_OS_DAY}|{_OS_DAY},?\s+{_OS_LABEL})\s*(?:\]|\))"
_NS_LABEL = r"(?:N\.\s?S\.|(?i:new\s+style))"
PATTERNS = [
    # (regex, builder, certainty of the reading itself)
    # A diary entry's heading, alone on its line, year first: "1918 – July 31", "1918 – July 23-24" (one
    # date, its days a range); in running text a year and a dash before a month are two things
    (rf"(?m)^(?P<y>{YEAR}){DASH}(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:-(?P<d2>{DAY}))?(?=[ \t]*[.:]?[ \t]*$)",
     _diary_heading, None),
    # a weekday before its day belongs to the date: "Saturday, the 26th June", "Monday, 3rd March 1919",
    # "Monday, Jan. 04, 1926" (the article after the comma is inside, "On" before it outside)
    (rf"{B}{WEEKDAY},?\s+(?:the\s+)?(?P<d>{DAY})\s+(?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}{NO_NUMBER_AFTER}",
     _weekday, None),
    (rf"{B}{WEEKDAY},?\s+(?P<m>{MONTH})\s+(?P<d>{DAY})(?:{SEP}(?P<y>{YEAR}))?{E}{NO_NUMBER_AFTER}",
     _weekday, None),
    # "the winter of 1914-15": a winter across two years is one season (December to February)
    (rf"{B}(?:(?i:the|this|that)\s+)?(?P<s>(?i:winter))\s+of\s+(?P<y1>{YEAR})[-–](?P<y2>\d\d|\d{{4}})(?![\d\w-])",
     _season_across, "medium"),
    # a Solar Hijri day, month and year (in Latin or Persian script), or its year marked "SH" / "AP"
    (rf"{B}(?P<d>[0-3]?\d)\s+(?P<m>{_SH_MONTH})\s+(?P<y>{SH_YEAR}){E}", _solar_hijri, None),
    (rf"{B}(?P<y>{SH_YEAR})\s*(?:SH|AP|A\.P\.|H\.Sh\.)(?![\w.])", _solar_hijri_year, None),
    (rf"(?<=\()(?P<d>{DAY})\s+(?P<m>{HIJRI_MONTH})\s+(?P<y>1[0-4]\d\d)(?=\))", _hijri_paired, None),
    (rf"{B}(?P<w>(?i:not\s+earlier\s+than|no\s+earlier\s+than|not\s+before|not\s+later\s+than|no\s+later\s+than|not\s+after))\s+"
     rf"(?P<m>{MONTH})\s+(?:(?P<d>{DAY})(?:{SEP}(?P<y>{YEAR}))?|(?P<y2>{YEAR}))?{E}", None, None),
    # ("till"/"until" only after "from": "SUBJECT: Cruise, March 4, 1917 till May 9, 1917" is two dates, as _ranges)
    (rf"{B}(?:(?P<fr>(?i:from))\s+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:{SEP}(?P<y1>{YEAR}))?"
     rf"(?:(?(fr)\s+(?i:to|until|till|through)\s+|\s+(?i:to|through)\s+)|{DASH})"
     rf"(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?:{SEP}(?P<y>{YEAR}))?{E}", _cross_range, None),
    # 22 April – 28 May 1918 / 24 May–8 June 1918
    (rf"{B}(?P<d1>{DAY})\s+(?P<m1>{MONTH})(?:{SEP}(?P<y1>{YEAR}))?{DASH}"
     rf"(?P<d2>{DAY})\s+(?P<m2>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}", _cross_range, None),
    # (a telegram's "[Received January 8—11:06 a.m.]": the figure after the dash is the hour, no second day)
    (rf"{B}{FROM}(?P<m>{MONTH})\s+(?P<d1>{DAY}){DASH}(?P<d2>{DAY})(?:{SEP}(?P<y>{YEAR}))?{E}{NOT_AN_HOUR}", _day_range, None),
    # "January 12th to 19th, 1919": a stretch of days in one month written out, its year after the last, is one
    # range as the dashed one is (a campaign's week on a cover; round 49): the year must follow
    (rf"{B}{FROM}(?P<m>{MONTH})\s+(?P<d1>{DAY})\s+(?i:to|through)\s+(?P<d2>{DAY}){SEP}(?P<y>{YEAR}){E}", _day_range, None),
    # the days before their month: "15–16 January", "on 3-5 March 1921"
    (rf"{B}{FROM}(?P<d1>{DAY}){DASH}(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}", _day_range, None),
    (rf"{B}(?P<m1>{MONTH}){DASH}(?P<m2>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}", _month_range, None),
    # two days running joined by "and" before their year are one range (a sitting of two days)
    (rf"{B}(?P<m>{MONTH})\s+(?P<d1>{DAY})\s+(?i:and)\s+(?P<d2>{DAY}){SEP}(?P<y>{YEAR}){E}", _two_days, None),
    # (a filing note's "June 22nd-1919 1146 AM.": the year joined to the day by a hyphen, one date, round 48)
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY})(?:{SEP}|-)(?P<y>{YEAR}){E}", _full, None),
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH}){SEP}(?P<y>{YEAR}){E}", _full_dmy, None),
    (rf"{B}(?P<y>{YEAR})-(?P<m>\d\d)-(?P<d>\d\d){E}", _iso, None),
    (rf"{B}(?P<m>{MONTH}),?\s+(?P<y>{YEAR}){E}", _month_year, None),
    # "in September of 1917", "the March of 1921": one date of that month, the article in it (month_of_year.py)
    (month_of_year.pattern(_FULL, YEAR, B, E), _month_year, None),
    # a program's time stamp, "Thu Apr 23 13:11:12 EDT 2020": one date of its day (time_stamps.py)
    (time_stamps.pattern(YEAR), _full, None),
    # a catalogue's dates (catalogue_dates.py): a heading's life span after a name and its comma, a
    # collection's span after its label, a chronology's day written year first
    (catalogue_dates.life_span(YEAR, DASH), _lifespan, None),
    (catalogue_dates.collection_span(YEAR, DASH), _collection_span, None),
    (catalogue_dates.year_first_day(YEAR, MONTH, DAY), _year_first_day, None),
    (rf"{B}(?P<y1>{YEAR}){DASH}(?P<y2>\d{{4}}|\d\d)(?![\d\w-])", _year_range, None),
    # two full years alone in brackets are a range of any length, a lifespan: "(1881-1954)"
    (rf"(?<=\()(?P<y1>{YEAR}){DASH}(?P<y2>{YEAR})(?=\))", _lifespan, None),
    # "Bagratidi (570-1801)": a dynasty's span in brackets from a year before 1000 to a modern one (round 53)
    (rf"(?<=\()(?P<y1>[1-9]\d\d){DASH}(?P<y2>{YEAR})(?=\))", _collection_span, None),
    (rf"{B}(?:(?P<p>(?i:early|mid|late))[- ])?(?P<y>1[5-9]\d0|20\d0)['’]?s{E}", _decade, "decade"),
    # Old Style and New Style together: the New Style day ("18 (30) December 1883", "28 January [9 February] 1886")
    (rf"{B}(?P<d0>{DAY})\s+\((?P<d>{DAY})\)\s+(?P<m>{MONTH}){SEP}(?P<y>{YEAR}){E}", _full_dmy, None),
    (rf"{B}(?P<d0>{DAY})\s+(?P<m0>{MONTH})\s+\[(?P<d>{DAY})\s+(?P<m>{MONTH})\]{SEP}(?P<y>{YEAR}){E}", _full_dmy, None),
    # A bracket labelled Old Style holds the Old Style day; the date around or before it is the New
    # Style one: "15 January [O.S. 2 January] 1868", "January 15 [O.S. 2 January] 1868",
    # "18 December 1917 (5 December O.S.)". The bracket is part of the date's words.
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH}){OLD_STYLE}{SEP}(?P<y>{YEAR}){E}", _full_dmy, None),
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){OLD_STYLE}{SEP}(?P<y>{YEAR}){E}", _full, None),
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH}){SEP}(?P<y>{YEAR}){OLD_STYLE}", _full_dmy, None),
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){SEP}(?P<y>{YEAR}){OLD_STYLE}", _full, None),
    # A bracket labelled New Style holds the New Style day, the date before it the Old Style one:
    # "29 November (N.S. 12 December) 1917", "29 November 1917 [N.S. 12 December]"
    (rf"{B}(?P<d0>{DAY})\s+(?P<m0>{MONTH})(?:{SEP}(?P<y0>{YEAR}))?\s*[\[(]\s*{_NS_LABEL}:?\s+(?P<d>{DAY})\s+"
     rf"(?P<m>{MONTH})(?:{SEP}(?P<yi>{YEAR}))?\s*[\])](?:{SEP}(?P<y>{YEAR}))?{E}", _new_style, None),
    # "from 20 to 25 February": two days before their month, joined by "to" after "from", are one range
    (rf"{B}(?i:from)\s+(?P<d1>{DAY})\s+(?i:to|until|till)\s+(?P<d2>{DAY})\s+(?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}",
     _day_range, None),
    # "between 14 and 16 February 1919", "11th and 12th April 1833": a bare day before "and" and a day
    # with its month is a date of that month (two dates, as a written-out range is)
    (rf"{B}(?P<d>{DAY})(?=\s+and\s+{DAY}\s+(?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E})", _day_before_and, None),
    (rf"{B}(?<!his\s)(?<!her\s)(?<!their\s)(?P<p>(?i:early|mid|late))[- ](?P<dd>[1-9]0)['’]?s{E}", _short_decade,
     "decade"),
    # A day written with a full stop before its month, as in German ("10. June 1937")
    (rf"{B}(?P<d>{DAY})\.\s+(?P<m>{MONTH}){SEP}(?P<y>{YEAR}){E}", _full_dmy, None),
    # "April 23 and 25": two days of one month are two dates, the bare second day of the first's month
    # (as "between 14 and 16 February" are two); the pair's year, when written after it, is both days'
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY})(?=\s+and\s+{DAY}(?:{SEP}(?P<y>{YEAR}))?{E}(?!\s+{MONTH})"
     rf"{NO_NUMBER_AFTER})", _day_before_and, None),
    # "July 28, '01", "28 July '01": a year by its last two digits (an apostrophe for the century), as
    # letter writers dated; the century comes from the context and the year is marked for review
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+['’‘](?P<yy>\d\d){E}", _short_year, None),
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH}),?\s+['’‘](?P<yy>\d\d){E}", _short_year, None),
    # "the 18th February last", "2nd March last", "the 19th December of last year": "last" says which year
    # (the most recent such day before the text's own date; "of last year" the year before it), so it is
    # inside the date; the article before the day stays outside
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH})\s+(?P<r>last|of\s+last\s+year){E}", _day_last, None),
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY})\s+(?P<r>last|of\s+last\s+year){E}", _day_last, None),
    # "in February last", "since July last": the month alone with "last", after a preposition (month_last.py)
    (month_last.pattern(_FULL, E), _month_last, None),
    # "May 14, 17, 22, 30 and June 13": a month's day before a list of bare days (each a date of that
    # month, read by `_second_days`); the list ends at a stop, a comma, or "and" before the next month
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){E}(?={DAY_LIST})", _month_day, None),
    (rf"{B}(?P<m>{MONTH})\s+(?P<d>{DAY}){E}{NO_NUMBER_AFTER}", _month_day, None),
    # a day as an ordinal word: "October tenth", "on the twenty-first of May" (the article stays outside)
    (rf"{B}(?P<m>{_FULL})\s+(?P<d>(?i:{DAY_WORD})){E}(?:{SEP}(?P<y>{YEAR}))?{E}", _day_word, None),
    (rf"{THE}(?P<d>(?i:{DAY_WORD}))\s+of\s+(?P<m>{_FULL})(?:{SEP}(?P<y>{YEAR}))?{E}", _day_word, None),
    # "October the 30th, 1918", "March the third": the day after its month with the article between, as treaties
    # and letters of the period date (the Mudros armistice: "October the 30th, 1918"); without a year only where
    # the day ends the phrase ("in November the 3rd Division" is a division)
    (rf"{B}(?P<m>{_FULL})\s+the\s+(?P<d>(?i:{DAY_WORD})|[0-3]?\d(?:st|nd|rd|th)){E}"
     rf"(?:{SEP}(?P<y>{YEAR}){E}{NO_NUMBER_AFTER}|(?=\s*[,.;:)]|\s*$))", _day_word, None),
    # "the 25th day of September", "this third day of March, 1921": the legal and commemorative form (the
    # article or "this" stays outside, as for "the 19th of May, 1919")
    (rf"{B}(?P<d>(?i:{DAY_WORD})|[0-3]?\d(?:st|nd|rd|th))\s+day\s+of\s+(?P<m>{_FULL})(?:{SEP}(?P<y>{YEAR}))?{E}"
     rf"{NO_NUMBER_AFTER}", _day_word, None),
    # "the 19th of May, 1919", "the 26th of May": a day's ordinal in figures before "of" and its month, read as
    # the word's (the article stays outside, with or without the year: tei/ENCODING.md, "Dates")
    (rf"{THE}(?P<d>[0-3]?\d(?:st|nd|rd|th))\s+of\s+(?P<m>{_FULL})(?:{SEP}(?P<y>{YEAR}))?{E}{NO_NUMBER_AFTER}",
     _day_word, None),
    (rf"{B}(?P<d>{DAY})\s+(?P<m>{MONTH}){NO_NUMBER_AFTER}", _month_day, None),
    # "the 14th instant", "the 3rd inst.": a day of the letter's own month (the article stays outside, as
    # for every day's date); neither month nor year is in the words, so it is tagged with no value for the editor
    (rf"{THE}(?P<d>{DAY})\s+(?:instant\b|inst\.)", _instant, None),
    # "on the 24th" with no month: in a diary, a day of the month its entry's heading names (tagger.py takes
    # month and year from the last date stated with both, marked for review); "of the 26th" (a regiment) is not
    # A letter says "about the 10th", "by the 28th", "till the 3rd" of its own month as a diary says "on the 24th"
    # (the article stays outside: "on the <date>24th</date>")
    (rf"{ON_THE}(?P<d>[0-3]?\d(?:st|nd|rd|th)){E}(?!\s+(?i:of|instant|inst\.|ult|{MONTH}))",
     _entry_day, None),
    (rf"{LEAD_THE}(?P<d>[0-3]?\d(?:st|nd|rd|th)){E}(?!\s+[A-Z][a-z])(?!\s+(?i:of|instant|inst\.|ult|{MONTH}))",
     _entry_day, None),
    (rf"{B}(?P<p>(?i:early|mid|late))[- ](?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}(?!\s*\d)", _part_of_month_word,
     "medium"),
    (rf"{B}(?P<p>(?i:early|mid|late))[- ](?:(?i:in)\s+)?(?P<y>{YEAR}){E}(?![-–]\d)", _part_of_year, "medium"),
    (rf"{B}(?i:the)\s+(?P<p>(?i:beginning|start|middle|end))\s+of\s+(?P<m>{MONTH})(?:{SEP}(?P<y>{YEAR}))?{E}",
     _part_of_month, "medium"),
    # "the end of 1904" is late 1904, "the beginning of 1921" early 1921 (tei/ENCODING.md)
    (rf"{B}(?i:the)\s+(?P<p>(?i:beginning|start|middle|end))\s+of\s+(?P<y>{YEAR}){E}", _part_of_year_word, "medium"),
    # "the early months of 1920" is early 1920 (January–April), "the closing months of 1918" late 1918: the
    # article is in the tag, as in "the end of 1904"
    (rf"{B}(?i:the)\s+(?P<p>(?i:early|first|opening|late|last|closing|final))\s+(?i:months)\s+of\s+(?P<y>{YEAR}){E}",
     _months_of_year, "medium"),
    # "the first five months of 1919" is January–May, "the last three months of 1920" October–December (round 53)
    (rf"{B}(?i:the)\s+(?P<p>(?i:first|last))\s+(?P<n>(?i:{'|'.join(COUNTED_MONTHS)})|\d{{1,2}})\s+(?i:months)\s+of\s+"
     rf"(?P<y>{YEAR}){E}", _counted_months, None),
    # "the latter part of 1922" is July–December, "the first half of 1921" January–June
    (rf"{B}(?i:the)\s+(?P<p>(?i:latter|later|second|last|first|former|earlier|early))\s+(?i:part|half)\s+of\s+"
     rf"(?P<y>{YEAR}){E}", _half_of_year, "medium"),
    # A season is a date only with its year, or after "the/this/last..." and not before a noun
    # ("the summer grazing lands"); its article is part of the tag, as in the curated edition.
    (rf"{B}(?:(?i:the|this|that)\s+)?(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+of)?\s+(?P<y>{YEAR}){E}",
     _season, "medium"),
    # "the winter of that year": a year named by reference to the last one the text stated is in the tag
    # (tagger.py gives it that year); "the early spring" keeps its part of the season
    (rf"{B}(?i:the|this|last|next)\s+(?:(?P<p>(?i:early|late))\s+)?(?P<s>(?i:spring|summer|fall|autumn|winter))"
     rf"(?:\s+of\s+(?P<that>(?i:that|the\s+same))\s+year\b|"
     rf"(?!\s+of\s+{YEAR})(?![\w-])"
     # "the fall of the government", "the fall of Baku": a season "of" something else than a year
     # is a fall, not a season
     rf"(?!\s+of\s+(?!(?:this|the\s+following|the\s+next|the\s+previous)\s+year\b))"
     rf"(?!\s+(?!(?:of|and|the|a|when|as|he|she|they|it|its|their|his|her|was|were|had|"
     rf"saw|brought|came|offensive)\b)[a-z]))", _season, "medium"),
    (rf"\b(?:in|In|since|Since|until|Until|till|by|By|from|From|during|During|before|Before|after|After|of)\s"
     rf"(?P<m>(?:{_FULL}))(?!\s*\d){E}", _bare_month, None),
    # "with the exception of September and December": the month joined by "and" or "or" to a month named alone
    (rf"\b(?:in|In|since|Since|until|Until|till|by|By|from|From|during|During|before|Before|after|After|of)\s"
     rf"(?:{_FULL}),?\s(?:and|or)\s(?P<m>(?:{_FULL}))(?!\s*\d){E}", _bare_month, None),
    # "302-237 B.C.", "93 B.C. -267 a.d.", "267-570 A.D.": a span of years with its era (round 53)
    (rf"{B}(?P<y1>[1-9]\d{{0,3}})(?:\s*(?P<e1>{ERA}))?{DASH}(?P<y2>[1-9]\d{{0,3}})\s*(?P<e2>{ERA})", _era_range, None),
    # "324 B. C.", "About 324 B.C.": a year before Christ, spaced or not (no page or volume number: "B. C." follows)
    (rf"{B}(?P<y>[1-9]\d{{0,3}})\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE?\b)", _year_bc, None),
    (rf"{B}(?P<y>{YEAR}){E}(?![-–]\d)", _year, None),
]
COMPILED = [(re.compile(rx), build, cert) for rx, build, cert in PATTERNS]


# How far before a year or a month the words that unmake it are looked for. The patterns end at the
# match ("\s*$"), but a search of the whole text before each match read the text once per month or
# year, quadratic: 100,000 characters of "the 3rd day of March the " took 7.5 s (hostile round 34). A
# window bounds that; the longest wording seen ("pp." and a run of pages, a League symbol) is far shorter.
LOOKBEHIND = 1000


def _before(text: str, end: int) -> str:
    """The LOOKBEHIND characters of `text` before `end`, where the words before a match are sought."""
    return text[max(0, end - LOOKBEHIND):end]


def find_dates(text: str) -> list[FoundDate]:
    """Every date expression in `text`, longest first where they overlap, in text order."""
    candidates = []
    original, text = text, text.translate(DIGITS)    # "۱۹۱۹" is 1919; offsets are unchanged
    text, misread = ocr_years(text)
    text, misread_days = detached_ordinals(text)
    text = CAPITAL_MONTH.sub(lambda m: m.group().capitalize(), text)   # same offsets
    text = unglued(text)
    for order, (rx, build, cert) in enumerate(COMPILED):
        for m in rx.finditer(text):
            if build is _year and (NOT_A_YEAR_BEFORE.search(_before(text, m.start()))
                                   or DOCUMENT_NUMBER_BEFORE.search(_before(text, m.start()))):
                continue
            if build is _bare_month and RECURRING_DAY_BEFORE.search(_before(text, m.start("m"))):
                continue
            if build is None:
                values = _limit(_LimitMatch(m))
            else:
                values = build(m)
            if not values:
                continue
            found = _make(m, values, cert, build)
            candidates.append((found.start, -(found.end - found.start), order, found))
    candidates.sort(key=lambda c: c[:3])
    chosen, last_end = [], -1
    for start, _, _, found in candidates:
        if start >= last_end:
            chosen.append(found)
            last_end = found.end
    chosen = _second_days(text, chosen)
    for found in chosen:
        found.text = original[found.start:found.end]
    if misread:
        chosen = [f for f in chosen if _with_misread_year(f, misread)]
    for found in chosen:
        notes = [f"the day is printed “{p}” (OCR): read as {d}" for s, e, p, d in misread_days
                 if found.start <= s and e <= found.end]
        found.reason = "; ".join([r for r in (found.reason,) if r] + notes)
    return _ranges(original, chosen)


# A day's ordinal set apart from its number, as an old print sets a superscript and its OCR gives it
# ("the 24 th September", "3 rd July"), or as the OCR garbled it ("6 t]tl September", "3O tlL September": a
# "t" and up to three of t, l, L, I, ]): read as the ordinal joined to its day (same offsets: the space moves
# after it), only before a month's full name. A garbled one is read, marked for review with its print.
DETACHED_ORDINAL = re.compile(rf"(?<![\w.])(?P<d>[0-3]?\d|[1-3]O)(?P<s> (?:st|nd|rd|th)|\s(?P<junk>t[tlLI\]]{{1,3}}))"
                              rf"(?=\s+(?:{_FULL})(?!\w))")


def detached_ordinals(text: str) -> tuple[str, list[tuple[int, int, str, str]]]:
    """`text` with detached ordinals joined to their day; the garbled ones' spans, print and reading."""
    garbled = []

    def join(m):
        day = m["d"].replace("O", "0")
        if m["junk"] or "O" in m["d"]:
            garbled.append((m.start(), m.end(), m[0], str(int(day))))
        joined = day + (m["s"].strip() if not m["junk"] else "th")
        return joined.ljust(len(m[0]))
    return DETACHED_ORDINAL.sub(join, text), garbled


# A month in capitals on a title page or a date line ("MARCH 13, 1928", "MAY, 1919") is read as the
# month (same offsets), only where a year follows it (a day between): "MAY" alone is also a verb in capitals.
CAPITAL_MONTH = re.compile(rf"\b(?:{_FULL.upper()})\b(?=(?: \d{{1,2}}(?:ST|ND|RD|TH|st|nd|rd|th)?(?: (?:AND|and) \d{{1,2}})?)?,? ?\d{{4}}\b)")


# A whole date a list's page glued to its neighbours, as a web page's table cells or a scan's columns run
# together when the page is stored as text ("May 3, 1908Baron Stael, Envoy", "inspected atOctober 4, 1912"):
# the date's own words are read, the letter glued to it kept out of the match by a space in its place (same
# offsets; only the dates' copy of the text is changed). Only a month's full name, a day and a year are read
# so: a year alone before a word is a catalogue's or a form's number ("1908A"), a month alone a word's end.
# The glued letter is any alphabet's, its case told by str.isupper/islower (review31: "[A-Z]" and "[a-z]" left a
# Turkish or French name's date glued, "May 1, 1920Ömer Lütfi", "… à VersaillesMay 3, 1920" no date)
GLUED_AFTER_YEAR = re.compile(rf"{B}(?:{_FULL})\s+[0-3]?\d,?\s+(?:1[5-9]\d\d|20\d\d)(?=[^\W\d_])")
GLUED_BEFORE_MONTH = re.compile(rf"(?<=[^\W\d_])(?:{_FULL})\s+[0-3]?\d,?\s+(?:1[5-9]\d\d|20\d\d)(?!\d)")


def unglued(text: str) -> str:
    """`text` with a space for the letter glued to a whole date's either end (same offsets)."""
    cuts = [m.end() for m in GLUED_AFTER_YEAR.finditer(text) if text[m.end()].isupper()] + \
        [m.start() - 1 for m in GLUED_BEFORE_MONTH.finditer(text) if text[m.start() - 1].islower()]
    if not cuts:
        return text
    chars = list(text)
    for cut in cuts:
        chars[cut] = " "
    return "".join(chars)


# A year the OCR printed with the letter I for a 1 or O for a 0 ("July 28, I914", "1O20"): four characters,
# the first "1" or "I", two digits at least; read as digits (same offsets) only where a month stands before it
OCR_YEAR = re.compile(r"(?<![\w.])(?=[1I][\dIO]{3}(?![\w]))(?=(?:\D*\d){2})[1I][\dIO]{3}")
OCR_DIGITS = str.maketrans("IO", "10")


# … or with a 7 for its first 1 ("September-October 7924"): a year no text of this kind can mean, read so
# only after a month, like the others
OCR_SEVEN = re.compile(r"(?<![\w.])7[89]\d\d(?![\w])")


def ocr_years(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """`text` with OCR-misread years written in digits, and the spans read so with their print."""
    found = [m for m in OCR_YEAR.finditer(text) if not m[0].isdigit()] + list(OCR_SEVEN.finditer(text))
    misread = [(m.start(), m.end(), m[0]) for m in found
               if re.search(rf"{MONTH}\s+(?:{DAY})?,?\s*$", text[max(0, m.start() - 20):m.start()])]
    for start, end, printed in misread:
        text = text[:start] + _as_digits(printed) + text[end:]
    return text, misread


def _as_digits(printed: str) -> str:
    """A misread year as it was meant: I and O as 1 and 0, a 7 opening it as 1."""
    printed = printed.translate(OCR_DIGITS)
    return "1" + printed[1:] if printed.startswith("7") else printed


def _with_misread_year(found: FoundDate, misread) -> bool:
    """A date over a misread year keeps it, marked for review with the print it was read from; the year
    read alone, without its month, is dropped."""
    spans = [m for m in misread if found.start <= m[0] and m[1] <= found.end]
    if not spans:
        return not any(found.start < e and s < found.end for s, e, _ in misread)
    if not re.search(MONTH, found.text):
        return False
    note = "; ".join(f"the year is printed “{p}” (OCR): read as {_as_digits(p)}" for _, _, p in spans)
    found.reason = "; ".join(r for r in (found.reason, note) if r)
    return True


# a listed day is no hour's figure: "October 9, 11:30 a.m." is one date, not October 9 and 11 (review30)
LIST_DAY = re.compile(rf"(?:,\s+|,?\s+and\s+)(?P<d>{DAY}){E}(?![.:]\d)(?!\s+{MONTH})")
SECOND_DAY = re.compile(rf"\s+and\s+(?P<d>{DAY})(?:{SEP}(?P<y>{YEAR}))?{E}(?!\s+{MONTH}){NO_NUMBER_AFTER}")


def _second_days(text: str, chosen: list[FoundDate]) -> list[FoundDate]:
    """The bare second day of "April 23 and 25" (", 1917"): a date of the first day's month and year."""
    out: list[FoundDate] = []
    skip_until = -1
    for i, found in enumerate(chosen):
        if found.start < skip_until:
            continue        # the pair's year, read alone before: it belongs to the second day
        out.append(found)
        when = found.values.get("when")
        if set(found.values) != {"when"} or when[1] is None or when[2] is None \
                or not re.fullmatch(rf"{MONTH}\s+{DAY}", text[found.start:found.end]):
            continue
        listed = _listed_days(text, found.end, when)
        if listed:
            out += listed
            skip_until = listed[-1].end
            continue
        m = SECOND_DAY.match(text, found.end)
        if not m or day_of(m["d"]) <= when[2]:
            continue
        y = int(m["y"]) if m["y"] else when[0]
        if not _valid(y, when[1], day_of(m["d"])):
            continue
        if m["y"] and when[0] is None:     # "April 23 and 25, 1917": the first day takes the year too
            found.values = {"when": (y, when[1], when[2])}
            found.needs_year, found.years = False, [y]
        start, end = m.start("d"), m.end()
        values = {"when": (y, when[1], day_of(m["d"]))}
        out.append(FoundDate(start, end, text[start:end], values, None, y is None, found.reason,
                             [y] if y is not None else []))
        skip_until = end
    return out


def _listed_days(text: str, pos: int, when) -> list[FoundDate]:
    """The bare days of "May 14, 17, 22, 30" after a month's day (a letter's list of letters by their dates):
    each a date of that month, rising; none when the list runs on into something else ("May 14, 17 men")."""
    days, last = [], when[2]
    while (m := LIST_DAY.match(text, pos)) and day_of(m["d"]) > last and _valid(when[0], when[1], day_of(m["d"])):
        days.append(m)
        last, pos = day_of(m["d"]), m.end()
    if len(days) < 2 and not (days and text[days[0].start():days[0].start("d")].startswith(",")):
        return []       # "April 23 and 25" is the pair's rule (SECOND_DAY)
    if not days or not re.match(rf"\s*(?:[,;.:)]|$)|,?\s+and\s+{MONTH}", text[pos:]):
        return []
    return [FoundDate(m.start("d"), m.end("d"), m["d"], {"when": (when[0], when[1], day_of(m["d"]))}, None,
                      when[0] is None, "", [when[0]] if when[0] is not None else []) for m in days]


# Between two dates of a range: "from 1918 to 1919" (with "from" before the first), or a dash
# between two dates that both state their year ("1877 – 19 July 1937", "May 1921 - 1922").
# "from July 24, 1918, until March 18, 1921"; "from 1921 until the late 1930s" (a decade's article)
RANGE_WORDS = re.compile(r",?\s+(?:to|until|till)\s+(?:the\s+)?")
FROM_BEFORE = re.compile(r"(?i:\bfrom)\s+$")


def _ranges(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """Two dates read apart that make one range are one date with from/to, as the curated edition
    tags "from Feb. 26 to March 16, 1921": the first date's start, the second's end."""
    out: list[FoundDate] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        joined = _joined_range(text, a, b) if b is not None else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _joined_range(text: str, a: FoundDate, b: FoundDate) -> FoundDate | None:
    gap = text[a.end:b.start]
    opening = FROM_BEFORE.search(text[max(0, a.start - 6):a.start])
    # Without "from", "to"/"until" joins two dates only when both state a month and a year
    # ("on 27 April 1919 to 5 May 1920"): two bare years or year-less days may be anything else.
    # Without "from" the bare " to" alone joins them: a stretch written out, "October 3, 1918 till May 4, 1919" or
    # "August, 1909, to January, 1910" (a comma closing the first date), is two dates (the register's and the
    # naval letter's subject line, test46, test47), where "February 1917 to October 1917" is one range.
    words = RANGE_WORDS.fullmatch(gap) and (opening or (gap == " to " and _dated_month(a) and _dated_month(b)))
    dash = re.fullmatch(DASH, gap) and not a.needs_year and not b.needs_year
    # "January 1920 March 1922" in a title, its dash lost: two months with their years side by side, the
    # first before the second, are one range (a space between them alone, nothing else)
    lost = gap == " " and _dated_month(a) and _dated_month(b) and a.values["when"][2] is None \
        and b.values["when"][2] is None
    dash = dash or lost
    if not (words or dash):
        return None
    if (a.cert or b.cert) and not (words and opening):
        return None     # an approximate part opens a range only after "from": "From the fall of 1918 to April 1919"
    first = a.values.get("when") or a.values.get("from")
    last = b.values.get("when") or b.values.get("to")
    if words and opening and first is None and set(a.values) == {"notBefore", "notAfter"}:
        first = a.values["notBefore"]      # "from late August to early September 1924": the first part's start
    if words and opening and last is None and set(b.values) == {"notBefore", "notAfter"}:
        last = b.values["notAfter"]        # … and the last part's end
    approximate = {"notBefore", "notAfter"} if words and opening else set()
    if first is None or last is None or set(a.values) - {"when", "from", "to"} - approximate \
            or set(b.values) - {"when", "from", "to"} - approximate:
        return None
    if first[0] is None and last[0] is not None:
        first = (last[0],) + tuple(first[1:])     # "from May to July 1920"
    if first[0] is None or last[0] is None or _key(first) >= _key(last):
        return None
    start = a.start - (len(opening.group()) if words and opening else 0)
    values = {"from": first, "to": last}
    cert = "medium" if a.cert or b.cert else None
    return FoundDate(start, b.end, text[start:b.end], values, cert, False, a.reason or b.reason,
                     sorted({first[0], last[0]}))


def _dated_month(found: FoundDate) -> bool:
    """A single date that states its year and its month ("5 May 1920", "May 1920")."""
    when = found.values.get("when")
    return set(found.values) == {"when"} and when[0] is not None and when[1] is not None


def _key(parts: Parts) -> tuple:
    return tuple(x or 0 for x in parts)


class _LimitMatch:
    """The 'not earlier than' pattern has two year slots; present them as one."""

    def __init__(self, m):
        self._m = m

    def __getitem__(self, key):
        if key == "y":
            return self._m["y"] or self._m["y2"]
        return self._m[key]


def _make(m, values, cert, build) -> FoundDate:
    needs_year = any(y is None for y, _, _ in values.values())
    years = sorted({y for y, _, _ in values.values() if y is not None})
    reason = ""
    if cert == "decade" and m["p"]:
        cert, reason = "medium", f"“{m.group().strip()}” read as the years {iso(values['from'])}–{iso(values['to'])}"
    elif cert == "decade":
        cert = None
    elif cert:
        reason = f"“{m.group()}” is an approximate period; check its limits"
    start, end = m.span()
    if build is _bare_month:   # the preposition only shows it is a date; it is not tagged
        start, end = m.span("m")
        reason = f"a month named alone (“{m['m']}”): confirm it is a date"
    if build is _hijri_paired:
        reason = f"“{m.group()}” (Islamic calendar) valued with the Gregorian day the text pairs it with"
    if build is _month_last:   # "in February last": the preposition stays outside, as for a month alone
        start = m.start("m")
    found = FoundDate(start, end, m.string[start:end], values, cert, needs_year, reason, years,
                      getattr(build, "calendar", None))
    if build in (_day_last, _month_last):
        found.relative = "last" if m["r"] == "last" else "last year"
    if build is _entry_day:
        found.entry_day = True
    if build is _short_year:
        found.short_year = int(m["yy"])
    if build is _year_bc:
        found.years = []     # a year before Christ sets no year for the dates after it
    if build is _season:
        found.season = m["s"].lower()
        found.anaphoric = "that" in m.re.groupindex and bool(m["that"])
    return found


def interpret(text: str) -> FoundDate | None:
    """The date expression that makes up the whole of `text` (a tagged date's words), if any."""
    from triglot.tei import normalize_space
    words = normalize_space(text)
    words = re.sub(r"^(?i:in|on|of|since|by|until|date|dated)\s+", "", words)
    words = re.sub(r"[.,;:]$", "", words) if not re.search(rf"(?:{_ABBR})$", words) else words
    found = find_dates(words)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(words):
        return found[0]
    # a day's date is tagged without the article before it ("the <date>14th instant</date>"), which some of
    # its patterns need to see: read it again after the article
    found = find_dates("the " + words)
    if len(found) == 1 and found[0].start == 4 and found[0].end == len(words) + 4:
        return found[0]
    return None


def disagreement(text: str, attrs: dict[str, str]) -> str | None:
    """Why the words of a date contradict its ISO attributes, or None when they agree or cannot be read."""
    found = interpret(text)
    if found is None:
        return None
    for name, (y, m, d) in found.values.items():
        value = attrs.get(name)
        if value is None:
            return f"“{text.strip()}” reads as @{name} but the element has no @{name}"
        parts = _parse_iso(value)
        if parts is None:
            return None
        vy, vm, vd = parts
        if d is not None and m is not None:   # "the end of November" reads as day 31 before clamping
            d = min(d, calendar.monthrange(y if y is not None else vy, m)[1])
        if (y is not None and y != vy) or (m is not None and m != vm) or (d is not None and d != vd):
            want = iso((y if y is not None else vy, m, d)) if m is not None else iso((y, None, None))
            return f"“{text.strip()}” reads as @{name}={want} but is tagged @{name}={value}"
    return None


def _parse_iso(value: str):
    m = re.fullmatch(r"(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value.strip())
    if not m:
        return None
    return int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None
