"""The date of each document's text, and the edition's order of documents that rests on it.

One order serves every output: `edition.load` puts `Edition.documents` in it, so the web
list, the printed books (body and contents) and the library exports (MODS, Dublin Core,
CMIF, the corpus) all go the same way. It used to be two: the web sorted its list by date
while print and the exports kept the file names' order, so a book of letters ran
"Beinecke 1791, 1811…1848, Birmingham 1821, Bodleian 1819, Geneve 1805…".

`[edition] order` in triglot.toml chooses it:
- "date" (the default): by the date of the text, earliest possible date first, then the
  latest (a range after a day it starts on), then the id; documents with no date of their
  own (no dated letter, no dateline, no dated seed) come after the dated ones, by id.
- "file": by file name, as tei/ lists them.
- a list of ids: those documents first, in that order, then the others by date (a new
  document is not refused for being missing from the list). An id that names no document
  is refused at the key's line.

The date of the text is taken as the web's document page always took it (and it now takes
it from here): the header's creation date where the editors give one; else the dates of the letters (`correspDesc`, sent), of the dated items of a
collection (their datelines), the base text's datelines that are not the seed's own
publication date, and only then the seed's date. A collection gets the span of its parts.
"""
from __future__ import annotations

from triglot import i18n
from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID


def publication_date(doc) -> dict:
    """The date the seed was published (its bibl's date): a dateline that gives only this date is
    the date a web page posted the text, not the date of the text."""
    seed = doc.root.find("t:teiHeader//t:sourceDesc/t:bibl[@type='seed']", NS)
    date = seed.find("t:date", NS) if seed is not None else None
    return i18n.date_expr_parts(date) if date is not None else {}


def part_dates(doc) -> dict[str, dict]:
    """The date of each part (letter, telegram, archival item) that has one, by the part's id: the
    sent date of its correspDesc, else the dateline inside the part (a collection's item)."""
    root = doc.root
    dates: dict[str, dict] = {}
    ids: list[str] = []
    for cd in root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS):
        pid = (cd.get("corresp") or "").lstrip("#")
        ids.append(pid)
        for action in cd.iterfind("t:correspAction[@type='sent']", NS):
            date = action.find("t:date", NS)
            if date is not None and i18n.date_expr_parts(date):
                dates[pid] = i18n.date_value(date)
    for ms in root.iterfind("t:teiHeader//t:sourceDesc/t:msDesc", NS):
        item = ms.find(".//t:msItem", NS)
        pid = (item.get("corresp") or "").lstrip("#") if item is not None else ""
        ids.append(pid or "#" + ms.get(XML_ID, ""))
    if doc.base is None:
        return dates
    for pid in ids:
        if pid and pid not in dates:
            el = next((e for e in doc.base.iter() if isinstance(e.tag, str) and e.get(XML_ID) == pid), None)
            date = el.find(".//t:dateline/t:date", NS) if el is not None else None
            if date is not None and i18n.date_value(date):
                dates[pid] = i18n.date_value(date)
    return dates


def creation_date(doc) -> dict:
    """The date the header gives the text's creation (`profileDesc/creation/date`): the TEI's own
    place for it, where other projects put a document's date (and editors may, for a text whose
    date is known from outside it). An imported text dated only there was undated everywhere."""
    date = doc.root.find("t:teiHeader/t:profileDesc/t:creation/t:date", NS)
    return i18n.date_value(date) if date is not None and i18n.date_expr_parts(date) else {}


def text_date(doc) -> tuple[dict, str]:
    """The TEI date attributes of the document's text and their basis: "text" (written, sent),
    "published" (only the seed's date is known), or ({}, "") for an undated document. The header's
    creation date, where given, is the editors' own statement of it and comes first."""
    created = creation_date(doc)
    if created:
        return created, "text"
    seed = publication_date(doc)
    dated = list(part_dates(doc).values())
    if doc.base is not None:
        dated += [d for d in (i18n.date_value(x) for x in doc.base.iterfind(".//t:dateline/t:date", NS))
                  if d and d != seed]
    if dated:
        return span(dated), "text"
    return seed, "published" if seed else ""


def span(dates: list[dict]) -> dict:
    """One date when all agree, else from the earliest possible to the latest possible.

    The ends are compared by the days they cover, not as strings: "1813" sorts before "1813-05-01"
    but runs to 31 December, so a collection of a letter of 1813 and one of 1 May 1813 spans 1813 (it
    was given as "1813 – May 1, 1813"). A part known by one bound only counts at that bound, as the
    edition's order takes it (i18n.date_sort_key)."""
    if all(d == dates[0] for d in dates):
        return dates[0]
    keys = [i18n.date_sort_key(d) for d in dates]
    start = min((k[0] for k in keys), key=lambda v: _day(v, first=True))
    end = max((k[1] for k in keys), key=lambda v: _day(v, first=False))
    if _day(end, False) <= _day(start, False):
        whole = {"when": start}                     # the earliest value covers every other
    else:
        whole = {"from": start, "to": end}
    doubt = next((d["cert"] for d in dates if d.get("cert")), None)
    return {**whole, "cert": doubt} if doubt else whole     # one uncertain part leaves the span uncertain


def _day(value: str, first: bool) -> tuple:
    """The first or last day an ISO date of year, month or day precision covers, as (y, m, d); a
    value of no such form (validate refuses it) sorts by its text."""
    parts = value.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts)):
        return (value,)
    numbers = [int(p) for p in parts]
    return tuple(numbers + ([1, 1] if first else [12, 31])[len(numbers) - 1:])


def date_key(doc) -> tuple:
    """Where a document goes in date order: dated ones first, by earliest then latest date, then
    undated ones; the id breaks ties (and orders the undated). A document not parsed has it kept
    (edition.Unparsed)."""
    kept = getattr(doc, "facts", None)
    if kept and "date_key" in kept:
        return tuple(kept["date_key"])
    date, _ = text_date(doc)
    return (0, *i18n.date_sort_key(date), doc.id) if date else (1, "", "", doc.id)


def in_order(documents: list, settings, checked: bool = True) -> list:
    """`documents` (parsed in file-name order) in the edition's order (see the module docstring).

    With `checked`, an id of an explicit order that names none of `documents` is an InputError
    at the setting's line; a subset of the edition (a command given some files, or an edition
    with a file that did not parse, which may be the one named) is not checked."""
    order = getattr(settings, "order", "date")
    if order == "file":
        return list(documents)
    by_date = sorted(documents, key=date_key)
    if order == "date":
        return by_date
    known = {d.id: d for d in documents}
    if checked and (problems := unknown_ids(settings, known)):
        raise InputError(problems)
    first = [known[i] for i in order if i in known]
    return first + [d for d in by_date if d.id not in order]


def unknown_ids(settings, ids) -> list[Problem]:
    """The problem of an explicit order naming ids that are no document's (`ids`: those of every
    document of the edition): `edition.load` raises it, and `validate`, which reads no edition
    whole, reports it, so that an order `build` will refuse never passes validate."""
    order = getattr(settings, "order", "date")
    if order in ("date", "file"):
        return []
    missing = [i for i in order if i not in ids]
    if not missing:
        return []
    return [Problem("triglot.toml", settings.order_line or 1, "settings",
                    f"edition.order: {', '.join(repr(i) for i in missing)} "
                    f"{'is' if len(missing) == 1 else 'are'} not the id of a document in tei/ "
                    f"(ids are the xml:id of each TEI element, e.g. {', '.join(sorted(ids)[:3])})")]


__all__ = ["text_date", "part_dates", "publication_date", "span", "date_key", "in_order", "unknown_ids"]
