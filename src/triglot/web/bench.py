"""Benchmark of the web build: the edition as it is, and a generated corpus 100 times larger.

The large corpus is the edition's documents copied COPIES (100) times each (new document ids,
so 500 documents from 5), built in a temporary project that shares the registers and
catalogs; validation is left out so the number measures the web build alone.
Reported: seconds in all, per document and per MB of TEI input.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

COPIES = int(os.environ.get("TRIGLOT_BENCH_COPIES", "100"))


def run(root) -> dict:
    from triglot.edition import load
    root = Path(root)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        out.update(_time("edition", load(root), Path(tmp) / "a"))
        big = _scaled_project(root, Path(tmp) / "big")
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


def _scaled_project(root: Path, target: Path) -> Path:
    (target / "tei").mkdir(parents=True)
    shutil.copy(root / "triglot.toml", target / "triglot.toml")
    shutil.copytree(root / "translations", target / "translations")
    for reg in ("persons.xml", "places.xml"):
        shutil.copy(root / "tei" / reg, target / "tei" / reg)
    for path in sorted((root / "tei").glob("*.xml")):
        if path.name in ("persons.xml", "places.xml"):
            continue
        text = path.read_text("utf-8")
        import re
        doc_id = re.search(r'<TEI[^>]*xml:id="([^"]+)"', text).group(1)
        for n in range(COPIES):
            new = f"{doc_id}x{n}"
            (target / "tei" / f"{path.stem}-{n}.xml").write_text(
                re.sub(rf'(["#]){re.escape(doc_id)}([."])', rf"\g<1>{new}\g<2>", text), "utf-8")
    return target
