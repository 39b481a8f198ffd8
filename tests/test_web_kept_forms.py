"""A document's name forms (the forms its mentions take, search.mention_forms) are kept apart from its
part (web/doc_cache.py, FORMS), the part carrying their digest: a rebuild keys the search data by the
documents' digests and reads the forms only when that key is new.

At 500 documents the forms were 3.4 MB of the 21 MB of kept parts every one-edit rebuild decoded,
used only for the search data's key. The search data stays that of a cold build with the forms files
there, damaged or gone."""
from __future__ import annotations

import json
import re

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from triglot.build import build, load_valid
from triglot.web import doc_cache
from triglot.web.data import gather_document

LEGRAN = "tei/legran-letter-to-chicherin.xml"
SOURCE = ("лл. 2–6</citedRange>. Копия.", "лл. 2–6</citedRange>. Копия документа.")   # names none
NAME = ('<persName ref="psn:stalin">Сталина</persName>', '<persName ref="psn:stalin">Сталина И. В.</persName>')


def _rows_in(value, rows: set, found: set) -> None:
    """The rows of `rows` (tuples) that `value`, JSON as decoded, holds as lists anywhere in it."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            pending.extend(item.values())
        elif isinstance(item, list):
            if len(item) == 3 and all(type(v) is str for v in item) and tuple(item) in rows:
                found.add(tuple(item))
            else:
                pending.extend(item)


def test_an_edit_that_changes_no_name_form_decodes_no_unchanged_document_s_forms(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    edition = load_valid(root)
    rows = {tuple(row) for doc in edition.documents if doc.name != LEGRAN
            for row in gather_document(edition, doc).name_forms}
    assert rows        # the other documents' mentions take forms
    decoded = []
    original = doc_cache.cache_json
    monkeypatch.setattr(doc_cache, "cache_json", lambda text: decoded.append(original(text)) or decoded[-1])
    replace_once(root / LEGRAN, *SOURCE)
    build(root, ["web"])
    parts = [d for d in decoded if isinstance(d, dict) and "mentions" in d]
    assert len(parts) == len(edition.documents) - 1    # every unchanged document's part was read ...
    found: set = set()
    for value in decoded:
        _rows_in(value, rows, found)
    assert found == set()                              # ... and none of their forms


def _forms_files(root):
    return sorted((root / "build/web-cache/docs").glob("*" + doc_cache.FORMS))


DAMAGES = {
    "gone": lambda path: path.unlink(),
    "another form": lambda path: path.write_text(re.sub(r'"forms": \[\["([^"]*)", "[^"]*"', r'"forms": [["\1", "Иной"',
                                                        path.read_text("utf-8"), count=1), "utf-8"),
    "not text": lambda path: path.write_text(re.sub(r'"forms": \[\["[^"]*"', '"forms": [[7',
                                                    path.read_text("utf-8"), count=1), "utf-8"),
    "not JSON": lambda path: path.write_bytes(path.read_bytes()[:-9]),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_kept_forms_gone_or_damaged_give_the_site_of_a_cold_build(tmp_path, damage):
    """An edit of a name's form makes the search data again, which reads every document's forms:
    a forms file gone or not the forms its part names gives the document's forms made again."""
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = [p for p in _forms_files(root) if json.loads(p.read_text("utf-8"))["forms"]]
    assert len(kept) >= 2
    for path in kept:
        before = path.read_bytes()
        DAMAGES[damage](path)
        assert not path.exists() or path.read_bytes() != before
    replace_once(root / LEGRAN, *NAME)
    build(root, ["web"])
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []
