"""Overlay bundles: an edit re-indexes the edited documents' passages alone, not their whole bundle.

Why: Pagefind has no incremental index (its issue #71), and a bundle of a hundred documents (search.py's
DOCUMENTS_PER_BUNDLE) is about 3,000 passages: at 500 documents re-indexing it was 2-4 s of a one-edit
rebuild, where the edited document's 86 passages alone take Pagefind 0.08 CPU-s (edit25's measurement).

How a reader is never given a stale or doubled hit:
- A bundle's last whole index is its *base*; what each of its documents was when indexed is recorded
  (a digest of the document's passage keys in that bundle, `documents`).
- When the bundle's passages change, the documents whose digest differs from the base's (edited, added
  or removed) are *overlaid*: the base is published as it was, and the current passages of those
  documents are indexed in an overlay bundle of their own (pagefind/fresh/<lang>/<group>/), each page
  marked with the filter value fresh=1 (search.py's page_fields).
- search.json lists the overlaid documents per language ("overlaid"); static/search.js merges the
  overlay like any other bundle and drops every candidate of an overlaid document that does not carry
  the mark: the base's old passages of that document (a passage the edit removed, a word it took away,
  a filter value it changed) are never shown or counted, and the new ones come from the overlay once.

When the overlay is folded back (the bundle re-indexed whole, a new base):
- it would hold more than OVERLAY_DOCUMENTS documents, or more than one in OVERLAY_SHARE of the
  bundle's documents: Pagefind's time is about linear in the passages, so an overlay that saves less than
  nine tenths of a re-index is not worth a reader's extra bundle and the stale candidates search.js reads
  and drops (and a small edition, five documents in one bundle a language, re-indexes its bundles whole
  as before: its rebuilt site is a cold build's, file for file);
- a document left the bundle for another one (the number of bundles grew): the mark could not tell the
  other bundle's current passages from this one's old ones;
- the base is no longer kept (a cold build, another Pagefind, a cache pruned or damaged).
A build whose bundle is byte for byte one indexed before takes that bundle whole, with no overlay."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from triglot.web.file_store import cache_json, cache_text

OVERLAY_DOCUMENTS = 10      # documents an overlay may hold before its bundle is re-indexed whole
OVERLAY_SHARE = 10          # ... and at most one in this many of the bundle's documents
MARK = ("fresh", "1")       # the filter value every overlay page carries (search.js reads it)


def overlay_folder(lang: str, group: int) -> str:
    """Where the overlay of the (language, group) bundle goes, under pagefind/."""
    return f"fresh/{lang}/{group}"


def documents(records: list[dict], folder_of: list[str], keys: list[str]) -> dict[str, dict[str, str]]:
    """{bundle folder: {document: a digest of its passages' keys in that bundle, in order}}."""
    hashes: dict[str, dict[str, hashlib._Hash]] = {}
    for r, folder, key in zip(records, folder_of, keys):
        hashes.setdefault(folder, {}).setdefault(r["doc"], hashlib.sha256()).update(key.encode())
    return {folder: {doc: h.hexdigest() for doc, h in sorted(docs.items())} for folder, docs in hashes.items()}


def overlaid(now: dict[str, str], base: dict[str, str], elsewhere: set[str]) -> set[str] | None:
    """The documents of a bundle to overlay on its base (`now` and `base`: documents(); `elsewhere`: the
    documents of the language's other bundles), or None when the bundle must be re-indexed whole."""
    changed = {doc for doc in set(now) | set(base) if now.get(doc) != base.get(doc)}
    if any(doc not in now and doc in elsewhere for doc in changed):
        return None             # a document moved to another bundle
    if len(changed) > OVERLAY_DOCUMENTS or len(changed) * OVERLAY_SHARE > len(set(now) | set(base)):
        return None
    return changed


def marked_key(key: str) -> str:
    """A passage's key for its overlay page (which carries the mark, so is not its base page)."""
    return hashlib.sha256(f"{key}\n{'='.join(MARK)}".encode()).hexdigest()


class Bases:
    """The base of each bundle folder: its cache key and its documents' digests, kept in one JSON file
    beside the bundle cache (written whole, by rename, once a build's bundles are all written), with the
    Pagefind that indexed it (`program`, search.py's identity of the program): a base another Pagefind
    made is no base, or a build with PAGEFIND_BINARY_PATH naming another one linked the first one's
    unchanged bundles beside its own (tests/test_hostile26.py)."""

    def __init__(self, path: Path, program: str):
        self.path = Path(path)
        self.program = program
        try:
            found = cache_json(cache_text(self.path))
        except (OSError, ValueError):
            found = None
        self.found = found if isinstance(found, dict) else {}

    def get(self, folder: str) -> dict | None:
        base = self.found.get(folder)
        if isinstance(base, dict) and isinstance(base.get("key"), str) and isinstance(base.get("docs"), dict) \
                and base.get("program") == self.program:
            return base
        return None

    def write(self, bases: dict[str, dict]) -> None:
        bases = {folder: {**base, "program": self.program} if base else base for folder, base in bases.items()}
        if bases == self.found:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            tmp.write_text(json.dumps(bases, sort_keys=True), "utf-8")
            os.replace(tmp, self.path)
        except OSError:             # a cache that cannot be written only costs the next build time
            tmp.unlink(missing_ok=True)
