"""TMX: a translation memory of the current aligned passages, reviewed ones marked, read by a real TM reader."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from conftest import copy_project
from test_translations_support import edit_po, export_mini, import_mini, mini, translate  # noqa: F401
from triglot.cli import main
from triglot.edition import load
from triglot.translate.tmx import tmx_path

P1_RU = ("В <1>1937</1> году <2>Микоян</2> встретился с <3><4>Халилон-пашой</4><5>Халил-пашой</5></3> "
         "в <6>Ереване</6> и говорил о <7>Турции</7>.")


def translated(root):
    export_mini(root)
    po = root / "translations" / "ru" / "mini.po"
    edit_po(po, {"mini.p1": translate(P1_RU, fuzzy=False, resp="resp-editors"),
                 "mini.p3": translate("Больше ничего не известно.")})
    assert import_mini(root).problems == []


def units(root, lang="ru"):
    assert main(["--root", str(root), "translations", "tmx"]) == 0
    return etree.parse(str(tmx_path(root, lang))).getroot().iter("tu")


def test_only_current_translations_are_in_the_memory(mini):
    translated(mini)
    assert [tu.get("tuid") for tu in units(mini)] == ["mini.p1.ru", "mini.p3.ru"]
    assert list(units(mini, "hy")) == []


def test_reviewed_and_draft_passages_are_marked(mini):
    translated(mini)
    states = {tu.get("tuid"): tu.findtext("prop[@type='x-triglot-state']") for tu in units(mini)}
    assert states == {"mini.p1.ru": "reviewed", "mini.p3.ru": "draft"}
    p1 = next(iter(units(mini)))
    assert p1.findall("tuv")[1].get("changeid") == "resp-editors"


def test_inline_markup_is_paired_codes_numbered_alike_in_both_languages(mini):
    translated(mini)
    en, ru = next(iter(units(mini))).findall("tuv")
    codes = lambda tuv: sorted((c.tag, c.get("i") or c.get("x")) for c in tuv.find("seg"))
    assert codes(en) == codes(ru) and ("bpt", "2") in codes(en)
    assert en.find("seg/bpt[@i='2']").text == "<persName>"


def test_a_stale_translation_is_left_out(mini):
    translated(mini)
    doc = mini / "tei" / "mini.xml"
    seed = mini / "seeds" / "mini.txt"
    doc.write_text(doc.read_text().replace('"mini.p3">Nothing more is known.', '"mini.p3">Nothing else is known.'))
    lines = seed.read_text().split("\n")
    lines[6] = "Nothing else is known."
    seed.write_text("\n".join(lines))
    assert [tu.get("tuid") for tu in units(mini)] == ["mini.p1.ru"]


def test_translate_toolkit_reads_the_memory(mini):
    from translate.storage import tmx
    translated(mini)
    list(units(mini))
    store = tmx.tmxfile.parsefile(str(tmx_path(mini, "ru")))
    pairs = [(u.source, u.target) for u in store.units]
    assert ("Nothing more is known.", "Больше ничего не известно.") in pairs
    assert len(load(mini).documents) == 1 and len(pairs) == 2


TMX_DTD = Path(__file__).parent / "data" / "tmx" / "tmx14.dtd"     # LISA's TMX 1.4b DTD, see NOTICE.txt


@pytest.mark.parametrize("inline", ["codes", "text"])
def test_every_memory_of_the_edition_is_valid_against_the_tmx_14b_dtd(tmp_path, inline):
    root = copy_project(tmp_path / "edition")
    assert main(["--root", str(root), "translations", "tmx", "--inline", inline]) == 0
    dtd = etree.DTD(str(TMX_DTD))
    for lang in load(root).settings.translations:
        tree = etree.parse(str(tmx_path(root, lang, inline=inline)))
        assert dtd.validate(tree), (lang, dtd.error_log.filter_from_errors())
        assert len(list(tree.iter("tu"))) > 100


def test_the_tmx_dtd_refuses_a_memory_that_breaks_it(mini):
    translated(mini)
    units(mini)
    tree = etree.parse(str(tmx_path(mini, "ru")))
    tree.find(".//tuv").set("bogus", "1")
    assert not etree.DTD(str(TMX_DTD)).validate(tree)


def test_the_text_memory_holds_the_po_strings_themselves(mini):
    """For tools translating the PO files: each segment is the PO msgid/msgstr, placeholders as text."""
    translated(mini)
    assert main(["--root", str(mini), "translations", "tmx", "--inline", "text"]) == 0
    tree = etree.parse(str(tmx_path(mini, "ru", inline="text")))
    p1 = tree.find(".//tu[@tuid='mini.p1.ru']")
    en, ru = (tuv.find("seg") for tuv in p1.findall("tuv"))
    assert len(en) == len(ru) == 0 and ru.text == P1_RU
    import polib
    msgid = polib.pofile(str(mini / "translations" / "mini.pot")).find("mini.p1", by="msgctxt").msgid
    assert en.text == msgid and "<1>" in msgid
    assert tree.getroot().find("header").get("datatype") == "plaintext"
