"""A source text in the public domain (journey 27: a written answer of the House of Commons, 1919,
tests/data/journey27): the mark covers the source text, with the reason the editor gives, and the
edition's licence stands beside it for the project's draft translations, notes and encoding. Journey
26 saw a whole document under the mark alone in MODS and Dublin Core, the project's translations
with it, and no way to say why the text is free of copyright.

Fixture: tests/roots/shared-alike (a CC BY 4.0 edition), into which the journey's seed is encoded.
"""
from __future__ import annotations

import shutil

import pytest
from lxml import etree

from conftest import ROOT, make_project
from triglot.tei import NS

MARK = "https://creativecommons.org/publicdomain/mark/1.0/"
BY = "https://creativecommons.org/licenses/by/4.0/"
SEED = ROOT / "tests" / "data" / "journey27" / "hansard-transcaucasia-1919.txt"
SOURCE = "https://api.parliament.uk/historic-hansard/written-answers/1919/aug/14/trans-caucasia"
REASON = ("Published by the UK Parliament in 1919: Parliamentary copyright in a published work lasts 50 years "
          "from the end of the year of publication.")
MODS = "{http://www.loc.gov/mods/v3}"
XLINK = "{http://www.w3.org/1999/xlink}href"


def _encode(root, cli, *extra):
    shutil.copy(SEED, root / "seeds" / SEED.name)
    return cli("--root", root, "encode", root / "seeds" / SEED.name, "--id", "hansard", "--licence-url", MARK,
               "--licence-label", "Public Domain Mark 1.0", "--source-url", SOURCE, *extra)


def _licences(root):
    tree = etree.parse(str(root / "tei" / "hansard.xml"))
    return tree.findall(".//t:publicationStmt/t:availability/t:licence", NS)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from triglot.cli import main
    root = make_project(tmp_path_factory.mktemp("pd"), "shared-alike")
    shutil.copy(SEED, root / "seeds" / SEED.name)
    assert main(["--root", str(root), "encode", str(root / "seeds" / SEED.name), "--id", "hansard",
                 "--licence-url", MARK, "--licence-label", "Public Domain Mark 1.0", "--source-url", SOURCE,
                 "--licence-reason", REASON]) == 0
    assert main(["--root", str(root), "export"]) == 0
    assert main(["--root", str(root), "build", "web"]) == 0
    return root


def test_encode_states_the_mark_with_its_reason_and_the_editions_licence_beside_it(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    code, _, err = _encode(root, cli, "--licence-reason", REASON)
    assert code == 0, err
    mark, edition = _licences(root)
    assert (mark.get("target"), mark.get("source"), mark.text) == (MARK, SOURCE, "Public Domain Mark 1.0")
    assert mark.findtext("t:note[@type='reason']", namespaces=NS) == REASON
    assert "source text (English)" in mark.findtext("t:note[@type='covers']", namespaces=NS)
    assert (edition.get("target"), edition.get("source")) == (BY, None)
    assert "draft translations (Russian, Armenian)" in edition.findtext("t:note[@type='covers']", namespaces=NS)
    code, out, err = cli("--root", root, "validate")
    assert code == 0, out + err


def test_a_public_domain_mark_alone_is_refused_at_its_line(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    assert _encode(root, cli)[0] == 0
    path = root / "tei" / "hansard.xml"
    text = path.read_text("utf-8")
    start = text.index(f'<licence target="{BY}"')
    path.write_text(text[:start] + text[text.index("</licence>", start) + len("</licence>"):], "utf-8")
    line = _licences(root)[0].sourceline
    code, out, err = cli("--root", root, "validate")
    assert code == 1 and f"tei/hansard.xml:{line}: edition-header: " in out and "public-domain mark" in out, out + err
    assert "states no edition licence" not in out, out


def test_a_reason_without_a_public_domain_mark_is_refused_and_nothing_written(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    shutil.copy(SEED, root / "seeds" / SEED.name)
    code, _, err = cli("--root", root, "encode", root / "seeds" / SEED.name, "--id", "hansard",
                       "--licence-reason", REASON)
    assert code == 1 and "--licence-reason" in err and not (root / "tei" / "hansard.xml").exists(), err


def test_mods_names_what_each_licence_covers_and_why_the_text_is_free(exported):
    from triglot.library.mods import mods_schema
    record = etree.parse(str(exported / "build" / "export" / "mods" / "hansard.xml"))
    assert mods_schema().validate(record), mods_schema().error_log
    conditions = {c.get(XLINK): c for c in record.iter(f"{MODS}accessCondition")}
    assert set(conditions) == {MARK, BY}
    assert all(c.get("type") == "use and reproduction" for c in conditions.values())
    assert "source text" in conditions[MARK].get("displayLabel") and REASON in conditions[MARK].text
    assert "draft translations" in conditions[BY].get("displayLabel") and REASON not in conditions[BY].text


def test_dublin_core_states_both_licences_each_with_what_it_covers(exported):
    dc = etree.parse(str(exported / "build" / "export" / "dc" / "hansard.xml"))
    rights = [" ".join(r.text.split()) for r in dc.iter("{http://purl.org/dc/elements/1.1/}rights")]
    assert len(rights) == 2, rights
    mark = next(r for r in rights if MARK in r)
    assert mark.startswith("the source text (English)") and REASON in mark
    assert next(r for r in rights if BY in r).startswith("the draft translations")


def test_sync_headers_brings_the_licence_beside_the_mark_into_line_and_keeps_what_it_covers(tmp_path, cli):
    root = make_project(tmp_path, "shared-alike")
    assert _encode(root, cli, "--licence-reason", REASON)[0] == 0
    nc = "https://creativecommons.org/licenses/by-nc/4.0/"
    settings = root / "triglot.toml"
    settings.write_text(settings.read_text("utf-8").replace(BY, nc), "utf-8")
    code, out, err = cli("--root", root, "sync-headers")
    assert code == 0, out + err
    mark, edition = _licences(root)
    assert (mark.get("target"), edition.get("target")) == (MARK, nc)
    assert "draft translations" in edition.findtext("t:note[@type='covers']", namespaces=NS)
    assert cli("--root", root, "validate")[0] == 0


def test_the_web_page_names_each_licence_with_what_it_covers_and_not_the_reason_as_its_name(exported):
    """The footer read the mark by all its text: its notes became part of the licence's name."""
    page = exported / "build" / "web" / "en" / "documents" / "hansard.html"
    footer = " ".join(etree.HTML(page.read_bytes()).xpath("string(//footer)").split())
    assert "Public Domain Mark 1.0 (the source text (English), as received)" in footer, footer
    assert "(the draft translations (Russian, Armenian), the editorial notes and the encoding)" in footer, footer
    assert REASON not in footer, footer


def test_the_printed_imprint_names_the_mark_by_its_name_alone(exported):
    from triglot.edition import load
    from triglot.print.book import edition_statement
    imprint = edition_statement(load(exported))["licence"]
    assert "Public Domain Mark 1.0" in imprint and REASON not in imprint and "covers" not in imprint, imprint


def test_the_printed_imprint_says_what_the_mark_covers(exported):
    """Journey 27: "CC BY 4.0 (Trans-Caucasia: Public Domain Mark 1.0)" read as if the mark covered the
    whole document, its draft translations and notes too; the web footer says what each covers."""
    from triglot.edition import load
    from triglot.print.book import edition_statement
    imprint = edition_statement(load(exported))["licence"]
    assert "Public Domain Mark 1.0 (the source text (English), as received)" in imprint, imprint


def test_a_public_domain_letter_stays_in_the_cmif_file(tmp_path, cli):
    """CMIF left out every letter under a licence of its own, a public-domain one too, whose
    description (sender, addressee, date) is the project's, under the CMIF file's CC BY 4.0."""
    root = make_project(tmp_path, "shared-alike")
    path = next(p for p in (root / "tei").glob("*.xml") if "licence target" in p.read_text("utf-8")
                and 'source="' in p.read_text("utf-8") and "correspDesc" in p.read_text("utf-8"))
    tree = etree.parse(str(path))
    own = tree.find(".//t:availability/t:licence[@source]", NS)
    text = path.read_text("utf-8")
    start = text.index("<licence", text.index("<availability"))
    end = text.index("</licence>", start) + len("</licence>")
    path.write_text(text[:start] + f'<licence target="{MARK}" source="{own.get("source")}">Public Domain Mark 1.0'
                    '<note type="covers">the source text (English), as received</note></licence>'
                    f'<licence target="{BY}">Creative Commons Attribution 4.0 International'
                    '<note type="covers">the draft translations, the notes and the encoding</note></licence>'
                    + text[end:], "utf-8")
    assert cli("--root", root, "validate")[0] == 0
    code, out, err = cli("--root", root, "export")
    assert code == 0 and "cmif-licence" not in out + err, out + err
    doc_id = tree.getroot().get("{http://www.w3.org/XML/1998/namespace}id")
    cmif = next((root / "build" / "export" / "cmif").glob("*-cmif.xml")).read_text("utf-8")
    assert f"/{doc_id}" in cmif


def test_the_bags_description_says_the_public_domain_texts_translations_are_the_editions(exported):
    """bag-info.txt listed the document among those "under their sources' licences", its translations with it."""
    info = " ".join((exported / "build" / "export" / "bag" / "bag-info.txt").read_text("utf-8").split())
    assert f"source texts in the public domain, their translations, notes and encoding under the edition's " \
           f"licence: hansard: {MARK}" in info, info
    under_sources = info.split("under their sources' licences:", 1)[1].split(")", 1)[0]
    assert "hansard" not in under_sources, info
