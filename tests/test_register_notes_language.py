"""A register's identification note ("today Gyumri") in the reader's language (issue #20, item 2).

The registers' notes were English only, and the web joined an entry's notes whatever their
xml:lang: the Russian and Armenian interfaces showed "today Gyumri". A note in a translation
language is the editors' draft translation of the base-language note, marked as a slot is
(xml:lang, ana="#draft", resp); the card and the register page give the note of the interface
language, else the base-language one marked as such (lang), and never a third language's.
The fixture is the mini edition with Moscow given an English identification note and its Russian
draft translation only: the Armenian interface falls back to English."""
from __future__ import annotations

import re

import pytest

from conftest import make_project, run_cli
from pages import page as _page, words as _words
from triglot.translate.fingerprint import source_uri

EN = "the capital of Soviet Russia from March 1918"
RU = "столица Советской России с марта 1918 года"
HEADER = """<respStmt xml:id="resp-draft-ru"><resp>draft Russian translation of the English notes</resp><orgName>Triglot project</orgName></respStmt></titleStmt>"""
TAXONOMY = """</fileDesc>
    <encodingDesc><classDecl><taxonomy xml:id="slot-states"><category xml:id="draft"><catDesc>draft</catDesc></category></taxonomy></classDecl></encodingDesc>"""


def with_notes(root, ru_attrs: str = f' ana="#draft" resp="#resp-draft-ru" source="{source_uri(EN)}"', en: bool = True):
    """The fixture's places register with Moscow's notes (and the header a draft points into)."""
    path = root / "tei" / "places.xml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("<title>Places</title></titleStmt>", "<title>Places</title>" + HEADER)
    text = text.replace("</fileDesc>", TAXONOMY, 1)
    notes = (f'<note type="identification">{EN}</note>' if en else "") + \
        f'<note type="identification" xml:lang="ru"{ru_attrs}>{RU}</note>'
    text = text.replace("</location>\n", "</location>\n          " + notes + "\n", 1)
    assert RU in text
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("notes"), "mini")
    with_notes(root)
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _note(el) -> str:
    """A note's own words, without the badges that say its state (a draft: test_register_note_drafts_on_the_web)."""
    import copy
    el = copy.deepcopy(el)
    for badge in el.xpath(".//span[contains(concat(' ', @class, ' '), ' badge ')]"):
        badge.drop_tree()
    return _words(el)


@pytest.mark.parametrize("ui, words, lang", [("en", EN, "en"), ("ru", RU, "ru"), ("hy", EN, "en")])
def test_the_card_gives_the_note_in_the_interface_language_else_the_english_marked(site, ui, words, lang):
    card = _page(site, f"{ui}/documents/mini.html").get_element_by_id("card-places-moscow")
    ident = card.find_class("ident")
    assert [(_note(p), p.get("lang")) for p in ident] == [(words, lang)]


@pytest.mark.parametrize("ui, words, lang", [("en", EN, "en"), ("ru", RU, "ru"), ("hy", EN, "en")])
def test_the_register_entry_gives_one_note_in_the_interface_language_else_the_english(site, ui, words, lang):
    entry = _page(site, f"{ui}/places.html").get_element_by_id("moscow")
    notes = entry.xpath(".//dl[@class='names']/dt[following-sibling::dd[1]]")
    shown = [(_note(dt.getnext()), dt.getnext().get("lang")) for dt in notes
             if _note(dt.getnext()) in (EN, RU)]
    assert shown == [(words, lang)]
    other = RU if words == EN else EN
    assert other not in _words(entry)


# ---------------------------------------------------------------- validate

def _validate(root, path):
    import subprocess, sys, os
    env = {**os.environ, "PYTHONPATH": str(__import__("pathlib").Path(__file__).resolve().parents[1] / "src")}
    return subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "validate", str(path)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_a_marked_draft_translation_of_a_note_validates(tmp_path):
    root = make_project(tmp_path, "mini")
    result = _validate(root, with_notes(root))
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_translated_note_not_marked_as_a_draft_is_refused(tmp_path):
    root = make_project(tmp_path, "mini")
    path = with_notes(root, ru_attrs="")
    before = path.read_bytes()
    result = _validate(root, path)
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(n for n, text in enumerate(before.decode().splitlines(), 1) if RU in text)
    assert re.search(rf"tei/places\.xml:{line}: registers: moscow: note type='identification' in Russian "
                     r"\(xml:lang='ru'\) is a translation of the English note and must be marked as one: "
                     r'ana="#draft"', result.stdout + result.stderr), result.stdout + result.stderr
    assert "Traceback" not in result.stderr and path.read_bytes() == before


def test_a_draft_note_without_resp_is_refused(tmp_path):
    root = make_project(tmp_path, "mini")
    result = _validate(root, with_notes(root, ru_attrs=' ana="#draft"'))
    assert result.returncode == 1 and "needs @resp pointing at one respStmt" in result.stdout + result.stderr


def test_a_translated_note_with_no_english_note_to_translate_is_refused(tmp_path):
    root = make_project(tmp_path, "mini")
    result = _validate(root, with_notes(root, en=False))
    assert result.returncode == 1
    assert "translates no English note of its type" in result.stdout + result.stderr


def test_the_rule_reads_the_editions_languages_not_russian(tmp_path):
    """polyglot-mini's base is German and its translations French and Turkish: a French note that does
    not say it is a draft is refused, and its German note (the base text) is not."""
    root = make_project(tmp_path, "polyglot-mini")
    path = root / "tei" / "places.xml"
    text = path.read_text(encoding="utf-8")
    name = re.search(r'<placeName xml:lang="de"[^>]*>[^<]*</placeName>', text)
    text = text[:name.end()] + '<note type="identification">die Hauptstadt</note>' \
        '<note type="identification" xml:lang="fr">la capitale</note>' + text[name.end():]
    path.write_text(text, encoding="utf-8")
    out = _validate(root, path)
    assert out.returncode == 1
    assert "in French (xml:lang='fr') is a translation of the German note" in out.stdout + out.stderr
    assert "xml:lang='de'" not in out.stdout + out.stderr


# ---------------------------------------------------------------- the edition's own registers

def test_every_identification_note_of_the_registers_is_given_in_every_interface_language(edition):
    """The edition's 24 identification notes have their Russian and Armenian drafts: each interface
    shows its own language's note (the card facts the web builds from)."""
    from triglot.web.builder import _entry_facts
    found = 0
    for register in edition.registers.values():
        for entry in register.entries.values():
            if entry.element.find("{http://www.tei-c.org/ns/1.0}note[@type='identification']") is None:
                continue
            found += 1
            for ui in edition.settings.interface:
                facts = _entry_facts(entry, ui, edition.root, edition.settings.base)
                assert facts["ident-lang"] == ui and facts["ident"], (entry.id, ui)
    assert found >= 24


# ---------------------------------------------------------------- the data tables

def test_the_data_tables_give_the_base_languages_source_note_not_its_translation(tmp_path):
    """A row of places.csv is in the base language, as its occupation column is: a source note's
    draft translation was joined to the English note in certainty_note, and its links listed twice."""
    from triglot.edition import load
    from triglot.library.dataset import entity_tables
    root = make_project(tmp_path, "mini")
    path = with_notes(root)
    text = path.read_text(encoding="utf-8")
    ref = '<ref target="https://example.org/moscow">Example gazetteer: Moscow</ref>'
    notes = (f'<note type="source">Checked against {ref}; the Armenian form not checked.</note>'
             f'<note type="source" xml:lang="ru" ana="#draft" resp="#resp-draft-ru">Сверено с {ref}.</note>')
    text = text.replace('<placeName xml:lang="hy">Մոսկվա</placeName>',
                        '<placeName xml:lang="hy" cert="low">Մոսկվա</placeName>' + notes, 1)
    path.write_text(text, encoding="utf-8")
    row = next(r for r in entity_tables(load(root))["places"] if r["id"] == "moscow")
    assert row["certainty_note"] == "Checked against Example gazetteer: Moscow; the Armenian form not checked."
    assert row["sources"] == ["https://example.org/moscow"]


def test_the_pages_with_the_notes_pass_the_nu_html_checker(site):
    import shutil
    import subprocess
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in ("en", "ru", "hy") for page in ("places.html", "documents/mini.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
