"""Incremental web builds and `triglot serve --watch`: only what changed is rebuilt, saves show up in the page."""
from __future__ import annotations

import json
import re
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import copy_project
from triglot.build import build
from triglot.web.page_cache import CACHE_DIR, REPORT

LEGRAN = "tei/legran-letter-to-chicherin.xml"
RU_HEADING = "о необходимости поощрить турок"
EDITED = "о необходимости поддержать турок"


def report(project: Path) -> dict:
    return json.loads((project / "build" / CACHE_DIR / REPORT).read_text("utf-8"))


def edit(project: Path, old: str, new: str, name: str = LEGRAN) -> None:
    path = project / name
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("preview"))
    build(project, ["web"])
    return project


def test_a_first_build_renders_every_page_as_new(built):
    reasons = report(built)
    assert reasons and set(reasons.values()) == {"new page"}


def test_an_unchanged_rebuild_renders_nothing(built):
    build(built, ["web"])
    assert set(report(built).values()) == {"unchanged"}


def test_a_build_that_finds_nothing_changed_does_not_import_the_web_builder(built):
    """`triglot build web` run again imported the web builder (ICU, Babel, the search) before it
    found the inputs unchanged: most of that command's CPU time."""
    import subprocess
    import sys
    probe = ("import sys; from pathlib import Path; from triglot.build import build; "
             f"build(Path({str(built)!r}), ['web']); print(sorted(m for m in sys.modules if m.startswith('triglot.web')))")
    import os

    import triglot
    build(built, ["web"])
    env = {**os.environ, "PYTHONPATH": str(Path(triglot.__file__).resolve().parents[1])}   # this toolkit
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env).stdout
    assert "nothing to do" in out and "triglot.web.builder" not in out and "triglot.web.search" not in out, out


def test_an_edit_rerenders_only_that_documents_pages_and_says_why(built):
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        rendered = {page: why for page, why in report(built).items() if why != "unchanged"}
        docs = {f"{ui}/documents/legran1920.html" for ui in ("en", "ru", "hy")}
        assert docs <= set(rendered) and {rendered[p] for p in docs} == {"document changed"}
        # the Russian registers and chronology quote Russian passages: a page quoting the edited
        # heading changes with it, in Russian only; nothing else is rendered
        assert all(p.startswith("ru/") and EDITED in (built / "build/web" / p).read_text("utf-8")
                   for p in set(rendered) - docs)
        assert EDITED in (built / "build/web/ru/documents/legran1920.html").read_text("utf-8")
    finally:
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


def test_an_edit_builds_again_only_the_register_entries_whose_lines_it_changed(built, monkeypatch):
    import triglot.web.builder as builder
    build(built, ["web"])
    made = []
    original = builder._register_entry

    def recording(entry, mentions, edition, site, kind, ui, *rest):
        made.append((ui, entry.id))
        return original(entry, mentions, edition, site, kind, ui, *rest)
    monkeypatch.setattr(builder, "_register_entry", recording)
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        # the edited heading names Legran, Chicherin and Armenia; only the Russian registers quote it
        assert sorted(made) == [("ru", "armenia"), ("ru", "chicherin"), ("ru", "legran")]
        assert EDITED in (built / "build/web/ru/persons.html").read_text("utf-8")
    finally:
        monkeypatch.undo()
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


def test_a_published_page_edited_in_place_is_rendered_again_not_linked(built):
    build(built, ["web"])
    page = built / "build/web/en/persons.html"
    original = page.read_bytes()
    with open(page, "r+b") as f:             # the same file, which the page cache shares
        f.write(b"<!-- edited in place -->")
    edit(built, RU_HEADING, EDITED)          # an input changes, so the site is built again
    try:
        build(built, ["web"])
        assert (built / "build/web/en/persons.html").read_bytes() == original
        assert report(built)["en/persons.html"] == "not in the cache"
    finally:
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


def test_a_record_of_kept_pages_that_cannot_be_written_costs_only_time(built):
    import shutil
    build(built, ["web"])
    record = built / "build" / CACHE_DIR / "kept-pages.json"
    record.unlink()
    record.mkdir()                           # in the way of the record's new version
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        assert EDITED in (built / "build/web/ru/documents/legran1920.html").read_text("utf-8")
        assert "unchanged" not in report(built).values()     # no page linked without its record
    finally:
        shutil.rmtree(record)
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


def test_damaged_kept_register_entries_give_the_same_pages(built):
    build(built, ["web"])
    pages = ("en/persons.html", "ru/places.html")
    before = {p: (built / "build/web" / p).read_bytes() for p in pages}
    cache = built / "build" / CACHE_DIR
    kept = sorted((cache / "registers").glob("*.xml"))
    assert kept
    kept[0].write_text("<entries><kept key=", "utf-8")          # cut short
    kept[1].write_bytes(b"\xff\xfe")                             # not XML
    kept[2].write_text("<entries><kept/><kept key='x'/></entries>", "utf-8")   # no models
    kept[3].unlink()
    (cache / "stamp.json").unlink()
    import shutil
    shutil.rmtree(cache / "pages")
    build(built, ["web"])
    assert {p: (built / "build/web" / p).read_bytes() for p in pages} == before


def test_an_edit_reindexes_only_the_search_bundle_of_its_language(built):
    cache = built / "build" / CACHE_DIR / "pagefind"
    before = {p.name.split("-")[0]: p.name for p in cache.iterdir()}
    entry = (built / "build/web/pagefind/ru/pagefind-entry.json").read_bytes()
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        after = {p.name.split("-")[0]: p.name for p in cache.iterdir()}
        assert sorted(after) == sorted(before) == ["en", "hy", "ru"]
        assert after["en"] == before["en"] and after["hy"] == before["hy"]     # copied, not re-indexed
        assert after["ru"] != before["ru"]
        assert (built / "build/web/pagefind/ru/pagefind-entry.json").read_bytes() != entry
    finally:
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])
    assert {p.name.split("-")[0]: p.name for p in cache.iterdir()} == before


def test_reused_pages_are_the_pages_a_clean_build_makes(built, tmp_path):
    fresh = copy_project(tmp_path / "fresh")
    build(fresh, ["web"])
    for page in sorted((fresh / "build/web").rglob("*.html")):
        rel = page.relative_to(fresh / "build/web")
        assert (built / "build/web" / rel).read_bytes() == page.read_bytes(), rel


def test_a_changed_stylesheet_rerenders_every_page(built):
    path = built / "xslt/web.xsl"
    original = path.read_text("utf-8")
    path.write_text(original + "\n<!-- changed -->\n", "utf-8")
    try:
        build(built, ["web"])
        assert set(report(built).values()) == {"stylesheets changed"}
    finally:
        path.write_text(original, "utf-8")
        build(built, ["web"])


def test_a_damaged_page_cache_is_ignored(built):
    cache = built / "build" / CACHE_DIR
    (cache / "pages.json").write_text("{not json", "utf-8")
    for entry in list((cache / "pages").rglob("*.html"))[:3]:
        entry.unlink()
    build(built, ["web"])
    assert (built / "build/web/en/index.html").is_file()


def test_a_rebuild_with_the_inputs_of_the_published_site_parses_nothing(built, monkeypatch):
    import triglot.build
    build(built, ["web"])
    site = (built / "build/web").stat().st_ino

    def refuse(*args, **kwargs):
        raise AssertionError("the edition was parsed although nothing changed")
    monkeypatch.setattr(triglot.build, "load_valid", refuse)
    build(built, ["web"])
    assert (built / "build/web").stat().st_ino == site            # the published folder stayed
    assert set(report(built).values()) == {"unchanged"}


def test_a_changed_input_or_a_removed_site_is_built_again(built):
    import shutil
    build(built, ["web"])
    seed = next((built / "seeds").iterdir())
    data = seed.read_bytes()
    seed.write_bytes(data + b"\n")                  # a seed is read by validation (fidelity)
    try:
        site = (built / "build/web").stat().st_ino
        build(built, ["web"])
        assert (built / "build/web").stat().st_ino != site
    finally:
        seed.write_bytes(data)
    shutil.rmtree(built / "build/web")
    build(built, ["web"])
    assert (built / "build/web/en/index.html").is_file()


def test_a_damaged_document_cache_gives_the_same_pages(built):
    import shutil
    build(built, ["web"])
    before = {p.relative_to(built / "build/web"): p.read_bytes() for p in (built / "build/web").rglob("*.html")}
    cache = built / "build" / CACHE_DIR
    for damage in ("*.json", "*.tei.xml"):          # the facts of each document; then its annotated TEI
        for entry in (cache / "docs").glob(damage):
            entry.write_text("{not json <TEI", "utf-8")
        (cache / "stamp.json").unlink()             # as after any input change
        shutil.rmtree(cache / "pages")              # every page rendered: every annotated TEI is read
        build(built, ["web"])
        after = {p.relative_to(built / "build/web"): p.read_bytes() for p in (built / "build/web").rglob("*.html")}
        assert after == before, damage


def test_an_edit_gathers_only_its_document_again(built, monkeypatch):
    import triglot.web.data
    build(built, ["web"])
    gathered = []
    original = triglot.web.data.gather_document
    monkeypatch.setattr(triglot.web.data, "gather_document",
                        lambda edition, doc, *rest: gathered.append(doc.id) or original(edition, doc, *rest))
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        assert gathered == ["legran1920"]
    finally:
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


def test_an_edit_hashes_only_its_documents_search_records_again(built, monkeypatch):
    import triglot.web.search
    build(built, ["web"])
    hashed = []
    original = triglot.web.search.record_keys
    monkeypatch.setattr(triglot.web.search, "record_keys",
                        lambda records: hashed.extend(r["doc"] for r in records) or original(records))
    edit(built, RU_HEADING, EDITED)
    try:
        build(built, ["web"])
        assert hashed and set(hashed) == {"legran1920"}
    finally:
        edit(built, EDITED, RU_HEADING)
        build(built, ["web"])


# ---------------------------------------------------------------- serve --watch

@pytest.fixture()
def preview(built):
    from triglot.web.serve import make_server
    from triglot.web.watch import State, Watcher
    import threading
    state = State()
    watcher = Watcher(built, state)
    server = make_server(built / "build" / "web", 0, state)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    watcher.start()
    yield built, f"http://127.0.0.1:{server.server_address[1]}/", state
    watcher.stop()
    server.shutdown()
    server.server_close()
    watcher.join(10)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.read().decode("utf-8")


def wait_for_version(base: str, version: int, seconds: float = 240) -> dict:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        status = json.loads(fetch(base + "__triglot/status"))
        if status["version"] >= version and not status["building"]:
            return status
        time.sleep(0.3)
    raise AssertionError(f"no rebuild within {seconds} s")


def test_the_preview_adds_its_script_to_pages_but_not_to_the_site(preview):
    project, base, _ = preview
    assert "/__triglot/live.js" in fetch(base + "ru/documents/legran1920.html")
    assert "location.reload" in fetch(base + "__triglot/live.js")
    assert not any("__triglot" in p.read_text("utf-8") for p in (project / "build/web").rglob("*.html"))


def test_a_saved_edit_is_rebuilt_and_served(preview):
    project, base, state = preview
    edit(project, RU_HEADING, EDITED)
    try:
        status = wait_for_version(base, state.version + 1)
        assert status["problems"] == []
        assert EDITED in fetch(base + "ru/documents/legran1920.html")
    finally:
        edit(project, EDITED, RU_HEADING)
        wait_for_version(base, state.version + 1)


def test_a_broken_save_is_reported_at_its_line_and_the_site_stays(preview):
    project, base, state = preview
    path = project / LEGRAN
    original = path.read_text("utf-8")
    path.write_text(original.replace("</teiHeader>", "</teiHeadr>", 1), "utf-8")
    try:
        status = wait_for_version(base, state.version + 1)
        assert any(re.match(r"tei/legran-letter-to-chicherin\.xml:\d+: ", p) for p in status["problems"])
        assert RU_HEADING in fetch(base + "ru/documents/legran1920.html")
    finally:
        path.write_text(original, "utf-8")
        assert wait_for_version(base, state.version + 1)["problems"] == []


def test_a_saved_translation_file_is_checked_at_its_line(preview):
    project, base, state = preview
    po = project / "translations" / "legran1920.ru.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a\nmsgstr "b"\n',
                  "utf-8")
    try:
        status = wait_for_version(base, state.version + 1)
        assert any(p.startswith("translations/legran1920.ru.po:") for p in status["problems"]), status
    finally:
        po.unlink()
        wait_for_version(base, state.version + 1)


def test_the_page_shows_the_problems_and_reloads_when_fixed(preview, new_page):
    project, base, state = preview
    see_problems_then_reload(new_page(), project, base, state)


def see_problems_then_reload(page, project, base, state):
    page.goto(base + "ru/documents/legran1920.html")
    page.wait_for_load_state("load")
    path = project / LEGRAN
    original = path.read_text("utf-8")
    path.write_text(original.replace("</teiHeader>", "</teiHeadr>", 1), "utf-8")
    try:
        alert = page.locator("#triglot-live-problems")
        alert.wait_for(timeout=240_000)
        assert "legran-letter-to-chicherin.xml:" in alert.inner_text()
    finally:
        path.write_text(original.replace(RU_HEADING, EDITED, 1), "utf-8")
    page.locator("#text").get_by_text(EDITED).first.wait_for(timeout=240_000)   # the page reloaded by itself
    assert page.locator("#triglot-live-problems").count() == 0
    path.write_text(original, "utf-8")
    wait_for_version(base, state.version + 1)
