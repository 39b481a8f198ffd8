"""`triglot validate`: check the edition, or named files, and report every problem."""
from __future__ import annotations

import sys
from pathlib import Path

from triglot.problems import render


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help="documents to check (default: the whole edition, registers included)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="json: a list of {file, line, rule, message} for tools")
    parser.add_argument("--full", action="store_true",
                        help="also validate against the complete tei_all.rng (slow: about 8 s to compile)")
    parser.add_argument("--watch", action="store_true",
                        help="stay running: revalidate the whole edition each time a file of it is saved, "
                             "keeping compiled schemas and results in memory (Ctrl-C ends)")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot.validate import validate
    from triglot.validate import validate_registers
    from triglot.validate.stream import check_edition
    only = [p.resolve() for p in args.files] or None
    if args.watch:
        if only or args.full or args.format != "text":
            from triglot.problems import InputError, Problem
            raise InputError([Problem("--watch", 0, "validate", "--watch checks the whole edition as text: "
                                                                "name no files, no --full, no --format json")])
        from triglot.validate.watch import watch
        return watch(root)
    if not only and not args.full:
        return report(sorted(set(check_edition(root)) | set(killed_change(root))), args.format)
    edition = load(root, only=None)
    docs, registers = None, []
    if only:
        # A named register is checked as a register (schema, names in every language), not as a document.
        registers = [r for r in edition.registers.values() if r.path.resolve() in only]
        only = [p for p in only if p not in {r.path.resolve() for r in registers}]
        docs = [d for d in edition.documents if d.path.resolve() in only]
        unknown = set(only) - {d.path.resolve() for d in docs}
        if unknown:
            extra = load(root, only=sorted(unknown))
            edition.problems.extend(extra.problems)
            docs += extra.documents
    problems = validate(edition, docs, cache=True) if docs or not registers else sorted(set(edition.problems))
    if registers:
        problems = sorted(set(problems) | set(validate_registers(edition, registers)))
    if args.full:
        problems = sorted(set(problems) | set(full_tei_all(edition, docs, registers)))
    return report(sorted(set(problems) | set(killed_change(root))), args.format)


def killed_change(root: Path) -> list:
    """A problem if a change of several files is half-written (its undo journal is there): validate
    only reads, so it does not put the files back, and its other problems (a pointer at an entry a
    merge removed) may be that change's, not the editor's. While a writer holds the edition's lock
    the change is still being made (every merge has a journal while it writes), not killed."""
    import fcntl
    import os
    from triglot.lock import LOCK_FILE
    from triglot.problems import Problem
    from triglot.xmlio import UNDO
    if not os.path.lexists(Path(root) / UNDO):
        return []
    try:
        fd = os.open(Path(root) / LOCK_FILE, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        fd = None
    if fd is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return [Problem(UNDO, 0, "undo", "another triglot command is writing several files of the edition "
                            "right now (other problems here may be its half-made change): validate again "
                            "when it has finished")]
        finally:
            os.close(fd)
    return [Problem(UNDO, 0, "undo", "a triglot command was killed half way through a change of several files "
                    "and left some of them half-changed (other problems here may be that); validate does not "
                    "put them back: the next command that writes the edition (build, encode, register add, "
                    "rename or merge, …) does")]


def report(problems, fmt: str) -> int:
    """Print the problems (or nothing, or `[]` for tools); 1 when there are any."""
    if problems:
        print(render(problems, fmt))
        if fmt == "text":
            print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    if fmt == "json":
        print("[]")
    return 0


def full_tei_all(edition, docs, registers=()):
    from triglot.problems import Problem
    from triglot.schema import tei_all_rng
    from triglot.validate.schema_check import said
    rng = tei_all_rng(edition.root)
    targets = [(d.name, d.tree) for d in (edition.documents if docs is None else docs)]
    for r in (edition.registers.values() if docs is None else registers):
        targets.append((f"tei/{r.name}", r.tree))
    out = []
    for name, tree in targets:
        if not rng.validate(tree):
            out += [Problem(name, e.line, "tei_all", said(tree, e)) for e in rng.error_log]
    return out
