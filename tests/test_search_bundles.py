"""A large edition's search comes in several bundles per language, merged in the reader's browser:
an edit re-indexes its documents' bundle alone, and the search finds exactly what one bundle finds.

The real edition is built with two documents per bundle (a large edition has a hundred), so its five
documents make three bundles per language."""
from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from test_web_site import site  # noqa: F401 (fixture: the edition built with one bundle per language)
from triglot.build import build
from triglot.edition import load
from triglot.web import search, search_bench
from triglot.web.search import edition_passages

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "search" / "queries.json"


@pytest.fixture(scope="module")
def grouped(tmp_path_factory):
    """The edition built with at most two documents per bundle."""
    out = tmp_path_factory.mktemp("grouped")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search, "DOCUMENTS_PER_BUNDLE", 2)
        build(ROOT, ["web"], out)
    return out / "web"


def _entry_pages(bundle: Path) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


def test_each_language_is_split_into_bundles_that_hold_every_passage_once(grouped):
    records = edition_passages(load(ROOT))
    data = json.loads((grouped / "pagefind" / "search.json").read_text("utf-8"))
    assert set(data["bundles"]) == {r["lang"] for r in records}
    for lang, more in data["bundles"].items():
        assert more, lang
        bundles = [grouped / "pagefind" / lang] + [grouped / "pagefind" / f for f in more]
        # a passage with no word ("<…>", an omission) is not indexed, in one bundle or several
        assert sum(_entry_pages(b) for b in bundles) == sum(1 for r in records
                                                            if r["lang"] == lang and re.search(r"\w", r["text"]))


def test_an_edition_of_few_documents_keeps_one_bundle_per_language(site):
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    assert "bundles" not in data
    assert not (site / "pagefind" / "more").exists()


def test_the_merged_bundles_find_what_one_bundle_finds(grouped, site):
    """Every query of the query set, typed into the search page: the same passages either way."""
    queries = search_bench.load_queries(QUERIES)
    split = search_bench.run_queries(grouped, queries)["found"]
    whole = search_bench.run_queries(site, queries)["found"]
    assert split == whole
    assert sum(len(v) for v in split.values()) > 100


def test_a_page_opened_with_a_query_finds_passages_of_every_bundle(grouped, monkeypatch):
    """The page opened with ?q= merges its language's other bundles (search.json's list) before its first search."""
    from triglot.web.search_bench import Browser
    browser = Browser(grouped)
    try:
        page = browser._browser.new_page()
        page.goto(f"{browser.base}en/search.html?q=Kars")
        page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=120000)
        docs = set(page.eval_on_selector_all(".search-results a[href]", "els => els.map(e => e.href)"))
        page.close()
    finally:
        browser.close()
    monkeypatch.setattr(search, "DOCUMENTS_PER_BUNDLE", 2)
    groups = search.bundle_groups(edition_passages(load(ROOT)))
    found = {g for doc, g in groups.items() if any(f"/{doc}" in href or f"{doc}." in href for href in docs)}
    assert len(found) > 1, docs


def test_an_edit_reindexes_only_its_documents_bundle(tmp_path, monkeypatch):
    project = tmp_path / "edition"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".git", ".venv", "build", "tests", "node_modules",
                                                                 "test-artifacts", "*.egg-info"))
    monkeypatch.setattr(search, "DOCUMENTS_PER_BUNDLE", 2)
    build(project, ["web"])
    tags = json.loads((project / "build" / "web" / "pagefind" / "search.json").read_text("utf-8"))["bundleFiles"]
    started = []
    original = search._Runner.start
    monkeypatch.setattr(search._Runner, "start", lambda self, name, command: (started.append(name),
                                                                              original(self, name, command)))
    document = sorted((project / "tei").glob("*.xml"))[0]
    doc_id = re.search(r'<TEI[^>]*xml:id="([^"]+)"', document.read_text("utf-8")).group(1)
    text = document.read_text("utf-8")
    slot = re.search(r'(<ab xml:id="[^"]+\.ru"[^>]*>)([^<]{3,})', text)
    document.write_text(text[:slot.end(1)] + "Правка. " + text[slot.end(1):], "utf-8")
    build(project, ["web"])
    records = edition_passages(load(project))
    groups = search.bundle_groups(records)
    folders = search.bundle_folders(records, groups)
    assert started == [folders["ru", groups[doc_id]]]
    data = json.loads((project / "build" / "web" / "pagefind" / "search.json").read_text("utf-8"))
    assert len(data["bundles"]["ru"]) >= 1
    # the edited bundle's entry file is fetched under a new tag (a browser's cached copy is not taken
    # for it); every other bundle keeps its tag and the reader's cached copy
    changed = {f for f in tags if tags[f]["tag"] != data["bundleFiles"][f]["tag"]}
    assert changed == {folders["ru", groups[doc_id]]}


def test_a_passage_in_another_language_is_indexed_in_its_own_language(tmp_path):
    """A Latin or French paragraph kept in its language inside a German text (import-tei keeps a
    passage's xml:lang) was indexed as German: stemmed as German, found by no query in its own
    language, and filtered under the wrong language. It goes in its own language's bundle."""
    project = tmp_path / "polyglot"
    shutil.copytree(ROOT / "tests" / "roots" / "polyglot-mini", project)
    brief = project / "tei" / "brief.xml"
    text = brief.read_text("utf-8")
    text = text.replace("</p>\n      </div>", '</p>\n        <p xml:id="brief.p2" xml:lang="fr">Les délégués arrivèrent à '
                        '<placeName ref="plc:moskau">Moscou</placeName>.</p>\n      </div>', 1)
    for lang in ("fr", "tr"):
        text = text.replace(f'<ab xml:id="brief.p1.{lang}" corresp="#brief.p1" ana="#untranslated"/>',
                            f'<ab xml:id="brief.p1.{lang}" corresp="#brief.p1" ana="#untranslated"/>\n'
                            f'        <ab xml:id="brief.p2.{lang}" corresp="#brief.p2" ana="#untranslated"/>')
    brief.write_text(text, "utf-8")
    records = {r["block"]: r for r in edition_passages(load(project))}
    assert records["brief.p2"]["lang"] == "fr" and records["brief.p2"]["state"] == "source"
    assert records["brief.p1"]["lang"] == "de"


def _kept_bundle(tmp_path):
    """A bundle of a few files in two folders, stored in a BundleCache."""
    bundle = tmp_path / "bundle"
    (bundle / "fragment").mkdir(parents=True)
    (bundle / "pagefind-entry.json").write_text("{}", "utf-8")
    for n in range(3):
        (bundle / "fragment" / f"f{n}.pf_fragment").write_bytes(bytes([n]) * (n + 1))
    cache = search.BundleCache(tmp_path / "cache")
    cache.store("ru-" + "0" * 32, bundle)
    return cache, cache.folder / ("ru-" + "0" * 32)


def test_a_kept_bundle_is_checked_and_linked_in_one_walk(tmp_path, monkeypatch):
    """At 500 documents the kept bundles are 57,577 files: checking every file's stamp and then
    copying the entry with shutil.copytree walked them twice (most of a second of a one-edit
    rebuild). One walk now checks each file and links it; a file edited in place, or one missing,
    still drops the entry and leaves no half-linked bundle behind."""
    cache, entry = _kept_bundle(tmp_path)
    other, lacking = _kept_bundle(tmp_path / "again")
    (lacking / "fragment" / "f0.pf_fragment").unlink()                    # a kept file missing
    monkeypatch.setattr(search.shutil, "copytree", lambda *a, **k: pytest.fail("copytree walked the entry"))
    target = tmp_path / "site" / "ru"
    (tmp_path / "site").mkdir()
    assert cache.reuse(entry.name, target)
    linked = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert linked == ["fragment/f0.pf_fragment", "fragment/f1.pf_fragment", "fragment/f2.pf_fragment",
                      "pagefind-entry.json"]
    assert os.stat(target / "fragment" / "f2.pf_fragment").st_ino == os.stat(entry / "fragment" / "f2.pf_fragment").st_ino
    with open(target / "fragment" / "f1.pf_fragment", "ab") as fh:       # the published copy edited in place
        fh.write(b"!")
    shutil.rmtree(target)
    assert not cache.reuse(entry.name, target)
    assert not target.exists() and not entry.exists()
    assert not other.reuse(lacking.name, target)
    assert not target.exists() and not lacking.exists()



def test_each_bundles_pagefind_starts_when_its_own_pages_are_staged_and_runs_as_a_program(tmp_path, monkeypatch):
    """A cold build staged every language's pages before the first Pagefind started, and started each
    through `python -m pagefind` (an interpreter and asyncio's import to exec a binary)."""
    records = edition_passages(load(ROOT))
    started = {}

    def start(self, name, command):
        started[name] = (command[0], sorted(p.name for p in (tmp_path / "out").glob(".search-staging-*/*")))
    monkeypatch.setattr(search._Runner, "start", start)
    monkeypatch.setattr(search._Runner, "finish", lambda self: {})
    (tmp_path / "out").mkdir()
    job = search.IndexJob(records, tmp_path / "out")
    langs = sorted({r["lang"] for r in records})
    assert [staged for _, staged in started.values()] == [langs[:n + 1] for n in range(len(langs))]
    program = Path(next(iter(started.values()))[0])
    assert program.is_file() and program.resolve() != Path(os.path.realpath(sys.executable))
    job.wait(quiet=True)


def test_a_bundle_queued_after_the_indexing_threads_went_idle_is_still_indexed():
    """The threads that run Pagefind leave when the queue is empty; a bundle queued after that (its
    pages took longer to stage) was never run, and the build failed on its missing entry file (a CI
    run with two documents per bundle)."""
    runner = search._Runner(1)
    first = [f"first-{n}" for n in range(runner._limit)]      # as many threads as it may run at once
    for name in first:
        runner.start(name, ["/bin/true"])
        for thread in list(runner._threads):
            thread.join(timeout=30)
    runner.start("later", ["/bin/true"])
    assert runner.finish() == {name: (0, "") for name in [*first, "later"]}
