"""Benchmark of the web build: the edition as it is, and a generated corpus 100 times larger.

The large corpus is the edition's documents copied COPIES (100) times each (new document ids,
so 500 documents from 5), built in a temporary project that shares the registers and
catalogs; validation is left out so the number measures the web build alone.
Reported: seconds in all, per document and per MB of TEI input.
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from triglot.scaled import scaled_copy

COPIES = int(os.environ.get("TRIGLOT_BENCH_COPIES", "100"))


def run(root) -> dict:
    from triglot.edition import load
    root = Path(root)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        out.update(_time("edition", load(root), Path(tmp) / "a"))
        big = scaled_copy(root, Path(tmp) / "big", COPIES, translations=True)
        out.update(_time(f"corpus_x{COPIES}", load(big), Path(tmp) / "b"))
    return out


def _time(label, edition, build_dir) -> dict:
    from triglot.build import build
    size = sum(d.path.stat().st_size for d in edition.documents)
    start = time.perf_counter()
    build(edition.root, ["web"], build_dir, edition=edition)
    seconds = time.perf_counter() - start
    n = len(edition.documents)
    return {f"{label}_documents": n, f"{label}_MB": round(size / 1e6, 3),
            f"{label}_seconds": round(seconds, 2),
            f"{label}_ms_per_document": round(1000 * seconds / n, 1),
            f"{label}_seconds_per_MB": round(seconds / (size / 1e6), 2)}
