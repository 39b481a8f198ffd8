"""`triglot retag DOC`: propose markup in a document's untagged text (after new register entries).

Never changes an element, attribute or comment that is there: only text lying
directly in a block gains proposals, each marked for review. The file is written
only if the document still validates as before; --dry-run writes nothing. Every
proposal made and every one held back (removed by the editor before, listed as
no name, or in a translated block) is listed, one a line, so nothing comes back
or stays out unseen.
"""
from __future__ import annotations

import copy
import sys
from pathlib import Path

from triglot.problems import InputError


def add_arguments(parser) -> None:
    parser.add_argument("document", help="the document's id or file (tei/ID.xml)")
    parser.add_argument("--new-names", action="store_true",
                        help="also propose names the registers do not know (persons, places, organisations)")
    parser.add_argument("--dates", action="store_true", help="also propose dates in untagged text")
    parser.add_argument("--translated", action="store_true",
                        help="also tag blocks whose translations are made (their drafts then turn stale)")
    parser.add_argument("--dry-run", action="store_true", help="say what would be proposed; write nothing")


def run(args, root: Path) -> int:
    from triglot.edition import _document, load
    from triglot.editor.register import Change, serialize_register
    from triglot.editor.retag import retag

    edition = load(root)
    name = Path(args.document).stem if args.document.endswith(".xml") else args.document
    unreadable = [p for p in edition.problems if Path(p.file).stem == name]
    if unreadable:
        raise InputError(unreadable)
    doc = edition.named(args.document, "retag")
    registers = {f"tei/{f}" for f in edition.settings.register_files().values()}   # without them, no proposals
    bad = [p for p in edition.problems if p.file == doc.name or p.file in registers]
    if bad:
        raise InputError(bad)
    from triglot.editor.recognize import not_available, proposes_names
    if args.new_names and not proposes_names(edition.settings.base):
        print(not_available(edition.settings.base), file=sys.stderr)
    # tag a copy: the change is checked against the edition, which must still hold the document as it
    # was (tagged in place, "before" was the changed tree and no rule the change broke was seen)
    doc = _document(edition.root, doc.path, copy.deepcopy(doc.tree), edition.settings)
    result = retag(edition, doc, new_names=args.new_names, dates=args.dates, translated=args.translated)
    if not result.proposals:
        _print(report(doc, result, block_lines(doc.path)))
        print(f"{doc.name}: nothing to propose in the untagged text")
        return 0
    change = Change(edition)
    change.set(doc.path, serialize_register(doc.tree))
    change.check()
    stale = (f"; the translations of {len(result.stale)} block(s) are now stale (new placeholders): "
             f"{', '.join(result.stale)}" if result.stale else "; no translation turns stale")
    if args.dry_run:
        _print(report(doc, result, block_lines(doc.path)))
        print(f"{doc.name}: would propose {result.proposals} element(s) in {', '.join(result.blocks)} (nothing written)")
        return 0
    change.write()
    _print(report(doc, result, block_lines(doc.path)))     # the lines as written
    print(f"{doc.name}: {result.proposals} proposal(s) to review in {', '.join(result.blocks)}{stale}")
    return 0


def _print(lines: list[str]) -> None:
    for line in lines:
        print(line)


def block_lines(path) -> dict[str, int]:
    """Each block's line in the file as it now is, by its xml:id: journey 26's editor was told
    "sevres-armenia.p6: proposed placeName …" and had to search the file for the block."""
    from triglot.tei import XML_ID
    from lxml import etree

    from triglot.xmlio import parse_xml
    return {el.get(XML_ID): el.sourceline or 0 for el in parse_xml(path).iter(etree.Element) if el.get(XML_ID)}


WHY = {
    "removed": "proposed before and removed since (the header's change type=\"proposed\" records it): not proposed again",
    "no-name": "listed as no name in triglot.toml (names.not-names): not proposed",
    "translated": "its block's translations are made, and a new tag would make them stale: tag it by hand "
                  "(and in the translations), or run retag --translated",
}


def report(doc, result, lines_of: dict[str, int]) -> list[str]:
    """One line per proposal made and per proposal held back, at its block's line (`lines_of`: each
    block's line by its id), the block and the words first."""
    lines = []
    for block, tag, value, words in result.made:
        lines.append(f"{doc.name}:{lines_of.get(block, 0)}: retag: {block}: proposed {tag} “{words}”"
                     + (f" ({value})" if value else " (new)"))
    for h in result.held:
        lines.append(f"{doc.name}:{lines_of.get(h.block, 0)}: retag: {h.block}: {h.tag} “{h.words}”"
                     + (f" ({h.value})" if h.value else "") + f" {WHY[h.why]}")
    if result.made and not result.remembered:
        lines.append(f"{doc.name}: its header records no earlier proposals (encoded before they were recorded): "
                     "a tag the editor removed may be among those proposed above; from now on they are recorded")
    return lines
