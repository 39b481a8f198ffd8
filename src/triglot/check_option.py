"""A command's `--check` option, whose exit status 1 already means "would change".

Why: `schema --check` and `sync-headers --check` each wrote the same option, epilog and refusal
status; a script running --check must tell "out of date" (1) from "refused: fix a file by hand" (2),
so both use this one shape, and `triglot.cli` asks the command's module for `refusal_status`.
"""
from __future__ import annotations

REFUSED = 2


def add_check_argument(parser, statuses: dict[int, str], help: str) -> None:
    """Add --check, with the exit statuses listed in --help's epilog (`statuses`: code → what it means)."""
    import argparse
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "exit status of --check:\n" + "\n".join(f"  {code}  {what}" for code, what in statuses.items())
    parser.add_argument("--check", action="store_true", help=help)


def refusal_status(args) -> int:
    """The exit status of a refusal (triglot.cli): REFUSED under --check, where 1 says "would change"."""
    return REFUSED if getattr(args, "check", False) else 1
