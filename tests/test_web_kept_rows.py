"""A kept document part's rows (mentions, record keys, entry digests; its name forms, kept apart:
test_web_kept_forms) are read as JSON
gives them, checked in one pass, not converted one by one (web/doc_cache.py: _rows, _strings).

At 500 documents a one-edit rebuild reads 500 kept parts, 133,000 mentions among them; a str() of
each field was a fifth of that reading. A part whose rows are not what a build writes (a number
where text was, a row of another length) is refused and the document gathered again: before, a
number was taken as its text ("7"), an entry named by nobody."""
from __future__ import annotations

import re

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from test_web_kept_lines import HEADING, LEGRAN
from triglot.build import build, load_valid
from triglot.web import doc_cache

DAMAGES = {   # what replaces the first text of a field in a kept part
    "mention": (r'"mentions": \[\["[^"]*"', '"mentions": [[7'),
    "record-key": (r'"record_keys": \["[^"]*"', '"record_keys": [7'),
    "entry-digest": (r'"entry_digests": \{"([^"]*)": \{"([^"]*)": "[^"]*"', r'"entry_digests": {"\1": {"\2": 7'),
}


def _parts(root):
    return [p for p in (root / "build/web-cache/docs").iterdir() if re.fullmatch(r"[0-9a-f]{64}\.json", p.name)]


def _damage(root, damage: str) -> int:
    pattern, replacement = DAMAGES[damage]
    damaged = 0
    for path in _parts(root):
        text = path.read_text("utf-8")
        new = re.sub(pattern, replacement, text, count=1)
        if new != text:
            path.write_text(new, "utf-8")
            damaged += 1
    return damaged


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_a_kept_part_with_rows_of_another_kind_is_refused(tmp_path, damage):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    damaged = _damage(root, damage)
    assert damaged
    edition = load_valid(root)
    cache = doc_cache.DocumentCache(root / "build/web-cache", edition)
    refused = [doc.id for doc in edition.documents if cache.get(doc, edition) is None]
    assert len(refused) == damaged     # each damaged part refused, the others read


def test_a_damaged_mention_row_gives_the_pages_of_a_cold_build(tmp_path):
    """A number where a mention's entry was named an entry "7" and took the mention off its entry's
    register page (every kept thing but the documents' parts removed: every page made again)."""
    import shutil
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    assert _damage(root, "mention")
    for kept in (root / "build/web-cache").iterdir():
        if kept.name != "docs":
            shutil.rmtree(kept) if kept.is_dir() else kept.unlink()
    replace_once(root / LEGRAN, *HEADING)
    build(root, ["web"])
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again[k] != expected[k]] == []


def test_a_kept_part_gives_the_digest_of_its_table_rows(tmp_path):
    """The kept part's rows digest is the one its document's rows have: a name reused for the
    mention rows passed them as the digest, so the data tables' key changed on every rebuild and
    the tables were written again each time (5 CPU-s at 500 documents), the same bytes."""
    from triglot.web.data import gather_document
    from triglot.web.data_tables import rows_digest
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    edition = load_valid(root)
    cache = doc_cache.DocumentCache(root / "build/web-cache", edition)
    for doc in edition.documents:
        kept = cache.get(doc, edition)
        assert kept is not None and kept.rows_digest == rows_digest(gather_document(edition, doc).table_rows), doc.id
