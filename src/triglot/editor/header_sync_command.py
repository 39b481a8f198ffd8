"""`triglot sync-headers`: bring every header into line with the settings' publisher, licence and editors.

After an edit of triglot.toml (another publisher, licence or editors) the documents' and the
registers' headers still state the old ones, and the outputs read the headers. This rewrites
only the elements that disagree (editor/header_sync.py), each file's other bytes as they were;
a document's own licence (`licence/@source`) is left as it is. A header with no element to state
a setting in is refused (file:line: sync-headers: message) and nothing is written; otherwise all
the files are written together (xmlio.write_together: each atomically, and all or none), and
none if a file was saved by hand after it was read (it is refused, never overwritten).
--check writes nothing and exits 1 when a header disagrees, 2 when it refuses (a header or the
settings to fix by hand): a script running it in CI must tell "run sync-headers" from "edit the file",
and both were 1 (CHECK_STATUS, printed by --help).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from triglot.check_option import add_check_argument, refusal_status  # noqa: F401 (triglot.cli asks for refusal_status)
from triglot.problems import InputError, Problem


# --check's exit status: what each means, for --help and for the command's refusals (refusal_status)
CHECK_STATUS = {0: "every header states the settings",
                1: "a header would change (run `triglot sync-headers`)",
                2: "refused: a header, the settings or a file to fix by hand (file:line: rule: message)"}


def add_arguments(parser) -> None:
    add_check_argument(parser, CHECK_STATUS,
                       help="say what would change and exit 1 if anything would, 2 if a header is refused; "
                       "write nothing")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot.editor.header_sync import RULE, differences, synced_text
    from triglot.validate import edition_name
    from triglot.xmlio import parse_bytes, write_together

    edition = load(root)
    if edition.problems:
        raise InputError(edition.problems)
    settings = edition.settings
    files = [(doc.path, doc.name, False) for doc in edition.documents] + \
            [(reg.path, edition_name(edition, reg.path), True) for reg in edition.registers.values()]
    writes: dict[Path, bytes] = {}
    read: dict[Path, str] = {}          # the digest of the bytes each rewrite was made from
    refused: list[Problem] = []
    lines: list[str] = []
    for path, name, register in files:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            refused.append(Problem(name, 0, RULE, "not UTF-8: the header is not rewritten in another encoding"))
            continue
        root_el = parse_bytes(data, name).getroot()
        new, diffs, problems = synced_text(name, text, root_el, settings, register)
        if problems:
            refused += problems
            continue
        if not diffs:
            continue
        after = parse_bytes(new.encode("utf-8"), name).getroot()
        if differences(after, settings, register) or not _same_outside(root_el, after, diffs):
            refused.append(Problem(name, diffs[0].line, RULE, "the rewritten header would not state the settings, "
                                   "or would change more than the elements named: nothing is changed"))
            continue
        writes[path] = new.encode("utf-8")
        read[path] = hashlib.sha256(data).hexdigest()
        lines += [f"{name}:{d.line}: {RULE}: {d.what} '{d.said or 'not stated'}' → '{d.expected}'"
                  for d in sorted(diffs, key=lambda d: d.line)]
    if refused:
        raise InputError(refused)
    for line in lines:
        print(line)
    if args.check:
        print(f"{len(writes)} file(s) would change (nothing written)" if writes else "every header states the settings")
        return 1 if writes else 0
    if writes:
        write_together(writes, journal=root, read=read)   # a file saved meanwhile is refused, not overwritten
    print(f"{len(writes)} file(s) brought into line with triglot.toml" if writes else "every header states the settings")
    return 0


def _same_outside(before, after, diffs) -> bool:
    """Whether the two trees are the same once the changed elements are emptied in both: the edit
    touched nothing else (a safety net under the text splice)."""
    from lxml import etree

    b, a = (etree.fromstring(etree.tostring(root)) for root in (before, after))
    for tree in (b, a):
        for d in diffs:
            path = d.element.getroottree().getpath(d.element)
            for el in tree.getroottree().xpath(path):
                el.clear(keep_tail=True)
    return etree.tostring(b, method="c14n") == etree.tostring(a, method="c14n")
