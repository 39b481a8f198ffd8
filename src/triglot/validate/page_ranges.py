"""A source's pages (`biblScope unit="page"`) that no book has: a range that ends before it starts, or page 0.

The print and the library records label a bare page scope ("442" is "p. 442", "442–443" "pp. 442–443",
book.page_scope), and a citation names them. "443–442" was printed "pp. 443–442" and "0" "p. 0", each as
valid as the edition's other references (hostile round 35): a mistyped scope reached every reader. Pages
are read as the print reads them, Arabic or lower- or upper-case Roman numerals (the front matter's
"xii–xiv"), a range shortened as bibliographies write it ("442–3" is 442–443, "1659–70"
1659–1670); a range from Roman to Arabic ("xii–3": the front matter into the text) is not compared.
"""
from __future__ import annotations

import re

from lxml import etree

from triglot.problems import Problem
from triglot.tei import NS

RANGE = re.compile(r"(?P<first>[0-9]+|[ivxlcdm]+)(?:\s*[-–—]\s*(?P<last>[0-9]+|[ivxlcdm]+))?", re.I)
ROMAN = re.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", re.I)
VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
ZERO = (0, "")     # page 0 as `number` gives it (any count of zeros)
PAGES = etree.XPath("//t:biblScope[@unit = 'page' or @unit = 'pp']", namespaces=NS)   # as book.page_scope reads


def number(page: str) -> tuple[str, object] | None:
    """("arabic", its digits as compared: their count, then themselves) or ("roman", its value), or None
    for a page not written as a number of either. Arabic pages are compared without int(): a scope of
    5,000 digits stopped validate with Python's ValueError (int() reads at most 4,300 digits), and so
    did a from="²" (a superscript is a digit to str.isdigit, not to int), both tracebacks."""
    if page.isascii() and page.isdigit():
        digits = page.lstrip("0")
        return "arabic", (len(digits), digits)
    if page and ROMAN.fullmatch(page):
        values = [VALUES[c] for c in page.lower()]
        return "roman", sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


def problem(first: str, last: str | None) -> str | None:
    """What is wrong with pages `first` to `last` (None: one page), or None; the pages quoted as written
    ("9999–1", not the "9999–9991" it is read as: from 5,000 nines to "1" was quoted as two cut runs of
    nines that looked the same)."""
    written = last
    if last and first.isascii() and last.isascii() and first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[:len(first) - len(last)] + last       # "442–3", "1659–70": the bibliographies' short form
    start, end = number(first), number(last) if last else None
    if start is None or last and end is None:
        return None
    if ZERO in (start[1], end and end[1]):
        return "page 0: no book numbers a page 0 (the first page is 1, or i in the front matter)"
    if end and start[0] == end[0] and end[1] < start[1]:
        return f"pages {_shown(first)}–{_shown(written)} end before they start: give the first page first"
    return None


def _shown(text: str, most: int = 40) -> str:
    """`text` as a message quotes it: its first `most` characters. A from="999…" of 5,000 digits made a
    message of 10,110 characters, a scope's 90,000 characters of words one of 90,000."""
    return text if len(text) <= most else text[:most] + f"… ({len(text):,} characters)"


def page_ranges(edition, doc):
    """Each page scope of the document's header and text whose pages no book has, at its line."""
    for scope in PAGES(doc.root):
        given = [(scope.get("from"), scope.get("to"))] if scope.get("from") or scope.get("to") else []
        words = " ".join("".join(scope.itertext()).split())
        found = RANGE.fullmatch(words)
        if found:
            given.append((found["first"], found["last"]))
        for first, last in given:
            wrong = problem(first or last, last if first else None)
            if wrong:
                yield Problem(doc.name, scope.sourceline or 0, "pages", f"biblScope unit='{_shown(scope.get('unit'))}' “{_shown(words)}”: {wrong}")
                break
