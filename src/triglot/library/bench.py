"""Benchmark of `triglot export`: the edition, and the same documents copied COPIES (20) times.

Each stage is timed on the edition as it is; then the whole export runs on the
edition and on a corpus COPIES times larger (new document ids, same registers),
both already loaded, beside an anchor in the same run: lxml parsing and
serialising the same TEI files, the least any export of them must do. The
per-document ratios (large / small) show whether the export grows linearly.
"""
from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from lxml import etree

from triglot.scaled import scaled_copy

COPIES = int(os.environ.get("TRIGLOT_BENCH_EXPORT_COPIES", "20"))


def run(root: Path) -> dict:
    from triglot.build import load_valid
    from triglot.edition import load
    root = Path(root)
    timings = {}
    t = time.perf_counter()
    edition = load_valid(root)
    timings["load + validate (s)"] = round(time.perf_counter() - t, 3)
    with tempfile.TemporaryDirectory(prefix="triglot-export-bench.") as tmp:
        timings.update(_stages(edition, Path(tmp) / "stages"))
        small = _whole(edition, Path(tmp) / "small", "edition")
        big = load(scaled_copy(root, Path(tmp) / "big", COPIES))
        large = _whole(big, Path(tmp) / "large", f"corpus x{COPIES}")
    timings.update(small)
    timings.update(large)
    for kind in ("export", "anchor"):
        per_small = small[f"edition: {kind} ms/document"]
        per_large = large[f"corpus x{COPIES}: {kind} ms/document"]
        timings[f"{kind} ms/document, x{COPIES} / x1"] = round(per_large / per_small, 2)
    return timings


def _stages(edition, out: Path) -> dict:
    from triglot.library import bag, cmif, corpus, dataset, dublin_core, gazetteer, mods
    from triglot.library.command import bag_info, library_headers
    base = edition.settings.uri_base
    timings = {}
    t = time.perf_counter()
    facts = corpus.edition_facts(edition)
    corpus_xml = etree.tostring(corpus.build_corpus(edition, facts), encoding="unicode")
    timings["corpus (s)"] = round(time.perf_counter() - t, 3)
    tei = out / "tei"
    tei.mkdir(parents=True)
    for reg in edition.registers.values():
        (tei / reg.name).write_bytes(etree.tostring(reg.tree, encoding="UTF-8"))
    t = time.perf_counter()
    headers = library_headers(edition.root)
    for doc in edition.documents:
        headers(doc.path.name, etree.tostring(doc.tree, encoding="UTF-8"))
    timings["library headers + TEI in Libraries check, first run (s)"] = round(time.perf_counter() - t, 3)
    for label in ("dublin core, first run (s)", "dublin core, compiled (s)"):
        t = time.perf_counter()
        dublin_core.records(edition, tei, base)
        timings[label] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    places = gazetteer.as_param(gazetteer.matches(edition))
    timings["gazetteer (s)"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    cmif.cmif(edition.root, corpus_xml, tei, base, facts, places)
    cmif.gaps(edition, corpus_xml, tei, places, facts)
    timings["cmif + report (s)"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    mods.records(edition, corpus_xml, tei, facts, places)
    timings["mods + schema check (s)"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    dataset.files(edition, facts)
    timings["data tables (s)"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    bag.make_bag(out / "bag", {"tei": tei}, bag_info(facts, len(edition.documents)))
    timings["bag + validation (s)"] = round(time.perf_counter() - t, 3)
    return timings


def _whole(edition, out: Path, label: str) -> dict:
    """The whole export of a loaded edition, and the anchor on the same files."""
    from triglot.library.command import export
    n = len(edition.documents)
    t = time.perf_counter()
    export(edition.root, out, edition=edition, record=False)
    seconds = time.perf_counter() - t
    t = time.perf_counter()
    for doc in edition.documents:
        etree.tostring(etree.parse(str(doc.path)), encoding="UTF-8")
    anchor = time.perf_counter() - t
    return {f"{label}: documents": n, f"{label}: export (s)": round(seconds, 2),
            f"{label}: export ms/document": round(1000 * seconds / n, 1),
            f"{label}: anchor ms/document": round(1000 * anchor / n, 3)}
