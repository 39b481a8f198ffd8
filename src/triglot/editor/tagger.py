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

import re
from dataclasses import dataclass

from lxml import etree

from triglot.editor.dates import FoundDate, find_dates
from triglot.editor.names import NameIndex
from triglot.tei import q

REVIEW = "#review"


@dataclass
class Proposal:
    start: int
    end: int
    tag: str                 # persName, placeName or date
    attrs: dict[str, str]
    review: str = ""         # why an editor must look at it ("" if certain)


class YearContext:
    """The year that a date without one takes, and where it came from.

    The last year the text stated sets it; a heading's years set it for the
    heading's section ("1918–19" in a heading: 1918, the first year of the range,
    not the last); before any year, the first year stated later, failing that
    the document's own date. The year is inferred either way, so every such
    proposal is marked for review with the reason.
    """

    def __init__(self, fallback_years: list[int], document_year: int | None):
        self.current: int | None = None
        self.source = ""
        self.ahead = list(fallback_years)
        self.document_year = document_year

    def year_for(self) -> tuple[int | None, str]:
        if self.current is not None:
            return self.current, f"year {self.current} inferred from {self.source}"
        if self.ahead:
            return self.ahead[0], f"year {self.ahead[0]} taken from a later date of the text"
        if self.document_year is not None:
            return self.document_year, f"year {self.document_year} taken from the document's own date"
        return None, ""

    def saw(self, found: FoundDate, heading: bool = False) -> None:
        """Take the year of a date the text states.

        A year named with its month ("Nov. 30, 1920", "December 1920") sets the
        context; a bare year ("before 1914") only sets it while none is known, so
        a year mentioned in passing does not pull later dates into the past. A
        range sets its first year; a heading always sets the year of its section.
        """
        if not found.years:
            return
        if self.ahead and self.ahead[0] in found.years:
            self.ahead.pop(0)
        with_month = any(m is not None for _, m, _ in found.values.values())
        if heading or with_month or self.current is None:
            ranged = "from" in found.values or "notBefore" in found.values
            self.current = found.years[0] if ranged or heading else found.years[-1]
            where = "the heading of this section" if heading else "the text before it"
            self.source = f"“{' '.join(found.text.split())}” in {where}"


NEW_TAG = {"person": "persName", "place": "placeName", "org": "orgName"}


def propose(text: str, names: NameIndex, years: YearContext, in_context: bool = True,
            recogniser=None, heading: bool = False) -> list[Proposal]:
    """Non-overlapping proposals for `text`, longest first where two compete.

    With a `recogniser` (recognize.py), names the registers do not know are
    proposed too, each marked for review with the register entry to create.
    """
    candidates: list[Proposal] = []
    for found in find_dates(text):
        if found.needs_year:
            year, why = years.year_for()
            attrs = found.resolve(year)
            if attrs is None:
                continue
            review = "; ".join(r for r in (why, found.reason) if r)
        else:
            attrs, review = found.resolve(None), found.reason
        if found.cert:
            attrs["cert"] = found.cert
        elif review:
            attrs["cert"] = "medium"
        if in_context:
            years.saw(found, heading)
        candidates.append(Proposal(found.start, found.end, "date", attrs, review))
    for found in names.find(text):
        found = without_title(found, text)
        tag = "persName" if found.form.kind == "person" else "placeName"
        attrs = {"ref": found.form.ref}
        review = ""
        if found.ambiguous:
            attrs["cert"] = "low"
            others = ", ".join(f.ref for f in found.others)
            review = f"“{found.form.text}” is also a name of {others}; {found.form.ref} was chosen as likelier"
        candidates.append(Proposal(found.start, found.end, tag, attrs, review))
    if recogniser is not None:
        for mention in recogniser.find(text):
            candidates.append(Proposal(mention.start, mention.end, NEW_TAG[mention.kind], {},
                                       new_entry_note(mention, names)))
    # Longest first; on equal spans the registers' own names before new proposals.
    candidates.sort(key=lambda p: (p.start, -(p.end - p.start), not p.attrs.get("ref") and p.tag != "date"))
    chosen, end = [], -1
    for p in candidates:
        if p.start >= end:
            chosen.append(p)
            end = p.end
    return chosen


def new_entry_note(mention, names: NameIndex) -> str:
    """Why a name is proposed and which register entry would hold it (never chosen for the editor)."""
    from triglot.editor.recognize import slug
    kind = {"person": "person", "place": "place", "org": "organisation"}[mention.kind]
    note = f"“{mention.text}” is not in the registers ({mention.why}); proposed new {kind} entry “{slug(mention.text)}”"
    variant = names.variant_candidates(mention)
    if variant:
        note += "; or it may be a variant of " + variant
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


def fill(element, text: str, proposals: list[Proposal]) -> None:
    """Put `text` into `element` with the proposals as child elements (text kept exactly)."""
    element.text = text[:proposals[0].start] if proposals else text
    last = element
    for i, p in enumerate(proposals):
        child = etree.SubElement(element, q(p.tag))
        for key, value in p.attrs.items():
            child.set(key, value)
        child.text = text[p.start:p.end]
        last = child
        if p.review:
            child.set("ana", REVIEW)
            comment = etree.Comment(f" review: {p.review.replace('--', '–')} ")
            element.append(comment)
            last = comment
        last.tail = text[p.end:proposals[i + 1].start] if i + 1 < len(proposals) else text[p.end:]
