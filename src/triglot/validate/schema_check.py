"""TEI conformance: the project schema (RELAX NG) and tei_all's Schematron rules."""
from __future__ import annotations

import os
import queue
import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.problems import Problem
from triglot.schema import schematron_executable
from triglot.tei import TEI_NS, local

SVRL = "http://purl.oclc.org/dsdl/svrl"


def check(root, named_trees) -> list[Problem]:
    """Grammar and Schematron problems of each tree, in the order of the trees.

    libxml2 validates without holding the GIL, so the grammar checks run on two
    threads, each with its own compiled schema (10 ms; an lxml schema's error log
    must not be shared), while this thread runs the Schematron rules in Saxon. When no tree
    needs Saxon (validate/schematron_candidates.py), one tree or none, the grammar runs here:
    there is nothing to overlap it with, and starting threads would only cost time.
    """
    from triglot.schema import PROJECT_RNG, PROJECT_SCH_XSL, stamp
    from triglot.validate.schematron_candidates import compiled, needs_saxon
    allowed = _names(stamp(root, PROJECT_RNG))
    named_trees = list(named_trees)
    gate = compiled(stamp(root, PROJECT_SCH_XSL))
    if len(named_trees) < 2 and not any(needs_saxon(gate, tree) for _, tree in named_trees):
        return [p for name, tree in named_trees for p in _grammar_problems(root, name, tree, allowed)]
    # imported here: a run that checks one document or none (most revalidations) starts no thread,
    # and concurrent.futures (with logging) was a twentieth of its imports
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(min(2, os.cpu_count() or 1)) as pool:
        grammar = [pool.submit(_grammar_problems, root, name, tree, allowed) for name, tree in named_trees]
        # Saxon runs the Schematron here meanwhile: both cores stay busy until the end
        rules = [_schematron(root, name, tree) for name, tree in named_trees]
        problems: list[Problem] = []
        for found, more in zip(grammar, rules):
            problems += found.result() + more
    return problems


def prepare(root) -> None:
    """Compile now what checking a document needs (a grammar, the subset's names, the Schematron
    gate), so that a long-running process's first revalidation (`validate --watch`) does not."""
    from triglot.schema import PROJECT_RNG, PROJECT_SCH_XSL, stamp
    from triglot.validate.schematron_candidates import compiled
    from triglot.xmlio import relaxng
    version = stamp(root, PROJECT_RNG)
    _names(version)
    compiled(stamp(root, PROJECT_SCH_XSL))
    spare = _compiled(version)
    if spare.empty():
        spare.put(relaxng(Path(version[0])))
    first = _compiled(version, True)
    if first.empty():
        first.put(_compile(version, True))


@lru_cache(maxsize=8)
def _compiled(version, first: bool = False) -> queue.SimpleQueue:
    """Compiled project schemas of one version of the schema file (`first`: in the shape asked
    first, validate/first_pass.py), lent to one thread at a time and kept for the process: at
    most one per validating thread is ever compiled."""
    return queue.SimpleQueue()


@lru_cache(maxsize=4)
def _first_shape(version):
    """The project schema in the shape asked first (validate/first_pass.py), or None: then the
    derived schema alone is used (a schema that cannot be read says so when it is compiled)."""
    from triglot.problems import InputError
    from triglot.validate.first_pass import optional_attributes
    from triglot.xmlio import parse_schema
    try:
        return optional_attributes(parse_schema(Path(version[0])))
    except InputError:
        return None


def _compile(version, first: bool = False):
    """A compiled project schema (`first`: in the fast shape, or None when there is none)."""
    from triglot.xmlio import relaxng
    if not first:
        return relaxng(Path(version[0]))
    shaped = _first_shape(version)
    try:
        return None if shaped is None else etree.RelaxNG(shaped)
    except etree.RelaxNGParseError:
        return None


def _grammar_problems(root, name, tree, allowed) -> list[Problem]:
    """The derived schema's problems of `tree`. The fast shape (validate/first_pass.py) is asked
    first; only a tree it refuses is validated by the derived schema, whose messages are given."""
    from triglot.schema import PROJECT_RNG, stamp
    version = stamp(root, PROJECT_RNG)
    if _borrowed(version, True, tree) is True:
        return []
    found = _borrowed(version, False, tree, lambda rng: _rng_problems(name, rng.error_log, tree, allowed, root))
    return [] if found is True else found


def _borrowed(version, first: bool, tree, problems=None):
    """True when the schema (`first`: in the fast shape) finds `tree` valid; else `problems(schema)`
    (or False), asked while this thread holds that compiled schema and its error log; None when
    there is no schema in the fast shape."""
    spare = _compiled(version, first)
    try:
        rng = spare.get_nowait()
    except queue.Empty:
        rng = _compile(version, first)
    if rng is None:
        spare.put(rng)
        return None
    try:
        if rng.validate(tree):
            return True
        return problems(rng) if problems is not None else False
    finally:
        spare.put(rng)


@lru_cache(maxsize=4)
def _names(version) -> tuple[frozenset[str], frozenset[str]]:
    """The element names and the attribute names the project schema has (its TEI subset)."""
    from triglot.xmlio import parse_schema
    tree = parse_schema(Path(version[0]))
    rng = "{http://relaxng.org/ns/structure/1.0}"
    return (frozenset(el.get("name") for el in tree.iter(rng + "element") if el.get("name")),
            frozenset(a.get("name") for a in tree.iter(rng + "attribute") if a.get("name")))


def _rng_problems(name, log, tree, allowed, root) -> list[Problem]:
    from triglot.schema.derive import attribute_name
    elements, attributes = allowed
    out = []
    for el in tree.getroot().iter():
        if not isinstance(el.tag, str) or etree.QName(el).namespace != TEI_NS:
            continue
        if local(el) not in elements:
            out.append(Problem(name, el.sourceline or 0, "tei-schema",
                               _outside_subset(root, f"<{local(el)}>", local(el), 0, "element")))
        for key in el.attrib:
            if etree.QName(key).namespace in (None, "http://www.w3.org/XML/1998/namespace") \
                    and attribute_name(key) not in attributes:
                out.append(Problem(name, el.sourceline or 0, "tei-schema", _outside_subset(
                    root, f"@{attribute_name(key)} (on <{local(el)}>)", attribute_name(key), 1, "attribute")))
    foreign = _foreign_elements(tree)
    explained = set()
    for err in log:
        msg = err.message
        el = next((el for el in foreign.get(err.line, ()) if re.search(rf"\b{re.escape(etree.QName(el).localname)}\b", msg)), None)
        if el is not None:
            # libxml2 names neither the namespace nor why: "Did not expect element egXML there"
            if (err.line, el) not in explained:
                explained.add((err.line, el))
                out.append(Problem(name, err.line, "tei-schema", _foreign_message(el)))
            continue
        out.append(Problem(name, err.line, "tei-schema", said(tree, err)))
    return out


# What TEI requires first in the elements a document's frame is made of (TEI P5's content models):
# libxml2 says only "Expecting an element , got nothing" of an element emptied or cut short.
HOLDS = {
    "TEI": "a <teiHeader>, then a <text>",
    "teiHeader": "a <fileDesc> (with <titleStmt>, <publicationStmt> and <sourceDesc>)",
    "fileDesc": "a <titleStmt>, a <publicationStmt> and a <sourceDesc>, in this order",
    "titleStmt": "at least one <title>",
    "publicationStmt": "a <publisher> (or <distributor>, <authority>) or a <p>",
    "sourceDesc": "a <p>, <bibl>, <msDesc> or another description of the source",
    "text": "a <body> (after an optional <front>) or a <group>",
    "body": "at least one <div>, <p> or other block",
}


def said(tree, err) -> str:
    """libxml2's message, or for an element that lacks a child TEI requires ("Expecting an element ,
    got nothing") the element, what it must hold and that it holds nothing or too little."""
    if err.message.strip() != "Expecting an element , got nothing":
        return err.message
    try:
        found = tree.xpath(err.path) if err.path else []
    except etree.XPathError:
        found = []
    el = found[0] if found and isinstance(found[0], etree._Element) else None
    if el is None or not isinstance(el.tag, str):
        return err.message
    name = etree.QName(el).localname
    state = "holds no element" if not any(isinstance(c.tag, str) for c in el) else "lacks an element it must hold"
    if name in HOLDS:
        return f"<{name}> {state}: TEI requires in it {HOLDS[name]}"
    return (f"<{name}> {state}: its TEI content model requires an element in it that it lacks "
            f"(https://www.tei-c.org/release/doc/tei-p5-doc/en/html/ref-{name}.html)")


EXAMPLES_NS = "http://www.tei-c.org/ns/Examples"


def _foreign_elements(tree) -> dict[int, list]:
    """Elements outside the TEI namespace whose parent is a TEI element, by line."""
    found: dict[int, list] = {}
    for el in tree.getroot().iter():
        parent = el.getparent()
        if isinstance(el.tag, str) and etree.QName(el).namespace != TEI_NS and parent is not None \
                and etree.QName(parent).namespace == TEI_NS:
            found.setdefault(el.sourceline or 0, []).append(el)
    return found


def _foreign_message(el) -> str:
    ns = etree.QName(el).namespace
    if ns == EXAMPLES_NS:
        from triglot.schema.derive import NEVER
        if etree.QName(el).localname in NEVER:
            return (f"<{etree.QName(el).localname}> (an example of TEI markup, namespace {ns}) is left out of this "
                    "edition's schema on purpose (an edition rule): every output would read the example as the "
                    "edition's own text; give the example as text (&lt;p&gt;…) or remove it")
    shown = el.prefix + ":" + etree.QName(el).localname if el.prefix else etree.QName(el).localname
    where = f"namespace {ns}" if ns else "no namespace"
    return (f"<{shown}> ({where}) is not a TEI element, and TEI allows other vocabularies only in a few places "
            "(xenoData for metadata, for one); if it is meant as TEI, put it in the TEI namespace")


def _outside_subset(root, shown: str, ident: str, kind: int, noun: str) -> str:
    """Why a name the project schema lacks is refused: a TEI name outside the subset can be
    added with `triglot schema`; a name tei_all lacks too cannot, so the closest TEI names
    are offered instead ("persname" -> persName)."""
    from triglot.schema import TEI_ALL, stamp
    tei = _names(stamp(root, TEI_ALL))[kind]
    if not tei or ident in tei:
        return (f"{shown} is not in the project's TEI subset; if it is the right TEI {noun}, "
                f"run `triglot schema` to add it")
    same_case = [n for n in tei if n.lower() == ident.lower()]
    import difflib   # only when a name is not known: a suggestion
    close = same_case or difflib.get_close_matches(ident, sorted(tei), n=2, cutoff=0.8)
    hint = f" (did you mean {' or '.join(('<' + n + '>') if kind == 0 else ('@' + n) for n in close)}?)" if close else ""
    return f"{shown} is not a TEI {noun}{hint}"


def _schematron(root, name, tree) -> list[Problem]:
    """Saxon runs the rules only where one could report something (validate/schematron_candidates.py):
    most documents pass them all, and starting Saxon costs more than the rest of their check."""
    from triglot.schema import PROJECT_SCH_XSL, stamp
    from triglot.validate.schematron_candidates import compiled, needs_saxon
    if not needs_saxon(compiled(stamp(root, PROJECT_SCH_XSL)), tree):
        return []
    return schematron_problems(schematron_executable(root), name, tree)


def schematron_problems(exe, name, tree, rule: str = "schematron") -> list[Problem]:
    """Failed assertions and successful reports of compiled Schematron `exe` on `tree`."""
    from triglot.xslt import processor
    node = processor().parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
    svrl = exe.transform_to_string(xdm_node=node)
    report = etree.fromstring(svrl.encode("utf-8"))
    out = []
    for fail in report.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        role = fail.get("role") or "error"
        if role in ("information", "info"):
            continue
        text = " ".join("".join(fail.itertext()).split())
        out.append(Problem(name, _line(tree, fail.get("location")), rule, text))
    return out


def _line(tree, location) -> int:
    try:
        found = tree.xpath(location) if location else []
    except etree.XPathError:
        return 0
    if not found:
        return 0
    node = found[0].getparent() if getattr(found[0], "is_attribute", False) else found[0]   # an attribute: its element's line
    return getattr(node, "sourceline", 0) or 0
