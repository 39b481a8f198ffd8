"""One edit of the edition and its first passages (web/first_passages.kept_first_passages): the bench's
edit (web/bench._edit_one_slot: a sign before a translation slot's text, as an editor's save that
changes no word) of a document among the passages read scored every passage read again, every
document's; now only the edited document's passages are read and scored, and the first passages'
files are those of a cold build of the edited sources, byte for byte."""
from __future__ import annotations

from conftest import copy_project
from test_web_incremental import cold, files
from triglot.build import build, load_valid
from triglot.web import first_passages as fp
from triglot.web.bench import _edit_one_slot

FIRST = "tei/chicherin-documents-1920.xml"      # the first document, as the bench's edit takes it


def test_the_bench_s_edit_scores_only_the_edited_document_s_passages_and_gives_a_cold_build_s_files(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    before = files(root / "build" / "web")
    scored: list[str] = []
    real = fp._counts
    monkeypatch.setattr(fp, "_counts", lambda r: scored.append(r["doc"]) or real(r))
    _edit_one_slot(root / FIRST)
    build(root, ["web"])
    edited = {doc.id for doc in load_valid(root).documents if doc.name == FIRST}
    assert scored and set(scored) == edited
    again = files(root / "build" / "web")
    monkeypatch.setattr(fp, "_counts", real)
    expected = cold(root, tmp_path / "cold")
    first = sorted(k for k in expected if k.parts[:2] == ("pagefind", "first"))
    assert first and [str(k) for k in first if again.get(k) != expected[k]] == []
    assert [str(k) for k in first if before.get(k) != expected[k]]     # the edited passage is in them
