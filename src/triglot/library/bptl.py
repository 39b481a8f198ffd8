"""Best Practices for TEI in Libraries v4: the header rules at Level 4, checked without Java.

The practice is published as ODD sources only (bundled in tei-in-libraries/, GNU FDL 1.2).
xslt/export/bptl-rules.xsl derives one Schematron schema from them (the ODDs'
own Schematron constraints, plus required attributes, closed value lists and
simple content models of the header chapter); it is compiled once per process
and run on every TEI file the export writes. A finding names the ODD's rule.

Where the practice and this edition conflict, the export keeps what the edition
needs and says so here (DEVIATIONS) and in README.md; everything else is met.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from triglot.problems import Problem

ODD_DIR = Path(__file__).with_name("tei-in-libraries")
HEADER_ODD = "bptl-header.odd"
LEVEL4 = "bptl:L4-v4.0.0"
LEVEL5 = "bptl:L5-v4.0.0"
SVRL = "http://purl.oclc.org/dsdl/svrl"

# Findings of the practice's rules this edition accepts, and why: rule -> (what the message says, reason).
DEVIATIONS = {
    "bptl:bptl-encodingDesc": (
        r"found refsDecl\.$",
        "refsDecl states the permanent URL of every block (cRefPattern); the practice's encodingDesc has no "
        "place for it, and citations of the edition depend on it"),
    "bptl:onlyAllowedAttrs": (
        r"^The use of the (matchPattern|replacementPattern)= attribute \(found here on the <(prefixDef|cRefPattern)>",
        "the practice's own required prefixDef (bptl) needs @matchPattern and @replacementPattern, which its "
        "onlyAllowedAttrs rule does not list; the edition's prefixDefs and cRefPattern need them too"),
}


def accepted(problem: Problem) -> bool:
    """Is this finding one of the documented deviations?"""
    import re
    pattern = DEVIATIONS.get(problem.rule, (None,))[0]
    return bool(pattern and re.search(pattern, problem.message))


def derive(root: Path) -> bytes:
    """The Schematron schema the ODDs define (ISO Schematron, XSLT 2 query binding)."""
    from triglot.resources import find
    from triglot.xslt import compile_stylesheet, processor
    executable = compile_stylesheet(find(root, "xslt/export/bptl-rules.xsl"))
    odd = (ODD_DIR / HEADER_ODD).resolve()
    node = processor().parse_xml(xml_file_name=str(odd))
    executable.clear_parameters()
    return executable.transform_to_string(xdm_node=node).encode("utf-8")


@lru_cache(maxsize=2)
def rules(root: Path):
    """The derived schema compiled to XSLT (saxonche), once per process."""
    from triglot.schema.command import compile_schematron
    from triglot.xslt import processor
    xslt = compile_schematron(derive(root))
    return processor().new_xslt30_processor().compile_stylesheet(stylesheet_text=xslt.decode("utf-8"))


def problems(root: Path, name: str, tree, source=None) -> list[Problem]:
    """Every finding of the practice's rules on one TEI file, as `file:line: bptl:RULE: message`.

    `tree` is the export's rewritten file, which is refused and never written when there is a
    finding: with the `source` tree it was made from, the line is the source's, of the element
    the rule is about or of its nearest ancestor that the source has (tei/DOC.xml:4 was a line
    of the rewritten header, not of the editor's file)."""
    from triglot.validate.schema_check import _line
    from triglot.xslt import processor
    node = processor().parse_xml(xml_text=etree.tostring(tree, encoding="unicode"))
    report = etree.fromstring(rules(Path(root)).transform_to_string(xdm_node=node).encode("utf-8"))
    out, pattern = [], ""
    for el in report:
        if el.tag == f"{{{SVRL}}}active-pattern":
            pattern = el.get("id") or el.get("name") or ""
        elif el.tag in (f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
            text = " ".join("".join(el.itertext()).split())
            location = el.get("location")
            line = _source_line(source, location) if source is not None else 0
            line = line or _line(tree, location)
            proposal = _under_review(tree, location)
            if proposal:
                # encode's proposals in the header (a letter's correspDesc, an archival msDesc) carry
                # ana="#review" until the editor has checked them: that, not the practice, is the matter
                out.append(Problem(name, line, "review", f"the header's <{proposal}> is a proposal awaiting the "
                                   "editor's review (ana=\"#review\"): check it (triglot check lists it), then remove "
                                   "the mark; a library is given no header still under review"))
                continue
            out.append(Problem(name, line, f"bptl:{pattern}", text))
    return out


def _under_review(tree, location: str | None) -> str:
    """The name of the element whose ana="#review" the finding at `location` is about, or ""."""
    try:
        found = tree.xpath(location) if location else []
    except etree.XPathError:
        return ""
    attr = found[0] if found else None
    if getattr(attr, "attrname", None) != "ana" or "#review" not in str(attr).split():
        return ""
    return etree.QName(attr.getparent()).localname


def _source_line(source, location: str | None) -> int:
    """The line in `source` of the element at `location` (an SVRL path of positional steps), or of
    its nearest ancestor there."""
    from triglot.validate.schema_check import _line
    steps = (location or "").split("/")
    while len(steps) > 1:
        line = _line(source, "/".join(steps))
        if line:
            return line
        steps = steps[:-1]
    return 0
