"""Benchmark of `triglot export`: each stage timed on this machine, into a temporary folder.

The edition is loaded and validated once (as the command does); then the
corpus, the Dublin Core records, the CMIF file and its report, and the bag
are each timed, the first run including stylesheet compilation.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from lxml import etree


def run(root: Path) -> dict:
    from triglot.build import load_valid
    from triglot.library import bag, cmif, corpus, dublin_core, gazetteer
    from triglot.library.command import bag_info, export
    from triglot.library.schemas import OAI_DC_RNG

    timings = {}
    t = time.perf_counter()
    edition = load_valid(root)
    timings["load + validate (s)"] = round(time.perf_counter() - t, 3)
    with tempfile.TemporaryDirectory(prefix="triglot-export-bench.") as tmp:
        out = Path(tmp)
        t = time.perf_counter()
        facts = corpus.edition_facts(edition)
        corpus_xml = etree.tostring(corpus.build_corpus(edition, facts), encoding="unicode")
        timings["corpus (s)"] = round(time.perf_counter() - t, 3)
        tei = out / "tei"
        tei.mkdir()
        for reg in edition.registers.values():
            (tei / reg.name).write_bytes(etree.tostring(reg.tree, encoding="UTF-8"))
        for label in ("dublin core, first run (s)", "dublin core, compiled (s)"):
            t = time.perf_counter()
            dublin_core.records(edition, tei, edition.settings.uri_base)
            timings[label] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        places = gazetteer.as_param(gazetteer.matches(edition))
        cmif.cmif(edition.root, corpus_xml, tei, edition.settings.uri_base, facts, places)
        cmif.gaps(edition, corpus_xml, tei, places, facts)
        timings["cmif + gazetteer + report (s)"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        bag.make_bag(out / "bag", {"tei": tei, "tei/schema": root / "tei" / "schema",
                                   "tei/schema/oai_dc.rng": OAI_DC_RNG}, bag_info(facts, len(edition.documents)))
        timings["bag + validation (s)"] = round(time.perf_counter() - t, 3)
        t = time.perf_counter()
        result = export(root, out / "build", edition=edition, record=False)
        timings["whole export, validated edition given (s)"] = round(time.perf_counter() - t, 3)
        timings["released identifiers"] = len([1 for _ in open(root / "tei" / "released-ids.txt")
                                              if not _.startswith("#")])
        timings["cmif warnings"] = len(result.warnings)
    return timings
