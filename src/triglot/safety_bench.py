"""Benchmark: what the safety checks cost, beside an anchor measured in the same run.

- reading: the edition's files through `parse_xml` (regular-file check, size, depth and
  length limits) against the anchor, reading and parsing the same files with the same parser;
- writing: taking the edition lock (with its sweep) and publishing a folder by atomic
  exchange, against the anchor of writing the same folder's files without either.
"""
from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 20


def run(root) -> dict:
    from lxml import etree

    from triglot.build import publish
    from triglot.lock import edition_lock
    from triglot.xmlio import _parser, parse_xml

    paths = sorted((Path(root) / "tei").glob("*.xml"))
    datas = [p.read_bytes() for p in paths]
    anchor = _median(lambda: [etree.fromstring(p.read_bytes(), _parser(), base_url=str(p)) for p in paths])
    checked = _median(lambda: [parse_xml(p) for p in paths])
    with tempfile.TemporaryDirectory() as tmp:
        project, build = Path(tmp) / "p", Path(tmp) / "p" / "build" / "web"
        (project / "tei").mkdir(parents=True)

        def write(out: Path) -> None:
            for i, data in enumerate(datas):
                (out / f"{i}.xml").write_bytes(data)

        def plain() -> None:
            out = Path(tmp) / "plain"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            write(out)

        def safe() -> None:
            with edition_lock(project, "bench"):
                publish(build, write)
        write_anchor, write_safe = _median(plain), _median(safe)
    return {
        "files": len(paths),
        "read: read_bytes and lxml parse, anchor, ms": round(anchor * 1000, 2),
        "read: parse_xml with limits, ms": round(checked * 1000, 2),
        "write: the files, anchor, ms": round(write_anchor * 1000, 2),
        "write: locked and published by exchange, ms": round(write_safe * 1000, 2),
    }


def _median(work) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
