"""Benchmark: `triglot validate` cold and warm, on the edition and on corpora N times its size, beside jing.

Each run is a new Python process, as an editor runs it (imports, schema compile, parse,
Schematron, rules, fidelity). Cold: no validation cache (build/validate-cache emptied);
warm: the cache of the previous run, nothing changed; one edit: one document's bytes
changed since the warm run, in a new process; one edit under `triglot validate --watch`: the
same edit seen by a process that stays running (schemas and results in memory), timed from
the save to the end of its report (polling included) and as the run's own time. The anchor, in the same run when Debian's `jing` is installed,
is jing with the full tei_all grammar on the same files, JVM start included. Everything
runs on copies in a temporary folder: the edition's own cache is left as it is.

Besides wall time, each figure gives the CPU time of the command and its workers (the machine
is shared: the CPU time moves less with the load than the wall time) and the largest resident
set of any one of its processes (the memory bound: the largest document, not the edition).
The corpus sizes are TRIGLOT_BENCH_VALIDATE_COPIES (default "20"; "20,100" adds the 500-document
corpus); the load average is reported at the start and the end.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from triglot.measure import load_average, measure, other, triglot

RUNS = 3          # runs of each edition figure (median); the corpus figures are one run each
COPIES = [int(n) for n in os.environ.get("TRIGLOT_BENCH_VALIDATE_COPIES", "20").split(",") if n.strip()]
ENV: dict = {}    # the environment of the measured commands (see run)


def run(root) -> dict:
    root = Path(root)
    results: dict = {"load average at start (1, 5, 15 min)": load_average()}
    with tempfile.TemporaryDirectory(prefix="triglot-bench-validate-") as tmp:
        # Python's compiled modules kept as an installed package keeps them, even where the
        # environment says not to write them (PYTHONDONTWRITEBYTECODE): else every run compiles
        # the whole toolkit again (0.4 s), which no editor's run does.
        ENV.update({k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        edition = edition_copy(root, Path(tmp) / "edition")
        results.update(figures(edition, "edition", RUNS))
        from triglot.scaled import scaled_copy
        for copies in COPIES:
            corpus = scaled_copy(root, Path(tmp) / f"corpus{copies}", copies)
            if (root / "seeds").is_dir():
                shutil.copytree(root / "seeds", corpus / "seeds")
            results.update(figures(corpus, f"{copies}x corpus", 1))
            shutil.rmtree(corpus)
    results["load average at end"] = load_average()
    results["target"] = ("cold no slower per MB than jing (full tei_all); edition cold <= 0.5 s; "
                         "one edit of the 500-document corpus <= 0.3 s")
    return results


def figures(project: Path, label: str, runs: int) -> dict:
    files = sorted((project / "tei").glob("*.xml"))
    size = sum(p.stat().st_size for p in files) / 1e6
    out = {f"{label}: files, MB": f"{len(files)}, {size:.2f}"}
    cold, warm, edited = [], [], []
    for _ in range(runs):
        shutil.rmtree(project / "build" / "validate-cache", ignore_errors=True)
        cold.append(timed(project))
    for _ in range(runs):
        warm.append(timed(project))
    documents = [p for p in files if not _is_register(project, p)]
    for n in range(runs):
        with documents[0].open("a", encoding="utf-8") as f:
            f.write(f"\n<!-- bench edit {n} -->\n")
        edited.append(timed(project))
    for name, found in (("cold", cold), ("warm (cached)", warm), ("after editing one document", edited)):
        out[f"{label}: triglot {name}: wall s, CPU s, largest process MiB"] = _summary(found)
    watched = watch_edits(project, documents[0], max(runs, 3))
    out[f"{label}: triglot validate --watch, one edit: save to report wall s, revalidation s, CPU s"] = \
        ", ".join(f"{statistics.median(t[i] for t in watched):.3f}" for i in range(3))
    out[f"{label}: triglot exit status: first line printed"] = "; ".join(
        f"{code}: {line!r}" for code, line in sorted(OUTCOMES.get(str(project), {}).items()))
    anchor = jing(project, files, runs)
    if anchor is None:
        out[f"{label}: jing"] = "not installed (Debian package jing)"
    else:
        out[f"{label}: jing full tei_all: wall s, CPU s, largest process MiB"] = _summary(anchor)
        wall = statistics.median(t[0] for t in anchor)
        out[f"{label}: triglot cold / jing (wall, per MB: same files)"] = round(statistics.median(t[0] for t in cold) / wall, 2)
        out[f"{label}: triglot cold / jing (CPU)"] = round(statistics.median(t[1] for t in cold)
                                                           / statistics.median(t[1] for t in anchor), 2)
        out[f"{label}: triglot warm / jing (wall)"] = round(statistics.median(t[0] for t in warm) / wall, 2)
    return out


def watch_edits(project: Path, document: Path, runs: int) -> list[tuple[float, float, float]]:
    """(wall s from the save to the end of the report, the run's own time as the watcher prints
    it, CPU s of the watching process meanwhile, polling included) of `runs` edits of one
    document under one `triglot validate --watch` (validate/watch.py)."""
    proc = subprocess.Popen([sys.executable, "-m", "triglot", "--root", str(project), "validate", "--watch"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV or None)
    found = []
    try:
        _run_ended(proc)          # the first run, on start
        for n in range(runs):
            time.sleep(0.5)       # as an editor: a save now and then, not two in one poll
            before = _cpu_seconds(proc.pid)
            start = time.perf_counter()
            with document.open("a", encoding="utf-8") as f:
                f.write(f"\n<!-- watch edit {n} -->\n")
            line = _run_ended(proc)
            wall = time.perf_counter() - start
            found.append((wall, float(line.rsplit(" in ", 1)[1].split()[0]), _cpu_seconds(proc.pid) - before))
    finally:
        proc.terminate()
        proc.wait()
    return found


def _run_ended(proc) -> str:
    """The `watch: …` line that ends the watcher's next run."""
    for line in proc.stdout:
        if line.startswith("watch: "):
            return line.strip()
    raise RuntimeError("triglot validate --watch ended")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of a running process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def edition_copy(root: Path, target: Path) -> Path:
    """The files validation reads: tei/ (with its schema folder), seeds/ and the settings."""
    target.mkdir(parents=True)
    shutil.copytree(root / "tei", target / "tei")
    if (root / "seeds").is_dir():
        shutil.copytree(root / "seeds", target / "seeds")
    shutil.copy(root / "triglot.toml", target / "triglot.toml")
    return target


OUTCOMES: dict = {}   # project -> {exit status: first line printed}: a failed set-up shows in the results


def timed(project: Path) -> tuple[float, float, float]:
    """(wall s, CPU s of the command and its workers, largest process MiB) of one validation."""
    return measure(triglot("--root", str(project), "validate"), env=ENV,
                   outcomes=OUTCOMES.setdefault(str(project), {}))


def jing(project: Path, files, runs: int):
    exe = shutil.which("jing")
    if exe is None:
        return None
    from triglot.schema import TEI_ALL, schema_file
    rng = schema_file(project, TEI_ALL)
    return [measure(other(exe, str(rng), *map(str, files)), env=ENV) for _ in range(runs)]


def _summary(found) -> str:
    med = [statistics.median(t[i] for t in found) for i in range(3)]
    return f"{med[0]:.3f}, {med[1]:.3f}, {med[2]:.0f}"


def _is_register(project: Path, path: Path) -> bool:
    from triglot.settings import load
    return path.name in {r.file for r in load(project).registers}


