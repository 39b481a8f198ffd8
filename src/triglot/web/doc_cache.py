"""Each document's share of the site data kept by content hash, so a rebuild gathers only what changed.

Gathering (annotating a copy of the TEI, reading off mentions, dated events, search
passages and the document's facts) costs as much per document as rendering its pages,
and a one-edit rebuild of a large edition used to do it for every document. A document's
part depends on its own bytes and on what it is read against: the registers, the
settings, the interface catalogs (date labels) and the toolkit's code and libraries
(`context`). Parts are stored under the hash of both in build/web-cache/docs/, as JSON
(nothing in a build folder is ever executed or unpickled), with the annotated TEI beside
them, which is parsed again only when a page of the document must be rendered.
What a rebuild needs of an unchanged document only by name is kept apart from its
bulk: its search passages (text, titles, dates: a third of a part) and its rows of the
data tables (a fifth) are in `KEY.more.json`, read only when something needs more of
them than a passage's language, document and block (a staged page not kept, data tables
whose inputs changed); the part itself carries the digest of its rows. Decoding every
unchanged document's whole part was a large share of a one-edit rebuild at 500 documents.
Its mentions are kept the same way: each as a row (entry, block, language, slot state) in the
part, and the lines they quote in `KEY.lines.json` (at 500 documents 23 MB of the parts' 68, the
mentions as objects 40), read when an entry that quotes them is built again
(web/builder._register_entry): a rebuild needs of most mentions only which document and block
name which entry.
Its words (the search vocabulary's share) are in `KEY.words.json`, read only when the kept
vocabulary must count them (web/vocabulary.py): at 500 documents 16 MB of the parts' 34.
Its name forms (the forms its mentions take, search.mention_forms) are in `KEY.forms.json`, the part
carrying the digest of the forms alone (forms_digest): a rebuild keys the search data by those
digests (builder._search_data) and reads the forms only when that key is new, where every unchanged
document's forms used to be decoded and merged (3.4 MB of the parts' 21 at 500 documents).
Its citation files are named in the part by the digest of their bytes (KeptCitations), which
the site's store of citation files (builder._write_citations) holds them under: their text was
29 MB of the parts' 52 at 500 documents, decoded by every rebuild only to be hashed and compared.
Entries no build used last are removed, so the folder holds one edition.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from itertools import chain
from operator import itemgetter
from pathlib import Path

from triglot.web.file_store import cache_bytes, cache_json
from triglot.xmlio import atomic_write, content_digest

FOLDER = "docs"
FORMAT = "triglot-web-doc 16"   # 16: each part's headings in the translations (Part.headings); 15: related sources and dates with their values in the source runs; 14: the source line as citation runs (DocInfo.source_parts); 5: mentions as rows, their lines apart (LINES); 6: its name forms; 7: LINES's digest; 8: WORDS
# 9: the chronology's digest; 10: a mention's form_certainty (library/dataset.py); 11: citation files by digest;
# 12: passages' text without unseen characters (web/search.py UNSEEN); 13: name forms apart (FORMS)
MORE = ".more.json"     # a part's search passages and table rows, read when needed
LINES = ".lines.json"   # the lines its mentions quote, in the order of its mentions, read when needed
WORDS = ".words.json"   # its words per language, read when the vocabulary must count them (web/vocabulary.py)
FORMS = ".forms.json"   # its name forms, read when the search data is made again (builder._search_data)


def context(edition, toolkit: str) -> str:
    """What every document's part is read against besides its bytes (`toolkit`: stamp.toolkit_digest)."""
    from triglot.i18n import catalog_path
    h = hashlib.sha256(FORMAT.encode())
    h.update(toolkit.encode())
    h.update(settings_text(edition.settings).encode())
    for name, reg in sorted(edition.registers.items()):
        h.update(f"\0{name}={reg.name}:{reg.digest}".encode())
    for ui in edition.settings.interface:
        for domain in ("ui",):
            path = catalog_path(edition.root, ui, domain)
            h.update(f"\0{located(edition.root, path)}".encode() + content_digest(path, str(path)))
    return h.hexdigest()


def settings_text(settings) -> str:
    """The settings as the web cache's keys read them: every value but where triglot.toml is. With
    its path (and the catalogs' absolute paths, `located`), a copied or moved edition (another
    checkout, a CI workspace with build/ restored) had every key new: at 500 documents its first
    one-edit rebuild gathered and rendered everything again (146 s, not 3). And not their repr, whose
    sets (names.not-names) follow the process's string hashing: with two forms there every build
    had new keys (validate27 found it in the validation cache; settings.key_text serves both)."""
    from triglot.settings import key_text
    return key_text(settings)


def located(root, path) -> str:
    """A file a key names: the edition's own by its path under the edition's root, another (the
    toolkit's) where it is. Its bytes are hashed beside it; the name says which file was read."""
    try:
        return "edition:" + Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return str(path)


class DocumentCache:
    """Parts of the site data per document, under build/web-cache/docs/."""

    def __init__(self, cache_dir: Path, edition):
        self.folder = Path(cache_dir) / FOLDER
        from triglot.web.stamp import toolkit_digest
        self.toolkit = toolkit_digest()       # the toolkit's code and libraries, read once per build
        self.context = context(edition, self.toolkit)
        self.used: set[str] = set()
        self.keys: dict[str, str] = {}     # document id -> key of its part (the pages' inputs start here)

    def key(self, doc) -> str:
        if doc.id not in self.keys:
            self.keys[doc.id] = hashlib.sha256(f"{self.context}\0{doc.name}\0{doc.digest}".encode()).hexdigest()
        return self.keys[doc.id]

    def get(self, doc, edition):
        """The stored part of `doc`, or None (no entry, another key, or an entry that does not read)."""
        if not doc.digest:
            return None
        key = self.key(doc)
        path = self.folder / f"{key}.json"
        try:
            data = cache_json(cache_bytes(path).decode("utf-8"))
            if data.get("format") != FORMAT or data.get("key") != key:
                return None
            tei, more, lines, words = (self.folder / f"{key}{end}" for end in (".tei.xml", MORE, LINES, WORDS))
            if not tei.is_file() or not more.is_file() or not lines.is_file() or not words.is_file():
                return None
            part = _part_from_json(data, lambda: _annotated(tei, edition, doc), _More(more, key, edition, doc),
                                   _Lines(lines, key, edition, doc, str(data["lines_digest"])),
                                   KeptWords(self.folder, key, str(data["words_digest"]), edition, doc),
                                   KeptForms(self.folder / f"{key}{FORMS}", key, _digest(data["forms_digest"]), edition, doc))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        self.used.add(key)
        return part

    def put(self, doc, part) -> None:
        if not doc.digest:
            return
        from lxml import etree
        key = self.key(doc)
        if any(m.doc_id != part.info.id for m in part.mentions):
            return    # a row names no document: its own (never otherwise), so not kept
        entries = [{"format": FORMAT, "key": key, **third} for third in _part_to_json(part)]
        texts = [json.dumps(entry, ensure_ascii=False) for entry in entries]   # each encoded once
        # the lines file's own digest in the part: one edited since (a line more, a line changed) is
        # not quoted, but made again (it is read only for the entries built again, and hashed then)
        entries[0]["lines_digest"] = hashlib.sha256(texts[2].encode("utf-8")).hexdigest()
        words = _words_bytes(key, part.words)
        entries[0]["words_digest"] = hashlib.sha256(words).hexdigest()
        entries[0]["forms_digest"] = forms_digest(part.name_forms)
        texts[0] = json.dumps(entries[0], ensure_ascii=False)
        if [json.loads(text) for text in texts] != entries:
            return    # something JSON would not give back as it is (a tuple, a key that is not text): not kept
        try:
            atomic_write(self.folder / f"{key}.tei.xml", etree.tostring(part.annotated, encoding="utf-8"))
            atomic_write(self.folder / f"{key}{MORE}", texts[1].encode("utf-8"))
            atomic_write(self.folder / f"{key}{LINES}", texts[2].encode("utf-8"))
            atomic_write(self.folder / f"{key}{WORDS}", words)
            atomic_write(self.folder / f"{key}{FORMS}", texts[3].encode("utf-8"))
            atomic_write(self.folder / f"{key}.json", texts[0].encode("utf-8"))
        except OSError:
            return    # a cache that cannot be written only costs time
        self.used.add(key)

    def words(self, doc, part) -> tuple[str, object]:
        """(digest, a function giving them) of a part's words, as web/vocabulary.kept counts them."""
        if isinstance(part.words, KeptWords):
            return part.words.digest, part.words.read
        return hashlib.sha256(_words_bytes(self.key(doc), part.words)).hexdigest(), lambda: part.words

    def gone_words(self, key: str, digest: str) -> dict | None:
        """The words of a part this build does not have, if its file is still the one counted."""
        return _read_words(self.folder / f"{key}{WORDS}", key, digest)

    def finish(self) -> None:
        """Remove the entries of documents this build did not have."""
        from triglot.web.file_store import prunable
        if not prunable(self.folder):
            return
        for entry in self.folder.iterdir():
            if entry.name.split(".")[0] not in self.used and not entry.is_dir() and \
                    re.fullmatch(r"\.?[0-9a-f]{64}\..*", entry.name):
                try:
                    os.unlink(entry)
                except OSError:
                    pass    # removed meanwhile, or not ours to remove: only space is lost


# ---------------------------------------------------------------- JSON form of a part

def _part_to_json(part) -> tuple[dict, dict, dict, dict]:
    """The part as JSON: what every build reads, and what it reads only when needed (MORE, LINES, FORMS)."""
    from dataclasses import asdict

    from triglot.web.data_tables import rows_digest
    form = _plain({"info": asdict(part.info),
                   "mentions": [[m.entry_id, m.block_id, m.lang, m.state] for m in part.mentions],
                   "events": [asdict(e) for e in part.events], "warnings": part.warnings,
                   "record_keys": part.record_keys, "rows_digest": part.rows_digest or rows_digest(part.table_rows),
                   "passages": [[r["lang"], r["block"]] for r in part.records],
                   "cite": {path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in part.cite.items()},
                   "entry_digests": part.entry_digests, "chronology_digest": part.chronology_digest})
    return form, _plain({"records": part.records, "table_rows": part.table_rows}), \
        {"lines": [m.context for m in part.mentions]}, {"forms": _plain(part.name_forms)}


def forms_digest(forms: list) -> str:
    """A document's name forms ([entry id, text, language], search.mention_forms), digested: the search
    data is keyed by its documents' (builder._search_data), which a kept part carries without them."""
    return hashlib.sha256(json.dumps(_plain(forms), ensure_ascii=False).encode("utf-8")).hexdigest()


def chronology_digest(part) -> str:
    """What the chronology shows of a document (its facts: titles, dates, parts, correspondents; its
    dated events with their lines), digested: builder._chronology_inputs keys the chronology by it,
    so a rebuild whose edits change no document's share does not build its model."""
    from dataclasses import asdict
    return hashlib.sha256(json.dumps(_plain([asdict(part.info), [asdict(e) for e in part.events]]),
                                     ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _plain(value):
    """Tuples as lists (JSON has only lists; the reader makes tuples again where a field needs one)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _part_from_json(data: dict, annotated, more, lines, words, forms):
    from triglot.web.data import DocInfo, DocumentData, Event
    from triglot.web.docmeta import DocMeta, Part, Person
    info = dict(data["info"])
    meta = info.pop("meta")
    info["pdf"] = {}
    people = lambda items: [Person(**p) for p in items]   # noqa: E731
    parts = [Part(**{**p, "senders": people(p["senders"]), "recipients": people(p["recipients"]),
                     "places": people(p["places"]), "archival": [tuple(a) for a in p["archival"]]})
             for p in meta["parts"]]
    doc_info = DocInfo(**info, meta=DocMeta(meta["date"], meta["date_basis"], parts, people(meta["authors"])))
    events = [Event(**{**e, "sort_key": tuple(e["sort_key"])}) for e in data["events"]]
    keys = data["record_keys"]
    if type(keys) is not list:
        raise ValueError("record keys that are not a list")
    _strings(keys)
    records = [KeptPassage(str(lang), doc_info.id, str(block), n, more)
               for n, (lang, block) in enumerate(data["passages"])]
    if len(keys) != len(records):
        raise ValueError("a record without its key")
    rows = str(data["rows_digest"])
    cite = KeptCitations({_cite_path(path): _digest(value) for path, value in data["cite"].items()})
    digests = data["entry_digests"]
    _strings(chain.from_iterable(map(dict.values, digests.values())))   # {entry: {ui: digest}}
    doc = doc_info.id
    kept = data["mentions"]
    _rows(kept, 4)
    new = tuple.__new__
    mentions = [new(KeptMention, (entry, doc, block, lang, state, n, lines))
                for n, (entry, block, lang, state) in enumerate(kept)]
    return DocumentData(doc_info, annotated, mentions, events,
                        records, [str(w) for w in data["warnings"]],
                        words, more.table_rows, keys, rows, cite, digests, forms, str(data["chronology_digest"]))


def _cite_path(path) -> str:
    """A kept citation file's name, which the build writes to under the site: only a plain path under
    cite/ (web29 saw a kept part's names used as output paths unchecked: "../../x" or "/tmp/x" in a
    damaged or planted cache would have been written outside the site)."""
    parts = str(path).split("/")
    if parts[0] != "cite" or len(parts) < 2 or any(p in ("", ".", "..") or "\\" in p for p in parts):
        raise ValueError("a citation file outside cite/")
    return str(path)


def _digest(value) -> str:
    """A kept citation file's digest: 64 hex digits, the name the store keeps its bytes under."""
    if type(value) is not str or not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("a citation file's digest that is none")
    return value


class KeptCitations(dict):
    """A kept part's citation files: {path under the site: the sha256 of its bytes}. The bytes are the
    ones builder._write_citations stored under that digest when the part was gathered; a stored copy
    gone, or whose bytes no longer give the digest (edited in place through a published link), is
    made again from the document there (cite.files)."""


def _strings(values) -> None:
    """ValueError unless every value is text: a part's large lists are checked in one pass of C
    (a str() of each of 133,000 mentions' four fields was a fifth of reading the kept parts at 500
    documents); what JSON gives back as text is kept as it is."""
    if not set(map(type, values)) <= {str}:
        raise ValueError("a kept value that is not text")


def _rows(rows: list, width: int) -> None:
    """ValueError unless `rows` is a list of lists of `width` texts each."""
    if type(rows) is not list or not set(map(type, rows)) <= {list} or not set(map(len, rows)) <= {width}:
        raise ValueError("a kept row of another shape")
    _strings(chain.from_iterable(rows))


class _More:
    """A kept part's search passages and table rows (MORE), read when first asked for; made again
    from the document when the file is gone or damaged since."""

    def __init__(self, path: Path, key: str, edition, doc):
        self.path, self.key, self.edition, self.doc = path, key, edition, doc
        self._data = None

    def _read(self) -> dict:
        if self._data is None:
            try:
                data = cache_json(cache_bytes(self.path).decode("utf-8"))
                if data.get("format") != FORMAT or data.get("key") != self.key:
                    raise ValueError("another entry")
                self._data = {"records": list(data["records"]), "table_rows": dict(data["table_rows"])}
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                from triglot.web.data import gather_document
                part = gather_document(self.edition, self.doc)
                self._data = {"records": part.records, "table_rows": part.table_rows}
        return self._data

    def record(self, n: int) -> dict:
        return self._read()["records"][n]

    def table_rows(self) -> dict:
        return self._read()["table_rows"]


class _Lines:
    """The lines a kept part's mentions quote (LINES), read when first asked for; made again from
    the document when the file is gone or damaged since."""

    def __init__(self, path: Path, key: str, edition, doc, digest: str):
        self.path, self.key, self.edition, self.doc, self.digest = path, key, edition, doc, digest
        self._lines = None

    def line(self, n: int) -> str:
        if self._lines is None:
            try:
                raw = cache_bytes(self.path)
                if hashlib.sha256(raw).hexdigest() != self.digest:
                    raise ValueError("not the lines the part was kept with")
                data = cache_json(raw.decode("utf-8"))
                if data.get("format") != FORMAT or data.get("key") != self.key:
                    raise ValueError("another entry")
                self._lines = [str(line) for line in data["lines"]]
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                from triglot.web.data import gather_document
                self._lines = [m.context for m in gather_document(self.edition, self.doc).mentions]
        return self._lines[n]


def _words_bytes(key: str, words: dict) -> bytes:
    return json.dumps({"format": FORMAT, "key": key, "words": words}, ensure_ascii=False).encode("utf-8")


def _read_words(path: Path, key: str, digest: str) -> dict | None:
    """A words file, or None if it is gone or not the one whose digest the reader has."""
    try:
        raw = cache_bytes(path)
        if hashlib.sha256(raw).hexdigest() != digest:
            return None
        data = cache_json(raw.decode("utf-8"))
        if data.get("format") != FORMAT or data.get("key") != key:
            return None
        return {str(lang): [str(w) for w in ws] for lang, ws in data["words"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


class KeptWords:
    """A kept part's words (WORDS), read when the vocabulary counts them; made again from the
    document when the file is gone or damaged since."""

    def __init__(self, folder: Path, key: str, digest: str, edition, doc):
        self.folder, self.key, self.digest, self.edition, self.doc = folder, key, digest, edition, doc

    def read(self) -> dict:
        words = _read_words(self.folder / f"{self.key}{WORDS}", self.key, self.digest)
        if words is None:
            from triglot.web.data import gather_document
            words = gather_document(self.edition, self.doc).words
        return words


class KeptForms:
    """A kept part's name forms (FORMS), by the digest of the forms alone (forms_digest): read when the
    search data is made again; made again from the document when the file is gone, damaged, or not the
    forms of that digest."""

    def __init__(self, path: Path, key: str, digest: str, edition, doc):
        self.path, self.key, self.digest, self.edition, self.doc = path, key, digest, edition, doc

    def read(self) -> list:
        try:
            data = cache_json(cache_bytes(self.path).decode("utf-8"))
            if data.get("format") != FORMAT or data.get("key") != self.key:
                raise ValueError("another entry")
            forms = data["forms"]
            _rows(forms, 3)
            if forms_digest(forms) != self.digest:
                raise ValueError("not the forms the part was kept with")
            return forms
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            from triglot.web.data import gather_document
            return gather_document(self.edition, self.doc).name_forms


class KeptMention(tuple):
    """A mention of a kept part (web/data.Mention's fields): the line it quotes (`context`) is read
    from LINES when asked for, which a rebuild does only for the entries it builds again. A tuple
    (entry, document, block, language, state, n, lines) made without a Python call, its fields read
    by C getters: at 500 documents a rebuild makes 133,000 of them."""
    __slots__ = ()
    entry_id = property(itemgetter(0))
    doc_id = property(itemgetter(1))
    block_id = property(itemgetter(2))
    lang = property(itemgetter(3))
    state = property(itemgetter(4))

    @property
    def context(self) -> str:
        return self[6].line(self[5])


class KeptPassage:
    """A search passage of a kept part: its language, document and block at hand (what a rebuild
    needs of most passages), the rest read from MORE when asked for. Deliberately not a dict:
    whatever would take it for the whole record without asking (json.dumps) fails loudly."""
    __slots__ = ("lang", "doc", "block", "_n", "_more")

    def __init__(self, lang: str, doc: str, block: str, n: int, more: _More):
        self.lang, self.doc, self.block, self._n, self._more = lang, doc, block, n, more

    def __getitem__(self, name: str):
        if name == "lang":
            return self.lang
        if name == "doc":
            return self.doc
        if name == "block":
            return self.block
        return self._more.record(self._n)[name]

    def get(self, name: str, default=None):
        """As a record's get: search._page asks for a field a record may lack ("orgs"), and a kept
        part's passages are staged again when their staged pages are gone (a build killed, the
        store removed)."""
        if name in ("lang", "doc", "block"):
            return self[name]
        return self._more.record(self._n).get(name, default)


def _annotated(path: Path, edition, doc):
    """The annotated TEI an earlier build wrote; annotated again if it is gone or damaged since."""
    from lxml import etree

    from triglot.xmlio import _parser
    try:
        return etree.fromstring(cache_bytes(path), _parser())
    except (OSError, etree.XMLSyntaxError):
        from triglot.web.data import gather_document
        return gather_document(edition, doc).annotated
