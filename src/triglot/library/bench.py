"""Benchmark of `triglot export`: the edition, and corpora N times its size.

Each stage is timed on the edition as it is (in this process). Then the whole export runs as
a user runs it, `triglot export` in a new process, on the edition and on corpora
TRIGLOT_BENCH_EXPORT_COPIES times larger (default "20"; "20,100" adds the 500-document
corpus; new document ids, same registers), each giving its wall and CPU time and its largest
process's memory, beside an anchor measured on the same files: lxml parsing and serialising
them, the least any export of them must do. The per-document ratios (corpus / edition) show
whether the export grows linearly; the peak memory whether it is bounded by a document or grows
with the edition. The load average is given at the start and the end.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from lxml import etree

from triglot.measure import load_average, measure, triglot
from triglot.scaled import scaled_copy

COPIES = [int(n) for n in os.environ.get("TRIGLOT_BENCH_EXPORT_COPIES", "20").split(",") if n.strip()]


def run(root: Path) -> dict:
    from triglot.build import load_valid
    root = Path(root)
    timings = {"load average at start (1, 5, 15 min)": load_average()}
    t = time.perf_counter()
    edition = load_valid(root)
    timings["load + validate (s)"] = round(time.perf_counter() - t, 3)
    with tempfile.TemporaryDirectory(prefix="triglot-export-bench.") as tmp:
        timings.update(_stages(edition, Path(tmp) / "stages"))
        del edition
        sizes = {"edition": 1, **{f"corpus x{n}": n for n in COPIES}}
        for label, copies in sizes.items():
            corpus = scaled_copy(root, Path(tmp) / f"x{copies}", copies)
            if (root / "seeds").is_dir():
                shutil.copytree(root / "seeds", corpus / "seeds")
            timings.update(_whole(corpus, Path(tmp) / f"out{copies}", label))
            shutil.rmtree(corpus)
            shutil.rmtree(Path(tmp) / f"out{copies}", ignore_errors=True)
    for label in sizes:
        if label != "edition":
            for kind in ("export CPU", "anchor CPU"):
                timings[f"{label} / edition: {kind} ms/document"] = round(
                    timings[f"{label}: {kind} ms/document"] / timings[f"edition: {kind} ms/document"], 2)
            timings[f"{label} / edition: peak MiB"] = round(
                timings[f"{label}: export peak MiB"] / timings["edition: export peak MiB"], 2)
    timings["load average at end (1, 5, 15 min)"] = load_average()
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


def _whole(project: Path, out: Path, label: str) -> dict:
    """`triglot export` of `project` in a new process, and the anchor on the same documents."""
    from triglot.settings import load as load_settings
    registers = {r.file for r in load_settings(project).registers}
    documents = [p for p in sorted((project / "tei").glob("*.xml")) if p.name not in registers]
    outcomes: dict = {}
    wall, cpu, peak = measure(triglot("--root", str(project), "export", "--out", str(out)), outcomes=outcomes)
    start = time.process_time()
    for path in documents:
        etree.tostring(etree.parse(str(path)), encoding="UTF-8")
    anchor = time.process_time() - start
    n = len(documents)
    figures = {f"{label}: documents": n,
               f"{label}: MB": round(sum(p.stat().st_size for p in documents) / 1e6, 1),
               f"{label}: export wall s": round(wall, 2), f"{label}: export CPU s": round(cpu, 2),
               f"{label}: export CPU ms/document": round(1000 * cpu / n, 1),
               f"{label}: export peak MiB": round(peak),
               f"{label}: anchor CPU ms/document": round(1000 * anchor / n, 3)}
    if set(outcomes) != {0}:    # a refused or broken export is no fast one
        figures[f"{label}: export failed"] = str(outcomes)
    return figures
