"""A kept document part names its citation files by the digest of their bytes, not their text
(web/doc_cache.py: KeptCitations; builder._write_citations links the stored copy of that digest).

At 500 documents the citation files' text was 29 MB of the kept parts' 52, decoded from JSON by
every one-edit rebuild only to be encoded, hashed and compared with the stored copy again. A stored
copy is still never trusted: one edited in place through the site's link, cut short or gone, is made
again from the document, and the site holds what a cold build writes."""
from __future__ import annotations

import json
import os
import re

import pytest

from conftest import copy_project
from test_web_kept_rows import _parts
from triglot.build import build


def _cite_files(site) -> dict:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in (site / "cite").rglob("*") if p.is_file()}


def test_a_kept_part_names_its_citation_files_by_digest_and_the_rebuild_writes_them_whole(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    site = root / "build" / "web"
    first = _cite_files(site)
    kept = {}
    for path in _parts(root):
        kept.update(json.loads(path.read_text("utf-8"))["cite"])
    assert kept and set(kept) <= set(first)
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in kept.values())   # no text in the part
    build(root, ["web"])       # every part kept: its files linked from the store by digest
    assert _cite_files(site) == first


def _touch_another(root, name: str) -> None:
    """A byte added to another document's file, so the build runs (one with no input changed does
    nothing) and keeps the damaged file's document."""
    def doc_id(path):
        found = re.search(r'<TEI[^>]*xml:id="([^"]+)"', path.read_text("utf-8"))
        return found.group(1) if found else None
    doc = next(p for p in sorted((root / "tei").glob("*.xml")) if doc_id(p) and f"/{doc_id(p)}." not in name)
    with open(doc, "ab") as fh:
        fh.write(b"\n")


def _edit_in_place(path):
    with open(path, "r+b") as fh:     # the published file shares the stored copy (a hard link)
        fh.seek(0)
        fh.write(b"EDITED")


def _cut_short(path):
    os.truncate(path, 10)


@pytest.mark.parametrize("damage", [_edit_in_place, _cut_short])
def test_a_stored_citation_file_changed_behind_the_builds_back_is_made_again(tmp_path, damage):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    site = root / "build" / "web"
    first = _cite_files(site)
    name = sorted(n for n in first if n.startswith("cite/passages/") and n.endswith(".bib"))[0]
    assert os.stat(site / name).st_nlink > 1         # published as a link to the stored copy
    damage(site / name)
    _touch_another(root, name)
    build(root, ["web"])
    assert _cite_files(site)[name] == first[name]
    _touch_another(root, name)
    build(root, ["web"])       # and the store holds it whole again
    assert _cite_files(site)[name] == first[name]


def test_a_stored_citation_file_gone_is_made_again(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    site = root / "build" / "web"
    first = _cite_files(site)
    for stored in (root / "build" / "web-cache" / "cite-files").iterdir():
        stored.unlink()
    _touch_another(root, "")
    build(root, ["web"])
    assert _cite_files(site) == first


def test_a_kept_part_whose_citation_digest_is_none_is_refused(tmp_path):
    """A part holding a file's text (format 10 kept them so) or anything but 64 hex digits where the
    digest goes is refused, and the document gathered again."""
    from triglot.build import load_valid
    from triglot.web import doc_cache
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    for path in _parts(root):
        data = json.loads(path.read_text("utf-8"))
        name = sorted(data["cite"])[0]
        data["cite"][name] = "@misc{planted}"
        path.write_text(json.dumps(data), "utf-8")
    edition = load_valid(root)
    cache = doc_cache.DocumentCache(root / "build/web-cache", edition)
    assert all(cache.get(doc, edition) is None for doc in edition.documents)
