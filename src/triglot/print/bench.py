"""Benchmark "print": the full print build (all default books), time per page."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path


def run(root) -> dict:
    from triglot.edition import load
    from triglot.print import builder
    edition = load(Path(root))
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        results = builder.build(edition, Path(out))
        wall = time.perf_counter() - started
    pages = sum(r.pages for r in results)
    return {
        "books": ", ".join(f"{'-'.join(r.langs)} {r.pages} p. {r.seconds:.1f} s" for r in results),
        "pages": pages,
        "wall seconds": round(wall, 2),
        "seconds per page (wall, all books)": round(wall / pages, 3),
        "seconds per page (one core)": round(sum(r.seconds for r in results) / pages, 3),
    }
