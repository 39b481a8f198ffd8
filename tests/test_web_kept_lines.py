"""The lines a document's mentions quote are kept apart from its part (web/doc_cache.py, LINES) and
read only for the register entries a rebuild builds again.

Decoding every kept part whole, lines included (at 500 documents 68 MB, the mentions 40 MB of
it, their lines 23), was the largest share of gathering in a one-edit rebuild, which needs of most mentions only which
document and block name which entry. The pages stay those of a cold build, with the lines files
there, damaged or gone."""
from __future__ import annotations

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from triglot.build import build
from triglot.web import doc_cache

LEGRAN = "tei/legran-letter-to-chicherin.xml"
HEADING = ("о необходимости поощрить турок", "о необходимости поддержать турок")   # names three entries
SOURCE = ("лл. 2–6</citedRange>. Копия.", "лл. 2–6</citedRange>. Копия документа.")   # names none


@pytest.fixture
def lines_read(monkeypatch):
    """The documents whose kept lines were read."""
    read = []
    original = doc_cache._Lines.line
    monkeypatch.setattr(doc_cache._Lines, "line", lambda self, n: read.append(self.doc.id) or original(self, n))
    return read


def test_an_edit_that_changes_no_quoted_line_reads_no_kept_lines(tmp_path, lines_read):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    assert list((root / "build/web-cache/docs").glob("*" + doc_cache.LINES))
    replace_once(root / LEGRAN, *SOURCE)
    build(root, ["web"])
    assert lines_read == []
    replace_once(root / LEGRAN, *HEADING)      # Legran, Chicherin and Armenia built again: their lines read
    build(root, ["web"])
    assert lines_read and "legran1920" not in lines_read     # the edited document's lines are its own
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again[k] != expected[k]] == []


@pytest.mark.parametrize("damage", ["removed", "damaged", "another"])
def test_kept_lines_gone_or_damaged_give_the_pages_of_a_cold_build(tmp_path, damage):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = list((root / "build/web-cache/docs").glob("*" + doc_cache.LINES))
    assert kept
    for path in kept:
        if damage == "removed":
            path.unlink()
        elif damage == "damaged":
            path.write_text('{"lines": [', "utf-8")
        else:          # well-formed, but not this part's (another key): the lines shifted by one
            text = path.read_text("utf-8").replace('"lines": [', '"lines": ["x", ', 1)
            path.write_text(text.replace('"key": "', '"key": "0', 1), "utf-8")
    replace_once(root / LEGRAN, *HEADING)
    build(root, ["web"])
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again[k] != expected[k]] == []
    assert HEADING[1] in (root / "build/web/ru/persons.html").read_text("utf-8")
