"""MODS 3.7 records of the documents and the edition, checked against the bundled MODS schema."""
from __future__ import annotations

import pytest
from lxml import etree

from triglot.edition import load
from triglot.library import mods
from triglot.library.command import export
from triglot.problems import InputError
from triglot.tei import NS, XML_LANG

from conftest import copy_project

M = {"m": "http://www.loc.gov/mods/v3", "xlink": "http://www.w3.org/1999/xlink"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    return project, export(project, project / "build").folder


def record(exported, name):
    return etree.parse(str(exported[1] / "mods" / name)).getroot()


def text(el):
    return " ".join("".join(el.itertext()).split())


def test_one_record_per_document_and_one_for_the_edition_all_valid_mods(exported):
    edition = load(exported[0])
    names = sorted(p.name for p in (exported[1] / "mods").iterdir())
    assert names == sorted([f"{d.id}.xml" for d in edition.documents] + [mods.EDITION_RECORD])
    schema = etree.XMLSchema(etree.parse(str(mods.MODS_XSD)))
    for name in names:
        assert schema.validate(etree.parse(str(exported[1] / "mods" / name))), (name, schema.error_log)


def test_titles_in_every_language_with_language_and_script(exported):
    edition = load(exported[0])
    codes = {"en": ("eng", "Latn"), "ru": ("rus", "Cyrl"), "hy": ("arm", "Armn")}
    for doc in edition.documents:
        tei_titles = doc.root.findall("t:teiHeader/t:fileDesc/t:titleStmt/t:title[@type='main']", NS)
        infos = record(exported, f"{doc.id}.xml").findall("m:titleInfo", M)
        assert [text(i) for i in infos] == [text(t) for t in tei_titles]
        assert [(i.get("lang"), i.get("script")) for i in infos] == [codes[t.get(XML_LANG)] for t in tei_titles]
        assert [i.get("type") for i in infos][1:] == ["translated"] * (len(infos) - 1)


def test_names_carry_marc_relator_roles_and_the_registers_structure(exported):
    rec = record(exported, "legran1920.xml")
    author = rec.find("m:name", M)
    assert [text(p) for p in author.findall("m:namePart", M)] == ["Barsegov", "Yuri"]
    assert author.find("m:role/m:roleTerm[@type='code']", M).text == "aut"
    roles = [r.text for r in rec.findall("m:name/m:role/m:roleTerm[@type='code']", M)]
    assert roles.count("trl") == 2 and "edt" in roles


def test_a_registers_authority_uri_becomes_the_names_value_uri(tmp_path):
    project = copy_project(tmp_path)
    persons = project / "tei" / "persons.xml"
    data = persons.read_text(encoding="utf-8")
    marker = '<person xml:id="barsegov">'
    assert marker in data
    persons.write_text(data.replace(marker, marker + '\n        <idno type="VIAF">http://viaf.org/viaf/0000000</idno>'),
                       encoding="utf-8")
    folder = export(project, project / "build").folder
    author = etree.parse(str(folder / "mods" / "legran1920.xml")).find("m:name", M)
    assert author.get("valueURI") == "http://viaf.org/viaf/0000000"


def test_publication_identifier_and_licence_come_from_the_header(exported):
    edition = load(exported[0])
    doc = edition.document("legran1920")
    rec = record(exported, "legran1920.xml")
    pub = doc.root.find("t:teiHeader/t:fileDesc/t:publicationStmt", NS)
    assert rec.find("m:originInfo/m:dateIssued", M).text == pub.find("t:date", NS).get("when")
    assert rec.find("m:originInfo/m:publisher", M).text == text(pub.find("t:publisher", NS))
    assert rec.find("m:identifier[@type='uri']", M).text == "https://w3id.org/triglot/legran1920"
    licence = rec.find("m:accessCondition", M)
    assert licence.get(f"{{{M['xlink']}}}href") == pub.find("t:availability/t:licence", NS).get("target")


def test_archival_originals_are_related_items_with_shelfmark_folios_and_form(exported):
    edition = load(exported[0])
    for doc in edition.documents:
        rec = record(exported, f"{doc.id}.xml")
        for ms in doc.root.iterfind(".//t:sourceDesc/t:msDesc", NS):
            item = rec.find(f"m:relatedItem[@ID='{ms.get('{http://www.w3.org/XML/1998/namespace}id')}']", M)
            assert item is not None and item.get("type") == "original"
            shelf = text(item.find("m:location/m:shelfLocator", M))
            for idno in ms.findall("t:msIdentifier/t:idno", NS):
                assert f"{idno.get('type')} {text(idno)}" in shelf
            for locus in ms.findall("t:msContents/t:msItem/t:locus", NS):
                assert text(locus) in shelf
            form = ms.find("t:physDesc/t:objectDesc", NS)
            if form is not None and form.get("form"):
                assert item.find("m:physicalDescription/m:form", M).text == form.get("form")
            assert text(ms.find("t:msIdentifier/t:repository", NS)) in text(item.find("m:location/m:physicalLocation", M))


def test_the_edition_record_lists_every_document_as_a_constituent(exported):
    edition = load(exported[0])
    rec = record(exported, mods.EDITION_RECORD)
    parts = rec.findall("m:relatedItem[@type='constituent']/m:identifier", M)
    assert [p.text for p in parts] == [f"https://w3id.org/triglot/{d.id}" for d in edition.documents]


def test_a_record_breaking_the_schema_is_refused(exported):
    data = (exported[1] / "mods" / "legran1920.xml").read_bytes()
    data = data.replace(b"<originInfo eventType", b"<origin eventType", 1).replace(b"</originInfo>", b"</origin>", 1)
    with pytest.raises(InputError) as caught:
        mods.check("mods/legran1920.xml", data)
    assert caught.value.problems[0].rule == "mods-schema" and caught.value.problems[0].line > 1


def test_the_records_and_the_mods_schema_are_in_the_bag(exported):
    bag = exported[1] / "bag" / "data"
    assert sorted(p.name for p in (bag / "mods").iterdir()) == sorted(p.name for p in (exported[1] / "mods").iterdir())
    assert (bag / "tei" / "schema" / "mods" / "mods-3-7.xsd").exists()


def test_the_records_are_valid_mods_for_the_jdks_validator_too(exported):
    """Xerces (the JDK's validator), not libxml2: a second implementation agrees."""
    import subprocess
    from conftest import ROOT
    files = sorted(str(p) for p in (exported[1] / "mods").glob("*.xml"))
    done = subprocess.run(["java", str(ROOT / "tests" / "tools" / "XsdValidate.java"), str(mods.MODS_XSD), *files],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("valid ") == len(files)


def test_the_edition_record_has_the_editions_title_in_every_language(exported):
    infos = record(exported, mods.EDITION_RECORD).findall("m:titleInfo", M)
    assert [(i.get("lang"), i.get("script"), i.get("type")) for i in infos] == [
        ("eng", "Latn", None), ("arm", "Armn", "translated"), ("rus", "Cyrl", "translated")]
    host = record(exported, "legran1920.xml").find("m:relatedItem[@type='host']", M)
    assert [i.get("lang") for i in host.findall("m:titleInfo", M)] == ["eng", "arm", "rus"]


def test_languages_and_scripts_come_from_locale_data_for_any_edition(tmp_path):
    """A German/French/Turkish edition gets ISO 639-2/B codes and scripts no table here lists."""
    import shutil
    from conftest import ROOT
    project = tmp_path / "polyglot"
    shutil.copytree(ROOT / "tests" / "roots" / "polyglot-mini", project)
    brief = project / "tei" / "brief.xml"     # a language is catalogued once a slot is translated into it
    from triglot.edition import load
    from triglot.translate.fingerprint import source_uri
    from triglot.translate.placeholders import segment
    heading = load(project).documents[0].root.find(".//{http://www.tei-c.org/ns/1.0}head")
    text = brief.read_text("utf-8")
    for lang, words in (("fr", "Une lettre de Moscou"), ("tr", "Moskova'dan bir mektup")):
        text = text.replace(f'<ab xml:id="brief.h1.{lang}" corresp="#brief.h1" ana="#untranslated"/>',
                            f'<ab xml:id="brief.h1.{lang}" corresp="#brief.h1" ana="#draft" resp="#resp-draft-'
                            f'{lang}" source="{source_uri(segment(heading).text)}">{words}</ab>')
    brief.write_text(text, "utf-8")
    folder = export(project, project / "build").folder
    rec = etree.parse(str(folder / "mods" / mods.EDITION_RECORD)).getroot()
    langs = {(lang.findtext("m:languageTerm", namespaces=M), lang.findtext("m:scriptTerm", namespaces=M))
             for lang in rec.iterfind("m:language", M)}
    assert langs == {("de", "Latn"), ("fr", "Latn"), ("tr", "Latn")}
    assert rec.find("m:titleInfo", M).get("lang") == "ger"
