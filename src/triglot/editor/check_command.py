"""`triglot check`: editorial lint of the edition (see check.py for the rules).

Prints `file:line: rule: message` (or JSON) and a count per rule on stderr.
Findings are advice, not errors: the exit status is 0 unless --strict is given
and something was found, or the input cannot be read (then nothing else is reported:
an entry used only in an unreadable file would be reported unused).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path


def add_arguments(parser) -> None:
    from triglot.editor.check import RULES
    parser.add_argument("documents", nargs="*", help="documents to check (id or file; default: all)")
    parser.add_argument("--rule", action="append", choices=sorted(RULES), metavar="RULE",
                        help="only this rule (repeatable): " + "; ".join(f"{k}: {v}" for k, v in RULES.items()))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--strict", action="store_true", help="exit 1 when anything is found")


def run(args, root: Path) -> int:
    from triglot.edition import load
    from triglot.editor.check import check
    from triglot.problems import InputError, render

    edition = load(root)
    if edition.problems:   # unreadable files: findings about the rest would be false (unused entries)
        raise InputError(edition.problems)
    documents = None
    if args.documents:
        documents = []
        for name in args.documents:
            documents.append(edition.named(name, "check"))
    unshaped = edition.shape_problems(documents)
    if unshaped:   # foreign TEI: nothing to lint, and saying nothing would pass it as checked
        raise InputError(unshaped)
    problems = check(edition, documents, args.rule)
    from triglot.editor.check import RULES
    from triglot.editor.recognize import proposes_names
    from triglot.i18n import language_name
    if "unknown-name" in (args.rule or RULES) and not proposes_names(edition.settings.base):
        print(f"note: the unknown-name rule reads English texts only; this edition's base text is in "
              f"{language_name(edition.settings.base, 'en')} ({edition.settings.base}), so it was not run",
              file=sys.stderr)
    out = render(problems, args.format)
    if out:
        print(out)
    counts = Counter(p.rule for p in problems)
    summary = ", ".join(f"{n} {rule}" for rule, n in sorted(counts.items())) or "nothing found"
    print(f"triglot check: {summary}", file=sys.stderr)
    return 1 if args.strict and problems else 0
