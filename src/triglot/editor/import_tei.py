"""`triglot import-tei`: another project's TEI file becomes a document of the edition.

The received file is the seed, kept byte for byte (seeds are texts exactly as
received); its body is read into blocks by triglot.tei_source, the reader the
fidelity check uses too. The header is the edition's own, written by encode's
Builder from the settings, with what the source says about itself kept in
`sourceDesc` (titles, authors, archival reference, its publisher, identifiers
and licence) and its `correspDesc`. Names pointing at the source's own lists of
persons and places are pointed at a register entry that shares an authority
identifier with them, else at a proposed new entry (names, dates and identifiers
as the source gives them, `cert="low"` until reviewed); nothing is matched by
name alone.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from triglot.editor.boilerplate import Omission
from triglot.editor.encode import KIND_LETTER, Builder, layout, sub
from triglot.problems import InputError, Problem
from triglot.tei import NS, TEI_NS, XML_ID, XML_LANG, local, normalize_space, q
from triglot.tei_source import CERT, ISO_DATE, Source, source_pointer

IMPORT_KINDS = {**KIND_LETTER, "item": "i", "signed": "sg", "salute": "sa", "ab": "a", "docDate": "dd",
                "label": "lab"}
CONTAINER_KINDS = {"opener": "o", "closer": "c", "postscript": "ps", "quote": "q"}
NAME_KIND = {"persName": "person", "placeName": "place", "orgName": "org"}
ENTRY_TAG = {"person": ("person", "persName", "listPerson"), "place": ("place", "placeName", "listPlace"),
             "org": ("org", "orgName", "listOrg")}
PREFIX = {"person": "psn", "place": "plc", "org": "org"}      # as Builder's listPrefixDef declares them
# Authority identifiers: (authority, id) read from a URI or from an idno's type and value.
AUTHORITY = [("viaf", re.compile(r"viaf\.org/viaf/(\d+)")), ("gnd", re.compile(r"d-nb\.info/gnd/([0-9X-]+)")),
             ("wikidata", re.compile(r"wikidata\.org/(?:wiki|entity)/(Q\d+)")),
             ("geonames", re.compile(r"geonames\.org/(\d+)"))]
# An identifier as a typed idno gives it: at least one digit. A placeholder ("-", "X") or an authority's
# link without its number identifies nobody; taken as one, it merged every person who carried it.
TYPED_ID = re.compile(r"Q?[0-9X-]*\d[0-9X-]*")
AUTHORITY_HOSTS = re.compile(r"viaf\.org|d-nb\.info|wikidata\.org|geonames\.org")
# A site's address alone, also with its index page, or a query or fragment without a number
# ("https://example.org/index.html", "https://example.org/?lang=en"): a project's home page, which
# identifies none of the entries that carry it ("https://example.org/?p=4521" may be one's).
SITE = re.compile(r"https?://[^/?#\s]+/?(?:index\.\w+)?(?:[?#][^\d\s]*)?")
PROVENANCE = re.compile(r"entry (\S+) of (the (?:\w+ )?file \S+?):")
OWN_NAME = re.compile(r"\(\u201c(.*?)\u201d\)")   # the main name a proposal's source note quotes


def _main_name(kind: str, src, key: str) -> str:
    """The first name a source entry gives, as its proposal quotes it (the key when it gives none)."""
    _, name_tag, _ = ENTRY_TAG[kind]
    names = [normalize_space("".join(n.itertext())) for n in src.iterfind(f"t:{name_tag}", NS)]
    return next((n for n in names if n), key)


def _own_key(key: str, name: str) -> str:
    """A source entry of a file's own list by its key and main name: a letters edition gives every letter its
    own list (ACDH's Schnitzler letters: text/back/listPlace, Vienna as "pmb50" in each of 4,500 letters), and
    each import made a new entry of the same place, "pmb50-2", "pmb50-3"…, splitting its mentions in the register
    and CMIF. The same key with the same name in another file's own list is taken as the same entry; a key alone
    is not (two projects' "p1"), nor a name alone (two Julfas)."""
    return f"own:{key}|{name}"


def _shown(ident: str) -> str:
    """How the import's summary names what matched: an own-list key as key and name."""
    if ident.startswith("own:"):
        key, name = ident[4:].split("|", 1)
        return f"{key} \u201c{name}\u201d of an earlier import's own list"
    return ident
FREE = re.compile(r"creativecommons\.org/(?:licenses/(?:by|by-sa)/|publicdomain/)|opendatacommons|etalab|"
                  r"Creative Commons Attribution|CC[ -]BY(?![- ]N[CD])|CC0|Creative Commons (?:0|Zero)\b|public domain",
                  re.I)
# a paragraph of `availability` that states a licence (licences_of reads them where no `licence` element is)
LICENCE_WORDS = re.compile(r"licen[cs]|copyright|public domain|creative ?commons|\bCC[ -]?(?:0|BY|ZERO)\b|"
                           r"rights reserved|creativecommons\.org|opendatacommons", re.I)
# a licence that forbids what the edition's own licence allows (commercial use, derivatives): Folger's
# "Creative Commons Attribution-NonCommercial 3.0" (ShakeDraCor) passed as "Creative Commons Attribution"
NOT_FREE = re.compile(r"non-?commercial|no-?deriv|/licenses/by(?:-sa)?-n[cd]|\bBY[- ](?:SA[- ])?N[CD]\b", re.I)
# what a librarian reads as rights not settled, whatever licence's name stands beside it: a status unknown,
# undetermined or not evaluated (rightsstatements.org's "Copyright Undetermined", "Copyright Not Evaluated",
# "No Known Copyright" say so: none of its statements is a licence), the public domain believed in or only in one
# country ("public domain status unknown" was read as the public domain, an open licence: hostile46's leftover)
UNSETTLED = re.compile(r"\b(?:status|rights?|copyright|licen[cs]e)\b[^.;]{0,40}?\b(?:unknown|unclear|uncertain|"
                       r"undetermined|not (?:been )?(?:known|determined|evaluated|established|cleared))\b|"
                       r"\b(?:unknown|unclear|uncertain|undetermined)\b[^.;]{0,20}?\b(?:status|rights?|copyright)\b|"
                       r"\bno known copyright\b|rightsstatements\.org/|"
                       r"\b(?:believed|presumed|thought|assumed|may|might|probably|likely)\b[^.;]{0,25}?\bpublic domain\b", re.I)
# the public domain of one country: free there, not where the edition is read, unless the statement goes on to the
# rest of the world, as Wikimedia Commons' and Wikisource's do ("This work is in the public domain in the United
# States because … This work is also in the public domain in countries and areas where the copyright term is the
# author's life plus 100 years or less"): that was refused as unsettled, the statement's first clause read alone
# Any country or region named (a capitalised name, not a month: "entered the public domain in January 1926" is a
# date), not only the United States: "public domain in Canada" passed as open (hostile47's leftover).
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ONE_COUNTRY = re.compile(r"(?i:\bpublic domain (?:in|within) (?:the )?)(?!(?:" + MONTHS + r")\b)"
                         r"(?:(?:[A-Z]\. ?){2,}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")     # "U.S.", "U. K.", "New Zealand"
ELSEWHERE = re.compile(r"\b(?:world-?wide|throughout the world|in all countries|everywhere|also in the public domain|"
                       r"in (?:its|the) country of origin)\b", re.I)


def unsettled_rights(text: str) -> tuple[str, str] | None:
    """The words of a licence statement that leave its rights unsettled and why, or None (UNSETTLED, ONE_COUNTRY)."""
    found = UNSETTLED.search(text)
    if found is not None:
        return found[0], "a status unknown is no open licence"
    found = ONE_COUNTRY.search(text)
    if found is not None and not ELSEWHERE.search(text):
        return found[0], "the public domain of one country alone is no open licence"
    return None


@dataclass
class Imported:
    tree: object
    source: Source
    registers: dict[Path, object] = field(default_factory=dict)   # register file -> changed tree
    found: list[str] = field(default_factory=list)                # "psn:x (VIAF 123)": matched entries
    proposed: list[str] = field(default_factory=list)             # new entries, awaiting review
    unresolved: Counter = field(default_factory=Counter)          # source refs nothing explains
    roles: list[tuple[int, str]] = field(default_factory=list)    # (line, name): typed for the other action
    licence: str = ""                                             # the source's licence, as it says it


def authorities(values) -> set[str]:
    """The authority identifiers a list of (type, text) idnos or URIs gives, as "viaf:123"."""
    found = set()
    for kind, value in values:
        value = normalize_space(value or "")
        if not value:
            continue
        for name, pattern in AUTHORITY:
            m = pattern.search(value)
            if m:
                found.add(f"{name}:{m[1]}")
                break
        else:
            kind = (kind or "").lower()
            if kind in ("viaf", "gnd", "wikidata", "geonames") and TYPED_ID.fullmatch(value):
                found.add(f"{kind}:{value}")
            elif re.match(r"https?://\S", value) and not SITE.fullmatch(value) \
                    and (re.search(r"\d", value) or not AUTHORITY_HOSTS.search(value)):
                # a site's address alone ("https://example.org/", a project's home page on every entry)
                # identifies nobody: taken as one, it merged every entry that carried it
                found.add("uri:" + re.sub(r"^https?://", "", value).rstrip("/"))
    return found


def _entry_uris(entry) -> list[str]:
    """The URIs an entry gives itself: its own @ref/@sameAs, and its names' @ref (the Lassberg places
    list puts Basel's Wikidata URI on <placeName ref="…">)."""
    names = [c for c in entry if isinstance(c.tag, str) and local(c) in ("persName", "placeName", "orgName", "name")]
    return list(dict.fromkeys(u for el, attrs in [(entry, ("ref", "sameAs"))] + [(n, ("ref",)) for n in names]
                              for attr in attrs for u in (el.get(attr) or "").split()))


def _idnos(kind: str, src) -> list[tuple[str, str]]:
    """(type, value) of a source entry's identifiers as the edition writes them: its idnos (a GeoNames
    URL of a place in GeoNames' own form), then an authority URI on the entry or its name
    (<person ref="…/gnd/…">) that no idno gives."""
    found: list[tuple[str, str]] = []
    for idno in src.iterfind("t:idno", NS):
        value = normalize_space("".join(idno.itertext()))
        if value:
            kind_of = idno.get("type") or "URI"
            m = re.search(r"geonames\.org/(\d+)", value)
            if kind == "place" and m:
                kind_of, value = "GeoNames", f"https://sws.geonames.org/{m[1]}/"
            found.append((kind_of, value))
    for uri in _entry_uris(src):
        if authorities([("uri", uri)]) and uri not in [v for _, v in found]:
            found.append(("URI", uri))
    return found


def _identifiers(entry) -> set[str]:
    pairs = [(i.get("type"), "".join(i.itertext())) for i in entry.iterfind("t:idno", NS)]
    pairs += [("uri", u) for u in _entry_uris(entry)]
    return authorities(pairs)


def linked_identifiers(lists: "SourceLists") -> dict[int, set[str]]:
    """Each source entry's authority identifiers with those of every entry of its kind linked to it
    through shared ones (A viaf:1; B viaf:1, gnd:2; C gnd:2: all three have both), by the entry
    element's id(). Read from the whole list before any name is pointed: met in the order A, C, B,
    C was proposed apart before B showed it to be A."""
    parent: dict[str, str] = {}

    def top(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    own = {}
    for found in lists.entries.values():
        for el, _, _ in found:
            idents = sorted(f"{local(el)}|{i}" for i in _identifiers(el))
            own[id(el)] = idents
            for other in idents[1:]:
                parent[top(other)] = top(idents[0])
    groups: dict[str, set[str]] = {}
    for idents in own.values():
        for ident in idents:
            groups.setdefault(top(ident), set()).add(ident.split("|", 1)[1])
    return {key: groups[top(idents[0])] for key, idents in own.items() if idents}


class SourceLists:
    """The source's own persons, places and organisations, by the keys its names point with.

    Keys are kept per file: a letter's own particDesc and the project's Personography may both have a
    "p1", and "Personography.xml#p1" must not be taken for the letter's own "#p1"."""

    def __init__(self, root, name: str, extra_files: list[tuple[Path, str]]):
        from triglot.xmlio import parse_xml
        self.entries: dict[str, list[tuple[object, str, str]]] = {}   # key -> [(element, label, file name)]
        self._own = Path(name).name
        self._take(root, f"the file {name}", self._own)
        for path, label in extra_files:
            root = parse_xml(path, str(path)).getroot()
            if not any(el.get(XML_ID) for kind in ("person", "place", "org") for el in root.iter(q(kind))):
                # an HTML page, a CSV, TEI without namespace: every name would silently lose its pointer
                from triglot.problems import InputError, Problem
                raise InputError([Problem(str(path), root.sourceline or 1, "import-tei",
                                          f"{label} holds no TEI person, place or org with an xml:id (in the "
                                          f"namespace {TEI_NS}); give the source project's list")])
            self._take(root, label, Path(path).name)

    def _take(self, root, label: str, file: str) -> None:
        for kind in ("person", "place", "org"):
            for el in root.iter(q(kind)):
                if el.get(XML_ID):
                    found = self.entries.setdefault(el.get(XML_ID), [])
                    if not any(f == file for _, _, f in found):
                        found.append((el, label, file))

    def find(self, ref: str):
        """The source entry a @ref or @key names ("./Personography.xml#EdgeM1", "#EdgeM1", "EdgeM1"):
        of the file it names, or of the source itself when it names none; a key several files hold,
        in a file none of them is, names no entry (rather than perhaps the wrong one)."""
        ref = ref.split()[0] if ref.split() else ""
        if "#" not in ref:          # "Unknown", a URI of a file or page: no entry of a list
            return ref, None
        file, key = ref.rsplit("#", 1)     # "#../register/lassberg-places.xml#lassberg-place-0019" too
        file = file.rsplit("/", 1)[-1].lstrip("#")
        found = self.entries.get(key, [])
        chosen = [h for h in found if h[2] == (file or self._own)] or (found if len(found) == 1 else [])
        return key, chosen[0][:2] if chosen else None


def _languages_of_passages(base) -> list[str]:
    """Drop the xml:lang the reader kept where it repeats the language around it (an "en-GB" block
    in an English text), and give the languages of the passages left (a Dutch paragraph quoted in an
    English letter), which the header's langUsage must declare."""
    found: list[str] = []
    for el in base.iter():
        if el is base or not isinstance(el.tag, str) or el.get(XML_LANG) is None:
            continue
        around = el.getparent().xpath("ancestor-or-self::*[@xml:lang][1]")[0].get(XML_LANG)
        if el.get(XML_LANG).split("-")[0].lower() == around.split("-")[0].lower():
            del el.attrib[XML_LANG]
        elif el.get(XML_LANG) not in found:
            found.append(el.get(XML_LANG))
    return found


class Importer(Builder):
    """Encode's Builder, reading blocks from a TEI body instead of lines of text."""

    EDITION_NOTE = "Imported by triglot import-tei"
    OMITTED_INTRO = ("The body of the received TEI file (the seed) is encoded except the following texts, "
                     "each at its line in that file; its other elements keep their text and lose their tags:")

    def __init__(self, edition, doc_id: str, seed_name: str, source_name: str, source: Source, lists: SourceLists,
                 settings, today: datetime.date):
        from triglot.editor.names import NameIndex
        super().__init__(doc_id, seed_name, NameIndex(edition.registers), today, settings)
        self.recogniser = None
        self.edition, self.source, self.lists = edition, source, lists
        self.source_file = source_name
        self._document_ids: list[str] = []
        self.result = Imported(tree=None, source=source)
        self._index = self._edition_identifiers()
        self._new: dict[tuple[str, str, str], str] = {}    # (kind, source list, key) -> entry id
        self._new_by_authority: dict[str, object] = {}      # "kind|viaf:123" -> the proposed entry
        self._linked = linked_identifiers(lists)            # an entry's identifiers and those linked to them
        self._ids = {el.get(XML_ID) for r in edition.registers.values() for el in r.tree.iter()
                     if isinstance(el.tag, str) and el.get(XML_ID)}

    def _lang_usage(self, profile) -> None:
        """The edition's languages, then those of the source's passages in another language."""
        from triglot.i18n import language_name
        super()._lang_usage(profile)
        usage = profile.find(q("langUsage"))
        for ident in getattr(self, "_other_languages", []):
            if ident not in self.langs.languages:
                etree.SubElement(usage, q("language"), ident=ident).text = (
                    f"{language_name(ident, 'en')} (passages of the base text, as the source marks them)")
        declared = {el.get("ident") for el in usage}
        for ident in dict.fromkeys(getattr(self, "_title_languages", [])):
            if ident not in declared:
                etree.SubElement(usage, q("language"), ident=ident).text = (
                    f"{language_name(ident, 'en')} (the source's titles, as it gives them)")

    # -- text -------------------------------------------------------------------------------
    def build_import(self):
        root = etree.Element(q("TEI"), nsmap={None: TEI_NS})
        root.set(XML_ID, self.id)
        root.set(XML_LANG, self.langs.base)
        header = etree.SubElement(root, q("teiHeader"))
        body = etree.SubElement(etree.SubElement(root, q("text")), q("body"))
        base = deepcopy(self.source.base)
        base.set("type", "base")
        base.set(XML_LANG, self.langs.base)
        base.set(XML_ID, f"{self.id}.{self.langs.base}")
        body.append(base)
        self._other_languages = _languages_of_passages(base)
        elements = self._ids_for(base)
        _division_ids(base)
        self._slots(body, elements)
        self._point_names()
        self._import_header(header, elements)
        layout(root)
        self.result.tree = root.getroottree()
        return self.result

    def _ids_for(self, base) -> list:
        """Ids as encode gives them (DOC.p1, DOC.sg1…), in document order; blocks are the reader's."""
        originals = [b.element for b in self.source.blocks]
        copies = [el for el in base.iter() if isinstance(el.tag, str)]
        by_source = dict(zip([id(e) for e in self.source.base.iter() if isinstance(e.tag, str)], copies))
        self._copy_of = by_source
        elements = []
        documents = 0
        for el in copies:
            name = local(el)
            if name == "div" and el.get("type") == "document":
                documents += 1
                el.set(XML_ID, f"{self.id}.d{documents}")
                self._document_ids.append(el.get(XML_ID))
            elif name in CONTAINER_KINDS and el.get("type") != "verse" and \
                    any(isinstance(c.tag, str) and local(c) in IMPORT_KINDS for c in el):   # not an inline quote
                letter = CONTAINER_KINDS[name]
                self.counters[letter] = self.counters.get(letter, 0) + 1
                el.set(XML_ID, f"{self.id}.{letter}{self.counters[letter]}")
        for original in originals:
            el = by_source[id(original)]
            letter = IMPORT_KINDS[local(el)]
            self.counters[letter] = self.counters.get(letter, 0) + 1
            el.set(XML_ID, f"{self.id}.{letter}{self.counters[letter]}")
            elements.append(el)
        return elements

    # -- names and registers --------------------------------------------------------------------
    def _edition_identifiers(self) -> dict[str, tuple[str, str]]:
        """Authority identifier -> (kind, entry id) of the edition's registers."""
        found = {}
        for register in self.edition.registers.values():
            for entry in register.entries.values():
                for ident in _identifiers(entry.element):
                    found.setdefault(f"{entry.kind}|{ident}", (entry.kind, entry.id))
                note = normalize_space("".join(entry.element.findtext("t:note[@type='source']", "", NS)))
                m = PROVENANCE.search(note)
                if m:   # an entry an earlier import proposed from the same entry of the same list
                    found.setdefault(f"{entry.kind}|from:{m[2]}#{m[1]}", (entry.kind, entry.id))
                    named = OWN_NAME.search(note, m.end())
                    if m[2].startswith("the file ") and named:
                        found.setdefault(f"{entry.kind}|{_own_key(m[1], named[1])}", (entry.kind, entry.id))
        return found

    def _point_names(self) -> None:
        for name in self.source.names:
            el = self._copy_of.get(id(name.element))
            if el is None:
                continue
            pointer = self.pointer(local(el), name.ref)
            if pointer:
                el.set("ref", pointer)

    def pointer(self, tag: str, ref: str) -> str | None:
        """The edition's pointer for a source name, or None (the ref is then listed as unresolved). A
        name may point several ways, @ref's URIs and a @key into the project's own list (the Lassberg
        letters give a correspondent's GND URI and "../register/lassberg-persons.xml#…"): the first
        that leads to an entry, or to a proposal from the list, is taken."""
        problems: list[str] = []
        for one in ref.split() or [ref]:
            found = self._pointer(tag, one, problems)
            if found:
                return found
        self.result.unresolved[problems[0] if len(problems) == 1 else ref] += 1
        return None

    def _pointer(self, tag: str, ref: str, problems: list[str]) -> str | None:
        kind = NAME_KIND[tag]
        direct = authorities([("uri", ref)])
        key, hit = self.lists.find(ref)
        idents = direct or (_identifiers(hit[0]) if hit is not None else set())
        if hit is not None:
            idents = idents | {f"from:{hit[1]}#{key}"}
            if hit[1].startswith("the file "):
                idents = idents | {_own_key(key, _main_name(kind, hit[0], key))}
        if hit is not None and local(hit[0]) != kind:
            problems.append(f"{ref} ({tag} pointing at a {local(hit[0])})")
            return None
        for ident in sorted(idents, key=lambda i: (i.startswith(("from:", "own:")), i.startswith("own:"), i)):
            match = self._index.get(f"{kind}|{ident}")
            if match:
                note = f"{PREFIX[kind]}:{match[1]} ({_shown(ident)})"
                if not ident.startswith("from:") and note not in self.result.found:
                    self.result.found.append(note)
                return f"{PREFIX[kind]}:{match[1]}"
        if hit is None:
            problems.append(ref)
            return None
        return f"{PREFIX[kind]}:{self._propose(kind, key, hit)}"

    def _propose(self, kind: str, key: str, hit) -> str:
        if (kind, hit[1], key) in self._new:
            return self._new[(kind, hit[1], key)]
        same = self._same_authority(kind, key, hit)
        if same is not None:
            return same
        ident = base_id = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or kind
        if not ident[0].isalpha():
            ident = base_id = f"{kind}-{ident}"
        n = 1
        while ident in self._ids:
            n += 1
            ident = f"{base_id}-{n}"
        self._ids.add(ident)
        self._new[(kind, hit[1], key)] = ident
        entry = self._entry(kind, ident, key, *hit)
        from triglot.editor.register import LIST_TAGS, _append, _first_list, register_of
        register = register_of(self.edition, kind)
        tree = self.result.registers.get(register.path)
        if tree is None:
            tree = self.result.registers[register.path] = deepcopy(register.tree)
        container = tree.getroot().find(f".//t:{LIST_TAGS[kind]}", NS)
        if container is None:
            container = _first_list(tree, LIST_TAGS[kind])
        _append(container, entry)
        for authority in _identifiers(hit[0]):
            self._new_by_authority.setdefault(f"{kind}|{authority}", entry)
        self.result.proposed.append(f"{PREFIX[kind]}:{ident} ({key}, {hit[1]})")
        return ident

    def _same_authority(self, kind: str, key: str, hit) -> str | None:
        """The entry proposed in this import for another key with the same authority identifier, its
        names gaining this one's as variants. Why: a list holding one person twice (two keys, the same
        VIAF) became two entries, splitting her mentions in the register, the index and search."""
        for authority in sorted(self._linked.get(id(hit[0])) or _identifiers(hit[0])):
            entry = self._new_by_authority.get(f"{kind}|{authority}")
            if entry is None:
                continue
            ident = entry.get(XML_ID)
            self._new[(kind, hit[1], key)] = ident
            _, name_tag, _ = ENTRY_TAG[kind]
            have = {normalize_space("".join(n.itertext())) for n in entry.iterfind(f"t:{name_tag}", NS)}
            names = [normalize_space("".join(n.itertext())) for n in hit[0].iterfind(f"t:{name_tag}", NS)]
            for name in [n for n in dict.fromkeys(names) if n and n not in have]:
                variant = etree.Element(q(name_tag), type="variant")
                variant.set(XML_LANG, self.langs.base)
                variant.text = name
                last = list(entry.iterfind(f"t:{name_tag}", NS))[-1]
                last.addnext(variant)
            note = entry.find("t:note[@type='source']", NS)
            given = {i.text for i in entry.iterfind("t:idno", NS)}
            for kind_of, value in _idnos(kind, hit[0]):     # its other identifiers join the entry's
                if value not in given:
                    note.addprevious(etree.Element(q("idno"), type=kind_of))
                    note.getprevious().text = value
            for other in _identifiers(hit[0]):              # and lead to it too (A viaf:1; B viaf:1, gnd:2; C gnd:2)
                self._new_by_authority.setdefault(f"{kind}|{other}", entry)
            note.text += (f" Entry {key} of {hit[1]} has the same identifier ({authority}): taken as the same "
                          f"{kind}, its names kept as variants.")
            self.result.proposed.append(f"{PREFIX[kind]}:{ident} (also {key}, {hit[1]}: the same {authority})")
            return ident
        return None

    def _entry(self, kind: str, ident: str, key: str, src, label: str):
        """A proposed entry: the source's names, dates and identifiers as it gives them, the
        base-language name marked cert="low" (triglot check lists it) until an editor reviews it."""
        tag, name_tag, _ = ENTRY_TAG[kind]
        el = etree.Element(q(tag))
        el.set(XML_ID, ident)
        names = [n for n in src.iterfind(f"t:{name_tag}", NS) if normalize_space("".join(n.itertext()))]
        main = names[0] if names else None
        first = etree.SubElement(el, q(name_tag), cert="low")
        first.set(XML_LANG, self.langs.base)
        text = _main_name(kind, src, key)
        forename, surname, birth, death = _heading(text) if kind == "person" else ("", "", "", "")
        link = ""
        if main is not None and kind == "person" and main.find("t:surname", NS) is not None:
            parts = {local(c) for c in main if isinstance(c.tag, str)}
            # a name of other parts too ("Sir", "Jr.") is kept as written: taking its forenames and
            # surname alone lost them
            forename = surname = ""
            if parts <= {"forename", "nameLink", "surname"}:
                forename = normalize_space(" ".join("".join(f.itertext()) for f in main.iterfind("t:forename", NS)))
                link = normalize_space(" ".join("".join(n.itertext()) for n in main.iterfind("t:nameLink", NS)))
                surname = normalize_space("".join(main.find("t:surname", NS).itertext()))
        if surname:
            if forename:
                etree.SubElement(first, q("forename")).text = forename
                first[-1].tail = " "
            if link:        # "von" of Hans von Wangenheim: in the name, not in the sort
                etree.SubElement(first, q("nameLink")).text = link
                first[-1].tail = " "
            etree.SubElement(first, q("surname")).text = surname
        else:
            first.text = text
        for other in names[1:]:
            v = etree.SubElement(el, q(name_tag), type="variant")
            v.set(XML_LANG, self.langs.base)
            v.text = normalize_space("".join(other.itertext()))
        if kind == "person":
            for what, heading_value in (("birth", birth), ("death", death)):
                given = src.find(f"t:{what}", NS)
                when = (given.get("when") or "") if given is not None else heading_value
                if when and ISO_DATE.fullmatch(when):
                    etree.SubElement(el, q(what), when=when)
        if kind == "place":
            geo = normalize_space(src.findtext("t:location/t:geo", "", NS)).replace(",", " ")
            if re.fullmatch(r"-?\d+(?:\.\d+)? +-?\d+(?:\.\d+)?", normalize_space(geo)):
                etree.SubElement(etree.SubElement(el, q("location")), q("geo")).text = normalize_space(geo)
        for kind_of, value in _idnos(kind, src):
            etree.SubElement(el, q("idno"), type=kind_of).text = value
        note = etree.SubElement(el, q("note"), type="source")
        note.text = (f"Proposed by triglot import-tei from {self.source_file}, entry {key} of {label}: names, "
                     f"dates and identifiers as that file gives them (\u201c{text}\u201d); to be reviewed.")
        el.insert(0, etree.Comment(" proposed by triglot import-tei: check the entry, add the names in the other "
                                   "languages, then remove cert=\"low\" "))
        return el

    # -- header --------------------------------------------------------------------------------
    def _import_header(self, header, elements) -> None:
        src = self.source.root
        stmt = src.find("t:teiHeader/t:fileDesc/t:titleStmt", NS)
        file_desc = sub(header, "fileDesc")
        title_stmt = sub(file_desc, "titleStmt")
        given = [(normalize_space("".join(t.itertext())), _lang_of(t), (t.get("type") or "").strip())
                 for t in (stmt.iterfind("t:title", NS) if stmt is not None else [])]
        given = [g for g in given if g[0]]
        titles = [g[0] for g in given]
        self._title_languages: list[str] = []
        self._source_titles = [t for t in (stmt.iterfind("t:title", NS) if stmt is not None else [])
                               if normalize_space("".join(t.itertext()))]
        main = sub(title_stmt, "title", type="main")
        main.set(XML_LANG, self.langs.base)
        if given:
            main.text = _title_in(given, _primary(self.langs.base)) or titles[0]
        else:
            self._gap(main, "title: the source's titleStmt has none")
        for lang in self.langs.translations:
            t = sub(title_stmt, "title", type="main")
            t.set(XML_LANG, lang)
            # the source project's own title in this language (DraCor's xml:lang="en" title beside the
            # Russian one): the editor's gap only where the source gives none
            own = _title_in([g for g in given if g[1]], _primary(lang))
            if own:
                t.text = own
            else:
                self._gap(t, f"title in {lang}: to be translated from the source's title")
        authors = [name_text(a, _primary(self.langs.base))
                   for a in (stmt.iterfind("t:author", NS) if stmt is not None else [])]
        authors = [a for a in authors if a]
        for a in authors or [None]:
            author = sub(title_stmt, "author")
            if a:
                author.text = a
            else:
                self._gap(author, "author: the source's titleStmt names none")
        self._publication(title_stmt, file_desc)
        source_desc = sub(file_desc, "sourceDesc")
        self._seed_bibl(source_desc, self._source_titles, authors)
        self._ms_identifiers(source_desc)
        self._encoding_desc(header, [Omission(o.line, o.text, o.reason) for o in self.source.omissions])
        profile = sub(header, "profileDesc")
        self._lang_usage(profile)
        self._creation(profile)
        self._corresp(profile, elements)
        terms = [normalize_space(t.text or "") for t in src.iterfind(".//t:profileDesc/t:textClass//t:term", NS)]
        terms = [t for t in terms if t]
        if not terms and profile.find("t:correspDesc", NS) is not None:
            terms = ["letter"]
        self._text_class(profile, terms)
        self._revision(header, f"Imported by triglot import-tei from the TEI file {self.seed_name} (the seed).")

    def _seed_bibl(self, source_desc, titles, authors) -> None:
        src = self.source.root
        pub = src.find("t:teiHeader/t:fileDesc/t:publicationStmt", NS)
        bibl = sub(source_desc, "bibl", type="seed")
        for a in authors:
            sub(bibl, "author").text = a
        from triglot.i18n import canonical_tag
        from triglot.tei_source import LANGUAGE_TAG, declared
        for given in titles:
            # each of the source's titles as it gives it: its kind (main, sub…) and its language, which the
            # books mark the title in; a level the source does not state is not guessed (every title was
            # level="a", an article's, though a play's or a book's is none, and its subtitle too)
            title = sub(bibl, "title")
            kind = normalize_space(given.get("type") or "")
            if re.fullmatch(r"[\w.\-]+", kind):
                title.set("type", kind)
            level = normalize_space(given.get("level") or "")
            if level in ("a", "m", "j", "s", "u"):
                title.set("level", level)
            lang = declared(given)
            if lang and LANGUAGE_TAG.fullmatch(lang) and lang.lower() != "und":
                title.set(XML_LANG, canonical_tag(lang))
                self._title_languages.append(canonical_tag(lang))
            title.text = normalize_space("".join(given.itertext()))
        if pub is not None:
            for what in ("publisher", "authority", "distributor"):
                for p in pub.iterfind(f"t:{what}", NS):
                    if name_text(p):
                        sub(bibl, "publisher").text = name_text(p)
            date = pub.find("t:date", NS)
            if date is not None and ISO_DATE.fullmatch((date.get("when") or date.text or "").strip()):
                # when the source project published its file, not the text's date (the seed bibl's own
                # date is what the site and the books date a document by): the received edition's date
                value = (date.get("when") or date.text).strip()
                received = sub(bibl, "edition")
                received.text = "TEI file published "
                sub(received, "date", when=value).text = normalize_space(date.text or "") or value
            for idno in pub.iterfind("t:idno", NS):
                value = normalize_space("".join(idno.itertext()))
                if value:
                    sub(bibl, "idno", type=idno.get("type") or "source").text = value
        sub(bibl, "idno", type="seed").text = self.seed_name
        if self.source.witness_chosen:
            # the witness the editor chose (--witness): fidelity reads the seed's apparatus so, as the import did
            sub(bibl, "idno", type="witness").text = self.source.witness
        if self.result.licence:
            sub(bibl, "note", type="licence").text = f"Licence of the source: {self.result.licence}"
        sub(bibl, "note").text = (f"The TEI file {self.source_file} as received, kept as the seed; its body "
                                  "re-cut into blocks by triglot import-tei (tei/ENCODING.md, \u201cImporting TEI\u201d).")

    def _ms_identifiers(self, source_desc) -> None:
        """The archival reference of each msDesc: repository, collection, idno… as text."""
        for n, ms in enumerate(self.source.root.iterfind("t:teiHeader/t:fileDesc/t:sourceDesc//t:msDesc", NS), 1):
            ident = ms.find("t:msIdentifier", NS)
            if ident is None:
                continue
            parts = [(local(c), normalize_space("".join(c.itertext()))) for c in ident if isinstance(c.tag, str)]
            parts = [(k, v) for k, v in parts if v and k in ("country", "region", "settlement", "institution",
                                                             "repository", "collection", "idno", "msName")]
            if not parts:
                continue
            out = sub(sub(source_desc, "msDesc", xml_id=f"ms-{self.id}-{n}"), "msIdentifier")
            for k, v in parts:
                sub(out, k).text = v

    def _creation(self, profile) -> None:
        """The source's date of the text's creation (`profileDesc/creation/date`), where projects date
        a text that is no letter: its ISO values and words as given. Left behind, the text stayed
        undated on its page, in the edition's order and in its library records."""
        given = self.source.root.find("t:teiHeader/t:profileDesc/t:creation//t:date", NS)
        if given is None:
            return
        values = date_values(given)
        if not set(values) - {"cert"}:
            return
        date = sub(sub(profile, "creation"), "date", **values)
        date.text = normalize_space("".join(given.itertext())) or None

    def _corresp(self, profile, elements) -> None:
        src = self.source.root
        desc = src.find("t:teiHeader/t:profileDesc/t:correspDesc", NS)
        if desc is None:
            return
        out = sub(profile, "correspDesc")
        documents = self._document_ids
        if len(documents) == 1:
            out.set("corresp", "#" + documents[0])
        head_dates = src.findall("t:teiHeader/t:fileDesc/t:sourceDesc/t:msDesc/t:head/t:date", NS)
        for action in desc.iterfind("t:correspAction", NS):
            act = sub(out, "correspAction", type=action.get("type") or "sent")
            for child in action:
                if not isinstance(child.tag, str) or local(child) not in ("persName", "placeName", "orgName", "date"):
                    continue
                el = sub(act, local(child))
                text = normalize_space("".join(child.itertext()))
                role = _other_role(act.get("type"), child.get("type"))
                if role:
                    self.result.roles.append((child.sourceline or 0, f"<{local(child)} type=\"{child.get('type')}\"> "
                                              f"{text!r} in correspAction type=\"{act.get('type')}\""))
                if local(child) == "date":
                    for attr, value in date_values(child).items():
                        el.set(attr, value)
                else:
                    ref = source_pointer(child)
                    pointer = self.pointer(local(child), ref) if ref else None
                    if pointer:
                        el.set("ref", pointer)
                if text:
                    el.text = text
                elif not len(el.attrib):
                    act.remove(el)
            if act.get("type") == "sent" and act.find("t:date", NS) is None and len(head_dates) == 1:
                # the date the source's editors give the letter in its msDesc/head ("Letter from… <date>")
                date = sub(act, "date")
                for attr, value in date_values(head_dates[0]).items():
                    date.set(attr, value)
                date.text = normalize_space("".join(head_dates[0].itertext())) or None
                if not date.attrib:
                    act.remove(date)
            if not len(act):
                out.remove(act)
        if not len(out):
            profile.remove(out)


ROLE_OF_ACTION = {"sent": {"addressee", "recipient", "receiver", "to"},
                  "received": {"sender", "author", "writer", "from"}}


def _other_role(action: str | None, typed: str | None) -> bool:
    """A name typed for the other side of the letter inside this action: the Escher letters
    (stazh/briefedition-escher) put the sender and the addressee both in correspAction type="sent", told apart by
    persName/@type alone. The type is not kept (the edition says who sent a letter by the action), so the name reads as
    a sender: the import keeps the name where the source puts it and says so, for the editor to decide; moving it by
    its type is no fix, as those types contradict the letters' own titles ("Furrer Jonas an Escher", Furrer typed
    addressee)."""
    return (typed or "").strip().lower() in ROLE_OF_ACTION.get(action or "", set())


def date_values(given) -> dict[str, str]:
    """The date attributes of a source's header date (creation, correspDesc) that TEI takes: days that
    exist, @when alone (TEI allows it with no range), a range that does not end before it starts, a
    @cert the schema knows. Copied one by one, "maybe", `when` with `notBefore` or 30 February made
    the imported document fail validate. A doubt the edition cannot read stays a doubt (unknown)."""
    from triglot.validate.rules import iso_span
    values = {a: (given.get(a) or "").strip() for a in ("when", "notBefore", "notAfter", "from", "to")}
    values = {a: v for a, v in values.items() if v and ISO_DATE.fullmatch(v) and iso_span(v) is not None}
    if "when" in values:
        values = {"when": values["when"]}
    for low, high in (("from", "to"), ("notBefore", "notAfter")):
        if low in values and high in values and iso_span(values[low])[0] > iso_span(values[high])[1]:
            del values[low], values[high]
    cert = (given.get("cert") or "").strip()
    if cert and values:
        values["cert"] = cert if cert in CERT or _probability(cert) else "unknown"
    return values


def _probability(value: str) -> bool:
    try:
        return 0 <= float(value) <= 1
    except ValueError:
        return False


NOT_NAME = {"idno", "email", "address", "ptr", "ref", "note", "affiliation", "date"}


def _division_ids(base) -> None:
    """An xml:id for a numbered division that holds numbered divisions, and for one whose web id
    another already derives: a play's acts and scenes are both numbered 1, 2… (ShakeDraCor), and
    scene 1 of act 2 derived act 1's web id (DOC.en.n1), which validate refuses (ids). With its act's
    id the scene's is DOC.en.n2.n1 (addresses.division_anchor)."""
    from triglot.addresses import division_anchor
    taken = {e.get(XML_ID) for e in base.iter() if isinstance(e.tag, str) and e.get(XML_ID)}
    derived: set[str] = set()
    for div in base.iter(q("div")):         # document order: a division before those it holds
        if not normalize_space(div.get("n") or "") or div.get(XML_ID):
            continue
        anchor = division_anchor(div)
        holds = any(d is not div and normalize_space(d.get("n") or "") for d in div.iter(q("div")))
        if holds or {anchor, anchor + "-label"} & (derived | taken):
            stem = re.sub(r"[^\w.\-]", "_", anchor)
            ident, k = stem, 1
            while {ident, ident + "-label"} & (derived | taken):
                k += 1
                ident = f"{stem}-{k}"
            div.set(XML_ID, ident)
            anchor = ident
            taken.add(ident)
        derived |= {anchor, anchor + "-label"}


def _primary(lang: str) -> str:
    return lang.split("-")[0].strip().lower()


def _lang_of(el) -> str:
    """The primary subtag of the language an element declares (its own xml:lang or an ancestor's);
    "" when none is declared."""
    from triglot.tei_source import declared
    return _primary(declared(el))


def _title_in(given: list[tuple[str, str, str]], lang: str) -> str:
    """The source's title in `lang` (or in no declared language), a main title before a subtitle."""
    mine = [g for g in given if g[1] in (lang, "")]
    main = [g for g in mine if g[2] not in ("sub", "alt", "short", "desc")]
    return (main or mine or [("", "", "")])[0][0]


def name_text(el, lang: str = "") -> str:
    """An author's or publisher's name as a reader writes it: the names it holds (several joined by
    "; "), a persName's forenames before its surname whatever their order in the source, and none of
    the identifiers, e-mail or postal addresses projects put beside a name (GerDraCor's Wikidata and
    GND numbers in author, the DTA's address in publisher). Given `lang`, one person's name in several
    languages (RusDraCor's "Козьма Прутков" beside its xml:lang="en" "Kozma Prutkov") is read in that
    language only, where the element has a name in it."""
    names = [c for c in el if isinstance(c.tag, str) and local(c) in ("persName", "orgName", "name")]
    if lang and len({_lang_of(c) for c in names}) > 1:
        names = [c for c in names if _lang_of(c) in (lang, "")] or names
    if names and local(el) not in ("persName", "orgName", "name"):
        return "; ".join(n for n in (name_text(c) for c in names) if n)
    parts = [c for c in el if isinstance(c.tag, str)]
    if parts and all(local(c) in ("forename", "surname") for c in parts) and not normalize_space(
            (el.text or "") + "".join(c.tail or "" for c in parts)):
        order = [c for c in parts if local(c) == "forename"] + [c for c in parts if local(c) == "surname"]
        return normalize_space(" ".join("".join(c.itertext()) for c in order))
    return normalize_space("".join(_text_without(el, NOT_NAME)))


def _text_without(el, skip: set[str]) -> list[str]:
    out = [el.text or ""]
    for c in el:
        if isinstance(c.tag, str) and local(c) not in skip:
            out += _text_without(c, skip)
        out.append(c.tail or "")
    return out


def _heading(text: str) -> tuple[str, str, str, str]:
    """An authority heading "Surname, Forename, 1768-1849" -> (forename, surname, birth, death); a name
    of another shape -> ("", "", "", "") and is kept as it is."""
    m = re.fullmatch(r"([^,\d]+), ([^,\d]+)(?:, (\d{4})?-(\d{4})?)?", text)
    if not m:
        return "", "", "", ""
    return m[2].strip(), m[1].strip(), m[3] or "", m[4] or ""


def licence_of(root) -> tuple[str, bool]:
    """The source's licence as it states it, and whether it is an open one (free to republish)."""
    avail = root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability", NS)
    if avail is None:
        return "", False
    licences = [(el.get("target") or "", normalize_space("".join(el.itertext()))) for el in avail.iterfind("t:licence", NS)]
    if not licences:
        # a licence stated in prose, as TEI allowed before `licence` (P5 2.0) and the Text Creation
        # Partnership's texts still do ("This Phase I text is available for reuse, according to the terms of
        # Creative Commons 0 1.0 Universal"): its paragraphs that speak of a licence, copyright or the public
        # domain, with the addresses in them; "Reproduced by courtesy of the … Library" is no licence. Only
        # `licence` was read, and such a source was refused as stating none (hostile46)
        licences = [(" ".join(r.get("target") or "" for r in el.iter(f"{{{TEI_NS}}}ref", f"{{{TEI_NS}}}ptr")).strip(),
                     normalize_space("".join(el.itertext()))) for el in avail.iterfind("t:p", NS)]
        licences = [(t, x) for t, x in licences if LICENCE_WORDS.search(f"{t} {x}")]
    said = "; ".join(" ".join(x for x in (text, f"<{target}>" if target else "") if x) for target, text in licences)
    restricted = (avail.get("status") or "").strip() in ("restricted", "unknown")
    free = bool(licences) and not restricted and all(FREE.search(f"{t} {x}") and not NOT_FREE.search(f"{t} {x}")
                                                                  and not unsettled_rights(f"{t} {x}") for t, x in licences)
    return said, free


def _check_language(source: Source, name: str, base: str) -> None:
    """Refuse a source whose text declares another language than the edition's base text: its blocks
    would become the base text marked as the base language (a Dutch letter read as English), and the
    translation its editors give beside it, in the base language perhaps, is no text to edit. A tag
    is read as xml:lang takes it (" EN-gb " is English; "und" declares nothing)."""
    from triglot.tei_source import DIVS, LANGUAGE_TAG, OTHER_VERSIONS, declared
    body = source.root.find(f"{q('text')}/{q('body')}")
    texts = [c for c in body if isinstance(c.tag, str) and local(c) in DIVS
             and (c.get("type") or "").strip().lower() not in OTHER_VERSIONS] or [body]
    for el in texts:
        lang = declared(el)
        if not lang or lang.lower() == "und":
            continue
        line = el.xpath("ancestor-or-self::*[@xml:lang][1]")[0].sourceline or 1
        if not LANGUAGE_TAG.fullmatch(lang):
            raise InputError([Problem(name, line, "import-tei",
                                      f"xml:lang={lang!r} is not a language tag (BCP 47, e.g. en, en-GB, nl): "
                                      f"the edition cannot tell whether the text is in its base language "
                                      f"{base!r}; correct the tag in the source")])
        if lang.split("-")[0].lower() != base.split("-")[0].lower():
            raise InputError([Problem(name, line, "import-tei",
                                      f"the text is in {lang!r} (xml:lang), the edition's base text in "
                                      f"{base!r}: a document's text must be in the base language (import it "
                                      f"into an edition made with --base {lang.split('-')[0].lower()})")])


def import_tei(edition, source_path: Path, doc_id: str, settings, extra_lists: list[tuple[Path, str]],
               licence_checked: bool = False, today: datetime.date | None = None,
               witness: str | None = None) -> Imported:
    """The new document and the changed registers (nothing written: see import_tei_command); `witness`:
    the source's witness an apparatus without lem gives the text of (tei_source.read)."""
    from triglot.tei_source import read
    source = read(source_path, str(source_path), witness)
    said, free = licence_of(source.root)
    if not free and not licence_checked:
        avail = source.root.find("t:teiHeader/t:fileDesc/t:publicationStmt/t:availability", NS)
        line = (avail.sourceline if avail is not None else source.root.sourceline) or 1
        unsettled = unsettled_rights(said)
        what = (f"its licence ({said}) leaves its rights unsettled (“{unsettled[0]}”): {unsettled[1]}" if unsettled else
                f"its licence ({said}) is not an open licence, or its availability is restricted" if said
                else "it states no licence")
        raise InputError([Problem(str(source_path), line, "import-tei",
                                  f"{what}: the edition would republish the text under its own licence; check "
                                  "that it may, then import with --licence-checked (the header records it)")])
    _check_language(source, str(source_path), settings.edition.base)
    lists = SourceLists(source.root, Path(source_path).name, extra_lists)
    builder = Importer(edition, doc_id, f"{doc_id}.xml", Path(source_path).name, source, lists, settings,
                       today or datetime.date.today())
    builder.result.licence = said or "none stated; republication checked by the editor (--licence-checked)"
    if not free and said:
        builder.result.licence += "; republication checked by the editor (--licence-checked)"
    result = builder.build_import()
    _within_limits(result.tree.getroot(), builder, str(source_path), doc_id)
    return result


def _within_limits(root, builder, name: str, doc_id: str) -> None:
    """Refuse, at the source's line of the block it falls in, a document over the edition's limits (xmlio):
    a source within them can be over them once imported, its text nested in the document's own TEI, text,
    body and division elements and the texts around a dropped tag joined into one. It was refused at a line of
    tei/ID.xml, the file the refusal left unwritten (hostile46's leftover)."""
    from triglot.xmlio import limit_breach
    breach = limit_breach(root)
    if breach is None:
        return
    el, message = breach
    lines = {id(builder._copy_of[id(b.element)]): b.line for b in builder.source.blocks}
    line = next((lines[id(a)] for a in (el, *el.iterancestors()) if id(a) in lines), None)
    if line is None:        # the header: what the source says about itself, from its teiHeader
        header = builder.source.root.find("t:teiHeader", NS)
        line = (header if header is not None else builder.source.root).sourceline or 1
    why = ("the document's own elements nest the source's text deeper than the source does"
           if message.startswith("elements nested") else "the tags the edition drops join the texts around them")
    raise InputError([Problem(name, line, "limit",
                              f"imported, the text from here would be over a limit of the edition in tei/{doc_id}.xml: "
                              f"{message} ({why}); nothing written")])
