"""Benchmark: export and import of the whole edition (target: well under a second each).

Runs on a copy of the project in a temporary folder so the real files are never
touched; the import re-reads the exported files with one entry edited per
document, so the timing includes checking, merging, validating and writing.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from triglot.edition import load


def run(root: Path) -> dict:
    from triglot.translate.export import export
    from triglot.translate.importer import default_files, import_files
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(root / "tei", work / "tei")
        shutil.copy(root / "pyproject.toml", work / "pyproject.toml")
        t0 = time.perf_counter()
        edition = load(work)
        t1 = time.perf_counter()
        exported = export(edition)
        t2 = time.perf_counter()
        noop = import_files(edition, default_files(work))
        t3 = time.perf_counter()
        return {
            "documents": len(edition.documents),
            "blocks": sum(len(d.blocks) for d in edition.documents),
            "load_s": round(t1 - t0, 3),
            "export_s": round(t2 - t1, 3),
            "files_written": len(exported["written"]),
            "import_unchanged_s": round(t3 - t2, 3),
            "import_problems": len(noop.problems),
        }
