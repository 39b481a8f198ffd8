"""TEI conformance: the project schema (RELAX NG) and tei_all's Schematron rules."""
from __future__ import annotations

import os
import queue
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from lxml import etree

from triglot.problems import Problem
from triglot.schema import project_rng, schematron_executable
from triglot.tei import TEI_NS, local

SVRL = "http://purl.oclc.org/dsdl/svrl"


def check(root, named_trees) -> list[Problem]:
    """Grammar and Schematron problems of each tree, in the order of the trees.

    libxml2 validates without holding the GIL, so the grammar checks run on two
    threads, each with its own compiled schema (10 ms; an lxml schema's error log
    must not be shared): the translated edition validates in half the time.
    """
    allowed = _element_names(root)
    named_trees = list(named_trees)
    with ThreadPoolExecutor(min(2, os.cpu_count() or 1)) as pool:
        grammar = list(pool.map(lambda item: _grammar_problems(root, *item, allowed), named_trees))
    problems: list[Problem] = []
    for (name, tree), found in zip(named_trees, grammar):
        problems += found + _schematron(root, name, tree)
    return problems


@lru_cache(maxsize=4)
def _compiled(root) -> queue.SimpleQueue:
    """Compiled project schemas for `root`, lent to one thread at a time and kept for the
    process: at most one per validating thread is ever compiled."""
    return queue.SimpleQueue()


def _grammar_problems(root, name, tree, allowed) -> list[Problem]:
    spare = _compiled(root)
    try:
        rng = spare.get_nowait()
    except queue.Empty:
        rng = project_rng(root)
    try:
        return [] if rng.validate(tree) else _rng_problems(name, rng.error_log, tree, allowed)
    finally:
        spare.put(rng)


@lru_cache(maxsize=4)
def _element_names(root) -> frozenset[str]:
    from triglot.schema import PROJECT_RNG, schema_file
    from triglot.xmlio import parse_schema
    tree = parse_schema(schema_file(root, PROJECT_RNG))
    return frozenset(el.get("name") for el in tree.iter("{http://relaxng.org/ns/structure/1.0}element"))


def _rng_problems(name, log, tree, allowed) -> list[Problem]:
    out = []
    for el in tree.getroot().iter():
        if isinstance(el.tag, str) and etree.QName(el).namespace == TEI_NS and local(el) not in allowed:
            out.append(Problem(name, el.sourceline or 0, "tei-schema",
                               f"<{local(el)}> is not in the project's TEI subset; if it is the right "
                               f"TEI element, run `triglot schema` to add it"))
    for err in log:
        msg = err.message
        out.append(Problem(name, err.line, "tei-schema", msg))
    return out


def _schematron(root, name, tree) -> list[Problem]:
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
    return getattr(found[0], "sourceline", 0) or 0 if found else 0
