"""The project grammar in the shape libxml2 answers fastest, asked first: valid or not.

Why: the derived schema (schema/derive.py) gives each element its optional attributes as one
`zeroOrMore(choice(attribute…))`. Each attribute present is then tried against every
alternative, and the repetition's states are kept: on the 100-times corpus the grammar took
3.6 ms a document, 40 % of a document's check. The same attributes as a group of
`optional(attribute)` (the language is the same: an element holds each attribute at most once,
and attributes have no order) take 2.0-2.2 ms (libxml2 2.x, both grammars alternately on the
edition copied twenty times).

Only the verdict is taken from this grammar. libxml2's messages are not the same in both shapes
(an attribute of the wrong datatype is reported as "Invalid attribute target for element ref"
alone here, and after "failed to validate type anyURI" in the derived shape), and the messages
an editor is given are the derived schema's: a document this grammar refuses is validated again
by the derived schema, which gives them. So a valid document is checked once, in the fast shape,
and an invalid one (rare in an edition, and then the derived schema's answer is the one given)
twice. The shape is made from the derived schema when it is compiled, in memory: the file stays
the one `triglot schema` writes.
"""
from __future__ import annotations

import copy

from lxml import etree

R = "{http://relaxng.org/ns/structure/1.0}"
SETS = "triglot.attributes."     # the definitions schema/derive.py writes for an element's attribute set


def optional_attributes(schema) -> etree._ElementTree | None:
    """A copy of the derived RELAX NG `schema` (a parsed tree) whose attribute sets are groups of
    `optional` attributes, or None when it has no attribute set of the derived shape (a schema of
    another shape is left to be used as it is)."""
    grammar = copy.deepcopy(schema.getroot())
    defines = {d.get("name"): d for d in grammar.iter(R + "define")}
    changed = False
    for name, define in defines.items():
        if not name or not name.startswith(SETS):
            continue
        refs = _attribute_refs(define, defines)
        if refs is None:
            continue
        for child in list(define):
            define.remove(child)
        for ref in refs:
            etree.SubElement(etree.SubElement(define, R + "optional"), R + "ref", name=ref)
        changed = True
    return etree.ElementTree(grammar) if changed else None


def _attribute_refs(define, defines) -> list[str] | None:
    """The names in `define` = zeroOrMore(choice(ref…)), each ref to a definition of one named
    attribute, the names all different; None for any other shape."""
    kids = [k for k in define if isinstance(k.tag, str)]
    if len(kids) != 1 or kids[0].tag != R + "zeroOrMore" or len(kids[0]) != 1 or kids[0][0].tag != R + "choice":
        return None
    refs, names = [], set()
    for ref in kids[0][0]:
        target = defines.get(ref.get("name")) if ref.tag == R + "ref" else None
        inner = [k for k in target if isinstance(k.tag, str)] if target is not None else []
        if len(inner) != 1 or inner[0].tag != R + "attribute" or not inner[0].get("name") \
                or inner[0].get("name") in names or inner[0].get("ns"):
            return None
        names.add(inner[0].get("name"))
        refs.append(ref.get("name"))
    return refs or None
