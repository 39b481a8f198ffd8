"""Journey 19: another publisher's edition from `triglot new`, English texts with German and Turkish
slots (no Russian or Armenian), its own editors, description and licence set in triglot.toml as the
README says. Each test holds one fault that journey found. The text is a pool text used by its
path: Mustafa Kemal's speech of 1927 in the 1929 English translation (public domain;
tests/data/unseen-test23/README.md gives its source and licence).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import polib
import pytest
from lxml import etree

from conftest import replace_once, served

POOL = Path(__file__).resolve().parent / "data" / "unseen-test23"
SPEECH = "kemal-speech-samsoon.txt"
T = "{http://www.tei-c.org/ns/1.0}"
EDITORS = ["Hannah Okafor", "Emre Yıldız"]
DESCRIPTION = "English speeches on the Near East with German and Turkish draft translations."
TURKISH = ("İtilaf Devletleri mütareke şartlarına uymadılar; askerleri İstanbul'da kaldı. "
           "Iğdır'da ılık bir sabahtı.")


def _run(*args) -> int:
    from triglot.cli import main
    return main([str(a) for a in args])


@pytest.fixture(scope="module")
def press(tmp_path_factory) -> Path:
    """A university press's edition: `triglot new`, then editors and a description in its settings,
    then the speech encoded, as a new user does it."""
    root = tmp_path_factory.mktemp("journey19") / "press"
    assert _run("new", root, "--title", "Voices of the Near East", "--base", "en", "--translations", "de,tr",
                "--publisher", "Northfield University Press",
                "--licence-url", "https://creativecommons.org/licenses/by-sa/4.0/",
                "--licence-label", "CC BY-SA 4.0") == 0
    editors = ", ".join(f'"{e}"' for e in EDITORS)
    replace_once(root / "triglot.toml", 'publisher = "Northfield University Press"\n',
                 f'publisher = "Northfield University Press"\neditors = [{editors}]\n'
                 f'description = {{ "en" = "{DESCRIPTION}" }}\n')
    shutil.copy(POOL / SPEECH, root / "seeds" / SPEECH)
    assert _run("--root", root, "encode", root / "seeds" / SPEECH, "--id", "samsoon", "--genre", "speech",
                "--date", "1927-10-15") == 0
    return root


@pytest.fixture(scope="module")
def searchable(press, tmp_path_factory) -> Path:
    """The edition with one Turkish slot translated (İstanbul, Iğdır, ılık) and its web site built."""
    root = tmp_path_factory.mktemp("journey19-web") / "press"
    shutil.copytree(press, root)
    assert _run("--root", root, "translations", "export") == 0
    po_path = root / "translations" / "tr" / "samsoon.po"
    po = polib.pofile(str(po_path))
    entry = next(e for e in po if "<" not in e.msgid and len(e.msgid) > 40)
    entry.msgstr = TURKISH
    po.save(str(po_path))
    assert _run("--root", root, "translations", "import", "--draft", "--resp", "resp-draft-tr", po_path) == 0
    assert _run("--root", root, "build", "web") == 0
    return root / "build" / "web"


def _resp_editors(path: Path) -> list[tuple[str, str]]:
    rs = etree.parse(str(path)).find(f".//{T}titleStmt/{T}respStmt[@{{http://www.w3.org/XML/1998/namespace}}id='resp-editors']")
    return [(etree.QName(el).localname, el.text) for el in rs if etree.QName(el).localname != "resp"]


def test_an_encoded_document_names_the_editors_the_settings_give_not_the_publisher(press):
    """encode wrote the publisher as the document's editor whatever edition.editors said: every
    citation (web, BibTeX, RIS, CSL-JSON), the book's "Edited by", Dublin Core's contributor and MODS
    named "Northfield University Press (ed.)" and never the edition's two editors."""
    assert _resp_editors(press / "tei" / "samsoon.xml") == [("persName", e) for e in EDITORS]


def test_the_citation_names_the_editors(press):
    from triglot.edition import load
    from triglot.web.cite import citation
    edition = load(press)
    doc = next(d for d in edition.documents if d.id == "samsoon")
    assert citation(doc, "en", edition).editors == EDITORS


def test_the_description_the_settings_give_is_the_documents_project_description(press):
    """encode took the projectDesc `triglot new` wrote into the registers (the title, before any
    description was set) over the settings' edition.description."""
    root = etree.parse(str(press / "tei" / "samsoon.xml"))
    assert root.findtext(f".//{T}projectDesc/{T}p") == DESCRIPTION


def _search(new_page, base: str, query: str, width: int) -> list[str]:
    page = new_page(width, 900)
    page.goto(f"{base}en/search.html")
    page.fill("#search-input", query)
    page.press("#search-input", "Enter")
    page.locator(".search-results[data-state=done]").wait_for(state="attached")
    marks = page.locator(".search-results mark").all_text_contents()
    page.context.close()
    return marks


@pytest.mark.parametrize("query, found, width", [
    ("istanbul", "İstanbul", 390), ("ISTANBUL", "İstanbul", 1440), ("ILIK", "ılık", 390),
    ("IĞDIR", "Iğdır", 1440)])
def test_turkish_dotted_and_dotless_i_are_found_whatever_the_case_typed(searchable, new_page, query, found, width):
    """Search lower-cased without Turkish rules: "İstanbul" became "i̇stanbul" (a combining dot) and
    "I" an "i", so "istanbul", "ISTANBUL", "ILIK" and "IĞDIR" found nothing in the Turkish text."""
    with served(searchable) as base:
        assert found in _search(new_page, base, query, width)


def test_a_language_name_is_capitalised_by_the_rules_of_the_language_it_is_written_in():
    """Python's str.upper has no language: CLDR's Azerbaijani "ingilis" (English) was labelled
    "Ingilis", a dotless I, where Azerbaijani (like Turkish) writes "İngilis"."""
    from triglot.i18n import language_name
    assert language_name("en", "az") == "İngilis"
    assert language_name("en", "tr") == "İngilizce"
    assert language_name("en", "de") == "Englisch"


def test_the_guide_every_exported_po_file_points_to_is_in_the_new_edition(press, tmp_path):
    """Each PO file's header says "Drafts are fuzzy; see translations/README.md", the POT's "See
    translations/README.md" and each interface catalog's "Update with msgmerge
    (translations/ui/README.md)": `triglot new` wrote neither file."""
    import re
    root = tmp_path / "press"
    shutil.copytree(press, root)
    assert _run("--root", root, "translations", "export") == 0
    for path in (root / "translations" / "tr" / "samsoon.po", root / "translations" / "samsoon.pot"):
        first = path.read_text("utf-8").splitlines()[0]
        pointed = re.search(r"[Ss]ee (\S+)\.", first)[1]
        assert (root / pointed).is_file(), f"{path.name} points to {pointed}"
    for catalog in (root / "translations" / "ui").glob("*/LC_MESSAGES/*.po"):
        pointed = re.search(r"\((translations/ui/README\.md)\)", catalog.read_text("utf-8"))[1]
        assert (root / pointed).is_file(), f"{catalog} points to {pointed}"
    guide = (root / "translations" / "README.md").read_text("utf-8")
    assert "German (`de`), Turkish (`tr`)" in guide and "Russian" not in guide


def test_a_book_column_without_print_strings_is_named_as_the_web_names_a_missing_catalog(press, tmp_path, capsys):
    """German and Turkish interface catalogs were translated and the web built in both; the books'
    German and Turkish columns said "Not yet translated" and "Index of persons (German)" in English,
    and the print build said nothing of the missing print catalogs."""
    root = tmp_path / "press"
    shutil.copytree(press, root)
    capsys.readouterr()
    assert _run("--root", root, "build", "print", "--languages", "en-tr") == 0
    err = capsys.readouterr().err
    assert "translations/ui/tr/LC_MESSAGES/print.po:0: catalog: no 'print' catalog for 'tr'" in err
    assert "msginit --no-translator -l tr" in err and "'en'" not in err.split("catalog for")[-1]


@pytest.fixture(scope="module")
def exported(press, tmp_path_factory) -> Path:
    """The edition and its library export."""
    root = tmp_path_factory.mktemp("journey19-export") / "press"
    shutil.copytree(press, root)
    assert _run("--root", root, "export") == 0
    return root


def test_the_library_records_of_the_edition_name_its_editors(exported):
    """The corpus header, which the edition's MODS record reads, named the publisher as the editor
    ("edited and encoded by Northfield University Press") whatever edition.editors said."""
    root = exported
    corpus = etree.parse(str(root / "build" / "export" / "tei" / "press-corpus.xml"))
    header = corpus.getroot().find(f"{T}teiHeader")
    rs = header.find(f"{T}fileDesc/{T}titleStmt/{T}respStmt")
    assert [(etree.QName(el).localname, el.text) for el in rs if etree.QName(el).localname != "resp"] == \
        [("persName", e) for e in EDITORS]
    mods = (root / "build" / "export" / "mods" / "edition.xml").read_text("utf-8")
    assert all(e in mods for e in EDITORS)


def test_a_length_band_nobody_measured_is_not_called_the_usual_one():
    """check told a Turkish translator "shorter than the usual 0.75–1.45" in an edition that measured
    no band at all: the toolkit's default, derived from another edition's Russian and Armenian drafts."""
    from triglot.translate.plausibility import review_reason
    english = "It seems to me that the Turks would like to exclude us from direct activities in the East."
    reason = review_reason(english, "Bana öyle geliyor.", "tr", {}, "en")
    assert "usual" not in reason and "languages.length-bands.tr" in reason
    assert "usual" in review_reason(english, "Bana öyle geliyor.", "tr", {"tr": (0.8, 1.3)}, "en")


def test_the_datasets_creators_are_the_editors(exported):
    """dataset.jsonld (schema.org) gave the publisher as the data's creator whatever edition.editors said."""
    import json
    data = json.loads((exported / "build" / "export" / "data" / "dataset.jsonld").read_text("utf-8"))
    assert data["creator"] == [{"@type": "Person", "name": e} for e in EDITORS]
    assert data["publisher"]["name"] == "Northfield University Press"
