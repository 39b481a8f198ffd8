"""Benchmark: `triglot validate` cold and warm, on the edition and on a 20-times corpus, beside jing.

Each run is a new Python process, as an editor runs it (imports, schema compile, parse,
Schematron, rules, fidelity). Cold: no validation cache (build/validate-cache emptied);
warm: the cache of the previous run, nothing changed; one edit: one document's bytes
changed since the warm run. The anchor, in the same run when Debian's `jing` is installed,
is jing with the full tei_all grammar on the same files, JVM start included. Everything
runs on copies in a temporary folder: the edition's own cache is left as it is.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 3          # runs of each edition figure (median); the corpus figures are one run each
COPIES = 20


def run(root) -> dict:
    root = Path(root)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="triglot-bench-validate-") as tmp:
        edition = edition_copy(root, Path(tmp) / "edition")
        results.update(figures(edition, "edition", RUNS))
        from triglot.scaled import scaled_copy
        corpus = scaled_copy(root, Path(tmp) / "corpus", COPIES)
        if (root / "seeds").is_dir():
            shutil.copytree(root / "seeds", corpus / "seeds")
        results.update(figures(corpus, f"{COPIES}x corpus", 1))
    results["target"] = "cold no slower per MB than jing (full tei_all); warm and one-edit runs well under cold"
    return results


def figures(project: Path, label: str, runs: int) -> dict:
    files = sorted((project / "tei").glob("*.xml"))
    size = sum(p.stat().st_size for p in files) / 1e6
    out = {f"{label}: files, MB": f"{len(files)}, {size:.2f}"}
    cold = []
    for _ in range(runs):
        shutil.rmtree(project / "build" / "validate-cache", ignore_errors=True)
        cold.append(timed(project))
    warm = [timed(project) for _ in range(runs)]
    edited = []
    for n in range(runs):
        documents = [p for p in files if not _is_register(project, p)]
        with documents[0].open("a", encoding="utf-8") as f:
            f.write(f"\n<!-- bench edit {n} -->\n")
        edited.append(timed(project))
    out[f"{label}: triglot cold, s"] = _median(cold)
    out[f"{label}: triglot warm (cached), s"] = _median(warm)
    out[f"{label}: triglot after editing one document, s"] = _median(edited)
    anchor = jing(project, files, runs)
    if anchor is None:
        out[f"{label}: jing"] = "not installed (Debian package jing)"
    else:
        out[f"{label}: jing full tei_all, s"] = anchor
        out[f"{label}: triglot cold / jing"] = round(_median(cold) / anchor, 2)
        out[f"{label}: triglot warm / jing"] = round(_median(warm) / anchor, 2)
    return out


def edition_copy(root: Path, target: Path) -> Path:
    """The files validation reads: tei/ (with its schema folder), seeds/ and the settings."""
    target.mkdir(parents=True)
    shutil.copytree(root / "tei", target / "tei")
    if (root / "seeds").is_dir():
        shutil.copytree(root / "seeds", target / "seeds")
    shutil.copy(root / "triglot.toml", target / "triglot.toml")
    return target


def timed(project: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "triglot", "--root", str(project), "validate"],
                   capture_output=True, text=True)
    return time.perf_counter() - start


def jing(project: Path, files, runs: int) -> float | None:
    exe = shutil.which("jing")
    if exe is None:
        return None
    from triglot.schema import TEI_ALL, schema_file
    rng = schema_file(project, TEI_ALL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([exe, str(rng), *map(str, files)], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return _median(times)


def _is_register(project: Path, path: Path) -> bool:
    from triglot.settings import load
    return path.name in {r.file for r in load(project).registers}


def _median(times) -> float:
    return round(statistics.median(times), 3)
