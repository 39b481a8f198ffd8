"""What gathering costs a one-edit rebuild: the modules it imports, the cycle collector it runs.

A one-edit rebuild gathers one document again, and every module that gathering imports for the
first time is paid by that rebuild: `dropped-language` (said for each gathered document) was read
from editor/check.py, which imports the name recogniser (editor/recognize.py, ~400 patterns), and
that import was 0.18 CPU-s of a one-edit rebuild at 500 documents. The import test runs in a
process of its own, since what is imported is the whole process's."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import make_project

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = """
import sys
from pathlib import Path
from triglot.build import load_valid
from triglot.web.data import gather_document
edition = load_valid(Path(sys.argv[1]))
before = set(sys.modules)
part = gather_document(edition, edition.documents[0])
assert part.info.id == edition.documents[0].id
print(" ".join(sorted(name for name in set(sys.modules) - before if name.startswith("triglot.editor"))))
"""


def test_gathering_a_document_does_not_import_the_name_recogniser(tmp_path):
    root = make_project(tmp_path)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(root)], capture_output=True, text=True,
                          env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    imported = done.stdout.split()
    assert "triglot.editor.dropped_languages" in imported     # the rule is still said for the document
    assert "triglot.editor.recognize" not in imported and "triglot.editor.check" not in imported, imported


def test_kept_parts_are_read_with_the_cycle_collector_paused_and_new_ones_gathered_with_it_on(tmp_path, monkeypatch):
    """Reading 500 kept parts made ~560 collections, each older-generation pass scanning every part
    read so far: most of the reading's CPU at 500 documents (collector.py). A document gathered
    anew still is gathered with the collector at work, and it is on again after gathering."""
    import gc
    from types import SimpleNamespace

    from triglot.build import load_valid
    from triglot.web import data
    from triglot.web.doc_cache import DocumentCache
    edition = load_valid(make_project(tmp_path))
    seen = []
    get, gather_document = DocumentCache.get, data.gather_document
    monkeypatch.setattr(DocumentCache, "get", lambda self, *a: seen.append(("kept", gc.isenabled())) or get(self, *a))
    monkeypatch.setattr(data, "gather_document", lambda *a: seen.append(("new", gc.isenabled())) or gather_document(*a))
    options = SimpleNamespace(warn=lambda message: None)
    assert gc.isenabled()
    for _ in range(2):          # the first gathers every document anew, the second reads them kept
        data.gather(edition, options, DocumentCache(tmp_path / "cache", edition))
        assert gc.isenabled()
    count = len(edition.documents)
    assert seen == [("kept", False), ("new", True)] * count + [("kept", False)] * count, seen
    gc.disable()
    try:                        # a collector its caller turned off stays off
        data.gather(edition, options, DocumentCache(tmp_path / "cache", edition))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_gathered_data_is_left_out_of_the_collectors_passes_while_the_pages_are_built(tmp_path, monkeypatch):
    """At 500 documents the gathered data is about a million objects alive to the end of the build,
    and every older-generation pass after gathering scanned all of it to free next to nothing
    (collector.settled): the edition is frozen out of the passes from the build's start, the
    records once gathered, and after the build the collector sees them again (serve --watch builds
    again in one process)."""
    import gc

    from triglot.build import build
    from triglot.web import builder, data
    seen, gathering = [], []
    render, gather_document = builder._render_pages, data.gather_document

    def gathered(edition, doc, *rest):      # a document gathered anew: the edition is out of the passes
        gathering.append(id(edition.documents) in {id(o) for o in gc.get_objects()})
        return gather_document(edition, doc, *rest)

    def watched(edition, site, *rest, **named):
        tracked = {id(o) for o in gc.get_objects()}          # what the collector's passes scan
        seen.append((id(site.records) in tracked, id(site.records[0]) in tracked, gc.get_freeze_count() > 0))
        return render(edition, site, *rest, **named)

    monkeypatch.setattr(builder, "_render_pages", watched)
    monkeypatch.setattr(data, "gather_document", gathered)
    build(make_project(tmp_path), ["web"])
    assert seen == [(False, False, True)]
    assert gathering and not any(gathering)
    assert gc.get_freeze_count() == 0


def test_the_kept_parts_read_are_frozen_before_the_collector_is_on_again(tmp_path, monkeypatch):
    """Read with the collector paused, the kept parts' objects were all still its youngest generation
    when it came on again, and its first passes scanned every one of them (a million at 500
    documents): inside a build (collector.settled) they are frozen first; outside one, nothing is."""
    import gc
    from types import SimpleNamespace

    from triglot.build import load_valid
    from triglot import collector
    from triglot.web import data
    from triglot.web.doc_cache import DocumentCache
    edition = load_valid(make_project(tmp_path))
    options = SimpleNamespace(warn=lambda message: None)
    data.gather(edition, options, DocumentCache(tmp_path / "cache", edition))     # the parts kept
    seen = []
    enable = gc.enable
    monkeypatch.setattr(gc, "enable", lambda: seen.append(gc.get_freeze_count()) or enable())
    data.gather(edition, options, DocumentCache(tmp_path / "cache", edition))
    assert seen == [0] and gc.get_freeze_count() == 0        # outside a build: nothing frozen
    seen.clear()
    with collector.settled():
        site = data.gather(edition, options, DocumentCache(tmp_path / "cache", edition))
        assert id(site.records[0]) not in {id(o) for o in gc.get_objects()}
    assert len(seen) == 1 and seen[0] > 0 and gc.get_freeze_count() == 0
