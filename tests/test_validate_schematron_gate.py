"""Saxon runs the Schematron rules only on documents where one of them could report something
(validate/schematron_candidates.py): the gate may let too much through, never too little."""
import copy

import pytest
from lxml import etree

from conftest import ROOT
from triglot.schema import PROJECT_SCH_XSL, schematron_executable, stamp
from triglot.validate.schema_check import schematron_problems
from triglot.validate.schematron_candidates import ALWAYS, compiled, needs_saxon

TEI = "{http://www.tei-c.org/ns/1.0}"
DOCUMENTS = sorted(p for p in (ROOT / "tei").glob("*.xml"))


def _add(parent, xml):
    parent.append(etree.fromstring(f'<x xmlns="http://www.tei-c.org/ns/1.0">{xml}</x>')[0])


# One fault per kind of rule the TEI's Schematron has in the project subset, written into a
# paragraph of a real document (the grammar is not consulted here: Schematron runs on any tree).
FAULTS = {
    "subtype without type": lambda p: p.set("subtype", "x"),
    "when with notBefore": lambda p: _add(p, '<date when="1920" notBefore="1919">x</date>'),
    "from with notBefore": lambda p: _add(p, '<date from="1920" notBefore="1919">x</date>'),
    "to with notAfter": lambda p: _add(p, '<date to="1920" notAfter="1921">x</date>'),
    "targetLang without target": lambda p: _add(p, '<ref targetLang="ru">x</ref>'),
    "spanTo backwards": lambda p: (p.set(etree.QName("http://www.w3.org/XML/1998/namespace", "id").text, "back"),
                                   _add(p, '<seg spanTo="#back">x</seg>')),
    "schemeVersion without scheme": lambda p: _add(p, '<seg schemeVersion="1">x</seg>'),
    "calendar on an empty date": lambda p: _add(p, '<date calendar="#julian"/>'),
    "maxOccurs below minOccurs": lambda p: _add(p, '<seg minOccurs="3" maxOccurs="1">x</seg>'),
    "minOccurs alone": lambda p: _add(p, '<seg minOccurs="2">x</seg>'),
    "target and cRef": lambda p: _add(p, '<ref target="#a" cRef="b">x</ref>'),
    "ptr with target and cRef": lambda p: _add(p, '<ptr target="#a" cRef="b"/>'),
    "gloss list without label": lambda p: _add(p, '<list type="gloss"><item>x</item></list>'),
    "empty relatedItem": lambda p: _add(p, '<relatedItem/>'),
    "div in p": lambda p: _add(p, '<div><p>x</p></div>'),
    "p in l": lambda p: _add(p, '<l><p>x</p></l>'),
    "deprecationInfo outside a deprecated element": lambda p: _add(p, '<desc type="deprecationInfo">x</desc>'),
    "generatedBy outside a post": lambda p: p.set("generatedBy", "template"),
    "a spec of a module the schema does not name": lambda p: (
        _add(p, '<macroSpec ident="m" module="core"/>'), _add(p, '<moduleRef key="tei"/>')),
}


# Faults in a manuscript description (the rules with a variable: `name(.)` taken on each node).
MS_FAULTS = {
    "empty msIdentifier": lambda ms: ms.find(f"{TEI}msIdentifier").clear(),
    "a second msContents": lambda ms: ms.append(copy.deepcopy(ms.find(f"{TEI}msContents"))),
}


def faulty(fault):
    if fault in MS_FAULTS:
        tree = etree.parse(str(ROOT / "tei" / "chicherin-documents-1920.xml"))
        MS_FAULTS[fault](tree.find(f".//{TEI}msDesc"))
        return tree
    tree = etree.parse(str(ROOT / "tei" / "eve-of-moscow-treaty-1921.xml"))
    FAULTS[fault](tree.find(f".//{TEI}p"))
    return tree


@pytest.fixture(scope="module")
def gate():
    rules = compiled(stamp(ROOT, PROJECT_SCH_XSL))
    assert rules != ALWAYS
    return rules


@pytest.mark.parametrize("fault", sorted(FAULTS) + sorted(MS_FAULTS))
def test_a_document_a_rule_reports_on_goes_to_saxon(gate, fault):
    for name in ("eve-of-moscow-treaty-1921.xml", "chicherin-documents-1920.xml"):
        assert not needs_saxon(gate, etree.parse(str(ROOT / "tei" / name)))
    tree = faulty(fault)
    found = schematron_problems(schematron_executable(ROOT), "doc", tree)
    assert needs_saxon(gate, tree), found
    assert found, fault


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_a_document_the_gate_lets_pass_has_nothing_to_report(gate, path):
    tree = etree.parse(str(path))
    if not needs_saxon(gate, tree):
        assert schematron_problems(schematron_executable(ROOT), "doc", tree) == []


def test_most_documents_of_the_edition_do_not_start_saxon(gate):
    """The gate is worth having: a plain document and the registers pass without Saxon."""
    passed = [p.name for p in DOCUMENTS if not needs_saxon(gate, etree.parse(str(p)))]
    assert {"eve-of-moscow-treaty-1921.xml", "chicherin-documents-1920.xml", "persons.xml"} <= set(passed), passed


def test_a_rule_shape_the_gate_does_not_understand_sends_every_document_to_saxon(tmp_path):
    xsl = etree.parse(str(ROOT / "tei" / "schema" / PROJECT_SCH_XSL))
    template = next(t for t in xsl.iter("{http://www.w3.org/1999/XSL/Transform}template")
                    if t.get("match") == "tei:p")
    template.insert(0, etree.Element("{http://www.w3.org/1999/XSL/Transform}for-each", select="tei:seg"))
    odd = tmp_path / "odd.sch.xsl"
    xsl.write(str(odd))
    assert compiled((str(odd), 1, 1)) == ALWAYS


def test_tests_that_differ_between_xpath_1_and_3_count_as_failing():
    from triglot.validate.schematron_candidates import same_in_xpath1
    assert same_in_xpath1("@target and @cRef") == "@target and @cRef"
    assert same_in_xpath1("@type eq 'x'") == "@type = 'x'"
    assert same_in_xpath1("*[name(.) eq $gi]", {"gi"}) == "*[name(.) = $gi]"
    assert same_in_xpath1("*[name(.) eq $n]", {"gi"}) is None
    for test in ("@n > 'b'", "@n = 1", "$max ge $min", "@n cast as xs:integer lt 2", "id(@a) >> .",
                 "not(@a) = 'x'", "@a + 1 = 2", "@a * 2", "string-length(.) gt 0",
                 "normalize-space(tei:p) = ''", "starts-with(tei:a/@b, '#')"):   # several nodes: an error in 3.0
        assert same_in_xpath1(test) is None, test
