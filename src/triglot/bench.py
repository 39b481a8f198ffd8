"""`triglot bench`: measure the edition's pipelines on this machine.

Each benchmark is a function `run(root) -> dict` in the module named below;
results print as a table (or JSON) so they can be compared between commits.
"""
from __future__ import annotations

import importlib
import json

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
