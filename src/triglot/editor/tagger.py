"""Proposed markup: names from the registers and dates, laid into a block's text.

The tagger reads one block's text at a time, in document order, carrying the
year context forward so that "Dec. 5" after "Nov. 30, 1920" becomes 1920-12-05.

How a proposal is marked for review (TEI-valid, documented in the header the
encoder writes): the element gets `cert="low"` (or "medium") and
`ana="#review"`, pointing at the `review` category of the header's
`triglot-review` taxonomy, and an XML comment right after it says why.
`triglot check` lists every element still carrying `ana="#review"`; the editor
confirms or corrects the proposal and removes both marks.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import itertools

import re
from dataclasses import dataclass, field

from lxml import etree

from triglot.editor.dates import FoundDate, find_dates, iso, with_century
from triglot.editor.names import NAME_TAGS, NameIndex
from triglot.editor.recognize import DEMONYMS, LIST_NOT_NAMES, ORG_HEADS, PLACE_HEADS, ROLES, STATE_NAMES, TITLE_WORDS, UPPER
from triglot.editor.recognize_reference import entry_head_as_written
from triglot.editor.recognize_diary import glued_numeral
from triglot.editor.broken_words import as_printed, closed_up
from triglot.editor.recognize_treaty import capitals_as_written
from triglot.editor.recognize_magazine import byline_as_written
from triglot.editor.recognize_advocacy import PRINTED, keep_printed
from triglot.editor.recognize_league import FOR_WHOM_END, PRINTED as LEAGUE_PRINTED
from triglot.editor.persons_in_capitals import in_title_case, persons_in_capitals
from triglot.tei import q

REVIEW = "#review"


@dataclass
class Proposal:
    start: int
    end: int
    tag: str                 # persName, placeName or date
    attrs: dict[str, str]
    review: str = ""         # why an editor must look at it ("" if certain)
    inner: list = field(default_factory=list)   # register names inside a new organisation's name
    place_type: str = ""     # the register entry's type, for a register name


def _printed(proposal: Proposal, cuts: list[int]) -> Proposal:
    """A proposal on the closed-up text put on the text as printed, and the names inside it."""
    return dataclasses.replace(proposal, start=as_printed(proposal.start, cuts), end=as_printed(proposal.end, cuts),
                               inner=[_printed(p, cuts) for p in proposal.inner])


class YearContext:
    """The year that a date without one takes, and where it came from.

    The last year the text stated sets it; a heading's years set it for the
    heading's section ("1918–19" in a heading: 1918, the first year of the range,
    not the last); before any year, the first year stated later, failing that
    the document's own date. The year is inferred either way, so every such
    proposal is marked for review with the reason.
    """

    def __init__(self, fallback_years: list[int], document_year: int | None,
                 document_date: tuple[int, int, int, str] | None = None,
                 months_ahead: list[tuple[int, int, str]] | None = None):
        # the text's own full date (year, month, day, its words) from its dateline or opening heading
        # ("HC Deb 02 October 1924 vol 177"): a sitting's date governs the days its answers name
        self.document_date = document_date
        self.current: int | None = None
        self.month: int | None = None                # the month stated with the current year, if any
        self.source = ""
        self.span: tuple[int, int] | None = None     # a heading's range of years, for its section
        self.ahead = list(fallback_years)
        # the dates stated later with both month and year, in text order (year, month, words): before any year,
        # a year-less day takes the year of a later date in its own month ("on April 24 … In April, 1917")
        # over the first year stated later in passing ("opened in 1919")
        self.months_ahead = list(months_ahead or ())
        self.document_year = document_year
        self.section_year = False       # a later heading's year has set its section's year
        self.last_stated: tuple[int, str] | None = None    # the last year the text stated, and its words
        # the last date stated with its year and month, a dateline's included (a diary entry's heading): the
        # month and year of a bare "on the 24th" in the entry below it
        self.last_month: tuple[int, int, str] | None = None
        # the day of the date that set last_month when its year was the text's, not its own ("June 28" at a
        # letter's head): a bare day before it may be next month's ("I hope to be off about the 10th")
        self.inferred_day: int | None = None
        # the last range of months the running text stated ("from November 1920 to November 1921"):
        # a year-less month after it that the context's year would put outside it is in the next year
        self.stated_range: tuple[tuple[int, int], tuple[int, int], str] | None = None
        # the last whole day the text stated or was given a year for (year, month, day, its words): the week a
        # bare weekday is in ("on Saturday"; weekdays.py)
        self.last_day: tuple[int, int, int, str] | None = None

    def saw_month(self, found: FoundDate, attrs: dict | None = None) -> None:
        """Remember the year and month of a date that states both (datelines included), or that states its
        month and was given a year from the text ("In 1917 … On 11 March Bagdad was occupied … on the
        14th": a memoir's, a monograph's or a cable's narrative goes on in the month it last named, as a
        diary's entry does under its heading). A bare day read so names no month of its own: the month
        stays the one the text stated."""
        if found.entry_day:
            return
        day = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", (attrs or {}).get("when", ""))
        if day:
            self.last_day = (int(day[1]), int(day[2]), int(day[3]), " ".join(found.text.split()))
        for y, m, _ in found.values.values():
            if y is not None and m is not None:
                self.last_month = (y, m, " ".join(found.text.split()))
                self.inferred_day = None
                if self.months_ahead and self.months_ahead[0][:2] == (y, m):
                    self.months_ahead.pop(0)
                return
        when = re.fullmatch(r"(\d{4})-(\d\d)-\d\d", (attrs or {}).get("when", ""))
        if when and all(m is not None and d is not None for _, m, d in found.values.values()):
            self.last_month = (int(when[1]), int(when[2]), " ".join(found.text.split()))
            self.inferred_day = int(attrs["when"][-2:])

    def relative_year(self, found: FoundDate) -> tuple[int | None, str]:
        """The year of "the 18th February last" (the most recent such day before the text's date) and of
        "the 19th December of last year" (the year before the text's): given by reference, so inferred."""
        (_, month, day), = [v for v in found.values.values()]
        if self.document_date is not None:
            year, d_month, d_day, words = self.document_date
            source = f"the text's own date “{words}”"
        else:
            year, source = self.year_for(month)
            d_month, d_day = 13, 0       # no day to compare with: "last" keeps the context's year
            if year is None:
                return None, ""
        if found.relative == "last year":
            return year - 1, f"year {year - 1} inferred from “of last year” and {source}: the year before it"
        if (month, day or 0) >= (d_month, d_day):
            year -= 1
        return year, f"year {year} inferred from “last” and {source}: the most recent such day before it"

    def year_for(self, month: int | None = None) -> tuple[int | None, str]:
        """The year of a year-less date in `month` (None: no month, or not known)."""
        if self.document_date is not None and self.span is None and not self.section_year:
            year, _, _, words = self.document_date
            return year, (f"year {year} inferred from the text's own date “{words}” (it governs the days the "
                          "text names without a year, before any year it mentions in passing)")
        if self.current is not None:
            if month is not None and self.month is not None and month + 9 <= self.month:
                # A month shortly after the last stated one's year end ("18 December 1917 ... until
                # 12 February") is in the next year: the text goes forward, at most three months.
                year = self.current + 1
                return year, (f"year {year} inferred from {self.source}: "
                              f"the year after it, {calendar.month_name[month]} following its month")
            return self.within_range(month, self.current, f"year {self.current} inferred from {self.source}")
        if self.span is not None:
            later = [y for y in self.ahead if self.span[0] <= y <= self.span[1]]
            year = later[0] if later else self.span[0]
            how = f"the first year the text states later ({year})" if later else "its first year"
            return year, f"year {year} inferred from {self.source}: {how}"
        same = [(y, words) for y, m, words in self.months_ahead if m == month] if month is not None else []
        if same:
            return same[0][0], f"year {same[0][0]} taken from “{same[0][1]}” later in the text, in the same month"
        if self.ahead:
            return self.ahead[0], f"year {self.ahead[0]} taken from a later date of the text"
        if self.document_year is not None:
            return self.document_year, f"year {self.document_year} taken from the document's own date"
        return None, ""

    def within_range(self, month: int | None, year: int, reason: str) -> tuple[int, str]:
        """The context's year for `month`, or the next one when only that puts the month inside the range
        of months the text stated last ("from November 1920 to November 1921 … On March 7th": 1921,
        since March 1920 is before the range begins)."""
        if month is None or self.stated_range is None:
            return year, reason
        start, end, words = self.stated_range
        if not start <= (year, month) <= end and start <= (year + 1, month) <= end:
            return year + 1, (f"year {year + 1} inferred from {self.source} and the range “{words}” stated "
                              f"before it: {calendar.month_name[month]} {year} would be outside the range")
        return year, reason

    def saw(self, found: FoundDate, heading: bool = False) -> None:
        """Take the year of a date the text states.

        A year named with its month ("Nov. 30, 1920", "December 1920") sets the
        context; a bare year ("before 1914") only sets it while none is known, so
        a year mentioned in passing does not pull later dates into the past. A
        range in a heading gives its section a span of years (see year_for); any
        other heading's year sets the year of its section.
        """
        if not found.years:
            return
        self.last_stated = (found.years[-1], " ".join(found.text.split()))    # what "that year" refers to
        if self.ahead and self.ahead[0] in found.years:
            self.ahead.pop(0)
        with_month = any(m is not None for _, m, _ in found.values.values())
        words = " ".join(found.text.split())
        ranged = len(found.years) > 1
        if heading and not ranged:
            # a later heading's own year sets its section's, over the text's date (not the heading that
            # gives that date)
            self.section_year = self.section_year or self.document_date is None \
                or found.values.get("when") != self.document_date[:3]
        ends = [found.values.get(k) for k in ("from", "to")]
        if ranged and not heading and all(e is not None and e[0] is not None and e[1] is not None for e in ends):
            self.stated_range = ((ends[0][0], ends[0][1]), (ends[1][0], ends[1][1]), words)
        if heading and ranged:
            # "1918–1920" in a heading: its section is about some year of the range, not
            # necessarily the last; the text's own years will say which.
            self.current, self.month, self.span = None, None, (found.years[0], found.years[-1])
            self.source = f"the range “{words}” in the heading of this section"
        elif ranged and not heading and self.month is not None:
            # A range in running text beside the story ("From the fall of 1918 to April 1919, X served
            # as …") leaves the year a dated day or month set: the story goes on from there.
            return
        elif heading or with_month or self.current is None:
            # A range in running text ("the report for 1919-1920") leaves its last year.
            self.current = found.years[-1]
            last = found.values.get("when") or found.values.get("to") or found.values.get("notAfter")
            self.month = last[1] if last is not None and last[0] == self.current else None
            where = "the heading of this section" if heading else "the text before it"
            self.source = f"“{words}” in {where}"


def paired_year(text: str, found, later) -> tuple[int | None, str]:
    """The year of a dated day or month later in the same sentence ("started on February 13 and was
    suppressed on April 2, 1921"; "between 14 March and 13 April 1918"): the sentence states it,
    nearer than any year before. A month after the later one's is taken for the year before."""
    for other in later:
        if re.search(r"[.;!?]\s", text[found.end:other.start]):
            return None, ""
        dated = [v for v in other.values.values() if v[0] is not None and v[1] is not None]
        if not dated:
            continue
        year, month, _ = dated[0]
        own = [v[1] for v in found.values.values() if v[1] is not None]
        if own and own[0] > month:
            year -= 1
        words = " ".join(other.text.split())
        return year, f"year {year} taken from “{words}” later in the same sentence"
    return None, ""


def season_year(text: str, found, before: list, years: YearContext) -> tuple[int | None, str]:
    """The year of a season named without one, and why; None with the reason when it is not certain.

    A year stated earlier in the season's own sentence is its year ("in 1921 … brought to a standstill
    in the autumn"); "of that year" is the last year the text stated. A text with its own date keeps
    the context's year (a report of 1920 telling of "the fall"), inferred and marked. Otherwise the
    year a sentence or more back may be another's (an entry's story moves on): no value is given.
    """
    words = " ".join(found.text.split())
    for other in reversed(before):
        if re.search(r"[.;!?]\s", text[other.end:found.start]):
            break
        if other.years:
            return other.years[-1], (f"year {other.years[-1]} taken from “{' '.join(other.text.split())}” "
                                     "earlier in the same sentence")
    if found.anaphoric and years.last_stated is not None:
        year, stated = years.last_stated
        return year, f"year {year}: “that year” is the last year the text stated before it, in “{stated}”"
    if years.document_date is not None or years.document_year is not None:
        return years.year_for(None)
    return None, (f"no year: “{words}” names a season whose year is not in its sentence, and the years the "
                  "text stated before it may be another's; add @from/@to with the year, or remove the tag")


def _in_century(found, near: int, why: str) -> tuple[int, str]:
    """The year of "July 28, '01": the one ending in its two digits nearest the context's year."""
    year = with_century(found.short_year, near)
    written = _as_written(found)
    return year, f"year {year} read from “{written}”, its century taken from the context ({why})"


def _as_written(found) -> str:
    """The year of "July 28, '01" as the text writes it, its apostrophe the text's own."""
    written = re.search(r"['’‘]\d\d", found.text)
    return written[0] if written else f"'{found.short_year:02d}"


def no_year_note(found) -> str:
    """Why a date is tagged without a value: what its words give, and what the editor must add."""
    given = []
    if any(month is None and day is not None for _, month, day in found.values.values()):
        return (f"no month and no year: “{' '.join(found.text.split())}” is a day of the month the document was "
                "written in, which its words do not name; add @when with the year and month, or remove the tag")
    for name, (_, month, day) in found.values.items():
        if month is not None:
            words = f"{calendar.month_name[month]}{f' {day}' if day is not None else ''}"
            given.append(words if name == "when" else f"@{name} {words}")
    read = f" (its words give {', '.join(given)})" if given else ""
    if found.short_year is not None:
        return (f"no century: the year is written “{_as_written(found)}” and no other year in or given for the "
                f"text says which century{read}; add @when with the year (or give encode the letter's date), or remove the tag")
    return (f"no year: the text states none before or after it and the document has no date of its own that gives "
            f"one (a memoir's or a history's is when it was written, not when what it tells of happened){read}; "
            "add @when (or @from/@to) with the year, or remove the tag")


WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
WEEKDAY_REACH = 6     # years either side of the context's year a weekday may move a year-less date to


def weekday_year(found, year: int | None, why: str) -> tuple[int | None, str]:
    """The year of a year-less day its weekday names ("Tuesday, March 21"): the context's year when the
    weekday fits it; else the one year nearest to it (WEEKDAY_REACH either side) whose calendar has that
    weekday; else, with two as near (1916 and 1922 both have a Tuesday 21 March), none: a wrong year is
    worse than no value. A bulletin of 1922 that mentions "1915-1919" dated its "Tuesday, March 21"
    1919, a Friday. The weekday is read in the Gregorian calendar."""
    word = found.text.split(",")[0].split()[0].lower() if found.text.split() else ""
    when = found.values.get("when")
    if year is None or word not in WEEKDAYS or not when or when[0] is not None or None in when[1:]:
        return year, why
    _, month, day = when

    def fits(y: int) -> bool:
        return _valid_day(y, month, day) and calendar.weekday(y, month, day) == WEEKDAYS[word]
    if fits(year):
        return year, why
    for reach in range(1, WEEKDAY_REACH + 1):
        near = [y for y in (year - reach, year + reach) if fits(y)]
        if len(near) == 1 and not 1 <= near[0] <= 9999:
            # a text of the year 1 had 'Tuesday, March 21' dated 0000-03-21, which no @when may hold (nor
            # is the next fitting year, 0006, the nearest)
            return None, (f"the weekday fits the year {near[0]}, which no date can give: {calendar.month_name[month]} "
                          f"{day} was no {word.capitalize()} in {year}; add @when with the year, or remove the tag")
        if len(near) == 1:
            return near[0], (f"year {near[0]} from the weekday: {calendar.month_name[month]} {day} was a "
                             f"{word.capitalize()} in {near[0]}, not in {year}" + (f" ({why})" if why else ""))
        if near:
            return None, (f"the weekday fits no one year: {calendar.month_name[month]} {day} was a "
                          f"{word.capitalize()} in {' and in '.join(map(str, near))}, not in {year} (the year "
                          "the text around it gives); add @when with the year, or remove the tag")
    return None, (f"the weekday fits no year near {year}: {calendar.month_name[month]} {day} was no "
                  f"{word.capitalize()} in {year - WEEKDAY_REACH}–{year + WEEKDAY_REACH}; add @when with the "
                  "year (a date in another calendar?), or remove the tag")


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= calendar.monthrange(year, month)[1]


NEW_TAG = {"person": "persName", "place": "placeName", "org": "orgName"}


def propose(text: str, names: NameIndex, years: YearContext, in_context: bool = True,
            recogniser=None, heading: bool = False) -> list[Proposal]:
    """Non-overlapping proposals for `text`, longest first where two compete.

    With a `recogniser` (recognize.py), names the registers do not know are
    proposed too, each marked for review with the register entry to create.
    """
    # Project Gutenberg's plain text marks italics with underscores ("_Great Britain_", "_London_"): read
    # as spaces, with the same offsets, so the markers are neither letters of a name nor hide one
    text = text.replace("_", " ")
    # a name the print broke at a line's end ("Mesopo- tamia") is read whole, and tagged as printed (broken_words.py)
    whole, cuts = closed_up(text)
    if cuts:
        return [_printed(p, cuts) for p in propose(whole, names, years, in_context, recogniser, heading)]
    # an entry's head word in capitals is the name its text writes in title case (recognize_reference.py);
    # read so, with the same offsets: the proposals are filled into the text as printed
    glued = glued_numeral(text)
    if glued:       # "IV.AZERBAIJAN AND HAKKIARI.": the heading after its numeral (recognize_diary.py)
        return [dataclasses.replace(p, start=p.start + glued, end=p.end + glued)
                for p in propose(text[glued:], names, years, in_context, recogniser, heading)]
    if hasattr(recogniser, "read_lists") and "\n" in text:
        # a list of names one a line, read before a line in capitals is given its title case (the
        # recogniser finds its names by the line's words, whatever their case; recognize_relief.py)
        recogniser.read_lists(list(enumerate(text.split("\n"))))
    text = entry_head_as_written(text, ROLES)
    # an instrument's parties and signing line in capitals, likewise (recognize_treaty.py)
    printed = text
    # a byline's name in capitals, every word a name's (recognize_magazine.py), before the capitals are cased
    text = byline_as_written(text, ROLES | LIST_NOT_NAMES)
    text = capitals_as_written(text, getattr(recogniser, "gazetteer", None) or _gazetteer(),
                               ROLES, PLACE_HEADS, STATE_NAMES, ORG_HEADS)
    # a hearing's bodies in capitals stay so (recognize_advocacy.py), and "LEAGUE OF NATIONS" (recognize_league.py)
    text = keep_printed(printed, text, PRINTED + LEAGUE_PRINTED)
    if recogniser is not None:
        # a person's name in capitals on a title page or in a byline is read as in title case (persons_in_capitals.py);
        # one the rules for capitals already read as that person (a roster's "HARLAN T. BIRCH, Wisconsin.") stays so
        gazetteer = getattr(recogniser, "gazetteer", None) or _gazetteer()
        spans = persons_in_capitals(printed, lambda phrase: type(recogniser)(gazetteer).find(phrase), TITLE_WORDS,
                                    lambda word: gazetteer.place(word) is not None)
        if spans:
            read = {(m.start, m.end) for m in type(recogniser)(gazetteer).find(text) if m.kind == "person"}
            text = in_title_case(text, printed, [span for span in spans if span not in read])
    candidates: list[Proposal] = []
    last_day = years.last_day       # the whole day stated before this text: a bare weekday's week
    dates = find_dates(text)
    for i, found in enumerate(dates):
        if found.needs_year and found.relative:
            year, why = years.relative_year(found)
            attrs = found.resolve(year)
            review = why if attrs is not None else no_year_note(found)
            attrs = attrs or {}
        elif found.needs_year and found.season and not re.match(r"(?i)this|last|next", found.text):
            # "the autumn", "the winter of that year": a value only when the text makes the year certain
            year, why = season_year(text, found, dates[:i], years)
            attrs = found.resolve(year) if year is not None else None
            review = "; ".join(r for r in (why, found.reason) if r) if attrs else why
            attrs = attrs or {}
        elif found.entry_day:
            # "on the 24th" in a diary entry: the month and year of the last date stated with both (the
            # entry's heading), inferred, so marked for review; with none, no value
            attrs, review = {}, no_year_note(found)
            day = found.values["when"][2]
            # a day before the one the month was read from, whose year the text gave, is no later day of that
            # month ("June 28 … I hope to be off about the 10th" means July): no value, rather than a guess
            forward = years.inferred_day is None or day >= years.inferred_day
            if years.last_month is not None and forward and _valid_day(*years.last_month[:2], day):
                year, month, words = years.last_month
                found.values = {"when": (year, month, found.values["when"][2])}
                attrs = found.resolve(None)
                review = (f"month and year ({calendar.month_name[month]} {year}) inferred from “{words}” before it: "
                          "a bare day of the month is read as one of the last month the text stated")
            elif years.last_month is not None and not forward:
                review = (f"no month: “{' '.join(found.text.split())}” comes after “{years.last_month[2]}” and names an "
                          f"earlier day, of that month or of the next; add @when with the year and month, or remove the tag")
        elif found.needs_year:
            later = dates[i + 1:]
            if years.document_date is not None:
                # a text with its own date: only a dated day close by ("on 3rd and 5th May, 1920") says the
                # year, not one the sentence mentions in passing ("On 11th April … the Convention of 24th
                # July, 1923"): the text's date governs
                later = [d for d in later if d.start - found.end <= 40]
            year, why = paired_year(text, found, later)
            if year is None:
                months = [m for _, m, _ in found.values.values() if m is not None]
                year, why = years.year_for(months[0] if months else None)
            if found.short_year is not None and year is not None:
                year, why = _in_century(found, year, why)
            year, why = weekday_year(found, year, why)
            attrs = found.resolve(year)
            if attrs is None:
                # no year anywhere to take ("Your February 12, 10 p.m." in a telegram without a
                # dateline), or none its weekday allows: the date is tagged for the editor, with no
                # value rather than a guessed one
                attrs, review = {}, why if year is None and why.startswith("the weekday") else no_year_note(found)
            else:
                review = "; ".join(r for r in (why, found.reason) if r)
        else:
            attrs, review = found.resolve(None), found.reason
        if found.calendar:
            # another calendar's date keeps @when in the Gregorian; @calendar says what its words are
            # in (the header's calendarDesc describes it), as the TEI Guidelines tag an Old Style date
            attrs["calendar"] = f"#{found.calendar}"
        if not attrs:
            pass                         # no value: nothing for a certainty to qualify
        elif found.cert:
            attrs["cert"] = found.cert
        elif review:
            attrs["cert"] = "medium"
        if in_context:
            years.saw(found, heading)
        years.saw_month(found, attrs)
        candidates.append(Proposal(found.start, found.end, "date", attrs, review))
    candidates += weekday_proposals(text, last_day, candidates)
    for found in names.find(text):
        found = with_style_of(without_title(found, text), text)
        tag = NAME_TAGS[found.form.kind]
        attrs = {"ref": found.form.ref}
        review = ""
        if found.ambiguous:
            attrs["cert"] = "low"
            others = ", ".join(f.ref for f in found.others)
            review = f"“{found.form.text}” is also a name of {others}; {found.form.ref} was chosen as likelier"
        elif found.form.caution:
            # a short form of an entry that warns of a namesake: "Batum" as a variant of Batum Oblast,
            # "the province …, not the city", linked in silence to the province in a text about the town
            review = (f"“{found.form.text}” is a variant of {found.form.ref}, whose entry says: "
                      f"{found.form.caution}; check that the text means it")
        proposal = Proposal(found.start, found.end, tag, attrs, review, place_type=found.form.type)
        if tag == "orgName":
            proposal.inner = places_inside(text, found, names) + assembly_inside(text, found, names)
        candidates.append(proposal)
    if recogniser is not None:
        registered = [c for c in candidates if c.tag != "date"]
        people = [(c.start, c.end) for c in registered if c.tag == "persName"]
        # the proposals a body's name holds, each with how many candidates there were then, taken out after
        # the loop: taken out at once, the candidates were read whole for every such body (hostile42: a long
        # list of 4,000 "the Hoover Mission"s was 8 million comparisons, 11 of a run's 19 s)
        nested: list[tuple[int, list]] = []
        spans = _Spans(registered)
        for mention in new_names(text, [(c.start, c.end) for c in registered], recogniser, people):
            if spans.holding(mention.start, mention.end):
                continue     # the registers already name it ("Grand National Assembly of Turkey")
            inside = spans.inside(mention.start, mention.end)
            known = registered_form(mention, names)
            if known is not None:
                candidates.append(Proposal(mention.start, mention.end, NEW_TAG[known.kind], {"ref": known.ref},
                                           f"“{mention.text}”, read as {mention.why}, is a register form of "
                                           f"{known.ref}: check that the text means it", place_type=known.type))
                continue
            glued = glued_word(mention.text, names)
            if glued is not None:
                form, word = glued
                # the tag holds the name's own words, the glued word outside it (ENCODING.md's convention)
                candidates.append(Proposal(mention.start, mention.start + len(form.text), NEW_TAG[form.kind],
                                           {"ref": form.ref},
                                           f"“{mention.text}”: the register form “{form.text}” ({form.ref}) with "
                                           f"“{word}” run into it by a lost space; a source's error? mark it "
                                           f"(sic “{mention.text}”, corr “{form.text} {word}”)",
                                           place_type=form.type))
                continue
            proposal = Proposal(mention.start, mention.end, NEW_TAG[mention.kind], {}, new_entry_note(mention, names))
            if mention.kind == "org":
                inside = state_inside(text, mention, inside, names, recogniser.gazetteer)
                inside = school_place_inside(text, mention, inside, recogniser, names)
                inside = body_inside(text, mention, inside, recogniser, names)
                inside = person_inside(text, mention, inside, recogniser, names)
                inside = destination_inside(text, mention, inside, recogniser, names)
                inside = eponym_inside(text, mention, inside, recogniser, names)
                inside = region_inside(text, mention, inside, names)
            if inside and mention.kind == "org":
                # "the Caucasus Bureau": the organisation is proposed, the place in its name keeps its tag
                proposal.inner = inside
                nested.append((len(candidates), inside))
            candidates.append(proposal)
        candidates = _without_nested(candidates, nested)
        candidates = [surname_of_person(c, text, recogniser, names) for c in candidates]
        candidates = [surname_joined_to_person(c, text, candidates, recogniser, names) for c in candidates]
        candidates += bracketed_acronyms(text, registered, candidates, names)
        named = [c for c in candidates if c.tag in ("persName", "placeName", "orgName")]
        glosses = bracketed_glosses(text, named, candidates, names)
        # a gloss is what the name before its brackets is: it replaces what its words alone were taken for
        candidates = [c for c in candidates if c.tag == "date" or c.attrs.get("ref")
                      or not any(g.start < c.end and c.start < g.end for g in glosses)] + glosses
    # Longest first; on equal spans the registers' own names before new proposals.
    candidates.sort(key=lambda p: (p.start, -(p.end - p.start), not p.attrs.get("ref") and p.tag != "date"))
    chosen, end = [], -1
    for p in candidates:
        if p.start >= end:
            chosen.append(p)
            end = p.end
    return chosen


class _Spans:
    """The registers' proposals looked up by where they stand, by halving (hostile42): each new name read them
    all twice, whether one holds it and which it holds (a text of 4,000 "the Mission to Persia"s, each with a
    registered Persia: 19 million looks, a third of its run)."""

    def __init__(self, proposals: list):
        self.proposals = proposals
        self.order = sorted(range(len(proposals)), key=lambda i: proposals[i].start)
        self.starts = [proposals[i].start for i in self.order]
        self.reach = list(itertools.accumulate((proposals[i].end for i in self.order), max))

    def holding(self, start: int, end: int) -> bool:
        """Whether one of them starts at or before `start` and ends at or after `end`."""
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end

    def inside(self, start: int, end: int) -> list:
        """Those within start..end, in the order given."""
        k, found = bisect.bisect_left(self.starts, start), []
        while k < len(self.starts) and self.starts[k] <= end:
            if self.proposals[self.order[k]].end <= end:
                found.append(self.order[k])
            k += 1
        return [self.proposals[i] for i in sorted(found)]


def _without_nested(candidates: list, nested: list[tuple[int, list]]) -> list:
    """`candidates` without each one equal to a proposal of an `inside` that came when it was among the first
    `count` (nested: [(count, inside)]): what taking each `inside` out as it came leaves, in one pass."""
    if not nested:
        return candidates
    at: dict[tuple, list[int]] = {}
    for i, c in enumerate(candidates):
        at.setdefault((c.start, c.end, c.tag), []).append(i)
    gone = set()
    for count, inside in nested:
        for x in inside:
            gone.update(i for i in at.get((x.start, x.end, x.tag), ()) if i < count and candidates[i] == x)
    return [c for i, c in enumerate(candidates) if i not in gone]


def weekday_proposals(text: str, last_day, dates: list) -> list[Proposal]:
    """A weekday named alone as one day ("on Saturday"; weekdays.py), valued in the week of the last whole
    date before it (`last_day`, the one stated before this text, or one of `dates`), and marked for review;
    none where no whole date came before it."""
    from triglot.editor.weekdays import WEEKDAYS, bare_weekdays, weekday_date
    # looked up by halving, not by reading every date for every weekday (hostile42: a long text of dates and
    # weekdays read quadratically): the dates by start with the furthest end so far, and the whole dates by
    # end with the latest in `dates`' order so far (the reference is the last one in that order ending before)
    by_start = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in by_start]
    reach = list(itertools.accumulate((d.end for d in by_start), max))
    whole = []
    for i, d in enumerate(dates):
        when = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", d.attrs.get("when", "")) if d.tag == "date" else None
        if when:
            whole.append((d.end, i, (int(when[1]), int(when[2]), int(when[3]), " ".join(text[d.start:d.end].split()))))
    whole.sort(key=lambda w: w[0])
    whole_ends = [w[0] for w in whole]
    latest = list(itertools.accumulate(whole, lambda a, b: b if b[1] > a[1] else a))
    out = []
    for start, end, weekday, forward in bare_weekdays(text):
        before = bisect.bisect_left(starts, end)        # the dates starting before the weekday ends
        if before and reach[before - 1] > start:
            continue
        ending = bisect.bisect_right(whole_ends, start)
        reference = latest[ending - 1][2] if ending else last_day
        if reference is None:
            continue
        *reference, words = reference
        day = weekday_date(tuple(reference), weekday, forward)
        how = "the next" if forward else "the last"
        out.append(Proposal(start, end, "date", {"when": iso(day), "cert": "medium"},
                            f"day inferred from “{words}” before it: {how} {WEEKDAYS[weekday]} "
                            f"{'after' if forward else 'before'} it, as the clause reads"))
    return out


def _gazetteer():
    from triglot.gazetteer import Gazetteer
    return Gazetteer.default()


def surname_of_person(c: Proposal, text: str, recogniser, names: NameIndex) -> Proposal:
    """A register town or river named like the surname of a person named in full earlier in the
    text ("Tevfik Rüştü Aras … Aras resigned"): the person is proposed; a country keeps its tag."""
    words = text[c.start:c.end]
    if c.tag != "placeName" or c.place_type in ("country", "continent") \
            or words not in recogniser.full_names:
        return c
    # "met Chicherinof Moscow": the recogniser read a person "Chicherinof Moscow", whose forename is a
    # register person with "of" run into it; Moscow is no surname, and every Moscow of the text (the
    # register place) was proposed as a person "not in the registers"
    full = getattr(recogniser, "full_name_of", {}).get(words, "").split()
    if full and glued_word(full[0], names) is not None:
        return c
    from triglot.editor.recognize import Mention
    mention = Mention(c.start, c.end, words, "person", "the surname of a person named in full earlier in the text")
    note = f"{new_entry_note(mention, names)}; also the register place {c.attrs.get('ref')}"
    return Proposal(c.start, c.end, NEW_TAG["person"], {}, note)


def surname_joined_to_person(c: Proposal, text: str, candidates: list, recogniser, names: NameIndex) -> Proposal:
    """"Stalin and Molotov", "Joseph Stalin, Grigol Ordzhonikidze and Makharadze": one word shaped like a
    surname, joined by "and" or a comma to a person's name right before it, is a person too, not the
    town GeoNames knows by that word (a register place keeps its tag)."""
    from triglot.editor.recognize import SURNAME_ENDINGS, Mention
    words = text[c.start:c.end]
    if c.tag != "placeName" or c.attrs.get("ref") or " " in words or not words.lower().endswith(SURNAME_ENDINGS):
        return c
    if "a roster's state" in c.review or "a register's line" in c.review:
        return c        # "HENRY A. COOPER, Wisconsin.": the member's state (recognize_advocacy.py, register_lines.py)
    person = [p for p in candidates if p.tag == "persName" and p.end <= c.start
              and re.fullmatch(r",\s*|,?\s+and\s+", text[p.end:c.start])]
    if not person:
        return c
    mention = Mention(c.start, c.end, words, "person",
                      f"a surname joined to the person “{text[person[0].start:person[0].end]}”")
    recogniser.surnames.add(words)
    return Proposal(c.start, c.end, NEW_TAG["person"], {}, new_entry_note(mention, names))


def state_inside(text: str, org, inside: list, names: NameIndex, gazetteer=None) -> list:
    """A new organisation "of" a state the registers do not know holds that state as a new place,
    as a register place is held ("Parliament of the Democratic Republic of Georgia"); register
    names inside the state stay in its text, untagged. So does a body "of" a country GeoNames
    knows by one word ("Communist Party (Bolshevik) of Kazakhstan")."""
    from triglot.editor.recognize import Mention, state_in_body
    state = state_in_body(org.text)
    if state is None and gazetteer is not None:
        last = re.search(r"\b(?i:of)\s+(?:(?i:the)\s+)?([^\W\d_][\w’'\-]*)$", org.text)
        # … or by an English name the gazetteer lacks ("Armenian National Union of America")
        if last and last[1][0].isupper() and ((gazetteer.place(last[1]) or {}).get("feature") == "country"
                                              or last[1].lower() in STATE_NAMES):
            state = last[1]
    if state is None:
        return inside
    start = org.start + org.text.index(state, len(org.text) - len(state) - len(org.text.split(state)[-1]))
    end = start + len(state)
    if any(c.start <= start and end <= c.end for c in inside):
        return inside       # a register name already covers it
    mention = Mention(start, end, state, "place", f"the state “{org.text}” is of")
    nested = Proposal(start, end, NEW_TAG["place"], {}, new_entry_note(mention, names))
    return [c for c in inside if not (start <= c.start and c.end <= end)] + [nested]


# a word of direction that opens a region's name before a place's ("North Persia", "Eastern Armenia")
COMPASS_WORD = re.compile(r"(?:North|South|East|West)(?:ern)?|(?:NORTH|SOUTH|EAST|WEST)(?:ERN)?")


def region_inside(text: str, org, inside: list, names: NameIndex) -> list:
    """A place nested in a new body's name right after a word of direction is the region that word opens, nested
    whole ("the North Persia Oils Limited" holds "North Persia", not Persia; "Armenian Congress of Eastern Armenia"
    holds "Eastern Armenia", as the earlier sets' gold nests them): the direction word must stand inside the
    body's name, capitalised, and the region is proposed as a new place (it is not the register's country) (round 50)."""
    from triglot.editor.recognize import Mention
    out = []
    for c in inside:
        before = re.search(r"(?<![\w’'\-])([\w’'\-]+) $", text[org.start:c.start]) if c.tag == "placeName" else None
        if before is None or not COMPASS_WORD.fullmatch(before[1]):
            out.append(c)
            continue
        start = org.start + before.start(1)
        mention = Mention(start, c.end, text[start:c.end], "place", f"a region named with “{before[1]}”")
        out.append(Proposal(start, c.end, NEW_TAG["place"], {}, new_entry_note(mention, names)))
    return out


def body_inside(text: str, org, inside: list, recogniser, names: NameIndex) -> list:
    """A body named in another body's name is nested in it, as a place is ("Council of the League of
    Nations", "League of Nations Council"): a short "X of Y" after the outer head's "of the", or before its
    last word when that is a body's head word. Only that shape: the earlier sets' gold leaves "Central
    Committee of the Bolshevik Party" whole (a body's organ, not two bodies), as is done here; and the part
    holds no place (a body "of" a place stays the outer's part). The part is nested when the recogniser reads
    it alone as one whole body."""
    from triglot.editor.recognize import ORG_HEADS, Mention
    parts = []
    last = org.text.rfind(" ")
    if last > 0 and re.fullmatch(r"[^\W\d_][\w’'\-]* (?i:of) [^\W\d_][\w’'\-]*", org.text[:last]) \
            and org.text[last + 1:].lower() in ORG_HEADS | {"union"}:
        parts.append((org.start, org.start + last))       # "League of Nations Council"
    of = re.match(r"^[^\W\d_][\w’'\-]*(?: [^\W\d_][\w’'\-]*)? of the ", org.text)
    # what the outer body is for stays the outer's: "… of the League of Nations for Refugees"
    rest = FOR_WHOM_END.sub("", org.text[of.end():]) if of else ""
    if of and re.fullmatch(r"[^\W\d_][\w’'\-]* of [^\W\d_][\w’'\-]*", rest):
        parts.append((org.start + of.end(), org.start + of.end() + len(rest)))     # "Council of the League of Nations"
    elif of and re.fullmatch(r"[^\W\d_][\w’'\-]*(?: [^\W\d_][\w’'\-]*)? of the [^\W\d_][\w’'\-]* of [^\W\d_][\w’'\-]*"
                             r"(?: for [^\W\d_][\w’'\-]*)?", org.text[of.end():]):
        # a body of a body inside a third ("Constantinople Office of the High Commission of the League of
        # Nations for Refugees"): the middle one whole, what it is for with it, and the innermost in it
        parts.append((org.start + of.end(), org.end))
    elif of and org.text.startswith("Government of the ") \
            and re.fullmatch(r"(?:[A-Z][\w’'\-]* ){1,3}[A-Z][a-z]+", rest) and rest.split()[-1].lower() in ORG_HEADS:
        # a government named by its assembly or council ("Government of the Grand National Assembly"): the
        # assembly is a body of its own, nested (a state so named is a place, nested by the place rules)
        parts.append((org.start + of.end(), org.end))
    for start, end in parts:
        if any(c.start < end and start < c.end for c in inside):
            continue      # "Regional Committee of the Party of Kazakhstan": a body of a place is the outer's part
        found = recogniser.find(text[start:end])
        if len(found) == 1 and found[0].kind == "org" and found[0].start == 0 and found[0].end == end - start:
            mention = Mention(start, end, text[start:end], "org", f"a body named in “{org.text}”")
            nested = Proposal(start, end, NEW_TAG["org"], {}, new_entry_note(mention, names))
            if end - start < len(org.text):
                nested.inner = body_inside(text, mention, [], recogniser, names)
            return inside + [nested]
    return inside


def person_inside(text: str, org, inside: list, recogniser, names: NameIndex) -> list:
    """The person a new body is named after, named in full before its head word, nested in it as a new
    person ("Harry S. Truman Library"; body_named_after_person.py says why and on what evidence)."""
    from triglot.editor.body_named_after_person import person_before_head
    from triglot.editor.recognize import Mention
    span = person_before_head(org.text, frozenset(ORG_HEADS), recogniser.find)
    if span is None:
        return inside
    start, end = org.start + span[0], org.start + span[1]
    if any(c.start < end and start < c.end for c in inside):
        return inside      # a register name or another part already there
    mention = Mention(start, end, text[start:end], "person", f"the person “{org.text}” is named after")
    return inside + [Proposal(start, end, NEW_TAG["person"], {}, new_entry_note(mention, names))]


def destination_inside(text: str, org, inside: list, recogniser, names: NameIndex) -> list:
    """Where a body named by its destination is sent ("Mission to Persia"; missions.py) is nested in it as the
    recogniser reads those words alone: a place, or nothing (a register name there is in `inside` already)."""
    from triglot.editor.missions import destination
    from triglot.editor.recognize import Mention
    span = destination(org.text)
    if span is None:
        return inside
    start, end = org.start + span[0], org.start + span[1]
    if any(c.start == start and c.end == end for c in inside):
        return inside
    found = recogniser.find(text[start:end])
    if len(found) != 1 or found[0].kind != "place" or (found[0].start, found[0].end) != (0, end - start):
        return inside
    # "Mission to Southern Russia": the region read whole, over the register country inside it, as at the top level
    mention = Mention(start, end, text[start:end], "place", found[0].why, found[0].gazetteer)
    kept = [c for c in inside if not (start <= c.start and c.end <= end)]
    return kept + [Proposal(start, end, NEW_TAG["place"], {}, new_entry_note(mention, names))]


def eponym_inside(text: str, org, inside: list, recogniser, names: NameIndex) -> list:
    """The town or chief a commission or mission is named after ("Danzig Commission", "Hoover Mission";
    missions.py) nested in it as a new place or person, unless a register name is there already."""
    from triglot.editor.common_words import is_common
    from triglot.editor.inflections import _surnames
    from triglot.editor.missions import named_after
    from triglot.editor.recognize import GENERIC, PEOPLES, Mention
    found = named_after(org.text, lambda word: recogniser.gazetteer.place(word) is not None,
                        lambda word: is_common(word) or word.lower() in GENERIC | PEOPLES,
                        lambda word: word in recogniser.surnames,
                        lambda word: word in _surnames() and recogniser.kinds.get(word, ("",))[0] != "place")
    if found is None:
        return inside
    start, end, kind = org.start + found[0], org.start + found[1], found[2]
    if any(c.start < end and start < c.end for c in inside):
        return inside
    why = f"the town “{org.text}” is named after" if kind == "place" else f"the chief “{org.text}” is named after"
    mention = Mention(start, end, text[start:end], kind, why)
    return sorted(inside + [Proposal(start, end, NEW_TAG[kind], {}, new_entry_note(mention, names))],
                  key=lambda c: c.start)


SCHOOL_HEADS = {"university", "institute", "college", "school", "seminary", "academy", "gymnasium", "lyceum",
                "conservatory", "polytechnic"}


def school_place_inside(text: str, org, inside: list, recogniser, names: NameIndex) -> list:
    """The town a new school is named after, before its words or after its "of", is a place inside its
    name, as a register town is ("Riga Technical University", "Humboldt University of Berlin"): a
    town GeoNames knows, not an ordinary word ("Central", "Imperial")."""
    from triglot.editor.common_words import is_common
    from triglot.editor.recognize import Mention
    words = list(re.finditer(r"[^\s]+", org.text))
    lows = [w.group().lower() for w in words]
    heads = [i for i, low in enumerate(lows) if low in SCHOOL_HEADS]
    if not heads:
        return inside
    spans = []
    for n in (3, 2, 1):      # the longest run of words before the head that names a town
        if n <= heads[0] and recogniser.gazetteer.place(" ".join(w.group() for w in words[:n])) is not None:
            if not all(is_common(w.group()) for w in words[:n]):
                spans.append((words[0].start(), words[n - 1].end()))
            break
    if "of" in lows[heads[-1]:]:
        k = heads[-1] + lows[heads[-1]:].index("of") + 1
        k += 1 if k < len(lows) and lows[k] == "the" else 0
        if k < len(words) and recogniser.gazetteer.place(org.text[words[k].start():]) is not None:
            spans.append((words[k].start(), len(org.text)))
    out = list(inside)
    for s, e in spans:
        start, end = org.start + s, org.start + e
        words_in = text[start:end]
        if any(c.start < end and start < c.end for c in out):
            continue
        mention = Mention(start, end, words_in, "place", f"the town “{org.text}” is named after")
        out.append(Proposal(start, end, NEW_TAG["place"], {}, new_entry_note(mention, names)))
    return sorted(out, key=lambda c: c.start)


def assembly_inside(text: str, org, names: NameIndex) -> list[Proposal]:
    """A register body that a register government is named after ("Government of the Grand National
    Assembly"): the assembly is a body of its own, nested, as test21's gold does (and as "Council of the
    League of Nations" nests the League). Only after "Government of the", the rest of the name being the
    other body's whole register name; a party's organ ("Executive Committee of the Communist International")
    stays whole."""
    name = text[org.start:org.end]
    if not name.startswith("Government of the "):
        return []
    start = len("Government of the ")
    for found in names.find(name[start:]):
        if found.form.kind == "org" and found.start == 0 and found.end == len(name) - start:
            return [Proposal(org.start + start, org.end, "orgName", {"ref": found.form.ref})]
    return []


def places_inside(text: str, org, names: NameIndex) -> list[Proposal]:
    """Register places inside a register organisation's name, tagged inside it as the curated
    edition does ("Caucasus Bureau of the Central Committee", "Grand National Assembly of Turkey"):
    a place the body is named after, that is after "of" or before the body's head word (not the
    "Armenia" of a publisher called "Genesis Armenia")."""
    from triglot.editor.recognize import ORG_HEADS
    name = text[org.start:org.end]
    words = list(re.finditer(r"\S+", name))
    if len(words) < 2:
        return []
    inner, taken = [], set()
    # the organisation's own form is the longest match: read it once without its first, once without its last word
    for cut in (words[0], words[-1]):
        masked = name[:cut.start()] + "·" * (cut.end() - cut.start()) + name[cut.end():]
        for found in names.find(masked):
            span = (found.start, found.end)
            before = name[:found.start].split()[-2:]
            after = name[found.end:].split()[:1]
            named_after = (before and before[-1] == "of") or before[-2:] == ["of", "the"] \
                or (after and after[0].lower() in ORG_HEADS)
            if found.form.kind == "place" and named_after and span not in taken \
                    and not any(s < found.end and found.start < e for s, e in taken):
                taken.add(span)
                inner.append(Proposal(org.start + found.start, org.start + found.end, "placeName",
                                      {"ref": found.form.ref}, place_type=found.form.type))
    return sorted(inner, key=lambda p: p.start)


def bracketed_acronyms(text: str, registered, candidates, names: NameIndex) -> list[Proposal]:
    """"Grand National Assembly of Turkey (TBMM)": an acronym in brackets right after a register
    organisation or place is another name of it (in any language: TBMM is the Turkish one) and is
    proposed with the same tag; after a person only the person's initials are."""
    from triglot.editor.recognize import ALIAS, Mention, _initials
    kinds = {tag: kind for kind, tag in NEW_TAG.items()}
    out = []
    for c in registered:
        alias = ALIAS.match(text, c.end)
        if alias is None or c.tag not in kinds:
            continue
        for group in (1, 2):
            word = alias[group]
            if word is None or not re.fullmatch(r"[A-Z]{2,}", word):
                continue
            start, end = alias.span(group)
            if any(o.start < end and start < o.end for o in candidates + out):
                continue
            if c.tag == "persName" and word != _initials(text[c.start:c.end]):
                continue    # "Avetis Aharonian (ARF)": after a person, only the person's initials
            mention = Mention(start, end, word, kinds[c.tag], f"another name of “{text[c.start:c.end]}” in brackets")
            out.append(Proposal(start, end, c.tag, {}, new_entry_note(mention, names)))
    return out


def _gloss_labels() -> set[str]:
    from triglot.editor.recognize import _L
    return set(_L["gloss_labels"])


# "(Armenian: Հայաստան, romanized: Hayastan, IPA: [hɑjɑsˈtɑn]; Russian: Армения; Armeniya)",
# "(Template:Lang-hy Haykakan …)": a label that makes what follows it a gloss, in any script.
GLOSS_LABEL = re.compile(r"\s*(?:Template:Lang-[a-z]{2,3}\s+|(?P<word>[A-Za-z]+):\s*)")
SCRIPT_LABEL = re.compile(r"\s*(?P<word>[A-Z][a-z]+)\s+(?=[^\sA-Za-z])")   # "(Armenian Աղասի …)"


def bracketed_glosses(text: str, named, candidates, names: NameIndex) -> list[Proposal]:
    """"Aghasi Khanjian (Աղասի Խանջյան; Агаси Ханджян; 1901 – 1936)": the names in another script
    in brackets right after a name are other names of it, proposed with its tag (tests/data/unseen
    policy: the names of a quoted gloss in another language or script are names). After a language
    label ("Armenian:", "romanized:", "Template:Lang-ru") a gloss in Latin letters is one too, and so
    is every later name of the same brackets ("…; Russian: Армения; Armeniya)")."""
    from triglot.editor.recognize import EVENT_HEADS, Mention
    kinds = {tag: kind for kind, tag in NEW_TAG.items()}
    labels = _gloss_labels()
    out = []
    for c in named:
        opening = re.match(r"\s*\(", text[c.end:])
        if opening is None:
            continue
        event = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", text[max(0, c.start - 40):c.start])
        if event and event[1].lower() in EVENT_HEADS:
            continue    # "Treaty of Alexandropol (…)": the gloss names the treaty, not the town
        start = c.end + opening.end()
        close = _closing(text, start)
        if close is None:
            continue
        labelled = False
        for s, e in _pieces(text, start, close):
            piece = text[s:e]
            label = GLOSS_LABEL.match(piece)
            glossed = False
            if label and (label["word"] is None or label["word"].lower() in labels):
                glossed = labelled = True
                s += label.end()
            elif label and label["word"].lower() == "ipa":
                continue
            else:
                script = SCRIPT_LABEL.match(piece)
                if script and script["word"].lower() in labels:
                    s += script.end()
            piece = text[s:e]
            s += len(piece) - len(piece.lstrip())
            e -= len(piece) - len(piece.rstrip())
            word = text[s:e]
            latin = re.search(r"[A-Za-z]", word)
            if not word or not re.search(r"[^\W\d_]", word) or re.search(r"\d", word) or word[0] in "/[(":
                continue
            if latin and (not (glossed or labelled) or not word[0].isupper() or word.startswith("Template:")):
                continue
            if any(o.start < e and s < o.end for o in out) or any(
                    o.start <= s and e <= o.end and o.tag in kinds and o.attrs.get("ref") for o in candidates):
                continue
            mention = Mention(s, e, word, kinds[c.tag], f"another name of “{text[c.start:c.end]}” in brackets after it")
            out.append(Proposal(s, e, c.tag, {}, new_entry_note(mention, names)))
    return out


def _closing(text: str, start: int) -> int | None:
    """The bracket that closes the one opened before `start`, on the same line."""
    depth = 0
    for i in range(start, min(len(text), start + 800)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i if ch == ")" else None
            depth -= 1
    return None


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between top-level commas and semicolons of a bracket's contents."""
    out, depth, begin = [], 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch in ",;" and depth == 0:
            out.append((begin, i))
            begin = i + 1
    out.append((begin, end))
    return out


# Forenames before a register surname, a nickname among them ('Polikarp "Budu" Gurgenovich Mdivani').
# Any script's capitals ("Kâzım Karabekir"), initials ("Vasily N. Chicherin").
_UP, _LOW = f"[{re.escape(UPPER)}]", r"[^\W\d_]"
_FORENAME = rf"{_UP}{_LOW}*[’'\-]?{_LOW}+"
FORENAMES = rf"(?:(?:{_FORENAME}|[A-Z]\.(?:[A-Z]\.)?)\s+){{1,2}}|(?:(?:{_FORENAME}|[\"“\[(]{_FORENAME}[\"”\])])\s+){{2,3}}"


# Names of their own even when they hold a register name: "Republic of Aras", "Enver Pasha", "South Caucasus".
OWN_NAMES = ("a name with", "a name followed by", "a region named with", "an acronym of a body of")


def new_names(text: str, known: list[tuple[int, int]], recogniser, people=()) -> list:
    """Names the registers do not know, around the register names of `text`.

    A run of capitals may join a register name to an unknown one ("in Armenia
    Boris Legran"): the register's names are set apart first and the rest read
    again. Only a name of its own that holds a register name survives whole:
    "Republic of Aras" is no mention of the river Aras (it is proposed, with
    the register entry it may be a variant of); "Soviet Russia" is Russia.
    """
    from triglot.editor.spans import Overlaps
    index, people_at = Overlaps(known), set(people)

    def overlaps(m):
        return index.any(m.start, m.end)
    first = recogniser.find(text)
    def forename_of_known(m):
        """"Sergo Ordzhonikidze" where the registers know "Ordzhonikidze": the whole is proposed,
        as a variant of that person (a name before a register surname is its forename)."""
        inside = index.of(m.start, m.end)
        if m.kind != "person" or len(inside) != 1 or inside[0][1] != m.end:
            return False
        before = text[m.start:inside[0][0]]
        if inside[0] in people_at:
            return re.fullmatch(FORENAMES, before) is not None
        # "Tevfik Rüştü Aras": two forenames before a register place's name make it a surname
        return re.fullmatch(r"(?:[^\W\d_][^\W\d_’'\-]+\s+){2}", before) is not None \
            and all(w[0].isupper() for w in before.split())
    def surname_after_known(m):
        """"Mustafa Kemal Ataturk" where the registers know "Mustafa Kemal": a capitalised word or two
        right after a register person, read with it as one person's name, make the whole the name."""
        inside = index.of(m.start, m.end)
        if m.kind != "person" or len(inside) != 1 or inside[0] not in people_at or inside[0][0] != m.start:
            return False
        after = text[inside[0][1]:m.end]
        return re.fullmatch(rf" [{UPPER}][^\W\d_]+(?: [{UPPER}][^\W\d_]+)?", after) is not None \
            and not any(w.isupper() for w in after.split())     # "Lebedev RGVA": an archive, not a surname
    kept = [m for m in first if not overlaps(m) or m.why.startswith(OWN_NAMES) or forename_of_known(m)
            or surname_after_known(m)]
    masked = list(text)
    for s, e in known:
        masked[s:e] = "·" * (e - s)
    again = recogniser.find("".join(masked))
    from triglot.editor.recognize import NAME_PARTICLES
    ending = {}
    for s, e in people:
        ending.setdefault(e, (s, e))
    for m in again:
        # "Narimanov Nariman Karbalayi Najaf oglu": a forename and patronymic after a register surname
        # (the Azerbaijani order) make one name with it
        surname = ending.get(m.start - 1)
        if m.kind == "person" and surname and text[surname[1]] == " " \
                and text[m.start:m.end].split()[-1].lower() in NAME_PARTICLES:
            m.start = surname[0]
    kept_spans = Overlaps([(k.start, k.end) for k in kept])
    kept += [m for m in again if not kept_spans.any(m.start, m.end)]
    for m in kept:
        m.text = text[m.start:m.end]
    return sorted(kept, key=lambda m: m.start)


def registered_form(mention, names: NameIndex):
    """The one register form of the mention's kind that is exactly its words, or None.

    The registers' names are looked up whole-word and never beside a hyphen ("Russia-based"
    is no mention of Russia), so "the Russia-Turkey frontier" reaches the recogniser, which
    splits it into two places: each is a register name, and a comment calling it "not in the
    registers" told the editor something false (journey 23e)."""
    forms = [f for f in names.forms.get(" ".join(mention.text.split()), ())
             if f.kind == mention.kind]
    return forms[0] if len({f.ref for f in forms}) == 1 else None


# short words a pasted or OCRed text runs into the name before them ("Russiaand Turkey")
RUN_ON_WORDS = ("and", "the", "of", "in", "to", "was", "is", "for", "on", "at", "by", "with", "from")


def glued_word(text: str, names: NameIndex):
    """(register form, word) when `text`, one word, is a register form with a short word run into it.

    "Russiaand Turkey" (a text pasted from a web page) was proposed as a new person
    "Russiaand": the editor was asked to register a source's typing error. The name is
    linked, its tag holding the name's own words (ENCODING.md: a glued word stays outside), and
    the comment proposes sic/corr, as ENCODING.md keeps a source's errors."""
    if " " in text:
        return None
    for word in RUN_ON_WORDS:
        stem = text[:-len(word)]
        if text.endswith(word) and len(stem) > 2:
            forms = names.forms.get(stem, ())
            if len({f.ref for f in forms}) == 1:
                return forms[0], word
    return None


def new_entry_note(mention, names: NameIndex) -> str:
    """Why a name is proposed and which register entry would hold it (never chosen for the editor)."""
    from triglot.editor.recognize import slug
    kind = {"person": "person", "place": "place", "org": "organisation"}[mention.kind]
    ident = slug(getattr(mention, "same_as", None) or mention.text)
    if ident in getattr(names, "refs", {}):
        # the id is taken: proposing it would lead to a `register add` that refuses the duplicate
        note = (f"“{mention.text}” is not in the registers ({mention.why}); no new entry proposed: "
                f"“{ident}” is the id of {names.refs[ident]} already")
    else:
        note = f"“{mention.text}” is not in the registers ({mention.why}); proposed new {kind} entry “{ident}”"
    variant = names.variant_candidates(mention)
    if variant:
        note += ("; it may be a variant of " if ident in getattr(names, "refs", {}) else
                 "; or it may be a variant of ") + variant
    return note


# Titles and ranks that stay outside a name's tag (tei/ENCODING.md): a register
# variant that starts with one ("Dr. Fuad Sabit") is tagged without it.
TITLES = re.compile(
    r"(?:Dr\.|Prof\.|Mr\.|Mrs\.|Comrade|comrade|General|Gen\.|Colonel|Col\.|Sultan|King|Emperor|Tsar|"
    r"President|Premier|Minister|Commissar|Ambassador|Deputy|Professor|Secretary|Chairman)\s+")


def without_title(found, text: str):
    m = TITLES.match(found.text)
    if m and m.end() < len(found.text):
        found.start += m.end()
        found.text = text[found.start:found.end]
    return found


# "United States of America": a state's name ending in a place's head word goes on through "of" into
# the rest of its full style (not into another state: "Tiflis Governorate of the Russian Empire")
STYLE_OF = re.compile(r"\s+of\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}")


def with_style_of(found, text: str):
    last = found.text.split()[-1].lower() if found.text.split() else ""
    style = STYLE_OF.match(text, found.end)
    if style and found.form.kind == "place" and " " in found.text \
            and not any(w.lower().rstrip(".") in ROLES | PLACE_HEADS for w in style.group().split()) \
            and (last in PLACE_HEADS or last.removesuffix("s") in PLACE_HEADS) \
            and found.text.split()[0].lower() not in DEMONYMS:
        # (not "the Armenian Republic of Erivan": after a people's adjective and a head word, "of" names
        # where the state is, its capital or land, a place of its own, not the rest of a fixed style)
        found.end = style.end()
        found.text = text[found.start:found.end]
    return found


def shifted(p: Proposal, offset: int) -> Proposal:
    # (a nested body's own nested names move with it: "… of the High Commission of the League of Nations …")
    return Proposal(p.start - offset, p.end - offset, p.tag, p.attrs, p.review,
                    inner=[shifted(c, offset) for c in p.inner])


def fill(element, text: str, proposals: list[Proposal]) -> None:
    """Put `text` into `element` with the proposals as child elements (text kept exactly)."""
    element.text = text[:proposals[0].start] if proposals else text
    last = element
    for i, p in enumerate(proposals):
        child = etree.SubElement(element, q(p.tag))
        for key, value in p.attrs.items():
            child.set(key, value)
        if p.inner:
            fill(child, text[p.start:p.end], [shifted(c, p.start) for c in p.inner])
        else:
            child.text = text[p.start:p.end]
        last = child
        if p.review:
            child.set("ana", REVIEW)
            comment = etree.Comment(f" review: {p.review.replace('--', '–')} ")
            element.append(comment)
            last = comment
        last.tail = text[p.end:proposals[i + 1].start] if i + 1 < len(proposals) else text[p.end:]
