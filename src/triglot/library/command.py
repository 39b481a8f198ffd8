"""`triglot export`: the edition for libraries and archives, under build/export/.

    tei/                 every document and register as validated, and NAME-corpus.xml (edition.name)
                         (teiCorpus: edition header + documents), their headers rewritten at TEI
                         in Libraries Level 4 (library-header.xsl, checked by bptl.py)
    dc/DOC.xml           one Dublin Core record (oai_dc) per document
    mods/DOC.xml         one MODS 3.7 record per document, mods/edition.xml for the edition
    cmif/NAME-cmif.xml   every letter and telegram, for correspSearch (CMIF files are CC BY 4.0:
                         an edition under another licence gets no cmif/, and a warning says so)
    cmif/authority-report.txt  persons and places the CMIF names without authority URI
    data/                CSV and JSON tables of documents, register entries and mentions, their JSON
                         Schema and a schema.org Dataset description (dataset.py)
    bag/                 a BagIt 1.0 bag of all the above and the schemas

Nothing is exported from an edition that fails validation or has lost a released
identifier; the export is built in a temporary folder and swapped in whole, so
the previous build/export stays until the new one is complete.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from triglot.problems import InputError, Problem, render

CORPUS_DIR = "tei"
DC_DIR = "dc"
CMIF_DIR = "cmif"


@dataclass
class ExportResult:
    folder: Path
    warnings: list[Problem] = field(default_factory=list)   # the CMIF's gaps (cmif/authority-report.txt)
    notices: list[Problem] = field(default_factory=list)    # what the export left out, and why
    released: list[str] = field(default_factory=list)
    released_entries: list[str] = field(default_factory=list)


def add_arguments(parser) -> None:
    parser.add_argument("--out", help="build folder (default: <project>/build); the export goes to OUT/export")


def run(args, root: Path) -> int:
    build_dir = Path(args.out).resolve() if args.out else root / "build"
    try:
        result = export(root, build_dir)
    except InputError as exc:
        print(render(exc.problems), file=sys.stderr)
        print(f"export refused: {len(exc.problems)} problem(s); previous {build_dir / 'export'} left unchanged",
              file=sys.stderr)
        return 1
    for w in [*result.notices, *result.warnings]:
        print(f"warning: {w}", file=sys.stderr)
    if result.warnings:
        print(f"{len(result.warnings)} warning(s), listed in {result.folder / CMIF_DIR / 'authority-report.txt'}",
              file=sys.stderr)
    if result.released:
        print(f"released {len(result.released)} new identifier(s) in tei/released-ids.txt: commit it")
    if result.released_entries:
        print(f"released {len(result.released_entries)} new register entry id(s) in tei/released-entries.txt: commit it")
    print(f"exported: {result.folder} (bag validated: BagIt 1.0, SHA-512)")
    return 0


def export(root: Path, build_dir: Path, edition=None, record: bool = True) -> ExportResult:
    """Validate, check identifiers, write the export atomically, then record the released ids.

    `record=False` (the benchmark) leaves tei/released-ids.txt untouched.
    """
    from triglot.build import load_valid, publish
    from triglot.library import identifiers

    edition = edition if edition is not None else load_valid(root)
    if not edition.documents:   # a new edition: a corpus, records and a bag of nothing help no library
        raise InputError([Problem("tei/", 0, "export", "the edition has no documents yet: nothing to export")])
    from triglot.validate import released_entries
    # a register entry's id is released as a document's is (validate/released_entries.py)
    problems = identifiers.uri_problems(edition) + identifiers.released_problems(edition) + \
        released_entries.problems(edition)
    if problems:
        raise InputError(problems)
    result = ExportResult(build_dir / "export")
    publish(result.folder, lambda tmp: write_export(edition, tmp, result))
    if record:
        # both lists in one write: a kill between two writes recorded the documents' ids and not the
        # entries' (hostile round 32); the journal lets the next writer put both back as they were
        from triglot.xmlio import write_together
        result.released, ids_file = identifiers.released_update(edition)
        result.released_entries, entries_file = released_entries.update(edition)
        write_together({**ids_file, **entries_file}, journal=Path(edition.root))
    return result


def write_export(edition, out: Path, result: ExportResult) -> None:
    """Everything of the export into `out` (a fresh temporary folder)."""
    from triglot.library import bag, bptl, cmif, corpus, dataset, dublin_core, gazetteer, mods
    from triglot.library.schemas import OAI_DC_RNG
    from triglot.xmlio import atomic_write
    from triglot.xslt import parse

    facts = corpus.edition_facts(edition)
    tei = out / CORPUS_DIR
    headers = library_headers(edition.root)
    refused: list[Problem] = []     # every file's findings at once, not the first file's alone
    for path, tree in [(doc.path.name, doc.tree) for doc in edition.documents] + \
            [(register.name, register.tree) for register in edition.registers.values()]:
        try:
            atomic_write(tei / path, headers(path, _xml(tree)))
        except InputError as error:
            refused += error.problems
    if refused:
        raise InputError(refused)
    corpus_bytes = _xml(corpus.build_corpus(edition, facts))    # the tree let go at once: 320 MB at 500 documents
    corpus_name = corpus.corpus_file(edition.settings.name)
    atomic_write(tei / corpus_name, headers(corpus_name, corpus_bytes))

    for doc_id, record in dublin_core.records(edition, tei, facts.uri).items():
        atomic_write(out / DC_DIR / f"{doc_id}.xml", record)

    corpus_xml = corpus_bytes.decode("utf-8")
    del corpus_bytes
    corpus_tree = parse(corpus_xml)     # once for the CMIF file, its report and the edition's MODS record
    places = gazetteer.as_param(gazetteer.matches(edition))
    unlicensed = cmif.licence_problem(edition, facts)
    if unlicensed is None:
        left_out, notices = cmif.own_licence_problems(edition)
        result.notices += notices
        cmif_corpus = parse(cmif.without(corpus_xml, left_out)) if left_out else corpus_tree
        cmif_bytes = cmif.cmif(edition.root, cmif_corpus, tei, facts.uri, facts, places)
        check_cmif(edition.root, cmif_bytes, f"{CMIF_DIR}/{cmif.cmif_file(edition.settings.name)}")
        atomic_write(out / CMIF_DIR / cmif.cmif_file(edition.settings.name), cmif_bytes)
        result.warnings = cmif.gaps(edition, cmif_corpus, tei, places, facts)
        atomic_write(out / CMIF_DIR / cmif.REPORT_FILE, cmif.render_report(result.warnings))
    else:
        result.notices.append(unlicensed)

    for name, record in mods.records(edition, corpus_tree, tei, facts, places).items():
        atomic_write(out / mods.MODS_DIR / name, record)
    dataset.write(edition, out / dataset.DATA_DIR, facts)

    from triglot.resources import find
    payload = {"tei": tei, "tei/schema": find(edition.root, "tei/schema"),
               "tei/schema/oai_dc.rng": OAI_DC_RNG, DC_DIR: out / DC_DIR,
               dataset.DATA_DIR: out / dataset.DATA_DIR, mods.MODS_DIR: out / mods.MODS_DIR,
               "tei/schema/mods": mods.SCHEMA_DIR, "tei/schema/tei-in-libraries": bptl.ODD_DIR}
    if unlicensed is None:
        payload[CMIF_DIR] = out / CMIF_DIR
    bag.make_bag(out / bag.BAG_DIR, payload, bag_info(facts, len(edition.documents), with_cmif=unlicensed is None,
                                                      own=own_licences(edition)))


def own_licences(edition) -> dict[str, str]:
    """{document id: licence URL} of the documents under their own (their source's) licence."""
    from triglot.validate.header import own_licence_element
    found = {doc.id: own_licence_element(doc.root) for doc in edition.documents}
    return {doc_id: el.get("target") for doc_id, el in found.items() if el is not None}


def bag_info(facts, n_documents: int, with_cmif: bool = True, own: dict | None = None) -> dict[str, str]:
    """The bag's description; `own` ({document id: licence URL}) names the documents under their source's
    licence, which the bag's single "Licence" said was the edition's."""
    from triglot.validate.header import is_public_domain
    # a public-domain source text's translations and notes are the edition's (journey 27): the bag said
    # the document was under its source's licence, the project's work with it
    free = "; ".join(f"{doc_id}: {url}" for doc_id, url in sorted((own or {}).items()) if is_public_domain(url))
    others = "; ".join(f"{doc_id}: {url}" for doc_id, url in sorted((own or {}).items()) if not is_public_domain(url))
    others = (f" (documents under their sources' licences: {others})" if others else "") + \
        (f" (source texts in the public domain, their translations, notes and encoding under the edition's "
         f"licence: {free})" if free else "")
    from triglot import __version__
    from triglot.library.release_time import export_time
    return {
        "Bagging-Date": export_time(facts.date).date().isoformat(),
        "Source-Organization": facts.publisher,
        "External-Identifier": facts.uri,
        "External-Description": (f"{facts.title}, edition {facts.version} ({facts.date}): {n_documents} TEI "
                                 "documents with their registers, schemas, a TEI corpus file, Dublin Core "
                                 f"and MODS records{', a CMIF file' if with_cmif else ''} and CSV/JSON data "
                                 f"tables. Licence: {facts.licence_uri}{others}"),
        "Bag-Software-Agent": f"triglot {__version__} (bagit.py)",
    }


def library_headers(root: Path):
    """A function giving a TEI file's bytes with its headers at TEI in Libraries Level 4, checked
    against the practice's rules (bptl.py); a finding outside the documented deviations stops the export."""
    from triglot.library import bptl
    from triglot.resources import find
    from triglot.xslt import compile_stylesheet, transform_to_string
    executable = compile_stylesheet(find(root, "xslt/export/library-header.xsl"))

    def rewrite(name: str, data: bytes) -> bytes:
        out = transform_to_string(executable, data).encode("utf-8")
        out = out if out.startswith(b"<?xml") else b'<?xml version="1.0" encoding="UTF-8"?>' + out
        out = out if out.endswith(b"\n") else out + b"\n"
        # The export's own output, not input: the corpus of a large edition passes the input size limit.
        tree = etree.fromstring(out, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                                                     collect_ids=False)).getroottree()
        problems = [p for p in bptl.problems(root, f"{CORPUS_DIR}/{name}", tree) if not bptl.accepted(p)]
        if problems:
            # refused: the rewritten file is never written, so the lines are given in the editor's file
            source = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                            huge_tree=True, collect_ids=False)).getroottree()
            problems = [p for p in bptl.problems(root, f"{CORPUS_DIR}/{name}", tree, source)
                        if not bptl.accepted(p)]
            raise InputError(problems)
        return out
    return rewrite


def check_cmif(root: Path, data: bytes, name: str = "cmif/triglot-cmif.xml") -> None:
    """The CMIF must be valid by its own schema (grammar and Schematron) before anything is published."""
    from triglot.library.schemas import cmif_rng
    from triglot.schema import CMIF_SCH_XSL, schematron_executable
    from triglot.validate.schema_check import schematron_problems
    from triglot.xmlio import parse_bytes
    tree = parse_bytes(data, name)
    schema = cmif_rng(root)
    problems = [] if schema.validate(tree) else [Problem(name, e.line, "cmif-schema", e.message)
                                                 for e in schema.error_log]
    problems += schematron_problems(schematron_executable(Path(root), CMIF_SCH_XSL), name, tree,
                                    "cmif-schematron")
    if problems:
        raise InputError(problems)


def _xml(tree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"


__all__ = ["export", "run", "add_arguments"]
