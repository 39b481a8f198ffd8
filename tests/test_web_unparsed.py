"""A rebuild parses only the documents that changed, and gives the site a cold build gives (issue 21).

A document whose bytes were validated before is loaded unparsed (edition.Unparsed): its
order, ids, seed, blocks, languages and header statements come from its validation entry
(kept under the hash of its bytes, of the rules' and the order's code and of the settings),
its citation files from its part of the site data (web/doc_cache.py, kept under its bytes,
the registers, settings and catalogs). Here every kind of edit that changes what those kept
facts say (a document's date, title, correspondents, a document removed, a register name its
citation gives, a setting, an interface string every register entry shows) is followed by a
rebuild compared file by file with a cold build,
and the documents the edit did not touch must not have been parsed.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from triglot import edition as edition_module
from triglot.build import build, load_valid

ROOT = Path(__file__).resolve().parents[1]

LEGRAN = "tei/legran-letter-to-chicherin.xml"
MIKOYAN = "tei/mikoyan-diplomacy-1937.xml"
CHICHERIN = "tei/chicherin-documents-1920.xml"
# (file, old, new): what each edit changes in the kept facts and the pages
EDITS = [
    (LEGRAN, '<date when="1920-12-21">December 21, 1920</date>',        # its date: the order, the lists
     '<date when="1920-12-01">December 1, 1920</date>'),
    (LEGRAN, "Legran’s letter to Chicherin on encouraging the Turks",   # its title
     "Legran’s letter to G. Chicherin on encouraging the Turks"),
    (LEGRAN, '<persName ref="psn:legran">Legran</persName>',            # who sent it
     '<persName ref="psn:mukhtar">Legran</persName>'),
    ("tei/persons.xml", '<forename>Georgy</forename> <surname>Chicherin</surname>',   # the name citations give
     '<forename>Georgii</forename> <surname>Chicherin</surname>'),
    ("triglot.toml", 'label = "Triglot"', 'label = "Triglot edition"'),   # a setting every page shows
    ("translations/ui/ru/LC_MESSAGES/ui.po", 'msgstr[2] "({count} фрагментов)"',   # a string every entry shows
     'msgstr[2] "({count} отрывков)"'),
]


@pytest.fixture
def parsed(monkeypatch):
    """The names of the documents loaded unparsed, and of those of them parsed since."""
    seen = {"unparsed": [], "parsed": []}
    made, lazy = edition_module.Unparsed.__init__, edition_module.Unparsed.__getattr__

    def init(self, root, path, name, *rest):
        seen["unparsed"].append(name)
        made(self, root, path, name, *rest)

    def getattr_(self, name):
        if name in edition_module.Unparsed.LAZY and "_made" in self.__dict__:
            seen["parsed"].append(self.name)
        return lazy(self, name)
    monkeypatch.setattr(edition_module.Unparsed, "__init__", init)
    monkeypatch.setattr(edition_module.Unparsed, "__getattr__", getattr_)
    return seen


def test_a_rebuild_parses_only_the_edited_document_and_gives_the_cold_build(tmp_path, parsed):
    root = copy_project(tmp_path / "edition")
    shutil.copytree(ROOT / "translations" / "ui", root / "translations" / "ui")    # the project's own catalogs
    build(root, ["web"])
    documents = {f"tei/{p.name}" for p in (root / "tei").glob("*.xml")} - {
        "tei/persons.xml", "tei/places.xml", "tei/orgs.xml"}
    for n, (name, old, new) in enumerate(EDITS):
        parsed["unparsed"].clear(), parsed["parsed"].clear()
        replace_once(root / name, old, new)
        build(root, ["web"])
        if name in documents:
            assert sorted(parsed["unparsed"]) == sorted(documents - {name}), f"edit {n + 1}"
            assert parsed["parsed"] == [], f"edit {n + 1}: a document loaded unparsed was parsed"
        elif name == "triglot.toml":
            assert parsed["unparsed"] == [], "a changed setting: no document's kept facts are used"
        elif name.startswith(("tei/", "translations/")):   # registers and catalogs: every document is read
            assert sorted(parsed["parsed"]) == sorted(documents)      # against them again (its part's key)
        again = files(root / "build" / "web")
        expected = cold(root, tmp_path / f"cold{n}")
        assert again.keys() == expected.keys()
        assert [str(k) for k in expected if again[k] != expected[k]] == [], f"edit {n + 1}"
        if not name.startswith("tei/"):
            page = (root / "build" / "web" / "ru" / "persons.html").read_text("utf-8")
            shown = {"translations/": "отрывков)"}
            assert all(text in page for start, text in shown.items() if name.startswith(start)), f"edit {n + 1}"


def test_a_removed_document_leaves_the_site_a_cold_build_of_the_others_gives(tmp_path, parsed):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    seed = (root / MIKOYAN).read_text("utf-8").split('<idno type="seed">')[1].split("<")[0]
    (root / MIKOYAN).unlink()
    (root / "seeds" / seed).unlink()
    parsed["unparsed"].clear()
    build(root, ["web"])
    assert len(parsed["unparsed"]) == 4 and parsed["parsed"] == []
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert again.keys() == expected.keys()
    assert [str(k) for k in expected if again[k] != expected[k]] == []


def test_kept_facts_are_those_of_the_parsed_document_and_are_refused_when_damaged(tmp_path, parsed):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    whole = edition_module.load(root)
    kept = load_valid(root, cache=True)
    assert [d.id for d in kept.documents] == [d.id for d in whole.documents]    # the same order
    for unparsed, doc in zip(kept.documents, whole.documents):
        assert type(unparsed) is edition_module.Unparsed
        assert unparsed.facts == edition_module.facts_of(doc)
        assert unparsed.block_ids() == doc.block_ids() and unparsed.seed_file() == doc.seed_file()
    # an entry whose facts are not of the form facts_of gives is not trusted: that document is parsed
    import json

    from triglot.validate.cache import folder
    for entry in folder(root).glob("*.json"):
        data = json.loads(entry.read_text("utf-8"))
        if data.get("file") == CHICHERIN:
            data["summary"]["load"]["blocks"] = "docs1920.p1"
            entry.write_text(json.dumps(data), "utf-8")
    parsed["unparsed"].clear()
    again = load_valid(root, cache=True)
    assert CHICHERIN not in parsed["unparsed"] and len(parsed["unparsed"]) == 4
    assert [d.id for d in again.documents] == [d.id for d in whole.documents]
    # the rules' or the order's code changed: no kept facts are used (validate/cache.py version)
    from triglot.validate import cache
    assert Path(edition_module.__file__).parent / "order.py" in cache.code_files()


def test_the_entries_an_edit_touches_are_keyed_by_digests_kept_per_document(tmp_path, monkeypatch):
    """An edit of a passage naming Stalin changes the key of his entry (his line of context there)
    in the interface of that passage: the key is made from one digest per document that mentions
    him, kept with each document's part, so no entry's mentions are read whole (blocks_of is given
    the edited document's mentions only), and the register shows the new line as a cold build does."""
    from triglot.web import register_cache
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    given = []
    whole = register_cache.blocks_of
    monkeypatch.setattr(register_cache, "blocks_of", lambda ms, *rest: given.append({m.doc_id for m in ms}) or whole(ms, *rest))
    replace_once(root / LEGRAN, '<persName ref="psn:stalin">Сталина</persName>',
                 '<persName ref="psn:stalin">Сталина И. В.</persName>')
    build(root, ["web"])
    assert given and all(docs == {"legran1920"} for docs in given)
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again[k] != expected[k]] == []
    assert "Сталина И. В." in (root / "build" / "web" / "ru" / "persons.html").read_text("utf-8")


def test_a_document_loaded_unparsed_is_parsed_once_when_two_threads_ask_at_once(tmp_path, monkeypatch):
    import threading
    import time
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    doc = load_valid(root, cache=True).documents[0]
    calls, slow = [], edition_module.parse_bytes

    def parse(data, name):
        calls.append(name)
        time.sleep(0.2)       # the other thread asks while this one parses
        return slow(data, name)
    monkeypatch.setattr(edition_module, "parse_bytes", parse)
    roots, errors = [], []

    def ask():
        try:
            roots.append(doc.root)
        except AttributeError as error:
            errors.append(error)
    threads = [threading.Thread(target=ask) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(calls) == 1 and roots[0] is roots[1]
