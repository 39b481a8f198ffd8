"""TEI in Libraries (Best Practices v4): the rules derived from the practice's ODDs, and the exported
headers at Level 4 that meet them, apart from the deviations the edition documents."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from triglot.library import bptl
from triglot.library.command import export, run
from triglot.tei import NS

from conftest import ROOT, copy_project

ODD = {"tei": "http://www.tei-c.org/ns/1.0", "s": "http://purl.oclc.org/dsdl/schematron"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("project"))
    return project, export(project, project / "build").folder


@pytest.fixture(scope="module")
def derived():
    return etree.fromstring(bptl.derive(ROOT))


def exported_files(exported):
    return sorted((exported[1] / "tei").glob("*.xml"))


def findings(exported):
    return {p.name: bptl.problems(ROOT, p.name, etree.parse(str(p))) for p in exported_files(exported)}


def test_every_schematron_constraint_of_the_header_odd_is_a_derived_pattern(derived):
    odd = etree.parse(str(bptl.ODD_DIR / bptl.HEADER_ODD))
    idents = {c.get("ident") for c in odd.iterfind(".//tei:constraintSpec[@scheme='schematron']", ODD)
              if c.find(".//s:assert", ODD) is not None or c.find(".//s:report", ODD) is not None}
    patterns = {p.get("id") for p in derived.iterfind("s:pattern", ODD)}
    assert idents and idents <= patterns
    assert {"no-rend-in-header", "bptl-teiHeader", "bptl-encodingDesc", "bptl-sourceDesc",
            "BPTL.required.prefixDef"} <= patterns


def test_the_edition_sources_are_what_the_export_repairs():
    """The rules bite: the editing headers miss the practice's points the export supplies."""
    found = {p.rule for p in bptl.problems(ROOT, "legran", etree.parse(str(ROOT / "tei" / "legran-letter-to-chicherin.xml")))}
    assert {"bptl:bptl-teiHeader", "bptl:whenNotContent", "bptl:bptl-sourceDesc", "bptl:bptl-encodingDesc",
            "bptl:BPTL.required.prefixDef", "bptl:numbered-vs-unnumbered"} <= found


def test_every_exported_tei_file_meets_the_practice_but_for_the_documented_deviations(exported):
    names = [p.name for p in exported_files(exported)]
    assert "triglot-corpus.xml" in names and "persons.xml" in names and len(names) >= 8
    for name, problems in findings(exported).items():
        assert [str(p) for p in problems if not bptl.accepted(p)] == [], name


def test_each_documented_deviation_is_needed(exported):
    used = {p.rule for problems in findings(exported).values() for p in problems if bptl.accepted(p)}
    assert used == set(bptl.DEVIATIONS)


def test_headers_declare_the_level_the_language_and_the_bptl_prefix(exported):
    for path in exported_files(exported):
        root = etree.parse(str(path)).getroot()
        for header in root.iter("{http://www.tei-c.org/ns/1.0}teiHeader"):
            assert header.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
            urls = [s.get("url") for s in header.findall("t:encodingDesc/t:schemaRef", NS)]
            assert urls == [bptl.LEVEL4, bptl.LEVEL5]
            first = header.find("t:encodingDesc/t:listPrefixDef/t:prefixDef", NS)
            assert first.get("ident") == "bptl"
            assert header.find("t:fileDesc/t:publicationStmt/t:date", NS).text is None


def test_tag_usage_is_computed_from_the_text(exported):
    def usage(name):
        return etree.parse(str(exported[1] / "tei" / name)).find(
            "t:teiHeader/t:encodingDesc/t:tagsDecl/t:namespace/t:tagUsage", NS)
    assert (usage("legran-letter-to-chicherin.xml").get("gi"), usage("legran-letter-to-chicherin.xml").text) == \
        ("div", "Unnumbered divs used.")
    assert usage("persons.xml").get("gi") == "sourceDoc"


def test_the_source_is_one_biblstruct_keeping_archival_originals_and_their_ids(exported):
    source = ROOT / "tei" / "legran-letter-to-chicherin.xml"
    ms_ids = [m.get("{http://www.w3.org/XML/1998/namespace}id")
              for m in etree.parse(str(source)).iterfind(".//t:sourceDesc/t:msDesc", NS)]
    out = etree.parse(str(exported[1] / "tei" / "legran-letter-to-chicherin.xml"))
    desc = out.find(".//t:sourceDesc", NS)
    assert [etree.QName(c).localname for c in desc] == ["biblStruct"]
    originals = desc.findall("t:biblStruct/t:relatedItem[@type='original']", NS)
    assert [o.get("{http://www.w3.org/XML/1998/namespace}id") for o in originals] == ms_ids
    idnos = {i.get("type"): i.text for i in originals[0].iterfind(".//t:idno", NS)}
    assert idnos == {"repository": "RGASPI", "fond": "5", "opis": "1", "delo": "2203"}


def test_a_header_breaking_a_rule_of_the_practice_stops_the_export(tmp_path, capsys):
    project = copy_project(tmp_path)
    path = project / "tei" / "legran-letter-to-chicherin.xml"
    data = path.read_text(encoding="utf-8")
    path.write_text(data.replace('<title xml:lang="en" type="main">', '<title xml:lang="en" type="main" rend="bold">', 1),
                    encoding="utf-8")
    from triglot.cli import main
    assert main(["--root", str(project), "schema"]) == 0   # @rend is TEI: the editor adds it to the project's subset
    capsys.readouterr()
    assert run(type("Args", (), {"out": None})(), project) == 1
    err = capsys.readouterr().err
    assert re.search(r"tei/legran-letter-to-chicherin\.xml:\d+: bptl:no-rend-in-header: ", err), err
    assert not (project / "build" / "export").exists()


def test_jing_finds_every_exported_tei_file_valid_tei_all(exported):
    """jing, the reference RELAX NG validator, on the rewritten headers (not lxml's libxml2)."""
    import subprocess
    files = [str(p) for p in exported_files(exported)]
    done = subprocess.run(["jing", str(ROOT / "tei" / "schema" / "tei_all.rng"), *files],
                          capture_output=True, text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 and errors == [], "\n".join(errors[:20])


def test_a_corpus_larger_than_the_input_limit_is_still_exported(tmp_path, monkeypatch):
    """The limit guards input files; the export's own corpus of a large edition may exceed it."""
    import triglot.xmlio
    monkeypatch.setattr(triglot.xmlio, "MAX_XML_BYTES", 400_000)   # above every document, below the corpus
    project = copy_project(tmp_path)
    folder = export(project, project / "build").folder
    assert (folder / "tei" / "triglot-corpus.xml").stat().st_size > 400_000


def test_a_header_without_an_encoding_description_gets_one(project_root):
    """The header rewrite called for a teiHeader that has no encodingDesc copied the teiHeader's
    own attributes (its xml:id among them) onto the new one: a duplicate-ID failure."""
    from lxml import etree

    from triglot.library.command import library_headers
    tei = etree.parse(str(project_root / "tei" / "legran-letter-to-chicherin.xml"))
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    header = tei.find("t:teiHeader", ns)
    header.remove(header.find("t:encodingDesc", ns))
    header.set("{http://www.w3.org/XML/1998/namespace}id", "header-id")
    out = etree.fromstring(library_headers(project_root)("legran.xml", etree.tostring(tei)))
    made = out.find("t:teiHeader/t:encodingDesc", ns)
    assert made is not None and made.get("{http://www.w3.org/XML/1998/namespace}id") is None
    assert made.find("t:tagsDecl", ns) is not None
