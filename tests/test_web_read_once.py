"""A web build reads each TEI file once: the bytes its stamp hashed are the ones it parses (issue 21).

The stamp (web/stamp.py) reads every input to hash it, before anything is parsed; the load read
each TEI file again and hashed it again (at 500 documents 41 MB, on every one-edit rebuild:
rebuild35). The stamp now hands the load the bytes it read with their sha256, so the site is made
of exactly the bytes its stamp names: a file saved between the two is not built from bytes the
stamp does not know, and the next build, finding other bytes, builds them.
"""
from __future__ import annotations

import collections
from pathlib import Path

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import DOC, EDITS
from triglot import xmlio
from triglot.build import build
from triglot.problems import InputError
from triglot.web import stamp


def _count_reads(monkeypatch) -> collections.Counter:
    """Every read_regular of a file under tei/, by name, wherever it is called from."""
    import triglot.edition
    reads: collections.Counter = collections.Counter()
    real = xmlio.read_regular

    def counted(path, name, *args, **kwargs):
        if Path(path).parent.name == "tei":
            reads[Path(path).name] += 1
        return real(path, name, *args, **kwargs)
    monkeypatch.setattr(xmlio, "read_regular", counted)
    monkeypatch.setattr(triglot.edition, "read_regular", counted)
    return reads


def test_a_rebuild_after_an_edit_reads_each_tei_file_once(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    replace_once(root / "tei" / DOC, *EDITS[0])
    reads = _count_reads(monkeypatch)
    build(root, ["web"])
    tei = sorted(p.name for p in (root / "tei").glob("*.xml"))
    assert len(tei) > 3 and DOC in tei
    assert {name: reads[name] for name in tei} == {name: 1 for name in tei}


def test_the_site_is_built_from_the_bytes_its_stamp_hashed(tmp_path, monkeypatch):
    """A save that lands after the stamp was taken and before the load: the site shows what the stamp
    names, and the next build, whose stamp differs, builds the saved text (it is not skipped)."""
    root = copy_project(tmp_path / "edition")
    old, new = EDITS[0]
    real = stamp.compute

    def saved_meanwhile(*args, **kwargs):
        made = real(*args, **kwargs)
        replace_once(root / "tei" / DOC, old, new)      # the editor's save, just after the hashing
        return made
    monkeypatch.setattr(stamp, "compute", saved_meanwhile)
    build(root, ["web"])
    monkeypatch.setattr(stamp, "compute", real)
    page = root / "build" / "web" / "ru" / "persons.html"
    assert "Сталина И. В." not in page.read_text("utf-8")    # the stamp's bytes, not the save's
    build(root, ["web"])
    assert "Сталина И. В." in page.read_text("utf-8")


def test_a_save_undone_before_the_next_build_leaves_no_trace_of_it_in_the_site(tmp_path, monkeypatch):
    """On main the save above was built though the stamp named the bytes before it; undone, the next
    build found the stamp it recorded and skipped, and the site went on showing the undone text."""
    root = copy_project(tmp_path / "edition")
    old, new = EDITS[0]
    real = stamp.compute

    def saved_meanwhile(*args, **kwargs):
        made = real(*args, **kwargs)
        replace_once(root / "tei" / DOC, old, new)
        return made
    monkeypatch.setattr(stamp, "compute", saved_meanwhile)
    build(root, ["web"])
    monkeypatch.setattr(stamp, "compute", real)
    replace_once(root / "tei" / DOC, new, old)          # the save undone
    build(root, ["web"])
    assert "Сталина И. В." not in (root / "build" / "web" / "ru" / "persons.html").read_text("utf-8")


def test_a_document_over_the_load_limit_is_refused_though_the_stamp_hashed_it(tmp_path):
    root = copy_project(tmp_path / "edition")
    path = root / "tei" / DOC
    text = path.read_text("utf-8")
    pad = "<!--" + "x" * (xmlio.MAX_XML_BYTES + 1 - len(text.encode("utf-8"))) + "-->"
    path.write_text(text.replace("<TEI", pad + "\n<TEI", 1), "utf-8")
    assert xmlio.MAX_XML_BYTES < path.stat().st_size < 32 * 1024 * 1024     # the stamp reads up to 32 MB
    before = sorted((root / "tei").iterdir())
    with pytest.raises(InputError) as caught:
        build(root, ["web"])
    assert [(p.file, p.rule) for p in caught.value.problems] == [(f"tei/{DOC}", "limit")]
    assert sorted((root / "tei").iterdir()) == before and not (root / "build" / "web").exists()
