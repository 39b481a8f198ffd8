"""The edition's Russian and Armenian drafts: complete, faithful to the markup, honestly labelled."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from conftest import ROOT
from triglot.cli import main
from triglot.settings import load as load_settings
from triglot.tei import NS, XML_ID, XML_LANG, local
from triglot.translate.export import slot_views
from triglot.translate.placeholders import check, tokenize
from triglot.translate.plausibility import HARD, ratio

SETTINGS = load_settings(ROOT)
TRANSLATION_LANGS = SETTINGS.translations
MARKED = ("persName", "placeName", "date")
DATE_VALUES = ("when", "from", "to", "notBefore", "notAfter")


def views(edition):
    for doc in edition.documents:
        for lang in TRANSLATION_LANGS:
            for v in slot_views(doc, lang):
                yield doc, lang, v


def test_no_slot_is_left_untranslated(edition):
    assert [f"{v.segment.block_id}.{lang}" for _, lang, v in views(edition) if v.state == "untranslated"] == []


def test_every_slot_is_a_current_draft_with_its_translator_named(edition):
    wrong = [f"{v.segment.block_id}.{lang}: {v.state} {v.resp}" for _, lang, v in views(edition)
             if v.state != "draft" or v.resp != f"resp-draft-{lang}" or v.stale]
    assert wrong == []


def test_the_draft_translators_are_described_as_drafts_of_the_english(edition):
    for doc in edition.documents:
        for lang in TRANSLATION_LANGS:
            resp = next((r.find("t:resp", NS) for r in doc.root.iterfind(".//t:titleStmt/t:respStmt", NS)
                         if r.get(XML_ID) == f"resp-draft-{lang}"), None)
            assert resp is not None, doc.name
            assert "draft" in resp.text and "translation of the English" in resp.text


def test_every_slot_has_the_placeholders_of_its_english_block(edition):
    problems = []
    for _, lang, v in views(edition):
        try:
            check(tokenize(v.text), v.segment)
        except ValueError as exc:
            problems.append(f"{v.segment.block_id}.{lang}: {exc}")
    assert problems == []


def test_every_name_and_date_is_marked_in_the_translation_with_the_same_values(edition):
    def marks(el) -> Counter:
        return Counter((local(m), m.get("ref"), tuple(m.get(a) for a in DATE_VALUES))
                       for m in el.iter() if isinstance(m.tag, str) and local(m) in MARKED)

    def own(el) -> Counter:
        """Marks of the block itself, not of the notes inside it (they are blocks of their own)."""
        total = marks(el)
        for note in el.iter("{*}note"):
            if note is not el:
                total -= marks(note)
        return total

    wrong = [f"{v.segment.block_id}.{lang}" for _, lang, v in views(edition) if own(v.segment.block) != own(v.slot)]
    assert wrong == []


@pytest.mark.parametrize("lang, script", [("ru", "[а-яё]"), ("hy", "[ա-ֆ]")])
def test_every_translation_is_written_in_its_language(edition, lang, script):
    english_left = [v.segment.block_id for _, l, v in views(edition)
                    if l == lang and re.search("[A-Za-z]{3}", v.segment.text)
                    and not re.search(script, v.text, re.I)]
    assert english_left == []


def test_armenian_follows_the_reformed_orthography(edition):
    """Reformed spelling writes ւ only in the digraph ու (և, յու, not եւ, իւ)."""
    classical = [v.segment.block_id for _, lang, v in views(edition)
                 if lang == "hy" and re.search("(?<![ոՈ])ւ", v.text)]
    assert classical == []


def test_russian_uses_no_pre_reform_letters(edition):
    old = [v.segment.block_id for _, lang, v in views(edition)
           if lang == "ru" and re.search(r"[ѣіѳѵ]|ъ\b", v.text, re.I)]
    assert old == []


def test_every_translation_is_of_a_plausible_length(edition):
    low, high = HARD
    broken = [f"{v.segment.block_id}.{lang}: {r:.2f}" for _, lang, v in views(edition)
              if (r := ratio(v.segment.text, v.text)) is not None and not low <= r <= high]
    assert broken == []


def test_every_header_states_the_orthography_of_its_translations(edition):
    for doc in edition.documents:
        usage = {el.get("ident"): el.text for el in doc.root.iterfind(".//t:langUsage/t:language", NS)}
        assert {k: usage.get(k) for k in SETTINGS.usage} == SETTINGS.usage, doc.name
        assert "reformed orthography" in usage["hy"] and "Eastern Armenian" in usage["hy"]


def test_status_shows_both_languages_fully_drafted(capsys):
    assert main(["--root", str(ROOT), "translations", "status", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["lang"] for r in rows} == set(TRANSLATION_LANGS)
    assert [(r["document"], r["lang"]) for r in rows if r["percent"] != 100.0 or r["draft"] != r["blocks"]] == []


def test_translation_slots_carry_their_language(edition):
    for doc in edition.documents:
        langs = [d.get(XML_LANG) for d in doc.root.iterfind(".//t:body/t:div[@type='translation']", NS)]
        assert sorted(langs) == sorted(TRANSLATION_LANGS)


def test_every_register_entry_has_a_russian_and_an_armenian_name(edition):
    """Names the translations need; an uncertain form stays, flagged cert="low" for review."""
    missing = [f"{e.id}: {lang}" for reg in edition.registers.values() for e in reg.entries.values()
               for lang in TRANSLATION_LANGS if not e.names.get(lang)]
    assert missing == []
