"""`triglot bench`: measure the edition's pipelines on this machine.

Each benchmark is a function `run(root) -> dict` in the module named below;
results print as a table (or JSON) so they can be compared between commits.
"""
from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys

from triglot.problems import InputError, Problem

BENCHMARKS = {
    "print": "triglot.print.bench",
    "validate": "triglot.validate.bench",
    "export": "triglot.library.bench",
    "tagger": "triglot.editor.bench",
    "translations": "triglot.translate.bench",
    "web": "triglot.web.bench",
    "safety": "triglot.safety_bench",
    "search": "triglot.web.search_bench",
}


def add_arguments(parser) -> None:
    parser.add_argument("names", nargs="*", help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args, root) -> int:
    names = args.names or list(BENCHMARKS)
    # every name checked before any benchmark runs (`bench validate nope` ran validate to the end
    # first), and told as a problem on stderr, not into the JSON a reader of stdout parses
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        raise InputError([Problem(name, 0, "bench", f"unknown benchmark; the benchmarks are {', '.join(BENCHMARKS)}")
                          for name in unknown])
    results = {}
    with _progress_to_stderr() if args.format == "json" else contextlib.nullcontext():
        for name in names:
            results[name] = importlib.import_module(BENCHMARKS[name]).run(root)
    if args.format == "json":
        print(json.dumps(results, indent=1, ensure_ascii=False))
    else:
        for name, res in results.items():
            print(f"== {name}")
            for key, value in res.items():
                print(f"  {key}: {value}")
    return 0


@contextlib.contextmanager
def _progress_to_stderr():
    """Standard output sent to standard error while the benchmarks run: what they print on the way
    (a build's "web pages: …", "built web: …"), Python's lines and a tool's alike (descriptor 1 too).

    Why: `triglot bench search --format json` printed the build's progress lines before the JSON,
    and a reader of stdout (`| python -m json.tool`, a CI job) could not parse it."""
    sys.stdout.flush()
    saved = _moved(1, to=2)
    try:
        with contextlib.redirect_stdout(sys.stderr):
            yield
    finally:
        if saved is not None:
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.flush()
            os.dup2(saved, 1)
            os.close(saved)


def _moved(fd: int, to: int) -> int | None:
    """Descriptor `fd` made a copy of `to`; returns a copy of what it was, or None when either is
    closed (then only Python's own lines are moved)."""
    try:
        saved = os.dup(fd)
    except OSError:
        return None
    try:
        os.dup2(to, fd)
    except OSError:
        os.close(saved)
        return None
    return saved
