"""`register merge` writes its words into each moved note in the note's own language (issue #20, notes21 item 1).

A merge begins every moved identification and source note with "From the entry ID, merged into this
one: ". Since the registers' notes have Russian and Armenian draft translations, those English words went
into the Russian and Armenian notes too. The words now come from the "editor" interface catalogs
(translations/ui/LANG/LC_MESSAGES/editor.po), in the note's language: a draft gets them in its language,
and its fingerprint follows the English note it translated (both gained the words, so it is still a
translation of it). A draft in a language the catalogs have no words for gets none, and `check` (stale)
asks its translator for them; a base language without them refuses the merge, naming the catalog."""
from __future__ import annotations

import re

import pytest

from conftest import copy_project, make_project
from triglot.edition import load
from triglot.tei import NS, XML_LANG, note_words, translated_notes
from triglot.translate.fingerprint import note_source

WORDS = {"en": "From the entry kars-oblast, merged into this one: ",
         "ru": "Из записи kars-oblast, объединённой с этой: ",
         "hy": "kars-oblast գրառումից, որը միավորվել է այս գրառման հետ՝ "}


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project", translations=True)


def _moved(root):
    kars = load(root).registers["places"].entries["kars"].element
    return [(n.get(XML_LANG) or "en", note_words(n)) for n in kars.iterfind("t:note[@type='identification']", NS)
            if "kars-oblast" in note_words(n)]


def test_each_moved_note_gets_the_words_in_its_own_language(project, cli):
    before = {n.get(XML_LANG) or "en": note_words(n) for n in load(project).registers["places"].entries["kars-oblast"]
              .element.iterfind("t:note[@type='identification']", NS)}
    assert set(before) == {"en", "ru", "hy"}
    code, _, err = cli("--root", project, "register", "merge", "kars-oblast", "kars")
    assert code == 0, err
    moved = dict(_moved(project))
    assert moved == {lang: WORDS[lang] + words for lang, words in before.items()}
    assert not any("From the entry" in words for lang, words in moved.items() if lang != "en")


def test_the_drafts_still_translate_their_english_note_after_the_merge(project, cli):
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    edition = load(project)
    from triglot.editor.check import stale_notes
    from triglot.validate import validate
    kars = edition.registers["places"].entries["kars"].element
    pairs = [(n, bases) for n, bases in translated_notes(kars, "en") if "kars-oblast" in note_words(n)]
    assert len(pairs) == 2
    assert all(n.get("source") in {note_source(b) for b in bases} for n, bases in pairs)
    assert stale_notes(edition) == [] and validate(edition, fidelity=False) == []


def test_a_draft_in_a_language_without_the_words_gets_none_and_check_asks_for_them(project, cli, capsys):
    catalog = project / "translations" / "ui" / "hy" / "LC_MESSAGES" / "editor.po"
    catalog.write_text(re.sub(r'msgstr "\{entry\}[^"]*"', 'msgstr ""', catalog.read_text("utf-8")), "utf-8")
    assert cli("--root", project, "register", "merge", "kars-oblast", "kars")[0] == 0
    kars = load(project).registers["places"].entries["kars"].element
    hy = [note_words(n) for n in kars.iterfind("t:note[@type='identification']", NS) if n.get(XML_LANG) == "hy"]
    assert not any(w.startswith(WORDS["en"]) or w.startswith(WORDS["hy"]) for w in hy), hy
    code, out, _ = cli("--root", project, "check", "--rule", "stale")
    stale = [line for line in out.splitlines() if ": stale: kars: the Armenian draft note type='identification'" in line]
    assert len(stale) == 1, out


def test_a_base_language_without_the_words_refuses_the_merge_naming_the_catalog(tmp_path, cli):
    """polyglot-mini's base is German, which no editor catalog gives the words in: the merge is refused,
    nothing written, rather than English words put into a German note."""
    root = make_project(tmp_path, "polyglot-mini")
    places = root / "tei" / "places.xml"
    text = places.read_text("utf-8")
    name = re.search(r'<placeName xml:lang="de"[^>]*>[^<]*</placeName>', text)
    places.write_text(text[:name.end()] + '<note type="identification">die Hauptstadt</note>' + text[name.end():], "utf-8")
    assert cli("--root", root, "register", "add", "place", "berlin", "--name", "de=Berlin", "--name", "fr=Berlin",
               "--name", "tr=Berlin", "--type", "city")[0] == 0
    before = {p: p.read_bytes() for p in (root / "tei").rglob("*.xml")}
    code, out, err = cli("--root", root, "register", "merge", "moskau", "berlin")
    assert code == 1
    assert re.search(r"^translations/ui/de/LC_MESSAGES/editor\.po:0: catalog: a merge begins each moved note with "
                     r"'From the entry \{entry\}, merged into this one: \{note\}' in the note's language, and no "
                     r"catalog gives these words in German \(de\), the base language", out + err, re.M), out + err
    assert "Traceback" not in err and {p: p.read_bytes() for p in (root / "tei").rglob("*.xml")} == before
