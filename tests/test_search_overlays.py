"""An edit re-indexes the edited document's passages alone, in an overlay bundle (web/overlays.py), and
the search page gives exactly what a cold build of the edited sources gives: no passage the edit
removed a word from is found by that word, a word it added finds its passage once, and a filter
value it took away no longer files the passage there.

The edition has one bundle per language (five documents); an overlay of one document in five is
allowed here (OVERLAY_SHARE), as one in ten is in a large edition's bundle of a hundred."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from test_web_site import stable
from triglot.build import build
from triglot.web import overlays, search, search_bench

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "search" / "queries.json"
DOC = "chicherin-documents-1920.xml"
# the Russian draft of docs1920.p24: a word taken out, a word put in, a place's mention no longer tagged
EDITS = [("даже мусаватистским правительством", "даже правительством"),
         ("уезд. Последний никогда", "уезд — трясина. Последний никогда"),
         ('не только <placeName ref="plc:karabakh">Карабах</placeName> и', "не только Карабах и")]


def _copy(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".git", ".venv", "build", "tests", "node_modules",
                                                                "test-artifacts", "*.egg-info"))
    return target


def _edit(project: Path) -> None:
    path = project / "tei" / DOC
    text = path.read_text("utf-8")
    for old, new in EDITS:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, "utf-8")


@pytest.fixture(scope="module")
def edited(tmp_path_factory):
    """The edition built, edited (EDITS) and rebuilt; what each Pagefind was given on the rebuild
    (bundle folder: pages staged); and a cold build of the edited sources."""
    project = _copy(tmp_path_factory.mktemp("overlay") / "edition")
    started = {}
    original = search._Runner.start

    def start(self, name, command):
        staged = Path(command[command.index("--site") + 1])
        started[name] = sum(1 for _ in staged.rglob("*.html"))
        return original(self, name, command)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(overlays, "OVERLAY_SHARE", 5)
        build(project, ["web"])
        _edit(project)
        mp.setattr(search._Runner, "start", start)
        build(project, ["web"])
    cold = _copy(tmp_path_factory.mktemp("cold") / "edition")
    _edit(cold)
    build(cold, ["web"])
    return project / "build" / "web", started, cold / "build" / "web"


def _russian_passages(doc_id: str, project: Path) -> int:
    """The document's Russian passages Pagefind indexes (one with no word, an omission's "<…>", it leaves out)."""
    from triglot.edition import load
    from triglot.web.search import edition_passages
    return sum(1 for r in edition_passages(load(project))
               if r["doc"] == doc_id and r["lang"] == "ru" and re.search(r"\w", r["text"]))


def test_an_edit_indexes_the_edited_documents_passages_alone(edited):
    site, started, cold = edited
    from triglot.edition import load
    from triglot.web.search import edition_passages
    assert started == {"fresh/ru/0": sum(1 for r in edition_passages(load(cold.parents[1]))
                                         if r["doc"] == "docs1920" and r["lang"] == "ru")}
    data = json.loads((site / "pagefind" / "search.json").read_text("utf-8"))
    assert data["overlaid"] == {"ru": ["docs1920"]}
    assert data["bundles"] == {"ru": ["fresh/ru/0"]}
    assert "fresh/ru/0" in data["bundleFiles"]
    # the base bundle is published as the cold build before the edit had it: not indexed again
    assert "ru" not in started


def test_the_overlays_pages_are_marked_and_hold_only_the_edited_document(edited):
    site, _, _ = edited
    import gzip
    overlay = site / "pagefind" / "fresh" / "ru" / "0"
    entry = json.loads((overlay / "pagefind-entry.json").read_text("utf-8"))
    assert sum(i["page_count"] for i in entry["languages"].values()) == _russian_passages("docs1920", site.parents[1])
    fragments = [json.loads(gzip.decompress(p.read_bytes())[len(b"pagefind_dcd"):])
                 for p in (overlay / "fragment").iterdir()]
    assert {f["url"].split("/")[1] for f in fragments} == {"docs1920"}
    assert all(f["filters"]["fresh"] == ["1"] for f in fragments)


ASKED = [("мусаватистским", ""), ("трясина", ""), ("Зангезур", ""), ("Карабах", "&place=karabakh"), ("Карабах", "")]


def _answers(site: Path) -> dict:
    """For each of ASKED, the passages the Russian search page lists (with the URL's filter), from its
    JSON download, and the count it states."""
    browser = search_bench.Browser(site)
    out = {}
    try:
        for query, params in ASKED:
            page = browser.new_page()
            page.goto(f"{browser.base}ru/search.html?q={query}{params}")
            page.locator(".search-results[data-state=done]").wait_for(state="attached", timeout=120000)
            status = page.locator(".search-status").text_content()
            rows = set()
            if page.locator(".search-downloads:not([hidden])").count():
                with page.expect_download() as download:
                    page.click(".search-downloads button[data-format=json]")
                results = json.loads(Path(download.value.path()).read_text("utf-8"))["results"]
                rows = {(r["language"], r["document"], r["passage"]) for r in results}
            out[query + params] = (rows, re.sub(r"\D+", " ", status).split())
            page.close()
    finally:
        browser.close()
    return out


@pytest.fixture(scope="module")
def answers(edited):
    site, _, cold = edited
    return _answers(site), _answers(cold)


P24 = ("ru", "docs1920", "docs1920.p24")


def test_a_word_the_edit_took_out_no_longer_finds_the_passage(answers):
    rebuilt, cold = answers
    assert P24 not in rebuilt["мусаватистским"][0]
    assert rebuilt["мусаватистским"] == cold["мусаватистским"]


def test_a_word_the_edit_put_in_finds_its_passage_once(answers):
    rebuilt, _ = answers
    assert rebuilt["трясина"] == ({P24}, ["1"])


def test_a_passage_the_edit_changed_is_listed_and_counted_once(answers):
    """The edited passage's other words: found in the overlay, not a second time from the base."""
    rebuilt, cold = answers
    rows, count = rebuilt["Зангезур"]
    assert P24 in rows and count == [str(len(rows))]
    assert rebuilt["Зангезур"] == cold["Зангезур"]


def test_a_filter_value_the_edit_took_away_no_longer_files_the_passage(answers):
    rebuilt, cold = answers
    assert P24 not in rebuilt["Карабах&place=karabakh"][0]
    assert rebuilt["Карабах&place=karabakh"] == cold["Карабах&place=karabakh"]
    assert P24 in rebuilt["Карабах"][0]


def test_the_query_set_finds_what_a_cold_build_finds(edited):
    """Every query of the query set: the overlaid site and the cold build of the same sources agree."""
    site, _, cold = edited
    queries = search_bench.load_queries(QUERIES)
    assert search_bench.run_queries(site, queries)["found"] == search_bench.run_queries(cold, queries)["found"]


def test_only_the_search_differs_from_a_cold_build(edited):
    """Pages, data and first passages are a cold build's; only the Pagefind bundles and search.json's
    list of them differ (the base as it was, the overlay beside it)."""
    site, _, cold = edited

    def files(root):
        return {p.relative_to(root): p.read_bytes() for p in root.rglob("*")
                if p.is_file() and stable(p) and not (p.parent == root / "pagefind" and p.name == "search.json")
                and not (len(p.relative_to(root).parts) > 2 and p.relative_to(root).parts[0] == "pagefind"
                         and p.relative_to(root).parts[1] in ("ru", "fresh"))}
    assert files(site) == files(cold)


def _edit_russian_slot(path: Path) -> None:
    """A word put before the first Russian slot's text of a document."""
    text = path.read_text("utf-8")
    slot = re.search(r'(<ab xml:id="[^"]+\.ru"[^>]*>)([^<]{3,})', text)
    path.write_text(text[:slot.end(1)] + "Правка. " + text[slot.end(1):], "utf-8")


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    """The edition built cold, then after EDITS, then unchanged, then after a second document's edit:
    each rebuild's Pagefind runs (bundle folder: pages staged) and search.json."""
    project = _copy(tmp_path_factory.mktemp("steps") / "edition")
    out = {}
    original = search._Runner.start
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(overlays, "OVERLAY_SHARE", 5)
        build(project, ["web"])
        for step, edit in (("edited", lambda: _edit(project)), ("unchanged", lambda: None),
                           ("second", lambda: _edit_russian_slot(project / "tei" / "legran-letter-to-chicherin.xml"))):
            edit()
            started = {}

            def start(self, name, command, started=started):
                started[name] = sum(1 for _ in Path(command[command.index("--site") + 1]).rglob("*.html"))
                return original(self, name, command)
            mp.setattr(search._Runner, "start", start)
            build(project, ["web"])
            site = project / "build" / "web"
            out[step] = (started, json.loads((site / "pagefind" / "search.json").read_text("utf-8")),
                         (site / "pagefind" / "fresh").exists())
    from triglot.edition import load
    from triglot.web.search import edition_passages
    out["russian"] = sum(1 for r in edition_passages(load(project)) if r["lang"] == "ru")
    return out


def test_a_rebuild_with_nothing_changed_keeps_the_overlay_and_indexes_nothing(steps):
    started, data, fresh = steps["unchanged"]
    assert started == {}
    assert data["overlaid"] == {"ru": ["docs1920"]} and fresh


def test_a_second_documents_edit_folds_the_overlay_back_into_its_bundle(steps):
    """Two documents of five are more than the overlay may hold (one in OVERLAY_SHARE): the Russian
    bundle is indexed whole, a new base, and the site has no overlay left."""
    started, data, fresh = steps["second"]
    assert started == {"ru": steps["russian"]}
    assert "overlaid" not in data and "bundles" not in data and not fresh


@pytest.mark.parametrize("damage", ["{", "[1, 2]", '{"ru": {"key": "ru-00", "docs": []}}', "missing entry"])
def test_a_damaged_record_of_the_bases_indexes_the_bundle_whole(tmp_path, monkeypatch, damage):
    """The bases' record cut short, of another shape, or naming a kept bundle that is gone: no
    traceback and no overlay on a base nobody can vouch for; the bundle is indexed whole."""
    project = _copy(tmp_path / "edition")
    monkeypatch.setattr(overlays, "OVERLAY_SHARE", 5)
    build(project, ["web"])
    bases = project / "build" / "web-cache" / "pagefind-bases.json"
    if damage == "missing entry":
        key = json.loads(bases.read_text("utf-8"))["ru"]["key"]
        shutil.rmtree(project / "build" / "web-cache" / "pagefind" / key)
    else:
        bases.write_text(damage, "utf-8")
    _edit(project)
    started = []
    original = search._Runner.start
    monkeypatch.setattr(search._Runner, "start", lambda self, name, command: (started.append(name),
                                                                              original(self, name, command)))
    build(project, ["web"])
    data = json.loads((project / "build" / "web" / "pagefind" / "search.json").read_text("utf-8"))
    assert started == ["ru"] and "overlaid" not in data
    assert json.loads(bases.read_text("utf-8"))["ru"]["docs"]["docs1920"]
