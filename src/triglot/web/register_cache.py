"""The registers' entries kept rendered, by the hash of what they show, so a rebuild builds and renders only the entries that changed.

A register page lists every mention of every entry with a line of its passage, so at
500 documents the persons' and places' pages of the three interfaces hold about
150,000 quoted lines, and building their models (names, facts, notes, every line's
runs in other scripts marked) and rendering them was most of a one-edit rebuild, though
an edit changes the lines of a few entries. An entry's model is a pure function of the
entry's own XML, its mentions (documents, their titles and order, blocks, their
positions, languages, lines and states), the interface language and its strings,
the site's shared page data, the settings and the toolkit; its HTML adds the stylesheets.
Those are hashed per entry (`EntryCache.key`, `context` holding what is common to the
page). An entry whose key was rendered by an earlier build is only named in the page
model (tg:rendered with its key): neither its model is built nor its HTML rendered, the
page copies the kept HTML (web/entry_fragments.py, in the process that renders the page).
Any other entry's model is built and put inside its tg:rendered, to be rendered and kept.

Hashing every entry's mentions (their lines of every document) was itself a second or two
at 500 documents, so each key is also named by what those mentions are made from
(`by_documents`: the entry's XML and the documents that mention it, each by its key in the
document cache, which changes with its bytes, registers, settings and toolkit, and its place
in the edition): when that name is the one recorded, the key is the one kept under it and the
mentions are not hashed; an edited document changes the name of every entry it mentions,
whose key is then computed as before.

Each register page's kept entries (their HTML, each with its length: web/entry_fragments.py) are one
file, build/web-cache/registers/<page>-<digest>.xml,
the digest being that of the page's keys (written once, by the process that renders the page,
and never changed), and an index, <page>.json: the names, the keys and the file with its size,
written after the file. An index whose file is missing, of another size or of another digest
counts for nothing (every entry of the page is built and rendered), so a build stopped between
the two writes, or a damaged file (even one damaged without changing its size), costs time only.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from triglot.web.file_store import cache_bytes, cache_json, cache_text
from triglot.xmlio import atomic_write

FOLDER = "registers"
FORMAT = "triglot-register-entries 5"


class EntryCache:
    """The kept entries of one register page (a kind in one interface language)."""

    def __init__(self, folder: Path | None, page: str, context: str, stylesheets: str = ""):
        self.folder = Path(folder) / FOLDER if folder is not None else None
        self.page = page
        self.context = hashlib.sha256(f"{FORMAT}\0{page}\0{context}".encode()).digest()
        # the entries' HTML depends on the stylesheets too, their keys (what they show) do not
        self.rendering = hashlib.sha256(self.context + stylesheets.encode()).hexdigest()
        self._names: dict[str, str] = {}     # by_documents -> key, as kept
        self._keys: set[str] = set()         # the keys rendered and kept
        self._file: str | None = None
        self._checked: dict = {}             # the kept file's size and digest, checked by _read
        self._read()
        self._used: list[str] = []
        self._named: dict[str, str] = {}     # key -> by_documents, this build

    def _read(self) -> None:
        if self.folder is None:
            return
        try:
            index = cache_json(cache_text(self.folder / f"{self.page}.json"))
            if index.get("context") != self.rendering:
                raise ValueError("made in another context")
            file = self.folder / index["file"]
            if Path(index["file"]).name != index["file"] or file.stat().st_size != index["size"] or \
                    hashlib.sha256(file.read_bytes()).hexdigest() != index["sha256"]:
                raise ValueError("file missing or changed")     # a same-size damage too, or another file
            self._file, self._keys = str(file), set(index["keys"])
            self._checked = {"size": index["size"], "sha256": index["sha256"]}   # as just read
            self._names = {n: k for n, k in index["names"].items() if k in self._keys}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass        # not kept yet, or damaged: every entry is built and rendered
        self._tidy()

    def _tidy(self) -> None:
        """Remove this page's files that the index does not name (earlier builds', a stopped build's):
        no process renders this page yet."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name.startswith(f"{self.page}-") and name.endswith(".xml") and \
                    name[len(self.page) + 1:-4].isalnum() and str(self.folder / name) != self._file:
                try:
                    os.unlink(self.folder / name)
                except OSError:
                    pass    # left: only space is lost

    def key(self, entry_xml: bytes, mentions: str) -> str:
        """The key of an entry: its XML and its mentions' text (`mention_text`) in this page's context."""
        h = hashlib.sha256(self.context)
        h.update(len(entry_xml).to_bytes(8, "little") + entry_xml)
        h.update(mentions.encode("utf-8"))
        return h.hexdigest()

    def by_documents(self, entry_xml: bytes, documents: str) -> str:
        """Another name of an entry's key, known before its mentions are read: its XML and the
        documents that mention it (builder._mentioning), in this page's context."""
        h = hashlib.sha256(self.context + b"\0by-documents")
        h.update(len(entry_xml).to_bytes(8, "little") + entry_xml)
        h.update(documents.encode("utf-8"))
        return h.hexdigest()

    def kept_any(self) -> bool:
        """True when an earlier build kept this page's entries (this build is a rebuild of the page)."""
        return self._file is not None

    def known(self, named: str) -> str | None:
        """The key kept under that other name (by_documents), or None."""
        return self._names.get(named)

    def rendered(self, key: str) -> bool:
        """True when the entry of `key` is kept rendered: its model need not be built."""
        return key in self._keys

    def use(self, key: str, named: str | None) -> None:
        """The page shows the entry of `key`, whose other name is `named` (by_documents)."""
        self._used.append(key)
        if named:
            self._named[key] = named

    def job(self) -> dict:
        """What the process rendering the page needs to copy the kept entries and keep the new
        ones (web/entry_fragments.py): the kept file, the file for this page's keys, its index."""
        if self.folder is None:
            return {"kept": None, "file": None, "index": None}
        digest = hashlib.sha256(f"{self.rendering}\0{chr(0).join(self._used)}".encode()).hexdigest()[:32]
        index = {"context": self.rendering, "file": f"{self.page}-{digest}.xml", "keys": self._used,
                 "names": {n: k for k, n in self._named.items()}}
        return {"kept": self._file, "file": str(self.folder / index["file"]), "kept_checked": self._checked,
                "index": str(self.folder / f"{self.page}.json"), "index_data": index}

    def names_changed(self) -> bool:
        """True when the page's keys are those kept but some entry's other name is new (then the
        page is not rendered, and the index is written here: `write_index`)."""
        return {n: k for k, n in self._named.items()} != self._names


def write_index(job: dict) -> None:
    """Write a page's index (EntryCache.job) once its file of rendered entries is in place."""
    if not job.get("index"):
        return
    try:
        if job["file"] == job.get("kept") and job.get("kept_checked"):
            checked = job["kept_checked"]     # the kept file, unchanged: hashed once this build (_read)
        else:
            data = Path(job["file"]).read_bytes()
            checked = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        atomic_write(Path(job["index"]), json.dumps({**job["index_data"], **checked}).encode("utf-8"))
    except OSError as error:         # a cache that cannot be written only costs time
        logging.getLogger(__name__).debug("register entries not kept: %s", error)


def blocks_of(mentions, order: dict, position) -> list[tuple[str, str, dict]]:
    """An entry's mentions by block, in the order its page lists them, once per build for every
    interface: (document, text naming the block's place and the languages naming the entry there,
    the first line quoted in each language as text)."""
    blocks: dict = {}
    for m in mentions:
        blocks.setdefault((m.doc_id, m.block_id), []).append(m)
    out = []
    for (doc, block), ms in blocks.items():
        lines: dict = {}
        for m in ms:
            if m.context and m.lang not in lines:
                lines[m.lang] = f"\x1f{m.lang}\x1f{m.state}\x1f{m.context}"
        out.append((doc, f"\x1e{doc}\x1f{order.get(doc)}\x1f{block}\x1f{position((doc, block))}"
                         f"\x1f{sorted({m.lang for m in ms})!r}", lines))
    return out


def mention_text(blocks, titles: dict, ui: str, base: str) -> str:
    """What an entry's model shows of its mentions in interface `ui`, as text to hash: each document's
    titles, each block (`blocks_of`) and the lines the page may quote for it, in `ui` and in the base
    text. A line in a third language changes no key."""
    parts = [f"\x1d{doc}\x1f{sorted(titles.get(doc, {}).items())!r}" for doc in dict.fromkeys(d for d, _, _ in blocks)]
    for _, block, lines in blocks:
        parts.append(block)
        parts.append(lines.get(ui, "\x1f"))
        parts.append(lines.get(base, "\x1f"))
    return "".join(parts)


def document_digests(mentions, positions: dict, interface, base: str) -> dict[str, dict[str, str]]:
    """What the register entries' models show of one document, per entry it mentions and interface
    language, as digests: {entry: {ui: digest}} of `mention_text`'s blocks and lines for this document
    alone (`positions`: block id -> its place in the document). Made when the document is gathered
    and kept with its part (web/doc_cache.py), so that the key of an entry an edit touches is made
    from one digest per document that mentions it (`digests_text`) instead of from every one of its
    mentions: at 500 documents an entry such as Armenia has 20,000, read and hashed for each of the
    forty entries an edited passage names."""
    by_entry: dict = {}
    for m in mentions:
        by_entry.setdefault(m.entry_id, []).append(m)
    out = {}
    for entry, ms in by_entry.items():
        blocks = blocks_of(ms, {}, lambda key: positions.get(key[1], 0))
        out[entry] = {ui: hashlib.sha256("".join(f"{block}{lines.get(ui, chr(31))}{lines.get(base, chr(31))}"
                                                 for _, block, lines in blocks).encode("utf-8")).hexdigest()[:32]
                      for ui in interface}
    return out


def digests_text(entry: str, documents, digests: dict, order: dict, titles: dict, ui: str,
                 said: dict | None = None) -> str | None:
    """What an entry's model shows of its mentions in interface `ui`, as text to hash, from the kept
    digests of the `documents` that mention it (in the order of its mentions; `document_digests`)
    with each one's place in the edition and titles; None when a document's digest is not at hand
    (then `mention_text` is used). `said`: each document's share of that text but its digest, kept by
    the caller for the build and interface (an entry Armenia's 500 documents were written out again
    for each of the entries an edit touches)."""
    said = {} if said is None else said
    parts = ["\x1cby-document"]
    for doc in documents:
        digest = digests.get(doc, {}).get(entry, {}).get(ui)
        if digest is None:
            return None
        head = said.get(doc)
        if head is None:
            head = said[doc] = f"\x1d{doc}\x1f{order.get(doc)}\x1f{sorted(titles.get(doc, {}).items())!r}"
        parts.append(f"{head}\x1f{digest}")
    return "".join(parts)


MENTIONS = "mentions"       # registers/mentions/<page>/: each entry's mentions, document by document
MENTIONS_FORMAT = "triglot-register-mentions 1"


class KeptMentions:
    """What an entry's model shows of each document that mentions it (its tg:mentions: the document's
    titles, its blocks in their order, each with the languages naming the entry and the line quoted),
    kept per register page and entry, each document's share under the key of what it is made from:
    the page's context (interface strings, settings, catalogs, toolkit: `EntryCache.context`), the
    entry and the document's key in the document cache (its bytes, the registers, settings, catalogs
    and toolkit). An edit builds again the entries its document mentions, and an entry such as
    Armenia is mentioned by hundreds of documents: each unchanged one's share is taken back as kept
    (read, not made: its lines file read, hashed and decoded, its lines marked and copied), and only
    the edited document's is made (builder._register_entry).
    One file per entry: a line of JSON {"format", "entry", "digest"}, then {document: [key, XML]} as
    JSON, "digest" being the sha256 of those bytes (hashed as read, never encoded again): a damaged
    file (or a share that is not one document's tg:mentions) counts for nothing, its shares made again."""

    def __init__(self, cache_dir: Path | None, page: str, context: bytes, keeping: bool = True):
        self.folder = Path(cache_dir) / FOLDER / MENTIONS / page if cache_dir is not None else None
        self.context = context
        # False for a page built for the first time (a cold build): writing every entry's shares
        # there cost about half again its entries' models, for entries most of which no edit will
        # build again; an entry's shares are kept when a rebuild first builds it again
        self.keeping = keeping
        self._used: set[str] = set()

    def _path(self, entry: str) -> Path:
        return self.folder / f"{hashlib.sha256(entry.encode('utf-8')).hexdigest()[:32]}.json"

    def key(self, entry: str, doc: str, part: str) -> str:
        h = hashlib.sha256(self.context + b"\0mentions")
        for text in (entry, doc, part):
            h.update(len(text.encode("utf-8")).to_bytes(8, "little") + text.encode("utf-8"))
        return h.hexdigest()

    def read(self, entry: str) -> dict[str, tuple[str, str]]:
        """{document: (key, its tg:mentions as XML)} kept for `entry`; {} when none or damaged."""
        if self.folder is None:
            return {}
        try:
            head, _, docs = cache_bytes(self._path(entry)).partition(b"\n")
            head = cache_json(head.decode("utf-8"))
            if head.get("format") != MENTIONS_FORMAT or head.get("entry") != entry or \
                    hashlib.sha256(docs).hexdigest() != head.get("digest"):
                return {}
            return {str(doc): (str(key), str(xml)) for doc, (key, xml) in cache_json(docs.decode("utf-8")).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return {}

    def write(self, entry: str, docs: dict[str, tuple[str, str]]) -> None:
        """Keep `entry`'s shares ({document: (key, XML)}); unwritten, a share is only made again."""
        self._used.add(self._path(entry).name)
        if self.folder is None or not self.keeping:
            return
        body = json.dumps(docs, ensure_ascii=False).encode("utf-8")
        head = json.dumps({"format": MENTIONS_FORMAT, "entry": entry, "digest": hashlib.sha256(body).hexdigest()},
                          ensure_ascii=True).encode("ascii")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self._path(entry), head + b"\n" + body)
        except OSError as error:      # a cache that cannot be written only costs time
            logging.getLogger(__name__).debug("register mentions not kept: %s", error)

    def keep(self, entry: str) -> None:
        """The page still shows `entry`: its file stays (`finish`)."""
        self._used.add(self._path(entry).name)

    def finish(self) -> None:
        """Remove the files of entries the page no longer shows."""
        if self.folder is None:
            return
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            if name not in self._used and name.endswith(".json") and name[:-5].isalnum():
                try:
                    os.unlink(self.folder / name)
                except OSError:
                    pass    # left: only space is lost
