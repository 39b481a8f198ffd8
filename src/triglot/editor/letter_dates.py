"""`triglot check --rule letter-date`: a letter dated one way in its header and another in its text.

A correspDesc's date is what the exports (CMIF) and the web edition give as the letter's date, and
the letter's dateline or closer is what its writer wrote. Where they do not meet, one is wrong, and
nothing else tells: an edition brought from elsewhere dated a letter whose dateline reads "Feby 22d.
18[18]" `when="2022-02-22"` (the day its transcription was made) in the header its CMIF came from.
"""
from __future__ import annotations

import datetime

from triglot.problems import Problem
from triglot.tei import NS, XML_ID, local
from triglot.validate.rules import iso_span

# Where a letter's writer dates it.
DATING = ("dateline", "opener", "closer", "signed", "salute", "docDate")
VALUES = ("when", "from", "to", "notBefore", "notAfter")


def span(el):
    """(first day, last day) a dating element's values allow, or None. A bound alone leaves the other
    side open: `notBefore="1813-01"` allows August 1813, which the rule called another date than the
    dateline's "Au. 13" (as `from` alone and `to` alone do)."""
    days = {a: iso_span(el.get(a)) for a in VALUES if el.get(a)}
    if not days or None in days.values():
        return None
    first, last = min(d[0] for d in days.values()), max(d[1] for d in days.values())
    if "when" not in days:
        if not {"from", "notBefore"} & days.keys():
            first = datetime.date.min
        if not {"to", "notAfter"} & days.keys():
            last = datetime.date.max
    return first, last


def _written(date) -> bool:
    """A date the writer put in a dateline, opener or closer, not one an editor's note inside it
    gives: a note on the dating ("catalogued as of 1913") that named the header's wrong date made the
    letter agree with itself, and the rule said nothing."""
    above = [local(a) for a in date.iterancestors()]
    return any(name in DATING for name in above) and "note" not in above[:next(
        i for i, name in enumerate(above) if name in DATING)]


def letter_dates(doc) -> list[Problem]:
    problems = []
    if doc.base is None:
        return problems
    by_id = {el.get(XML_ID): el for el in doc.base.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
    for desc in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS):
        date = desc.find("t:correspAction[@type='sent']/t:date", NS)
        said = span(date) if date is not None else None
        if said is None:
            continue
        target = (desc.get("corresp") or "").split()
        part = by_id.get(target[0].lstrip("#")) if target else doc.base
        if part is None:
            continue
        written = [el for el in part.iter("{%s}date" % NS["t"]) if _written(el) and span(el) is not None]
        if not written or any(span(el)[0] <= said[1] and said[0] <= span(el)[1] for el in written):
            continue
        first = written[0]
        values = _values(date)
        problems.append(Problem(doc.name, date.sourceline or 0, "letter-date",
                                f"the letter's date in its correspDesc ({values}) is not the date its text "
                                f"gives at line {first.sourceline} {_given(first)}: one of them "
                                "is wrong, and the exports and the web edition date the letter by the correspDesc"))
    return problems + creation_disagreement(doc) + source_before_text(doc)


def creation_disagreement(doc) -> list[Problem]:
    """The header's creation date (encode --date, import-tei) against the text's own dates and its letters'
    correspDesc: it dates the document first (order.text_date), in the order, on its page and in MODS,
    so a "1918-06-28" given for a letter whose dateline reads "June 28, 1919" misdated it silently.
    Any one date it meets settles it, as for a correspDesc."""
    date = doc.root.find("t:teiHeader/t:profileDesc/t:creation/t:date", NS)
    said = span(date) if date is not None else None
    if said is None or doc.base is None:
        return []
    others = [el for el in doc.base.iter("{%s}date" % NS["t"]) if _written(el) and span(el) is not None]
    others += [el for el in doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc/"
                                              "t:correspAction[@type='sent']/t:date", NS) if span(el) is not None]
    if not others or any(span(el)[0] <= said[1] and said[0] <= span(el)[1] for el in others):
        return []
    first = others[0]
    where = "its text gives" if doc.base in first.iterancestors() else "its correspDesc gives"
    values = _values(date)
    return [Problem(doc.name, date.sourceline or 0, "letter-date",
                    f"the text's date in its header's creation ({values}) is not the date {where} at line "
                    f"{first.sourceline} {_given(first)}: one of them is wrong, "
                    "and the edition's order, the web edition and the exports date the text by the creation date")]


def source_before_text(doc) -> list[Problem]:
    """The source's date (sourceDesc's bibl: when the source printed the text, `encode --source-date`) against
    the text's: the header's creation date, a letter's correspDesc date and the dates its writer put in its
    dateline or closer. A source that ends before every one of them begins printed the text before it was
    written: a letter dated "June 28, 1921" with a source date of 1920 passed encode and check silently
    (hostile round 34). Any one date the source does not precede settles it (a text quoting a later date
    in its closer is not misdated by that date)."""
    if doc.base is None:
        return []
    found = []
    for source in doc.root.iterfind("t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl/t:date", NS):
        printed = span(source)
        if printed is None or printed[1] == datetime.date.max:
            continue
        texts = [el for el in doc.root.iterfind("t:teiHeader/t:profileDesc/t:creation/t:date", NS)]
        texts += list(doc.root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc/t:correspAction[@type='sent']/t:date", NS))
        texts += [el for el in doc.base.iter("{%s}date" % NS["t"]) if _written(el)]
        texts = [el for el in texts if span(el) is not None]
        if not texts or any(span(el)[0] <= printed[1] for el in texts):
            continue
        first = texts[0]
        values = _values(source)
        found.append(Problem(doc.name, source.sourceline or 0, "letter-date",
                             f"the source's date ({values}) is before the text's date at line {first.sourceline} "
                             f"{_given(first)}: a source cannot print a text before it was written; one of them "
                             "is wrong"))
    return found


def _given(date) -> str:
    """A date element as a message quotes it: “its words” (if it has any) and its values, in brackets."""
    words = " ".join("".join(date.itertext()).split())
    return f"(“{words}”, {_values(date)})" if words else f"({_values(date)})"


def _values(date) -> str:
    """A date element's values as a message gives them ("when=1921-06-28")."""
    return " ".join(f"{a}={date.get(a)}" for a in VALUES if date.get(a))
