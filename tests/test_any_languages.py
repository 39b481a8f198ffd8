"""Any languages: a German edition with French and Turkish translations goes through every command.

The fixture tests/roots/polyglot-mini has only its settings to say which languages it
has; nothing of English, Russian or Armenian may leak into what is made from it.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest
from lxml import etree

from conftest import ROOTS, make_project
from test_translations_support import edit_po, translate
from triglot.tei import NS, XML_LANG

FRENCH = {"brief.h1": "Une lettre de <1>Moscou</1>",
          "brief.p1": "La lettre fut écrite à <2>Moscou</2> le <1>2 juillet 1920</1>."}


@pytest.fixture(scope="module")
def polyglot(tmp_path_factory):
    """The fixture edition after export, a French translation imported, build and export."""
    from triglot.cli import main
    root = tmp_path_factory.mktemp("any") / "polyglot"
    shutil.copytree(ROOTS / "polyglot-mini", root)
    assert main(["--root", str(root), "validate"]) == 0
    assert main(["--root", str(root), "translations", "export"]) == 0
    edit_po(root / "translations" / "fr" / "brief.po",
            {ctx: translate(text, resp="resp-draft-fr") for ctx, text in FRENCH.items()})
    assert main(["--root", str(root), "translations", "import"]) == 0
    assert main(["--root", str(root), "build", "all"]) == 0
    assert main(["--root", str(root), "export"]) == 0
    return root


def test_translations_are_exported_for_the_settings_languages(polyglot):
    assert sorted(p.parent.name for p in (polyglot / "translations").glob("*/brief.po")) == ["fr", "tr"]
    po = (polyglot / "translations" / "tr" / "brief.po").read_text("utf-8")
    assert "Language: tr" in po and "Language-Team: Turkish" in po and "#. German <p> brief.p1" in po


def test_a_french_translation_is_imported_into_its_slots(polyglot):
    tree = etree.parse(str(polyglot / "tei" / "brief.xml"))
    slot = tree.xpath(".//t:div[@type='translation'][@xml:lang='fr']/t:ab[@corresp='#brief.p1']",
                      namespaces=NS)[0]
    assert "".join(slot.itertext()) == "La lettre fut écrite à Moscou le 2 juillet 1920."
    assert slot.get("ana") == "#draft"


def test_status_counts_french_and_turkish(cli, polyglot):
    code, out, _ = cli("--root", polyglot, "translations", "status")
    rows = [line.split() for line in out.splitlines()[2:]]
    assert code == 0 and [(r[1], r[-1]) for r in rows] == [("fr", "100.0"), ("tr", "0.0")]


def test_the_web_page_has_a_german_column_and_the_translations(polyglot):
    html = (polyglot / "build" / "web" / "en" / "documents" / "brief.html").read_text("utf-8")
    page = etree.HTML(html)
    heads = [d.get("class") for d in page.iterfind(".//div[@class]") if d.get("class").startswith("colhead ")]
    assert heads == ["colhead col-de", "colhead col-fr", "colhead col-tr"]
    cells = {c.get("lang") for c in page.iterfind(".//div[@id='brief.p1']/div")}
    assert {"de", "fr", "tr"} <= cells
    assert page.find(".//div[@id='brief.p1']/div[@class='cell col-de']/p").get("lang") == "de"   # the German text itself
    assert "Moscou" in html and "col-en" not in html and "col-ru" not in html
    assert "Russian" not in html and "Armenian" not in html           # the footer names no language of another edition
    footer = "".join(page.find(".//footer").itertext())
    assert "Creative Commons Attribution 4.0 International. The translations are drafts" in footer


def test_context_lines_quote_the_base_text_where_the_interface_has_no_slot(polyglot):
    """The interface is English, the base German: the register and the chronology quote the German
    passage, marked German, not a translation (French and Turkish are not interface languages)."""
    for page, xpath in (("places.html", "//ul[@class='mentions']/li/ul/li"),
                        ("chronology.html", "//li[@id]")):
        tree = etree.HTML((polyglot / "build" / "web" / "en" / page).read_text("utf-8"))
        lines = tree.xpath(xpath)
        assert lines, page
        for li in lines:
            quoted = li.xpath(".//*[self::span or self::q][@lang]")[0]
            assert quoted.get("lang") == "de" and "Moskau" in "".join(quoted.itertext())
            assert "draft" not in "".join(li.itertext())


def test_a_document_title_without_an_interface_language_form_is_marked_as_the_base_languages(polyglot):
    """No English title: the German one is shown, marked German, in the list, on the page and in the registers."""
    web = polyglot / "build" / "web" / "en"
    for page, xpath in (("index.html", "//ul[@class='doc-list']//h3/a/span"), ("documents/brief.html", "//h1/span"),
                        ("places.html", "//ul[@class='mentions']/li/a/span")):
        titles = etree.HTML((web / page).read_text("utf-8")).xpath(xpath)
        assert titles and all(t.get("lang") == "de" and t.text == "Ein Brief aus Moskau" for t in titles), page
    # the edition's name is its German title (no English short title): marked German too
    home = etree.HTML((web / "index.html").read_text("utf-8"))
    assert [(s.get("lang"), s.text) for s in home.xpath("//p[@class='site-name']/a/span | //h1/span")] == [
        ("de", "Testausgabe"), ("de", "Testausgabe")]


def test_a_chronology_without_dated_documents_says_so(polyglot):
    page = etree.HTML((polyglot / "build" / "web" / "en" / "chronology.html").read_text("utf-8"))
    written = "".join(page.xpath("//section[@aria-labelledby='written-heading']")[0].itertext())
    assert "No document is dated in its own text." in written


def test_the_print_books_are_the_base_with_each_translation(polyglot):
    books = sorted(p.name for p in (polyglot / "build" / "print").glob("*.pdf"))
    assert books == ["polyglot-de-fr-tr.pdf", "polyglot-de-fr.pdf", "polyglot-de-tr.pdf"]
    # reading order, not -layout: the columns' lines side by side would interleave the two texts
    text = subprocess.run(["pdftotext", str(polyglot / "build" / "print" / "polyglot-de-fr.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    words = " ".join(text.replace("\u2010\n", "").split())      # lines joined where a word was hyphenated
    assert "Deutsch Français" in words and "Der Brief wurde am 2. Juli 1920 in" in words
    assert "La lettre fut écrite à Moscou le 2 juillet 1920." in words
    assert "Testausgabe" in text and "Édition de test" in text      # the title page, from the settings
    assert "Soviet" not in text and "English" not in text
    assert words.count("Draft translations have not been reviewed") == 1     # said once, in English, for both columns


def test_the_library_export_speaks_of_the_settings(polyglot):
    corpus = etree.parse(str(polyglot / "build" / "export" / "tei" / "polyglot-corpus.xml")).getroot()
    assert corpus.get(XML_LANG) == "de"
    header = corpus.find("t:teiHeader/t:fileDesc", NS)
    assert header.findtext("t:titleStmt/t:title", namespaces=NS) == "Testausgabe"
    assert header.findtext("t:publicationStmt/t:idno", namespaces=NS) == "https://example.org/polyglot/"
    usage = [el.get("ident") for el in corpus.iterfind("t:teiHeader/t:profileDesc/t:langUsage/t:language", NS)]
    assert usage == ["de", "fr", "tr"]
    import json
    part = json.loads((polyglot / "build" / "export" / "data" / "dataset.jsonld").read_text("utf-8"))["hasPart"][0]
    assert part["name"] == "Ein Brief aus Moskau"                  # the base language's title, the others alternate
    assert [n["@language"] for n in part["alternateName"]] == ["fr", "tr"]
    released = (polyglot / "tei" / "released-ids.txt").read_text("utf-8")
    assert "https://example.org/polyglot/DOC" in released and "German text" in released


def test_a_language_that_is_not_a_translation_is_refused(cli, polyglot):
    code, _, err = cli("--root", polyglot, "translations", "export", "--lang", "ru")
    assert code == 1 and "'ru' is not a translation language of this edition (fr, tr)" in err


def test_a_fourth_language_is_a_settings_change_and_add_language(tmp_path, cli):
    """Turkish added to an English/Russian/Armenian edition: slots come from one command; the
    edition is valid at once, and check lists the register names in Turkish for the editors to give."""
    from conftest import make_project
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                            'translations = ["ru", "hy", "tr"]'), "utf-8")
    code, _, err = cli("--root", root, "translations", "status")
    assert code == 1 and "no translation slots for tr (Turkish)" in err
    code, out, _ = cli("--root", root, "translations", "add-language", "tr")
    assert code == 0 and "added tr slots to tei/mini.xml" in out
    tree = etree.parse(str(root / "tei" / "mini.xml"))
    slots = tree.xpath("//t:div[@type='translation'][@xml:lang='tr']//*[@corresp]", namespaces=NS)
    assert [(s.get("corresp"), s.getparent().get("corresp")) for s in slots] == [
        ("#mini.h1", "#mini.en"), ("#mini.p1", "#mini.en"), ("#mini.n1", "#mini.p1")]   # the note inside its block's slot
    code, out, _ = cli("--root", root, "validate")
    assert code == 0, out
    code, out, _ = cli("--root", root, "check", "--rule", "register-gap")
    gaps = [line for line in out.splitlines() if ": register-gap: " in line and "no Turkish name" in line]
    assert len(gaps) == 2, out       # the mini edition's two entries: chicherin and moscow
    code, out, _ = cli("--root", root, "translations", "status")
    assert code == 0 and any(line.split()[:2] == ["mini", "tr"] for line in out.splitlines())
    assert cli("--root", root, "translations", "add-language", "tr")[1].startswith("0 documents updated")
    code, _, err = cli("--root", root, "translations", "add-language", "de")
    assert code == 1 and "'de' is not a translation language" in err



def test_add_language_rewrites_a_declaration_the_documents_already_have(tmp_path, cli):
    """A document that already declares the new language in langUsage (the edition's Legran letter
    cites Turkish titles in its notes: "Turkish (titles cited in editorial notes)") keeps one
    declaration of it, now the settings' usage: add-language appended a second `tr`, and the
    library export then listed Turkish twice, the notes' Turkish described as a draft translation."""
    root = make_project(tmp_path)
    doc = root / "tei" / "mini.xml"
    text = doc.read_text("utf-8")
    declared = '<language ident="hy">Armenian</language>'
    doc.write_text(text.replace(declared, declared + '<language ident="tr">Turkish (titles cited in notes)</language>'),
                   "utf-8")
    assert cli("--root", root, "validate")[0] == 0
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                            'translations = ["ru", "hy", "tr"]'), "utf-8")
    assert cli("--root", root, "translations", "add-language", "tr")[0] == 0
    tree = etree.parse(str(doc))
    usage = tree.findall("t:teiHeader/t:profileDesc/t:langUsage/t:language", NS)
    assert [el.get("ident") for el in usage] == ["en", "ru", "hy", "tr"]
    from triglot.settings import load as load_settings
    assert usage[-1].text == load_settings(root).language_usage("tr")
    assert cli("--root", root, "validate")[0] == 0


def test_check_reports_the_slots_of_a_language_the_settings_dropped(tmp_path, cli):
    """Armenian taken out of languages.translations: its slots stay in the TEI (nothing is lost) but
    the web, print, PO files and status no longer see them, and every command said nothing
    (journey 23g). check names each document that still holds them, and how many are translated."""
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    text = settings.read_text("utf-8").replace('translations = ["ru", "hy"]', 'translations = ["ru"]')
    settings.write_text(text[:text.index("hy = ")], "utf-8")   # and its note labels, refused for no column
    assert cli("--root", root, "validate")[0] == 0
    code, out, _ = cli("--root", root, "check")
    dropped = [line for line in out.splitlines() if ": dropped-language: " in line]
    assert len(dropped) == 1, out
    tree = etree.parse(str(root / "tei" / "mini.xml"))
    div = tree.xpath("//t:body/t:div[@type='translation'][@xml:lang='hy']", namespaces=NS)[0]
    assert dropped[0].startswith(f"tei/mini.xml:{div.sourceline}: dropped-language: ")
    assert "Armenian (hy)" in dropped[0] and "languages.translations" in dropped[0]
    code, out, _ = cli("--root", root, "check", "--rule", "dropped-language", "--strict")
    assert code == 1 and out.count(": dropped-language: ") == 1


def test_check_names_a_document_whose_editors_are_not_the_settings(tmp_path, cli):
    """Another edition's editors in edition.editors: the documents encoded before keep their own
    resp-editors, which the citations and the printed title page read (journey 23g: "Triglot project
    (eds.)" on every page after the settings named two editors). check names the statement."""
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('publisher = "Triglot project"\n',
                                                            'publisher = "Triglot project"\neditors = ["Ayşe Yılmaz"]\n'),
                        "utf-8")
    assert cli("--root", root, "validate")[0] == 0
    code, out, _ = cli("--root", root, "check")
    found = [line for line in out.splitlines() if ": editors: " in line]
    assert len(found) == 1 and found[0].startswith("tei/mini.xml:9: editors: resp-editors names Test, "), out
    assert "Ayşe Yılmaz" in found[0]
    settings.write_text(settings.read_text("utf-8").replace('["Ayşe Yılmaz"]', '["Test"]'), "utf-8")
    assert ": editors: " not in cli("--root", root, "check")[1]


def test_add_language_names_the_publisher_as_the_new_drafter_as_encode_does(tmp_path, cli):
    """The new `resp-draft-tr` was a copy of the last drafter's statement, its name included: in the
    grown edition (journey 23g) the Turkish drafter was "Triglot project", the Armenian drafter, under
    another publisher. Encode names the edition's publisher there; add-language now does too."""
    root = make_project(tmp_path)
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace('translations = ["ru", "hy"]',
                                                            'translations = ["ru", "hy", "tr"]'), "utf-8")
    assert cli("--root", root, "translations", "add-language", "tr")[0] == 0
    tree = etree.parse(str(root / "tei" / "mini.xml"))
    drafter = tree.xpath("//t:titleStmt/t:respStmt[@xml:id='resp-draft-tr']", namespaces=NS)[0]
    assert [(etree.QName(n).localname, n.text) for n in drafter if etree.QName(n).localname != "resp"] == [
        ("orgName", "Triglot project")]            # the mini edition's publisher; its drafters say "Test"
    assert cli("--root", root, "validate")[0] == 0

def test_xliff_names_the_base_language_as_its_source(tmp_path, cli):
    root = make_project(tmp_path, "polyglot-mini")
    code, _, err = cli("--root", root, "translations", "export", "--format", "xliff", "--lang", "tr")
    assert code == 0, err
    xliff = etree.parse(str(root / "translations" / "xliff" / "tr" / "brief.xlf")).getroot()
    assert (xliff.get("srcLang"), xliff.get("trgLang")) == ("de", "tr")


def test_a_book_language_no_installed_font_covers_is_refused_before_printing(tmp_path):
    """fontconfig is asked which fonts cover each book language; with none (here: a fontconfig
    that knows no font directory) the build names the language instead of printing empty boxes."""
    import os
    import sys
    root = make_project(tmp_path, "polyglot-mini")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n',
                    encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    run = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "build", "print", "--languages", "de-tr"],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    problems = [line for line in run.stderr.splitlines() if ": fonts: " in line]
    assert [p.split(": fonts: ")[1].split(":")[0] for p in problems] == [
        "no installed font covers de (German)", "no installed font covers tr (Turkish)"]
    assert not (root / "build" / "print").exists()


def test_fontconfig_finds_a_font_for_every_language_of_this_edition(project_root):
    from triglot.print.fonts import covering
    from triglot.settings import load
    assert all(covering(lang) for lang in load(project_root).languages)


def test_the_front_matter_says_each_line_once(polyglot):
    """A column whose title is not translated, or whose language has no print catalog, repeated the line
    before it word for word: an en-fr book's title page read its English title twice, and its contents
    listed "Chronology" twice and an untitled document's id twice."""
    for book in (polyglot / "build" / "print").glob("*.pdf"):
        text = subprocess.run(["pdftotext", "-l", "3", "-layout", str(book), "-"],
                              capture_output=True, text=True, check=True).stdout
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        # (the editors and the publisher are one body here: its name is on the title page and the imprint)
        repeated = {line for line in lines if lines.count(line) > 1 and not line.isdigit()} - {"Test publisher"}
        assert not repeated, (book.name, repeated)


def test_the_build_help_names_the_settings_books_not_three_of_its_own(capsys):
    """`build --help` said the default books were "the default three (en-ru, en-hy, en-ru-hy)": an
    edition with Turkish added prints four by its settings, a German one none of those (journey 23g)."""
    from triglot.cli import main
    with pytest.raises(SystemExit) as done:
        main(["build", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    text = " ".join(out.split())
    assert "print.books" in text and "default three" not in text and "en-hy," not in text
