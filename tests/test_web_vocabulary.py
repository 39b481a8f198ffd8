"""The search vocabulary is kept whole and brought up to date by the parts that changed (issue 21).

web/vocabulary.py keeps how many documents use each word and which parts (with the digest of
their words) it counted; a rebuild subtracts the parts that are gone and adds the new ones
instead of decoding every kept part's words. Here: the counting itself (a changed part, a
damaged kept file, a gone part's words not as counted), and a rebuild after an edit that adds
a word, one that removes a document's last use of it, a date changed and a document deleted,
each compared file by file with a cold build, with the unchanged documents' words never read.
The chronology is keyed the same way, by each document's share of it (doc_cache.chronology_digest):
its model is built only after the edits that change what it shows (a date, a document deleted),
and so is the home page's (builder._home_inputs: the same shares and the data files it links); a
data file offered anew changes the kept home page too.
"""
from __future__ import annotations

import json
from pathlib import Path

from conftest import copy_project, replace_once
from test_web_incremental import cold, files
from triglot.build import build
from triglot.web import builder, doc_cache, vocabulary

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "ru", "hy")


FILLER = {f"f{n}": {"en": ["war"]} for n in range(10)}   # unchanged parts: counting again would cost more


def parts(words: dict) -> dict:
    """key -> (digest, reader) as gather gives them (with FILLER); the digest stands for the words' content."""
    return {k: (json.dumps(ws, sort_keys=True), lambda ws=ws: ws) for k, ws in {**FILLER, **words}.items()}


def test_the_kept_vocabulary_follows_changed_parts_and_distrusts_what_does_not_check_out(tmp_path):
    first = {"a": {"en": ["war", "peace"]}, "b": {"en": ["war"], "ru": ["мир"]}, "c": {"ru": ["мир"]}}
    gone_asked = []

    def gone(key, digest):
        gone_asked.append(key)
        return first[key] if digest == json.dumps(first[key], sort_keys=True) else None
    assert vocabulary.kept(tmp_path, parts(first), gone, LANGS) == {"en": {"war", "peace"}, "ru": {"мир"}}
    # b loses its last "мир" but c keeps it; a loses "peace", its last use; d is new
    second = {"a": {"en": ["war", "treaty"]}, "b": {"en": ["war"]}, "c": {"ru": ["мир"]},
              "d": {"hy": ["խաղաղություն"]}}
    got = vocabulary.kept(tmp_path, parts(second), gone, LANGS)
    assert got == {"en": {"war", "treaty"}, "ru": {"мир"}, "hy": {"խաղաղություն"}}
    assert list(got) == ["en", "ru", "hy"]          # the settings' order, whatever the parts' order
    assert sorted(gone_asked) == ["a", "b"]         # counted by difference: only the changed parts
    assert got == vocabulary.union([*second.values(), *FILLER.values()], LANGS)
    # the last part using a language goes: the language goes
    third = {k: v for k, v in second.items() if k != "d"}
    first = second                                  # what gone() must give back is what was counted
    assert vocabulary.kept(tmp_path, parts(third), gone, LANGS) == {"en": {"war", "treaty"}, "ru": {"мир"}}
    # a gone part's words that are not the ones counted: counted again from every part
    assert vocabulary.kept(tmp_path, parts({"c": third["c"]}), lambda k, d: None, LANGS) == \
        {"en": {"war"}, "ru": {"мир"}}
    # the kept file damaged (its body no longer its digest): not trusted, counted again
    path = tmp_path / vocabulary.FILE
    path.write_bytes(path.read_bytes().replace("мир".encode(), "мор".encode()))
    asked = []
    assert vocabulary.kept(tmp_path, parts({"c": third["c"], "e": {"en": ["x"]}}),
                           lambda k, d: asked.append(k), LANGS) == {"en": {"war", "x"}, "ru": {"мир"}}
    assert asked == []


def test_a_rebuild_counts_only_the_edited_words_and_gives_the_cold_build(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    read = []
    made = doc_cache.KeptWords.read
    monkeypatch.setattr(doc_cache.KeptWords, "read", lambda self: read.append(self.key) or made(self))
    chronologies = []
    chronology = builder._chronology
    monkeypatch.setattr(builder, "_chronology", lambda *a: chronologies.append(a[2]) or chronology(*a))
    homes = []
    home = builder._home
    monkeypatch.setattr(builder, "_home", lambda *a: homes.append(a[1]) or home(*a))
    new_word = "зюзюкало"
    start = 'source="ni:///sha-256-64;0f5QuY3mD8M">Письмо '
    legran = root / "tei" / "legran-letter-to-chicherin.xml"
    edits = [
        ("a new word", lambda: replace_once(legran, start, f"{start}{new_word} ")),
        ("its last use removed", lambda: replace_once(legran, f"{start}{new_word} ", start)),
        ("a date", lambda: replace_once(legran, '<date when="1920-12-21">December 21, 1920</date>',
                                        '<date when="1920-12-01">December 1, 1920</date>')),
        ("a document deleted", lambda: _delete(root, root / "tei" / "mikoyan-diplomacy-1937.xml")),
    ]
    for n, (what, edit) in enumerate(edits):
        read.clear(), chronologies.clear(), homes.clear()
        edit()
        build(root, ["web"])
        assert read == [], f"{what}: an unchanged document's words were read"
        assert len(chronologies) == (0 if n < 2 else 3), f"{what}: the chronology's models built {chronologies}"
        assert len(homes) == (0 if n < 2 else 3), f"{what}: the home page's models built {homes}"
        shards = "".join(p.read_text("utf-8") for p in (root / "build" / "web" / "pagefind" / "words").rglob("*.json"))
        assert (new_word in shards) == (n == 0), what
        again, expected = files(root / "build" / "web"), cold(root, tmp_path / f"cold{n}")
        assert again.keys() == expected.keys(), what
        assert [str(k) for k in expected if again[k] != expected[k]] == [], what


def test_a_damaged_words_file_of_a_gone_part_makes_the_vocabulary_counted_again(tmp_path):
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    kept = json.loads((root / "build" / "web-cache" / vocabulary.FILE).read_bytes().partition(b"\n")[2])
    for key in kept["parts"]:                       # every counted part's words damaged alike
        path = root / "build" / "web-cache" / doc_cache.FOLDER / f"{key}{doc_cache.WORDS}"
        path.write_bytes(path.read_bytes().replace(b'"words": {', b'"words": {"en": ["damaged"], ', 1))
    replace_once(root / "tei" / "legran-letter-to-chicherin.xml", '<date when="1920-12-21">December 21, 1920</date>',
                 '<date when="1920-12-01">December 1, 1920</date>')
    build(root, ["web"])
    shards = "".join(p.read_text("utf-8") for p in (root / "build" / "web" / "pagefind" / "words").rglob("*.json"))
    assert '"damaged"' not in shards
    again, expected = files(root / "build" / "web"), cold(root, tmp_path / "cold")
    assert [str(k) for k in expected if again.get(k) != expected[k]] == []


def test_a_data_file_offered_anew_is_linked_from_the_kept_home_page(tmp_path):
    """The home page lists the data files (site.downloads): the edition-wide export's files only
    when made, so the export made after a web build must give a home page that links them, as a
    web build after the export does, though no document changed."""
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    corpus = root / "build" / "export" / "tei" / "triglot-corpus.xml"
    corpus.parent.mkdir(parents=True)
    corpus.write_text("<TEI/>", "utf-8")
    build(root, ["web"])
    for ui in ("en", "ru", "hy"):
        assert "export/tei/triglot-corpus.xml" in (root / "build" / "web" / ui / "index.html").read_text("utf-8"), ui


def test_a_kept_home_page_edited_through_its_published_link_is_rendered_again(tmp_path):
    """The published home page is a link to the kept one: edited in place, it is not copied again
    by its inputs (page_cache's stamp), though no document's facts changed."""
    root = copy_project(tmp_path / "edition")
    build(root, ["web"])
    home = root / "build" / "web" / "ru" / "index.html"
    text = home.read_bytes()
    with open(home, "r+b") as f:                   # in place, as an editor that keeps the inode
        f.write(text.replace(b"<html", b"<HTML", 1))
    start = 'source="ni:///sha-256-64;0f5QuY3mD8M">Письмо '
    replace_once(root / "tei" / "legran-letter-to-chicherin.xml", start, f"{start}зюзюкало ")
    build(root, ["web"])
    assert home.read_bytes() == text


def _delete(root: Path, path: Path) -> None:
    seed = path.read_text("utf-8").split('<idno type="seed">')[1].split("<")[0]
    path.unlink()
    (root / "seeds" / seed).unlink()
