"""A translated register note says it is a draft translation, as a text slot does (issue #20, notes23 item 1).

A Russian or Armenian register note is the editors' draft translation of the English note, marked in
the TEI as a slot is (ana="#draft", or "#reviewed" once a translator has checked it). A slot shows its
state in a badge in the reader's language ("Черновой перевод"), but the register page, its entry
fragments and the cards showed a translated note as if it were the editors' own text. The fixture is
the mini edition with Moscow given an English identification note, its Russian draft (from
test_register_notes_language), an Armenian draft made from an earlier English (draft and out of date:
notes22's stale badge beside the new one), and an English source note with a reviewed Russian
translation. The English notes, which translate nothing, carry no badge."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import make_project, run_cli
from pages import page as _page, words as _words
from test_register_notes_language import EN, RU, with_notes
from triglot.translate.fingerprint import source_uri

HY = "Խորհրդային Ռուսաստանի մայրաքաղաքը 1918 թ. մարտից"
SOURCE_EN = "Great Soviet Encyclopedia, article Moscow"
SOURCE_RU = "Большая советская энциклопедия, статья «Москва»"
DRAFT = {"ru": "Черновой перевод", "hy": "Թարգմանության սևագիր"}
REVIEWED = {"ru": "Проверенный перевод"}
RESP_HY = '<respStmt xml:id="resp-draft-hy"><resp>draft Armenian translation of the English notes</resp><orgName>Triglot project</orgName></respStmt>'
REVIEWED_CATEGORY = '<category xml:id="reviewed"><catDesc>reviewed</catDesc></category>'


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("note-drafts"), "mini")
    path = with_notes(root)
    text = path.read_text("utf-8")
    text = text.replace("</titleStmt>", RESP_HY + "</titleStmt>", 1)
    text = text.replace("</category></taxonomy>", "</category>" + REVIEWED_CATEGORY + "</taxonomy>", 1)
    extra = (f'<note type="identification" xml:lang="hy" ana="#draft" resp="#resp-draft-hy" '
             f'source="{source_uri("the capital of Soviet Russia")}">{HY}</note>'
             f'<note type="source">{SOURCE_EN}</note><note type="source" xml:lang="ru" ana="#reviewed" '
             f'resp="#resp-draft-ru" source="{source_uri(SOURCE_EN)}">{SOURCE_RU}</note>')
    text = text.replace(f">{RU}</note>", f">{RU}</note>{extra}", 1)
    path.write_text(text, "utf-8")
    assert run_cli("--root", root, "validate") == 0
    assert run_cli("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _badges(el) -> list[tuple[str, str, str]]:
    return [(b.get("class"), _words(b), b.get("lang")) for b in el.xpath(".//span[contains(concat(' ', @class, ' '), ' badge ')]")]


def _dd(entry, start: str):
    [dd] = entry.xpath(f".//dl[@class='names']/dd[starts-with(normalize-space(), '{start}')]")
    return dd


def test_the_russian_register_entry_says_its_note_is_a_draft_in_russian(site):
    entry = _page(site, "ru/places.html").get_element_by_id("moscow")
    assert _badges(_dd(entry, RU[:10])) == [("badge draft", DRAFT["ru"], "ru")]


def test_a_reviewed_note_says_so_as_a_reviewed_slot_does(site):
    entry = _page(site, "ru/places.html").get_element_by_id("moscow")
    assert _badges(_dd(entry, SOURCE_RU[:10])) == [("badge reviewed", REVIEWED["ru"], "ru")]


def test_an_out_of_date_draft_carries_both_marks_in_armenian(site):
    """notes22's stale badge stays beside the draft one."""
    entry = _page(site, "hy/places.html").get_element_by_id("moscow")
    badges = _badges(_dd(entry, HY[:10]))
    assert [b[0] for b in badges] == ["badge draft", "badge stale"] and badges[0][1:] == (DRAFT["hy"], "hy")
    assert all(lang == "hy" for _, _, lang in badges)


def test_the_cards_say_it_too(site):
    card = _page(site, "ru/documents/mini.html").get_element_by_id("card-places-moscow")
    [ident] = card.find_class("ident")
    assert _words(ident).startswith(RU) and _badges(ident) == [("badge draft", DRAFT["ru"], "ru")]
    [sources] = card.find_class("sources")
    assert SOURCE_RU in _words(sources) and _badges(sources) == [("badge reviewed", REVIEWED["ru"], "ru")]
    card = _page(site, "hy/documents/mini.html").get_element_by_id("card-places-moscow")
    [ident] = card.find_class("ident")
    assert [b[0] for b in _badges(ident)] == ["badge draft", "badge stale"]


def test_the_english_notes_carry_no_badge(site):
    entry = _page(site, "en/places.html").get_element_by_id("moscow")
    assert EN in _words(entry) and _badges(entry) == []
    card = _page(site, "en/documents/mini.html").get_element_by_id("card-places-moscow")
    assert _badges(card) == []


def test_the_marked_pages_pass_the_nu_html_checker(site):
    from test_web_reading import VNU
    assert VNU.is_file() and shutil.which("java"), "vnu-jar or Java missing: run `make install-test`"
    files = [str(site / ui / page) for ui in ("ru", "hy") for page in ("places.html", "documents/mini.html")]
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "text", *files],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[:3000]
