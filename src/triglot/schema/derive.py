"""Derive the project schema from tei_all.

Why: lxml needs 7-9 s to compile tei_all.rng, far too slow for an editor who
validates after every edit. The project schema is tei_all with every element
the edition does not use replaced by ``notAllowed``, documentation stripped and
unreachable definitions dropped: it compiles in milliseconds.

Optional attributes the edition does not use are dropped too. Elements and attributes
kept are those the edition uses plus those Triglot's commands write (EXTRA_ELEMENTS,
EXTRA_ATTRIBUTES); one outside the subset is reported with the advice to run `triglot
schema`. Then the grammar is put in the shape libxml2 validates fast (measured on the
edition: 0.75-0.9 s of CPU before, 0.12 s after):

- references to removed elements are taken out of every content model (RELAX NG's own
  simplification of `notAllowed`): libxml2 compiles a content model into an automaton
  only when it holds no `notAllowed`, and otherwise tries every alternative in turn;
- `<empty/>` beside other patterns is removed: libxml2 turns a whole `oneOrMore` with an
  `empty` child into `empty`;
- each element's optional attributes become one `zeroOrMore(choice(attribute…))`: an
  `optional` made libxml2 copy its state and keep both outcomes for every attribute;
- a `\\S+` pattern on a list's datatype is dropped: a list's items are runs of non-space
  characters by definition, so it never refuses one, but libxml2 compiles a facet's regular
  expression anew for every value it checks: the pointers' `\\S+` took half the grammar's time;
- every element kept costs compile time in each validating process (TEI's content models
  name every kept element): TEI's usual vocabulary, kept in case, made compiling five
  times slower.

Removing alternatives only ever shrinks the language, so every document the project schema
accepts is also accepted by tei_all (the tests check the edition with jing against both).

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

# Elements Triglot's own commands write (encode's header and gaps, the register command's
# entries, translation slots, the review rules' notes), kept whether the edition uses them yet
# or not. Nothing else: every element kept costs each validating process compile time (libxml2
# builds an automaton per content model, and TEI's content models name every kept element) and
# each document validation time (measured: keeping TEI's usual vocabulary of 58 more elements
# made the schema compile five times slower). An editor who adds another element is told to run
# `triglot schema`, which adds it.
EXTRA_ELEMENTS = {
    "ab", "author", "availability", "bibl", "biblScope", "birth", "body", "byline", "cRefPattern",
    "calendar", "calendarDesc",
    "catDesc", "category", "change", "classDecl", "correction", "correspAction", "correspDesc", "creation",
    "date", "dateline", "death", "desc",
    "div", "docDate", "edition", "editionStmt", "editorialDecl", "encodingDesc", "fileDesc",
    "forename", "gap", "genName", "geo", "head", "idno", "interpretation", "item", "keywords",
    "langUsage", "language", "licence", "list", "listBibl", "listOrg", "listPerson", "listPlace",
    "listPrefixDef", "location", "msDesc",
    "msIdentifier", "nameLink", "normalization", "note", "occupation", "org", "orgName", "p", "persName",
    "person", "place", "placeName", "prefixDef", "profileDesc", "projectDesc", "ptr", "pubPlace",
    "publicationStmt", "publisher", "quote", "ref", "refsDecl", "repository", "resp", "respStmt",
    "revisionDesc", "roleName", "samplingDecl", "sourceDesc", "surname", "taxonomy", "teiHeader",
    "term", "text", "textClass", "title", "titleStmt", "trailer",
}

# Attributes kept whether the edition uses them yet or not: those Triglot's own commands write
# (encode, translations, register, review), for the same reason.
EXTRA_ATTRIBUTES = {
    "xml:id", "xml:lang", "n", "type", "subtype", "ref", "key", "corresp", "ana", "resp", "source",
    "cert", "when", "notBefore", "notAfter", "from", "to", "role", "ident", "level", "status",
    "target", "unit", "quantity", "reason", "who", "form", "matchPattern", "replacementPattern",
    "url", "scheme", "version", "calendar",
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
    _remove_not_allowed(grammar)
    _remove_empty(grammar)
    _fold_optional_attributes(grammar)
    _drop_list_item_patterns(grammar)
    _drop_unreachable(grammar)
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


def _remove_not_allowed(grammar) -> None:
    """Take the removed elements out of the patterns that name them (RELAX NG's own simplification,
    section 4.19): a choice loses the alternative, an optional or zeroOrMore of it matches nothing,
    and any other pattern that needs it (a group, oneOrMore, element, attribute, definition) can
    match nothing itself.

    libxml2 keeps a reference to a `notAllowed` definition as an alternative it tries on every
    child element; without them the content models (TEI's macro.paraContent has hundreds of
    alternatives) hold only what the edition can use. The language is unchanged."""
    defines = {d.get("name"): d for d in grammar.findall(R + "define")}
    changed = True
    while changed:
        changed = False
        dead = {name for name, d in defines.items() if any(k.tag == R + "notAllowed" for k in _patterns(d))}
        for name in dead:
            d = defines[name]
            if len(d) != 1 or d[0].tag != R + "notAllowed":
                for child in list(d):
                    d.remove(child)
                etree.SubElement(d, R + "notAllowed")
                changed = True
        for ref in list(grammar.iter(R + "ref")):
            if ref.get("name") in dead:
                ref.getparent().replace(ref, etree.Element(R + "notAllowed"))
                changed = True
        for el in list(grammar.iter(*(R + t for t in CONTAINERS))):
            if el.getparent() is not None and _reduce_not_allowed(el):
                changed = True


CONTAINERS = ("choice", "group", "interleave", "oneOrMore", "zeroOrMore", "optional", "mixed",
              "list", "element", "attribute")


def _patterns(el):
    """The child patterns of a RELAX NG element (a name class, as an element's first child, is not one)."""
    kids = [k for k in el if isinstance(k.tag, str) and etree.QName(k).namespace == RNG]
    if el.tag in (R + "element", R + "attribute") and el.get("name") is None:
        kids = kids[1:]
    return kids


def _reduce_not_allowed(el) -> bool:
    """Apply section 4.19 once to `el`; True when it changed."""
    kids = _patterns(el)
    bad = [k for k in kids if k.tag == R + "notAllowed"]
    if not bad:
        return False
    if el.tag == R + "choice":
        for k in bad:
            el.remove(k)
        if len(bad) == len(kids):
            el.getparent().replace(el, etree.Element(R + "notAllowed"))
    elif el.tag in (R + "optional", R + "zeroOrMore"):
        el.getparent().replace(el, etree.Element(R + "empty"))
    else:
        el.getparent().replace(el, etree.Element(R + "notAllowed"))
    return True


def _remove_empty(grammar) -> None:
    """Drop `<empty/>` beside other patterns, and patterns that hold only `<empty/>`.

    Needed for correctness, not only tidiness: libxml2 (2.9-2.14) turns a whole
    `oneOrMore` or `zeroOrMore` into `empty` when any one of its children is `empty`, so
    listPlace's `oneOrMore(oneOrMore(place), empty)` refused every place."""
    changed = True
    while changed:
        changed = False
        for el in list(grammar.iter(R + "empty")):
            parent = el.getparent()
            if parent is None or parent.tag in (R + "choice", R + "except"):
                continue
            if len(_patterns(parent)) > 1:
                parent.remove(el)
                changed = True
            elif parent.tag in (R + "group", R + "interleave", R + "oneOrMore", R + "zeroOrMore",
                                R + "optional", R + "mixed"):
                parent.getparent().replace(parent, etree.Element(R + "empty"))
                changed = True
        for group in list(grammar.iter(R + "group")):
            kids = _patterns(group)
            if len(kids) == 1 and len(group) == 1:
                group.getparent().replace(group, kids[0])
                changed = True


def _drop_list_item_patterns(grammar) -> None:
    """Remove `pattern="\\S+"` from datatypes inside a `<list>`: RELAX NG splits a list's value
    at XML white space (space, tab, CR, LF), exactly the characters `\\s` names in XSD regular
    expressions, so every item already matches `\\S+`; the grammar accepts the same values.
    Outside a list the pattern does refuse values (an empty pointer) and is kept."""
    for param in list(grammar.iter(R + "param")):
        if param.get("name") != "pattern" or param.text != r"\S+":
            continue
        for up in param.iterancestors():
            if up.tag == R + "list":
                data = param.getparent()
                data.remove(param)
                if len(data) == 0:
                    data.text = None
                break
            if up.tag in (R + "attribute", R + "element", R + "define"):
                break


def _fold_optional_attributes(grammar) -> None:
    """Give each element its optional attributes as one `zeroOrMore(choice(attribute…))`.

    TEI writes them as a group of `optional(attribute)` in the attribute classes, and libxml2
    validates an `optional` by copying its state and keeping both outcomes: the states multiply
    with every attribute present, and three quarters of the grammar's time went there. An XML
    element cannot repeat an attribute, so any number of a choice of distinct attributes is the
    same language (RELAX NG allows attributes in a choice under zeroOrMore, section 7.3); libxml2
    then tries each attribute once. Elements whose attributes depend on one another (a choice
    or group of attributes) keep those parts as they are."""
    defines = {d.get("name"): d for d in grammar.findall(R + "define")}
    shared: dict[str, str] = {}    # an attribute pattern's place in the grammar -> its own definition
    sets: dict[tuple, str] = {}     # the definitions of an element's attributes -> their choice's definition
    for el in list(grammar.iter(R + "element")):
        found, folded = [], []
        for part in _patterns(el):
            attributes: list = []
            if part.tag in (R + "ref", R + "optional") and _only_optional_attributes(part, defines, attributes):
                found += attributes
                folded.append(part)
        names = [a.get("name") for a in found]
        if len(found) < 2 or len(set(names)) != len(names):
            continue
        for part in folded:
            el.remove(part)
        refs = tuple(_attribute_define(grammar, attribute, shared) for attribute in found)
        if refs not in sets:   # one definition per set of attributes: libxml2 checks each choice once
            sets[refs] = f"triglot.attributes.{len(sets) + 1}"
            choice = etree.SubElement(etree.SubElement(
                etree.SubElement(grammar, R + "define", name=sets[refs]), R + "zeroOrMore"), R + "choice")
            for name in refs:
                etree.SubElement(choice, R + "ref", name=name)
        etree.SubElement(el, R + "ref", name=sets[refs])


def _attribute_define(grammar, attribute, shared: dict) -> str:
    """The name of a definition holding `attribute` alone, made once per attribute pattern: each
    element refers to it (copies in every element made the schema five times larger and slow to compile)."""
    where = attribute.getroottree().getpath(attribute)
    if where not in shared:
        shared[where] = f"triglot.attribute.{len(shared) + 1}"
        define = etree.SubElement(grammar, R + "define", name=shared[where])
        define.append(copy.deepcopy(attribute))
    return shared[where]


def _only_optional_attributes(node, defines, out: list) -> bool:
    """True when `node` (following references) is nothing but optional named attributes, which
    are appended to `out`."""
    if node.tag == R + "ref":
        d = defines.get(node.get("name"))
        return d is not None and all(_only_optional_attributes(k, defines, out) for k in _patterns(d))
    if node.tag == R + "optional":
        kids = _patterns(node)
        if len(kids) == 1 and kids[0].tag == R + "attribute" and kids[0].get("name"):
            out.append(kids[0])
            return True
        return False
    return node.tag == R + "empty"


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
