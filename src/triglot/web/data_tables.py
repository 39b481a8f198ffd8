"""The site's data folder (library/dataset.py) from each document's cached rows, its files kept by content.

The tables of documents and mentions are read off every document, the register tables
need the GeoNames gazetteer (seconds to load), and the JSON is written indented: a
whole-edition cost on every build. Here a document's rows come with its cached part
(web/doc_cache.py), the register tables are kept per registers and settings, and the
written files are kept under the hash of the tables and of everything else they show
(the edition's facts, the settings, SOURCE_DATE_EPOCH, the toolkit): an edit that changes
no row (most edits of a passage's wording) links the files of the last build (_link_entry). The
documents' rows enter that hash by each document's digest of them (`rows_digest`, kept
with its part), so the rows of unchanged documents are read only when the files are made.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
from pathlib import Path

from triglot.web.file_store import cache_bytes, cache_json, cache_text, link_or_copy
from triglot.xmlio import atomic_write

FOLDER = "data"
FORMAT = "triglot-web-data 3"
SHARES = "shares"     # each document's share of the tables, written out (DocumentShares)
SHARE_FORMAT = "triglot-web-data-share 2"


def write(edition, site, folder: Path, cache_dir: Path, context: str) -> None:
    from triglot.library import dataset
    from triglot.library.corpus import edition_facts
    facts = edition_facts(edition)
    entities = _entities(edition, Path(cache_dir), context)
    h = hashlib.sha256(FORMAT.encode())
    # each document's rows by their digest (kept with its part): an unchanged document's rows are
    # not read unless the files must be written
    h.update(json.dumps([context, repr(facts), os.environ.get("SOURCE_DATE_EPOCH", ""), entities,
                         site.rows_digests], ensure_ascii=False, sort_keys=True).encode("utf-8"))
    entry = Path(cache_dir) / FOLDER / h.hexdigest()[:32]
    if _link_entry(entry, Path(folder)):
        return
    shares = DocumentShares(Path(cache_dir) / FOLDER / SHARES)
    kept = [shares.get(digest) for digest in site.rows_digests]
    for n, share in enumerate(kept):
        if share is None:       # its rows read (a kept part's from its MORE file) and written out
            rows = site.table_rows[n]() if callable(site.table_rows[n]) else site.table_rows[n]
            kept[n] = share = shares.make(site.rows_digests[n], rows)
    shares.finish()
    data = {"documents": [share[0] for share in kept], **entities, "mentions": []}
    files = dataset.files(edition, facts, data, [share[1:] for share in kept])
    for name, content in files.items():
        atomic_write(Path(folder) / name, content)
    _store(entry, Path(folder), sorted(files))


class DocumentShares:
    """Each document's share of the tables as the files show it, kept by the digest of its rows: its
    row (documents.csv's columns depend on every document's title languages, so that table is
    written each time), its mentions' CSV lines and JSON items and their count. An edit that
    changes a document's mentions (a name tagged) changed the tables, and they were written whole:
    every document's rows read from its part's MORE file and 190,000 mentions encoded, indented JSON
    in Python, 6 to 9 CPU-s at 500 documents. A share is one file: the SHA-256 of the rest on its
    first line, checked on every read (a file cut short, changed or of another version is made
    again from the document's rows), then a JSON line (format, rows digest, row, count, the CSV's
    length), then the CSV lines and the JSON items. Shares no build used last are removed."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.used: set[str] = set()

    def _path(self, digest: str) -> Path:
        return self.folder / (hashlib.sha256(f"{SHARE_FORMAT}\0{digest}".encode()).hexdigest()[:32] + ".share")

    def get(self, digest: str) -> tuple | None:
        """(document row, CSV lines, [JSON items], count), or None when not kept whole. The digest says
        the file is the one written; the row's shape is checked too (kept_shape: a file written by
        another hand under its key, a number where a title was, stopped the build with a traceback)."""
        from triglot.web.kept_shape import DOCUMENT_ROW, fits
        path = self._path(digest)
        try:
            raw = cache_bytes(path)
            check, _, rest = raw.partition(b"\n")
            if hashlib.sha256(rest).hexdigest().encode() != check:
                return None
            head, _, body = rest.partition(b"\n")
            meta = cache_json(head)
            if not isinstance(meta, dict) or meta.get("format") != SHARE_FORMAT or meta.get("rows") != digest:
                return None
            row, count, length = meta["document"], meta["count"], meta["csv"]
            if not fits(row, DOCUMENT_ROW) or type(count) is not int or type(length) is not int \
                    or not 0 <= length <= len(body) or (count == 0) != (length == len(body)):
                return None
        except (OSError, ValueError, KeyError):
            return None
        self.used.add(path.name)
        return row, body[:length], [body[length:]] if count else [], count

    def make(self, digest: str, rows: dict) -> tuple:
        """The share of a document's rows, kept for the next build that has the same rows."""
        from triglot.library import dataset
        from triglot.web.kept_shape import DOCUMENT_ROW, fits
        mentions = rows["mentions"]
        share = (rows["document"], dataset.csv_lines("mentions", mentions),
                 [b",\n".join(dataset.json_items(mentions))] if mentions else [], len(mentions))
        head = json.dumps({"format": SHARE_FORMAT, "rows": digest, "document": share[0], "count": share[3],
                           "csv": len(share[1])}, ensure_ascii=False).encode("utf-8")
        if json.loads(head)["document"] != share[0] or not fits(share[0], DOCUMENT_ROW):
            return share      # a row JSON would not give back as it is, or of another shape: not kept
        rest = head + b"\n" + share[1] + b"".join(share[2])
        path = self._path(digest)
        try:
            atomic_write(path, hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest)
        except OSError:
            return share      # a cache that cannot be written only costs time
        self.used.add(path.name)
        return share

    def finish(self) -> None:
        """Remove the shares this build did not use (the tables are written only when a share changed)."""
        from triglot.web.file_store import prunable
        if not prunable(self.folder):
            return
        for old in self.folder.iterdir():
            if old.name not in self.used and re.fullmatch(r"[0-9a-f]{32}\.share", old.name) and old.is_file():
                old.unlink(missing_ok=True)


def rows_digest(rows: dict) -> str:
    """What a document's rows of the tables are, as a digest (its row, its mentions, in order)."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _entities(edition, cache_dir: Path, context: str) -> dict:
    """The register tables, kept under the context (registers, settings, toolkit and libraries)."""
    from triglot.library import dataset
    path = cache_dir / FOLDER / f"entities-{context[:32]}.json"
    try:
        data = cache_json(cache_text(path))
        from triglot.web.kept_shape import ENTITY_ROW, fits
        if isinstance(data, dict) and set(data) == set(dataset.ENTITY_TABLES) and \
                all(fits(data[name], [ENTITY_ROW]) for name in dataset.ENTITY_TABLES):
            return {name: data[name] for name in dataset.ENTITY_TABLES}
    except (OSError, ValueError):
        pass    # not kept yet, or damaged: made again
    tables = dataset.entity_tables(edition)
    if json.loads(json.dumps(tables)) == tables:
        _clear(path.parent, "entities-")
        try:
            atomic_write(path, json.dumps(tables, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass    # a cache that cannot be written only costs time
    return tables


def _link_entry(entry: Path, folder: Path) -> bool:
    """Put the kept files of `entry` in `folder` as hard links (copies where links are refused), as
    the page cache and the search bundles are put; False when the entry is missing, not whole, or a
    file of it is not the one stored (_complete). Copying them cost every one-edit rebuild at 500
    documents the tables' 73 MB written again (edition-data.json 52 MB, mentions.csv 21 MB), 0.04 to
    0.25 CPU-s of the main process by how busy the disk was, for files no edit of a slot's words changes."""
    names = _complete(entry)
    if names is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        link_or_copy(entry / name, folder / name)
    return True


def _complete(entry: Path) -> list[str] | None:
    """The files of a cache entry, or None when it is missing, was not written whole, or a file of it
    is not the one stored: its size, time of change and inode as recorded (`_stamp`). A kept file is
    a link of the published one, so a table edited in place through the site (an editor's save, a
    spreadsheet's) changes the kept file too; it is then made again, never published as edited."""
    try:
        stamps = cache_json(cache_text(entry / ".files.json"))
    except (OSError, ValueError):
        return None
    if not isinstance(stamps, dict) or not all(isinstance(n, str) and "/" not in n and not n.startswith(".")
                                               for n in stamps):
        return None
    try:
        if any(_stamp(entry / name) != stamp for name, stamp in stamps.items()):
            return None
    except OSError:
        return None
    return sorted(stamps)


def _stamp(path: Path) -> list[int]:
    """A kept file's size, time of change and inode (a regular file's only: anything else refuses it)."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(f"{path} is not a file")
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _store(entry: Path, folder: Path, names: list[str]) -> None:
    """Keep this build's data files (`names`, just written in `folder`) as links of them in `entry`
    (the entries of earlier builds are removed), each with its stamp: written once, not twice."""
    try:
        _clear(entry.parent, "", keep=entry.name)
        entry.mkdir(parents=True, exist_ok=True)
        stamps = {}
        for name in names:
            temporary = entry / f".{name}.{os.getpid()}"
            temporary.unlink(missing_ok=True)
            link_or_copy(folder / name, temporary)
            os.replace(temporary, entry / name)
            stamps[name] = _stamp(entry / name)
        atomic_write(entry / ".files.json", json.dumps(stamps).encode("utf-8"))
    except OSError:
        pass    # a cache that cannot be written only costs time


def _clear(folder: Path, prefix: str, keep: str = "") -> None:
    """Remove the older entries: the folders of earlier data files (prefix ""), or the files named prefix*."""
    from triglot.web.file_store import prunable
    if not prunable(folder):
        return
    for old in folder.iterdir():
        if old.name == keep or old.is_symlink():
            continue
        if not prefix and old.is_dir() and re.fullmatch(r"[0-9a-f]{32}", old.name):
            shutil.rmtree(old, ignore_errors=True)
        elif prefix and old.name.startswith(prefix) and old.is_file():
            old.unlink(missing_ok=True)
