"""A fourth language for THIS edition: Turkish added by a settings change and one command.

A copy of the real edition gets `tr` in languages.translations and an English–Turkish
book in print.books; `translations add-language tr` gives every document its Turkish
slots. Nothing else is edited by hand except what a Turkish translator's work needs: the
editors name the translator (a respStmt), the translator fills one entry of a PO file.
Then every command runs as on the edition itself, and the Turkish column shows in the
web and print editions beside the others.
"""
from __future__ import annotations

import re
import subprocess

import pytest
from lxml import etree

from conftest import copy_project
from test_translations_support import edit_po, translate
from triglot.tei import NS, XML_LANG

LEGRAN = "legran-letter-to-chicherin"
TURKISH = "<1>Legran</1>'ın <2>Çiçerin</2>'e mektubu"      # legran1920.h2, "<1>Legran</1>'s Letter to <2>Chicherin</2>"
# legran1920.p10, "<1>Mdivani</1>’s label: “The telegram is highly distorted.”": long enough to be judged by length
TURKISH_NOTE = "<1>Mdivani</1>’nin notu: “Telgraf büyük ölçüde tahrif edilmiş.”"


def run(*args) -> None:
    from triglot.cli import main
    assert main([str(a) for a in args]) == 0, args


@pytest.fixture(scope="module")
def turkish(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("fourth") / "edition", translations=True)
    settings = root / "triglot.toml"
    text = settings.read_text("utf-8")
    text = re.sub(r'^translations = \[(.*)\]$', r'translations = [\1, "tr"]', text, count=1, flags=re.M)
    text = re.sub(r'^books = \[(.*)\]$', r'books = [\1, ["en", "tr"]]', text, count=1, flags=re.M)
    assert '"tr"]' in text and '["en", "tr"]]' in text
    settings.write_text(text, "utf-8")
    run("--root", root, "translations", "add-language", "tr")
    run("--root", root, "validate")                      # valid at once: no Turkish register name needed yet
    # add-language gave each document the Turkish drafter's respStmt (resp-draft-tr), as encode does
    run("--root", root, "translations", "export")
    edit_po(root / "translations" / "tr" / f"{LEGRAN}.po", {"legran1920.h2": translate(TURKISH, resp="resp-draft-tr"),
                                                           "legran1920.p10": translate(TURKISH_NOTE, resp="resp-draft-tr")})
    run("--root", root, "translations", "import")
    run("--root", root, "validate")
    run("--root", root, "build", "web")
    run("--root", root, "build", "print", "--languages", "en-tr")
    run("--root", root, "export")
    return root


def test_every_document_has_a_turkish_slot_per_block(turkish):
    from triglot.edition import load
    edition = load(turkish)
    assert all(set(doc.slots["tr"]) == set(doc.block_ids()) for doc in edition.documents)


def test_the_translation_comes_in_through_the_po_workflow(turkish):
    tree = etree.parse(str(turkish / "tei" / f"{LEGRAN}.xml"))
    slot = tree.xpath("//t:div[@xml:lang='tr']/*[@corresp='#legran1920.h2']", namespaces=NS)[0]
    assert "".join(slot.itertext()) == "Legran'ın Çiçerin'e mektubu"
    assert slot.get("ana") == "#draft" and slot.get("resp") == "#resp-draft-tr"


def test_status_counts_turkish_beside_russian_and_armenian(cli, turkish):
    code, out, _ = cli("--root", turkish, "translations", "status")
    rows = {tuple(line.split()[:2]): line.split() for line in out.splitlines()[2:]}
    assert code == 0 and rows[("legran-letter-to-chicherin", "tr")][5] == "2"     # two drafts
    assert {lang for _, lang in rows} == {"ru", "hy", "tr"}


def test_the_turkish_register_names_are_left_to_check(cli, turkish):
    """Every entry lacks its Turkish name (none was given): check lists each, validate accepts them."""
    code, out, _ = cli("--root", turkish, "check", "--rule", "register-gap")
    gaps = {line.split(": ")[2].split()[0] for line in out.splitlines() if line.endswith("has no Turkish name")}
    from triglot.edition import load
    entries = {e for reg in load(turkish).registers.values() for e in reg.entries}
    assert gaps == entries


def test_the_web_page_has_a_turkish_column(turkish):
    page = etree.HTML((turkish / "build" / "web" / "en" / "documents" / "legran1920.html").read_text("utf-8"))
    heads = [d.get("class") for d in page.iterfind(".//div[@class]") if d.get("class").startswith("colhead ")]
    assert heads == ["colhead col-en", "colhead col-ru", "colhead col-hy", "colhead col-tr"]
    cell = page.find(".//div[@id='legran1920.h2.tr']")
    assert cell.get("lang") == "tr" and "Legran'ın Çiçerin'e mektubu" in "".join(cell.itertext())
    untranslated = page.find(".//div[@id='legran1920.p1.tr']")
    assert "state-untranslated" in untranslated.get("class")


def test_the_english_turkish_book_prints_the_turkish_column(turkish):
    assert sorted(p.name for p in (turkish / "build" / "print").glob("*.pdf")) == ["triglot-en-tr.pdf"]
    text = subprocess.run(["pdftotext", "-layout", str(turkish / "build" / "print" / "triglot-en-tr.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "İngilizce – Türkçe" in text                       # the language names from CLDR, in Turkish
    assert "Legran'ın Çiçerin'e mektubu" in " ".join(text.split())
    # no Turkish print catalog: the Turkish column's strings are English, and the imprint says them once
    assert " ".join(text.split()).count("Draft translations have not been reviewed") == 1


def test_the_library_export_declares_turkish(turkish):
    corpus = etree.parse(str(turkish / "build" / "export" / "tei" / "triglot-corpus.xml")).getroot()
    usage = [el.get("ident") for el in corpus.iterfind("t:teiHeader/t:profileDesc/t:langUsage/t:language", NS)]
    assert usage == ["en", "ru", "hy", "tr"]
    docs = corpus.findall("t:TEI", NS)
    assert docs and all(d.xpath(".//t:body/t:div[@type='translation'][@xml:lang='tr']", namespaces=NS) for d in docs)
    assert corpus.get(XML_LANG) == "en"


def test_check_judges_a_turkish_draft_by_length_without_a_measured_band(turkish, cli):
    """No length band was measured for Turkish drafts: the widest measured band applies, no crash."""
    from triglot.settings import load as load_settings
    from triglot.translate.plausibility import review_reason
    bands = load_settings(turkish).length_bands
    assert "tr" not in bands and bands       # the edition measured Russian and Armenian only
    english = "It seems to me that the Turks would like to exclude us from direct activities in the East."
    assert review_reason(english, "Bana öyle geliyor ki Türkler bizi Doğu'daki doğrudan faaliyetlerden dışlamak istiyor.",
                         "tr", bands) is None
    reason = review_reason(english, "Bana öyle geliyor.", "tr", bands)
    assert "shorter than" in reason and "languages.length-bands.tr" in reason
    code, out, err = cli("--root", turkish, "check", "--rule", "length")   # raised KeyError('tr') before
    assert code in (0, 1) and "length" in err, err      # its summary line
    assert "legran1920.p10" not in out          # 1.10 times as many letters: within the band
