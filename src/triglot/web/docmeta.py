"""What a historian asks of a document before reading it: when was it written, what is it,
who wrote to whom from where, and which archival item is it.

The date shown is the date of the text, never the date a web page reposted it. It is
taken from the encoding in this order: the dates of the letters and telegrams
(`correspDesc`), the datelines of the base text that are not the seed's own
publication date (a web post's "November 9, 2020" is not the report's date), and
only then the seed's date, for texts whose publication is their date (recent
articles). A collection gets the span of its dated parts. Each archival reference
(`msDesc`) is attached to the part of the document it describes (`msItem/@corresp`,
or the archival source line that cites it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from triglot.order import part_dates, publication_date, text_date
from triglot.tei import NS, XML_ID, XML_LANG, local, normalize_space, q


# The site's register pages, by the kind of entry they list (edition.register_of finds the register
# of a kind, whatever the settings name it). Persons and places have a page in every edition; a
# register of organisations has one where the settings declare it (register_pages): everything
# `register add org` wrote showed nowhere for readers, its names plain spans (issue #20).
WEB_REGISTERS = {"persons": "person", "places": "place", "orgs": "org"}
PAGE_OF_KIND = {kind: page for page, kind in WEB_REGISTERS.items()}
ALWAYS = ("persons", "places")


def register_pages(edition) -> tuple[str, ...]:
    """The register pages of the site: persons and places, then each other kind the settings declare
    a register of (an edition without organisations gets no page, link or card for them)."""
    return tuple(page for page, kind in WEB_REGISTERS.items()
                 if page in ALWAYS or edition.register_of(kind) is not None)


@dataclass
class Person:
    """A sender, recipient or place of a part: a register entry, or the text as written."""
    text: str
    entry: str = ""          # register entry id when the name points into a register
    register: str = ""       # the register page: persons | places | orgs (WEB_REGISTERS)


@dataclass
class Part:
    """One letter, telegram or item of a document (a correspDesc or msItem target)."""
    id: str                                   # the xml:id of the part in the base text ("" = whole)
    title: str = ""                           # the archival item's title, English
    senders: list = field(default_factory=list)
    recipients: list = field(default_factory=list)
    places: list = field(default_factory=list)
    date: dict = field(default_factory=dict)
    archival: list = field(default_factory=list)   # (msDesc id, reference text, citing block id, objectDesc form)
    # the part's heading as each translation gives it: lang -> [text, is a draft] (part_heading); kept
    # with the document, so that the home page and the chronology title a part in the reader's language
    # as its page does (they had the English archival title in the Russian and Armenian interfaces)
    headings: dict = field(default_factory=dict)


@dataclass
class DocMeta:
    date: dict               # TEI date attributes of the text (a span for a collection)
    date_basis: str          # "text" (written/sent) or "published"
    parts: list
    authors: list


def describe(doc, edition) -> DocMeta:
    """The date, parts, correspondents and archival references of one document."""
    root = doc.root
    date, basis = text_date(doc)          # the same date that puts the document in the edition's order
    parts = _parts(doc, edition)
    authors = [_who(el, doc, edition) for el in
               root.iterfind("t:teiHeader//t:sourceDesc/t:bibl[@type='seed']/t:author", NS)]
    return DocMeta(date, basis, parts, authors)


def _parts(doc, edition) -> list[Part]:
    root = doc.root
    order = {el.get(XML_ID): i for i, el in enumerate(doc.base.iter()) if isinstance(el.tag, str) and el.get(XML_ID)}
    parts: dict[str, Part] = {}

    def part(pid: str) -> Part:
        if pid not in parts:
            parts[pid] = Part(pid)
        return parts[pid]

    for cd in root.iterfind("t:teiHeader/t:profileDesc/t:correspDesc", NS):
        p = part((cd.get("corresp") or "").lstrip("#"))
        for action in cd.iterfind("t:correspAction", NS):
            who = [_who(el, doc, edition) for el in action          # an empty <persName/> names no one
                   if local(el) in ("persName", "orgName", "roleName", "name")
                   and (el.get("ref") or normalize_space("".join(el.itertext())))]
            (p.senders if action.get("type") == "sent" else p.recipients).extend(who)
            if action.get("type") == "sent":
                p.places.extend(_who(el, doc, edition) for el in action.iterfind("t:placeName", NS))
    citing = {}
    for bibl in doc.base.iter(q("bibl")):
        for target in (bibl.get("corresp") or "").split():
            citing[target.lstrip("#")] = bibl.get(XML_ID, "")
    # a letter's correspDesc may name no part or point at the whole base text (corresp="#DOC.en",
    # as ENCODING.md allows): that part is the document itself, and an archival reference that names no part of the
    # text is that letter's, not a second document (journey 24l: a telegram's file reference was
    # listed as item 2 of "Documents in this text")
    whole = next((pid for pid in ("", doc.base.get(XML_ID) if doc.base is not None else None) if pid in parts), None)
    letters = sorted((order[pid], pid) for pid in parts if pid in order)
    for ms in root.iterfind("t:teiHeader//t:sourceDesc/t:msDesc", NS):
        item = ms.find(".//t:msItem", NS)
        pid = (item.get("corresp") or "").lstrip("#") if item is not None else ""
        pid = pid or _letter_before(letters, order.get(citing.get(ms.get(XML_ID, ""), "")))
        p = part(pid or (whole if whole is not None else "#" + ms.get(XML_ID, "")))
        if item is not None and not p.title:
            p.title = normalize_space("".join(item.findtext("t:title", "", NS)))
        p.archival.append((ms.get(XML_ID, ""), archival_reference(ms, form=False), citing.get(ms.get(XML_ID, ""), ""),
                           archival_form(ms)))
    dates = part_dates(doc)          # the sent date, else the dateline of a collection's item
    for p in parts.values():
        p.date = dates.get(p.id, {})
        for lang in edition.settings.translations:
            heading = part_heading(doc, p.id, lang)
            if heading:
                p.headings[lang] = list(heading)
    return sorted(parts.values(), key=lambda p: (order.get(p.id, order.get(_citing_block(p), 10**9)), p.id))


def _letter_before(letters: list, cited_at: int | None) -> str:
    """The letter whose text holds or last precedes the reference citing an archive file.

    A file reference whose msItem names no part ("RGASPI, f. 5, … Copy." printed after the
    quoted telegram it is the file of) belongs to that telegram: listed apart it made
    legran1920's two letters four "Documents in this text", half of them without a sender."""
    if cited_at is None:
        return ""
    before = [pid for at, pid in letters if at <= cited_at]
    return before[-1] if before else ""


def _citing_block(p: Part) -> str:
    return p.archival[0][2] if p.archival else ""


def archival_reference(ms, form: bool = True) -> str:
    """Repository, fond, opis, delo (or file), leaves and (`form`) form, as an archivist writes them.
    Without the form the page says it apart, in the interface language (archival_form)."""
    idno = {i.get("type"): normalize_space(i.text or "") for i in ms.iterfind(".//t:msIdentifier/t:idno", NS)}
    pieces = [normalize_space(ms.findtext(".//t:repository", "", NS))]
    pieces += [normalize_space(c.text or "") for c in ms.iterfind(".//t:msIdentifier/t:collection", NS)]
    for kind, label in (("fond", "f. "), ("opis", "op. "), ("delo", "d. "), ("file", "file ")):
        if idno.get(kind):
            pieces.append(label + idno[kind])
    pieces += [normalize_space("".join(loc.itertext())) for loc in ms.iterfind(".//t:locus", NS)]
    if form and archival_form(ms):
        pieces.append(archival_form(ms).replace("-", " "))
    return ", ".join(p for p in pieces if p)


def archival_form(ms) -> str:
    """The item's form as the encoding states it (objectDesc/@form: "original", "copy", "certified-copy")."""
    desc = ms.find(".//t:objectDesc", NS)
    return normalize_space(desc.get("form") or "") if desc is not None else ""


def _who(el, doc, edition) -> Person:
    text = normalize_space("".join(el.itertext()))
    named = el if el.get("ref") else next((c for c in el if c.get("ref")), el)
    ref = named.get("ref")
    if ref:
        entry = edition.entry(ref.split()[0], doc)
        register = PAGE_OF_KIND.get(entry.kind, "") if entry is not None else ""
        if register:       # a register the site has a page for
            return Person(normalize_space("".join(named.itertext())), entry.id, register)
    return Person(text)


__all__ = ["describe", "DocMeta", "Part", "Person", "archival_form", "archival_reference"]


def part_heading(doc, part_id: str, lang: str) -> tuple[str, bool] | None:
    """A part's first heading as the `lang` translation gives it, and whether that is a draft:
    the title a reader of that language sees for a letter or telegram of a collection (the
    archival item's title is English only). None where the translation has no such slot."""
    from triglot.tei import iter_slots
    part = next((el for el in doc.base.iter(q("div")) if el.get(XML_ID) == part_id), None) if part_id else None
    head = part.find("t:head", NS) if part is not None else None
    if head is None or not head.get(XML_ID):
        return None
    for div in doc.tree.getroot().iter(q("div")):
        if div.get("type") == "translation" and div.get(XML_LANG) == lang:
            for slot in iter_slots(div):
                if slot.get("corresp") == "#" + head.get(XML_ID):
                    text = normalize_space("".join(slot.itertext()))
                    return (text, "#draft" in (slot.get("ana") or "").split()) if text else None
    return None
