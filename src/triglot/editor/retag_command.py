"""`triglot retag DOC`: propose markup in a document's untagged text (after new register entries).

Never changes an element, attribute or comment that is there: only text lying
directly in a block gains proposals, each marked for review. The file is written
only if the document still validates as before; --dry-run writes nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

from triglot.problems import InputError, Problem


def add_arguments(parser) -> None:
    parser.add_argument("document", help="the document's id or file (tei/ID.xml)")
    parser.add_argument("--new-names", action="store_true",
                        help="also propose names the registers do not know (persons, places, organisations)")
    parser.add_argument("--dates", action="store_true", help="also propose dates in untagged text")
    parser.add_argument("--dry-run", action="store_true", help="say what would be proposed; write nothing")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot.editor.register import Change, serialize_register
    from triglot.editor.retag import retag

    edition = load(root)
    name = Path(args.document).stem if args.document.endswith(".xml") else args.document
    unreadable = [p for p in edition.problems if Path(p.file).stem == name]
    if unreadable:
        raise InputError(unreadable)
    try:
        doc = edition.document(name)
    except KeyError:
        raise InputError([Problem(args.document, 0, "retag", "no such document in tei/")]) from None
    registers = {f"tei/{f}" for f in edition.settings.register_files().values()}   # without them, no proposals
    bad = [p for p in edition.problems if p.file == doc.name or p.file in registers]
    if bad:
        raise InputError(bad)
    from triglot.editor.recognize import not_available, proposes_names
    if args.new_names and not proposes_names(edition.settings.base):
        print(not_available(edition.settings.base), file=sys.stderr)
    result = retag(edition, doc, new_names=args.new_names, dates=args.dates)
    if not result.proposals:
        print(f"{doc.name}: nothing to propose in the untagged text")
        return 0
    change = Change(edition)
    change.set(doc.path, serialize_register(doc.tree))
    change.check()
    stale = f"; the translations of {len(result.blocks)} block(s) are now stale (new placeholders)"
    if args.dry_run:
        print(f"{doc.name}: would propose {result.proposals} element(s) in {', '.join(result.blocks)} (nothing written)")
        return 0
    change.write()
    print(f"{doc.name}: {result.proposals} proposal(s) to review in {', '.join(result.blocks)}{stale}")
    return 0
