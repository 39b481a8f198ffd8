"""The project schema derived from tei_all: a subset that libxml2 validates fast, checked with
tools we did not write (jing) and against the ISO Schematron skeleton's own output."""
import copy
import shutil
import subprocess

import pytest
from lxml import etree

from conftest import ROOT
from triglot.schema import PROJECT_SCH, PROJECT_SCH_XSL, TEI_ALL

TEI = "{http://www.tei-c.org/ns/1.0}"
FILES = sorted((ROOT / "tei").glob("*.xml"))


@pytest.mark.skipif(shutil.which("jing") is None, reason="Debian's jing is not installed")
@pytest.mark.parametrize("grammar", ["triglot.rng", TEI_ALL])
def test_jing_finds_the_edition_valid_against_the_project_schema_and_tei_all(grammar):
    """What the subset accepts, tei_all accepts: jing (not libxml2) reads the derived grammar as
    RELAX NG and finds the edition valid against both."""
    done = subprocess.run(["jing", str(ROOT / "tei" / "schema" / grammar), *map(str, FILES)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_the_project_schema_is_what_triglot_schema_derives(tmp_path):
    from triglot.schema.command import generate
    for name, data in generate(ROOT).items():
        assert (ROOT / "tei" / "schema" / name).read_bytes() == data, f"{name}: run `triglot schema`"


def broken_copies():
    """The Chicherin documents with faults the TEI's Schematron rules are there to find."""
    doc = etree.parse(str(ROOT / "tei" / "chicherin-documents-1920.xml"))

    def subtype(d):
        d.find(f".//{TEI}p").set("subtype", "x")

    def when_and_range(d):
        d.find(f".//{TEI}date[@when]").set("notBefore", "1920")

    def empty_identifier(d):
        d.find(f".//{TEI}msIdentifier").clear()

    def div_in_p(d):
        etree.SubElement(d.find(f".//{TEI}p"), f"{TEI}div")
    for fault in (None, subtype, when_and_range, empty_identifier, div_in_p):
        d = copy.deepcopy(doc)
        if fault:
            fault(d)
        yield d


def test_the_one_walk_schematron_reports_what_the_iso_skeleton_does():
    """The compiled project Schematron is rewritten to visit only the nodes each pattern is about
    (schema/command.py one_pass); on every broken copy it reports exactly what the ISO
    skeleton's stylesheet reports."""
    from triglot.schema.command import compile_schematron
    from triglot.validate.schema_check import schematron_problems
    from triglot.xslt import processor
    skeleton = compile_schematron((ROOT / "tei" / "schema" / PROJECT_SCH).read_bytes())
    iso = processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=skeleton.decode("utf-8"))
    ours = processor().new_xslt30_processor().compile_stylesheet(
        stylesheet_file=str(ROOT / "tei" / "schema" / PROJECT_SCH_XSL))
    found = []
    for tree in broken_copies():
        expected = sorted(set(schematron_problems(iso, "doc", tree)))
        assert sorted(set(schematron_problems(ours, "doc", tree))) == expected
        found.append(len(expected))
    assert found[0] == 0 and all(found[1:]), found



@pytest.mark.skipif(shutil.which("jing") is None, reason="Debian's jing is not installed")
def test_pointer_lists_are_refused_and_accepted_as_tei_all_refuses_and_accepts_them(tmp_path):
    """The derived grammar drops the `\\S+` pattern of list items (it cannot refuse an item, and
    libxml2 compiled it anew for every value): libxml2 with the project schema and jing with
    tei_all agree on every value of a pointer list (`p/@corresp`, `ref/@target`)."""
    from triglot.xmlio import relaxng
    doc = etree.parse(str(ROOT / "tei" / "chicherin-documents-1920.xml"))
    values = ["#a", " #a  #b ", "#a\t#b\n#c", "", "   ", "persons.xml#chicherin"]
    ours = {}
    for i, value in enumerate(values):
        for where in ("p", "ref"):
            d = copy.deepcopy(doc)
            d.find(f".//{TEI}{where}").set("corresp" if where == "p" else "target", value)
            path = tmp_path / f"{where}-{i}.xml"
            d.write(str(path), encoding="utf-8")
            ours[path.name] = relaxng(ROOT / "tei" / "schema" / "triglot.rng").validate(d)
    done = subprocess.run(["jing", str(ROOT / "tei" / "schema" / TEI_ALL), *sorted(map(str, tmp_path.iterdir()))],
                          capture_output=True, text=True)
    refused_by_jing = {line.split(":")[0].rsplit("/", 1)[-1] for line in done.stdout.splitlines()}
    assert {name for name, valid in ours.items() if not valid} == refused_by_jing, done.stdout
    assert refused_by_jing and len(refused_by_jing) < len(ours)
