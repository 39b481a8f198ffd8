"""`triglot import-tei SOURCE.xml [--id ID]`: another project's TEI file as a new document.

Writes seeds/ID.xml (the received file, byte for byte), tei/ID.xml, the
registers that gained proposed entries and, when the document uses TEI the
edition did not, the project schema: all of them or none (each through a
temporary file; a failure puts back what was already written). It never
replaces a document or seed unless --force is given.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from triglot.problems import InputError, Problem
from triglot.tei_source import OMITTED as OMITTED_NAMES, XINCLUDE


def add_arguments(parser) -> None:
    parser.add_argument("source", help="the TEI P5 file to import (it becomes the seed, kept byte for byte)")
    parser.add_argument("--id", dest="doc_id", help="the new document's id (default: from the file name)")
    parser.add_argument("--persons", type=Path, help="the source project's list of persons (a TEI file with "
                                                     "person elements), if the file's names point into it")
    parser.add_argument("--places", type=Path, help="the source project's list of places")
    parser.add_argument("--orgs", type=Path, help="the source project's list of organisations")
    parser.add_argument("--licence-checked", action="store_true",
                        help="the source states no open licence (or restricts its availability) and the editor "
                             "has checked that the edition may republish it")
    parser.add_argument("--witness", metavar="ID",
                        help="the witness (an xml:id of the source's listWit) whose readings give the text where an "
                             "apparatus entry has no lem; the other readings are listed as left out (default: the "
                             "first witness of the listWit that a reading names)")
    parser.add_argument("--force", action="store_true", help="replace an existing document and seed of this id")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot import settings as settings_module
    from triglot.editor.encode import ID_PATTERN, register_clash, serialize
    from triglot.editor.header_settings import header_settings
    from triglot.editor.import_tei import import_tei
    from triglot.editor.register import serialize_register

    source = Path(args.source)
    doc_id = args.doc_id or re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-")
    if not ID_PATTERN.fullmatch(doc_id):
        raise InputError([Problem(args.doc_id or str(source), 0, "import-tei",
                                  f"the id {doc_id!r} must start with a lower-case letter and hold only a-z, 0-9 "
                                  "and '-' (give one with --id)")])
    target, seed = root / "tei" / f"{doc_id}.xml", root / "seeds" / f"{doc_id}.xml"
    clash = register_clash(root, settings_module.load(root), target, "import-tei")
    if clash:
        raise InputError([clash])
    for path in (target, seed, root / "seeds" / f"{doc_id}.txt"):
        if path.exists() and not args.force:
            raise InputError([Problem(str(path.relative_to(root)), 0, "import-tei",
                                      f"{path.relative_to(root)} exists; import-tei never replaces a document or "
                                      "a seed (use --force to replace them)")])
    edition = load(root)
    if edition.problems:
        raise InputError(edition.problems)
    for doc in edition.documents:
        if doc.id == doc_id and doc.path.resolve() != target.resolve():
            raise InputError([Problem(doc.name, doc.root.sourceline or 0, "import-tei",
                                      f"the id {doc_id!r} is already used by this document")])
    from triglot.xmlio import read_regular
    received = read_regular(source, str(source))
    extra = [(path, f"the {what} file {path.name}") for path, what in
             ((args.persons, "persons"), (args.places, "places"), (args.orgs, "organisations")) if path]
    result = import_tei(edition, source, doc_id, header_settings(edition), extra, args.licence_checked,
                        witness=args.witness)
    files: dict[Path, bytes | None] = {seed: received, target: serialize(result.tree)}
    if (root / "seeds" / f"{doc_id}.txt").exists():    # --force: the plain-text seed it replaces goes, or
        files[root / "seeds" / f"{doc_id}.txt"] = None  # validate finds a seed no document encodes
    for path, tree in result.registers.items():
        files[path] = serialize_register(tree)
    from triglot.schema.command import schema_files_for
    from triglot.xmlio import write_together
    files = {**schema_files_for(root, files), **files}      # the schema first, as encode writes it
    # a register saved by hand while the source was read and matched is refused, not overwritten
    # with the entries added to the tree read before it
    written = write_together(files, journal=root, read={reg.path: reg.digest for reg in edition.registers.values()
                                                        if reg.path in files and reg.digest})
    _summary(root, doc_id, result, written)
    return 0


def _texts(texts: int, elements: int) -> str:
    """" (2 texts)" after "front ×1", " (no text)" after "pb ×12"; nothing where each element is one text."""
    if texts == elements:
        return ""
    return " (no text)" if not texts else f" ({texts} text{'s' if texts != 1 else ''})"


def _lines(lines: list[int]) -> str:
    """"12, 40, 41" or "12, 40, 41, … (1,000 in all)": a source's thousand apps make no thousand-number line."""
    shown = ", ".join(str(n) for n in lines[:5])
    return shown + (f", … ({len(lines):,} in all)" if len(lines) > 5 else "")


def _summary(root: Path, doc_id: str, result, written: list[Path]) -> None:
    source = result.source
    for path in written:
        print(f"{'wrote' if path.exists() else 'removed'} {path.relative_to(root)}")
    print(f"{doc_id}: {len(source.blocks)} blocks, {len(source.omissions)} texts left out "
          f"(listed in samplingDecl at their lines of seeds/{doc_id}.xml)")
    omitted = {k: v for k, v in source.dropped.items()
               if k in OMITTED_NAMES or k.startswith("div type=") or k == XINCLUDE}
    tags = {k: v for k, v in source.dropped.items() if k not in omitted}
    if omitted:
        # elements, with the texts of them samplingDecl lists where that is another number: a play's one
        # front gives two texts (its title page, its cast list), and "2 texts left out" stood beside
        # "front ×1" unexplained; a page break has no text
        print("left out: " + ", ".join(f"{k} ×{v}{_texts(source.texts_left[k], v)}" for k, v in sorted(omitted.items())))
    if tags:
        print("tags dropped, text kept: " + ", ".join(f"{k} ×{v}" for k, v in sorted(tags.items())))
    if source.witness and (source.without_lem or source.witness_chosen):
        # (only where an app has no lem, or the editor chose the witness: "where an app has no lem" was said
        # of a source every app of which has one; hostile46)
        why = ("chosen with --witness" if source.witness_chosen else
               "the first witness of the source's listWit that its readings name")
        where = ("where an app has no lem" if not source.witness_chosen or source.without_lem == source.apps else
                 "where it has a reading, else the lem where the lem names no witness")
        print(f"apparatus: the text is witness #{source.witness}'s {where} ({why}); the other "
              "readings are left out, each listed")
    if source.unwitnessed:
        lines = source.unwitnessed
        print(f"apparatus: {len(lines)} app{'s' if len(lines) != 1 else ''} give{'' if len(lines) != 1 else 's'} "
              f"witness #{source.witness} no reading (line{'s' if len(lines) != 1 else ''} {_lines(lines)}): the "
              "text has none of their readings there, each listed")
    for ref, lines in sorted(source.dangling_wits.items()):
        print(f"apparatus: wit {ref!r} names no witness of the source's listWit (line{'s' if len(lines) != 1 else ''} "
              f"{_lines(lines)}): its readings are read as the source gives them, its details are not imported")
    for line in source.values:
        print(f"value left out: {line}")
    for line in source.rewritten:
        print(f"value rewritten: {line}")
    if result.found:
        print("names pointed at existing entries (a shared identifier, or the key and name of an earlier "
              "import's own list): " + ", ".join(result.found))
    if result.proposed:
        print(f"proposed register entries, cert=\"low\" until reviewed ({len(result.proposed)}): "
              + ", ".join(result.proposed))
    for line, name in result.roles:
        print(f"seeds/{doc_id}.xml:{line}: correspDesc: {name} is typed for the other side of the letter; kept where "
              "the source puts it, its type not kept, so it now reads as of that action: check who sent and who "
              "received the letter", file=sys.stderr)
    if result.unresolved:
        print("refs not resolved (the names keep no pointer): "
              + ", ".join(f"{k} ×{v}" for k, v in sorted(result.unresolved.items())), file=sys.stderr)


