"""The toolkit used as strangers use it, on material nobody here wrote (session 10): an editor
who brings TEI from another project, a translator with their own PO tools, an editor who starts
a new edition about something else. Each test is a fault found that way."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "strangers"


@pytest.fixture
def new_edition(tmp_path, cli):
    code, out, err = cli("new", tmp_path / "letters", "--title", "Letters", "--translations", "de",
                         "--publisher", "Test")
    assert code == 0, err
    return tmp_path / "letters"


def test_a_schema_regenerated_before_any_document_keeps_what_encode_writes(new_edition, cli):
    """`triglot schema` in a new edition derived a subset without <ab> (every translation slot),
    <edition>, <keywords> and <trailer>, all of which `triglot encode` writes: the first encoded
    text then failed validation with 16 schema problems (the subset is meant to keep whatever
    Triglot's own commands write, used yet or not)."""
    code, out, err = cli("--root", new_edition, "schema")
    assert code == 0, err
    shutil.copy(DATA / "mill.txt", new_edition / "seeds" / "mill.txt")
    code, out, err = cli("--root", new_edition, "encode", new_edition / "seeds" / "mill.txt", "--id", "mill", "--genre", "letter")
    assert code == 0, err
    code, out, err = cli("--root", new_edition, "validate")
    assert "tei-schema" not in out + err, out + err
    assert code == 0, out + err


def test_a_byline_naming_someone_the_registers_do_not_know_is_encoded(new_edition, cli):
    """"By John Stuart Mill" in a new edition: the byline's name is a proposal without @ref, and
    encode stopped with a TypeError traceback (lxml refused ref=None for the header's author)."""
    shutil.copy(DATA / "mill.txt", new_edition / "seeds" / "mill.txt")
    code, out, err = cli("--root", new_edition, "encode", new_edition / "seeds" / "mill.txt", "--id", "mill")
    assert code == 0, err
    from triglot.tei import NS
    from triglot.xmlio import parse_xml
    author = parse_xml(new_edition / "tei" / "mill.xml").find(".//t:titleStmt/t:author/t:persName", NS)
    assert author.text == "John Stuart Mill" and author.get("ref") is None and author.get("ana") == "#review"
    code, out, err = cli("--root", new_edition, "check", "--rule", "review")
    assert sum("review: proposed persName “John Stuart Mill” awaits review" in line
               for line in (out + err).splitlines()) == 3     # byline, header author, seed's author


def _letters_as_published(tmp_path, cli):
    """A new edition with a German base text, and the correspDesc SIG's anthology of two letters
    to Meyerbeer in it, changed only as tei/ENCODING.md asks for the text (tests/data/strangers/README.md):
    its header as published, without the edition's publisher, licence URL, version and date."""
    code, out, err = cli("new", tmp_path / "briefe", "--title", "Briefe", "--base", "de",
                         "--translations", "en,fr", "--publisher", "Test Press")
    assert code == 0, err
    root = tmp_path / "briefe"
    shutil.copy(DATA / "meyerbeer.xml", root / "tei" / "meyerbeer.xml")
    shutil.copy(DATA / "meyerbeer.txt", root / "seeds" / "meyerbeer.txt")
    code, out, err = cli("--root", root, "schema")      # <opener>, <salute>, <supplied>, <authority>…
    assert code == 0, err
    return root


def _state_the_editions_facts(doc: Path) -> None:
    """What ENCODING.md asks of a header brought from another project: the edition's publisher,
    licence, version, publication date and the document's permanent URL (all on lines the header
    has, but the editionStmt)."""
    text = doc.read_text("utf-8")
    text = text.replace("<authority>TEI Correspondence SIG, correspDesc task force</authority>",
                        "<authority>TEI Correspondence SIG, correspDesc task force</authority><publisher>Test Press"
                        "</publisher>")
    text = text.replace("</licence>\n                </availability>",
                        "</licence>\n                </availability><date when=\"2026-12-03\">2026-12-03</date>"
                        "<idno type=\"URI\">https://example.org/briefe/meyerbeer</idno>")
    text = text.replace("<licence>", '<licence target="https://creativecommons.org/licenses/by/4.0/">')
    text = text.replace("            <publicationStmt>", '            <editionStmt><edition n="0.1">test</edition>'
                        "</editionStmt>\n            <publicationStmt>", 1)
    doc.write_text(text, encoding="utf-8")


@pytest.fixture
def letters_de(tmp_path, cli):
    """The letters with the edition's facts in their header: a valid edition."""
    root = _letters_as_published(tmp_path, cli)
    _state_the_editions_facts(root / "tei" / "meyerbeer.xml")
    code, out, err = cli("--root", root, "validate")
    assert code == 0, out + err
    return root


HEADER_PROBLEMS = [
    "tei/meyerbeer.xml:13: edition-header: the header states no edition publisher (publicationStmt/publisher) "
    "(e.g. 'Test Press'): every document states the edition's publisher, licence and version, which the "
    "web and library outputs read",
    "tei/meyerbeer.xml:16: edition-header: the header states no edition licence "
    "(publicationStmt/availability/licence/@target) (e.g. 'https://creativecommons.org/licenses/by/4.0/'): "
    "every document states the edition's publisher, licence and version, which the web and library outputs read",
    "tei/meyerbeer.xml:5: edition-header: the header states no edition version (editionStmt/edition/@n): "
    "every document states the edition's publisher, licence and version, which the web and library outputs read",
    "tei/meyerbeer.xml:13: edition-header: no document gives a publication date (publicationStmt/date/@when); "
    "the exports date the edition by its latest document"]


def test_a_header_without_the_editions_publisher_licence_or_version_is_named_at_its_line(tmp_path, cli):
    """The letters' header has an <authority> and a licence without @target, and no edition
    statement (all valid TEI): `build web` stopped with "tei/:0: edition-header: the documents
    disagree on the edition's publisher: ['None']" for an edition of one document. Then validate
    passed it and build refused it: an editor learns it from validate now, at the same lines."""
    root = _letters_as_published(tmp_path, cli)
    for command in (["validate"], ["build", "web"], ["export"]):
        code, out, err = cli("--root", root, *command)
        assert code == 1
        lines = [line for line in (out + err).splitlines() if "edition-header" in line]
        assert sorted(lines) == sorted(HEADER_PROBLEMS), (command, out + err)
    assert not (root / "build" / "web").exists() and not (root / "build" / "export").exists()


def test_a_document_whose_publisher_differs_is_named_with_the_others_value(tmp_path):
    from conftest import copy_project
    from triglot.edition import load
    from triglot.library.corpus import edition_facts
    from triglot.problems import InputError
    root = copy_project(tmp_path)
    doc = sorted(p for p in (root / "tei").glob("*.xml") if p.name not in ("persons.xml", "places.xml", "orgs.xml"))[0]
    text = doc.read_text("utf-8")
    start = text.index("<publisher>")
    doc.write_text(text[:start] + "<publisher>Another Press</publisher>"
                   + text[text.index("</publisher>", start) + len("</publisher>"):], encoding="utf-8")
    with pytest.raises(InputError) as found:
        edition_facts(load(root))
    [problem] = found.value.problems
    assert problem.file == f"tei/{doc.name}" and problem.line == text[:start].count("\n") + 1
    assert problem.message.startswith("edition publisher 'Another Press' differs from '") and "in 4 other document(s)" in problem.message


def test_an_example_of_tei_markup_is_refused_as_an_edition_rule_and_another_vocabulary_is_named(letters_de, cli):
    """The SIG's encoding manual quotes markup in <egXML> (tei_all accepts it; this edition leaves
    it out on purpose): validate said only "Did not expect element egXML there", as it did for an
    element of another vocabulary, whose namespace it did not name."""
    doc = letters_de / "tei" / "meyerbeer.xml"
    text = doc.read_text("utf-8")
    text = text.replace('<p xml:id="meyerbeer.p1">Mein lieber Sohn, …</p>',
                        '<p xml:id="meyerbeer.p1">Mein lieber Sohn, …<egXML xmlns="http://www.tei-c.org/ns/Examples">'
                        '<p>Mein lieber Sohn</p></egXML></p>')
    text = text.replace('<p xml:id="meyerbeer.p2">', '<p xml:id="meyerbeer.p2"><svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>')
    doc.write_text(text, encoding="utf-8")
    line = {key: text[:text.index(key)].count("\n") + 1 for key in ("meyerbeer.p1", "meyerbeer.p2")}
    code, out, err = cli("--root", letters_de, "validate")
    assert code == 1
    schema = [line for line in (out + err).splitlines() if "tei-schema" in line]
    assert schema == [
        f"tei/meyerbeer.xml:{line['meyerbeer.p1']}: tei-schema: <egXML> (an example of TEI markup, namespace "
        "http://www.tei-c.org/ns/Examples) is left out of this edition's schema on purpose (an edition rule): every "
        "output would read the example as the edition's own text; give the example as text (&lt;p&gt;…) or remove it",
        f"tei/meyerbeer.xml:{line['meyerbeer.p2']}: tei-schema: <svg:svg> (namespace http://www.w3.org/2000/svg) is "
        "not a TEI element, and TEI allows other vocabularies only in a few places (xenoData for metadata, for "
        "one); if it is meant as TEI, put it in the TEI namespace"], out + err


# --- a translator with their own tools -------------------------------------------------------

def _translated_mini(tmp_path):
    """translate-mini exported, with one entry translated as a translator's tool saves it."""
    from test_translations_import import P1, P1_RU, ru_po
    from test_translations_support import edit_po, export_mini, make_mini, translate
    root = make_mini(tmp_path)
    export_mini(root)
    edit_po(ru_po(root), {P1: translate(P1_RU)})
    return root, ru_po(root)


def test_a_po_file_saved_with_a_byte_order_mark_and_crlf_is_imported(tmp_path):
    """Notepad saves UTF-8 with a byte-order mark (and CRLF): import said "line 1: po-syntax: a PO
    string must be in double quotes", which sends a translator hunting for a missing quote."""
    from test_translations_import import P1, slot
    from test_translations_support import import_mini
    root, path = _translated_mini(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert import_mini(root).problems == []
    assert "".join(slot(root, P1).itertext()).startswith("В 1937 году Микоян")


@pytest.mark.parametrize("charset", ["CP1251", "KOI8-R"])
def test_a_po_file_in_another_charset_is_refused_at_its_declaration_with_the_way_out(tmp_path, cli, charset):
    """`msgconv -t CP1251` gives a valid PO file that import refuses (an edition rule: the files
    are UTF-8); it said "invalid UTF-8 (byte 0xc2); save the file as UTF-8" at the first Cyrillic
    letter, naming neither the charset the file declares nor how to convert it. A UTF-8 file that
    declares Latin-1 gave one "control character" problem per entry (read as Latin-1)."""
    root, path = _translated_mini(tmp_path)
    text = re.sub("charset=utf-8", f"charset={charset}", path.read_text("utf-8"), flags=re.I)
    line = text[:text.index("Content-Type")].count("\n") + 1
    path.write_bytes("\n".join(l for l in text.split("\n") if not l.startswith("#.")).encode(charset, "replace"))
    name = "translations/ru/mini.po"
    before = (root / "tei" / "mini.xml").read_bytes()
    code, out, err = cli("--root", root, "translations", "import", root / name)
    assert code == 1 and (root / "tei" / "mini.xml").read_bytes() == before
    message = (f"po-encoding: the header declares charset={charset}; the edition's PO files are UTF-8 (the TEI is, "
               f"and Armenian has no other common charset): convert it with `msgconv -t UTF-8 {name} -o {name}`")
    assert f"{name}:{line}: {message}" in err, err
    # UTF-8 bytes declaring Latin-1: the header is what is wrong (msgconv, the advice above, would read the
    # UTF-8 letters as Latin-1 and garble them; hostile47)
    path.write_text(text.replace(f"charset={charset}", "charset=ISO-8859-1"), encoding="utf-8")
    code, out, err = cli("--root", root, "translations", "import", root / name)
    assert code == 1 and [l for l in err.splitlines() if name in l] == [
        f"{name}:{line}: po-encoding: the header declares charset=ISO-8859-1, but the file's bytes are UTF-8: correct "
        "the header to charset=UTF-8 (msgconv would read the UTF-8 letters as ISO-8859-1 and garble every one)"], err


# --- an editor starting a new edition --------------------------------------------------------

def test_the_first_register_entry_of_a_new_edition_is_added(new_edition, cli):
    """`triglot new` writes each register as a body with "No entries yet." (TEI has no empty
    listPerson), and `register add` looked only for the list: a TypeError traceback, on the
    first entry of every new edition."""
    code, out, err = cli("--root", new_edition, "register", "add", "person", "charles-lyell",
                         "--forename", "en=Charles", "--surname", "en=Lyell", "--forename", "de=Charles",
                         "--surname", "de=Lyell", "--variant", "Lyell")
    assert code == 0, err
    code, out, err = cli("--root", new_edition, "register", "add", "place", "london", "--name", "en=London",
                         "--name", "de=London", "--type", "city", "--geonames", "2643743")
    assert code == 0, err
    from triglot.tei import NS
    from triglot.xmlio import parse_xml
    for name, tag, ident in (("persons.xml", "listPerson", "charles-lyell"), ("places.xml", "listPlace", "london")):
        body = parse_xml(new_edition / "tei" / name).find(".//t:text/t:body", NS)
        assert [etree_local(c) for c in body] == [tag] and [e.get("{http://www.w3.org/XML/1998/namespace}id")
                                                           for e in body[0]] == [ident]
    code, out, err = cli("--root", new_edition, "validate")
    assert code == 0, out + err


def etree_local(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def test_every_missing_interface_string_of_a_new_interface_language_is_named_at_once(tmp_path, cli):
    """An edition with German as an interface language starts with an empty German catalog (new
    says so): `build web` stopped at the first string a page needed, naming that one alone, so
    each of its ~150 strings cost a build."""
    code, out, err = cli("new", tmp_path / "vl", "--translations", "de,fr,it", "--interface", "en,de")
    assert code == 0 and "no de interface strings ship with triglot" in out + err
    root = tmp_path / "vl"
    catalog = root / "translations" / "ui" / "de" / "LC_MESSAGES" / "ui.po"
    import polib
    empty = {e.msgid for e in polib.pofile(str(catalog)) if not (e.msgstr or any(e.msgstr_plural.values()))}
    code, out, err = cli("--root", root, "build", "web")
    assert code == 1
    named = {line.split("interface string '", 1)[1].rsplit("' is empty in de", 1)[0]
             for line in (out + err).splitlines()
             if line.startswith("translations/ui/de/LC_MESSAGES/ui.po:") and ": catalog: " in line}
    assert named == empty and len(empty) > 100      # the plural "{count} passage found." too
    assert not (root / "build" / "web").exists()


def test_a_mailto_link_is_refused_as_an_edition_rule_not_as_an_undeclared_prefix(letters_de, cli):
    """The SIG manual's legal notice links its e-mail address (`ref target="mailto:…"`, valid
    TEI): validate said "unknown pointer prefix (declare it in listPrefixDef)", advice that would
    make a prefix of a URI scheme. The web edition links only http(s) URLs: an edition rule."""
    doc = letters_de / "tei" / "meyerbeer.xml"
    text = doc.read_text("utf-8").replace('<p xml:id="meyerbeer.p2">Wir',
                                          '<p xml:id="meyerbeer.p2"><ref target="mailto:editor@example.org">Wir</ref>')
    doc.write_text(text, encoding="utf-8")
    line = text[:text.index("mailto:")].count("\n") + 1
    code, out, err = cli("--root", letters_de, "validate")
    assert code == 1
    assert [l for l in (out + err).splitlines() if "references" in l] == [
        f"tei/meyerbeer.xml:{line}: references: @target='mailto:editor@example.org': 'mailto:' is a URI scheme, not "
        "a pointer prefix: this edition links only http(s) URLs and its own pointers (an edition rule: the web "
        "edition publishes no other link); give the address as text"], out + err


def test_a_translation_into_a_header_without_respstmt_ids_says_what_to_add(letters_de, cli):
    """The letters' header has a respStmt without xml:id (as most editions write it): importing the
    first English translation said "name who is responsible with a translator comment `resp: ID`,
    ID one of " and an empty list; with a German base text, "no such English block" and "the
    English changed" named the wrong language."""
    code, out, err = cli("--root", letters_de, "translations", "export")
    assert code == 0, err
    path = letters_de / "translations" / "en" / "meyerbeer.po"
    text = path.read_text("utf-8").replace('msgid "Schätzbarster Freund!"\nmsgstr ""',
                                           'msgid "Schätzbarster Freund!"\nmsgstr "Most esteemed friend!"')
    path.write_text(text, encoding="utf-8")
    line = text[:text.index('msgid "Schätzbarster')].count("\n") + 1
    code, out, err = cli("--root", letters_de, "translations", "import", path)
    assert code == 1
    assert (f"translations/en/meyerbeer.po:{line}: resp: meyerbeer.sa1: the header of tei/meyerbeer.xml has no "
            "respStmt with an xml:id to name as responsible: add one for the translator") in err, err
    doc = letters_de / "tei" / "meyerbeer.xml"
    doc.write_text(doc.read_text("utf-8").replace(
        "</titleStmt>", '<respStmt xml:id="resp-at"><resp>English translation</resp><persName>A. Translator'
        "</persName></respStmt></titleStmt>"), encoding="utf-8")
    code, out, err = cli("--root", letters_de, "translations", "import", "--resp", "resp-ag", path)
    assert code == 1 and "'resp-ag' is not a respStmt of the header; name who is responsible" in err, err
    code, out, err = cli("--root", letters_de, "translations", "import", "--resp", "resp-at", path)
    assert code == 0, err
    path.write_text(text.replace('msgid "Schätzbarster Freund!"\nmsgstr "Most esteemed friend!"',
                                 'msgid "Schätzbarster Freund"\nmsgstr "Most esteemed friend"'), encoding="utf-8")
    code, out, err = cli("--root", letters_de, "translations", "import", "--resp", "resp-at", path)
    # the msgid edited in the file, the German unchanged (hostile37: said so, not "the German changed")
    assert code == 1 and "meyerbeer.sa1: its msgid is not the German it was exported with" in err, err


def test_validate_refuses_foreign_tei_in_one_line_as_the_other_commands_do(new_edition, cli):
    """The SIG's example dropped into tei/ as it is: validate gave 10 lines for it (langUsage not
    declaring each edition language, no base text, and schema problems each advising `triglot
    schema`, which refuses the file); every other command says it in one line."""
    shutil.copy(DATA / "example01_basic.xml", new_edition / "tei" / "example01_basic.xml")
    code, out, err = cli("--root", new_edition, "validate")
    assert code == 1
    assert [l for l in (out + err).splitlines() if l.startswith("tei/")] == [
        "tei/example01_basic.xml:3: shape: not a document of this edition: no base text (div type='base' "
        "xml:lang='en'); foreign TEI does not belong in tei/"], out + err


def test_a_tei_in_libraries_finding_is_given_at_the_line_of_the_editors_file(letters_de, cli):
    """With the header facts added, export refused the letters for the TEI in Libraries rule on
    title types at "tei/meyerbeer.xml:4", a line of the rewritten header it never writes (line 4 of
    the editor's file is <teiHeader>); the rule is about the titleStmt."""
    text = (letters_de / "tei" / "meyerbeer.xml").read_text("utf-8")
    code, out, err = cli("--root", letters_de, "export")
    line = text[:text.index("<titleStmt>")].count("\n") + 1
    assert code == 1 and f"tei/meyerbeer.xml:{line}: bptl:titleType: " in err, err


def test_output_piped_into_a_reader_that_stops_ends_quietly(new_edition, cli):
    """`triglot register show ENTRY | head -8` printed "triglot:0: os: Broken pipe" (an error the
    user did not make); Unix tools stop quietly when the reader has gone."""
    import os
    import subprocess
    import sys
    code, out, err = cli("--root", new_edition, "register", "add", "person", "charles-lyell",
                         "--name", "en=Charles Lyell", "--name", "de=Charles Lyell")
    assert code == 0, err
    read, write = os.pipe()
    os.close(read)                       # the reader has gone before the first line is written
    try:
        done = subprocess.run([sys.executable, "-m", "triglot", "--root", str(new_edition), "register", "show",
                               "charles-lyell"], stdout=write, stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(write)
    assert done.stderr == "" and done.returncode == 141


@pytest.mark.parametrize("language, accepted", [("ru_RU", True), ("ru-RU", True), ("ru@latin", False),
                                                ("hy_AM", False)])
def test_a_po_file_whose_language_names_a_region_is_imported(tmp_path, language, accepted):
    """Poedit writes "Language: ru_RU" when the translator picks Russian (Russia): import refused
    the file in translations/ru/ with "cannot tell the language". A script or modifier (another
    way of writing) and another language stay refused."""
    from test_translations_import import P1, slot
    from test_translations_support import import_mini
    root, path = _translated_mini(tmp_path)
    path.write_text(path.read_text("utf-8").replace('"Language: ru\\n"', f'"Language: {language}\\n"'),
                    encoding="utf-8")
    assert f'"Language: {language}\\n"' in path.read_text("utf-8")
    problems = import_mini(root).problems
    if accepted:
        assert problems == [] and "".join(slot(root, P1).itertext()).startswith("В 1937 году Микоян")
    else:
        assert [p.rule for p in problems] == ["po-target"]


def test_text_the_editors_supply_is_bracketed_and_an_omission_shown_on_the_web(tmp_path, cli):
    """The SIG's letters supply a digit of a date (<supplied>1</supplied>815): the web page showed
    "1815" as if the source had it, and a <gap/> showed nothing at all. Both read as in print now."""
    from conftest import copy_project, replace_once
    root = copy_project(tmp_path / "edition")
    shutil.copytree(Path(__file__).resolve().parents[1] / "translations" / "ui", root / "translations" / "ui")
    replace_once(root / "tei" / "legran-letter-to-chicherin.xml", "предшествовали уступка",
                 'предшествовали <supplied>ранее</supplied> уступка <gap reason="illegible"/>')
    assert cli("--root", root, "schema")[0] == 0
    code, out, err = cli("--root", root, "build", "web")
    assert code == 0, err
    page = (root / "build" / "web" / "en" / "documents" / "legran1920.html").read_text("utf-8")
    assert '<span class="supplied">[ранее]</span>' in page
    assert '<span class="gap">[…]</span>' in page
