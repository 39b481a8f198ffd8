"""Derive the project schema from tei_all.

Why: lxml needs 7-9 s to compile tei_all.rng, far too slow for an editor who
validates after every edit. The project schema is tei_all with every element
the edition does not use replaced by ``notAllowed``, documentation stripped and
unreachable definitions dropped: it compiles in milliseconds.

Optional attributes the edition does not use are dropped too. libxml2 matches each
attribute of an element against every optional attribute its pattern declares
(TEI's attribute classes give most elements 30-60), trying each with a copy of its
state: measured on the Chicherin documents, the attributes were three quarters of
the validation time (0.25 s, 0.07 s without the unused ones). The vocabulary
an edition is likely to need (EXTRA_ATTRIBUTES) stays, and an attribute outside
the subset is reported with the advice to run `triglot schema`, as an element is. Removing alternatives only ever shrinks the language, so every
document the project schema accepts is also accepted by tei_all (the test
suite still checks the edition against the full tei_all).

The Schematron rules embedded in the kept part of tei_all are extracted into
an ISO Schematron schema and compiled to XSLT with the ISO skeleton that lxml
ships; saxonche runs the result as XSLT 3.0, so the rules' XPath 2 works.
"""
from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree

RNG = "http://relaxng.org/ns/structure/1.0"
SCH = "http://purl.oclc.org/dsdl/schematron"
ANN = "http://relaxng.org/ns/compatibility/annotations/1.0"
R = "{%s}" % RNG

# Elements the edition may use beyond those it uses today: the usual vocabulary
# of an edition of letters and articles, so that an editor adding a `lb` or an
# `orgName` is not stopped by the project schema.
EXTRA_ELEMENTS = {
    "abbr", "add", "addName", "addrLine", "address", "altIdentifier", "choice",
    "cit", "corr", "del", "desc", "emph", "expan", "foreign", "gap", "hi",
    "label", "lb", "list", "item", "measure", "msName", "num", "opener",
    "orgName", "orig", "pb", "postscript", "ptr", "q", "ref", "reg", "roleName",
    "salute", "seg", "settlement", "country", "region", "signed", "sic",
    "supplied", "surname", "forename", "term", "title", "unclear", "genName",
    "nameLink", "trailer", "docDate", "listBibl", "bibl", "biblScope",
    "editor", "pubPlace", "idno", "note", "said", "mentioned", "soCalled",
    "institution", "collection", "msItem", "locus", "msContents", "physDesc",
    "objectDesc", "history", "origin", "origDate", "origPlace", "provenance",
    "additional", "surrogates", "listChange", "change", "standOff", "fs", "f",
    "symbol", "string", "event", "listEvent", "geo", "location", "birth",
    "death", "occupation", "floruit", "affiliation", "sex", "faith",
    "nationality", "residence", "state", "trait", "langKnowledge",
}

# Attributes kept whether the edition uses them yet or not: those Triglot's own commands
# write (encode, translations, register, review) and the usual vocabulary of an edition.
EXTRA_ATTRIBUTES = {
    "xml:id", "xml:lang", "xml:space", "n", "type", "subtype", "ref", "key", "corresp", "ana", "resp",
    "source", "cert", "evidence", "when", "notBefore", "notAfter", "from", "to", "calendar",
    "datingMethod", "period", "precision", "role", "form", "ident", "level", "status", "target",
    "unit", "quantity", "extent", "reason", "agent", "who", "rend", "rendition", "facs", "hand",
    "sameAs", "next", "prev", "url", "version", "scheme", "sortKey", "full", "part", "place",
    "anchored", "matchPattern", "replacementPattern", "mimeType", "instant", "wit", "targetLang",
    "notation", "style",
}

# Elements never wanted in this edition even if tei_all allows them.
NEVER = {"egXML"}


def used_elements(paths):
    """Local names of the TEI elements used in the given files."""
    from triglot.xmlio import parse_xml
    names = set()
    for path in paths:
        for el in parse_xml(path).iter("{http://www.tei-c.org/ns/1.0}*"):
            names.add(etree.QName(el).localname)
    return names


def used_attributes(paths):
    """Names of the attributes used on TEI elements in the given files (``xml:id`` for the
    XML namespace's, the local name for TEI's own)."""
    from triglot.xmlio import parse_xml
    names = set()
    for path in paths:
        for el in parse_xml(path).iter("{http://www.tei-c.org/ns/1.0}*"):
            names.update(attribute_name(a) for a in el.attrib)
    return names


def attribute_name(qualified: str) -> str:
    """The name an attribute has in tei_all.rng: ``xml:lang`` for the XML namespace's."""
    if qualified.startswith("{http://www.w3.org/XML/1998/namespace}"):
        return "xml:" + qualified.rsplit("}", 1)[1]
    return qualified


def derive(tei_all: Path, keep: set[str], keep_attributes: set[str] | None = None
           ) -> tuple[etree._ElementTree, etree._Element]:
    """Return (project RNG tree, ISO Schematron root) restricted to the elements `keep` and,
    when given, to the optional attributes `keep_attributes`."""
    from triglot.xmlio import parse_schema
    tree = parse_schema(tei_all)
    grammar = tree.getroot()
    defines = {d.get("name"): d for d in grammar.findall(R + "define")}
    for name, d in defines.items():
        el = d.find(R + "element")
        if el is not None and el.get("name") not in keep:
            for child in list(d):
                d.remove(child)
            etree.SubElement(d, R + "notAllowed")
    if keep_attributes is not None:
        _drop_optional_attributes(grammar, keep_attributes)
    _drop_unreachable(grammar)
    patterns = _collect_schematron(grammar)
    _strip_annotations(grammar)
    return tree, _schematron_schema(patterns, grammar)


def embedded_schematron(rng: Path) -> etree._Element:
    """Every Schematron rule embedded in a RELAX NG schema (CMIF's), as one ISO Schematron schema."""
    from triglot.xmlio import parse_schema
    grammar = parse_schema(rng).getroot()
    patterns = [copy.deepcopy(p) for p in grammar.iter("{%s}pattern" % SCH)]
    return _schematron_schema(patterns, grammar)


def _collect_schematron(grammar):
    """Schematron patterns that still apply: those of the attribute classes (at
    the grammar's top level) and those inside definitions still reachable."""
    found = [copy.deepcopy(p) for p in grammar.findall("{%s}pattern" % SCH)]
    for d in grammar.findall(R + "define"):
        found.extend(copy.deepcopy(p) for p in d.iter("{%s}pattern" % SCH))
    return found


def _strip_annotations(grammar):
    for el in list(grammar.iter()):
        if not isinstance(el.tag, str):
            continue
        ns = etree.QName(el).namespace
        if ns in (SCH, ANN) and el.getparent() is not None:
            el.getparent().remove(el)


def _drop_optional_attributes(grammar, keep: set[str]) -> None:
    """Every `<optional><attribute name="X">` with X not in `keep` becomes `<empty/>`
    (required attributes stay: without them an element would be refused)."""
    for optional in list(grammar.iter(R + "optional")):
        kids = [k for k in optional if isinstance(k.tag, str) and etree.QName(k).namespace == RNG]
        if len(kids) == 1 and kids[0].tag == R + "attribute" and kids[0].get("name") \
                and kids[0].get("name") not in keep:
            optional.getparent().replace(optional, etree.Element(R + "empty"))


def _drop_unreachable(grammar):
    defines = {d.get("name"): d for d in grammar.findall(R + "define")}
    start = grammar.find(R + "start")
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for ref in node.iter(R + "ref"):
            name = ref.get("name")
            if name not in seen and name in defines:
                seen.add(name)
                todo.append(defines[name])
    for name, d in defines.items():
        if name not in seen:
            grammar.remove(d)


def _schematron_schema(patterns, grammar):
    """An ISO Schematron schema holding the kept tei_all rules."""
    nsmap = {"sch": SCH}
    schema = etree.Element("{%s}schema" % SCH, nsmap=nsmap, queryBinding="xslt2")
    for prefix, uri in (("tei", "http://www.tei-c.org/ns/1.0"),
                        ("xs", "http://www.w3.org/2001/XMLSchema"),
                        ("rng", RNG)):
        etree.SubElement(schema, "{%s}ns" % SCH, prefix=prefix, uri=uri)
    for pat in patterns:
        schema.append(pat)
    return schema
