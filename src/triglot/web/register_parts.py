"""A register page too long for a phone, split into one page per initial letter.

At 500 documents the Russian places page quoted 32,000 lines (18 MB of HTML): a phone does not
open it well and a reader cannot find anything in it. A register whose page would quote more
lines than the settings allow (web.register-page-limit; a line is one passage's mention with its
context) gets one page per initial letter of each interface language's index (ICU's, as the
page sorts: Ё files under Е, Armenian and Russian have letters and an order of their own), named
by the letter (persons-A.html, persons-u0410.html), each with the letter index. The register's
first page keeps its address (persons.html): its letter index, the map of places and a plain
list of every entry linking to its part, each item carrying the entry's id, so that an old link
persons.html#ID lands on the entry's line there, and static/site.js goes on to the entry itself.
A letter too large alone stays one page. Every link to an entry (documents' names and cards, the
map) names its part (`entry_pages`, `retarget_map`). A register under the limit is one page, made
as before, byte for byte.
"""
from __future__ import annotations

from lxml import etree

from triglot.web.collate import initial
from triglot.web.data import tg
from triglot.web.docmeta import WEB_REGISTERS

KINDS = tuple(WEB_REGISTERS)   # a kind the settings declare no register of is skipped


def part_file(kind: str, letter: str) -> str:
    """The page of a letter's entries: persons-A.html, persons-u0410.html, persons-other.html (an
    ASCII name, the same in every build while the letter has entries)."""
    from triglot.web.builder import letter_anchor
    return f"{kind}-{letter_anchor(letter)[len('letter-'):]}.html"


def quoted_lines(mentions) -> int:
    """The lines a register page quotes for an entry: one per passage that mentions it."""
    return len({(m.doc_id, m.block_id) for m in mentions})


def _over(register, site, limit: int) -> bool:
    """True when the register's page quotes more than `limit` lines; counted until it does (at 500
    documents counting every entry's lines walked all 133,000 mentions on each rebuild)."""
    total = 0
    for entry in register.entries.values():
        total += quoted_lines(site.mentions.get(entry.id, []))
        if total > limit:
            return True
    return False


def plan(edition, site, limit: int) -> dict:
    """(kind, ui) -> {entry id: the file of its part} for each register page over `limit` quoted
    lines (0: none is split); a page under it is absent. Every interface quotes the same lines."""
    from triglot.web.builder import sorting_name
    out: dict = {}
    if not limit:
        return out
    base = site.settings.base
    for kind in KINDS:
        register = edition.register_of(WEB_REGISTERS[kind])
        if register is None:
            continue
        if not _over(register, site, limit):
            continue
        for ui in site.settings.interface:
            out[(kind, ui)] = {e.id: part_file(kind, initial(sorting_name(e, ui, base), ui))
                               for e in register.entries.values()}
    return out


def signature(plans: dict) -> str:
    """What a document page takes from the split (which registers are split in which interface;
    each entry's part follows from its name, which the document's key covers): "" when none is."""
    return repr(sorted(plans)) if plans else ""


def entry_pages(page, plans: dict, ui: str, linked) -> None:
    """The part of each entry a document page links (`linked`: (register kind, entry id)) whose
    register is split, as tg:entry-page (read by web-document.xsl's tg:entry-href)."""
    found = [(kind, entry, plans[(kind, ui)].get(entry)) for kind, entry in dict.fromkeys(linked)
             if (kind, ui) in plans]
    found = [f for f in found if f[2]]
    if found:
        holder = etree.SubElement(page, tg("entry-pages"))
        for kind, entry, href in found:
            etree.SubElement(holder, tg("entry-page"), register=kind, entry=entry, href=href)


def retarget_map(svg, parts: dict) -> None:
    """The map's links to places (href="#ID" on the first page) pointed at each place's part."""
    for link in svg.iter("{http://www.w3.org/2000/svg}a"):
        href = link.get("href", "")
        if href.startswith("#") and href[1:] in parts:
            link.set("href", f"{parts[href[1:]]}{href}")


def directory(page, letters: dict, kind: str, ui: str) -> None:
    """The first page's list of every entry by letter, each linking to its part (tg:directory)."""
    from triglot.validate.released_entries import former_ids
    from triglot.web.builder import letter_anchor
    for letter, group in letters.items():
        d = etree.SubElement(page, tg("directory"), label=letter or "…", anchor=letter_anchor(letter),
                             href=part_file(kind, letter))
        for entry in group:
            name, lang = entry.name_and_lang(ui)
            # a form nobody has checked (cert="low"/"medium") is marked in the list as on the entry
            listed = etree.SubElement(d, tg("listed"), id=entry.id, name=name, lang=lang,
                                      unchecked="true" if lang in entry.unchecked else "")
            for old in former_ids(entry.element):    # a released id it took over lands here too
                etree.SubElement(listed, tg("former"), id=old)


def letter_links(nav, letters: dict, kind: str, current: str | None) -> None:
    """On a split register, each used letter of the index links to its part (the part shown marked
    current), and the entries outside the alphabet (filed under "") have a link of their own."""
    for el in nav.iterfind(tg("letter")):
        letter = el.get("label")
        if letter in letters:
            el.set("href", part_file(kind, letter))
            if letter == current:
                el.set("current", "true")
    if "" in letters:
        etree.SubElement(nav, tg("letter"), label="…", anchor="letter-other", used="true",
                         href=part_file(kind, ""), **({"current": "true"} if current == "" else {}))
