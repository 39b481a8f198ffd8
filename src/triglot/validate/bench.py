"""Benchmark: a cold `triglot validate` of the whole edition, as an editor runs it.

Cold means a new Python process each time (imports, schema compile, parse,
Schematron, rules, fidelity), which is what an editor waits for after an edit.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 7


def run(root) -> dict:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "triglot", "--root", str(root), "validate"],
                              capture_output=True, text=True)
        times.append(time.perf_counter() - start)
    return {
        "cold validate, whole edition (median of %d), s" % RUNS: round(statistics.median(times), 3),
        "fastest, s": round(min(times), 3),
        "slowest, s": round(max(times), 3),
        "exit status": proc.returncode,
        "target": "under 1 s (jing: 0.6-0.9 s for a single file)",
    }
