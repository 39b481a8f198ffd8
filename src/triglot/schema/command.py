"""`triglot schema`: regenerate the project schema from tei_all.

Run it after using a TEI element the edition did not use before (or after
replacing tei_all.rng or cmif.rng); commit the files it writes in tei/schema/.
"""
from __future__ import annotations

import dataclasses
import os
import tempfile
from pathlib import Path

from lxml import etree

from triglot.schema import CMIF_RNG, CMIF_SCH_XSL, PROJECT_RNG, PROJECT_SCH, PROJECT_SCH_XSL, TEI_ALL, schema_dir, schema_file
from triglot.schema.derive import (EXTRA_ATTRIBUTES, EXTRA_ELEMENTS, derive, embedded_schematron,
                                   used_attributes, used_elements)
from triglot.check_option import add_check_argument, refusal_status  # noqa: F401 (triglot.cli asks for refusal_status)
from triglot.problems import InputError, Problem
from triglot.xmlio import write_together

ROOT_ELEMENTS = {"TEI", "teiHeader", "text", "body", "teiCorpus"}


# --check's exit status: 1 already says "out of date", so a refusal (a foreign file in tei/, a broken
# settings file) needs a code of its own, or a script running --check took a refusal for "run schema"
CHECK_STATUS = {0: "the committed schema is up to date",
                1: "out of date: run `triglot schema`",
                2: "refused: a file to fix by hand (file:line: rule: message)"}


def add_arguments(parser) -> None:
    add_check_argument(parser, CHECK_STATUS,
                       help="only report whether the committed schema is up to date (exit 1 if not, "
                       "2 if refused)")


def generate(root: Path, files: list[Path] | None = None) -> dict[str, bytes]:
    """The derived schema files, as bytes: the project's three and CMIF's compiled Schematron.

    `files`: the edition's TEI files (default: tei/*.xml); import-tei passes those it is about to write."""
    if files is None:
        from triglot.edition import tei_files
        files = tei_files(root)
    try:
        keep, attributes = vocabulary(files)
    except InputError as error:
        # told as every other command tells a file, from the edition's root: not by an absolute path
        raise InputError([dataclasses.replace(p, file=_from_root(root, p.file)) for p in error.problems]) from None
    rng, sch = derive(schema_file(root, TEI_ALL), keep, attributes)
    sch_bytes = etree.tostring(sch, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    return {
        PROJECT_RNG: etree.tostring(rng, xml_declaration=True, encoding="UTF-8"),
        PROJECT_SCH: sch_bytes,
        PROJECT_SCH_XSL: one_pass(compile_schematron(sch_bytes)),
        CMIF_SCH_XSL: compile_schematron(etree.tostring(embedded_schematron(schema_file(root, CMIF_RNG)))),
    }


def _from_root(root: Path, name: str) -> str:
    """`name` relative to the edition's root where it lies inside it (the file names problems show)."""
    shown = os.path.relpath(name, root)
    return name if shown.startswith("..") else shown


def vocabulary(files: list[Path]) -> tuple[set[str], set[str]]:
    """The elements and attributes the derived schema keeps for these files."""
    return (used_elements(files) | EXTRA_ELEMENTS | ROOT_ELEMENTS,
            used_attributes(files) | EXTRA_ATTRIBUTES)


def schema_files_for(root: Path, files: dict[Path, bytes]) -> dict[Path, bytes]:
    """The project schema's files again, when new or replaced TEI files (`files`, not yet written) use an
    element or attribute it does not keep: written with them (import-tei, encode), so that what a
    command writes validates at once."""
    from triglot.edition import tei_files
    current = tei_files(root)
    with tempfile.TemporaryDirectory(prefix="triglot-schema-") as tmp:
        new, shown = [], {}
        for i, (path, data) in enumerate(files.items()):
            if path.parent.resolve() == (root / "tei").resolve():
                copy = Path(tmp) / f"{i}-{path.name}"
                copy.write_bytes(data)
                new.append(copy)
                shown[str(copy)] = f"tei/{path.name}"
        replaced = {p.resolve() for p in files}
        kept = [p for p in current if p.resolve() not in replaced]
        after = kept + new
        # not the replaced files' own vocabulary: a file replaced (--force) may already use what the
        # schema lacks, when an earlier run wrote it without the schema
        before_keep, before_attrs = vocabulary(kept)
        try:
            new_keep, new_attrs = vocabulary(new)       # the kept files are read once, not again with the new
        except InputError as error:
            # told at the file it would be, not at a temporary copy gone when the message is read
            raise InputError([dataclasses.replace(p, file=shown.get(p.file, p.file)) for p in error.problems]) from None
        if new_keep <= before_keep and new_attrs <= before_attrs:
            return {}
        generated = generate(root, after)
    folder = schema_dir(root)
    return {folder / name: data for name, data in generated.items()
            if _committed(folder / name, root) != data}


def _committed(path: Path, root: Path) -> bytes | None:
    """The bytes of a committed schema file, None when there is none. Read as read_regular reads:
    `schema --check` read a FIFO in place of tei/schema/triglot.rng with read_bytes() and waited
    for ever (hostile round 34); a FIFO, folder or device there is now a refusal at that file."""
    if not path.exists() and not path.is_symlink():
        return None
    from triglot.xmlio import read_regular
    return read_regular(path, os.path.relpath(path, root), limit=256 * 1024 * 1024)


def compile_schematron(sch_bytes: bytes) -> bytes:
    """Compile ISO Schematron to XSLT with the ISO skeleton shipped by lxml.

    The skeleton is the XSLT 1 one, so the schema is handed over with query
    binding "xslt"; the generated stylesheet is then marked XSLT 3.0 so that
    Saxon evaluates the rules' XPath 2 expressions natively.
    """
    import lxml.isoschematron as iso

    from triglot.xslt import processor
    sch = etree.fromstring(sch_bytes)
    sch.set("queryBinding", "xslt")
    res = Path(iso.__file__).parent / "resources" / "xsl" / "iso-schematron-xslt1"
    proc = processor()
    text = etree.tostring(sch, encoding="unicode")
    for step in ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl"):
        xslt = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(res / step))
        node = proc.parse_xml(xml_text=text)
        text = xslt.transform_to_string(xdm_node=node)
    out = etree.fromstring(text.encode("utf-8"))
    out.set("version", "3.0")
    _attribute_paths_from_the_root(out)
    return etree.tostring(out, xml_declaration=True, encoding="UTF-8")


def _attribute_paths_from_the_root(xslt) -> None:
    """The skeleton's location of an attribute is "/@ana" alone: its template for attributes, unlike
    the one for elements, does not begin with its parent's path, so every finding about an attribute
    (the Best Practices' onlyAllowedAttrs, a rule on @when) named no element and was reported at line
    0. The template is given that first step here."""
    for template in xslt.iterfind(f"{{{XSL}}}template[@match='@*'][@mode='schematron-get-full-path']"):
        template.insert(0, etree.Element(f"{{{XSL}}}apply-templates",
                                         select="parent::*", mode="schematron-get-full-path"))


XSL = "http://www.w3.org/1999/XSL/Transform"
SVRL = "http://purl.oclc.org/dsdl/svrl"


def one_pass(xslt: bytes) -> bytes:
    """The compiled Schematron rewritten so that each pattern visits only the elements its rules
    are about, not the whole document.

    The ISO skeleton walks the whole document in a mode of its own for each pattern, and
    inside each `svrl:active-pattern` applies the built-in templates to the document, which
    copies all its text into the report: 26 walks and 26 copies of the text per document, most
    of the Schematron time. Here each pattern's mode is applied to `//(CONTEXT | …)`, the nodes
    its rules' contexts match (Saxon finds `//tei:p` from its name index), its templates no longer
    recurse, and the text copies are gone, as is the `svrl:fired-rule` written for every node a
    rule matches (only failed assertions and successful reports are read). Each pattern still fires its first matching rule per
    node; only the report's order changes, which the caller sorts. Left as it is when a rule's
    context is not a relative pattern (one starting at the root, or with a function)."""
    x = etree.fromstring(xslt)
    t = f"{{{XSL}}}"
    calls = [el for el in x.iter(t + "apply-templates") if el.get("select") == "/" and el.get("mode")]
    contexts: dict[str, list[str]] = {call.get("mode"): [] for call in calls}
    for template in x.findall(t + "template"):
        # the rules have priorities 1000, 999…; the mode's fallbacks for text and other nodes, below 0
        if template.get("mode") in contexts and float(template.get("priority") or 0) >= 0:
            contexts[template.get("mode")].append(template.get("match", ""))
    if not calls or any(not m.strip() or m.lstrip().startswith(("/", "@")) or "@*|" in m
                        or any(f in m for f in ("id(", "key(", "doc(", "root(")) or m.strip() == "node()"
                        for found in contexts.values() for m in found):
        return xslt
    for template in x.findall(t + "template"):
        for call in list(template.iter(t + "apply-templates")):
            if call.get("mode") == template.get("mode") in contexts and call.get("select") in ("@*|*", "*", "@*|node()"):
                call.getparent().remove(call)
    for active in x.iter(f"{{{SVRL}}}active-pattern"):
        for call in active.findall(t + "apply-templates"):
            if call.get("select") is None and call.get("mode") is None:
                active.remove(call)
    for fired in list(x.iter(f"{{{SVRL}}}fired-rule")):   # one per matching node; nobody reads them
        fired.getparent().remove(fired)
    for call in calls:
        found = contexts[call.get("mode")]
        if found:
            call.set("select", "//(" + " | ".join(f"({m})" for m in found) + ")")
        else:
            call.getparent().remove(call)
    return etree.tostring(x, xml_declaration=True, encoding="UTF-8")


def run(args, root: Path) -> int:
    from triglot.edition import foreign as foreign_files, load
    from triglot.problems import InputError
    # The subset is derived from the elements the edition's documents use: a file that is not one
    # of its documents (a letter of another edition, dropped into tei/ to try it) would widen it
    # with that file's vocabulary, silently, while every other command refuses the file.
    foreign = foreign_files(load(root).shape_problems())
    if foreign:
        raise InputError(foreign)
    files = generate(root)
    folder = schema_dir(root)
    stale = [n for n, data in files.items()
             if _committed(folder / n, root) != data]
    if args.check:
        for n in stale:
            print(Problem(os.path.relpath(folder / n, root), 0, "schema", "out of date (run `triglot schema`)"))
        return 1 if stale else 0
    # the grammar and the Schematron are one schema: all written or none (a full disk, a kill: the
    # journal), never a new triglot.rng beside the old triglot.sch
    write_together({folder / name: files[name] for name in stale}, journal=root)
    for name in stale:
        print(f"wrote {os.path.relpath(folder / name)}")
    if not stale:
        print("project schema is up to date")
    return 0
