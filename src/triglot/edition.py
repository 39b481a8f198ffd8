"""The edition, parsed once and handed to every check and every output.

An `Edition` holds the documents of `tei/` and the two registers. Each document
knows its blocks (the English base text) and its translation slots, so nothing
downstream has to parse TEI or rediscover structure on its own.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from triglot import order, patterns
from triglot import settings as settings_module
from triglot.problems import InputError, Problem
from triglot.settings import Settings
from triglot.xmlio import name_problem
from triglot.tei import NS, XML_ID, XML_LANG, iter_blocks, iter_slots, local, q
from triglot.xmlio import parse_bytes, read_regular

# The element that is one entry of a register of each kind, and the element of its names.
ENTRY_TAGS = {"person": ("person", "persName"), "place": ("place", "placeName"), "org": ("org", "orgName")}


@dataclass
class Entry:
    """One person or place of a register."""
    id: str
    kind: str  # "person", "place" or "org"
    element: object
    names: dict[str, str]      # language -> display name
    variants: list[str]        # base-language forms found in the texts
    type: str = ""
    role: str = ""             # the role (occupation) in the base language
    base: str = "en"           # the edition's base language: the fallback name
    roles: dict[str, str] = field(default_factory=dict)   # language -> role
    unchecked: frozenset = frozenset()   # languages whose name is a guess awaiting review (cert="low"/"medium")

    def role_in(self, lang: str) -> str:
        return self.roles.get(lang) or self.role

    def name(self, lang: str) -> str:
        return self.name_and_lang(lang)[0]

    def name_and_lang(self, lang: str) -> tuple[str, str]:
        """The name in `lang` and `lang`, else the base-language form and the base language:
        a name the register does not yet give in a translation language (see ENCODING.md)."""
        if self.names.get(lang):
            return self.names[lang], lang
        return self.names.get(self.base) or self.id, self.base


@dataclass
class Register:
    path: Path
    name: str            # file name, e.g. persons.xml
    tree: object
    entries: dict[str, Entry]
    digest: str = ""     # sha256 of the bytes parsed: the validation cache's key


@dataclass
class Document:
    path: Path
    name: str                      # path relative to the project, e.g. tei/legran.xml
    tree: object
    id: str
    base: object                   # div[@type='base']
    blocks: list = field(default_factory=list)
    slots: dict = field(default_factory=dict)   # lang -> {block id: slot element}
    # pointer -> expanded URI: every name of a document is looked up, often many times
    expanded: dict = field(default_factory=dict, repr=False, compare=False)
    # the header's prefixDef elements, found once: searching the whole tree for each new
    # prefixed pointer was the largest part of the pointer scan
    prefix_defs: list | None = field(default=None, repr=False, compare=False)
    digest: str = field(default="", compare=False)   # sha256 of the bytes parsed: the validation cache's key
    # what the edition's order, the rules across files and the outputs need of a document that was
    # not parsed (an Unparsed one, see `kept_facts`): its id, date key, declared languages, block
    # ids and seed; empty for a parsed document
    facts: dict = field(default_factory=dict, repr=False, compare=False)
    # the edition's folder: a devised title says the genre through its interface catalogs
    edition_root: Path | None = field(default=None, repr=False, compare=False)

    @property
    def root(self):
        return self.tree.getroot()

    def title(self, lang: str | None = None) -> str:
        """The document's main title in `lang` (default: the language of the document element), else
        the base text's (see title_in)."""
        return self.title_in(lang)[1]

    def title_in(self, lang: str | None = None) -> tuple[str, str]:
        """(language, title): the main title in `lang`, else, where that one is still to be supplied
        (import and encode leave a gap for the editor), the base text's title in its language. A gap's
        description ("to be supplied by the editor: title in fr…") is no title: it was printed as
        the French book's headings and written into the library records. A document with no title
        in any language has one devised in `lang`, in brackets ("[Treaty, 10 August 1920]",
        devised_title), not its id; the id only where the header gives neither genre nor date."""
        base = self.root.get(XML_LANG)
        titles = self._titles()
        for which in (lang or base, base):
            if titles.get(which):
                return which, titles[which]
        from triglot.devised_title import devised_title
        devised = devised_title(self, lang or base, self.edition_root)
        if devised is not None:
            return devised
        return base, self.id     # (an id is in no language: the same in every column, listed once)

    def title_devised(self) -> bool:
        """True where no language's main title is given yet: every title shown is devised."""
        return not any(self._titles().values())

    def _titles(self) -> dict[str, str]:
        titles = {}
        for t in self.root.iterfind("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", NS):
            if t.find("t:gap", NS) is None:
                titles.setdefault(t.get(XML_LANG), " ".join("".join(t.itertext()).split()))
        return titles

    def seed_file(self) -> str | None:
        if "seed" in self.facts:
            return self.facts["seed"]
        el = self.root.find("t:teiHeader//t:sourceDesc//t:idno[@type='seed']", NS)
        return el.text.strip() if el is not None and el.text else None

    def block_ids(self) -> list[str]:
        if "blocks" in self.facts:
            return list(self.facts["blocks"])
        return [b.get(XML_ID) for b in self.blocks]


class Unparsed(Document):
    """A document whose bytes have not been parsed yet: its tree, base text, blocks and slots are
    parsed from those bytes (kept, so the tree is that of the digest) when first asked for.

    At 500 documents, parsing every document was most of a one-edit rebuild's loading (0.85 s of
    1.2), though the build needs the tree of the edited document only: what it needs of the others
    (their order, ids, seeds, blocks, languages, validation) is kept by the validation cache under
    the hash of their bytes and of the code and settings that read them (`kept_facts`)."""

    LAZY = frozenset(("tree", "base", "blocks", "slots"))

    def __init__(self, root: Path, path: Path, name: str, data: bytes, digest: str, facts: dict, settings):
        self.path, self.name, self.id, self.digest, self.facts = path, name, facts["id"], digest, facts
        self.expanded, self.prefix_defs, self.edition_root = {}, None, root
        self._made = (root, data, settings)

    def __getattr__(self, name):
        if name not in Unparsed.LAZY:
            raise AttributeError(name)
        with _PARSING:         # once, though two threads of the build ask at the same moment
            made = self.__dict__.pop("_made", None)
            if made is not None:
                root, data, settings = made
                parsed = _document(root, self.path, parse_bytes(data, self.name), settings)
                for attr in Unparsed.LAZY:
                    setattr(self, attr, getattr(parsed, attr))
        if name in self.__dict__:
            return self.__dict__[name]
        raise AttributeError(name)


_PARSING = threading.Lock()


@dataclass
class Edition:
    root: Path
    documents: list[Document]
    registers: dict[str, Register]
    problems: list[Problem]
    settings: Settings

    @property
    def tei_dir(self) -> Path:
        return self.root / "tei"

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id or d.path.stem == doc_id:
                return d
        raise KeyError(doc_id)

    def named(self, name: str, rule: str) -> Document:
        """The document a command's argument names (its id, file stem, or path), else an InputError
        that says what the name is: a register file was told "no such document in tei/" though the
        file is there (hostile round 29)."""
        stem = Path(name).stem if name.endswith(".xml") else name
        with contextlib.suppress(KeyError):      # not a document: say below what the name is
            return self.document(stem)
        registers = {Path(f).stem: reg for reg, f in self.settings.register_files().items()}
        known = ", ".join(sorted(d.id for d in self.documents)[:5]) + (", …" if len(self.documents) > 5 else "")
        if stem in registers:
            message = f"{registers[stem]} is a register, not a document: give a document (documents: {known})"
        else:
            message = f"no such document in tei/ (documents: {known})"
        raise InputError([Problem(name, 0, rule, message)])

    def shape_problems(self, documents=None) -> list[Problem]:
        """Documents that are not of this edition's shape: no TEI, no base text, a missing slot language.

        Such a file (a FRUS volume, a letter of another edition) cannot be counted,
        translated or published, so every command refuses it with the reason."""
        return [p for doc in (self.documents if documents is None else documents)
                for p in document_shape(doc, self.settings)]

    def register_of(self, kind: str) -> Register | None:
        """The first register of entries of `kind` (person, place or org) the settings list: the
        settings name registers freely ("people", "gazetteer"), so outputs ask by kind, not by name."""
        for reg in self.settings.registers:
            if reg.kind == kind and reg.name in self.registers:
                return self.registers[reg.name]
        return None

    def entry(self, pointer: str, doc: Document | None = None) -> Entry | None:
        """The register entry a `ref` points at (psn:ID, plc:ID or persons.xml#ID)."""
        target = expand_pointer(pointer, doc)
        if target is None or "#" not in target:
            return None
        fname, _, frag = target.partition("#")
        for reg in self.registers.values():
            if reg.name == fname:
                return reg.entries.get(frag)
        return None


FOREIGN = "not a document of this edition"


def foreign(problems: list[Problem]) -> list[Problem]:
    """The shape problems that say a file is no document of this edition at all (TEI of another
    edition dropped into tei/): commands that would read it as one refuse it in one line."""
    return [p for p in problems if p.rule == "shape" and p.message.startswith(FOREIGN)]


def document_shape(doc: Document, settings: Settings) -> list[Problem]:
    from triglot.i18n import language_name
    line = doc.root.sourceline or 1
    base = f"div type='base' xml:lang='{settings.base}'"
    if doc.root.tag != q("TEI"):
        return [Problem(doc.name, line, "shape", f"{FOREIGN}: the root is "
                                                 f"<{doc.root.tag}>, not a TEI element")]
    if not any(isinstance(child.tag, str) for child in doc.root):
        return [Problem(doc.name, line, "shape", f"{FOREIGN}: <TEI> holds nothing; a document holds a "
                        f"<teiHeader>, then a <text> whose <body> holds the base text ({base}) and a "
                        "translation slot (div type='translation') for each translation language; "
                        "`triglot encode` starts one from a plain-text seed")]
    if doc.base is None:
        return [Problem(doc.name, line, "shape", f"{FOREIGN}: no base text ({base}); "
                                                 "foreign TEI does not belong in tei/")]
    if doc.base.get(XML_LANG) != settings.base:
        return [Problem(doc.name, doc.base.sourceline or line, "shape",
                        f"the base text is in {doc.base.get(XML_LANG)!r}, not in the edition's base "
                        f"language {settings.base!r} ({language_name(settings.base, 'en')})")]
    if not doc.blocks:
        return [Problem(doc.name, doc.base.sourceline or line, "shape", "the base text has no blocks to translate")]
    found = {d.get(XML_LANG) for d in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS)}
    return [Problem(doc.name, doc.base.sourceline or line, "shape",
                    f"no translation slots for {lang} ({language_name(lang, 'en')}): "
                    f"div type='translation' xml:lang='{lang}' is missing")
            for lang in settings.translations if lang not in found]


def expand_pointer(pointer: str, doc: Document | None) -> str | None:
    """Expand a private-URI pointer with the document's listPrefixDef (remembered per document)."""
    if doc is None:
        return _expand(pointer, None)
    if pointer not in doc.expanded:
        doc.expanded[pointer] = _expand(pointer, doc)
    return doc.expanded[pointer]


def _expand(pointer: str, doc: Document | None) -> str | None:
    if ":" in pointer and not pointer.startswith(("http:", "https:")) and doc is not None:
        prefix, _, rest = pointer.partition(":")
        if doc.prefix_defs is None:
            doc.prefix_defs = list(doc.root.iterfind(".//t:listPrefixDef/t:prefixDef", NS))
        for pd in doc.prefix_defs:
            if pd.get("ident") == prefix:
                try:
                    target = patterns.expand(pd.get("matchPattern", ""), pd.get("replacementPattern", ""), rest)
                except patterns.PatternError:
                    return None   # reported once by load() at the prefixDef's line
                if target is not None:
                    return target
        return None
    return pointer


def find_project_root(start: Path | None = None) -> Path:
    """The edition folder (the nearest one holding triglot.toml), from `start` upwards."""
    return settings_module.find_root(start)


def tei_files(root: Path) -> list[Path]:
    """The edition's TEI files, tei/*.xml, without dot-files: those are editors' (Emacs marks a file with
    unsaved changes by a link `.#NAME` pointing nowhere) or triglot's own temporaries, never sources."""
    return sorted(p for p in (Path(root) / "tei").glob("*.xml") if not p.name.startswith("."))


def document_paths(root: Path, settings: Settings) -> list[Path]:
    """The documents of the edition: its TEI files but the registers."""
    files = set(settings.register_files().values())
    return [p for p in tei_files(root) if p.name not in files]


def load(root: Path, only: list[Path] | None = None, settings: Settings | None = None, kept=None,
         read: dict | None = None) -> Edition:
    """Read the settings, then parse the registers and the documents once, and put the documents
    in the edition's order (triglot/order.py: by date unless the settings say otherwise).

    With `kept` (a function of a document's name and digest giving its kept facts or None: see
    validate/cache.py kept_facts), a document whose facts are kept is not parsed until its tree is
    asked for (Unparsed). Bad settings stop here (InputError); unparsable TEI files become problems.

    With `read` ({path: (bytes, sha256 hex)}, web/stamp.compute's), a file found there is taken as
    those bytes, not read again (each taken out of it)."""
    settings = settings or settings_module.load(root)
    registers, problems = load_registers(root, settings, read)
    paths = only if only else document_paths(root, settings)
    documents = []
    unparsed = False
    for path in paths:
        name = _rel(root, path)
        if name_problem(name):
            problems.append(name_problem(name))
            continue
        try:
            data, digest = _read(path, name, read)
            facts = kept(name, digest) if kept is not None else None
            if facts is not None:
                documents.append(Unparsed(root, path, name, data, digest, facts, settings))
                continue
            tree = parse_bytes(data, name)
        except InputError as exc:
            problems.extend(exc.problems)
            unparsed = True
            continue
        documents.append(_document(root, path, tree, settings))
        documents[-1].digest = digest
        problems.extend(pattern_problems(documents[-1]))
    # the one order of every output; its ids are checked only against a whole edition that parsed (a
    # file that did not may be the one named, and its well-formedness error is what to report)
    documents = order.in_order(documents, settings, checked=not only and not unparsed)
    return Edition(root, documents, registers, problems, settings)


def load_registers(root: Path, settings: Settings, read: dict | None = None) -> tuple[dict[str, Register], list[Problem]]:
    """The registers named in the settings, parsed, and the problems of those that do not parse
    (`read`: as load's)."""
    problems: list[Problem] = []
    registers = {}
    for reg in settings.registers:
        path = root / "tei" / reg.file
        try:
            tree, digest = _parse(path, _rel(root, path), read)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        registers[reg.name] = Register(path, reg.file, tree, _entries(tree, reg.kind, settings), digest)
    return registers, problems


def _parse(path: Path, name: str, read: dict | None = None):
    """The tree of a file and the sha256 of exactly the bytes parsed (a later edit changes the hash)."""
    data, digest = _read(path, name, read)
    return parse_bytes(data, name), digest


def _read(path: Path, name: str, read: dict | None) -> tuple[bytes, str]:
    """A file's bytes and their sha256: taken out of `read` when the web build's stamp read and hashed
    them (web/stamp.compute), else read. At 500 documents the stamp's reading of the 41 MB of TEI was
    done again here, and hashed again, on every rebuild (rebuild35); the build now parses the bytes
    its stamp names."""
    held = read.pop(os.fspath(path), None) if read else None
    if held is not None:
        return held
    data = read_regular(path, name)
    return data, hashlib.sha256(data).hexdigest()


def facts_of(doc: Document) -> dict:
    """What is needed of a parsed document when it is next loaded without being parsed (Unparsed):
    JSON-ready, kept with its validation entry (validate/summary.py) under the hash of its bytes
    and of the code and settings these are read with (validate/cache.py version)."""
    from triglot.i18n import document_languages
    from triglot.validate import header
    return {"id": doc.id, "date_key": list(order.date_key(doc)), "langs": document_languages(doc),
            "blocks": doc.block_ids(), "seed": doc.seed_file(), "header": header.stated(doc.root),
            "texts": header.texts(doc.root)}


def pattern_problems(doc: Document) -> list[Problem]:
    """The header's prefixDef and cRefPattern patterns that are not of a supported form."""
    found = []
    for el in doc.root.iterfind("t:teiHeader//*[@matchPattern]", NS):
        why = patterns.problem(el.get("matchPattern", ""), el.get("replacementPattern", ""))
        if why:
            found.append(Problem(doc.name, el.sourceline or 0, "pattern",
                                 f"<{local(el)} matchPattern={el.get('matchPattern')!r}> is refused: {why}"))
    return found


def _rel(root: Path, path: Path) -> str:
    for file, folder in ((Path(path).absolute(), root.absolute()), (Path(path).resolve(), root.resolve())):
        try:   # unresolved first: a link in tei/ is named as it is there, not by its target
            return str(file.relative_to(folder))
        except ValueError:
            pass    # outside this folder: try the resolved path, else name it as given
    return str(path)


def _document(root: Path, path: Path, tree, settings: Settings, name: str | None = None) -> Document:
    """The document of a parsed tree; `name`: its name under the root when the caller knows it
    (validate/files.check_path: naming a path anew cost 0.1-0.2 ms a document, 500 times a run)."""
    rootel = tree.getroot()
    base = rootel.find(".//t:body/t:div[@type='base']", NS)
    doc = Document(path=path, name=name or _rel(root, path), tree=tree,
                   id=rootel.get(XML_ID) or path.stem, base=base, edition_root=root)
    if base is not None:
        doc.blocks = list(iter_blocks(base))
    for lang in settings.translations:
        slots = {}
        div = None
        for d in rootel.iterfind(".//t:body/t:div[@type='translation']", NS):
            if d.get(XML_LANG) == lang:
                div = d
        if div is not None:
            for el in iter_slots(div):
                target = (el.get("corresp") or "").lstrip("#")
                slots.setdefault(target, el)
        doc.slots[lang] = slots
    return doc


def _entries(tree, kind: str, settings: Settings) -> dict[str, Entry]:
    tag, name_tag = ENTRY_TAGS[kind]
    base, langs = settings.base, settings.languages
    entries = {}
    for el in tree.getroot().iter(q(tag)):
        names, variants, unchecked = {}, [], set()
        for n in el.findall(q(name_tag)):
            text = " ".join("".join(n.itertext()).split())
            lang = n.get(XML_LANG) or base
            if n.get("type") == "variant":
                if lang == base:
                    variants.append(text)
            elif lang in langs and lang not in names:
                names[lang] = text
                if n.get("cert") in ("low", "medium"):
                    unchecked.add(lang)
        roles = {}
        for occ in el.findall(q("occupation")):
            roles.setdefault(occ.get(XML_LANG) or base, " ".join("".join(occ.itertext()).split()))
        entries[el.get(XML_ID)] = Entry(el.get(XML_ID), tag, el, names, variants, type=el.get("type", ""),
                                        role=roles.get(base, ""), base=base, roles=roles,
                                        unchecked=frozenset(unchecked))
    return entries


def slot_state(slot) -> str:
    """untranslated, draft or reviewed, from the slot's @ana."""
    ana = (slot.get("ana") or "").split()
    for token in ana:
        if token.lstrip("#") in ("untranslated", "draft", "reviewed"):
            return token.lstrip("#")
    return "untranslated"


__all__ = ["Edition", "Document", "Entry", "Register", "load", "find_project_root",
           "expand_pointer", "slot_state", "local"]
