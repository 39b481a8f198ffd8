"""The registers' entries kept by the hash of what they show, so a rebuild builds only the entries that changed.

A register page lists every mention of every entry with a line of its passage, so at
500 documents the persons' and places' pages of the three interfaces hold about
150,000 quoted lines, and building their models (names, facts, notes, every line's
runs in other scripts marked) was the largest part of a one-edit rebuild, though an
edit changes the lines of a few entries. An entry's model is a pure function of the
entry's own XML, its mentions (documents, their titles and order, blocks, their
positions, languages, lines and states), the interface language and its strings,
the site's shared page data, the settings and the toolkit. Those are hashed per
entry (`EntryCache.key`); a model kept under that key is moved into the page, any other one is
built and kept. Hashing every entry's mentions (their lines of every document) was itself a
second or two at 500 documents, so each kept model is also named by what those mentions are
made from (`by_documents`: the entry's XML and the documents that mention it, each by its key
in the document cache, which changes with its bytes, registers, settings and toolkit, and its
place in the edition): when that name is the one recorded, the model is the one kept under it
and the mentions are not hashed; an edited document changes the name of every entry it
mentions, whose key is then computed as before. Each register page's entries are kept in a file of their own under
build/web-cache/registers/, read while that page is built and written again only
when its set of keys changed; entries the page no longer uses are dropped.
"""
from __future__ import annotations

import hashlib
import io
import logging
from pathlib import Path

from lxml import etree

from triglot.xmlio import atomic_write

FOLDER = "registers"
FORMAT = "triglot-register-entries 2"
WRAPPER = "kept"


class EntryCache:
    """The entry models of one register page (a kind in one interface language)."""

    def __init__(self, folder: Path | None, page: str, context: str):
        self.path = Path(folder) / FOLDER / f"{page}.xml" if folder is not None else None
        self.context = hashlib.sha256(f"{FORMAT}\0{page}\0{context}".encode()).digest()
        self._names: dict[str, str] = {}     # by_documents -> key, as kept
        self._kept = self._read()
        self._used: dict[str, etree._Element] = {}
        self._named: dict[str, str] = {}     # key -> by_documents, this build
        self._new = False

    def _read(self) -> dict[str, etree._Element]:
        if self.path is None:
            return {}
        try:
            root = etree.parse(str(self.path), etree.XMLParser(huge_tree=True, resolve_entities=False,
                                                                no_network=True)).getroot()
        except (OSError, etree.XMLSyntaxError):
            return {}       # not kept yet, or damaged: every entry is built
        kept = {w.get("key"): w[0] for w in root if w.tag == WRAPPER and w.get("key") and len(w) == 1}
        self._names = {w.get("named"): w.get("key") for w in root
                       if w.tag == WRAPPER and w.get("named") and w.get("key") in kept}
        return kept

    def key(self, entry_xml: bytes, mentions: str) -> str:
        """The key of an entry's model: its XML and its mentions' text (`mention_text`) in this page's context."""
        h = hashlib.sha256(self.context)
        h.update(len(entry_xml).to_bytes(8, "little") + entry_xml)
        h.update(mentions.encode("utf-8"))
        return h.hexdigest()

    def by_documents(self, entry_xml: bytes, documents: str) -> str:
        """Another name of an entry's model, known before its mentions are read: its XML and the
        documents that mention it (builder._mentioning), in this page's context."""
        h = hashlib.sha256(self.context + b"\0by-documents")
        h.update(len(entry_xml).to_bytes(8, "little") + entry_xml)
        h.update(documents.encode("utf-8"))
        return h.hexdigest()

    def known(self, named: str) -> str | None:
        """The key of the model kept under that other name (by_documents), or None."""
        return self._names.get(named)

    def name(self, named: str | None, key: str) -> None:
        """Record that the model of `key` is the one of `named` (by_documents), for the next build."""
        if named:
            if self._names.get(named) != key:
                self._new = True
            self._named[key] = named

    def get(self, key: str):
        """The model kept under `key` (taken from the kept file's tree, which is read for this page
        only: no copy is made), or None."""
        kept = self._kept.pop(key, None)
        if kept is not None:
            self._used[key] = kept
        return kept

    def put(self, key: str, model) -> None:
        self._used[key] = model
        self._new = True

    def finish(self) -> None:
        """Keep this page's entries for the next build, when they changed: the models as they are in
        the page, which must not have been changed since (it is called as soon as they are made)."""
        if self.path is None or (not self._new and not self._kept):
            return
        out = io.BytesIO()
        with etree.xmlfile(out, encoding="utf-8") as xf:
            with xf.element("entries"):
                for key, model in self._used.items():
                    named = {"named": self._named[key]} if key in self._named else {}
                    with xf.element(WRAPPER, key=key, **named):
                        xf.write(model, with_tail=False)
        try:
            atomic_write(self.path, out.getvalue())
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
