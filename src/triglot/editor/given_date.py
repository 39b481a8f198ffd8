"""The date an editor gives `encode` (`--date`, `--source-date`), read once into TEI's date attributes.

A text's date is not always a day: a letter dated "June–July 1920" by its editor, or a note undated within
a year. One day, month or year (`1920-06-28`, `1920-06`, `1920`) is `@when`; an ISO 8601 interval of two
of them (`1920-06/1920-07`) is a date somewhere between them, TEI's `@notBefore` and `@notAfter`, which the
edition's order, the document list, the chronology and CMIF read as a range. Before it, a range could only
be given as its first day, and the letter sorted and showed as 1 January 1920.
"""
from __future__ import annotations

import datetime
import re

ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")   # ASCII digits: Python's \d takes any script's


def is_iso(value: str) -> bool:
    """A year, year and month, or day that exists (1919-02-30 does not)."""
    m = ISO.fullmatch(value)
    if m is None:
        return False
    try:
        datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def first_day(value: str) -> datetime.date:
    m = ISO.fullmatch(value)
    return datetime.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))


def last_day(value: str) -> datetime.date:
    """The last day a day, month or year covers: a range's end of 1920-06 reaches 30 June (compared as
    text, "1920-06/1920-06-15", June 1 to 15, was refused as ending where it starts: hostile round 34)."""
    m = ISO.fullmatch(value)
    year = int(m[1])
    if m[3]:
        return datetime.date(year, int(m[2]), int(m[3]))
    if m[2]:
        following = datetime.date(year + (m[2] == "12"), int(m[2]) % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return datetime.date(year, 12, 31)


def problem(value: str, today: datetime.date) -> str | None:
    """What is wrong with a given date, in words for the editor, or None."""
    ends = value.split("/")
    if len(ends) == 2 and sorted(ends)[0] in ("", "..") and is_iso(sorted(ends)[1]):
        # ISO 8601-2 and EDTF write an open end so ('../1920', '1920/'), which read as no date at all
        return (f"{value!r} has an open end, which encode does not take: the edition's order, chronology and "
                "exports need both ends; give the earliest and the latest the text can be, 1919-06/1920")
    if len(ends) > 2 or not all(is_iso(e) for e in ends):
        return (f"{value!r} is no date: give it as 1919, 1919-12 or 1919-12-16 (ISO 8601, Gregorian), or a "
                "range of two of them, 1919-06/1919-07, for a date known only to lie between them")
    if len(ends) == 2 and (ends[0] == ends[1] or last_day(ends[1]) < first_day(ends[0])):
        return f"{value!r} ends before or where it starts: give the earlier date first"
    if any(e > today.isoformat() for e in ends):
        return f"{value!r} is after today: no text was written then (a year mistyped?)"
    return None


def published_before(source: str, text: str) -> str | None:
    """What is wrong with a source date (`--source-date`) that ends before the text's date (`--date`,
    a range by its first end) begins, or None. Each is compared at the precision both have: a source
    of 1920 may print a letter of June 1920, one of 1920-05 may not. Before, `--date 1920-06
    --source-date 1919-05` was written as given: a source that printed a text a year before it was written."""
    start = text.split("/")[0]
    n = min(len(source), len(start))
    if source[:n] < start[:n]:
        return (f"the source's date {source!r} is before the text's date {text!r}: a source cannot print a text "
                "before it was written (the two swapped?)")
    return None


def attributes(value: str) -> dict[str, str]:
    """TEI's date attributes for a given date: `when`, or `notBefore` and `notAfter` for a range."""
    ends = value.split("/")
    return {"when": value} if len(ends) == 1 else {"notBefore": ends[0], "notAfter": ends[1]}


def year(value: str) -> int | None:
    """The year a text's year-less dates may take from the given date: its own, or a range's when both
    ends are in one year (a range over two years gives none, and those dates stay without a year)."""
    years = {e[:4] for e in value.split("/")}
    return int(years.pop()) if len(years) == 1 else None


def day(value: str) -> tuple[int, int, int] | None:
    """The given date as (year, month, day) when it is one whole day, else None."""
    parts = value.split("-")
    return tuple(int(p) for p in parts) if "/" not in value and len(parts) == 3 else None
