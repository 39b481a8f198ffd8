"""A translated register note whose English changed since is marked on the web (issue #20, notes22 item 1).

`check --rule stale` names a Russian or Armenian draft of a register note made from an earlier
version of its English note (its @source, the fingerprint of the English it was made from, is that of
no English note now), but the pages showed it as current, while a stale text slot says "Out of date"
in the reader's language. The fixture is the mini edition with Moscow's English identification note
and its Russian draft (test_register_notes_language.with_notes), then the English corrected, and a
source note whose Russian draft translates an earlier English: the Russian interface's register entry
and card mark both drafts, in Russian; the English and Armenian interfaces show the English notes,
which are no translations, unmarked. The data tables give the base language's notes only
(library/dataset.py), so no draft reaches them to be marked."""
from __future__ import annotations

import re

import pytest

from conftest import make_project, run_cli
from pages import page as _page, words as _words
from test_register_notes_language import EN, RU, with_notes
from triglot.translate.fingerprint import source_uri

CHANGED = EN.replace("March 1918", "12 March 1918")
SOURCE_EN = "Great Soviet Encyclopedia, article Moscow"
SOURCE_RU = "Большая советская энциклопедия, статья «Москва»"
OUT_OF_DATE = {"ru": "Устарело: переводимое примечание изменилось после перевода",
               "en": "Out of date: the note this translates has changed since this translation"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("stale-notes"), "mini")
    path = with_notes(root)
    text = path.read_text("utf-8").replace(f">{EN}<", f">{CHANGED}<")
    sources = (f'<note type="source">{SOURCE_EN}</note><note type="source" xml:lang="ru" ana="#draft" '
               f'resp="#resp-draft-ru" source="{source_uri("Great Soviet Encyclopedia")}">{SOURCE_RU}</note>')
    text = text.replace(f">{RU}</note>", f">{RU}</note>{sources}", 1)
    path.write_text(text, "utf-8")
    from triglot.edition import load
    from triglot.editor.check import stale_notes
    assert len(stale_notes(load(root))) == 2       # what `check --rule stale` names
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _badges(el) -> list[tuple[str, str]]:
    return [(_words(b), b.get("lang")) for b in el.xpath(".//span[contains(concat(' ', @class, ' '), ' stale ')]")]


def test_the_russian_register_entry_marks_both_stale_drafts_in_russian(site):
    entry = _page(site, "ru/places.html").get_element_by_id("moscow")
    notes = entry.xpath(".//dl[@class='names']/dd[starts-with(normalize-space(), 'столица') "
                        "or starts-with(normalize-space(), 'Большая')]")
    assert len(notes) == 2, [_words(n) for n in entry.iter("dd")]
    for dd in notes:
        assert dd.get("lang") == "ru"
        assert _badges(dd) == [(OUT_OF_DATE["ru"], "ru")], _words(dd)


def test_the_russian_card_marks_the_stale_identification_and_source(site):
    card = _page(site, "ru/documents/mini.html").get_element_by_id("card-places-moscow")
    [ident] = card.find_class("ident")
    assert _words(ident).startswith(RU) and _badges(ident) == [(OUT_OF_DATE["ru"], "ru")]
    [sources] = card.find_class("sources")
    assert SOURCE_RU in _words(sources) and _badges(sources) == [(OUT_OF_DATE["ru"], "ru")]


@pytest.mark.parametrize("ui", ["en", "hy"])
def test_the_english_notes_the_other_interfaces_show_are_not_marked(site, ui):
    """The English note changed; it is no translation, so nothing of it is out of date."""
    entry = _page(site, f"{ui}/places.html").get_element_by_id("moscow")
    assert CHANGED in _words(entry) and _badges(entry) == []
    card = _page(site, f"{ui}/documents/mini.html").get_element_by_id("card-places-moscow")
    assert _badges(card) == []


def test_every_interface_has_the_words(site):
    """The words come from each interface's catalog: the Armenian one has them too."""
    from triglot.i18n import gettext
    from conftest import ROOT
    words = gettext(ROOT, "hy", OUT_OF_DATE["en"])
    assert words and words != OUT_OF_DATE["en"] and re.search("[\u0530-\u058f]", words)


def test_the_marked_pages_pass_the_nu_html_checker(site):
    import shutil
    import subprocess
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in ("en", "ru") for page in ("places.html", "documents/mini.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
