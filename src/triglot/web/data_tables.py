"""The site's data folder (library/dataset.py) from each document's cached rows, its files kept by content.

The tables of documents and mentions are read off every document, the register tables
need the GeoNames gazetteer (seconds to load), and the JSON is written indented: a
whole-edition cost on every build. Here a document's rows come with its cached part
(web/doc_cache.py), the register tables are kept per registers and settings, and the
written files are kept under the hash of the tables and of everything else they show
(the edition's facts, the settings, SOURCE_DATE_EPOCH, the toolkit): an edit that changes
no row (most edits of a passage's wording) reuses the files of the last build. The
documents' rows enter that hash by each document's digest of them (`rows_digest`, kept
with its part), so the rows of unchanged documents are read only when the files are made.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

from triglot.web.file_store import cache_text
from triglot.xmlio import atomic_write

FOLDER = "data"
FORMAT = "triglot-web-data 2"


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
    if _copy_entry(entry, Path(folder)):
        return
    rows = [r() if callable(r) else r for r in site.table_rows]
    data = {"documents": [r["document"] for r in rows], **entities,
            "mentions": [m for r in rows for m in r["mentions"]]}
    files = dataset.files(edition, facts, data)
    for name, content in files.items():
        atomic_write(Path(folder) / name, content)
    _store(entry, files)


def rows_digest(rows: dict) -> str:
    """What a document's rows of the tables are, as a digest (its row, its mentions, in order)."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _entities(edition, cache_dir: Path, context: str) -> dict:
    """The register tables, kept under the context (registers, settings, toolkit and libraries)."""
    from triglot.library import dataset
    path = cache_dir / FOLDER / f"entities-{context[:32]}.json"
    try:
        data = json.loads(cache_text(path))
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


def _copy_entry(entry: Path, folder: Path) -> bool:
    names = _complete(entry)
    if names is None:
        return False
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(entry / name, folder / name)
    return True


def _complete(entry: Path) -> list[str] | None:
    """The files of a cache entry, or None when it is missing or was not written whole."""
    try:
        names = json.loads(cache_text(entry / ".files.json"))
    except (OSError, ValueError):
        return None
    if not isinstance(names, list) or not all(isinstance(n, str) and "/" not in n and not n.startswith(".")
                                              and (entry / n).is_file() for n in names):
        return None
    return names


def _store(entry: Path, files: dict[str, bytes]) -> None:
    """Keep the files of this build's data folder (the entries of earlier builds are removed)."""
    try:
        _clear(entry.parent, "", keep=entry.name)
        for name, content in files.items():
            atomic_write(entry / name, content)
        atomic_write(entry / ".files.json", json.dumps(sorted(files)).encode("utf-8"))
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
